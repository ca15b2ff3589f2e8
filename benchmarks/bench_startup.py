"""Startup of the trainer to an interactive scenario list, against a bare Textual app with one Static.

    python benchmarks/bench_startup.py [-n RUNS]

Each run is a fresh interpreter, headless (App.run_test at 80×24), timed from the interpreter's
first line to the first screen being ready for keys (composed, mounted, painted, focused). The two apps alternate so machine noise hits
both alike; the medians and their ratio are printed (target ≤ 1.5). For the trainer it also prints
when the scenario table is filled: the library loads in a worker after the first paint.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = r"""
import time
started = time.perf_counter()
import asyncio, json, sys

async def main(kind):
    if kind == "bare":
        from textual.app import App
        from textual.widgets import Static

        class Bare(App):
            def compose(self):
                yield Static("Hello")

        app = Bare()
    else:
        from simulator.tui.app import make_app

        app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        # run_test yields once the app is ready: its first screen composed, mounted and painted.
        ready = time.perf_counter() - started
        assert app.focused is not None or kind == "bare"
        filled = None
        if kind == "roleplay":
            table = app.screen.query_one("#scenarios")
            while not table.row_count:
                await asyncio.sleep(0.005)
            filled = time.perf_counter() - started
    print(json.dumps({"ready": ready, "filled": filled}))

asyncio.run(main(sys.argv[1]))
"""


def run_once(kind: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, kind], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=7)
    args = parser.parse_args(argv)
    run_once("bare"), run_once("roleplay")  # warm the OS file cache and bytecode
    bare, roleplay, filled = [], [], []
    for _ in range(args.runs):
        bare.append(run_once("bare")["ready"])
        result = run_once("roleplay")
        roleplay.append(result["ready"])
        filled.append(result["filled"])
    b, r, f = statistics.median(bare), statistics.median(roleplay), statistics.median(filled)
    print(f"bare Textual app, first screen ready:   {b * 1000:7.1f} ms (median of {args.runs})")
    print(f"roleplay, home screen ready for keys:   {r * 1000:7.1f} ms")
    print(f"roleplay, scenario table filled:        {f * 1000:7.1f} ms")
    print(f"ratio (roleplay / bare):                {r / b:7.2f}  (target <= 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
