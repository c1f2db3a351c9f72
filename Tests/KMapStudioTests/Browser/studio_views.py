"""The studio's other views and controls: the stakeholders picture, the engagement matrix, pan
and zoom on the whole map, and the diagnostics of the text being typed."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from studio_harness import check, open_studio, wait_until

SNAPSHOT = "fetch('/api/snapshot').then((r) => r.json()).then(arguments[0], () => arguments[0](null))"
BOX = """const b = document.querySelector('#canvas svg').getBoundingClientRect(), v = document.getElementById('viewport').getBoundingClientRect();
return {left: b.left, top: b.top, width: b.width, height: b.height, vleft: v.left, vtop: v.top, vwidth: v.width, vheight: v.height};"""


def stakeholder_and_engagement_views(context):
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    snapshot = driver.execute_async_script(SNAPSHOT)
    driver.find_element(By.CSS_SELECTOR, "button[data-view=stakeholders]").click()
    wait_until(driver, "return document.querySelector('#canvas #kmap-stakeholders')", "the stakeholders view was not drawn")
    people = driver.execute_script("return [...document.querySelectorAll('#canvas g.node')].map((n) => n.id).filter((id) => id.startsWith('stakeholder-'))")
    check(len(people) == len(snapshot["engagement"]["stakeholders"]),
          "the stakeholders view draws %d of %d stakeholders" % (len(people), len(snapshot["engagement"]["stakeholders"])))
    check(not driver.execute_script("return document.querySelector('#canvas #kmap-waves')"), "the waves picture is still shown")
    ActionChains(driver).move_to_element(driver.find_element(By.ID, people[0])).click().perform()
    shown = driver.execute_script("return {lit: document.getElementById(arguments[0]).classList.contains('kmap-hit'),"
                                  " line: Number(document.body.dataset.shownLine)}", people[0])
    check(shown["lit"] and shown["line"] == snapshot["elementLines"][people[0]],
          "clicking stakeholder %s did not light it and show its line: %s" % (people[0], shown))
    context.shots.take(driver, "stakeholders")

    driver.find_element(By.CSS_SELECTOR, "button[data-view=matrix]").click()
    matrix = driver.execute_script("""
      const table = document.querySelector('#matrix table');
      return {shown: !document.getElementById('matrix').hidden, diagramHidden: document.getElementById('viewport').hidden,
              phases: [...table.rows[0].cells].slice(1).map((c) => c.textContent),
              people: [...table.rows].slice(1).map((r) => r.cells[0].textContent),
              cells: [...table.rows].slice(1).map((r) => [...r.cells].slice(1).map((c) => c.textContent)),
              fits: table.getBoundingClientRect().right <= document.getElementById('matrix').getBoundingClientRect().right,
              zoomHidden: document.getElementById('zoom').hidden,
              emptyMarked: [...table.querySelectorAll('td')].every((c) => (c.textContent === '') === c.classList.contains('empty'))};""")
    context.shots.take(driver, "engagement")
    engagement = snapshot["engagement"]
    check(matrix["shown"] and matrix["diagramHidden"], "the engagement matrix is not shown in place of the diagram: %s" % matrix)
    check(matrix["phases"] == engagement["phases"] and matrix["people"] == engagement["stakeholders"],
          "the matrix's headings are not the map's phases and stakeholders")
    check(matrix["cells"] == engagement["cells"], "the matrix's cells are not the engagement of the map")
    check(matrix["emptyMarked"], "a phase nobody touches is not marked")
    check(matrix["fits"] and matrix["zoomHidden"], "the matrix is cut off or covered by the zoom buttons: %s" % matrix)
    driver.find_element(By.CSS_SELECTOR, "button[data-view=waves]").click()
    wait_until(driver, "return document.querySelector('#canvas #kmap-waves') && document.getElementById('matrix').hidden",
               "the waves view did not come back")
    return {"stakeholders": len(people)}


def close(a, b, tolerance=1.0):
    return abs(a - b) <= tolerance


def pan_and_zoom(context):
    """Zoom keeps the point under the pointer (or the pane's centre) in place, a drag moves the
    map by the drag, and fit shows the whole map."""
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    fitted = driver.execute_script(BOX)
    driver.find_element(By.ID, "zoom-in").click()
    zoomed = driver.execute_script(BOX)
    centre_x = fitted["vleft"] + fitted["vwidth"] / 2
    check(close(zoomed["width"], fitted["width"] * 1.25), "+ did not zoom by 1.25: %s -> %s" % (fitted["width"], zoomed["width"]))
    check(close((centre_x - zoomed["left"]) / zoomed["width"], (centre_x - fitted["left"]) / fitted["width"], 0.002),
          "+ moved the point at the centre of the pane")

    viewport = driver.find_element(By.ID, "viewport")
    before = driver.execute_script(BOX)
    ActionChains(driver).scroll_from_origin(ScrollOrigin.from_element(viewport, -150, -100), 0, -120).perform()
    wait_until(driver, "return document.querySelector('#canvas svg').getBoundingClientRect().width > arguments[0] + 1",
               "the mouse wheel did not zoom", args=(before["width"],))
    after = driver.execute_script(BOX)
    pointer_x = before["vleft"] + before["vwidth"] / 2 - 150
    pointer_y = before["vtop"] + before["vheight"] / 2 - 100
    for axis, pointer, size in (("left", pointer_x, "width"), ("top", pointer_y, "height")):
        check(close((pointer - after[axis]) / after[size], (pointer - before[axis]) / before[size], 0.002),
              "the wheel moved the point under the pointer (%s: %s -> %s)" % (axis, before, after))
    context.shots.take(driver, "zoomed")

    ActionChains(driver).move_to_element_with_offset(viewport, 0, 0).click_and_hold().move_by_offset(60, 40) \
        .move_by_offset(60, 40).release().perform()
    dragged = driver.execute_script(BOX)
    check(close(dragged["left"] - after["left"], 120, 2) and close(dragged["top"] - after["top"], 80, 2)
          and close(dragged["width"], after["width"]), "a drag of (120, 80) moved the map by (%.1f, %.1f)"
          % (dragged["left"] - after["left"], dragged["top"] - after["top"]))
    context.shots.take(driver, "panned")

    driver.find_element(By.ID, "zoom-fit").click()
    whole = driver.execute_script(BOX)
    inside = whole["left"] >= whole["vleft"] - 1 and whole["top"] >= whole["vtop"] - 1 \
        and whole["left"] + whole["width"] <= whole["vleft"] + whole["vwidth"] + 1 \
        and whole["top"] + whole["height"] <= whole["vtop"] + whole["vheight"] + 1
    fills = whole["width"] >= whole["vwidth"] * 0.9 or whole["height"] >= whole["vheight"] * 0.9
    check(inside and fills, "fit does not show the whole map filling the pane: %s" % whole)
    return {"fitted_width": round(fitted["width"]), "zoomed_width": round(after["width"])}


# Counts the page's checks of its unsaved text.
COUNT_CHECKS = """
window.kmapChecks = 0;
const original = window.fetch;
window.fetch = (url, options) => { if (String(url).startsWith('/api/check')) window.kmapChecks++; return original(url, options); };
"""
PANE = """
const marks = [...document.querySelectorAll('#gutter span.error')].map((s) => Number(s.dataset.line));
const inline = [...document.querySelectorAll('.inline-diagnostic.error')].map((m) => {
  const line = document.querySelector('#gutter span[data-line="' + marks[0] + '"]');
  return {text: m.textContent, alignedWithLine: !!line && Math.abs(m.getBoundingClientRect().top - line.getBoundingClientRect().top) < 2,
          shown: getComputedStyle(m).display !== 'none' && m.getBoundingClientRect().bottom <= document.getElementById('editor').getBoundingClientRect().bottom
            && m.getBoundingClientRect().top >= document.getElementById('editor').getBoundingClientRect().top};
});
return {marks, inline, listed: [...document.querySelectorAll('#diagnostics li.error')].map((li) => li.textContent),
        lines: document.getElementById('source').value.split('\\n').length, checks: window.kmapChecks,
        nodes: document.querySelectorAll('#canvas svg g.node').length, notice: !document.getElementById('notice').hidden,
        status: document.getElementById('save-status').textContent};
"""


def diagnostics_while_typing(context):
    """Typing a mistake shows it at its line within moments (checked 150 ms after the last key,
    through the server, not saved); fixing it clears it; the diagram and the file stay as saved."""
    server = context.serve()
    driver = context.browser()
    open_studio(driver, server.url)
    driver.execute_script(COUNT_CHECKS)
    on_disk = server.read()
    nodes = driver.execute_script("return document.querySelectorAll('#canvas svg g.node').length")
    typed = 'generation talks "Talks" by nobody'
    source = driver.find_element(By.ID, "source")
    source.click()
    source.send_keys(Keys.CONTROL, Keys.END)
    source.send_keys(typed)
    wait_until(driver, "return document.querySelector('#gutter span.error') && document.querySelector('.inline-diagnostic.error')",
               "the mistake typed was not marked in the source pane")
    facts = driver.execute_script(PANE)
    context.shots.take(driver, "typed-mistake")
    check(facts["marks"] == [facts["lines"]], "the error is marked at lines %s, not at the typed line %d" % (facts["marks"], facts["lines"]))
    check(len(facts["inline"]) == 1 and "nobody" in facts["inline"][0]["text"] and facts["inline"][0]["alignedWithLine"]
          and facts["inline"][0]["shown"], "the message is not shown beside the typed line: %s" % facts["inline"])
    check(any("nobody" in item for item in facts["listed"]), "the error is not listed under the source: %s" % facts["listed"])
    check(1 <= facts["checks"] <= 3, "%d checks for %d keys typed: not debounced" % (facts["checks"], len(typed)))
    check(facts["nodes"] == nodes and not facts["notice"], "the diagram changed while typing: %s" % facts)
    check(facts["status"] == "unsaved" and server.read() == on_disk, "typing saved the file")

    source.send_keys(Keys.BACKSPACE * len("nobody"), "teachers")
    wait_until(driver, "return !document.querySelector('#gutter span.error') && !document.querySelector('#diagnostics li.error')",
               "fixing the mistake did not clear its marks")
    context.shots.take(driver, "fixed-mistake")
    check(server.read() == on_disk, "typing saved the file")
    return {"checks": driver.execute_script("return window.kmapChecks")}


SCENARIOS = {
    "views": stakeholder_and_engagement_views,
    "pan-zoom": pan_and_zoom,
    "live-check": diagnostics_while_typing,
}
