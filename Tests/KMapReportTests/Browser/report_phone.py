"""The HTML report on a 390 px phone, in headless Chromium driven by selenium.

Usage: report_phone.py REPORT.html SHOTS_FOLDER

Checks that the page never scrolls sideways (document.documentElement.scrollWidth <= 390), that
each wide table scrolls inside its own box, and that a tap on the waves diagram opens it at full
size, scrolling inside its figure, with the page still no wider. Screenshots of the first screen,
the engagement matrix and the opened diagram go to SHOTS_FOLDER. Prints the figures as JSON on
the last line; exits 1 with the reason when a check fails.
"""

import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

WIDTH = 390


def main(report, shots):
    os.makedirs(shots, exist_ok=True)
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": WIDTH, "height": 844, "pixelRatio": 2}, "userAgent": "kmap-phone-test"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    try:
        return run(driver, report, shots)
    finally:
        driver.quit()


def run(driver, report, shots):
    driver.get("file://" + os.path.abspath(report))
    figures = {"viewport": driver.execute_script("return window.innerWidth")}
    failures = []

    def check(condition, message):
        if not condition:
            failures.append(message)

    check(figures["viewport"] == WIDTH, f"the viewport is {figures['viewport']} px, not {WIDTH}")
    width = lambda: driver.execute_script("return document.documentElement.scrollWidth")
    figures["page_width"] = width()
    check(figures["page_width"] <= WIDTH, f"the page is {figures['page_width']} px wide")
    driver.save_screenshot(os.path.join(shots, "phone-top.png"))

    boxes = driver.execute_script("""
        return [...document.querySelectorAll('.scroll')].map(box => ({
          table: box.querySelector('table').className, scroll: box.scrollWidth, client: box.clientWidth,
          overflowX: getComputedStyle(box).overflowX, right: box.getBoundingClientRect().right }));""")
    figures["tables"] = boxes
    check(len(boxes) >= 3, f"only {len(boxes)} tables are in scroll boxes")
    for box in boxes:
        check(box["right"] <= WIDTH, f"the {box['table']} table's box ends at {box['right']} px")
        check(box["overflowX"] == "auto", f"the {box['table']} table's box does not scroll")
    matrix = next((box for box in boxes if box["table"] == "matrix"), None)
    check(matrix is not None and matrix["scroll"] > matrix["client"],
          "the engagement matrix is expected wider than the phone, scrolling inside its box")
    driver.execute_script("document.querySelector('table.matrix').scrollIntoView()")
    driver.execute_script("document.querySelector('table.matrix').parentElement.scrollLeft = 200")
    driver.save_screenshot(os.path.join(shots, "phone-matrix.png"))

    fitted = driver.execute_script("return document.querySelector('#figure-waves svg').getBoundingClientRect().width")
    zoom = driver.find_element(By.CSS_SELECTOR, "#figure-waves a.zoom")
    driver.execute_script("arguments[0].scrollIntoView()", zoom)
    zoom.click()
    opened = driver.execute_script("""
        const figure = document.querySelector('#figure-waves'), svg = figure.querySelector('svg');
        return { hash: location.hash, svg: svg.getBoundingClientRect().width, natural: svg.width.baseVal.value,
                 figureScroll: figure.scrollWidth, figureClient: figure.clientWidth,
                 fit: getComputedStyle(figure.querySelector('.fit')).display };""")
    figures["diagram"] = {"fitted": fitted, **opened}
    check(fitted <= WIDTH, f"the fitted diagram is {fitted} px wide")
    check(opened["hash"] == "#figure-waves", f"the tap went to {opened['hash']}")
    check(opened["svg"] >= opened["natural"] - 1 and opened["svg"] > 2 * fitted,
          f"the opened diagram is {opened['svg']} px wide; its own size is {opened['natural']} px")
    check(opened["figureScroll"] > opened["figureClient"], "the opened diagram does not scroll inside its figure")
    check(opened["fit"] != "none", "the opened diagram offers no way back to the fitted view")
    figures["page_width_opened"] = width()
    check(figures["page_width_opened"] <= WIDTH, f"with the diagram open the page is {figures['page_width_opened']} px wide")
    driver.save_screenshot(os.path.join(shots, "phone-diagram-open.png"))

    print(json.dumps(figures))
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
