"""Quick exit: the window vanishes at once, what the user did is forgotten, and the app quits.

It guards against someone looking over your shoulder, not against monitoring software.
The key is Shift pressed three times within a second (as GOV.UK's "Exit this page"): hard to press
by accident, easy to find in a hurry, and it works whatever widget has focus.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt when a key is pressed: see guide.ui.qt_start
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication, QKeyEvent

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow  # its class and enums are built when first named: guide.ui.qt_start

PRESSES = 3
WINDOW_SECONDS = 1.0


def help_text() -> str:
    return QCoreApplication.translate(
        "QuickExit", "Quick exit (or press Shift three times): hides the guide at once, forgets what you looked at "
                     "and searched for, and closes it. It helps if someone might look over your shoulder; it does "
                     "not hide anything from monitoring software on this computer.")


class TripleShiftFilter(QObject):
    """An event filter on the application's windows that calls ``on_trigger`` after three Shift presses
    in a row (``watch``)."""

    def __init__(self, on_trigger: Callable[[], None], parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._on_trigger = on_trigger
        self._clock = clock
        self._presses: list[float] = []

    def watch(self) -> None:
        """Count the key presses of every window there is now and of each that takes the focus later:
        a key press reaches its window before any widget in it. Installed on the whole
        application instead, the filter was called for every event of every object, and PySide6 built
        a Python class, with its enums, for each kind it met: the window settled some 35 ms later."""
        for window in QGuiApplication.allWindows():
            window.installEventFilter(self)  # once: installing again only moves it to the front
        focus_changes = QGuiApplication.instance()
        if isinstance(focus_changes, QGuiApplication):
            focus_changes.focusWindowChanged.connect(self._watch_focus)

    def _watch_focus(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A key press reaches its QWindow first and is then offered to widget after widget up the
        # parent chain; counting it at the window counts it exactly once, whatever has focus.
        if event.type() != QEvent.Type.KeyPress or not watched.isWindowType():
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() != QtCore.Qt.Key.Key_Shift:
            self._presses.clear()  # Shift used to type capitals never adds up to three
            return False
        if key_event.isAutoRepeat():
            return False
        now = self._clock()
        self._presses = [t for t in self._presses if now - t <= WINDOW_SECONDS] + [now]
        if len(self._presses) >= PRESSES:
            self._presses.clear()
            self._on_trigger()
        return False


def hide_every_window() -> None:
    """First of all: nothing may linger on screen while the rest is forgotten."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


def explain(parent: QtCore.QObject) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    QMessageBox.information(parent if isinstance(parent, QWidget) else None,
                            QCoreApplication.translate("MainWindow", "Quick exit"), help_text())
