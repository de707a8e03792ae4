"""The main window (DESIGN.md §5): banner, search over the tree, the page, toolbar, status bar.

The window assembles; the pages (guide.ui.pages) show locations behind one protocol, the router
builds them on first use and keeps the history, and each concern around them has its own module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from guide import i18n
from guide.location import Location
from guide.store import Pack, PackError
from guide.ui import quick_exit
from guide.ui.accessible import name_clear_buttons
from guide.ui.actions import WindowActions
from guide.ui.appearance import Appearance
from guide.ui.bookmarks_menu import Bookmarks
from guide.ui.chrome import MenuBar, StatusLabels, Toolbar, chain_tab_order, lay_out
from guide.ui.forget import ForgetEverything
from guide.ui.hotline import HotlineBanner
from guide.ui.navigation import MenuModel, NavigationTree, node_location
from guide.ui.page_registry import register_pages
from guide.ui.pages.message import label_message, message_page
from guide.ui.pages.page import Page, WorksInBackground
from guide.ui.qt_start import AfterFirstFrame
from guide.ui.router import Router
from guide.ui.search_field import SearchField
from guide.ui.search_wiring import SearchWiring
from guide.ui.view_scale import ViewScale
from guide.ui.window_title import WindowTitle
from guide.userdata.settings import Settings

if TYPE_CHECKING:
    from guide.ui.import_directory import DirectoryImport
    from guide.ui.open_guide import GuideShelf

STATUS_MS = 5000


class MainWindow(AfterFirstFrame, QMainWindow):
    quit_requested = Signal()
    first_frame_shown = Signal()  # once, just after the window's first frame is on screen

    def __init__(self, pack: Pack, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.settings = settings
        # The interface and the content speak one language: the user's choice, else the system's.
        self.language = i18n.supported(settings.language or i18n.system_language())
        i18n.install(self.language)
        self.guide_title = pack.title_in(self.language)
        self._name_application()
        self.menu_model = MenuModel(pack.menu(self.language), self)
        self.setAccessibleName(self.guide_title)

        self.commands = WindowActions(
            self, back=self.go_back, forward=self.go_forward, home=self.go_home, search=self.focus_search,
            print_page=lambda: self.print_page(export=False), export=lambda: self.print_page(export=True),
            bookmark=self.toggle_bookmark, zoom_in=lambda: self.view_scale.zoom_in(),
            zoom_out=lambda: self.view_scale.zoom_out(), zoom_reset=lambda: self.view_scale.zoom_reset(),
            presentation=lambda: self.view_scale.toggle_presentation(), quit_=self.close,
            about_quick_exit=lambda: quick_exit.explain(self), about=self._about,
            import_directory=self._import_directory, language=self.set_language, current_language=self.language,
            find_in_page=self.find_in_page, shortcuts=self._shortcuts,
            contents=lambda: self.view_scale.show_contents(self.commands.contents.isChecked()))
        self.banner = HotlineBanner(pack.hotline(self.language))
        self.search_field = SearchField()
        self.tree = NavigationTree(self.menu_model)
        self.tree.location_selected.connect(self.go)
        self.tree.activated_page.connect(self.focus_page)
        self.pages = QStackedWidget()
        # Joins the stack when first shown: the stack sizes its first page with itself, and a page
        # filled while hidden and unsized (an article) opens scrolled down.
        self.message_page = message_page()
        self.router: Router[Page] = Router(self._display, self._shown, self._refused, self._built, (PackError,))
        register_pages(self.router, pack, lambda: self.language, self.menu_model, self.go, self.show_status,
                       lambda hit: self.searching.open_hit(hit))
        self.bookmarks = Bookmarks(self, settings, self.commands.bookmark, self.page_title, self.go,
                                   self.show_status)
        self.toolbar = Toolbar(self, self.commands, self.bookmarks.menu)
        self.toolbar.quick_exit_button.clicked.connect(self.quick_exit)
        self.menus = MenuBar(self, self.commands)
        self.bookmarks.follow_menu(self.menus.bookmarks)
        self.appearance = Appearance(self, settings, self.menus.view, self.toolbar.quick_exit_button)
        self.title = WindowTitle(self, settings, self.menus.view)
        self.title.show("", self.guide_title)
        self.forgetting = ForgetEverything(self, settings, self.menus.file, self.quick_exit)
        self.status_labels = StatusLabels(self, pack)
        self._guide_shelf: GuideShelf | None = None  # File > Open guide…, Guides…: after the first frame
        self.router.page("article")  # the first frame's: in the stack before it is laid out, as it was
        side = lay_out(self, [self.toolbar.row, self.banner], [self.search_field, self.tree], self.pages)
        self._set_tab_order()
        self._label()
        self.searching = SearchWiring(self.search_field, self.router, pack, self.language, self, self.go,
                                      self.show_status, self.set_language)
        self.directory_import: DirectoryImport | None = None  # File > Import directory…, made on first use
        self._quick_exit_keys = quick_exit.TripleShiftFilter(self.quick_exit, self)
        self.view_scale = ViewScale(self, self.pages, side, settings, self.commands.presentation,
                                    self.commands.contents, self.show_status)
        if settings.problem:
            self.show_status(settings.problem)
        self.go_home()
        self.search_field.setFocus()  # type to search; Quick exit is first in the tab order (README)

    # -- the router's callbacks ----------------------------------------------------------------

    def _display(self, page: Page) -> None:
        self.pages.setCurrentWidget(cast(QWidget, page))
        self._update_page_actions()

    def _shown(self, location: Location) -> None:
        self.tree.show_location(location)
        self.title.show(self.page_title(location), self.guide_title)
        self.bookmarks.follow(location)

    def _refused(self, location: Location, error: Exception | None) -> None:
        if error is not None:
            self.show_message(self.tr("This page cannot be shown: {reason}").format(reason=error))
        else:
            self.show_message(self.tr("This page is not in the guide ({kind} “{target}”).").format(
                kind=location.kind, target=location.target))

    def _built(self, page: Page) -> None:
        self.pages.addWidget(cast(QWidget, page))
        name_clear_buttons(cast(QWidget, page))
        if self.centralWidget() is not None:  # laid out: widgets in one window can be chained
            self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Quick exit first, then search, tree, the page; the banner's copy buttons last.

        Set again each time a page is built: only one page shows at a time, so the pages' own
        widgets may follow each other in any order between the tree and the banner."""
        pages = [widget for page in self.router.pages() for widget in page.tab_chain()]
        chain_tab_order([self.toolbar.quick_exit_button, self.search_field, self.tree, *pages,
                         *self.banner.copy_buttons])

    def _label(self) -> None:
        """Texts of the window's own widgets in the current language (the pages label themselves)."""
        self.commands.relabel()
        self.menus.relabel()
        self.bookmarks.relabel()
        for part in (self.appearance, self.title, self.forgetting):
            part.relabel()
        self.toolbar.relabel()
        label_message(self.message_page)
        name_clear_buttons(self)

    # -- navigation ----------------------------------------------------------------------------

    def go(self, location: Location) -> bool:
        """Show ``location`` and record it in the history."""
        shown = self.router.go(location)
        self._update_actions()
        return shown

    def go_back(self) -> None:
        self.router.back()
        self._update_actions()

    def go_forward(self) -> None:
        self.router.forward()
        self._update_actions()

    def go_home(self) -> None:
        first = self.menu_model.node(self.menu_model.first_index())
        if first is not None:
            self.go(node_location(first))

    def page_title(self, location: Location) -> str:
        index = self.menu_model.index_for(location)
        return str(index.data()) if index.isValid() else self.router.title(location)

    def _update_actions(self) -> None:
        self.commands.back.setEnabled(self.router.history.can_go_back())
        self.commands.forward.setEnabled(self.router.history.can_go_forward())

    def _update_page_actions(self) -> None:
        """Print, Export and Find only where the page shown has something to print or find."""
        page = self.router.current  # None while a message shows
        printable = page is not None and page.printable() is not None
        self.commands.print.setEnabled(printable)
        self.commands.export.setEnabled(printable)
        self.commands.find.setEnabled(hasattr(page, "find_in_page"))

    def show_message(self, text: str) -> None:
        self.message_page.setText(text)
        if self.pages.indexOf(self.message_page) < 0:
            self.pages.addWidget(self.message_page)
        self.pages.setCurrentWidget(self.message_page)
        self._update_page_actions()

    def focus_page(self) -> None:
        if self.router.current is not None:
            self.router.current.focus()

    def focus_search(self) -> None:
        self.view_scale.show_contents(True)  # the field sits above the contents, hidden in presentation
        self.searching.focus()

    def find_in_page(self) -> None:
        find = getattr(self.router.current, "find_in_page", None)
        if find is not None:
            find()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def wait_for_search(self) -> None:
        """Let the searches still running on their threads finish (before the pack is closed)."""
        self.searching.wait()
        for page in self.router.pages():
            if isinstance(page, WorksInBackground):
                page.wait()

    def toggle_bookmark(self) -> None:
        self.bookmarks.toggle(self.router.history.current)

    def set_presentation(self, on: bool) -> None:
        self.view_scale.set_presentation(on)

    def show_as_saved(self) -> None:
        """Show the window in the mode the user left it (normal or presentation)."""
        self.view_scale.show_as_saved()

    # -- menu commands -------------------------------------------------------------------------

    def print_page(self, export: bool) -> None:
        from guide.ui.print_dispatch import print_or_export

        page = self.router.current
        print_or_export(self, self.pack, self.language, page.printable() if page else None, export,
                        self.show_status)

    def _shortcuts(self) -> None:
        from guide.ui.shortcuts import show_shortcuts

        show_shortcuts(self, self.commands)

    def _about(self) -> None:
        from guide.ui.about import show_about

        try:
            show_about(self, self.pack, self.language)
        except PackError as exc:
            self.show_status(str(exc))

    def _import_directory(self) -> None:
        if self.directory_import is None:
            # The importer and its dialogs' Qt classes load when first asked for, not at start-up.
            from guide.ui.import_directory import DirectoryImport

            self.directory_import = DirectoryImport(self, self.pack.path,
                                                    lambda pack: MainWindow(pack, self.settings))
        self.directory_import.choose_and_import()

    def quick_exit(self) -> None:
        """Hide first (nothing may linger on screen), then forget, then quit."""
        quick_exit.hide_every_window()
        self.searching.clear()
        self.router.clear()
        self._update_actions()
        QTimer.singleShot(0, self.quit_requested.emit)

    # -- language ------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the interface and the content to ``language`` (remembered for the next start)."""
        language = i18n.supported(language)
        self.settings.set_language(language)
        if self.settings.problem:
            self.show_status(self.settings.problem)
        i18n.install(language)  # every window relabels itself on the LanguageChange event that follows
        self._follow_language(language)

    def _follow_language(self, language: str) -> None:
        if language == self.language:
            return
        try:  # read the new language's content first: a pack that changed under us stops here, whole
            title, menu = self.pack.info(language).title, self.pack.menu(language)
            hotline = self.pack.hotline(language)
            self.pack.categories(language)
        except PackError as exc:
            self.show_status(str(exc))
            return
        self.language = language
        self.guide_title = title
        self._name_application()
        self.setAccessibleName(self.guide_title)
        self.commands.check_language(language)
        self._label()
        self.status_labels.relabel()
        self.menu_model.retitle(menu)
        self.tree.retranslate()
        self.search_field.retranslate()
        self.banner.retranslate(hotline)
        self.router.retranslate(language)  # pages not built yet are built in the new language
        self.searching.set_language(language)  # results shown are searched again, in the new language
        current = self.router.history.current
        if self.router.showing("search"):
            return
        if self.router.showing("organizations") and current is not None:
            # Showing the page again would clear the user's filters; only the title changes.
            self.title.show(self.page_title(current), self.guide_title)
        elif current is not None:
            self.router.show(current)
        else:
            self.title.show("", self.guide_title)

    def _name_application(self) -> None:
        """The desktop shows "page — application name"; our titles already end with the guide's title,
        in the chosen language, so Qt appends nothing when that is the application's display name."""
        QApplication.setApplicationDisplayName(self.guide_title)

    # -- lifetime ------------------------------------------------------------------------------

    @property
    def guide_shelf(self) -> GuideShelf:
        """The guide library's menu entries and status (its modules, and the signature check of a
        pack opened with --pack, are not needed for the first frame)."""
        if self._guide_shelf is None:
            from guide.ui.open_guide import GuideShelf

            self._guide_shelf = GuideShelf(self, self.pack, self.menus.file, self.settings.folder,
                                           lambda other: MainWindow(other, self.settings))
        return self._guide_shelf

    def after_first_frame(self) -> None:
        # An application-wide filter in Python is called for every event of every widget; installed
        # before the first frame, it made building and painting the window half again as slow.
        QApplication.instance().installEventFilter(self._quick_exit_keys)  # type: ignore[union-attr]
        self.guide_shelf  # noqa: B018 (made now: its File menu entries and status bar labels)
        self.first_frame_shown.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.commands.presentation.setChecked(self.isFullScreen())
        elif event.type() == QEvent.Type.LanguageChange:
            self._follow_language(i18n.installed_language())  # e.g. chosen in another window
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.searching.close()
        super().closeEvent(event)
