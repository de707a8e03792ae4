"""Bookmarks: the toggle of the page shown, and the menus listing them (toolbar button and menu bar)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from guide.location import Location
from guide.userdata.settings import Settings

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)


class Bookmarks:
    """``title(location)`` names a new bookmark; ``go(location)`` opens one; ``status(text)`` reports."""

    def __init__(self, parent: QWidget, settings: Settings, action: QAction, title: Callable[[Location], str],
                 go: Callable[[Location], bool], status: Callable[[str], None]) -> None:
        self.settings, self.action = settings, action
        self._title, self._go, self._status = title, go, status
        self._parent = parent
        self._shown: Location | None = None  # the page the toggle speaks for
        self.manage_action = QAction(parent)  # Manage bookmarks…, in both menus
        self.manage_action.triggered.connect(self.manage)
        self.menu = QMenu(parent)  # the toolbar button's
        self.menu.aboutToShow.connect(lambda: self.fill(self.menu))

    def follow_menu(self, menu: QMenu) -> None:
        menu.aboutToShow.connect(lambda: self.fill(menu))

    def relabel(self) -> None:
        self.menu.setTitle(translate("MainWindow", "Bookmarks"))
        self.manage_action.setText(translate("MainWindow", "&Manage bookmarks…"))

    def follow(self, location: Location) -> None:
        """The action's state for the page now shown."""
        self._shown = location
        self.action.setEnabled(location.bookmarkable)
        self.action.setChecked(self.settings.is_bookmarked(location))

    def toggle(self, location: Location | None) -> None:
        if location is None or not location.bookmarkable:
            self.action.setChecked(False)
            return
        if self.settings.is_bookmarked(location):
            self.settings.remove_bookmark(location)
            self._status(translate("MainWindow", "Bookmark removed"))
        else:
            self.settings.add_bookmark(self._title(location), location)
            self._status(translate("MainWindow", "Bookmarked"))
        self.action.setChecked(self.settings.is_bookmarked(location))
        if self.settings.problem:
            self._status(self.settings.problem)

    def fill(self, menu: QMenu) -> None:
        menu.clear()
        menu.addAction(self.action)
        menu.addAction(self.manage_action)
        menu.addSeparator()
        if not self.settings.bookmarks:
            empty = menu.addAction(translate("MainWindow", "No bookmarks yet"))
            empty.setEnabled(False)
        for bookmark in self.settings.bookmarks:
            entry = menu.addAction(bookmark.title)
            entry.triggered.connect(lambda _checked=False, loc=bookmark.location: self.open(loc))

    def open(self, location: Location) -> None:
        if not self._go(location):
            self._status(translate("MainWindow", "This bookmark points to a page that is no longer in the guide."))

    def manage(self) -> None:
        from PySide6.QtCore import Qt  # not at start-up: see guide.ui.qt_start

        from guide.ui.bookmarks_manager import BookmarksManager  # made when first asked for

        manager = BookmarksManager(self._parent, self.settings, self.open, self._removed)
        manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        manager.open()

    def _removed(self) -> None:
        if self._shown is not None:
            self.follow(self._shown)
        self._status(self.settings.problem or translate("MainWindow", "Bookmark removed"))
