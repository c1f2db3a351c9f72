/// The stakeholder and technique sections of the HTML report.
extension HTMLTemplate {
    static let engagement = """
        <section id="engagement">
        <h2>Who takes part in which phase</h2>
        {{#engagement}}
        {{#hasRows}}
        <p class="legend"><span class="owner">runs N</span> owns N activities of the phase <span class="audience">for N</span> is the audience of N <span class="gap">—</span> takes no part</p>
        <div class="scroll"><table class="matrix">
        <thead><tr><th>Stakeholder</th>{{#phases}}<th>{{.}}</th>{{/phases}}</tr></thead>
        <tbody>
        {{{stakeholderRows}}}
        </tbody>
        </table></div>
        {{/hasRows}}
        {{^hasRows}}
        <p>The map declares no stakeholders.</p>
        {{/hasRows}}
        {{/engagement}}
        </section>

        """

    static let brokers = """
        <section id="brokers">
        <h2>Brokers</h2>
        {{#brokers}}
        <h3>Declared brokers</h3>
        {{#hasDeclared}}
        <ul>
        {{{declaredItems}}}
        </ul>
        {{/hasDeclared}}
        {{^hasDeclared}}
        <p>No stakeholder is declared a broker.</p>
        {{/hasDeclared}}
        <h3>Brokers in practice</h3>
        {{#hasDeFacto}}
        <ul>
        {{{deFactoItems}}}
        </ul>
        {{/hasDeFacto}}
        {{^hasDeFacto}}
        <p>No undeclared stakeholder bridges several groups.</p>
        {{/hasDeFacto}}
        <h3>Bottlenecks</h3>
        {{#hasBottlenecks}}
        <ul>
        {{{bottleneckItems}}}
        </ul>
        {{/hasBottlenecks}}
        {{^hasBottlenecks}}
        <p>No single stakeholder carries a group's only route of knowledge.</p>
        {{/hasBottlenecks}}
        {{#hasCentral}}
        <h3>Most routes of knowledge pass through</h3>
        <div class="scroll"><table class="central">
        <thead><tr><th>Stakeholder</th><th>Share of routes</th></tr></thead>
        <tbody>
        {{#central}}
        <tr><th scope="row">{{label}} <code>{{id}}</code></th><td>{{text}}</td></tr>
        {{/central}}
        </tbody>
        </table></div>
        {{/hasCentral}}
        {{#sampleNote}}
        <p class="note">{{.}}</p>
        {{/sampleNote}}
        {{/brokers}}
        </section>

        """

    static let techniques = """
        <section id="techniques">
        <h2>Techniques cited</h2>
        {{#hasCatalog}}
        <dl class="techniques">
        {{#catalog}}
        <dt id="{{anchor}}">{{name}} <code>{{slug}}</code></dt>
        <dd>{{summary}}</dd>
        <dd class="note">Serves {{phases}}{{#timing}}; used {{.}} the work{{/timing}}. Cited by: {{citedBy}}.{{#usage}} It is {{.}}.{{/usage}}</dd>
        {{/catalog}}
        </dl>
        {{/hasCatalog}}
        {{^hasCatalog}}
        <p>No remedy cites a technique.</p>
        {{/hasCatalog}}
        </section>

        """
}
