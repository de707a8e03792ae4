"""The window's share of the benchmarks, run by run.py in a process of its own; prints JSON.

    python benchmarks/ui_probe.py --pack BIG.pack [--runs 3]

- ui_block: the longest single event the GUI thread handles (key press, debounce timer, the
  search worker's answer, the results model, layout and paint) between one keystroke in the search
  field and its results on screen, for each keystroke of a few phrases typed one key at a time.
  Timed in QApplication.notify, so every event the GUI thread dispatches is seen.
- filter: one filter change on the organizations page (state, 24/7, category, language, text,
  clear), from the change to the table repainted.
- rss: resident memory with the window open on the pack and the organizations page shown.
- pdf: one article fact sheet written to PDF.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TYPED_PHRASES = ("hotline", "legal aid", "shelter", "youth services", "trafficking")


class TimedApplication(QApplication):
    """Records how long each event dispatched from the event loop keeps the GUI thread busy."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.longest = 0.0
        self._depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:  # type: ignore[override]
        if self._depth:
            return super().notify(receiver, event)
        self._depth += 1
        start = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            self._depth -= 1
            self.longest = max(self.longest, time.perf_counter() - start)

    def settle(self, seconds: float) -> None:
        """Run the event loop for ``seconds`` (timers, worker answers, paints)."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.processEvents()
            time.sleep(0.001)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure_keystrokes(app: TimedApplication, window, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Per keystroke: the longest single GUI-thread event until its results are shown (ms)."""
    from guide.ui.search import DEBOUNCE_MS

    answered: list[str] = []
    window.searching.controller.results.connect(lambda text, _hits: answered.append(text))
    field = window.search_field
    blocks = []
    for _ in range(runs):
        for phrase in TYPED_PHRASES:
            field.setFocus()
            field.clear()
            app.settle(0.3)
            for character in phrase:
                answered.clear()
                app.longest = 0.0
                QTest.keyClick(field, character)
                deadline = time.perf_counter() + 5.0
                app.settle(DEBOUNCE_MS / 1000)
                while not answered and time.perf_counter() < deadline:
                    app.settle(0.005)
                app.settle(0.05)  # the repaint after the results
                blocks.append(app.longest * 1000)
    return blocks


def measure_filters(app: TimedApplication, window, runs: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Median ms per kind of filter change on the organizations page (all 100 000 rows before it)."""
    page = window.router.page("organizations")
    index = window.menu_model.match(window.menu_model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                                    "Organizations", 1, Qt.MatchFlag.MatchStartsWith)[0]
    window.tree.setCurrentIndex(index)
    app.settle(0.3)

    def typed_text() -> None:
        page.text.setText("services")
        page.apply_filter()

    changes = [
        ("state CA", lambda: page.state.setCurrentIndex(page.state.findData("CA"))),
        ("+ open 24/7", lambda: page.open_24_7.setChecked(True)),
        ("clear", page.clear_button.click),
        ("category (2nd)", lambda: page.category.setCurrentIndex(2)),
        ("language es", lambda: page.language.setCurrentIndex(max(page.language.findData("es"), 1))),
        ("clear again", page.clear_button.click),
        ("text 'services'", typed_text),
        ("clear text", page.clear_button.click),
    ]
    times: dict[str, list[float]] = {name: [] for name, _ in changes}
    for _ in range(runs):
        for name, change in changes:
            start = time.perf_counter()
            change()
            page.apply_filter()  # skip the text box's debounce: time the work, not the wait
            page.table.viewport().repaint()
            app.processEvents()
            times[name].append((time.perf_counter() - start) * 1000)
            app.settle(0.05)
    return {name: statistics.median(values) for name, values in times.items()}


def measure_pdf(pack, runs: int) -> float:  # type: ignore[no-untyped-def]
    from guide.factsheet.export import export_articles
    from guide.factsheet.page import page_layout

    slug = next(iter(pack.articles())).slug
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs + 1):
            start = time.perf_counter()
            export_articles(pack, [slug], Path(folder) / "sheet.pdf", page_layout())
            if run:  # the first one loads fonts
                times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = TimedApplication(sys.argv[:1])

    from guide.store import Pack
    from guide.ui.app import settle_after_first_frame
    from guide.userdata.settings import Settings
    from guide.ui.window import MainWindow

    result: dict[str, object] = {}
    pack = Pack.open(args.pack)
    with tempfile.TemporaryDirectory() as data:
        window = MainWindow(pack, Settings(Path(data)))
        window.resize(1100, 720)
        window.show()
        app.settle(0.5)
        # As python main.py does once its first frame is on screen (collector, colour scheme).
        settle_after_first_frame(app)
        result["filter_ms"] = measure_filters(app, window, args.runs)
        result["rss_mb"] = rss_mb()
        result["ui_block_ms"] = measure_keystrokes(app, window, max(1, args.runs // 2))
        result["pdf_ms"] = measure_pdf(pack, args.runs)
        window.close()
        window.searching.controller.wait()
    pack.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
