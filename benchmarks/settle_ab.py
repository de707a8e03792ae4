"""First frame and settle (the last repaint within a few seconds, the search field's blinking text
cursor aside) of ``main.py`` in two source trees, started in turn so that the machine's drift falls
on both alike.

    python benchmarks/settle_ab.py OLD_TREE NEW_TREE PACK [RUNS] [--old-pack PACK]

PACK "-" starts each tree on its own bundled guide, as ``python main.py`` does. --old-pack: the old
tree's own pack, when its pack format is older (built from the same resources).

Each tree keeps its own compiled bytecode (as an installed app has), in a cache of its own under
the temporary folder. The trees take turns at going first; "new - old" is the median of the rounds'
differences. Use an even number of runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

FLUSH = re.compile(r"Flushing QRegion\((.*)\) of .* to QWidgetWindow")
# The text cursor of the focused search field blinks for as long as the field has the focus: a flush
# of one rectangle this narrow is that cursor, not the window still settling.
CURSOR = re.compile(r"\d+,\d+ (\d+)x\d+")
CURSOR_MAX_WIDTH = 12


def is_cursor_blink(region: str) -> bool:
    one = CURSOR.fullmatch(region)
    return one is not None and int(one.group(1)) <= CURSOR_MAX_WIDTH
WATCH_SECONDS = 3.0
BUNDLED = "-"


def measure(root: str, pack: str) -> tuple[float, float, int]:
    cache = Path(tempfile.gettempdir()) / ("settle-pyc" + root.replace(os.sep, "_"))
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(cache), QT_QPA_PLATFORM="offscreen", PYTHONPATH=root,
               QT_LOGGING_RULES="qt.widgets.painting.debug=true")
    start = time.perf_counter()
    pack_arguments = ["--pack", pack] if pack != BUNDLED else []
    process = subprocess.Popen([sys.executable, f"{root}/main.py", *pack_arguments], env=env, cwd=root,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, errors="replace")
    flushes: list[float] = []
    timer = threading.Timer(WATCH_SECONDS, process.kill)
    timer.start()
    assert process.stderr is not None
    for line in process.stderr:
        flush = FLUSH.search(line)
        if flush and not (flushes and is_cursor_blink(flush.group(1))):
            flushes.append(time.perf_counter() - start)
    timer.cancel()
    process.wait()
    return flushes[0], flushes[-1], len(flushes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("pack")
    parser.add_argument("runs", nargs="?", type=int, default=15)
    parser.add_argument("--old-pack", help="the old tree's pack (default: PACK)")
    args = parser.parse_args()
    trees = {"old": (args.old, args.old_pack or args.pack), "new": (args.new, args.pack)}
    results: dict[str, list[tuple[float, float, int]]] = {name: [] for name in trees}
    for root, pack in trees.values():
        measure(root, pack)  # writes the bytecode, warms the file cache
    for round_ in range(args.runs):
        # Old then new, then new then old: the second start of a pair is often the faster.
        for name in (["old", "new"] if round_ % 2 == 0 else ["new", "old"]):
            results[name].append(measure(*trees[name]))
    for name, values in results.items():
        print(name, json.dumps({"first_ms": round(statistics.median(v[0] for v in values) * 1000, 1),
                                "settle_ms": round(statistics.median(v[1] for v in values) * 1000, 1),
                                "repaints": statistics.median(v[2] for v in values)}))
    pairs = list(zip(results["new"], results["old"], strict=True))
    print("new - old", json.dumps({
        "first_ms": round(statistics.median(new[0] - old[0] for new, old in pairs) * 1000, 1),
        "settle_ms": round(statistics.median(new[1] - old[1] for new, old in pairs) * 1000, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
