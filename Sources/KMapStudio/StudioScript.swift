/// The page's script, part one: the live connection, the source pane and saving.
enum StudioScript {
    static let core = #"""
    "use strict";
    const studio = {
      snapshot: null, baseVersion: null, dirty: false, view: "waves", selected: null,
      token: document.querySelector('meta[name="kmap-token"]').content || new URLSearchParams(location.search).get("token") || "",
    };
    const $ = (id) => document.getElementById(id);
    function el(tag, className, text) {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    }

    function connect(delay) {
      const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/live");
      socket.onopen = () => { $("connection").textContent = "live"; delay = 250; };
      socket.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (message.type === "snapshot") receive(message.snapshot);
      };
      socket.onclose = () => {
        $("connection").textContent = "reconnecting…";
        setTimeout(() => connect(Math.min((delay || 250) * 2, 4000)), delay || 250);
      };
    }

    function receive(snapshot) {
      const first = studio.snapshot === null;
      studio.snapshot = snapshot;
      if (!studio.dirty || snapshot.version === studio.baseVersion) {
        $("source").value = snapshot.source;
        studio.baseVersion = snapshot.version;
        studio.dirty = false;
        $("save-status").textContent = first ? "" : "updated from disk";
      } else {
        $("save-status").textContent = "the file changed on disk: your edits are kept, not saved";
        $("save-status").className = "conflict";
      }
      $("title").textContent = snapshot.path;
      $("summary").textContent = snapshot.summary;
      renderGutter();
      renderDiagnostics(snapshot);
      window.kmapViews.render(snapshot, first);
      document.body.dataset.version = snapshot.version;
    }

    function renderGutter() {
      const lines = $("source").value.split("\n").length;
      const marks = {};
      for (const d of (studio.snapshot ? studio.snapshot.diagnostics : [])) {
        for (let line = d.line; line <= Math.max(d.line, d.endLine); line++) {
          if (marks[line] !== "error") marks[line] = d.severity;
        }
      }
      const gutter = $("gutter");
      gutter.replaceChildren();
      for (let line = 1; line <= lines; line++) {
        const number = el("span", marks[line] || "", String(line));
        number.dataset.line = line;
        gutter.appendChild(number);
      }
      $("source").rows = lines + 1;
    }

    function renderDiagnostics(snapshot) {
      const list = $("diagnostics");
      list.replaceChildren();
      for (const d of snapshot.diagnostics) {
        const item = el("li", d.severity, `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
        for (const note of d.notes) item.appendChild(el("div", "note", "note: " + note));
        item.onclick = () => showLine(d.line);
        list.appendChild(item);
      }
      const notice = $("notice");
      const errors = snapshot.diagnostics.filter((d) => d.severity === "error");
      notice.hidden = errors.length === 0;
      notice.className = "";
      notice.textContent = errors.length === 0 ? "" :
        (snapshot.isStale ? "Showing the last good diagram. " : "") +
        errors.map((d) => `line ${d.line}:${d.column}: ${d.code} ${d.message}`).join("\n");
    }

    /// Scrolls the source pane to `line` and marks it.
    function showLine(line) {
      const gutter = $("gutter");
      for (const span of gutter.querySelectorAll("span.lit")) span.classList.remove("lit");
      const span = gutter.querySelector(`span[data-line="${Number(line)}"]`);
      if (!span) return;
      span.classList.add("lit");
      $("editor").scrollTop = Math.max(0, span.offsetTop - 80);
      const text = $("source").value;
      let start = 0;
      for (let i = 1; i < line; i++) start = text.indexOf("\n", start) + 1;
      const end = text.indexOf("\n", start);
      $("source").setSelectionRange(start, end < 0 ? text.length : end);
      document.body.dataset.shownLine = line;
    }

    async function save() {
      const reply = await fetch("/api/save", {
        method: "POST", headers: { "Content-Type": "application/json", "X-KMap-Token": studio.token },
        body: JSON.stringify({ expected: studio.baseVersion, source: $("source").value }),
      });
      const status = $("save-status");
      if (reply.status === 200) {
        const result = await reply.json();
        studio.baseVersion = result.version;
        studio.dirty = false;
        status.textContent = "saved";
        status.className = "";
      } else if (reply.status === 409) {
        status.textContent = "not saved: the file changed on disk since you loaded it. Copy your edits, then reload.";
        status.className = "conflict";
      } else {
        status.textContent = "not saved: " + await reply.text();
        status.className = "conflict";
      }
    }

    document.addEventListener("DOMContentLoaded", () => {
      const canEdit = studio.token !== "";
      $("mode").textContent = canEdit ? "editing" : "view only";
      $("source").readOnly = !canEdit;
      $("save").hidden = !canEdit;
      $("source").addEventListener("input", () => { studio.dirty = true; renderGutter(); $("save-status").textContent = "unsaved"; });
      $("source").addEventListener("keydown", (event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); if (canEdit) save(); }
      });
      $("save").onclick = save;
      connect(250);
    });
    """#
}
