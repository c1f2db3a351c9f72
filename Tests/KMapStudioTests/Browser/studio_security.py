"""The studio against people who should not change the map: a viewer without the token, a
hostile label, a foreign page opening the live socket, a path outside the assets."""

import base64
import http.client
import http.server
import os
import socket
import threading
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from studio_harness import check, open_studio, wait_until

HOSTILE = '</script><img src=x onerror="window.kmapPwned=1">'
HOSTILE_MAP = """map "%(h)s" {
  goal "Learn %(h)s"
}

stakeholder team "%(h)s"

repository notes "Notes %(h)s" owner team

wave w "Wave %(h)s" {
  generation a "Talk %(h)s" {
    by team
  }
  capture b "File %(h)s" {
    by team
  }
  a -> b : "carries %(h)s"
  b -> notes
}
""" % {"h": HOSTILE.replace('"', '\\"')}

# Saves from the page's own script with a chosen token; resolves to the HTTP status.
SAVE = """
const done = arguments[arguments.length - 1];
fetch('/api/save', {method: 'POST', headers: {'Content-Type': 'application/json', 'X-KMap-Token': arguments[0]},
  body: JSON.stringify({expected: document.body.dataset.version, source: '# replaced\\n'})}).then((r) => done(r.status), () => done(-1));
"""


def view_only_cannot_save(context):
    server = context.serve(extra=("--host", "127.0.0.1"))
    check(server.token, "a shared studio printed no edit address with a token: %s" % server.lines)
    before = server.read()
    viewer = context.browser()
    open_studio(viewer, server.url)
    facts = viewer.execute_script("""
      return {mode: document.getElementById('mode').textContent, readOnly: document.getElementById('source').readOnly,
              saveHidden: document.getElementById('save').hidden, token: document.querySelector('meta[name="kmap-token"]').content};""")
    context.shots.take(viewer, "viewer")
    check(facts["mode"] == "view only" and facts["readOnly"] and facts["saveHidden"], "the viewer's page offers editing: %s" % facts)
    check(facts["token"] == "", "the shared page hands every viewer the token")
    source = viewer.find_element(By.ID, "source")
    source.send_keys("# typed by a viewer\n", Keys.CONTROL, "s")
    for token in ("", "0" * 32, server.token[:-1]):
        status = viewer.execute_async_script(SAVE, token)
        check(status == 403, "a save with token %r answered %s, not 403" % (token, status))
    check(server.read() == before, "a viewer changed the file")

    editor = context.browser()
    open_studio(editor, server.url + "?token=" + server.token)
    check(editor.find_element(By.ID, "mode").text == "editing", "the edit address does not open an editor")
    status = editor.execute_async_script(SAVE, server.token)
    check(status == 200 and server.read() == b"# replaced\n", "the token holder could not save (%s)" % status)
    return {}


def hostile_labels_are_inert(context):
    server = context.serve(HOSTILE_MAP)
    driver = context.browser()
    open_studio(driver, server.url)
    views = {}
    for view in ("waves", "stakeholders", "matrix"):
        driver.find_element(By.CSS_SELECTOR, "button.view[data-view='%s']" % view).click()
        views[view] = driver.execute_script("return document.body.innerText.includes(arguments[0])", HOSTILE)
    driver.find_element(By.CSS_SELECTOR, "button.view[data-view='waves']").click()
    driver.find_element(By.ID, "present").click()
    views["presenter"] = driver.execute_script("return document.getElementById('slide').innerText.includes(arguments[0])", HOSTILE)
    context.shots.take(driver, "presenter")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    facts = driver.execute_script("""
      const handlers = [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on')));
      return {images: document.querySelectorAll('img').length, handlers: handlers.map((e) => e.tagName),
              scripts: document.querySelectorAll('script').length, pwned: window.kmapPwned === 1,
              svgText: [...document.querySelectorAll('#canvas svg text')].map((t) => t.textContent).join(' '),
              title: document.getElementById('title').textContent};""")
    context.shots.take(driver, "labels")
    check(facts["images"] == 0 and not facts["handlers"] and not facts["pwned"], "a label became markup: %s" % facts)
    check(facts["scripts"] == 3, "the page holds %d scripts, not its own 3" % facts["scripts"])
    check("<img" in facts["svgText"], "the diagram does not show the label as text")
    check(all(views.values()), "a view does not show the hostile label as text: %s" % views)
    return {}


class ForeignSite(http.server.BaseHTTPRequestHandler):
    """Another site on this machine whose page opens the studio's live socket."""
    studio = None

    def do_GET(self):
        page = ("<!doctype html><title>waiting</title><script>const s = new WebSocket(%r);"
                "s.onmessage = () => { document.title = 'hijacked'; };"
                "s.onerror = s.onclose = () => { if (document.title === 'waiting') document.title = 'refused'; };</script>"
                % ("ws://" + self.studio + "/live")).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, *arguments):
        pass


def upgrade_status(host, port, origin):
    """The status line of a raw WebSocket upgrade request with `origin`."""
    key = base64.b64encode(os.urandom(16)).decode()
    request = ("GET /live HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n%s\r\n"
               % (host, port, key, "Origin: %s\r\n" % origin if origin else ""))
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(request.encode())
        return connection.recv(4096).split(b"\r\n", 1)[0].decode()


def raw_get(host, port, path, host_header=None):
    connection = http.client.HTTPConnection(host, port, timeout=10)
    connection.putrequest("GET", path, skip_host=True)
    connection.putheader("Host", host_header or "%s:%d" % (host, port))
    connection.endheaders()
    status = connection.getresponse().status
    connection.close()
    return status


def foreign_origin_and_paths_are_refused(context):
    server = context.serve()
    address = urllib.parse.urlparse(server.url)
    host, port = address.hostname, address.port
    ForeignSite.studio = "%s:%d" % (host, port)
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), ForeignSite)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        driver = context.browser()
        driver.get("http://localhost:%d/" % site.server_address[1])
        wait_until(driver, "return document.title !== 'waiting'", "the foreign page's socket neither opened nor failed")
        check(driver.title == "refused", "a foreign page read the studio's live socket (%s)" % driver.title)
    finally:
        site.shutdown()
    own = "http://%s:%d" % (host, port)
    statuses = {origin or "none": upgrade_status(host, port, origin)
                for origin in (own, "http://evil.example", "null", None, own + ".evil.example")}
    check(" 101 " in statuses[own] + " ", "the studio's own page cannot upgrade: %s" % statuses)
    check(all(" 101" not in status for origin, status in statuses.items() if origin != own),
          "an upgrade from a foreign origin was accepted: %s" % statuses)
    paths = ["/assets/../Package.swift", "/assets/..%2f..%2fPackage.swift", "/assets/%2e%2e/studio.js", "/Package.swift",
             "/assets/studio.js.map", "/assets/", "/etc/passwd", "/api/nothing", "/assets/studio.js%00.map"]
    missing = {path: raw_get(host, port, path) for path in paths}
    check(all(status == 404 for status in missing.values()), "a path outside the assets is served: %s" % missing)
    check(raw_get(host, port, "/assets/studio.js") == 200, "the page's own script is not served")
    check(raw_get(host, port, "/", host_header="evil.example:%d" % port) == 421, "a foreign Host header is answered")
    return {"upgrades": statuses, "paths": missing}


SCENARIOS = {
    "view-only": view_only_cannot_save,
    "hostile-labels": hostile_labels_are_inert,
    "origins-and-paths": foreign_origin_and_paths_are_refused,
}
