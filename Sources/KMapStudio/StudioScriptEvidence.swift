extension StudioScript {
    /// The page's script, part three: the evidence log beside the map. The Evidence view shows
    /// its timeline and indicators; the findings pane lists its findings, or the log's
    /// diagnostics at their rows and columns. With no log, nothing about evidence shows.
    static let evidence = #"""
    "use strict";

    /// `log.csv:3:1: error L004 message`: a diagnostic of the log, at its row and column.
    function logProblem(evidence, problem) {
      const item = el("li", problem.severity);
      item.textContent = `${evidence.path.split("/").pop()}:${problem.line}:${problem.column}: ${problem.severity} ${problem.code} ${problem.message}`;
      for (const note of problem.notes) item.appendChild(el("div", "note", note));
      return item;
    }

    function logProblems(evidence) {
      const list = el("ul", "log-problems");
      for (const problem of evidence.problems) list.appendChild(logProblem(evidence, problem));
      return list;
    }

    function renderEvidenceView(evidence) {
      const view = $("evidence-view");
      view.replaceChildren(el("h2", "", "Evidence: " + evidence.path.split("/").pop()));
      if (evidence.problems.length) view.appendChild(logProblems(evidence));
      if (!evidence.period) { view.appendChild(el("p", "", "The log has errors: the map is not checked against it until they are fixed.")); return; }
      view.appendChild(el("p", "period", `What happened from ${evidence.period}: ${evidence.occurrences} occurrences.`));
      if (evidence.timeline) {
        const figure = el("figure", "timeline");
        // At its own size, scrolled sideways in a narrow pane: shrunk, its labels would be unreadable.
        const scroll = el("div", "scroll");
        scroll.appendChild(inertSVG(evidence.timeline));
        figure.appendChild(scroll);
        figure.appendChild(el("figcaption", "", "One row per activity, a dot per occurrence. The blue band is the time the activity's cadence (and its tolerance) covers after each occurrence: where it breaks, the cadence was not kept."));
        view.appendChild(figure);
      }
      const indicators = el("ul", "indicators");
      for (const line of evidence.indicators) indicators.appendChild(el("li", "", line));
      view.appendChild(indicators);
    }

    function renderEvidenceFindings(evidence) {
      const pane = $("findings");
      const heading = el("h3", "evidence-heading", "Evidence: " + evidence.path.split("/").pop());
      pane.appendChild(heading);
      if (evidence.problems.length) pane.appendChild(logProblems(evidence));
      if (!evidence.period) return;
      if (evidence.findings.length === 0) pane.appendChild(el("p", "", "No evidence finding: the map holds in practice."));
      for (const line of evidence.indicators.slice(1)) pane.appendChild(el("p", "evidence-indicator", line));
      for (const finding of evidence.findings) {
        const card = el("div", "finding " + finding.severity);
        card.id = "finding-" + finding.id;
        const head = el("div");
        head.append(el("span", "code", finding.code), el("span", "message", finding.message));
        card.append(head, el("p", "remedy", finding.remedy));
        card.onclick = () => selectFinding(finding);
        pane.appendChild(card);
      }
    }

    window.kmapEvidence = {
      render(snapshot) {
        const evidence = snapshot.evidence;
        $("evidence-tab").hidden = !evidence;
        if (!evidence) {
          $("evidence-view").replaceChildren();
          if (studio.view === "evidence") document.querySelector('button.view[data-view="waves"]').click();
          return;
        }
        renderEvidenceView(evidence);
        renderEvidenceFindings(evidence);
      },
    };
    """#
}
