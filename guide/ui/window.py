"""The main window (DESIGN.md §5): banner, search over the tree, the page, toolbar, status bar."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

# Classes the first screen does not use (QFont, QMessageBox) are named where they are used, as
# QtGui.X / QtWidgets.X: PySide6 builds a Qt class's Python type and enums the first time it is named.
# So is QtCore.Qt, whose 93 enums take some 15 ms (see guide.ui.widgets.set_qt_enum).
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guide import __version__, i18n
from guide.store import Pack, PackError
from guide.ui.pages.article import ArticlePage
from guide.ui.hotline import HotlineBanner
from guide.ui.icons import ui_icon
from guide.location import History, Location
from guide.ui.navigation import MenuModel, NavigationTree, node_location
from guide.ui.quick_exit import TripleShiftFilter, help_text
from guide.ui.search_field import SearchField
from guide.userdata.settings import DEFAULT_ZOOM, ZOOM_STEPS, Settings
from guide.ui.widgets import set_qt_enum

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from guide.store import OrganizationFilter, SearchHit
    from guide.ui.pages.folder import FolderPage
    from guide.ui.import_directory import DirectoryImport
    from guide.ui.pages.links import LinksPage
    from guide.ui.pages.organizations import OrganizationsPage
    from guide.ui.search import SearchController, SearchResultsPage
# The pages other than the article page, and search, are built (and their modules imported) the first
# time they are used: the first frame shows an article, and building every page made start-up slower.

PRESENTATION_SCALE = 1.6
STATUS_MS = 5000
PageT = TypeVar("PageT", bound=QWidget)


def _unique_sequences(keys: list[QKeySequence | QKeySequence.StandardKey]) -> list[QKeySequence]:
    """Standard keys repeat our explicit ones on some platforms; a repeat makes Qt call a key ambiguous."""
    texts: list[str] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]
        texts.extend(seq.toString() for seq in sequences if not seq.isEmpty())
    return [QKeySequence(text) for text in dict.fromkeys(texts)]


class MainWindow(QMainWindow):
    quit_requested = Signal()
    first_frame_shown = Signal()  # once, just after the window's first frame is on screen

    def __init__(self, pack: Pack, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.settings = settings
        self.history = History()
        # The interface and the content speak one language: the user's choice, else the system's.
        self.language = i18n.supported(settings.language or i18n.system_language())
        i18n.install(self.language)
        self.guide_title = pack.title_in(self.language)
        self._name_application()
        self.menu_model = MenuModel(pack.menu(self.language), self)
        self._base_font: QFont | None = None  # the font before any zoom; taken when zoom first changes it
        self.setWindowTitle(self.guide_title)
        self.setAccessibleName(self.guide_title)

        self._create_actions()
        self._create_pages()
        self._create_toolbar()
        self._create_menus()
        self._create_status_bar()
        self._lay_out()
        self._set_tab_order()
        self._label_actions()

        self._search: SearchController | None = None
        self.directory_import: DirectoryImport | None = None  # File > Import directory…, made on first use
        self.search_field.textChanged.connect(self._search_text_changed)

        self._quick_exit_keys = TripleShiftFilter(self.quick_exit, self)
        self._first_frame_shown = False

        self._apply_zoom()
        if settings.problem:
            self.show_status(settings.problem)
        self.go_home()
        self.tree.setFocus()

    # -- building ------------------------------------------------------------------------------

    def _action(self, slot: object,
                shortcuts: list[QKeySequence | QKeySequence.StandardKey] | QKeySequence.StandardKey | str = ""
                ) -> QAction:
        """An action of the window; its text comes from _label_actions, in the current language."""
        action = QAction(self)
        # Always setShortcuts: choosing among setShortcut's overloads makes PySide6 build its Qt enums
        # (see guide.ui.widgets.set_qt_enum).
        if isinstance(shortcuts, list):
            action.setShortcuts(_unique_sequences(shortcuts))
        elif isinstance(shortcuts, QKeySequence.StandardKey):
            action.setShortcuts(shortcuts)
        elif shortcuts:
            action.setShortcuts([QKeySequence(shortcuts)])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.back_action = self._action(self.go_back, [QKeySequence("Alt+Left"), QKeySequence.StandardKey.Back])
        self.back_action.setIcon(ui_icon("back"))
        self.forward_action = self._action(self.go_forward,
                                           [QKeySequence("Alt+Right"), QKeySequence.StandardKey.Forward])
        self.forward_action.setIcon(ui_icon("forward"))
        self.home_action = self._action(self.go_home, "Alt+Home")
        self.home_action.setIcon(ui_icon("home"))
        self.search_action = self._action(self.focus_search, [QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        self.print_action = self._action(lambda: self.print_page(export=False), "Ctrl+P")
        self.export_action = self._action(lambda: self.print_page(export=True), "Ctrl+Shift+E")
        self.bookmark_action = self._action(self.toggle_bookmark, "Ctrl+D")
        self.bookmark_action.setCheckable(True)
        self.zoom_in_action = self._action(self.zoom_in,
                                           [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence.StandardKey.ZoomIn])
        self.zoom_out_action = self._action(self.zoom_out, [QKeySequence("Ctrl+-"), QKeySequence.StandardKey.ZoomOut])
        self.zoom_reset_action = self._action(self.zoom_reset, "Ctrl+0")
        self.presentation_action = self._action(self.toggle_presentation, "F11")
        self.presentation_action.setCheckable(True)
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.about_quick_exit_action = self._action(self._explain_quick_exit)
        self.about_action = self._action(self._about)
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        for code, name in i18n.LANGUAGES.items():
            action = self.language_actions.addAction(name)  # each language named in itself, never translated
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, chosen=code: self.set_language(chosen))

    def _label_actions(self) -> None:
        """Texts and tips of the actions, menus and toolbar in the current language."""
        labels = (
            (self.back_action, self.tr("Back"), ""),
            (self.forward_action, self.tr("Forward"), ""),
            (self.home_action, self.tr("Home"), ""),
            (self.search_action, self.tr("Search"), ""),
            (self.print_action, self.tr("&Print…"), ""),
            (self.export_action, self.tr("&Export PDF…"), ""),
            (self.bookmark_action, self.tr("Bookmark"), self.tr("Bookmark this page (Ctrl+D)")),
            (self.zoom_in_action, self.tr("Zoom in"), ""),
            (self.zoom_out_action, self.tr("Zoom out"), ""),
            (self.zoom_reset_action, self.tr("Normal size"), ""),
            (self.presentation_action, self.tr("Presentation mode"),
             self.tr("Presentation mode for classrooms: full screen, large type (F11)")),
            (self.quit_action, self.tr("&Quit"), ""),
            (self.about_quick_exit_action, self.tr("About quick exit"), ""),
            (self.about_action, self.tr("About this guide"), ""),
        )
        for action, text, tip in labels:
            action.setText(text)
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        for menu, title in ((self.file_menu, self.tr("&File")), (self.go_menu, self.tr("&Go")),
                            (self.view_menu, self.tr("&View")), (self.language_menu, self.tr("&Language")),
                            (self.bookmarks_bar_menu, self.tr("&Bookmarks")), (self.help_menu, self.tr("&Help")),
                            (self.bookmarks_menu, self.tr("Bookmarks"))):
            menu.setTitle(title)
        self.import_action.setText(self.tr("&Import directory…"))
        self.import_action.setStatusTip(self.tr("Make a guide from an Open Referral (HSDS) resource directory"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        # Only our own actions: asking for a separator's private widget class makes PySide6 load the
        # Python type of every QWidget subclass while it looks for the closest one (~15 ms).
        for action in self.toolbar_actions:
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and button.defaultAction() is action:
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.bookmarks_button.setText(self.tr("Bookmarks"))
        self.bookmarks_button.setAccessibleName(self.tr("Bookmarks"))
        self.quick_exit_button.setText(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleName(self.tr("Quick exit"))
        for setter in (self.quick_exit_button.setAccessibleDescription, self.quick_exit_button.setToolTip,
                       self.quick_exit_button.setWhatsThis):
            setter(help_text())
        self.message_page.setAccessibleName(self.tr("Message"))
        self.article_page.retranslate()

    def _create_pages(self) -> None:
        self.banner = HotlineBanner(self.pack.hotline(self.language))
        self.search_field = SearchField()
        self.search_field.down_pressed.connect(self._focus_results)
        self.search_field.returnPressed.connect(self._open_first_result)
        self.tree = NavigationTree(self.menu_model)
        self.tree.location_selected.connect(self.go)
        self.tree.activated_page.connect(self.focus_page)

        self.article_page = ArticlePage([self.print_action, self.export_action, self.bookmark_action])
        self.article_page.navigate.connect(self.go)
        self.message_page = QLabel()
        set_qt_enum(self.message_page, "alignment", "AlignCenter")
        self.message_page.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.article_page)
        self.pages.addWidget(self.message_page)
        self._built_pages: dict[str, QWidget] = {}

    def _page(self, name: str, build: Callable[[], PageT]) -> PageT:
        """The page called ``name``, built and added to the page stack the first time it is asked for."""
        page = self._built_pages.get(name)
        if page is None:
            page = build()
            self._built_pages[name] = page
            self.pages.addWidget(page)
            self._set_tab_order()
        return page  # type: ignore[return-value]

    def _showing(self, name: str) -> bool:
        """Whether the page called ``name`` is the one shown (without building it)."""
        page = self._built_pages.get(name)
        return page is not None and self.pages.currentWidget() is page

    @property
    def organizations_page(self) -> OrganizationsPage:
        return self._page("organizations", self._build_organizations_page)

    def _build_organizations_page(self) -> OrganizationsPage:
        from guide.ui.pages.organizations import OrganizationsPage

        page = OrganizationsPage(self.pack, language=self.language)
        page.status_message.connect(self.show_status)
        return page

    @property
    def links_page(self) -> LinksPage:
        from guide.ui.pages.links import LinksPage

        return self._page("links", LinksPage)

    @property
    def folder_page(self) -> FolderPage:
        return self._page("folder", self._build_folder_page)

    def _build_folder_page(self) -> FolderPage:
        from guide.ui.pages.folder import FolderPage

        page = FolderPage()
        page.navigate.connect(self.go)
        return page

    @property
    def search_page(self) -> SearchResultsPage:
        return self._page("search", self._build_search_page)

    def _build_search_page(self) -> SearchResultsPage:
        from guide.ui.search import SearchResultsPage

        page = SearchResultsPage()
        page.open_hit.connect(self.open_hit)
        return page

    @property
    def search(self) -> SearchController:
        """Search as you type, started by the first keystroke in the search field."""
        if self._search is None:
            from guide.ui.search import SearchController

            self._search = SearchController(self.pack, self, self.language)
            self._search.results.connect(self._show_results)
            self._search.failed.connect(self.show_status)
        return self._search

    def wait_for_search(self) -> None:
        """Let a search still running on its thread finish (before the pack is closed)."""
        if self._search is not None:
            self._search.wait()

    def _create_toolbar(self) -> None:
        toolbar = QToolBar()
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        set_qt_enum(toolbar, "toolButtonStyle", "ToolButtonTextBesideIcon")
        self.addToolBar(toolbar)

        self.quick_exit_button = QToolButton()
        self.quick_exit_button.setObjectName("quickExit")
        set_qt_enum(self.quick_exit_button, "focusPolicy", "StrongFocus")
        self.quick_exit_button.setStyleSheet(
            "QToolButton#quickExit { background: #b3261e; color: white; font-weight: bold; padding: 4px 14px;"
            " border-radius: 4px; } QToolButton#quickExit:focus { outline: 2px solid palette(highlight); }")
        self.quick_exit_button.clicked.connect(self.quick_exit)

        navigation = [self.back_action, self.forward_action, self.home_action]
        page = [self.print_action, self.export_action, self.bookmark_action]
        view = [self.zoom_out_action, self.zoom_in_action, self.presentation_action]
        self.toolbar_actions = navigation + page + view
        toolbar.addActions(navigation)
        toolbar.addSeparator()
        toolbar.addActions(page)
        self.bookmarks_menu = QMenu(self)
        self.bookmarks_menu.aboutToShow.connect(self._fill_bookmarks_menu)
        self.bookmarks_button = QToolButton()
        self.bookmarks_button.setMenu(self.bookmarks_menu)
        self.bookmarks_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.bookmarks_button)
        toolbar.addSeparator()
        toolbar.addActions(view)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.quick_exit_button)
        self.toolbar = toolbar

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.print_action, self.export_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.import_action = QAction(self)  # labelled by _label_actions, in the window's language
        self.import_action.triggered.connect(self._import_directory)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        for action in (self.back_action, self.forward_action, self.home_action, self.search_action):
            self.go_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, self.presentation_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language_actions.actions())
        self.bookmarks_bar_menu = bar.addMenu("")
        self.bookmarks_bar_menu.aboutToShow.connect(lambda: self._fill_bookmarks_menu(self.bookmarks_bar_menu))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_quick_exit_action)
        self.help_menu.addAction(self.about_action)

    def _import_directory(self) -> None:
        if self.directory_import is None:
            # The importer and its dialogs' Qt classes load when first asked for, not at start-up.
            from guide.ui.import_directory import DirectoryImport

            self.directory_import = DirectoryImport(self, self.pack.path)
        self.directory_import.choose_and_import()

    def _create_status_bar(self) -> None:
        self.status_labels = [QLabel() for _ in range(3)]
        for label in self.status_labels:
            self.statusBar().addPermanentWidget(label)
        self._label_status_bar()

    def _label_status_bar(self) -> None:
        date, schema = self.pack.content_date, self.pack.schema_version
        texts = (self.tr("Offline"), self.tr("Content: {date}").format(date=date or self.tr("undated")),
                 self.tr("Pack v{schema} · app {version}").format(schema=schema, version=__version__))
        for label, text in zip(self.status_labels, texts, strict=True):
            label.setText(text)
            label.setAccessibleName(text)

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 0)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.tree, 1)
        splitter = QSplitter()  # side by side
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 1000])  # menu titles are long; most read in full at this width
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.resize(1200, 760)

    def _set_tab_order(self) -> None:
        """Quick exit first, then search, tree, the page; the banner's copy buttons last.

        Set again each time a page is built: only one page shows at a time, so the pages' own
        widgets may follow each other in any order between the tree and the banner."""
        chain: list[QWidget] = [self.quick_exit_button, self.search_field, self.tree, *self.article_page.buttons,
                                self.article_page.browser]
        pages = self._built_pages
        if "organizations" in pages:
            org = self.organizations_page
            chain += [org.text, org.category, org.state, org.language, org.open_24_7, org.has_text,
                      org.clear_button, org.table]
        if "links" in pages:
            chain += [self.links_page.view, self.links_page.open_button, self.links_page.copy_button]
        if "folder" in pages:
            chain.append(self.folder_page.view)
        if "search" in pages:
            chain.append(self.search_page.view)
        chain += self.banner.copy_buttons
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- navigation ----------------------------------------------------------------------------

    def go(self, location: Location) -> bool:
        """Show ``location`` and record it in the history."""
        if not self._show(location):
            return False
        self.history.visit(location)
        self._update_actions()
        return True

    def _show(self, location: Location) -> bool:
        try:
            page = self._page_for(location)
        except PackError as exc:
            self.show_message(self.tr("This page cannot be shown: {reason}").format(reason=exc))
            return False
        if page is None:
            self.show_message(self.tr("This page is not in the guide ({kind} “{target}”).").format(
                kind=location.kind, target=location.target))
            return False
        self.pages.setCurrentWidget(page)
        self.tree.show_location(location)
        self.setWindowTitle(f"{self.page_title(location)} — {self.guide_title}")
        self.bookmark_action.setEnabled(location.bookmarkable)
        self.bookmark_action.setChecked(self.settings.is_bookmarked(location))
        return True

    def _page_for(self, location: Location) -> QWidget | None:
        kind, target = location.kind, location.target
        if kind == "article":
            article = self.pack.article(target, self.language)
            if article is None:
                return None
            self.article_page.show_article(article)
            return self.article_page
        if kind == "organizations":
            self.organizations_page.show_category(target)
            return self.organizations_page
        if kind == "organization":
            org_id = self.pack.organization_id(target)
            if org_id is None or not self.organizations_page.show_organization(org_id):
                return None
            return self.organizations_page
        if kind == "links":
            self.links_page.show_links(self.pack.links(target))
            return self.links_page
        if kind == "folder" and target.isdigit():
            node = self.menu_model.node_by_id(int(target))
            if node is None:
                return None
            self.folder_page.show_folder(node)
            return self.folder_page
        return None

    def page_title(self, location: Location) -> str:
        index = self.menu_model.index_for(location)
        if index.isValid():
            return str(index.data())
        if location.kind == "article" and self.article_page.article is not None \
                and self.article_page.slug == location.target:
            return self.article_page.article.title
        if location.kind == "organization":
            org = self.organizations_page.detail.organization
            return org.name if org else location.target
        return location.target

    def go_back(self) -> None:
        location = self.history.back()
        if location is not None:
            self._show(location)
        self._update_actions()

    def go_forward(self) -> None:
        location = self.history.forward()
        if location is not None:
            self._show(location)
        self._update_actions()

    def go_home(self) -> None:
        first = self.menu_model.node(self.menu_model.first_index())
        if first is not None:
            self.go(node_location(first))

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def show_message(self, text: str) -> None:
        self.message_page.setText(text)
        self.pages.setCurrentWidget(self.message_page)

    def focus_page(self) -> None:
        if self._showing("organizations"):
            table = self.organizations_page.table
            if not table.currentIndex().isValid() and self.organizations_page.model.rowCount():
                table.selectRow(0)
            table.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
        elif self.pages.currentWidget() is self.article_page:
            self.article_page.browser.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
        elif self._showing("links"):
            self.links_page.view.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
        elif self._showing("folder"):
            self.folder_page.view.setFocus(QtCore.Qt.FocusReason.TabFocusReason)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    # -- search --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_text_changed(self, text: str) -> None:
        self.search.set_text(text)
        if not text.strip() and self._showing("search"):
            self._return_to_page()

    def _show_results(self, text: str, hits: list[SearchHit]) -> None:
        if not text:
            if "search" in self._built_pages:
                self.search_page.clear()
            return
        self.search_page.show_results(text, hits)
        self.pages.setCurrentWidget(self.search_page)

    def _return_to_page(self) -> None:
        if self.history.current is not None:
            self._show(self.history.current)

    def _focus_results(self) -> None:
        if self._showing("search"):
            self.search_page.view.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _open_first_result(self) -> None:
        if self._showing("search"):
            self.search_page.open_current()

    def open_hit(self, hit: SearchHit) -> None:
        try:
            if hit.kind == "organization":
                org = self.pack.organization(int(hit.ref))
                if org is not None and self.go(Location("organization", org.key)):
                    self.organizations_page.table.setFocus()
            elif hit.kind == "link":
                if self.go(Location("links", "all")):
                    self.links_page.select_link(hit.ref)
                    self.links_page.view.setFocus()
            elif self.go(Location("article", hit.ref)):
                self.article_page.browser.setFocus()
        except PackError as exc:
            self.show_status(str(exc))

    # -- bookmarks -----------------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        location = self.history.current
        if location is None or not location.bookmarkable:
            self.bookmark_action.setChecked(False)
            return
        if self.settings.is_bookmarked(location):
            self.settings.remove_bookmark(location)
            self.show_status(self.tr("Bookmark removed"))
        else:
            self.settings.add_bookmark(self.page_title(location), location)
            self.show_status(self.tr("Bookmarked"))
        self.bookmark_action.setChecked(self.settings.is_bookmarked(location))
        if self.settings.problem:
            self.show_status(self.settings.problem)

    def _fill_bookmarks_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.bookmarks_menu
        menu.clear()
        menu.addAction(self.bookmark_action)
        menu.addSeparator()
        if not self.settings.bookmarks:
            empty = menu.addAction(self.tr("No bookmarks yet"))
            empty.setEnabled(False)
        for bookmark in self.settings.bookmarks:
            action = menu.addAction(bookmark.title)
            action.triggered.connect(lambda _checked=False, loc=bookmark.location: self._open_bookmark(loc))

    def _open_bookmark(self, location: Location) -> None:
        if not self.go(location):
            self.show_status(self.tr("This bookmark points to a page that is no longer in the guide."))

    # -- zoom and presentation -----------------------------------------------------------------

    def zoom_in(self) -> None:
        self._set_zoom(next((z for z in ZOOM_STEPS if z > self.settings.zoom), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.settings.zoom), ZOOM_STEPS[0]))

    def zoom_reset(self) -> None:
        self._set_zoom(DEFAULT_ZOOM)

    def _set_zoom(self, percent: int) -> None:
        self.settings.set_zoom(percent)
        self._apply_zoom()
        self.show_status(self.tr("Zoom {percent}%").format(percent=percent))

    def _apply_zoom(self) -> None:
        scale = self.settings.zoom / 100 * (PRESENTATION_SCALE if self.settings.presentation else 1.0)
        if self._base_font is None:
            if scale == 1.0:
                return  # at 100% nothing changes, and naming QFont before the first frame costs ~1.5 ms
            self._base_font = QtGui.QFont(self.font())
        font = QtGui.QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * scale)
        self.setFont(font)

    def toggle_presentation(self) -> None:
        self.set_presentation(not self.settings.presentation)

    def set_presentation(self, on: bool) -> None:
        self.settings.set_presentation(on)
        self.presentation_action.setChecked(on)
        if on:
            self.showFullScreen()
        elif self.isFullScreen():
            self.showNormal()
        self._apply_zoom()

    def show_as_saved(self) -> None:
        """Show the window in the mode the user left it (normal or presentation)."""
        if self.settings.presentation:
            self.set_presentation(True)
        else:
            self.show()

    # -- printing ------------------------------------------------------------------------------

    def print_page(self, export: bool) -> None:
        try:
            from guide.ui import printing
        except ImportError:
            self.show_status(self.tr("Printing is not available in this version yet."))
            return
        page = self.pages.currentWidget()
        try:
            if page is self.article_page and self.article_page.slug:
                run = printing.export_article if export else printing.print_article
                run(self, self.pack, self.article_page.slug, self.language)
            elif self._showing("organizations"):
                flt: OrganizationFilter = self.organizations_page.current_filter()
                run_list = printing.export_organizations if export else printing.print_organizations
                run_list(self, self.pack, flt, self.language)
            else:
                self.show_status(self.tr("Open an article or an organization list to print it."))
        except (PackError, OSError, RuntimeError) as exc:
            QtWidgets.QMessageBox.warning(self, self.tr("Printing failed"),
                                self.tr("The fact sheet could not be made: {reason}").format(reason=exc))

    # -- quick exit ----------------------------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide first (nothing may linger on screen), then forget, then quit."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
        if self._search is not None:
            self._search.clear()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.history.clear()
        self.article_page.clear()
        for name in ("search", "organizations"):
            if name in self._built_pages:
                getattr(self, f"{name}_page").clear()
        self._update_actions()
        QTimer.singleShot(0, self.quit_requested.emit)

    def _explain_quick_exit(self) -> None:
        QtWidgets.QMessageBox.information(self, self.tr("Quick exit"), help_text())

    def _about(self) -> None:
        try:
            info = self.pack.info(self.language)  # counts rows: fails if the file changed under us
        except PackError as exc:
            self.show_status(str(exc))
            return
        about = self.tr("Works offline: the guide never connects to the internet. Content of {date}, pack version "
                        "{schema}, app {version}.").format(date=info.content_date, schema=info.schema_version,
                                                           version=__version__)
        QtWidgets.QMessageBox.about(self, self.tr("About {title}").format(title=info.title),
                          f"<b>{html.escape(info.title)}</b><br>{html.escape(info.subtitle)}<br><br>"
                          f"{html.escape(about)}")

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
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)
        self._label_actions()
        self._label_status_bar()
        self.menu_model.retitle(menu)
        self.tree.retranslate()
        self.search_field.retranslate()
        self.banner.retranslate(hotline)
        for name in ("links", "folder", "search"):  # pages not built yet are built in the new language
            if name in self._built_pages:
                getattr(self, f"{name}_page").retranslate()
        if "organizations" in self._built_pages:
            self.organizations_page.set_language(language)
        if self._search is not None:
            self._search.language = language
        if self._showing("search"):
            self.search.set_text(self.search_field.text())  # the results in the new language
        elif self._showing("organizations") and self.history.current is not None:
            # Showing the page again would clear the user's filters; only the title changes.
            self.setWindowTitle(f"{self.page_title(self.history.current)} — {self.guide_title}")
        elif self.history.current is not None:
            self._show(self.history.current)
        else:
            self.setWindowTitle(self.guide_title)

    def _name_application(self) -> None:
        """The desktop shows "page — application name"; our titles already end with the guide's title,
        in the chosen language, so Qt appends nothing when that is the application's display name."""
        QApplication.setApplicationDisplayName(self.guide_title)

    # -- lifetime ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_frame_shown:
            self._first_frame_shown = True
            QTimer.singleShot(0, self._after_first_frame)  # runs after this frame is on screen

    def _after_first_frame(self) -> None:
        """Start-up work the first frame does not need."""
        # An application-wide filter in Python is called for every event of every widget; installed
        # before the first frame, it made building and painting the window half again as slow.
        QApplication.instance().installEventFilter(self._quick_exit_keys)
        self.first_frame_shown.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.presentation_action.setChecked(self.isFullScreen())
        elif event.type() == QEvent.Type.LanguageChange:
            self._follow_language(i18n.installed_language())  # e.g. chosen in another window
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._search is not None:
            self._search.clear()
        self.wait_for_search()
        super().closeEvent(event)
