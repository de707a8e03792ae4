"""First frame and settle (the last repaint within a few seconds) of ``main.py`` in two source trees,
started in turn so that the machine's drift falls on both alike.

    python benchmarks/settle_ab.py OLD_TREE NEW_TREE PACK [RUNS]

Each tree keeps its own compiled bytecode (as an installed app has), in a cache of its own under
the temporary folder. Run it twice with the trees swapped: the second of a pair is often faster.
"""

from __future__ import annotations

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

FLUSH = re.compile(r"Flushing .* to QWidgetWindow")
WATCH_SECONDS = 3.0


def measure(root: str, pack: str) -> tuple[float, float, int]:
    cache = Path(tempfile.gettempdir()) / ("settle-pyc" + root.replace(os.sep, "_"))
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(cache), QT_QPA_PLATFORM="offscreen", PYTHONPATH=root,
               QT_LOGGING_RULES="qt.widgets.painting.debug=true")
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, f"{root}/main.py", "--pack", pack], env=env, cwd=root,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, errors="replace")
    flushes = []
    timer = threading.Timer(WATCH_SECONDS, process.kill)
    timer.start()
    assert process.stderr is not None
    for line in process.stderr:
        if FLUSH.search(line):
            flushes.append(time.perf_counter() - start)
    timer.cancel()
    process.wait()
    return flushes[0], flushes[-1], len(flushes)


def main() -> int:
    old, new, pack = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    trees = {"old": old, "new": new}
    results: dict[str, list[tuple[float, float, int]]] = {name: [] for name in trees}
    for root in trees.values():
        measure(root, pack)  # writes the bytecode, warms the file cache
    for _ in range(runs):
        for name, root in trees.items():
            results[name].append(measure(root, pack))
    for name, values in results.items():
        print(name, json.dumps({"first_ms": round(statistics.median(v[0] for v in values) * 1000, 1),
                                "settle_ms": round(statistics.median(v[1] for v in values) * 1000, 1),
                                "repaints": statistics.median(v[2] for v in values)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
