"""The window fits small screens and projectors (issue #17): 800x600 and up, English and Spanish,
normal and presentation mode, on the guide's own content (its real, long Spanish hotline name);
the hotline numbers and Quick exit stay whole and on screen; zoom scales the page, not the chrome."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from support import RESOURCES, open_window

from guide import i18n
from guide.content import build_pack
from guide.location import Location
from guide.store import Pack
from guide.ui.window import MainWindow
from guide.userdata.settings import Settings


@pytest.fixture(scope="module")
def guide_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The guide's own pack: its Spanish texts are the long ones a small screen must hold."""
    return build_pack(RESOURCES, tmp_path_factory.mktemp("guide") / "guide.pack").path


OpenIn = Callable[[str], MainWindow]


@pytest.fixture
def window_in(qtbot: QtBot, guide_pack: Path, data_dir: Path) -> Iterator[OpenIn]:
    """Opens the window on the guide's pack in a language (as one chosen in View > Language)."""
    with ExitStack() as stack:
        def open_in(language: str) -> MainWindow:
            Settings(data_dir).set_language(language)
            return stack.enter_context(open_window(qtbot, guide_pack, data_dir))

        yield open_in
    i18n.install("en")  # other tests expect the English interface


def build_every_page(window: MainWindow) -> None:
    """The widest page sets the stack's minimum: build them all, as a user visiting each would."""
    for kind in ("article", "organizations", "links", "folder", "search"):
        window.router.page(kind)
    window.go(Location("organizations", ""))
    QApplication.processEvents()


def on_screen(widget: QWidget, window: MainWindow) -> bool:
    """Shown, whole, inside the window, and not squeezed below the width its text needs."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    inside = QRect(QPoint(0, 0), window.size()).contains(QRect(top_left, widget.size()))
    return widget.isVisible() and inside and widget.width() >= widget.minimumSizeHint().width()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("presentation", [False, True], ids=["normal", "presentation"])
def test_the_window_fits_800_by_600(window_in: OpenIn, language: str, presentation: bool) -> None:
    window: MainWindow = window_in(language)
    build_every_page(window)
    window.view_scale.set_presentation(presentation)
    QApplication.processEvents()
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 800 and minimum.height() <= 600, (language, presentation, minimum)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(800, 600), (1024, 600), (1024, 768)])
def test_hotline_numbers_and_quick_exit_stay_whole_and_on_screen(
        qtbot: QtBot, window_in: OpenIn, guide_pack: Path, language: str, size: tuple[int, int]) -> None:
    window: MainWindow = window_in(language)
    build_every_page(window)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    with Pack.open(guide_pack) as pack:
        hotline = pack.hotline(language)
    banner = window.banner
    number_labels = [label for label in banner.findChildren(QLabel) if hotline.phone in label.text()
                     or hotline.text in label.text()]
    assert len(number_labels) == 2
    for widget in [*number_labels, *banner.copy_buttons, window.toolbar.quick_exit_button]:
        assert on_screen(widget, window), (widget.accessibleName(), widget.geometry(), size)
    # Never in the toolbar, whose overflow menu hides what does not fit.
    assert not window.toolbar.bar.isAncestorOf(window.toolbar.quick_exit_button)


def test_a_narrow_toolbar_drops_the_labels_of_icon_buttons_first(qtbot: QtBot, window_in: OpenIn) -> None:
    window: MainWindow = window_in("es")
    window.resize(1200, 600)
    qtbot.waitUntil(lambda: window.width() == 1200)
    back = window.toolbar.bar.widgetForAction(window.commands.back)
    wide = back.width()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: back.width() < wide)  # only its icon now
    assert back.isVisible() and back.accessibleName() == "Atrás"
    window.resize(1200, 600)
    qtbot.waitUntil(lambda: back.width() == wide)  # room again: the label is back


def test_zoom_and_presentation_scale_the_page_not_the_chrome(qtbot: QtBot, window_in: OpenIn) -> None:
    window: MainWindow = window_in("en")
    browser = window.router.page("article").browser
    page_size, chrome_size = browser.font().pointSizeF(), window.toolbar.quick_exit_button.font().pointSizeF()
    banner_size = window.banner.emergency.font().pointSizeF()
    window.view_scale.zoom_in()
    window.view_scale.zoom_in()
    assert browser.font().pointSizeF() > page_size
    window.view_scale.set_presentation(True)
    assert browser.font().pointSizeF() >= page_size * 1.5
    assert window.toolbar.quick_exit_button.font().pointSizeF() == chrome_size
    assert window.banner.emergency.font().pointSizeF() == banner_size
    assert window.menuBar().font().pointSizeF() == chrome_size


def test_presentation_hides_the_contents_and_f9_or_ctrl_k_shows_them(qtbot: QtBot, window_in: OpenIn) -> None:
    window: MainWindow = window_in("en")
    window.view_scale.set_presentation(True)
    qtbot.waitUntil(lambda: not window.tree.isVisible())
    browser = window.router.page("article").browser
    qtbot.waitUntil(lambda: browser.width() > window.width() * 0.9)  # the article takes the tree's width
    window.commands.contents.trigger()
    assert window.tree.isVisible() and window.commands.contents.isChecked()
    window.commands.contents.trigger()
    assert not window.tree.isVisible()
    window.commands.search.trigger()  # the search field sits above the contents
    assert window.search_field.isVisible() and window.search_field.hasFocus()
    window.view_scale.set_presentation(False)
    assert window.tree.isVisible()
