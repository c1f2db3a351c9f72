"""The studio as a room uses it: several browsers at once, the connection limit, and "compare
with" against another file and against a git revision."""

import json
import os
import subprocess
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from studio_harness import check, open_studio, wait_until
from studio_scenarios import WATCH_UPDATES

DRAWN_AT = "return (window.kmapUpdates.find((u) => u.version === arguments[0]) || {}).at"
LIVE = "return document.getElementById('connection').textContent === 'live'"


def maps_text(context, name):
    with open(os.path.join(context.maps_folder, name), encoding="utf-8") as file:
        return file.read()


def several_browsers_all_update(context):
    """Three browsers on one studio: a save on disk reaches every one, and so does a save made
    in one of the pages."""
    server = context.serve()
    drivers = [context.browser() for _ in range(3)]
    for driver in drivers:
        open_studio(driver, server.url)
        driver.execute_script(WATCH_UPDATES)
    saved_at = time.time() * 1000
    version = server.write(context.map_text + "\n# edited on disk\n")
    latencies = []
    for number, driver in enumerate(drivers):
        drawn = wait_until(driver, DRAWN_AT, "browser %d never showed the save on disk" % (number + 1), args=(version,))
        latencies.append(round(drawn - saved_at, 1))
    source = drivers[0].find_element(By.ID, "source")
    source.click()
    source.send_keys(Keys.CONTROL, Keys.END)
    source.send_keys("# edited in the first browser\n", Keys.CONTROL, "s")
    wait_until(drivers[0], "return document.getElementById('save-status').textContent === 'saved'", "the first browser did not save")
    for number, driver in enumerate(drivers[1:], start=2):
        wait_until(driver, "return document.getElementById('source').value.endsWith('# edited in the first browser\\n')",
                   "browser %d never showed the first browser's save" % number)
        check(driver.execute_script(LIVE), "browser %d is no longer live" % number)
    for number, driver in enumerate(drivers, start=1):
        context.shots.take(driver, "browser-%d" % number)
    return {"latency_ms": latencies}


def connection_limit_says_so(context):
    """Past --max-connections a page says why it is not live, still shows the map, and goes live
    once another page closes."""
    server = context.serve(extra=("--max-connections", "2"))
    first, second, third = context.browser(), context.browser(), context.browser()
    open_studio(first, server.url)
    open_studio(second, server.url)
    third.get(server.url)
    wait_until(third, "const b = document.getElementById('banner'); return !b.hidden && b.textContent.includes('2 browsers')",
               "the page past the connection limit did not say the studio is full")
    wait_until(third, "return document.querySelector('#canvas svg g.node')", "the page past the limit shows no map")
    facts = third.execute_script("return {connection: document.getElementById('connection').textContent,"
                                 " banner: document.getElementById('banner').textContent}")
    context.shots.take(third, "turned-away")
    check(facts["connection"] != "live", "the page past the limit says it is live: %s" % facts)
    version = server.write(context.map_text + "\n# edited while full\n")
    for number, driver in ((1, first), (2, second)):
        wait_until(driver, "return document.body.dataset.version === arguments[0]", "browser %d missed the save" % number, args=(version,))
    check(third.execute_script("return document.body.dataset.version") != version, "the page past the limit was updated live")
    first.quit()
    context.drivers.remove(first)
    wait_until(third, LIVE + " && document.getElementById('banner').hidden && document.body.dataset.version === arguments[0]",
               "the turned-away page did not go live when a place came free", args=(version,))
    context.shots.take(third, "joined")
    return {"banner": facts["banner"]}


# The comparison box as lists: {"Closed": [...], "Opened": [...], "Waves": [...]}, and its error.
COMPARISON = """
const box = document.getElementById('comparison'), lists = {};
for (const heading of box.querySelectorAll('h4')) {
  lists[heading.textContent.replace(/ \\(\\d+\\)$/, '')] = [...heading.nextElementSibling.querySelectorAll('li')].map((li) => li.textContent);
}
const error = box.querySelector('p');
return {title: box.querySelector('strong').textContent, lists, error: lists.Closed ? null : error && error.textContent, hidden: box.hidden};
"""


def compare_with(driver, against):
    driver.execute_script("document.getElementById('comparison').hidden = true")
    field = driver.find_element(By.ID, "compare-with")
    field.clear()
    field.send_keys(against, Keys.ENTER)
    wait_until(driver, "const b = document.getElementById('comparison'); return !b.hidden && b.querySelector('strong')"
                       " && b.querySelector('strong').textContent === 'Compared with ' + arguments[0]",
               "comparing with %s showed nothing" % against, args=(against,))
    return driver.execute_script(COMPARISON)


def compare_with_a_file_and_a_revision(context):
    """The 2026 map served, compared with the 2025 one as a file next to it and as the git
    revision it was committed at: the page lists what `kmap diff` finds closed and opened."""
    old, new = maps_text(context, "regional-health-2025.kmap"), maps_text(context, "regional-health-2026.kmap")
    server = context.serve(text=old)
    git = lambda *arguments: subprocess.run(["git", "-C", server.folder, "-c", "user.name=kmap", "-c", "user.email=kmap@example.org",
                                             *arguments], check=True, capture_output=True, timeout=30)
    git("init", "-q")
    git("add", os.path.basename(server.path))
    git("commit", "-q", "-m", "the 2025 map")
    with open(os.path.join(server.folder, "last-year.kmap"), "w", encoding="utf-8") as file:
        file.write(old)
    driver = context.browser()
    open_studio(driver, server.url)
    version = server.write(new)
    wait_until(driver, "return document.body.dataset.version === arguments[0]", "the 2026 map never reached the page", args=(version,))
    report = subprocess.run([context.kmap, "diff", "last-year.kmap", os.path.basename(server.path), "--format", "json"],
                            cwd=server.folder, capture_output=True, timeout=60)
    findings = json.loads(report.stdout)["findings"]
    expected = {"Closed": ["%s %s" % (f["code"], f["message"]) for f in findings["resolved"]],
                "Opened": ["%s %s" % (f["code"], f["message"]) for f in findings["introduced"]]}
    check(expected["Closed"] and expected["Opened"], "the two versions differ in no gap: %s" % expected)
    shown = {}
    for against in ("last-year.kmap", "HEAD"):
        facts = compare_with(driver, against)
        context.shots.take(driver, "compared-" + against.replace(".", "-"))
        for title in ("Closed", "Opened"):
            check(facts["lists"].get(title) == expected[title],
                  "compared with %s, %s shows %s, not %s" % (against, title, facts["lists"].get(title), expected[title]))
        check(facts["lists"].get("Waves"), "compared with %s, no wave is said to have moved" % against)
        shown[against] = {title: len(items) for title, items in facts["lists"].items()}
    for against in ("HEAD~3", "../outside.kmap"):
        facts = compare_with(driver, against)
        check(facts["error"] and not facts["lists"], "comparing with %s shows no reason it failed: %s" % (against, facts))
    context.shots.take(driver, "compare-refused")
    return shown


def compare_runs_while_edits_arrive(context):
    """A comparison with a large map runs off the request path: started, then the served map
    saved on disk, the save reaches the page while the comparison is still running, and the
    comparison's result is pushed when done."""
    server = context.serve()
    subprocess.run([context.kmap, "generate", "--activities", "5000", "--seed", "5", "-o",
                    os.path.join(server.folder, "inventory.kmap")], check=True, capture_output=True, timeout=120)
    driver = context.browser()
    open_studio(driver, server.url)
    driver.execute_script(WATCH_UPDATES + "window.kmapCompared = null;"
                          "new MutationObserver(() => { if (document.body.dataset.compared) window.kmapCompared = Date.now(); })"
                          ".observe(document.body, {attributes: true, attributeFilter: ['data-compared']});")
    field = driver.find_element(By.ID, "compare-with")
    field.send_keys("inventory.kmap", Keys.ENTER)
    wait_until(driver, "return document.body.dataset.comparing", "the comparison never started")
    saved_at = time.time() * 1000
    version = server.write(context.map_text + "\n# edited while comparing\n")
    drawn = wait_until(driver, DRAWN_AT, "the save on disk never reached the page while comparing", args=(version,))
    compared_then = driver.execute_script("return window.kmapCompared")
    context.shots.take(driver, "comparing")
    wait_until(driver, "return window.kmapCompared", "the comparison's result never arrived", timeout=180)
    facts = driver.execute_script(COMPARISON)
    compared = driver.execute_script("return window.kmapCompared")
    context.shots.take(driver, "compared-large")
    check(compared_then is None, "the save on disk arrived only after the comparison ended")
    check(facts["title"] == "Compared with inventory.kmap" and facts["lists"].get("Opened"),
          "the large comparison shows no opened gap: %s" % facts)
    return {"save_to_update_ms": round(drawn - saved_at, 1), "comparison_done_after_save_ms": round(compared - saved_at, 1)}


SCENARIOS = {
    "several-browsers": several_browsers_all_update,
    "connection-limit": connection_limit_says_so,
    "compare": compare_with_a_file_and_a_revision,
    "compare-while-editing": compare_runs_while_edits_arrive,
}
