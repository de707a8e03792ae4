"""A hook for start-up work the first frame does not need: it runs once that frame is on screen."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent


class AfterFirstFrame:
    """Mixed into a top-level widget before its Qt class: ``after_first_frame`` runs once, just after
    the widget's first frame is painted and on screen."""

    _first_frame_painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)  # type: ignore[misc]
        if not self._first_frame_painted:
            self._first_frame_painted = True
            QTimer.singleShot(0, self.after_first_frame)  # a timer of 0 runs after this frame is shown

    def after_first_frame(self) -> None:
        """Start-up work the first frame does not need."""
