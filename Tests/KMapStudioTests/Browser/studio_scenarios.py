"""The studio as a workshop uses it: the page, live updates from disk, saving from the page,
findings linked with the diagram, presenter mode, and a syntax error mid-edit."""

import glob
import os
import signal
import socket
import subprocess
import time
import urllib.parse

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from studio_harness import WINDOW, check, open_studio, set_viewport, wait_until

PROJECTOR = (1920, 1080)

# Records, in the page, when each snapshot was drawn (the body's data-version is set last).
WATCH_UPDATES = """
window.kmapUpdates = [];
new MutationObserver(() => window.kmapUpdates.push({version: document.body.dataset.version, at: Date.now()}))
  .observe(document.body, {attributes: true, attributeFilter: ["data-version"]});
"""


# What a projector shows of the current slide: type sizes (the smallest of any text on the
# slide, with the element it is on) and whether the wave fits one screen.
SLIDE_FACTS = """
  const size = (node) => parseFloat(getComputedStyle(node).fontSize);
  const slide = document.getElementById('slide');
  const texts = [...slide.querySelectorAll('*')].filter((n) => [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()));
  const smallest = texts.reduce((a, b) => (size(a) <= size(b) ? a : b));
  return {who: size(slide.querySelector('.step .who')), label: size(slide.querySelector('.step .label')),
          title: size(slide.querySelector('h1')), smallest: size(smallest), smallestIn: smallest.className || smallest.tagName,
          fits: slide.scrollHeight <= slide.clientHeight};
"""


def shows_diagram_and_findings(context):
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    facts = driver.execute_script("""
      const svg = document.querySelector('#canvas svg');
      const box = svg.getBoundingClientRect(), pane = document.getElementById('diagram-pane').getBoundingClientRect();
      return {nodes: svg.querySelectorAll('g.node').length, findings: document.querySelectorAll('#findings .finding').length,
              groups: [...document.querySelectorAll('#findings h3')].map((h) => h.textContent),
              summary: document.getElementById('summary').textContent, gutter: document.querySelectorAll('#gutter span').length,
              lines: document.getElementById('source').value.split('\\n').length,
              fits: box.width <= pane.width + 1 && box.height <= pane.height + 1, visible: box.width > 100};
    """)
    context.shots.take(driver, "studio")
    check(facts["nodes"] >= 20, "the diagram shows %d nodes" % facts["nodes"])
    check(facts["findings"] >= 3, "the findings list shows %d findings" % facts["findings"])
    check(any(g.startswith("Wave: ") for g in facts["groups"]), "findings are not grouped by wave: %s" % facts["groups"])
    check(facts["summary"].startswith("waves complete"), "no summary in the bar: %r" % facts["summary"])
    check(facts["gutter"] == facts["lines"], "%d line numbers for %d lines" % (facts["gutter"], facts["lines"]))
    check(facts["fits"] and facts["visible"], "the diagram is not fitted into its pane: %s" % facts)
    return {"nodes": facts["nodes"], "findings": facts["findings"]}


def disk_edits_update_the_page(context):
    """Every map in maps/ saved over the served file, alternately renamed over it and written in
    place, three times each; the save-to-update latency is file saved -> new snapshot drawn."""
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    driver.execute_script(WATCH_UPDATES)
    latencies = {}
    for path in sorted(glob.glob(os.path.join(context.maps_folder, "*.kmap"))):
        with open(path, encoding="utf-8") as file:
            text = file.read()
        samples = []
        for attempt in range(3):
            saved_at = time.time() * 1000
            version = server.write(text + "\n# edit %d\n" % attempt, atomically=attempt % 2 == 0)
            drawn_at = wait_until(driver, "return (window.kmapUpdates.find((u) => u.version === arguments[0]) || {}).at",
                                  "saving %s on disk never reached the page" % os.path.basename(path), args=(version,))
            samples.append(round(drawn_at - saved_at, 1))
        latencies[os.path.basename(path)] = samples
        check(driver.find_element(By.ID, "source").get_attribute("value").endswith("# edit 2\n"),
              "the source pane does not show the file as saved on disk")
    context.shots.take(driver, "updated")
    every = sorted(sample for samples in latencies.values() for sample in samples)
    return {"latency_ms": latencies, "median_ms": every[len(every) // 2], "max_ms": every[-1]}


def page_edits_land_on_disk(context):
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    before = os.stat(server.path).st_ino
    source = driver.find_element(By.ID, "source")
    source.click()
    source.send_keys(Keys.CONTROL, Keys.END)
    source.send_keys("\n# Edited in the studio page\n")
    wait_until(driver, "return document.getElementById('save-status').textContent === 'unsaved'", "typing did not mark the text unsaved")
    source.send_keys(Keys.CONTROL, "s")
    wait_until(driver, "return document.getElementById('save-status').textContent === 'saved'", "Ctrl-S did not save")
    on_disk = server.read().decode("utf-8")
    check(on_disk == source.get_attribute("value"), "the file on disk is not the text of the page")
    check(on_disk.endswith("# Edited in the studio page\n"), "the edit is not on disk")
    check(os.stat(server.path).st_ino != before, "the file was written in place, not replaced atomically")
    check(os.listdir(server.folder) == [os.path.basename(server.path)], "a save left files behind: %s" % os.listdir(server.folder))
    context.shots.take(driver, "saved")

    # A change on disk while the page holds unsaved edits is shown, and never overwritten.
    source.send_keys("# second edit, not saved yet\n")
    server.write(on_disk + "# changed in another editor\n")
    wait_until(driver, "return document.getElementById('save-status').className === 'conflict'",
               "a change on disk during an edit was not shown")
    driver.find_element(By.ID, "save").click()
    wait_until(driver, "return /not saved/.test(document.getElementById('save-status').textContent)",
               "saving over a change made on disk was not refused")
    check(server.read().decode("utf-8").endswith("# changed in another editor\n"), "the change made on disk was overwritten")
    context.shots.take(driver, "conflict")
    return {}


def findings_and_nodes_are_linked(context):
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    card_id = driver.execute_script("""
      const card = [...document.querySelectorAll('#findings .finding')].find((c) =>
        c.dataset.elements.split(' ').some((id) => id.startsWith('act-') && document.getElementById(id)));
      return card && card.id;""")
    check(card_id, "no finding names a node drawn in the diagram")
    driver.find_element(By.ID, card_id).click()
    facts = driver.execute_script("""
      const card = document.getElementById(arguments[0]);
      const drawn = card.dataset.elements.split(' ').filter((id) => document.getElementById(id));
      const line = Number(document.body.dataset.shownLine);
      const mark = document.querySelector('#gutter span.lit'), editor = document.getElementById('editor');
      const source = document.getElementById('source');
      return {drawn, lit: drawn.filter((id) => document.getElementById(id).classList.contains('kmap-hit')),
              selected: card.classList.contains('selected'), line, mark: mark && Number(mark.dataset.line),
              markVisible: !!mark && mark.getBoundingClientRect().top >= editor.getBoundingClientRect().top
                && mark.getBoundingClientRect().bottom <= editor.getBoundingClientRect().bottom,
              selection: source.value.slice(source.selectionStart, source.selectionEnd),
              textShown: source.scrollTop === 0 && source.scrollHeight <= source.clientHeight + 1};""", card_id)
    context.shots.take(driver, "finding-clicked")
    check(facts["lit"] == facts["drawn"], "clicking a finding lit %s of its nodes %s" % (facts["lit"], facts["drawn"]))
    check(facts["selected"], "the clicked finding is not marked")
    check(facts["mark"] == facts["line"] and facts["line"] > 0 and facts["markVisible"],
          "the finding's source line is not shown: %s" % facts)
    check(facts["selection"].strip() != "", "the finding's source line is not selected")
    check(facts["textShown"], "the source pane scrolled its line numbers away from the text")

    node_id = next(i for i in facts["drawn"] if i.startswith("act-"))
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    check(driver.execute_script("return document.querySelectorAll('.kmap-hit, .finding.selected').length") == 0,
          "Esc did not clear the selection")
    ActionChains(driver).move_to_element(driver.find_element(By.ID, node_id)).click().perform()
    shown = driver.execute_script("""
      return {selected: [...document.querySelectorAll('#findings .finding.selected')].map((c) => c.id),
              lit: document.getElementById(arguments[0]).classList.contains('kmap-hit'),
              line: Number(document.body.dataset.shownLine)};""", node_id)
    context.shots.take(driver, "node-clicked")
    check(card_id in shown["selected"], "clicking node %s did not show its finding %s: %s" % (node_id, card_id, shown))
    check(shown["lit"] and shown["line"] > 0, "clicking node %s did not light it and show its line: %s" % (node_id, shown))
    return {}


def presenter_steps_through_waves(context):
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    driver.find_element(By.ID, "present").click()
    wait_until(driver, "return !document.getElementById('presenter').hidden", "Present did not open presenter mode")
    snapshot = driver.execute_async_script(
        "fetch('/api/snapshot').then((r) => r.json()).then(arguments[0], () => arguments[0](null))")
    check(snapshot, "the snapshot could not be read")
    has_gap = lambda wave: not wave["isComplete"] or len(wave["findings"]) > 0
    waves = [w["id"] for w in snapshot["waves"] if has_gap(w)] + [w["id"] for w in snapshot["waves"] if not has_gap(w)]
    count = len(waves)
    check(count >= 2, "presenter mode has %d waves" % count)
    first = driver.execute_script("return document.body.dataset.slide")
    check(first == waves[0], "presenter mode opens on %s, not on the first wave with gaps %s" % (first, waves[0]))
    context.shots.take(driver, "presenter")
    set_viewport(driver, *PROJECTOR)
    body = driver.find_element(By.TAG_NAME, "body")
    seen, crowded = [first], []
    for step in range(count):
        facts = driver.execute_script(SLIDE_FACTS)
        check(facts["who"] >= 24 and facts["label"] >= 28 and facts["title"] >= 48 and facts["smallest"] >= 24,
              "type too small for a projector at 1920x1080: %s" % facts)
        if not facts["fits"]:
            crowded.append(seen[-1])
        if step < count - 1:
            body.send_keys(Keys.ARROW_RIGHT)
            seen.append(driver.execute_script("return document.body.dataset.slide"))
    context.shots.take(driver, "projector-last")
    check(seen == waves, "the right arrow stepped %s, not %s" % (seen, waves))
    check(not crowded, "at 1920x1080 these waves do not fit one screen: %s" % crowded)
    set_viewport(driver, *WINDOW)
    body.send_keys(Keys.ARROW_RIGHT)
    check(driver.execute_script("return document.body.dataset.slide") == waves[-1], "stepping past the last wave")
    body.send_keys(Keys.ARROW_LEFT)
    check(driver.execute_script("return document.body.dataset.slide") == waves[-2], "the left arrow did not step back")
    check(driver.execute_script("return document.getElementById('slide-count').textContent") == "wave %d of %d" % (count - 1, count),
          "the slide count is wrong")
    context.shots.take(driver, "presenter-stepped")
    body.send_keys(Keys.ESCAPE)
    wait_until(driver, "return document.getElementById('presenter').hidden", "Esc did not leave presenter mode")
    return {"waves": count}


def syntax_error_keeps_the_diagram(context):
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    nodes = driver.execute_script("return document.querySelectorAll('#canvas svg g.node').length")
    broken = context.map_text + "\nwave {\n"
    server.write(broken)
    wait_until(driver, "return !document.getElementById('notice').hidden", "the syntax error was not shown")
    facts = driver.execute_script("""
      function inlineShown() {
        const mark = document.querySelector('.inline-diagnostic.error'), pane = document.getElementById('editor').getBoundingClientRect();
        if (!mark) return null;
        const box = mark.getBoundingClientRect();
        return {text: mark.textContent, visible: box.top >= pane.top && box.bottom <= pane.bottom && box.left < pane.right};
      }
      return {notice: document.getElementById('notice').textContent, nodes: document.querySelectorAll('#canvas svg g.node').length,
              marked: [...document.querySelectorAll('#gutter span.error')].map((s) => Number(s.dataset.line)),
              listed: document.querySelectorAll('#diagnostics li.error').length, inline: inlineShown(),
              source: document.getElementById('source').value};""")
    context.shots.take(driver, "syntax-error")
    error_line = len(broken.split("\n")) - 1
    check(facts["nodes"] == nodes, "the last good diagram was not kept (%d nodes, was %d)" % (facts["nodes"], nodes))
    check("last good diagram" in facts["notice"] and "line " in facts["notice"], "the notice says %r" % facts["notice"])
    check(facts["listed"] >= 1, "the diagnostic is not listed under the source")
    check(facts["inline"] and facts["inline"]["visible"] and facts["inline"]["text"].startswith("E"),
          "the diagnostic is not shown beside its line in view: %s" % facts["inline"])
    check(any(line >= error_line - 1 for line in facts["marked"]), "the error line is not marked: %s" % facts["marked"])
    check(facts["source"] == broken, "the source pane does not show the broken text")
    server.write(context.map_text)
    wait_until(driver, "return document.getElementById('notice').hidden", "fixing the error did not clear the notice")
    return {}


def ctrl_c_stops_despite_idle_sockets(context):
    """A browser holds sockets it has sent nothing on; Ctrl-C must still stop the server soon."""
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    address = urllib.parse.urlparse(server.url)
    with socket.create_connection((address.hostname, address.port), timeout=10):
        started = time.monotonic()
        server.process.send_signal(signal.SIGINT)
        try:
            status = server.process.wait(8)
        except subprocess.TimeoutExpired:
            status = None
    seconds = round(time.monotonic() - started, 2)
    check(status == 0, "Ctrl-C with an idle socket open did not stop kmap serve within 8 s (exit %s)" % status)
    wait_until(driver, "return document.getElementById('connection').textContent !== 'live'",
               "the page still says it is live after the server stopped")
    context.shots.take(driver, "stopped")
    return {"stop_seconds": seconds}


SCENARIOS = {
    "shows": shows_diagram_and_findings,
    "disk-edit": disk_edits_update_the_page,
    "page-save": page_edits_land_on_disk,
    "links": findings_and_nodes_are_linked,
    "presenter": presenter_steps_through_waves,
    "syntax-error": syntax_error_keeps_the_diagram,
    "shutdown": ctrl_c_stops_despite_idle_sockets,
}
