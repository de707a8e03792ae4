"""The window's title, and View > Discreet title: the guide's title alone, without the page's name.

The title bar, the taskbar and the Alt+Tab switcher all show the window's title; with a discreet
title someone glancing at them learns which guide is open, not what is being read in it.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget
from shiboken6 import isValid

from guide.userdata.settings import Settings

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)


class WindowTitle:
    # Every window's: the setting is one for all of them. Weak, so a window closed and let go is not
    # kept alive by this list (a signal connected to a lambda would keep it too).
    _every: weakref.WeakSet[WindowTitle] = weakref.WeakSet()

    def __init__(self, window: QWidget, settings: Settings, view_menu: QMenu) -> None:
        self.window, self.settings = window, settings
        self.page, self.guide = "", ""
        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.triggered.connect(self.set_discreet)
        view_menu.addAction(self.action)
        # Another window may have changed it: the menu shows the setting in force.
        view_menu.aboutToShow.connect(lambda: self.action.setChecked(self.settings.discreet_title))
        self.action.setChecked(settings.discreet_title)
        WindowTitle._every.add(self)

    def relabel(self) -> None:
        self.action.setText(translate("MainWindow", "&Discreet title"))
        self.action.setToolTip(translate("MainWindow", "Show only the guide's title in the title bar, the taskbar "
                                                       "and Alt+Tab, never the page's name"))

    def show(self, page: str, guide: str) -> None:
        """``page`` (may be empty) in ``guide``."""
        self.page, self.guide = page, guide
        discreet = self.settings.discreet_title or not page
        self.window.setWindowTitle(guide if discreet else f"{page} — {guide}")

    def set_discreet(self, on: bool) -> None:
        self.settings.set_discreet_title(on)
        for title in list(WindowTitle._every):
            # Windows on other settings (tests) keep theirs; one whose C++ side is gone has none.
            if title.settings is self.settings and isValid(title.window):
                title.action.setChecked(on)
                title.show(title.page, title.guide)
