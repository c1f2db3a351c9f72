"""What every studio browser scenario stands on: a running `kmap serve`, a headless Chromium
driven by selenium, bounded waits and screenshots.

The server runs on a copy of the map in a temporary folder, on port 0 (the port is read from
the line it prints on stderr), and is stopped on every path: Ctrl-C (SIGINT) when the scenario
ends, a kill if it does not stop, and the kernel's parent-death signal if this process dies.
Every wait has a deadline; nothing here can hang.
"""

import ctypes
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

WINDOW = (1280, 800)
WAIT_SECONDS = 20


class ScenarioFailure(Exception):
    """A behaviour of the studio that is not what the scenario expects."""


def check(condition, message):
    if not condition:
        raise ScenarioFailure(message)


def content_version(data: bytes) -> str:
    """The studio's version of a text: 64-bit FNV-1a of its bytes, 16 hex digits."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value:016x}"


def _die_with_parent():
    """Runs in the server's child process: the kernel kills it when this script dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class StudioServer:
    """`kmap serve COPY --port 0 [extra]` on a private copy of `source_text`."""

    def __init__(self, kmap, source_text, extra=(), name="map.kmap"):
        self.folder = tempfile.mkdtemp(prefix="kmap-studio-")
        self.path = os.path.join(self.folder, name)
        with open(self.path, "w", encoding="utf-8") as file:
            file.write(source_text)
        self.process = subprocess.Popen(
            [kmap, "serve", self.path, "--port", "0", *extra],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent,
        )
        self.lines = []
        self._ready = threading.Event()
        threading.Thread(target=self._drain, daemon=True).start()
        if not self._ready.wait(WAIT_SECONDS):
            self.stop()
            raise ScenarioFailure("kmap serve printed no address within %ds: %s" % (WAIT_SECONDS, self.lines))
        line = next(l for l in self.lines if l.startswith("serving"))
        self.url = re.search(r"http://[^ ,]+/", line).group(0)
        token = re.search(r"token=([0-9a-f]+)", line)
        self.token = token.group(1) if token else None
        self.exit_status = None

    def _drain(self):
        for raw in self.process.stderr:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            self.lines.append(line)
            if line.startswith("serving"):
                self._ready.set()

    def read(self) -> bytes:
        with open(self.path, "rb") as file:
            return file.read()

    def write(self, text, atomically=True):
        """Saves the map as an editor would: a temporary file renamed over it, or in place."""
        data = text.encode("utf-8")
        if atomically:
            temporary = self.path + ".editor-tmp"
            with open(temporary, "wb") as file:
                file.write(data)
            os.replace(temporary, self.path)
        else:
            with open(self.path, "wb") as file:
                file.write(data)
        return content_version(data)

    def stop(self):
        """Ctrl-C, then a kill after 10 s; records the exit status (None when it had to be killed)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.exit_status = self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
                self.exit_status = None
        else:
            self.exit_status = self.process.returncode
        shutil.rmtree(self.folder, ignore_errors=True)


def chromium():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=%d,%d" % WINDOW, "--hide-scrollbars"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    set_viewport(driver, *WINDOW)
    driver.set_page_load_timeout(WAIT_SECONDS)
    driver.set_script_timeout(WAIT_SECONDS)
    return driver


def set_viewport(driver, width, height):
    """Fixes the page's viewport, also in full screen (which headless Chromium would otherwise
    shrink to its 800x600 screen)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def wait_until(driver, script, message, timeout=WAIT_SECONDS, args=()):
    """Waits until the JavaScript expression `script` (a function body) returns a truthy value."""
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.02).until(lambda d: d.execute_script(script, *args))
    except Exception as error:  # TimeoutException, or the page went away
        raise ScenarioFailure("%s (waited %ss: %s)" % (message, timeout, type(error).__name__))


def open_studio(driver, url):
    """Loads the page and waits until the first snapshot is drawn and the socket is live."""
    driver.get(url)
    wait_until(driver, "return document.body.dataset.version && document.querySelector('#canvas svg g.node')"
                       " && document.getElementById('connection').textContent === 'live'",
               "the studio never showed a diagram over a live connection")


class Shots:
    """Screenshots kept as test artefacts: `<folder>/<scenario>-<state>.png`."""

    def __init__(self, folder, scenario):
        self.folder, self.scenario = folder, scenario
        os.makedirs(folder, exist_ok=True)

    def take(self, driver, state):
        path = os.path.join(self.folder, "%s-%s.png" % (self.scenario, state))
        driver.save_screenshot(path)
        return path
