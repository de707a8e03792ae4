"""View > Appearance: system, light, dark or high contrast, for the whole application, remembered.

The palette is the application's, so every window, dialog and article follows it (an article's
styles are drawn from the palette: guide.ui.pages.article.article_stylesheet). Quick exit keeps its
own colours, red in every appearance but high contrast, where it is yellow on black like the rest,
and its focus ring stays one a grab can tell apart (tests/ui/test_accessibility.py).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget
from shiboken6 import isValid

from guide.ui import theme
from guide.ui.chrome import QUICK_EXIT_STYLE, quick_exit_style
from guide.userdata.settings import Settings

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)

# Yellow on black like the rest of high contrast; focused, black on yellow inside a white ring.
QUICK_EXIT_HIGH_CONTRAST_STYLE = quick_exit_style("black", "yellow", "yellow", "yellow", "black", "#333300")


_every: weakref.WeakSet[Appearance] = weakref.WeakSet()  # every window's, to restyle its Quick exit


def appearance_names() -> dict[str, str]:
    return {theme.SYSTEM: translate("Appearance", "Same as the system"),
            theme.LIGHT: translate("Appearance", "Light"),
            theme.DARK: translate("Appearance", "Dark"),
            theme.HIGH_CONTRAST: translate("Appearance", "High contrast")}


class Appearance:
    """The submenu of ``view_menu`` and the choice it applies (``settings`` remembers it)."""

    def __init__(self, owner: QWidget, settings: Settings, view_menu: QMenu, quick_exit: QToolButton) -> None:
        self.settings, self.quick_exit = settings, quick_exit
        self.menu = view_menu.addMenu("")
        self.choices = QActionGroup(owner)
        self.choices.setExclusive(True)
        for name in theme.APPEARANCES:
            action = self.choices.addAction("")
            action.setData(name)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, chosen=name: self.choose(chosen))
        self.menu.addActions(self.choices.actions())
        # Another window may have chosen since this one was made: the menu shows the choice in force.
        self.menu.aboutToShow.connect(self._check)
        self.apply(settings.appearance)
        # Known by their windows' Appearance, not looked for among the top-level widgets: one of those
        # may be a dialog whose C++ side is already deleted. Weak: a window let go is not kept alive.
        _every.add(self)

    def choose(self, appearance: str) -> None:
        self.settings.set_appearance(appearance)
        self.apply(self.settings.appearance)

    def apply(self, appearance: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and (appearance != theme.SYSTEM or theme.chosen_appearance() != appearance):
            theme.set_appearance(app, appearance)
        style = QUICK_EXIT_HIGH_CONTRAST_STYLE if theme.chosen_appearance() == theme.HIGH_CONTRAST else QUICK_EXIT_STYLE
        for button in {self.quick_exit, *(appearance.quick_exit for appearance in list(_every))}:
            if isValid(button):  # a window closed and deleted, whose Appearance Python has not let go yet
                button.setStyleSheet(style)
        self._check()

    def _check(self) -> None:
        for action in self.choices.actions():
            action.setChecked(action.data() == theme.chosen_appearance())

    def relabel(self) -> None:
        self.menu.setTitle(translate("Appearance", "&Appearance"))
        names = appearance_names()
        for action in self.choices.actions():
            action.setText(names[str(action.data())])
