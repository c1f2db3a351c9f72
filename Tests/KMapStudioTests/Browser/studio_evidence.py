"""The evidence log beside the map in the studio: no log, no evidence; a log written beside the
map brings the Evidence view (the timeline and the indicators) and the evidence findings; a log
with an error shows its diagnostics at row and column without stopping the server; a change to
the map or the log updates the page; a log taken away takes the evidence with it."""

import os
import shutil

from selenium.webdriver.common.by import By

from studio_harness import check, open_studio, wait_until

EVIDENCE = """return {tab: !document.getElementById('evidence-tab').hidden,
  view: !document.getElementById('evidence-view').hidden,
  rows: document.querySelectorAll('#evidence-view svg text').length,
  dots: document.querySelectorAll('#evidence-view svg circle').length,
  indicators: [...document.querySelectorAll('#evidence-view .indicators li')].map((li) => li.textContent),
  findings: [...document.querySelectorAll('#findings .finding')].filter((c) => c.id.startsWith('finding-e')).length,
  heading: (document.querySelector('#findings h3.evidence-heading') || {}).textContent || '',
  problems: [...document.querySelectorAll('.log-problems li')].map((li) => li.textContent),
  scale: (() => { const s = document.querySelector('#evidence-view svg'); return s ? s.getBoundingClientRect().width / s.viewBox.baseVal.width : 0; })(),
  pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth};"""


def evidence_beside_the_map(context):
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    facts = driver.execute_script(EVIDENCE)
    check(not facts["tab"] and not facts["heading"] and not facts["problems"], "evidence shows for a map with no log: %s" % facts)

    name = os.path.splitext(os.path.basename(server.path))[0] + ".evidence.csv"
    log = os.path.join(server.folder, name)
    shutil.copyfile(os.path.join(context.maps_folder, name), log)
    wait_until(driver, "return !document.getElementById('evidence-tab').hidden", "a log written beside the map did not show")
    driver.find_element(By.ID, "evidence-tab").click()
    wait_until(driver, "return document.querySelector('#evidence-view svg text')", "the Evidence view shows no timeline")
    facts = driver.execute_script(EVIDENCE)
    context.shots.take(driver, "timeline")
    driver.execute_script("document.querySelector('#findings h3.evidence-heading').scrollIntoView()")
    context.shots.take(driver, "evidence-findings")
    check(facts["view"] and facts["rows"] > 10 and facts["dots"] > 100, "the timeline is not drawn with its rows and dots: %s" % facts)
    check(abs(facts["scale"] - 1) < 0.01 and not facts["pageScrolls"],
          "the timeline is not drawn at its own size, scrolled in its pane: %s" % facts)
    check(any(line.startswith("Lessons acted on within 180 days: 6 of 9 due") for line in facts["indicators"]),
          "the indicators are not shown: %s" % facts["indicators"])
    check(facts["findings"] == 8 and name in facts["heading"], "the evidence findings are not listed: %s" % facts)
    figures = {"rows": facts["rows"], "dots": facts["dots"], "findings": facts["findings"]}

    with open(log, "a", encoding="utf-8") as file:
        file.write("2026-13-01,pdm,field_staf\n")
    wait_until(driver, "return document.querySelector('.log-problems li.error')", "a log with an error shows no diagnostic")
    facts = driver.execute_script(EVIDENCE)
    context.shots.take(driver, "log-error")
    rows = sum(1 for _ in open(log, encoding="utf-8"))
    check(any(problem.startswith("%s:%d:1: error L004" % (name, rows)) for problem in facts["problems"]),
          "the bad date is not shown at its row and column: %s" % facts["problems"])
    check(any("did you mean 'field_staff'" in problem for problem in facts["problems"]), "no 'did you mean': %s" % facts["problems"])
    check(facts["findings"] == 0 and facts["rows"] == 0, "a log with errors was checked: %s" % facts)
    check(server.process.poll() is None, "the server stopped on a bad log")

    shutil.copyfile(os.path.join(context.maps_folder, name), log)
    wait_until(driver, "return !document.querySelector('.log-problems li') && document.querySelector('#evidence-view svg text')",
               "the fixed log did not replace its diagnostics")
    server.write(context.map_text + 'sharing   extra_brief "Extra briefing" by co_meal every month\nco_review -> extra_brief\n')
    wait_until(driver, "return [...document.querySelectorAll('#findings .finding')].filter((c) => c.id.startsWith('finding-e')).length === arguments[0]",
               "a change to the map did not check the log again", args=(figures["findings"] + 1,))

    os.remove(log)
    wait_until(driver, "return document.getElementById('evidence-tab').hidden && !document.querySelector('#findings h3.evidence-heading')"
                       " && document.getElementById('evidence-view').hidden && document.querySelector('#canvas svg')",
               "taking the log away did not take the evidence with it")
    return figures


SCENARIOS = {
    "evidence": evidence_beside_the_map,
}
