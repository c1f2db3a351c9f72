extension StudioScript {
    /// The page's script, part two: the diagram with pan and zoom, the findings linked both ways
    /// with it, the engagement matrix, presenter mode and "compare with".
    static let views = #"""
    "use strict";
    const zoom = { scale: 1, x: 0, y: 0 };
    let slide = 0;

    /// Scales by `factor` about the point (`clientX`, `clientY`), which stays where it is.
    function zoomAt(factor, clientX, clientY) {
      const box = $("viewport").getBoundingClientRect();
      const x = clientX - box.left, y = clientY - box.top;
      zoom.x = x - (x - zoom.x) * factor;
      zoom.y = y - (y - zoom.y) * factor;
      zoom.scale *= factor;
      applyZoom();
    }
    function zoomAtCentre(factor) {
      const box = $("viewport").getBoundingClientRect();
      zoomAt(factor, box.left + box.width / 2, box.top + box.height / 2);
    }

    function applyZoom() { $("canvas").style.transform = `translate(${zoom.x}px, ${zoom.y}px) scale(${zoom.scale})`; }
    function fit() {
      const svg = $("canvas").querySelector("svg");
      if (!svg) return;
      const box = $("viewport").getBoundingClientRect();
      const width = svg.width.baseVal.value || 1, height = svg.height.baseVal.value || 1;
      zoom.scale = Math.min(box.width / width, box.height / height, 1);
      zoom.x = 0; zoom.y = 0;
      applyZoom();
    }

    /// The SVG parsed as XML and stripped of anything active: labels stay text.
    function inertSVG(text) {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const root = doc.documentElement;
      if (root.nodeName !== "svg") return el("p", "", "the diagram could not be shown");
      for (const node of root.querySelectorAll("script, foreignObject")) node.remove();
      for (const node of root.querySelectorAll("*")) {
        for (const attribute of [...node.attributes]) {
          if (attribute.name.startsWith("on") || attribute.name.endsWith("href")) node.removeAttribute(attribute.name);
        }
      }
      return document.importNode(root, true);
    }

    function renderDiagram(snapshot, first) {
      const canvas = $("canvas");
      const showMatrix = studio.view === "matrix", showEvidence = studio.view === "evidence";
      $("matrix").hidden = !showMatrix;
      $("evidence-view").hidden = !showEvidence;
      $("viewport").hidden = showMatrix || showEvidence;
      $("zoom").hidden = showMatrix || showEvidence;
      if (!snapshot.diagrams) { canvas.replaceChildren(); return; }
      canvas.replaceChildren(inertSVG(studio.view === "stakeholders" ? snapshot.diagrams.stakeholders : snapshot.diagrams.waves));
      for (const node of canvas.querySelectorAll("g.node, g.cluster")) node.addEventListener("click", (event) => { event.stopPropagation(); selectElement(node.id); });
      if (first) fit();
      highlight();
    }

    function renderFindings(snapshot) {
      const pane = $("findings");
      pane.replaceChildren();
      if (snapshot.findingGroups.length === 0) pane.appendChild(el("p", "", "No findings: every wave closes its loop."));
      for (const group of snapshot.findingGroups) {
        pane.appendChild(el("h3", "", group.title));
        for (const finding of group.findings) {
          const card = el("div", "finding " + finding.severity);
          card.id = "finding-" + finding.id;
          card.dataset.elements = finding.elements.join(" ");
          const head = el("div");
          head.append(el("span", "code", finding.code), el("span", "message", finding.message));
          card.append(head, el("p", "remedy", finding.remedy));
          if (finding.questions.length) {
            const questions = el("ul");
            for (const question of finding.questions) questions.appendChild(el("li", "", question));
            card.appendChild(questions);
          }
          card.onclick = () => selectFinding(finding);
          pane.appendChild(card);
        }
      }
    }

    function allFindings() { return studio.snapshot.findingGroups.flatMap((group) => group.findings); }

    function selectFinding(finding) {
      studio.selected = { elements: finding.elements, findings: [finding.id] };
      highlight();
      showLine(finding.line);
    }

    function selectElement(id) {
      const findings = allFindings().filter((finding) => finding.elements.includes(id));
      studio.selected = { elements: [id].concat(...findings.map((f) => f.elements)), findings: findings.map((f) => f.id) };
      highlight();
      const line = studio.snapshot.elementLines[id];
      if (line) showLine(line);
      if (findings.length) $("finding-" + findings[0].id).scrollIntoView({ block: "nearest" });
    }

    function highlight() {
      for (const node of document.querySelectorAll(".kmap-hit")) node.classList.remove("kmap-hit");
      for (const node of document.querySelectorAll(".finding.selected")) node.classList.remove("selected");
      if (!studio.selected) return;
      for (const id of studio.selected.elements) { const node = document.getElementById(id); if (node && $("canvas").contains(node)) node.classList.add("kmap-hit"); }
      for (const id of studio.selected.findings) { const card = $("finding-" + id); if (card) card.classList.add("selected"); }
    }

    function renderMatrix(snapshot) {
      const table = el("table");
      const head = el("tr");
      head.appendChild(el("th", "", "Stakeholder"));
      for (const phase of snapshot.engagement.phases) head.appendChild(el("th", "", phase));
      table.appendChild(head);
      snapshot.engagement.stakeholders.forEach((name, row) => {
        const line = el("tr");
        line.appendChild(el("th", "", name));
        for (const cell of snapshot.engagement.cells[row]) line.appendChild(el("td", cell === "" ? "empty" : cell === "OA" ? "both" : "", cell));
        table.appendChild(line);
      });
      $("matrix").replaceChildren(el("p", "", "O owns an activity of the phase, A hears it; an empty cell is a phase the stakeholder never touches."), table);
    }

    /// Presenter order: the waves with gaps (a missing phase or a finding) first, each part in map order.
    function presenterWaves(snapshot) {
      const hasGap = (wave) => !wave.isComplete || wave.findings.length > 0;
      return snapshot.waves.filter(hasGap).concat(snapshot.waves.filter((wave) => !hasGap(wave)));
    }

    function renderSlide() {
      const waves = presenterWaves(studio.snapshot);
      const box = $("slide");
      box.replaceChildren();
      if (waves.length === 0) { box.appendChild(el("h1", "", "No waves yet")); return; }
      slide = Math.max(0, Math.min(slide, waves.length - 1));
      const wave = waves[slide];
      box.appendChild(el("h1", "", wave.label));
      box.appendChild(el("div", "status" + (wave.isComplete ? " complete" : ""), wave.isComplete ? "complete: every phase reached" : "missing: " + wave.missingPhases.join(", ")));
      const steps = el("div", "steps");
      for (const step of wave.steps) {
        const card = el("div", "step");
        card.append(el("div", "phase", step.phase), el("div", "label", step.label), el("div", "who", [step.owners.join(", "), step.cadence].filter(Boolean).join(" · ")));
        steps.appendChild(card);
      }
      for (const phase of wave.missingPhases) { const card = el("div", "step missing"); card.append(el("div", "phase", phase), el("div", "label", "nobody yet")); steps.appendChild(card); }
      box.appendChild(steps);
      const byID = Object.fromEntries(allFindings().map((f) => [f.id, f]));
      const gaps = el("ul", "gaps");
      for (const id of wave.findings) {
        if (!byID[id]) continue;
        const gap = el("li", "", byID[id].message + " ");
        gap.appendChild(el("span", "remedy", byID[id].remedy));
        gaps.appendChild(gap);
      }
      box.appendChild(gaps);
      $("slide-count").textContent = `wave ${slide + 1} of ${waves.length}`;
      document.body.dataset.slide = wave.id;
    }

    function present(on) {
      $("presenter").hidden = !on;
      if (on) { renderSlide(); if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(() => {}); }
      else if (document.fullscreenElement) document.exitFullscreen();
    }

    let comparing = null;

    /// Asks for a comparison and says it is under way; the result arrives over the live
    /// connection (``showComparison``), so edits keep arriving while it runs.
    async function compare(event) {
      event.preventDefault();
      const against = $("compare-with").value;
      comparing = "c" + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
      const box = $("comparison");
      box.replaceChildren(el("strong", "", "Comparing with " + against + "…"));
      box.hidden = false;
      document.body.dataset.comparing = comparing;
      try {
        const reply = await fetch("/api/compare?with=" + encodeURIComponent(against) + "&request=" + comparing);
        if (reply.status !== 202) throw new Error(await reply.text());
      } catch (error) {
        box.appendChild(el("p", "", "the comparison could not start: " + error.message));
      }
    }

    function showComparison(message) {
      if (message.request !== comparing) return;
      const result = message.comparison, box = $("comparison");
      box.replaceChildren(el("strong", "", "Compared with " + result.against), el("span", "dismiss", " (click to close)"));
      if (result.error) box.appendChild(el("p", "", result.error));
      else {
        for (const [title, items] of [["Closed", result.closed], ["Opened", result.opened], ["Waves", result.waves]]) {
          box.appendChild(el("h4", title.toLowerCase(), `${title} (${items.length})`));
          const list = el("ul");
          for (const item of items) list.appendChild(el("li", "", item));
          box.appendChild(list);
        }
        box.appendChild(el("p", "", `${result.changes} structural changes`));
      }
      box.hidden = false;
      document.body.dataset.compared = message.request;
    }

    window.kmapViews = {
      comparison: showComparison,
      render(snapshot, first) {
        renderDiagram(snapshot, first);
        $("diagram-note").textContent = snapshot.diagramNote || "";
        $("diagram-note").hidden = !snapshot.diagramNote;
        renderFindings(snapshot);
        window.kmapEvidence.render(snapshot);
        renderMatrix(snapshot);
        highlight();
        if (!$("presenter").hidden) renderSlide();
        if (first && location.hash === "#present") present(true);
      },
    };

    document.addEventListener("DOMContentLoaded", () => {
      for (const button of document.querySelectorAll("button.view")) button.onclick = () => {
        studio.view = button.dataset.view;
        for (const other of document.querySelectorAll("button.view")) other.classList.toggle("on", other === button);
        if (studio.snapshot) { renderDiagram(studio.snapshot, true); }
      };
      $("present").onclick = () => present(true);
      $("compare").onsubmit = compare;
      $("comparison").onclick = () => { $("comparison").hidden = true; };
      $("zoom-in").onclick = () => zoomAtCentre(1.25);
      $("zoom-out").onclick = () => zoomAtCentre(1 / 1.25);
      $("zoom-fit").onclick = fit;
      $("viewport").addEventListener("wheel", (event) => { event.preventDefault(); zoomAt(event.deltaY < 0 ? 1.1 : 1 / 1.1, event.clientX, event.clientY); }, { passive: false });
      let drag = null;
      $("viewport").addEventListener("pointerdown", (event) => { drag = { x: event.clientX - zoom.x, y: event.clientY - zoom.y }; });
      window.addEventListener("pointerup", () => { drag = null; });
      window.addEventListener("pointermove", (event) => { if (drag) { zoom.x = event.clientX - drag.x; zoom.y = event.clientY - drag.y; applyZoom(); } });
      document.addEventListener("keydown", (event) => {
        if ($("presenter").hidden) {
          if (event.key === "Escape") { studio.selected = null; highlight(); }
          return;
        }
        if (event.key === "ArrowRight" || event.key === "PageDown" || event.key === " ") { slide++; renderSlide(); }
        else if (event.key === "ArrowLeft" || event.key === "PageUp") { slide--; renderSlide(); }
        else if (event.key === "Escape") present(false);
      });
    });
    """#
}
