"""File > Open guide… and File > Guides… of a main window: take a pack in (copied, checked, compared
with the edition installed), refuse a bad signature with an explanation, and switch to a guide (from
the Guides window only once its signature is checked again: the pack may have changed since).

Messages are opened, never exec()'d: they do not block the window (nor a test) in a nested loop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from guide.library.entries import GuideEntry, LibraryError
from guide.operations import guide_library
from guide.store import Pack, PackError
from guide.ui.chrome import StatusLabels
from guide.ui.guide_standing import GuideStanding
from guide.ui.guide_windows import show_guide_window

if TYPE_CHECKING:
    from guide.library.arrival import Arrival
    from guide.ui.guides_window import GuidesWindow
# Taking a pack in (and cryptography with it) and the Guides window load when first asked for.

translate = QCoreApplication.translate
FILE_FILTER = "Guide packs (*.pack);;All files (*)"


class GuideShelf(QObject):
    """The guide-library parts of one main window: two File menu entries and the status bar's standing."""

    def __init__(self, window: QMainWindow, pack: Pack, file_menu: QMenu, status: StatusLabels, data_dir: Path,
                 open_window: Callable[[Pack], QMainWindow]) -> None:
        super().__init__(window)
        self.window, self.pack, self.data_dir = window, pack, data_dir
        self.open_window = open_window  # makes the window that shows another guide
        self.library = guide_library.library(data_dir)
        self.open_action = QAction(window)
        self.open_action.setShortcuts([])
        self.open_action.triggered.connect(self.choose_file)
        self.guides_action = QAction(window)
        self.guides_action.triggered.connect(self.show_guides)
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertActions(first, [self.open_action, self.guides_action])  # type: ignore[arg-type]
        file_menu.insertSeparator(first)  # type: ignore[arg-type]
        self.standing = GuideStanding(window, pack, self.library, status)
        self.guides: GuidesWindow | None = None
        self.message: QMessageBox | None = None
        self.windows: list[QMainWindow] = []  # guides switched to from here, open until closed
        self.relabel()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.relabel()
        return False

    def relabel(self) -> None:
        self.open_action.setText(translate("MainWindow", "&Open guide…"))
        self.open_action.setStatusTip(translate("MainWindow", "Open a guide pack file, e.g. from a USB stick"))
        self.guides_action.setText(translate("MainWindow", "&Guides…"))
        self.guides_action.setStatusTip(translate("MainWindow", "The guides on this computer: switch, remove"))
        self.standing.relabel()

    # -- the Guides window ---------------------------------------------------------------------------

    def show_guides(self) -> GuidesWindow:
        if self.guides is None:
            from guide.ui.guides_window import GuidesWindow

            self.guides = GuidesWindow(self.library, self.window, self.choose_file)
            self.guides.open_requested.connect(self.open_checked)
        else:
            self.guides.refresh()
        self.guides.show()
        self.guides.raise_()
        return self.guides

    def open_checked(self, entry: GuideEntry) -> QMainWindow | None:
        """Switch to ``entry`` unless its signature no longer holds (then refuse, saying why)."""
        verdict = guide_library.check_installed(entry, self.data_dir)
        recorded = (entry.record.signature, entry.record.publisher)
        if self.guides is not None and (verdict.state.value, verdict.publisher) != recorded:
            self.guides.refresh()  # it shows the verdict recorded
        if verdict.refused:
            self._tell(QMessageBox.Icon.Critical, translate(
                "GuideShelf", "This guide was refused: its signature no longer matches. It may have been changed "
                "since it was added, and it was not opened. Remove it, and open a fresh copy from its publisher."),
                verdict.message)
            return None
        return self.switch_to(entry)

    def switch_to(self, entry: GuideEntry) -> QMainWindow | None:
        """Show ``entry`` in a window of its own (this one, if it already shows it)."""
        if entry.path.resolve() == self.pack.path.resolve():
            self.window.raise_()
            return self.window
        try:
            pack = Pack.open(entry.path)
        except PackError as exc:
            self._tell(QMessageBox.Icon.Warning, translate("GuideShelf", "The guide could not be opened."), str(exc))
            return None
        return show_guide_window(self.open_window, pack, self.windows)

    # -- File > Open guide… ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, translate("GuideShelf", "Open a guide"),
                                              str(Path.home()), translate("GuideShelf", FILE_FILTER))
        if name:
            self.take_in(Path(name))

    def take_in(self, source: Path) -> None:
        """Copy ``source`` in and check it; then open it, or ask first (a newer or older edition)."""
        from guide.library.arrival import Standing, receive

        try:
            arrival = receive(self.library, source, guide_library.keyring(self.data_dir))
        except LibraryError as exc:
            refused = "refused" in str(exc)
            self._tell(QMessageBox.Icon.Critical if refused else QMessageBox.Icon.Warning,
                       translate("GuideShelf", "This guide was refused: its signature does not match. It may have "
                                 "been changed after its publisher signed it, and it was not opened.") if refused
                       else translate("GuideShelf", "This guide could not be opened."), str(exc))
            return
        standing = arrival.standing
        if standing is Standing.NEWER:
            self._ask(arrival, translate("GuideShelf", "A newer edition of “{title}” ({new}, installed: {old}). "
                                         "Replace the installed edition? Show Details for what changed.").format(
                title=arrival.record.title, new=arrival.record.content_date,
                old=arrival.installed.record.content_date if arrival.installed else ""),
                      translate("GuideShelf", "Replace"), self._changes(arrival))
        elif standing is Standing.OLDER:
            self._ask(arrival, translate("GuideShelf", "This is an older edition of “{title}” ({new}) than the one "
                                         "installed ({old}). Older editions can have numbers that no longer work; "
                                         "it was not installed.").format(
                title=arrival.record.title, new=arrival.record.content_date,
                old=arrival.installed.record.content_date if arrival.installed else ""),
                      translate("GuideShelf", "Install the older edition anyway"), self._changes(arrival))
        else:
            self._install(arrival)

    def _changes(self, arrival: Arrival) -> str:
        if arrival.installed is None:
            return ""
        try:
            with Pack.open(arrival.installed.path, verify=False) as before, Pack.open(arrival.staged) as after:
                from guide.library.diff import compare

                return "\n".join(compare(before, after).lines())
        except PackError as exc:
            return str(exc)

    def _ask(self, arrival: Arrival, text: str, yes_text: str, details: str) -> None:
        self.message = QMessageBox(QMessageBox.Icon.Question, translate("GuideShelf", "Open guide"), text,
                                   QMessageBox.StandardButton.Cancel, self.window)
        yes = self.message.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        self.message.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if details:
            self.message.setDetailedText(details)
        from guide.library.arrival import Standing, discard

        older = arrival.standing is Standing.OLDER
        self.message.buttonClicked.connect(
            lambda button: self._install(arrival, insist=older) if button is yes else discard(arrival))
        self.message.open()

    def _install(self, arrival: Arrival, insist: bool = False) -> None:
        from guide.library.arrival import install

        try:
            entry = install(self.library, arrival, insist)
        except LibraryError as exc:
            self._tell(QMessageBox.Icon.Warning, translate("GuideShelf", "This guide could not be opened."), str(exc))
            return
        if self.guides is not None:
            self.guides.refresh()
        self.switch_to(entry)
        if arrival.namesakes:
            self._tell(QMessageBox.Icon.Information, translate(
                "GuideShelf", "Another guide on this computer is also called “{title}”. Both are kept; the Guides "
                "window tells them apart by publisher and where each came from.").format(title=entry.title))

    def _tell(self, icon: QMessageBox.Icon, text: str, details: str = "") -> None:
        self.message = QMessageBox(icon, translate("GuideShelf", "Open guide"), text, QMessageBox.StandardButton.Ok,
                                   self.window)
        if details:
            self.message.setInformativeText(details)
        self.message.open()


