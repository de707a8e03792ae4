"""Start-up time of the frozen build (dist/guide/guide) next to ``python main.py``.

    python build_spec/build.py            # once, to have dist/guide/
    python benchmarks/frozen_startup.py [--runs 5]

Prints the median wall time of ``info --json`` (a CLI command) and of the first window frame
(offscreen; see build_spec/first_frame.py), each after one warm-up run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_spec"))
from first_frame import first_frame_seconds  # noqa: E402

FROZEN = ROOT / "dist" / "guide" / ("guide.exe" if sys.platform == "win32" else "guide")
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def cli_seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=ENV, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_after_warmup(measure: Callable[[], float], runs: int) -> float:
    measure()  # fills the OS file cache, as on any start after the first
    return statistics.median(measure() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not FROZEN.exists():
        print(f"error: {FROZEN} not found; run `python build_spec/build.py` first", file=sys.stderr)
        return 1
    commands = {"dist/guide/guide": [str(FROZEN)], "python main.py": [sys.executable, str(ROOT / "main.py")]}
    print(f"{'program':<20} {'info --json':>12} {'first window':>13}   (median of {args.runs}, seconds)")
    for name, command in commands.items():
        info = median_after_warmup(lambda: cli_seconds(command + ["info", "--json"]), args.runs)
        window = median_after_warmup(lambda: first_frame_seconds(command, ENV), args.runs)
        print(f"{name:<20} {info:>12.3f} {window:>13.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
