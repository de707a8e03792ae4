"""Helpers for the UI tests: open the real main window on a real pack."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guide.store import Pack
from guide.ui.app import application
from guide.ui.settings import Settings
from guide.ui.window import MainWindow


@contextmanager
def open_window(qtbot: QtBot, pack_path: Path, data_dir: Path) -> Iterator[MainWindow]:
    application()
    pack = Pack.open(pack_path)
    window = MainWindow(pack, Settings(data_dir))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()  # window shortcuts (Ctrl+K, Alt+Left, ...) need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        yield window
    finally:
        window.close()
        pack.close()


def visible_dialog(kind: type[QWidget]) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None
