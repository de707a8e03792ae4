"""The filter bar's keystroke near a ZIP code (issue #16), run by nearby.py in a process of its
own; prints JSON.

    python benchmarks/nearby_window.py --pack NEAR.pack [--runs 3]

The organizations page with a ZIP code entered, then a word typed into the filter's text box one
key at a time: per keystroke, the longest single event the GUI thread handles (the key press, the
debounce timer that runs the near-me search, the table's reset and repaint), as ui_probe.py times
the search field's keystroke.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from ui_probe import TimedApplication  # noqa: E402

# Dense (Manhattan, Chicago, Los Angeles) and sparse (rural Montana) places, and words of the pack.
ZIPS = ("10001", "60614", "90011", "59301")
TYPED = ("shelter", "legal", "housing")


def measure(app: TimedApplication, window, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    from guide.ui.pages.organizations import TEXT_DEBOUNCE_MS

    index = window.menu_model.match(window.menu_model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                                    "Organizations", 1, Qt.MatchFlag.MatchStartsWith)[0]
    window.tree.setCurrentIndex(index)
    app.settle(0.3)
    page = window.router.page("organizations")
    blocks = []
    for _ in range(runs):
        for zip_code in ZIPS:
            for word in TYPED:
                page.text.clear()
                page.zip_code.setText(zip_code)
                page.apply_filter()
                app.settle(0.2)
                page.text.setFocus()
                for character in word:
                    app.longest = 0.0
                    QTest.keyClick(page.text, character)
                    # The search runs on the GUI thread when the debounce fires; then the repaint.
                    app.settle(TEXT_DEBOUNCE_MS / 1000 + 0.08)
                    blocks.append(app.longest * 1000)
    return blocks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = TimedApplication(sys.argv[:1])

    from guide.store import Pack
    from guide.ui.app import settle_after_first_frame
    from guide.ui.window import MainWindow
    from guide.userdata.settings import Settings

    pack = Pack.open(args.pack)
    with tempfile.TemporaryDirectory() as data:
        window = MainWindow(pack, Settings(Path(data)))
        window.resize(1100, 720)
        window.show()
        app.settle(0.5)
        settle_after_first_frame(app)
        start = time.perf_counter()
        blocks = measure(app, window, args.runs)
        seconds = time.perf_counter() - start
        window.close()
        window.searching.controller.wait()
    pack.close()
    print(json.dumps({"keystroke_block_ms": blocks, "seconds": round(seconds, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
