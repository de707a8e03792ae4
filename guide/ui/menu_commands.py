"""The window's commands that open a dialog: print or export, the keyboard shortcuts, About, About
quick exit, forget everything, import a directory. Each loads its module, and the Qt classes of its
dialog, when it is first chosen: none of them is needed for the first frame (guide.ui.qt_start)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from guide.store import Pack, PackError
from guide.ui import quick_exit
from guide.ui.actions import WindowActions
from guide.ui.pages.page import Printable
from guide.userdata.settings import Settings

if TYPE_CHECKING:
    from guide.ui.import_directory import DirectoryImport


class MenuCommands:
    """``printable()`` is what the page shown offers to print; ``open_window(pack)`` makes the window
    of another guide; ``quit_now()`` ends the session as Quick exit does."""

    def __init__(self, window: QWidget, pack: Pack, settings: Settings, language: Callable[[], str],
                 printable: Callable[[], Printable | None], status: Callable[[str], None],
                 quit_now: Callable[[], None], open_window: Callable[[Pack], QWidget]) -> None:
        self.window, self.pack, self.settings, self.language = window, pack, settings, language
        self.printable, self.status, self.quit_now, self.open_window = printable, status, quit_now, open_window
        self.directory_import: DirectoryImport | None = None  # File > Import directory…, made on first use

    def print_page(self, export: bool) -> None:
        from guide.ui.print_dispatch import print_or_export

        print_or_export(self.window, self.pack, self.language(), self.printable(), export, self.status)

    def shortcuts(self, actions: WindowActions) -> None:
        from guide.ui.shortcuts import show_shortcuts

        show_shortcuts(self.window, actions)

    def about(self) -> None:
        from guide.ui.about import show_about

        try:
            show_about(self.window, self.pack, self.language())
        except PackError as exc:
            self.status(str(exc))

    def about_quick_exit(self) -> None:
        quick_exit.explain(self.window)

    def forget(self) -> None:
        from guide.ui.forget import ask_and_forget

        ask_and_forget(self.window, self.settings, self.quit_now)

    def import_directory(self) -> None:
        if self.directory_import is None:
            from guide.ui.import_directory import DirectoryImport

            self.directory_import = DirectoryImport(self.window, self.pack.path, self.open_window)
        self.directory_import.choose_and_import()
