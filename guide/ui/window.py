"""The main window (DESIGN.md §5): banner, search over the tree, the page, toolbar, status bar."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guide import __version__
from guide.store import OrganizationFilter, Pack, PackError, SearchHit
from guide.ui.article_page import ArticlePage
from guide.ui.folder_page import FolderPage
from guide.ui.hotline import HotlineBanner
from guide.ui.import_directory import add_import_action
from guide.ui.links_page import LinksPage
from guide.ui.location import History, Location
from guide.ui.navigation import MenuModel, NavigationTree, node_location
from guide.ui.organizations_page import OrganizationsPage
from guide.ui.quick_exit import HELP_TEXT, TripleShiftFilter
from guide.ui.search import SearchController, SearchResultsPage
from guide.ui.search_field import SearchField
from guide.ui.settings import DEFAULT_ZOOM, ZOOM_STEPS, Settings

PRESENTATION_SCALE = 1.6
STATUS_MS = 5000


def _unique_sequences(keys: list[QKeySequence | QKeySequence.StandardKey]) -> list[QKeySequence]:
    """Standard keys repeat our explicit ones on some platforms; a repeat makes Qt call a key ambiguous."""
    texts: list[str] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]
        texts.extend(seq.toString() for seq in sequences if not seq.isEmpty())
    return [QKeySequence(text) for text in dict.fromkeys(texts)]


class MainWindow(QMainWindow):
    quit_requested = Signal()

    def __init__(self, pack: Pack, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.settings = settings
        self.history = History()
        self.menu_model = MenuModel(pack.menu(), self)
        self._base_font = QFont(self.font())
        self.setWindowTitle(pack.title)
        self.setAccessibleName(pack.title)

        self._create_actions()
        self._create_pages()
        self._create_toolbar()
        self._create_menus()
        self._create_status_bar()
        self._lay_out()
        self._set_tab_order()

        self.search = SearchController(pack, self)
        self.search.results.connect(self._show_results)
        self.search.failed.connect(self.show_status)
        self.search_field.textChanged.connect(self._search_text_changed)

        self._quick_exit_keys = TripleShiftFilter(self.quick_exit, self)
        QApplication.instance().installEventFilter(self._quick_exit_keys)

        self._apply_zoom()
        if settings.problem:
            self.show_status(settings.problem)
        self.go_home()
        self.tree.setFocus()

    # -- building ------------------------------------------------------------------------------

    def _action(self, text: str, slot: object,
                shortcuts: list[QKeySequence | QKeySequence.StandardKey] | QKeySequence.StandardKey | str = "",
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcuts, list):
            action.setShortcuts(_unique_sequences(shortcuts))
        elif shortcuts:
            action.setShortcut(QKeySequence(shortcuts))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        style = self.style()
        icon = style.standardIcon
        pix = style.StandardPixmap
        self.back_action = self._action("Back", self.go_back, [QKeySequence("Alt+Left"), QKeySequence.StandardKey.Back])
        self.back_action.setIcon(icon(pix.SP_ArrowBack))
        self.forward_action = self._action("Forward", self.go_forward,
                                           [QKeySequence("Alt+Right"), QKeySequence.StandardKey.Forward])
        self.forward_action.setIcon(icon(pix.SP_ArrowForward))
        self.home_action = self._action("Home", self.go_home, "Alt+Home")
        self.home_action.setIcon(icon(pix.SP_DirHomeIcon))
        self.search_action = self._action("Search", self.focus_search, [QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        self.print_action = self._action("&Print…", lambda: self.print_page(export=False), "Ctrl+P")
        self.export_action = self._action("&Export PDF…", lambda: self.print_page(export=True), "Ctrl+Shift+E")
        self.bookmark_action = self._action("Bookmark", self.toggle_bookmark, "Ctrl+D",
                                            "Bookmark this page (Ctrl+D)")
        self.bookmark_action.setCheckable(True)
        self.zoom_in_action = self._action("Zoom in", self.zoom_in,
                                           [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence.StandardKey.ZoomIn])
        self.zoom_out_action = self._action("Zoom out", self.zoom_out, [QKeySequence("Ctrl+-"), QKeySequence.StandardKey.ZoomOut])
        self.zoom_reset_action = self._action("Normal size", self.zoom_reset, "Ctrl+0")
        self.presentation_action = self._action("Presentation mode", self.toggle_presentation, "F11",
                                                "Presentation mode for classrooms: full screen, large type (F11)")
        self.presentation_action.setCheckable(True)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)

    def _create_pages(self) -> None:
        self.banner = HotlineBanner(self.pack.hotline())
        self.search_field = SearchField()
        self.search_field.down_pressed.connect(self._focus_results)
        self.search_field.returnPressed.connect(self._open_first_result)
        self.tree = NavigationTree(self.menu_model)
        self.tree.location_selected.connect(self.go)
        self.tree.activated_page.connect(self.focus_page)

        self.article_page = ArticlePage([self.print_action, self.export_action, self.bookmark_action])
        self.article_page.navigate.connect(self.go)
        self.organizations_page = OrganizationsPage(self.pack)
        self.organizations_page.status_message.connect(self.show_status)
        self.links_page = LinksPage()
        self.folder_page = FolderPage()
        self.folder_page.navigate.connect(self.go)
        self.search_page = SearchResultsPage()
        self.search_page.open_hit.connect(self.open_hit)
        self.message_page = QLabel()
        self.message_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_page.setWordWrap(True)
        self.message_page.setAccessibleName("Message")

        self.pages = QStackedWidget()
        for page in (self.article_page, self.organizations_page, self.links_page, self.folder_page,
                     self.search_page, self.message_page):
            self.pages.addWidget(page)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)

        self.quick_exit_button = QToolButton()
        self.quick_exit_button.setText("Quick exit")
        self.quick_exit_button.setObjectName("quickExit")
        self.quick_exit_button.setAccessibleName("Quick exit")
        self.quick_exit_button.setAccessibleDescription(HELP_TEXT)
        self.quick_exit_button.setToolTip(HELP_TEXT)
        self.quick_exit_button.setWhatsThis(HELP_TEXT)
        self.quick_exit_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.quick_exit_button.setStyleSheet(
            "QToolButton#quickExit { background: #b3261e; color: white; font-weight: bold; padding: 4px 14px;"
            " border-radius: 4px; } QToolButton#quickExit:focus { outline: 2px solid palette(highlight); }")
        self.quick_exit_button.clicked.connect(self.quick_exit)

        for action in (self.back_action, self.forward_action, self.home_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.print_action, self.export_action, self.bookmark_action):
            toolbar.addAction(action)
        self.bookmarks_menu = QMenu("Bookmarks", self)
        self.bookmarks_menu.aboutToShow.connect(self._fill_bookmarks_menu)
        bookmarks_button = QToolButton()
        bookmarks_button.setText("Bookmarks")
        bookmarks_button.setMenu(self.bookmarks_menu)
        bookmarks_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bookmarks_button.setAccessibleName("Bookmarks")
        toolbar.addWidget(bookmarks_button)
        toolbar.addSeparator()
        for action in (self.zoom_out_action, self.zoom_in_action, self.presentation_action):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.quick_exit_button)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None and not button.accessibleName():
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.toolbar = toolbar

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for action in (self.print_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        add_import_action(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = bar.addMenu("&Go")
        for action in (self.back_action, self.forward_action, self.home_action, self.search_action):
            go_menu.addAction(action)
        view_menu = bar.addMenu("&View")
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, self.presentation_action):
            view_menu.addAction(action)
        bookmarks = bar.addMenu("&Bookmarks")
        bookmarks.aboutToShow.connect(lambda: self._fill_bookmarks_menu(bookmarks))
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("About quick exit", self._explain_quick_exit))
        help_menu.addAction(self._action("About this guide", self._about))

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        info = self.pack.info()
        for text in ("Offline", f"Content: {info.content_date or 'undated'}",
                     f"Pack v{info.schema_version} · app {__version__}"):
            label = QLabel(text)
            label.setAccessibleName(text)
            status.addPermanentWidget(label)

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 0)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.tree, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 1000])
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
        """Quick exit first, then search, tree, the page; the banner's copy buttons last."""
        org = self.organizations_page
        chain: list[QWidget] = [self.quick_exit_button, self.search_field, self.tree, *self.article_page.buttons,
                                self.article_page.browser, org.text, org.category, org.state, org.language,
                                org.open_24_7, org.has_text, org.clear_button, org.table,
                                self.links_page.view, self.links_page.open_button, self.links_page.copy_button,
                                self.folder_page.view, self.search_page.view, *self.banner.copy_buttons]
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
            self.show_message(f"This page cannot be shown: {exc}")
            return False
        if page is None:
            self.show_message(f"This page is not in the guide ({location.kind} “{location.target}”).")
            return False
        self.pages.setCurrentWidget(page)
        self.tree.show_location(location)
        self.setWindowTitle(f"{self.page_title(location)} — {self.pack.title}")
        self.bookmark_action.setEnabled(location.bookmarkable)
        self.bookmark_action.setChecked(self.settings.is_bookmarked(location))
        return True

    def _page_for(self, location: Location) -> QWidget | None:
        kind, target = location.kind, location.target
        if kind == "article":
            article = self.pack.article(target)
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
        if location.kind == "article" and self.article_page.slug == location.target:
            article = self.pack.article(location.target)
            return article.title if article else location.target
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
        page = self.pages.currentWidget()
        if page is self.organizations_page:
            table = self.organizations_page.table
            if not table.currentIndex().isValid() and self.organizations_page.model.rowCount():
                table.selectRow(0)
            table.setFocus(Qt.FocusReason.TabFocusReason)
        elif page is self.article_page:
            self.article_page.browser.setFocus(Qt.FocusReason.TabFocusReason)
        elif page is self.links_page:
            self.links_page.view.setFocus(Qt.FocusReason.TabFocusReason)
        elif page is self.folder_page:
            self.folder_page.view.setFocus(Qt.FocusReason.TabFocusReason)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    # -- search --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_text_changed(self, text: str) -> None:
        self.search.set_text(text)
        if not text.strip() and self.pages.currentWidget() is self.search_page:
            self._return_to_page()

    def _show_results(self, text: str, hits: list[SearchHit]) -> None:
        if not text:
            self.search_page.clear()
            return
        self.search_page.show_results(text, hits)
        self.pages.setCurrentWidget(self.search_page)

    def _return_to_page(self) -> None:
        if self.history.current is not None:
            self._show(self.history.current)

    def _focus_results(self) -> None:
        if self.pages.currentWidget() is self.search_page:
            self.search_page.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_first_result(self) -> None:
        if self.pages.currentWidget() is self.search_page:
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
            self.show_status("Bookmark removed")
        else:
            self.settings.add_bookmark(self.page_title(location), location)
            self.show_status("Bookmarked")
        self.bookmark_action.setChecked(self.settings.is_bookmarked(location))
        if self.settings.problem:
            self.show_status(self.settings.problem)

    def _fill_bookmarks_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.bookmarks_menu
        menu.clear()
        menu.addAction(self.bookmark_action)
        menu.addSeparator()
        if not self.settings.bookmarks:
            empty = menu.addAction("No bookmarks yet")
            empty.setEnabled(False)
        for bookmark in self.settings.bookmarks:
            action = menu.addAction(bookmark.title)
            action.triggered.connect(lambda _checked=False, loc=bookmark.location: self._open_bookmark(loc))

    def _open_bookmark(self, location: Location) -> None:
        if not self.go(location):
            self.show_status("This bookmark points to a page that is no longer in the guide.")

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
        self.show_status(f"Zoom {percent}%")

    def _apply_zoom(self) -> None:
        scale = self.settings.zoom / 100 * (PRESENTATION_SCALE if self.settings.presentation else 1.0)
        font = QFont(self._base_font)
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
            self.show_status("Printing is not available in this version yet.")
            return
        page = self.pages.currentWidget()
        try:
            if page is self.article_page and self.article_page.slug:
                run = printing.export_article if export else printing.print_article
                run(self, self.pack, self.article_page.slug)
            elif page is self.organizations_page:
                flt: OrganizationFilter = self.organizations_page.current_filter()
                run_list = printing.export_organizations if export else printing.print_organizations
                run_list(self, self.pack, flt)
            else:
                self.show_status("Open an article or an organization list to print it.")
        except (PackError, OSError, RuntimeError) as exc:
            QMessageBox.warning(self, "Printing failed", f"The fact sheet could not be made: {exc}")

    # -- quick exit ----------------------------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide first (nothing may linger on screen), then forget, then quit."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
        self.search.clear()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.search_page.clear()
        self.history.clear()
        self.article_page.clear()
        self.organizations_page.clear()
        self._update_actions()
        QTimer.singleShot(0, self.quit_requested.emit)

    def _explain_quick_exit(self) -> None:
        QMessageBox.information(self, "Quick exit", HELP_TEXT)

    def _about(self) -> None:
        info = self.pack.info()
        QMessageBox.about(self, f"About {info.title}",
                          f"<b>{html.escape(info.title)}</b><br>{html.escape(info.subtitle)}<br><br>Works offline: the guide never "
                          f"connects to the internet. Content of {info.content_date}, pack version "
                          f"{info.schema_version}, app {__version__}.")

    # -- lifetime ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.presentation_action.setChecked(self.isFullScreen())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search.clear()
        self.search.wait()
        super().closeEvent(event)
