/// The Mustache templates of the HTML report. `{{name}}` escapes `& < > " '`. The raw values are
/// `{{{.}}}` inside `{{#diagramSVG}}` and `{{#stakeholderSVG}}`, SVG Graphviz drew from DOT in
/// which every label was escaped; inside `{{#timelineSVG}}` the evidence timeline, whose labels
/// ``EvidenceTimeline`` escaped; and the rows repeated per finding, wave or stakeholder
/// (`{{{findingSections}}}`, `{{{waveRows}}}`, `{{{stakeholderRows}}}`, `{{{declaredItems}}}`,
/// `{{{deFactoItems}}}`, `{{{bottleneckItems}}}`), which ``HTMLFragment`` writes with the same escaping.
enum HTMLTemplate {
    /// The page: head with the style sheet, then the sections, each in its own partial.
    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="kmap">
        <title>{{report.title}} · kmap report</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <main>
        {{#report}}
        {{> header}}
        {{> summary}}
        <section id="diagram">
        <h2>Diagrams</h2>
        {{#diagramSVG}}
        <figure class="diagram" id="figure-waves">
        <a class="zoom" href="#figure-waves" title="Open the diagram full size">{{{.}}}</a>
        <figcaption>{{report.captions.waves}} <a class="open" href="#figure-waves">Open full size</a><a class="fit" href="#diagram">Fit to the screen</a></figcaption>
        </figure>
        {{/diagramSVG}}
        {{#diagramNote}}
        <p class="note">{{.}}</p>
        {{/diagramNote}}
        {{#stakeholderSVG}}
        <figure class="diagram stakeholders" id="figure-stakeholders">
        <h3>Stakeholders</h3>
        <a class="zoom" href="#figure-stakeholders" title="Open the diagram full size">{{{.}}}</a>
        <figcaption>{{report.captions.stakeholders}} <a class="open" href="#figure-stakeholders">Open full size</a><a class="fit" href="#diagram">Fit to the screen</a></figcaption>
        </figure>
        {{/stakeholderSVG}}
        </section>
        {{> findings}}
        {{#evidence}}
        {{> evidence}}
        {{/evidence}}
        {{> engagement}}
        {{> brokers}}
        {{> techniques}}
        {{/report}}
        <footer>Made with kmap from {{report.path}}. Finding codes are explained in docs/RULES.md.</footer>
        </main>
        </body>
        </html>

        """

    static let header = """
        <header>
        <h1>{{title}}</h1>
        <p class="source">Knowledge-management map <code>{{path}}</code></p>
        {{#goal}}
        <p class="goal"><strong>Goal:</strong> {{.}}</p>
        {{/goal}}
        {{#hasStandards}}
        <p class="standards"><strong>What counts as knowledge:</strong></p>
        <ul class="standards">
        {{#standards}}
        <li>{{.}}</li>
        {{/standards}}
        </ul>
        {{/hasStandards}}
        {{^hasStandards}}
        <p class="no-standard">The map states no standard of what counts as knowledge.</p>
        {{/hasStandards}}
        <nav class="contents"><a href="#summary">Summary</a> <a href="#diagram">Diagrams</a> <a href="#findings">Findings</a> {{#evidence}}<a href="#evidence">Evidence</a> {{/evidence}}<a href="#engagement">Engagement</a> <a href="#brokers">Brokers</a> <a href="#techniques">Techniques</a></nav>
        </header>

        """

    static let summary = """
        <section id="summary">
        <h2>Summary</h2>
        {{#summary}}
        <div class="cards">
        <div class="card waves"><strong>{{completeWaves}} / {{totalWaves}}</strong>waves complete</div>
        <div class="card waves"><strong>{{closedWaves}}</strong>loops closed</div>
        <div class="card error"><strong>{{errors}}</strong>errors</div>
        <div class="card warning"><strong>{{warnings}}</strong>warnings</div>
        <div class="card info"><strong>{{infos}}</strong>info</div>
        </div>
        {{#hasSuppressed}}
        <p class="note">{{suppressed}} more findings are silenced by <code>kmap: ignore</code> comments in the map.</p>
        {{/hasSuppressed}}
        <h3>Findings by phase</h3>
        <div class="scroll"><table class="by-phase">
        <thead><tr><th>Phase</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Total</th></tr></thead>
        <tbody>
        {{#phaseTallies}}
        <tr><th scope="row">{{phase}}</th><td class="num">{{errors}}</td><td class="num">{{warnings}}</td><td class="num">{{infos}}</td><td class="num">{{total}}</td></tr>
        {{/phaseTallies}}
        </tbody>
        </table></div>
        <h3>Waves</h3>
        {{#hasWaves}}
        <div class="scroll"><table class="waves">
        <thead><tr><th>Wave</th>{{#phaseNames}}<th>{{.}}</th>{{/phaseNames}}<th>Status</th></tr></thead>
        <tbody>
        {{{waveRows}}}
        </tbody>
        </table></div>
        {{/hasWaves}}
        {{^hasWaves}}
        <p>The map has no generation activity, so no wave starts.</p>
        {{/hasWaves}}
        {{/summary}}
        </section>

        """

    static let findings = """
        <section id="findings">
        <h2>Findings</h2>
        {{^hasFindings}}
        <p>No findings: every wave the analysis followed is complete.</p>
        {{/hasFindings}}
        {{#hasFindings}}
        {{{findingSections}}}
        {{/hasFindings}}
        </section>

        """
}
