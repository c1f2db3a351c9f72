/// The style sheet of the HTML report: readable on a projector and a 390 px phone, printable on
/// A4 or Letter.
///
/// Colours follow the diagrams (Paul Tol's colour-blind-safe schemes); every colour cue also has a
/// text or pattern cue, so the report reads in grayscale print. A finding's "show in diagram" link
/// targets a diagram element, which `:target` outlines: no script needed. A diagram fits its
/// column until it is the target (a tap on it, or "Open full size"): then it is drawn at its own
/// size and scrolls inside its box, as wide tables do. In print each diagram gets a landscape
/// page of its own, scaled to fit; headings stay with what follows them; pages are numbered.
enum HTMLStyle {
    static let css = """
        :root { --ink: #222; --muted: #555; --line: #ccc; --error: #cc3311; --warning: #ee7733;
          --info: #0077bb; --ok: #228833; --gap: #f1e4e0; --paper: #fff; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; color: var(--ink); background: var(--paper);
          font: 16px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
        main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 2rem 3rem; overflow-wrap: break-word; }
        h1 { font-size: 2rem; margin: 0 0 .25rem; line-height: 1.2; }
        h2 { font-size: 1.45rem; margin: 2.2rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; }
        h4 { font-size: 1rem; margin: 0 0 .3rem; }
        h5 { font-size: .85rem; margin: .8rem 0 .2rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
        a { color: var(--info); }
        .source { color: var(--muted); margin: 0; }
        .goal { font-size: 1.1rem; margin: .8rem 0 .2rem; }
        .standards { margin: .2rem 0; }
        .no-standard { color: var(--error); }
        nav.contents { margin: 1rem 0; padding: .5rem 0; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
        nav.contents a { margin-right: 1.2rem; white-space: nowrap; }
        figure.diagram { margin: 0 0 1.2rem; padding: .5rem; border: 1px solid var(--line); overflow: auto; text-align: center; }
        figure.diagram h3 { margin-top: .2rem; text-align: left; }
        figure.diagram svg { max-width: 100%; height: auto; }
        figure.diagram:target svg { max-width: none; }
        figure.diagram a.zoom { display: block; color: inherit; text-decoration: none; -webkit-tap-highlight-color: transparent; }
        figure.diagram:target a.zoom { display: inline-block; }
        figcaption { text-align: left; }
        figcaption a { margin-left: .6rem; white-space: nowrap; }
        figure.diagram .fit, figure.diagram:target .open { display: none; }
        figure.diagram:target .fit { display: inline; }
        .scroll { max-width: 100%; overflow-x: auto; }
        figure.diagram g:target > path, figure.diagram g:target > polygon, figure.diagram g:target > ellipse {
          stroke: var(--warning); stroke-width: 6px; }
        figure.diagram g:target text { font-weight: bold; }
        figcaption, .note { color: var(--muted); font-size: .9rem; }
        .cards { display: flex; flex-wrap: wrap; gap: .8rem; margin: .5rem 0 1rem; }
        .card { flex: 1 1 9rem; border: 1px solid var(--line); border-left: 6px solid var(--muted); padding: .5rem .8rem; }
        .card strong { display: block; font-size: 1.6rem; line-height: 1.2; }
        .card.error { border-left-color: var(--error); }
        .card.warning { border-left-color: var(--warning); }
        .card.info { border-left-color: var(--info); }
        .card.waves { border-left-color: var(--ok); }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
        thead th { background: #eee; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .reached { color: var(--ok); font-weight: bold; }
        .unreached { color: var(--error); white-space: nowrap; }
        section.wave-group { margin-top: 1.2rem; }
        .group-detail { color: var(--muted); margin: 0 0 .6rem; }
        article.finding { border: 1px solid var(--line); border-left: 6px solid var(--muted); padding: .7rem 1rem;
          margin: 0 0 1rem; }
        article.finding.error { border-left-color: var(--error); }
        article.finding.warning { border-left-color: var(--warning); }
        article.finding.info { border-left-color: var(--info); }
        article.finding:target { box-shadow: 0 0 0 3px var(--warning); }
        .badge { display: inline-block; min-width: 4.5rem; padding: 0 .4rem; border-radius: 3px; color: #fff;
          font-size: .75rem; text-align: center; text-transform: uppercase; vertical-align: .1em; background: var(--muted); }
        .badge.error { background: var(--error); }
        .badge.warning { background: #b85400; }
        .badge.info { background: var(--info); }
        .message { margin: .2rem 0; }
        .where { margin: .2rem 0; color: var(--muted); font-size: .9rem; }
        pre.excerpt { background: #f6f6f6; border: 1px solid #e4e4e4; padding: .4rem .6rem; margin: .3rem 0;
          white-space: pre-wrap; overflow-wrap: anywhere; }
        pre.excerpt .ln { display: inline-block; min-width: 2.5em; color: #888; user-select: none; }
        ul.questions li { font-style: italic; }
        table.matrix td { min-width: 6.5rem; }
        table.matrix td.owner { background: #cce4f5; }
        table.matrix td.audience { background: #e8f2d8; }
        table.matrix td.both { background: #cfe7d6; font-weight: bold; }
        table.matrix td.gap { background: repeating-linear-gradient(135deg, var(--gap) 0 6px, #fff 6px 12px); color: #a33; text-align: center; }
        table.matrix tr.receives-only th { color: var(--error); }
        .legend span { display: inline-block; padding: 0 .5rem; margin-right: .6rem; border: 1px solid var(--line); }
        .legend .owner { background: #cce4f5; }
        .legend .audience { background: #e8f2d8; }
        .legend .gap { background: repeating-linear-gradient(135deg, var(--gap) 0 6px, #fff 6px 12px); }
        .group { color: var(--muted); font-size: .85em; }
        dl.techniques dt { font-weight: bold; margin-top: .8rem; }
        dl.techniques dd { margin: .1rem 0 0 1.2rem; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); padding-top: .5rem; }
        @media (max-width: 600px) {
          main { padding: 1rem .75rem 2rem; }
          h1 { font-size: 1.5rem; }
          h2 { font-size: 1.25rem; }
          article.finding { padding: .6rem .7rem; }
          figcaption a { display: inline-block; margin: .3rem .6rem 0 0; padding: .3rem 0; }
        }
        @page { margin: 14mm 12mm 16mm;
          @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt "DejaVu Sans", sans-serif; color: #555; } }
        @page diagram { size: landscape; margin: 10mm 10mm 14mm; }
        @media print {
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          nav.contents, .where a { display: none; }
          h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
          section#diagram { page: diagram; break-before: page; }
          section#diagram + section { break-before: page; }
          figure.diagram { border: none; padding: 0; overflow: visible; break-inside: avoid; }
          figure.diagram.stakeholders { break-before: page; }
          figure.diagram svg, figure.diagram:target svg { display: block; width: 100%; max-width: none; height: 150mm; }
          .scroll { overflow: visible; }
          figcaption a { display: none; }
          article.finding, .card, tr { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          table { width: 100%; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
