"""A hook for start-up work the first frame does not need: it runs once that frame is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterFirstFrame(QObject):
    """Watches ``window``'s own events (not its children's) until its first paint, then calls ``then``."""

    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # a timer of 0 runs after this frame is painted and shown
        return False
