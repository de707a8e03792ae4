"""Start the Qt application on a pack (a plain window; the full window is issue #4)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox

from guide.store import Pack, PackError


def open_pack_interactively(path: Path) -> Pack | None:
    """Open ``path``; on failure explain why and offer to choose another pack file."""
    while True:
        try:
            return Pack.open(path)
        except PackError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open the guide pack",
                              f"The guide could not be opened.\n\n{exc}")
            choose = box.addButton("Choose another pack…", QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is not choose:
                return None
            name, _ = QFileDialog.getOpenFileName(None, "Choose a guide pack", str(path.parent),
                                                  "Guide packs (*.pack);;All files (*)")
            if not name:
                return None
            path = Path(name)


def run(pack_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    pack = open_pack_interactively(pack_path)
    if pack is None:
        return 1
    window = QMainWindow()
    window.setWindowTitle(pack.title)
    window.setCentralWidget(QLabel(pack.title))
    window.resize(1100, 720)
    window.show()
    return app.exec()
