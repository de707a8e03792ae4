"""What surrounds the pages: toolbar, menu bar, status bar, and how the window is laid out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guide import __version__
from guide.paths import is_bundled
from guide.store import Pack
from guide.ui.actions import WindowActions
from guide.ui.qt_start import icons_only, no_focus, strong_focus, text_beside_icon
from guide.ui.quick_exit import help_text

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)

# Qt style sheets know no `outline`: focus shows as a thick light ring inside a darker button, which
# a grab of the button can tell apart (tests/ui/test_accessibility.py).
def quick_exit_style(face: str, text: str, edge: str, focused_face: str, focused_text: str, hover: str) -> str:
    return (f"QToolButton#quickExit {{ background: {face}; color: {text}; font-weight: bold; padding: 4px 14px;"
            f" border: 3px solid {edge}; border-radius: 4px; }}"
            f" QToolButton#quickExit:focus {{ background: {focused_face}; color: {focused_text};"
            f" border: 3px solid white; }}"
            f" QToolButton#quickExit:hover {{ background: {hover}; }}")


QUICK_EXIT_STYLE = quick_exit_style("#b3261e", "white", "#b3261e", "#7a1712", "white", "#8f1e18")


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…")


class ToolbarRow(QWidget):
    """The toolbar and, outside it, quick exit: a toolbar that runs out of room moves its last items
    into its overflow menu, and quick exit must never be one of them."""

    def __init__(self, bar: QToolBar, quick_exit: QToolButton) -> None:
        super().__init__()
        self.bar = bar
        self._wide_width = 0  # what the bar needs with text beside its icons; 0 until it was too narrow
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(6)
        row.addWidget(bar, 1)
        row.addWidget(quick_exit)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Too narrow for every label: the buttons that have an icon (back, forward, home) show only
        their icon, and only then does the bar move items into its overflow, from the right."""
        if not self._wide_width:
            if self.bar.width() >= self.bar.sizeHint().width():
                return
            self._wide_width = self.bar.sizeHint().width()
            icons_only(self.bar)
        elif self.bar.width() >= self._wide_width:
            self._wide_width = 0
            text_beside_icon(self.bar)

    def refit(self) -> None:
        """Labels changed (another language): measure the bar's width again."""
        if self._wide_width:
            self._wide_width = 0
            text_beside_icon(self.bar)
        self.fit()


class Toolbar:
    """Navigation, the bookmarks button, the page's actions, the view; quick exit beside the bar."""

    def __init__(self, window: QMainWindow, actions: WindowActions, bookmarks_menu: QMenu) -> None:
        self.bar = QToolBar(window)
        self.bar.setObjectName("mainToolbar")
        self.bar.setMovable(False)
        text_beside_icon(self.bar)
        self.quick_exit_button = QToolButton()
        self.quick_exit_button.setObjectName("quickExit")
        strong_focus(self.quick_exit_button)
        self.quick_exit_button.setStyleSheet(QUICK_EXIT_STYLE)

        # In the order they give way when the window narrows: the last first.
        navigation, page, view = actions.toolbar_groups()
        self.actions = navigation + page + view
        self.bar.addActions(navigation)
        self.bar.addSeparator()
        self.bookmarks_button = QToolButton()
        self.bookmarks_button.setMenu(bookmarks_menu)
        self.bookmarks_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bar.addWidget(self.bookmarks_button)
        self.bar.addActions(page)
        self.bar.addSeparator()
        self.bar.addActions(view)
        self.row = ToolbarRow(self.bar, self.quick_exit_button)

    def relabel(self) -> None:
        self.bar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        # Only our own actions: asking for a separator's private widget class makes PySide6 load the
        # Python type of every QWidget subclass while it looks for the closest one (~15 ms).
        for action in self.actions:
            button = self.bar.widgetForAction(action)
            if isinstance(button, QToolButton) and button.defaultAction() is action:
                button.setAccessibleName(_plain(action.text()))
        bookmarks = translate("MainWindow", "Bookmarks")
        self.bookmarks_button.setText(bookmarks)
        self.bookmarks_button.setAccessibleName(bookmarks)
        quick_exit = translate("MainWindow", "Quick exit")
        self.quick_exit_button.setText(quick_exit)
        self.quick_exit_button.setAccessibleName(quick_exit)
        for setter in (self.quick_exit_button.setAccessibleDescription, self.quick_exit_button.setToolTip,
                       self.quick_exit_button.setWhatsThis):
            setter(help_text())
        self.row.refit()


class MenuBar:
    """File, Go, View (with Language), Bookmarks, Help."""

    def __init__(self, window: QMainWindow, actions: WindowActions) -> None:
        bar = window.menuBar()
        self.file = self._menu(bar.addMenu(""), actions.print, actions.export, None, actions.import_directory,
                               None, actions.forget, None, actions.quit)  # both last ones end the session
        self.go = self._menu(bar.addMenu(""), actions.back, actions.forward, actions.home, None, actions.search,
                             actions.find)
        self.view = self._menu(bar.addMenu(""), actions.zoom_in, actions.zoom_out, actions.zoom_reset, None,
                               actions.presentation, actions.contents, None)
        self.language = self.view.addMenu("")
        self.language.addActions(actions.languages.actions())
        self.bookmarks = bar.addMenu("")
        self.help = self._menu(bar.addMenu(""), actions.shortcuts, None, actions.about_quick_exit, actions.about)

    @staticmethod
    def _menu(menu: QMenu, *entries: QAction | None) -> QMenu:
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(entry)
        return menu

    def relabel(self) -> None:
        for menu, title in ((self.file, translate("MainWindow", "&File")), (self.go, translate("MainWindow", "&Go")),
                            (self.view, translate("MainWindow", "&View")),
                            (self.language, translate("MainWindow", "&Language")),
                            (self.bookmarks, translate("MainWindow", "&Bookmarks")),
                            (self.help, translate("MainWindow", "&Help"))):
            menu.setTitle(title)


def comes_with_the_app() -> str:
    """The standing of the bundled guide (guide.ui.guide_standing), known before the library loads."""
    return translate("GuideStanding", "Comes with the app")


class StatusLabels:
    """Offline, the content's date, the versions: always in the status bar. After them, made now, the
    places of the guide's standing that guide.ui.guide_standing fills in after the first frame: added
    then, they changed the bar's layout and the whole window was painted again. The bundled guide's
    standing needs no library: it shows from the first frame."""

    def __init__(self, window: QMainWindow, pack: Pack) -> None:
        self.pack = pack
        self.labels = [QLabel() for _ in range(3)]
        self.stale, self.standing = QLabel(), QLabel()
        self.trust_button = QPushButton()
        self.stale.hide()
        self.trust_button.hide()
        for widget in (*self.labels, self.stale, self.standing, self.trust_button):
            window.statusBar().addPermanentWidget(widget)
        if is_bundled(pack.path):
            self.standing.setText(comes_with_the_app())
            self.standing.setAccessibleName(self.standing.text())
        self.relabel()

    def relabel(self) -> None:
        date, schema = self.pack.content_date, self.pack.schema_version
        texts = (translate("MainWindow", "Offline"),
                 translate("MainWindow", "Content: {date}").format(date=date or translate("MainWindow", "undated")),
                 translate("MainWindow", "Pack v{schema} · app {version}").format(schema=schema, version=__version__))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.setAccessibleName(text)


def lay_out(window: QMainWindow, top: list[QWidget], side: list[QWidget], pages: QWidget) -> QWidget:
    """``top`` (toolbar, banner) across the top; below it ``side`` (search over the tree) beside the
    pages. Returns the side panel (presentation mode hides it)."""
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(6, 6, 0, 0)
    for widget in side:
        left_layout.addWidget(widget, 1 if widget is side[-1] else 0)
    splitter = QSplitter()  # side by side
    splitter.addWidget(left)
    splitter.addWidget(scrolling(pages))
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([330, 1000])  # menu titles are long; most read in full at this width
    splitter.setChildrenCollapsible(False)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in top:
        layout.addWidget(widget)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.resize(1200, 760)
    return left


def scrolling(pages: QWidget) -> QScrollArea:
    """The pages in an area that scrolls a page narrower than it can be: the window's own minimum
    width never depends on the widest page (the organizations' filters were 781 px, 994 in Spanish)."""
    area = QScrollArea()
    area.setObjectName("pageArea")
    no_focus(area)  # Tab goes from the contents straight into the page
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(pages)
    return area


def chain_tab_order(widgets: list[QWidget]) -> None:
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
