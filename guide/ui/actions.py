"""The window's actions: their shortcuts (each key once) and their texts in the current language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from guide import i18n
from guide.ui.icons import ui_icon

Keys = list[QKeySequence | QKeySequence.StandardKey] | QKeySequence.StandardKey | str
Slot = Callable[[], object]


def unique_sequences(keys: list[QKeySequence | QKeySequence.StandardKey]) -> list[QKeySequence]:
    """Standard keys repeat our explicit ones on some platforms; a repeat makes Qt call a key ambiguous."""
    texts: list[str] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]
        texts.extend(seq.toString() for seq in sequences if not seq.isEmpty())
    return [QKeySequence(text) for text in dict.fromkeys(texts)]


# lupdate reads calls of this name, translate(context, literal text); the window's texts keep its context.
translate = QCoreApplication.translate


class WindowActions:
    """The actions of ``owner`` (its shortcuts work wherever the focus is in it)."""

    def __init__(self, owner: QWidget, *, back: Slot, forward: Slot, home: Slot, search: Slot, print_page: Slot,
                 export: Slot, bookmark: Slot, zoom_in: Slot, zoom_out: Slot, zoom_reset: Slot,
                 presentation: Slot, quit_: Slot, about_quick_exit: Slot, about: Slot, import_directory: Slot,
                 language: Callable[[str], object], current_language: str, find_in_page: Slot,
                 shortcuts: Slot, contents: Slot, forget: Slot) -> None:
        self._owner = owner
        self.back = self._action(back, [QKeySequence("Alt+Left"), QKeySequence.StandardKey.Back], "back")
        self.forward = self._action(forward, [QKeySequence("Alt+Right"), QKeySequence.StandardKey.Forward],
                                    "forward")
        self.home = self._action(home, "Alt+Home", "home")
        self.search = self._action(search, "Ctrl+K")
        self.find = self._action(find_in_page, [QKeySequence("Ctrl+F"), QKeySequence.StandardKey.Find])
        self.print = self._action(print_page, "Ctrl+P")
        self.export = self._action(export, "Ctrl+Shift+E")
        self.bookmark = self._action(bookmark, "Ctrl+D")
        self.bookmark.setCheckable(True)
        self.zoom_in = self._action(zoom_in, [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"),
                                              QKeySequence.StandardKey.ZoomIn])
        self.zoom_out = self._action(zoom_out, [QKeySequence("Ctrl+-"), QKeySequence.StandardKey.ZoomOut])
        self.zoom_reset = self._action(zoom_reset, "Ctrl+0")
        self.presentation = self._action(presentation, "F11")
        self.presentation.setCheckable(True)
        self.contents = self._action(contents, "F9")  # presentation mode hides the contents; this shows them
        self.contents.setCheckable(True)
        self.contents.setChecked(True)
        self.shortcuts = self._action(shortcuts, [QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.quit = self._action(quit_, QKeySequence.StandardKey.Quit)
        self.about_quick_exit = self._action(about_quick_exit)
        self.about = self._action(about)
        self.forget = self._action(forget)
        self.import_directory = QAction(owner)  # a menu entry only: no shortcut
        self.import_directory.triggered.connect(import_directory)
        self.languages = QActionGroup(owner)
        self.languages.setExclusive(True)
        for code, name in i18n.LANGUAGES.items():
            action = self.languages.addAction(name)  # each language named in itself, never translated
            action.setData(code)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, chosen=code: language(chosen))
        self.check_language(current_language)

    def _action(self, slot: Slot, shortcuts: Keys = "", icon: str = "") -> QAction:
        action = QAction(self._owner)
        # Always setShortcuts: choosing among setShortcut's overloads makes PySide6 build its Qt enums
        # (see guide.ui.qt_start).
        if isinstance(shortcuts, list):
            action.setShortcuts(unique_sequences(shortcuts))
        elif isinstance(shortcuts, QKeySequence.StandardKey):
            action.setShortcuts(shortcuts)
        elif shortcuts:
            action.setShortcuts([QKeySequence(shortcuts)])
        if icon:
            action.setIcon(ui_icon(icon))
        action.triggered.connect(slot)
        self._owner.addAction(action)
        return action

    def all(self) -> list[QAction]:
        """Every action of the window with its keys, in the order they were made (the shortcuts list)."""
        return list(self._owner.actions())

    def toolbar_groups(self) -> tuple[list[QAction], list[QAction], list[QAction]]:
        """Navigation, the page, the view: the toolbar's groups, in order (Bookmark is the first entry
        of the toolbar's Bookmarks menu)."""
        return [self.back, self.forward, self.home], [self.print, self.export], [self.zoom_out, self.zoom_in,
                                                                                 self.presentation]

    def check_language(self, language: str) -> None:
        for action in self.languages.actions():
            action.setChecked(action.data() == language)

    def relabel(self) -> None:
        """Texts and tips in the current language."""
        labels = (
            (self.back, translate("MainWindow", "Back"), ""),
            (self.forward, translate("MainWindow", "Forward"), ""),
            (self.home, translate("MainWindow", "Home"), ""),
            (self.search, translate("MainWindow", "Search the guide"), ""),
            (self.print, translate("MainWindow", "&Print…"), ""),
            (self.export, translate("MainWindow", "&Export PDF…"), ""),
            (self.bookmark, translate("MainWindow", "Bookmark this page"),
             translate("MainWindow", "Bookmark this page (Ctrl+D)")),
            (self.find, translate("MainWindow", "&Find in page…"), ""),
            (self.contents, translate("MainWindow", "Show contents"),
             translate("MainWindow", "Show or hide the guide's contents beside the page (F9)")),
            (self.shortcuts, translate("MainWindow", "Keyboard shortcuts"), ""),
            (self.zoom_in, translate("MainWindow", "Zoom in"), ""),
            (self.zoom_out, translate("MainWindow", "Zoom out"), ""),
            (self.zoom_reset, translate("MainWindow", "Normal size"), ""),
            (self.presentation, translate("MainWindow", "Presentation mode"),
             translate("MainWindow", "Presentation mode for classrooms: full screen, large type (F11)")),
            (self.quit, translate("MainWindow", "&Quit"), ""),
            (self.about_quick_exit, translate("MainWindow", "About quick exit"), ""),
            (self.about, translate("MainWindow", "About this guide"), ""),
            (self.forget, translate("Forget", "&Forget everything this app keeps…"), ""),
        )
        for action, text, tip in labels:
            action.setText(text)
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        self.import_directory.setText(translate("MainWindow", "&Import directory…"))
        self.import_directory.setStatusTip(
            translate("MainWindow", "Make a guide from an Open Referral (HSDS) resource directory"))
