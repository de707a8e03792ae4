"""Zoom and presentation mode: the content's type scaled, full screen for a classroom.

Only the pages scale: the toolbar, the banner and the menus keep the system's size, so the hotline
number and quick exit stay on screen however large the article reads. Presentation mode hides the
contents beside the page (F9 shows them) so a 1024x768 projector gives the article its whole width.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from guide.userdata.settings import DEFAULT_ZOOM, ZOOM_STEPS, Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)
PRESENTATION_SCALE = 1.6


class ViewScale:
    """``content`` is what zoom scales; ``side`` what presentation mode hides and ``contents`` shows."""

    def __init__(self, window: QWidget, content: QWidget, side: QWidget, settings: Settings,
                 presentation: QAction, contents: QAction, status: Callable[[str], None]) -> None:
        self.window, self.content, self.side, self.settings = window, content, side, settings
        self.presentation, self.contents, self._status = presentation, contents, status
        self._base_font: QFont | None = None  # the font before any zoom; taken when zoom first changes it
        self.apply()

    def zoom_in(self) -> None:
        self._set_zoom(next((z for z in ZOOM_STEPS if z > self.settings.zoom), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.settings.zoom), ZOOM_STEPS[0]))

    def zoom_reset(self) -> None:
        self._set_zoom(DEFAULT_ZOOM)

    def _set_zoom(self, percent: int) -> None:
        self.settings.set_zoom(percent)
        self.apply()
        self._status(translate("MainWindow", "Zoom {percent}%").format(percent=percent))

    def apply(self) -> None:
        scale = self.settings.zoom / 100 * (PRESENTATION_SCALE if self.settings.presentation else 1.0)
        if self._base_font is None and scale == 1.0:
            return
        from PySide6.QtGui import QFont  # built when first named, not for the first frame: guide.ui.qt_start

        if self._base_font is None:
            self._base_font = QFont(self.content.font())
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * scale)
        self.content.setFont(font)

    def toggle_presentation(self) -> None:
        self.set_presentation(not self.settings.presentation)

    def set_presentation(self, on: bool) -> None:
        self.settings.set_presentation(on)
        self.presentation.setChecked(on)
        self.show_contents(not on)
        if on:
            self.window.showFullScreen()
        elif self.window.isFullScreen():
            self.window.showNormal()
        self.apply()

    def show_contents(self, on: bool) -> None:
        self.side.setVisible(on)
        self.contents.setChecked(on)

    def show_as_saved(self) -> None:
        """Show the window in the mode the user left it (normal or presentation)."""
        if self.settings.presentation:
            self.set_presentation(True)
        else:
            self.window.show()
