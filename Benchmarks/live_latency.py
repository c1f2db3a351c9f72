#!/usr/bin/env python3
"""How long kmap's live tools take to answer an edit, measured from outside, as an editor and a
browser see them:

- `kmap lsp`: from writing a `didChange` (the whole text, one line added) to reading the
  `publishDiagnostics` of that version, for each map in maps/ (the server's 30 ms debounce is
  part of the figure, as it is of what a user waits);
- `kmap serve`: from renaming a new version over the served file to receiving the WebSocket
  message that carries it (the 50 ms poll, the snapshot's build and its transfer), for each map
  in maps/ and for generated maps; with the size of that message.

Usage: python3 Benchmarks/live_latency.py --kmap .build/release/kmap [--repeat 10]
       [--sizes 80,1000,10000] [--json out.json] [--markdown docs/PERFORMANCE.md]
Prints a Markdown table per tool, with the studio's target (300 ms for the maps in maps/);
`--markdown` also rewrites the live-latency section of that file (`make bench` does). Needs
websocket-client (installed with selenium).
"""

import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import websocket

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class LanguageServer:
    """`kmap lsp` on pipes; messages read on a thread, stamped as they arrive."""

    def __init__(self, kmap):
        self.process = subprocess.Popen([kmap, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.arrived = []
        self.condition = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = stream.read(1)
                if not byte:
                    return
                header += byte
            length = int(re.search(rb"Content-Length: *(\d+)", header, re.I).group(1))
            message = json.loads(stream.read(length))
            with self.condition:
                self.arrived.append((time.perf_counter(), message))
                self.condition.notify_all()

    def send(self, message):
        self.process.stdin.write(frame(message))
        self.process.stdin.flush()

    def wait_for(self, matches, timeout=60):
        deadline = time.perf_counter() + timeout
        with self.condition:
            while True:
                for index, (at, message) in enumerate(self.arrived):
                    if matches(message):
                        del self.arrived[index]
                        return at, message
                if not self.condition.wait(max(0, deadline - time.perf_counter())):
                    raise RuntimeError("kmap lsp sent nothing matching in %ds" % timeout)

    def stop(self):
        self.send({"jsonrpc": "2.0", "id": 999999, "method": "shutdown"})
        self.wait_for(lambda m: m.get("id") == 999999)
        self.send({"jsonrpc": "2.0", "method": "exit"})
        self.process.wait(10)


def lsp_latencies(kmap, maps, repeat):
    server = LanguageServer(kmap)
    server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}})
    server.wait_for(lambda m: m.get("id") == 1)
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    rows = {}
    for path in maps:
        uri = "file://" + os.path.abspath(path)
        text = open(path, encoding="utf-8").read()
        published = lambda version: lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                                               and m["params"]["uri"] == uri and m["params"].get("version") == version)
        server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                     "params": {"textDocument": {"uri": uri, "languageId": "kmap", "version": 1, "text": text}}})
        server.wait_for(published(1))
        samples, count = [], 0
        for version in range(2, repeat + 2):
            change = {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text + "# edit %d\n" % version}]}
            sent = time.perf_counter()
            server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": change})
            at, message = server.wait_for(published(version))
            samples.append((at - sent) * 1000)
            count = len(message["params"]["diagnostics"])
        rows[os.path.basename(path)] = {"median_ms": statistics.median(samples), "max_ms": max(samples), "diagnostics": count}
        server.send({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}})
    server.stop()
    return rows


def fnv(data):
    value = 0xcbf29ce484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % value


def studio_latencies(kmap, text, repeat):
    folder = tempfile.mkdtemp(prefix="kmap-latency-")
    path = os.path.join(folder, "map.kmap")
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    process = subprocess.Popen([kmap, "serve", path, "--port", "0"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while not line.startswith("serving"):
            line = process.stderr.readline()
            if not line:
                raise RuntimeError("kmap serve ended before it printed its address")
        address = re.search(r"http://[^ ,]+/", line).group(0)
        threading.Thread(target=process.stderr.read, daemon=True).start()
        opened = time.perf_counter()
        socket = websocket.create_connection(address.replace("http://", "ws://") + "live", origin=address.rstrip("/"),
                                             timeout=300, enable_multithread=True)
        socket.recv()  # the snapshot on connecting, built on first use
        first_ms = (time.perf_counter() - opened) * 1000
        samples, size = [], 0
        for attempt in range(repeat):
            data = (text + "\n# edit %d\n" % attempt).encode()
            version = fnv(data)
            with open(path + ".tmp", "wb") as file:
                file.write(data)
            saved = time.perf_counter()
            os.rename(path + ".tmp", path)
            while True:
                message = socket.recv()
                at = time.perf_counter()
                if ('"version":"%s"' % version) in message:
                    break
            samples.append((at - saved) * 1000)
            size = len(message.encode())
            time.sleep(0.1)
        socket.close()
        return {"median_ms": statistics.median(samples), "max_ms": max(samples), "first_ms": first_ms, "message_bytes": size}
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


def generated(kmap, activities):
    return subprocess.run([kmap, "generate", "--activities", str(activities), "--seed", "1"], check=True,
                          capture_output=True, text=True).stdout


LSP_TARGET_MS = 50
STUDIO_TARGET_MS = 300
BEGIN = "<!-- BEGIN: live latency, generated by `make bench` -->"
END = "<!-- END: live latency -->"


def markdown_tables(figures):
    """The figures as two Markdown tables, each with a closing line that checks the target on
    every run on the maps of maps/ (generated maps are measured for scale, without a target)."""
    lines = ["| map | didChange -> publishDiagnostics, median | max | diagnostics |", "|---|---:|---:|---:|"]
    for name, row in figures["lsp"].items():
        lines.append("| %s | %.1f ms | %.1f ms | %d |" % (name, row["median_ms"], row["max_ms"], row["diagnostics"]))
    lines.append("\n" + verdict("Language server", list(figures["lsp"].values()), LSP_TARGET_MS, "%.1f ms", ", debounce included"))
    lines += ["", "| map | save on disk -> pushed snapshot, median | max | first snapshot | message |", "|---|---:|---:|---:|---:|"]
    for name, row in figures["studio"].items():
        lines.append("| %s | %.0f ms | %.0f ms | %.0f ms | %.1f MB |"
                     % (name, row["median_ms"], row["max_ms"], row["first_ms"], row["message_bytes"] / 1e6))
    gallery = [row for name, row in figures["studio"].items() if not name.startswith("generated")]
    lines.append("\n" + verdict("Studio", gallery, STUDIO_TARGET_MS, "%.0f ms", ""))
    return "\n".join(lines)


def verdict(tool, rows, target, unit, aside):
    """The closing line of a table: the slowest median and the slowest single run over the maps,
    and whether every run stayed under the target (the issue's "within", not on average)."""
    median = max((row["median_ms"] for row in rows), default=0)
    worst = max((row["max_ms"] for row in rows), default=0)
    return ("%s over the maps: slowest median " + unit + ", slowest run " + unit + " (target < %d ms for every run%s): %s.") % (
        tool, median, worst, target, aside, "met" if worst < target else "not met")


def rewrite_section(path, tables):
    """Replaces what stands between the live-latency markers of `path` (appending the section,
    under its own heading, when the markers are missing), writing the file atomically."""
    with open(path, encoding="utf-8") as file:
        text = file.read()
    section = "%s\n\nMeasured with `make bench` (`python3 Benchmarks/live_latency.py`).\n\n%s\n\n%s" % (BEGIN, tables, END)
    if BEGIN in text and END in text:
        start = text.index(BEGIN)
        text = text[:start] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n## Live latency: editor and studio\n\n" + section + "\n"
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        file.write(text)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kmap", default=os.path.join(ROOT, ".build/release/kmap"))
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--sizes", default="80,1000,10000", help="generated map sizes for the studio (activities)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--markdown", help="rewrite the live-latency section of this Markdown file")
    parser.add_argument("--maps", default=os.path.join(ROOT, "maps", "*.kmap"), help="the maps to measure (a glob)")
    arguments = parser.parse_args()
    maps = sorted(glob.glob(arguments.maps))
    figures = {"lsp": lsp_latencies(arguments.kmap, maps, arguments.repeat), "studio": {}}
    for path in maps:
        figures["studio"][os.path.basename(path)] = studio_latencies(arguments.kmap, open(path, encoding="utf-8").read(), arguments.repeat)
    for size in [int(s) for s in arguments.sizes.split(",") if s]:
        figures["studio"]["generated, %d activities" % size] = studio_latencies(arguments.kmap, generated(arguments.kmap, size),
                                                                                max(3, arguments.repeat // 3) if size > 1000 else arguments.repeat)
    tables = markdown_tables(figures)
    print(tables)
    if arguments.markdown:
        rewrite_section(arguments.markdown, tables)
    if arguments.json:
        with open(arguments.json, "w", encoding="utf-8") as file:
            json.dump(figures, file, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
