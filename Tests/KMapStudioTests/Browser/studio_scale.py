"""The studio on a map of 10,000 activities (`kmap generate`): the page opens and stays usable,
the waves view is the collapsed one and the page says so, findings still light up their source
line, and a mistake typed at the end of the source is marked."""

import subprocess
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from studio_harness import check, wait_until

ACTIVITIES = 10000
# What a person waits for on a map this size in a debug build on a shared machine; the release
# figures are in docs/PERFORMANCE.md (Benchmarks/live_latency.py).
PATIENCE = 180
# The longest a page's script may hold the main thread while the snapshot arrives and is drawn.
LONGEST_TASK = """
window.kmapLongest = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.kmapLongest = Math.max(window.kmapLongest, e.duration); })
  .observe({type: 'longtask', buffered: true});
"""


def ten_thousand_activities(context):
    text = subprocess.run([context.kmap, "generate", "--activities", str(ACTIVITIES), "--seed", "1"], check=True,
                          capture_output=True, text=True, timeout=120).stdout
    server = context.serve(text=text)
    driver = context.browser()
    driver.set_script_timeout(PATIENCE)
    started = time.time()
    driver.get(server.url)
    wait_until(driver, "return document.body.dataset.version && document.querySelector('#canvas svg g.node')"
                       " && document.getElementById('connection').textContent === 'live'",
               "the studio never showed the 10,000-activity map", timeout=PATIENCE)
    shown_after = time.time() - started
    driver.execute_script(LONGEST_TASK)
    facts = driver.execute_script("""
      return {notice: document.getElementById('diagram-note').textContent, noticeShown: !document.getElementById('diagram-note').hidden,
              title: [...document.querySelectorAll('#canvas svg text')].map((t) => t.textContent).join(' '),
              findings: document.querySelectorAll('#findings .finding').length,
              lines: document.getElementById('source').value.split('\\n').length};""")
    context.shots.take(driver, "opened")
    check(facts["noticeShown"] and "one node per wave" in facts["notice"], "the page does not say the diagram is collapsed: %s" % facts["notice"])
    check("collapsed to one node per wave" in facts["title"], "the waves view is not the collapsed one")
    check(facts["findings"] > 100, "only %d findings listed" % facts["findings"])

    finding = driver.find_elements(By.CSS_SELECTOR, "#findings .finding")[-1]
    driver.execute_script("arguments[0].scrollIntoView()", finding)
    clicked = time.time()
    finding.click()
    wait_until(driver, "return document.body.dataset.shownLine", "clicking a finding showed no source line", timeout=PATIENCE)
    click_ms = (time.time() - clicked) * 1000

    source = driver.find_element(By.ID, "source")
    source.click()
    source.send_keys(Keys.CONTROL, Keys.END)
    typed = time.time()
    source.send_keys('generation talks "Talks" by nobody')
    wait_until(driver, "return document.querySelector('#gutter span.error') && document.querySelector('.inline-diagnostic.error')",
               "the mistake typed at the end of a 10,000-activity map was not marked", timeout=PATIENCE)
    marked_ms = (time.time() - typed) * 1000
    context.shots.take(driver, "typed-mistake")
    return {"activities": ACTIVITIES, "source_lines": facts["lines"], "findings": facts["findings"],
            "page_shown_s": round(shown_after, 2), "finding_click_ms": round(click_ms), "typed_mistake_marked_ms": round(marked_ms),
            "longest_task_ms": driver.execute_script("return window.kmapLongest")}


SCENARIOS = {
    "ten-thousand": ten_thousand_activities,
}
