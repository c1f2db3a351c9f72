#!/usr/bin/env python3
"""A regression guard in instruction counts, which, unlike time, do not change with the load of
the machine: Callgrind counts the instructions of fixed work and the counts are compared with the
figures committed in Benchmarks/instructions.json.

The work: the parse, resolve and analyze stages of the benchmark harness on a generated
10,000-activity map (seed 1), each in a child process of its own that counts only the stage
(`KMapBench --child 10000 --stages NAME`, collection switched on around the stage), and
`kmap check` of the same map end to end (process start and printing included). Swift's hashing is
made deterministic (SWIFT_DETERMINISTIC_HASHING), so the same binary gives the same counts run
after run. The binaries run as copies without their debug information (`objcopy --strip-debug`):
Valgrind 3.19 gives up on the DWARF that Swift 6.3 writes.

A count more than --tolerance percent (3) above its committed figure fails the run (status 1);
one that fell by more says so, as a hint to record the lower figure. Counts depend on the
compiler: after a toolchain change, or a change that is meant to cost more, record again.

Usage: python3 Benchmarks/instructions.py --bench Benchmarks/.build/release/KMapBench
       --kmap .build/release/kmap [--record] [--tolerance 3]
`make bench-instructions` runs it; `make bench-instructions RECORD=1` rewrites the figures.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIGURES = os.path.join(ROOT, "Benchmarks", "instructions.json")
ACTIVITIES = 10000
SEED = 1
STAGES = ["parse", "resolve", "analyze"]


def counted(command, folder, whole_program):
    """Instructions Callgrind counted while `command` ran: all of them for `whole_program`, else
    only while the harness switched collection on."""
    out = os.path.join(folder, "callgrind.out")
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out]
    if not whole_program:
        valgrind.append("--collect-atstart=no")
    environment = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1", NO_COLOR="1")
    result = subprocess.run(valgrind + command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # `kmap check` ends with status 1 on a generated map: its planted gaps are findings.
    if result.returncode not in (0, 1):
        sys.exit("failed (status %d): %s\n%s" % (result.returncode, " ".join(command), result.stderr[-2000:]))
    with open(out) as file:
        for line in file:
            match = re.match(r"(?:summary|totals): (\d+)", line)
            if match:
                return int(match.group(1))
    sys.exit("no instruction count in Callgrind's output for " + " ".join(command))


def without_debug_information(binary, folder):
    """A copy of `binary` that Valgrind can read: its symbols kept, its debug information left out."""
    copy = os.path.join(folder, os.path.basename(binary))
    subprocess.run(["objcopy", "--strip-debug", binary, copy], check=True)
    return copy


def measure(bench, kmap):
    counts = {}
    with tempfile.TemporaryDirectory(prefix="kmap-instructions-") as folder:
        bench = without_debug_information(bench, folder)
        kmap = without_debug_information(kmap, folder)
        for stage in STAGES:
            print("… counting %s at %d activities" % (stage, ACTIVITIES), file=sys.stderr)
            counts[stage] = counted([bench, "--child", str(ACTIVITIES), "--stages", stage, "--repetitions", "1"], folder, False)
        generated = os.path.join(folder, "generated.kmap")
        subprocess.run([kmap, "generate", "--activities", str(ACTIVITIES), "--seed", str(SEED), "-o", generated], check=True)
        print("… counting kmap check at %d activities" % ACTIVITIES, file=sys.stderr)
        counts["kmap check"] = counted([kmap, "check", "--color", "never", generated], folder, True)
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", required=True, help="the release KMapBench binary")
    parser.add_argument("--kmap", required=True, help="the release kmap binary")
    parser.add_argument("--record", action="store_true", help="rewrite the committed figures")
    parser.add_argument("--tolerance", type=float, default=3.0, help="percent a count may grow (3)")
    arguments = parser.parse_args()

    counts = measure(arguments.bench, arguments.kmap)
    if arguments.record:
        figures = {"activities": ACTIVITIES, "seed": SEED, "instructions": counts}
        with open(FIGURES, "w") as file:
            json.dump(figures, file, indent=2)
            file.write("\n")
        for name, count in counts.items():
            print("%-12s %15s instructions" % (name, format(count, ",")))
        print("recorded in " + os.path.relpath(FIGURES, ROOT))
        return 0

    with open(FIGURES) as file:
        recorded = json.load(file)["instructions"]
    failed = False
    print("| work | recorded | now | change |\n|---|---:|---:|---:|")
    for name, count in counts.items():
        before = recorded.get(name)
        if before is None:
            print("| %s | - | %s | not recorded |" % (name, format(count, ",")))
            failed = True
            continue
        change = (count - before) / before * 100
        verdict = ""
        if change > arguments.tolerance:
            verdict, failed = " (over +%g%%)" % arguments.tolerance, True
        elif change < -arguments.tolerance:
            verdict = " (lower: record it)"
        print("| %s | %s | %s | %+.2f%%%s |" % (name, format(before, ","), format(count, ","), change, verdict))
    if failed:
        print("instruction counts grew more than %g%%: find the cause, or record the new figures with "
              "`make bench-instructions RECORD=1` if the cost is meant" % arguments.tolerance, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
