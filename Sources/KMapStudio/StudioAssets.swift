/// The studio's page and the files it loads, compiled into the binary: the page works with no
/// network beyond this server (no CDN, no web fonts). Only these names are ever served.
enum StudioAssets {
    /// A file the page loads from `/assets/<name>`.
    struct Asset {
        var contentType: String
        var body: String
    }

    /// The asset called `name`; nil for any other name (no path is ever read from disk).
    static func named(_ name: String) -> Asset? {
        switch name {
        case "studio.css": Asset(contentType: "text/css; charset=utf-8", body: StudioStyle.css)
        case "studio.js": Asset(contentType: "text/javascript; charset=utf-8", body: StudioScript.core)
        case "views.js": Asset(contentType: "text/javascript; charset=utf-8", body: StudioScript.views)
        case "evidence.js": Asset(contentType: "text/javascript; charset=utf-8", body: StudioScript.evidence)
        default: nil
        }
    }

    /// The page. `token` (hex digits only) is written into it on loopback servers; shared servers
    /// leave it out, and the facilitator's address carries it instead.
    static func page(token: String?) -> String {
        let safeToken = String((token ?? "").filter(\.isHexDigit))
        return #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="kmap-token" content="\#(safeToken)">
        <title>kmap studio</title>
        <link rel="stylesheet" href="/assets/studio.css">
        <script src="/assets/studio.js" defer></script>
        <script src="/assets/views.js" defer></script>
        <script src="/assets/evidence.js" defer></script>
        </head>
        <body>
        <header id="bar">
          <strong id="title">kmap studio</strong>
          <span id="summary"></span>
          <nav>
            <button data-view="waves" class="view on">Waves</button>
            <button data-view="stakeholders" class="view">Stakeholders</button>
            <button data-view="matrix" class="view">Engagement</button>
            <button data-view="evidence" class="view" id="evidence-tab" hidden>Evidence</button>
            <button id="present">Present</button>
          </nav>
          <form id="compare"><input id="compare-with" placeholder="compare with: HEAD~1 or other.kmap"><button>Compare</button></form>
          <span id="mode"></span>
          <span id="connection">connecting…</span>
        </header>
        <div id="banner" role="status" hidden></div>
        <main>
          <section id="source-pane">
            <div id="editor"><pre id="gutter" aria-hidden="true"></pre><div id="text"><div id="line-mark" hidden></div><textarea id="source" spellcheck="false" wrap="off"></textarea></div></div>
            <div id="save-row"><button id="save">Save</button><span id="save-status"></span></div>
            <ul id="diagnostics"></ul>
          </section>
          <section id="diagram-pane">
            <div id="notice" hidden></div>
            <div id="comparison" hidden></div>
            <div id="diagram-note" role="note" hidden></div>
            <div id="viewport"><div id="canvas"></div></div>
            <div id="matrix" hidden></div>
            <div id="evidence-view" hidden></div>
            <div id="zoom"><button id="zoom-in">+</button><button id="zoom-out">−</button><button id="zoom-fit">fit</button></div>
          </section>
          <section id="findings-pane"><h2>Findings</h2><div id="findings"></div></section>
        </main>
        <div id="presenter" hidden>
          <div id="slide"></div>
          <footer>← → waves · Esc leaves · <span id="slide-count"></span></footer>
        </div>
        </body>
        </html>
        """#
    }
}
