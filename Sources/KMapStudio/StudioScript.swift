/// The page's script, part one: the live connection, the source pane and saving.
enum StudioScript {
    static let core = #"""
    "use strict";
    const studio = {
      snapshot: null, baseVersion: null, dirty: false, view: "waves", selected: null,
      // The diagnostics of the unsaved text (null when the pane shows the file as saved), and the
      // connection limit when the server turned this page away (null when live).
      draft: null, full: null,
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
        if (message.type === "snapshot") { studio.full = null; $("banner").hidden = true; receive(message.snapshot); }
        else if (message.type === "full") turnedAway(message.limit);
        else if (message.type === "comparison") window.kmapViews.comparison(message);
      };
      socket.onclose = () => {
        if (studio.full) {
          $("connection").textContent = "not live: studio full";
          setTimeout(() => connect(250), 3000);
          return;
        }
        $("connection").textContent = "reconnecting…";
        setTimeout(() => connect(Math.min((delay || 250) * 2, 4000)), delay || 250);
      };
    }

    /// Past the server's connection limit: says so, shows the map as it is now (read once), and
    /// keeps asking to join, so the page goes live when another one closes.
    function turnedAway(limit) {
      studio.full = limit;
      const banner = $("banner");
      banner.textContent = `This studio already has ${limit} browsers connected, its limit: this page does not update live. ` +
        "It shows the map as it was when opened, and goes live by itself when another studio page closes.";
      banner.hidden = false;
      if (!studio.snapshot) fetch("/api/snapshot").then((reply) => reply.json()).then((snapshot) => { if (!studio.snapshot) receive(snapshot); }, () => {});
    }

    function receive(snapshot) {
      const first = studio.snapshot === null, hadErrors = !first && studio.snapshot.hasErrors;
      studio.snapshot = snapshot;
      const replaced = !studio.dirty || snapshot.version === studio.baseVersion;
      if (replaced) {
        // The push of this page's own save is no news from disk.
        const ownSave = !first && snapshot.version === studio.baseVersion && $("save-status").textContent === "saved";
        $("source").value = snapshot.source;
        studio.baseVersion = snapshot.version;
        studio.dirty = false;
        studio.draft = null;
        $("save-status").textContent = first ? "" : ownSave ? "saved" : "updated from disk";
      } else {
        $("save-status").textContent = "the file changed on disk: your edits are kept, not saved";
        $("save-status").className = "conflict";
      }
      $("title").textContent = snapshot.path.split("/").pop();
      $("title").title = snapshot.path;
      $("summary").textContent = snapshot.summary;
      $("summary").title = snapshot.summary;
      renderGutter();
      renderDiagnostics(snapshot);
      const firstError = snapshot.diagnostics.find((d) => d.severity === "error");
      if (firstError && replaced && !hadErrors) showLine(firstError.line);
      window.kmapViews.render(snapshot, first);
      document.body.dataset.version = snapshot.version;
    }

    /// Line numbers with the diagnostics' marks; the text area grows to the whole text, so the
    /// pane (not the text area) scrolls and the numbers stay beside their lines.
    function renderGutter() {
      const text = $("source").value.split("\n"), lines = text.length;
      const marks = {};
      for (const d of shownDiagnostics()) {
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
      $("source").cols = text.reduce((longest, line) => Math.max(longest, line.length), 0) + 2;
    }

    /// The diagnostics the source pane shows: the unsaved text's while it is edited, else the file's.
    function shownDiagnostics() {
      return studio.draft || (studio.snapshot ? studio.snapshot.diagnostics : []);
    }

    /// The list under the source and the messages beside their lines.
    function renderDiagnosticList() {
      const list = $("diagnostics");
      list.replaceChildren();
      for (const d of shownDiagnostics()) {
        const item = el("li", d.severity, `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
        for (const note of d.notes) item.appendChild(el("div", "note", "note: " + note));
        item.onclick = () => showLine(d.line);
        list.appendChild(item);
      }
      renderInlineDiagnostics(shownDiagnostics());
    }

    function renderDiagnostics(snapshot) {
      renderDiagnosticList();
      const notice = $("notice");
      const errors = snapshot.diagnostics.filter((d) => d.severity === "error");
      notice.hidden = errors.length === 0;
      notice.className = "";
      notice.textContent = errors.length === 0 ? "" :
        (snapshot.isStale ? "Showing the last good diagram. " : "") +
        errors.map((d) => `line ${d.line}:${d.column}: ${d.code} ${d.message}`).join("\n");
    }

    /// Each diagnostic's message written after the end of its line in the source pane.
    function renderInlineDiagnostics(diagnostics) {
      const text = $("text"), lines = $("source").value.split("\n"), gutter = $("gutter");
      for (const old of text.querySelectorAll(".inline-diagnostic")) old.remove();
      text.classList.remove("edited");
      for (const d of diagnostics) {
        const span = gutter.querySelector(`span[data-line="${Number(d.line)}"]`);
        if (!span) continue;
        const mark = el("div", "inline-diagnostic " + d.severity, `${d.code}: ${d.message}`);
        mark.style.top = (span.offsetTop - gutter.firstChild.offsetTop) + "px";
        mark.style.left = `calc(${(lines[d.line - 1] || "").length + 3}ch + 6px)`;
        mark.onclick = () => showLine(d.line);
        text.appendChild(mark);
      }
    }

    /// Scrolls the source pane to `line` and marks it.
    function showLine(line) {
      const gutter = $("gutter");
      for (const span of gutter.querySelectorAll("span.lit")) span.classList.remove("lit");
      const span = gutter.querySelector(`span[data-line="${Number(line)}"]`);
      if (!span) return;
      span.classList.add("lit");
      $("line-mark").style.top = (span.offsetTop - gutter.firstChild.offsetTop) + "px";
      $("line-mark").hidden = false;
      $("editor").scrollTop = Math.max(0, span.offsetTop - $("editor").clientHeight / 3);
      $("editor").scrollLeft = 0;
      const text = $("source").value;
      let start = 0;
      for (let i = 1; i < line; i++) start = text.indexOf("\n", start) + 1;
      const end = text.indexOf("\n", start);
      $("source").setSelectionRange(start, end < 0 ? text.length : end);
      document.body.dataset.shownLine = line;
    }

    /// The pane, not the text area, scrolls: keeps the line being typed on (and its messages) in view.
    function keepCaretInView() {
      const source = $("source"), editor = $("editor");
      const line = source.value.slice(0, source.selectionStart).split("\n").length;
      const top = 6 + (line - 1) * 18;
      if (top < editor.scrollTop) editor.scrollTop = top;
      else if (top + 18 > editor.scrollTop + editor.clientHeight) editor.scrollTop = top + 36 - editor.clientHeight;
    }

    let checkTimer = null, checkSequence = 0;

    /// Checks the unsaved text 150 ms after the last keystroke: its diagnostics replace the
    /// file's in the gutter, beside the lines and in the list; the diagram stays the file's.
    function scheduleCheck() {
      clearTimeout(checkTimer);
      checkTimer = setTimeout(checkDraft, 150);
    }

    async function checkDraft() {
      const sequence = ++checkSequence, text = $("source").value;
      try {
        const reply = await fetch("/api/check", {
          method: "POST", headers: { "Content-Type": "application/json", "X-KMap-Token": studio.token },
          body: JSON.stringify({ source: text }),
        });
        if (reply.status !== 200) return;
        const result = await reply.json();
        if (sequence !== checkSequence || !studio.dirty || text !== $("source").value) return;
        studio.draft = result.diagnostics;
      } catch (error) {
        return;
      }
      renderGutter();
      renderDiagnosticList();
      keepCaretInView();
      document.body.dataset.checks = sequence;
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
      $("source").addEventListener("input", () => {
        studio.dirty = true;
        $("line-mark").hidden = true;
        $("text").classList.add("edited");
        renderGutter();
        $("save-status").textContent = "unsaved";
        keepCaretInView();
        scheduleCheck();
      });
      $("source").addEventListener("keydown", (event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); if (canEdit) save(); }
      });
      $("save").onclick = save;
      connect(250);
    });
    """#
}
