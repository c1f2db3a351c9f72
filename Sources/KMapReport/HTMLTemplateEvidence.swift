extension HTMLTemplate {
    /// The evidence section (`kmap report --evidence`), rendered with an ``EvidenceReport``:
    /// the timeline (raw SVG whose labels ``EvidenceTimeline`` escaped), the indicators, then the
    /// evidence findings with their remedies.
    static let evidence = """
        <section id="evidence">
        <h2>Evidence</h2>
        <p class="group-detail">What the evidence logs say happened from {{period}}: {{occurrences}} occurrences.</p>
        {{#timelineSVG}}
        <figure class="timeline">
        <div class="scroll">{{{.}}}</div>
        <figcaption>One row per activity, a dot per occurrence, the count at the end of the row. The blue band is the time the activity's cadence (and its tolerance) covers after each occurrence: where it breaks, the cadence was not kept.</figcaption>
        </figure>
        {{/timelineSVG}}
        <h3>Indicators</h3>
        <p>{{lessons}}.</p>
        <p>{{waves}}.</p>
        <div class="scroll"><table class="by-phase">
        <thead><tr><th>Phase</th><th>Occurrences</th></tr></thead>
        <tbody>
        {{#byPhase}}
        <tr><th scope="row">{{name}}</th>{{#cells}}<td class="num">{{.}}</td>{{/cells}}</tr>
        {{/byPhase}}
        </tbody>
        </table></div>
        <h4>Participation in practice</h4>
        <p class="group-detail">Occurrences each stakeholder took part in, by phase; in brackets, the activities of the phase they own on the map.</p>
        <div class="scroll"><table class="participation">
        <thead><tr><th>Stakeholder</th>{{#phaseNames}}<th>{{.}}</th>{{/phaseNames}}</tr></thead>
        <tbody>
        {{#participation}}
        <tr><th scope="row">{{name}}{{#id}} <code class="slug">{{.}}</code>{{/id}}</th>{{#cells}}<td class="num">{{.}}</td>{{/cells}}</tr>
        {{/participation}}
        </tbody>
        </table></div>
        <h3>Evidence findings</h3>
        {{^hasFindings}}
        <p>No evidence finding: the map holds in practice.</p>
        {{/hasFindings}}
        {{#findings}}
        <article class="finding {{severity}}">
        <h4><span class="badge {{severity}}">{{severity}}</span> <code>{{code}}</code> {{ruleName}} <code class="slug">{{slug}}</code></h4>
        <p class="message">{{message}}</p>
        <h5>Remedy</h5>
        <p class="remedy">{{#remedySegments}}{{#isCode}}<code>{{text}}</code>{{/isCode}}{{^isCode}}{{text}}{{/isCode}}{{/remedySegments}}</p>
        </article>
        {{/findings}}
        </section>

        """
}
