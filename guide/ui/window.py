"""The main window (DESIGN.md §5): banner, search over the tree, the page, toolbar, status bar.

The window assembles; the pages (guide.ui.pages) show locations behind one protocol, the router
builds them on first use and keeps the history, and each concern around them has its own module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from guide import i18n
from guide.location import Location
from guide.store import Pack, PackError
from guide.ui import quick_exit
from guide.ui.actions import WindowActions
from guide.ui.appearance import Appearance
from guide.ui.bookmarks_menu import Bookmarks
from guide.ui.chrome import MenuBar, StatusLabels, Toolbar, chain_tab_order, lay_out
from guide.ui.hotline import HotlineBanner
from guide.ui.menu_commands import MenuCommands
from guide.ui.navigation import MenuModel, NavigationTree, node_location
from guide.ui.page_registry import register_pages
from guide.ui.pages.page import Page, Printable, WorksInBackground
from guide.ui.qt_start import AfterFirstFrame
from guide.ui.router import Router
from guide.ui.search_field import SearchField
from guide.ui.search_wiring import SearchWiring
from guide.ui.view_scale import ViewScale
from guide.ui.window_title import WindowTitle
from guide.userdata.settings import Settings

if TYPE_CHECKING:
    from guide.ui.open_guide import GuideShelf
    from guide.ui.pages.message import MessagePage

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

        menu = self.menu_commands = MenuCommands(self, pack, settings, lambda: self.language, self._printable,
                                                 self.show_status, self.quick_exit, self._another_window)
        self.commands = WindowActions(
            self, back=lambda: self._step(self.router.back), forward=lambda: self._step(self.router.forward),
            home=self.go_home, search=self.focus_search, print_page=lambda: menu.print_page(export=False),
            export=lambda: menu.print_page(export=True),
            bookmark=lambda: self.bookmarks.toggle(self.router.history.current),
            zoom_in=lambda: self.view_scale.zoom_in(), zoom_out=lambda: self.view_scale.zoom_out(),
            zoom_reset=lambda: self.view_scale.zoom_reset(), presentation=lambda: self.view_scale.toggle_presentation(),
            quit_=self.close, about_quick_exit=menu.about_quick_exit, about=menu.about, forget=menu.forget,
            import_directory=menu.import_directory, language=self.set_language, current_language=self.language,
            find_in_page=self.find_in_page, shortcuts=lambda: menu.shortcuts(self.commands),
            contents=lambda: self.view_scale.show_contents(self.commands.contents.isChecked()))
        self.banner = HotlineBanner(pack.hotline(self.language))
        self.search_field = SearchField()
        self.tree = NavigationTree(self.menu_model)
        self.tree.location_selected.connect(self.go)
        self.tree.activated_page.connect(self.focus_page)
        self.pages = QStackedWidget()
        self.message_page: MessagePage | None = None  # made, and put in the stack, when first shown
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
        self.status_labels = StatusLabels(self, pack)
        self._guide_shelf: GuideShelf | None = None  # File > Open guide…, Guides…: after the first frame
        self.router.page("article")  # the first frame's: in the stack before it is laid out, as it was
        side = lay_out(self, [self.toolbar.row, self.banner], [self.search_field, self.tree], self.pages)
        self._set_tab_order()
        self._label()
        self.searching = SearchWiring(self.search_field, self.router, pack, self.language, self, self.go,
                                      self.show_status, self.set_language)
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
        self.show_message(self.tr("This page cannot be shown: {reason}").format(reason=error) if error is not None else
                          self.tr("This page is not in the guide ({kind} “{target}”).").format(
                              kind=location.kind, target=location.target))

    def _built(self, page: Page) -> None:
        self.pages.addWidget(cast(QWidget, page))
        if self.centralWidget() is not None:  # laid out: widgets in one window can be chained
            self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Quick exit first, then search, tree, the page; the banner's copy buttons last. Set again each
        time a page is built: one page shows at a time, so the pages' widgets may follow each other."""
        pages = [widget for page in self.router.pages() for widget in page.tab_chain()]
        chain_tab_order([self.toolbar.quick_exit_button, self.search_field, self.tree, *pages,
                         *self.banner.copy_buttons])

    def _label(self) -> None:
        """Texts of the window's own widgets in the current language (the pages label themselves)."""
        self.commands.relabel()
        self.menus.relabel()
        self.bookmarks.relabel()
        self.appearance.relabel()
        self.title.relabel()
        self.toolbar.relabel()

    # -- navigation ----------------------------------------------------------------------------

    def go(self, location: Location) -> bool:
        """Show ``location`` and record it in the history."""
        shown = self.router.go(location)
        self._update_actions()
        return shown

    def _step(self, back_or_forward: Callable[[], None]) -> None:
        back_or_forward()
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
        printable = self._printable() is not None
        self.commands.print.setEnabled(printable)
        self.commands.export.setEnabled(printable)
        self.commands.find.setEnabled(hasattr(self.router.current, "find_in_page"))

    def show_message(self, text: str) -> None:
        if self.message_page is None:
            from guide.ui.pages.message import MessagePage

            # Not in the stack before: the stack sizes its first page with itself, and a page filled
            # while hidden and unsized (an article) opens scrolled down.
            self.message_page = MessagePage()
            self.pages.addWidget(self.message_page)
        self.message_page.setText(text)
        self.pages.setCurrentWidget(self.message_page)
        self._update_page_actions()

    def focus_page(self) -> None:
        if self.router.current is not None:
            self.router.current.focus()

    def focus_search(self) -> None:
        self.view_scale.show_contents(True)  # the field sits above the contents, hidden in presentation
        self.searching.focus()

    def find_in_page(self) -> None:
        getattr(self.router.current, "find_in_page", lambda: None)()  # pages that have text to find

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def wait_for_search(self) -> None:
        """Let the searches still running on their threads finish (before the pack is closed)."""
        self.searching.wait()
        for page in self.router.pages():
            if isinstance(page, WorksInBackground):
                page.wait()

    def _printable(self) -> Printable | None:
        page = self.router.current  # None while a message shows
        return page.printable() if page is not None else None

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
            title, menu, hotline = self.pack.info(language).title, self.pack.menu(language), self.pack.hotline(language)
            self.pack.categories(language)
        except PackError as exc:
            self.show_status(str(exc))
            return
        self.language, self.guide_title = language, title
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
        if current is not None and not self.router.showing("organizations"):
            self.router.show(current)  # in the new language, and so is its title
        else:  # shown again, the organizations would lose the user's filters: only the title changes
            self.title.show(self.page_title(current) if current else "", self.guide_title)

    def _name_application(self) -> None:
        """Our titles end with the guide's title: as the application's name, Qt appends nothing to them."""
        QApplication.setApplicationDisplayName(self.guide_title)

    # -- lifetime ------------------------------------------------------------------------------

    @property
    def guide_shelf(self) -> GuideShelf:
        """The guide library's menu entries and status: not needed for the first frame."""
        if self._guide_shelf is None:
            from guide.ui.open_guide import GuideShelf

            self._guide_shelf = GuideShelf(self, self.pack, self.menus.file, self.status_labels, self.settings.folder,
                                           self._another_window)
        return self._guide_shelf

    def _another_window(self, other: Pack) -> MainWindow:
        return MainWindow(other, self.settings)

    def after_first_frame(self) -> Iterator[None]:
        self._quick_exit_keys.watch()  # this window's QWindow among them: it is made when the window is shown
        yield
        self.guide_shelf  # noqa: B018 (made now: its File menu entries and status bar labels)
        yield
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
