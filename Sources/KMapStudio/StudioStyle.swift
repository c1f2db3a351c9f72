/// The studio page's style sheet: three panes, a presenter overlay sized for a projector.
enum StudioStyle {
    static let css = #"""
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font: 14px/1.4 "DejaVu Sans", "Liberation Sans", sans-serif; color: #1d2733; background: #f4f6f8; height: 100vh; display: flex; flex-direction: column; }
    #bar { display: flex; gap: 12px; align-items: center; padding: 6px 12px; background: #1d2733; color: #fff; flex-wrap: wrap; }
    #bar button, #bar input { font: inherit; }
    #bar nav button { background: #33445a; color: #fff; border: 0; padding: 4px 10px; border-radius: 4px; cursor: pointer; }
    #bar nav button.on { background: #4f8fd6; }
    #summary { color: #c9d4e0; }
    #connection, #mode { margin-left: auto; font-size: 12px; color: #c9d4e0; }
    #mode { margin-left: 0; }
    main { flex: 1; display: grid; grid-template-columns: 34% 1fr 26%; min-height: 0; }
    section { min-height: 0; overflow: auto; border-right: 1px solid #d5dbe1; }
    #source-pane { display: flex; flex-direction: column; background: #fff; }
    #editor { display: flex; flex: 1; min-height: 0; overflow: auto; font: 13px/18px "DejaVu Sans Mono", monospace; }
    #gutter { margin: 0; padding: 6px 6px 6px 4px; text-align: right; color: #8a96a3; background: #f0f2f4; user-select: none; min-width: 3.5em; }
    #gutter span { display: block; height: 18px; }
    #gutter span.error { background: #f7c6c6; color: #8b0000; font-weight: bold; }
    #gutter span.warning { background: #fbe3b5; color: #6b4500; }
    #gutter span.lit { background: #cfe3fb; color: #0b3b73; }
    #source { flex: 1; border: 0; resize: none; padding: 6px; font: inherit; line-height: 18px; white-space: pre; outline: none; overflow: hidden; min-height: 100%; }
    #save-row { padding: 6px; border-top: 1px solid #d5dbe1; display: flex; gap: 8px; align-items: center; }
    #diagnostics { margin: 0; padding: 0 6px 6px; list-style: none; max-height: 30%; overflow: auto; }
    #diagnostics li { padding: 4px 6px; margin-top: 4px; border-left: 4px solid #c0392b; background: #fdecea; cursor: pointer; font-size: 13px; }
    #diagnostics li.warning { border-color: #d68910; background: #fef5e7; }
    #diagram-pane { position: relative; overflow: hidden; background: #fff; }
    #viewport { position: absolute; inset: 0; overflow: hidden; cursor: grab; }
    #canvas { transform-origin: 0 0; }
    #canvas svg { display: block; }
    #notice { position: absolute; z-index: 3; left: 12px; right: 12px; top: 12px; padding: 10px 14px; background: rgba(192, 57, 43, 0.94); color: #fff; border-radius: 6px; white-space: pre-wrap; }
    #notice.info { background: rgba(41, 98, 160, 0.94); }
    #comparison { position: absolute; z-index: 2; right: 12px; bottom: 56px; max-width: 60%; max-height: 50%; overflow: auto; background: #fff; border: 1px solid #9fb0c2; padding: 8px 12px; border-radius: 6px; box-shadow: 0 2px 8px #0003; }
    #zoom { position: absolute; z-index: 2; right: 12px; bottom: 12px; display: flex; gap: 4px; }
    #zoom button { width: 36px; height: 30px; }
    #matrix { position: absolute; inset: 0; overflow: auto; padding: 16px; background: #fff; }
    #matrix table { border-collapse: collapse; }
    #matrix th, #matrix td { border: 1px solid #c3ccd5; padding: 6px 10px; text-align: center; }
    #matrix td.empty { background: #fbe3b5; }
    #matrix td.both { background: #b9e3c6; }
    .kmap-hit > polygon, .kmap-hit > ellipse, .kmap-hit > path, .kmap-hit > polyline { stroke: #e8590c !important; stroke-width: 5px !important; }
    .kmap-hit text { font-weight: bold; }
    g.node { cursor: pointer; }
    #findings-pane { padding: 0 10px 10px; background: #fafbfc; }
    #findings h3 { font-size: 14px; margin: 14px 0 4px; color: #44525f; }
    .finding { background: #fff; border: 1px solid #d5dbe1; border-left: 5px solid #c0392b; border-radius: 4px; padding: 6px 8px; margin: 6px 0; cursor: pointer; }
    .finding.warning { border-left-color: #d68910; }
    .finding.info { border-left-color: #2e86c1; }
    .finding.selected { outline: 3px solid #e8590c; }
    .finding .code { font-weight: bold; margin-right: 6px; }
    .finding .remedy { color: #2d5a27; margin: 4px 0 0; }
    .finding ul { margin: 4px 0 0 16px; padding: 0; color: #555; font-style: italic; }
    #presenter { position: fixed; inset: 0; z-index: 10; background: #101820; color: #f5f7fa; display: flex; flex-direction: column; font-size: 28px; }
    #slide { flex: 1; padding: 40px 60px; overflow: auto; }
    #slide h1 { font-size: 54px; margin: 0 0 8px; }
    #slide .status { font-size: 32px; color: #ffb366; margin-bottom: 24px; }
    #slide .status.complete { color: #7ee2a0; }
    #slide .steps { display: flex; flex-wrap: wrap; gap: 18px; }
    #slide .step { background: #1f2f40; border-radius: 10px; padding: 16px 20px; min-width: 300px; }
    #slide .step .phase { font-size: 22px; color: #9cc3ea; text-transform: uppercase; }
    #slide .step .label { font-size: 32px; font-weight: bold; }
    #slide .step .who { font-size: 26px; color: #d7dde4; }
    #slide .missing { background: #5a1f1f; border: 3px dashed #ff8080; }
    #slide .gaps { margin-top: 28px; font-size: 28px; }
    #slide .gaps li { margin: 8px 0; }
    #presenter footer { padding: 10px 60px; color: #8a9bb0; font-size: 20px; }
    """#
}
