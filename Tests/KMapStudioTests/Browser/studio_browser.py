#!/usr/bin/env python3
"""Runs one studio scenario in a real Chromium against a real `kmap serve`.

    studio_browser.py SCENARIO --kmap BIN --map MAP --shots DIR [--maps DIR] [--timeout S]

Prints the scenario's figures as one JSON object on stdout and exits 0 when the studio behaved
as the scenario expects; otherwise prints `FAILED: what` on stderr and exits 1 (2 when the
browser or selenium is missing). `list` prints the scenario names. Every scenario stops its
server with Ctrl-C and requires a clean exit, with a browser still connected.
"""

import argparse
import json
import os
import signal
import sys
import traceback

try:
    import studio_evidence
    import studio_harness as harness
    import studio_room
    import studio_scale
    import studio_scenarios
    import studio_security
    import studio_views
except ImportError as error:  # selenium is not installed
    print("FAILED: %s (make test-setup installs selenium)" % error, file=sys.stderr)
    sys.exit(2)

SCENARIOS = {**studio_scenarios.SCENARIOS, **studio_security.SCENARIOS, **studio_room.SCENARIOS, **studio_views.SCENARIOS,
             **studio_scale.SCENARIOS, **studio_evidence.SCENARIOS}


class Context:
    """What a scenario is given: where kmap is, the map to serve, the other maps, screenshots."""

    def __init__(self, arguments):
        self.kmap = arguments.kmap
        with open(arguments.map, encoding="utf-8") as file:
            self.map_text = file.read()
        self.map_name = os.path.basename(arguments.map)
        self.maps_folder = arguments.maps
        self.shots = harness.Shots(arguments.shots, arguments.scenario)
        self.servers, self.drivers = [], []

    def serve(self, text=None, extra=()):
        server = harness.StudioServer(self.kmap, self.map_text if text is None else text, extra,
                                      self.map_name if text is None else "labels.kmap")
        self.servers.append(server)
        return server

    def browser(self):
        driver = harness.chromium()
        self.drivers.append(driver)
        return driver

    def close(self):
        """Stops every server first (browsers still connected), then the browsers; returns what
        went wrong in stopping (a server that Ctrl-C did not stop cleanly)."""
        for server in self.servers:
            server.stop()
        for driver in self.drivers:
            try:
                driver.quit()
            except Exception:
                pass
        problems = ["Ctrl-C did not stop kmap serve cleanly (exit %s): %s" % (server.exit_status, server.lines[-5:])
                    for server in self.servers if server.exit_status != 0]
        self.servers, self.drivers = [], []
        return problems


def on_alarm(number, frame):
    raise harness.ScenarioFailure("the scenario ran past its deadline")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=sorted(SCENARIOS) + ["list"])
    parser.add_argument("--kmap", default=".build/debug/kmap")
    parser.add_argument("--map", default="maps/literacy-network.kmap")
    parser.add_argument("--maps", default="maps")
    parser.add_argument("--shots", default=".build/studio-screenshots")
    parser.add_argument("--timeout", type=int, default=240)
    arguments = parser.parse_args()
    if arguments.scenario == "list":
        print("\n".join(sorted(SCENARIOS)))
        return 0
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(arguments.timeout)
    context = Context(arguments)
    try:
        figures = SCENARIOS[arguments.scenario](context)
        problems = context.close()
    except harness.ScenarioFailure as failure:
        for driver in context.drivers:
            try:
                context.shots.take(driver, "failure")
            except Exception:
                pass
        problems = [str(failure)] + context.close()
    except Exception:
        problems = ["the scenario broke:\n" + traceback.format_exc()] + context.close()
    finally:
        signal.alarm(0)
    if problems:
        print("FAILED: " + "\nFAILED: ".join(problems), file=sys.stderr)
        return 1
    print(json.dumps(figures or {}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
