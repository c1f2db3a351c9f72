/// The studio page's style sheet: three panes, a presenter overlay sized for a projector.
enum StudioStyle {
    static let css = #"""
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font: 14px/1.4 "DejaVu Sans", "Liberation Sans", sans-serif; color: #1d2733; background: #f4f6f8; height: 100vh; display: flex; flex-direction: column; }
    #bar { display: flex; gap: 12px; align-items: center; padding: 6px 12px; background: #1d2733; color: #fff; white-space: nowrap; }
    #bar nav, #compare { display: flex; gap: 4px; flex: none; }
    #compare-with { width: 15em; }
    #bar button, #bar input { font: inherit; }
    #bar nav button { background: #33445a; color: #fff; border: 0; padding: 4px 10px; border-radius: 4px; cursor: pointer; }
    #bar nav button.on { background: #4f8fd6; }
    #summary { color: #c9d4e0; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
    #connection, #mode { margin-left: auto; font-size: 12px; color: #c9d4e0; }
    #mode { margin-left: 0; }
    #banner { padding: 8px 12px; background: #fbe3b5; color: #4a3000; border-bottom: 1px solid #d68910; }
    main { flex: 1; display: grid; grid-template-columns: 30% 1fr 26%; min-height: 0; }
    section { min-height: 0; overflow: auto; border-right: 1px solid #d5dbe1; }
    #source-pane { display: flex; flex-direction: column; background: #fff; }
    #editor { scroll-padding-left: 5em; display: flex; align-items: flex-start; flex: 1; min-height: 0; overflow: auto; font: 13px/18px "DejaVu Sans Mono", monospace; }
    #gutter { margin: 0; padding: 6px 6px 6px 4px; text-align: right; color: #8a96a3; background: #f0f2f4; user-select: none; min-width: 3.5em; min-height: 100%; position: sticky; left: 0; z-index: 1; }
    #gutter span { display: block; height: 18px; }
    #gutter span.error { background: #f7c6c6; color: #8b0000; font-weight: bold; }
    #gutter span.warning { background: #fbe3b5; color: #6b4500; }
    #gutter span.lit { background: #cfe3fb; color: #0b3b73; }
    #text { position: relative; flex: 1 0 auto; display: flex; min-height: 100%; }
    .inline-diagnostic { position: absolute; margin-top: 6px; padding: 0 6px; border-radius: 3px; white-space: nowrap; background: #fdecea; color: #8b0000; cursor: pointer; }
    .inline-diagnostic.warning { background: #fef5e7; color: #6b4500; }
    #text.edited .inline-diagnostic { display: none; }
    #line-mark { position: absolute; left: 0; right: 0; height: 18px; margin-top: 6px; background: #fff0b3; }
    #source { position: relative; flex: 1 0 auto; border: 0; resize: none; padding: 6px; font: inherit; line-height: 18px; white-space: pre; outline: none; overflow: hidden; background: transparent; }
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
    #diagram-note { position: absolute; z-index: 2; left: 12px; bottom: 12px; max-width: calc(100% - 200px); padding: 6px 10px; font-size: 13px; background: rgba(41, 98, 160, 0.94); color: #fff; border-radius: 6px; }
    #comparison { position: absolute; z-index: 2; right: 12px; bottom: 56px; width: min(34em, 80%); max-height: calc(100% - 80px); overflow: auto; font-size: 13px; background: #fff; border: 1px solid #9fb0c2; padding: 8px 12px; border-radius: 6px; box-shadow: 0 2px 8px #0003; }
    #comparison h4 { margin: 8px 0 2px; }
    #comparison h4.closed { color: #2d5a27; }
    #comparison h4.opened { color: #8b0000; }
    #comparison ul { margin: 0; padding-left: 18px; }
    #zoom { position: absolute; z-index: 2; right: 12px; bottom: 12px; display: flex; gap: 4px; }
    #zoom button { width: 36px; height: 30px; }
    #matrix { position: absolute; inset: 0; overflow: auto; padding: 12px; background: #fff; }
    #matrix table { border-collapse: collapse; }
    #matrix th, #matrix td { border: 1px solid #c3ccd5; padding: 4px 4px; text-align: center; font-size: 13px; }
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
    #evidence-view { position: absolute; inset: 0; overflow: auto; padding: 12px; background: #fff; }
    #evidence-view h2 { font-size: 16px; margin: 0 0 6px; }
    #evidence-view .timeline { margin: 8px 0; }
    #evidence-view .timeline .scroll { overflow-x: auto; }
    #evidence-view .timeline svg { display: block; }
    #evidence-view figcaption { font-size: 12px; color: #5b6773; }
    .log-problems { margin: 6px 0; padding: 0; list-style: none; }
    .log-problems li { padding: 4px 6px; margin-top: 4px; border-left: 4px solid #c0392b; background: #fdecea; font-size: 13px; font-family: "DejaVu Sans Mono", monospace; }
    .log-problems li.warning { border-color: #d68910; background: #fef5e7; }
    .log-problems .note { color: #555; }
    #findings h3.evidence-heading { border-top: 2px solid #9fb0c2; padding-top: 10px; margin-top: 18px; }
    .evidence-indicator { margin: 4px 0; font-size: 13px; color: #44525f; }
    #presenter { position: fixed; inset: 0; z-index: 10; background: #101820; color: #f5f7fa; display: flex; flex-direction: column; font-size: clamp(17px, 1.45vw, 28px); }
    #slide { flex: 1; padding: 2.2vw 3vw 1vw; overflow: auto; }
    #slide h1 { font-size: clamp(30px, 3.3vw, 64px); line-height: 1.15; margin: 0 0 4px; }
    #slide .status { font-size: clamp(19px, 1.7vw, 34px); color: #ffb366; margin-bottom: 1.2vw; }
    #slide .status.complete { color: #7ee2a0; }
    #slide .steps { display: grid; grid-template-columns: repeat(auto-fill, minmax(clamp(220px, 17vw, 340px), 1fr)); gap: 0.9vw; }
    #slide .step { background: #1f2f40; border-radius: 10px; padding: 0.7vw 1vw; border-top: 5px solid #4f8fd6; }
    #slide .step .phase { font-size: 0.88em; color: #9cc3ea; text-transform: uppercase; letter-spacing: 0.04em; }
    #slide .step .label { font-size: 1.1em; font-weight: bold; line-height: 1.25; }
    #slide .step .who { color: #d7dde4; }
    #slide .missing { background: #5a1f1f; border: 3px dashed #ff8080; }
    #slide .gaps { margin: 1.4vw 0 0; padding-left: 1.2em; }
    #slide .gaps li { margin: 0.4vw 0; }
    #slide .gaps .remedy { color: #b9e3c6; }
    #presenter footer { padding: 0.5vw 3vw; color: #8a9bb0; font-size: 0.7em; }
    """#
}
