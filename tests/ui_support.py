"""Helpers for the UI tests: open the real main window on a real pack."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guide.store import Pack
from guide.ui.app import application
from guide.userdata.settings import Settings
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


def answer_modals(seen: list[object], *steps: tuple[type[QWidget], Callable[[QWidget], object]],
                  give_up_ms: int = 10_000) -> None:
    """Answer the next modal dialogs in order: for each ``(kind, act)``, wait until a visible modal
    dialog of ``kind`` is up, then append ``act(dialog)`` to ``seen``. Call it before the code that
    opens the dialogs (they block in their own event loop); polling stops after ``give_up_ms``."""
    remaining = list(steps)
    deadline = QDeadlineTimer(give_up_ms)
    previous: list[QWidget | None] = [None]

    def poll() -> None:
        if not remaining or deadline.hasExpired():
            return
        kind, act = remaining[0]
        dialog = QApplication.activeModalWidget()
        # Act on a dialog seen by the previous poll too: a dialog can be visible before its exec()
        # loop runs (show() may process events), and one closed before that loop starts never returns.
        if isinstance(dialog, kind) and dialog.isVisible() and dialog is previous[0]:
            remaining.pop(0)
            seen.append(act(dialog))
            dialog = None
        previous[0] = dialog
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
