"""Time the window on a big pack: opening, the organizations page, filters, sorting, scrolling.

    python benchmarks/synthetic.py --organizations 100000 --out /tmp/big && \
    python main.py build --resources /tmp/big --out /tmp/big.pack
    python benchmarks/ui_window.py --pack /tmp/big.pack

Runs offscreen; prints one line per step with the time it took and how many table rows the lazy
model had read from the store (it should stay near one page, whatever the pack holds).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from guide.store import Pack  # noqa: E402
from guide.ui.app import application  # noqa: E402
from guide.userdata.settings import Settings  # noqa: E402
from guide.ui.window import MainWindow  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, required=True)
    args = parser.parse_args()
    app = application()

    rows: list[tuple[str, float, int]] = []
    window: MainWindow | None = None

    def step(name: str, action) -> None:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        action()
        app.processEvents()
        fetched = window.router.page("organizations").model.rows_fetched if window else 0
        rows.append((name, (time.perf_counter() - start) * 1000, fetched))

    pack_holder: list[Pack] = []
    step("open pack (integrity check)", lambda: pack_holder.append(Pack.open(args.pack)))
    pack = pack_holder[0]
    with tempfile.TemporaryDirectory() as data:
        def build() -> None:
            nonlocal window
            window = MainWindow(pack, Settings(Path(data)))
            window.show()

        step("create and show the window", build)
        assert window is not None
        page = window.router.page("organizations")
        org_index = window.menu_model.match(window.menu_model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                                            "Organizations", 1, Qt.MatchFlag.MatchStartsWith)[0]
        step("show all organizations", lambda: window.tree.setCurrentIndex(org_index))
        step("filter: state = CA", lambda: page.state.setCurrentIndex(page.state.findData("CA")))
        step("filter: + 24/7", lambda: page.open_24_7.setChecked(True))
        step("clear filters", page.clear_button.click)
        step("sort by phone, descending", lambda: page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder))
        step("sort by name", lambda: page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
        step("scroll to the end", page.table.scrollToBottom)

        def text_filter() -> None:
            page.text.setText("services")
            page.apply_filter()

        step("text filter 'services' (after debounce)", text_filter)
        step("select a row (detail pane)", lambda: page.table.selectRow(0))
        shown = page.model.rowCount()
        window.close()
    pack.close()

    print(f"pack: {args.pack}")
    print(f"{'step':<42}{'ms':>9}{'rows read':>11}")
    for name, ms, fetched in rows:
        print(f"{name:<42}{ms:>9.1f}{fetched:>11}")
    print(f"rows matching 'services': {shown}")
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
