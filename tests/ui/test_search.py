"""Search as you type: debounced, off the GUI thread, and a stale answer never replaces a newer one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from support import open_window

from guide.store import Pack
from guide.ui.search import SearchController


def test_only_the_answer_for_the_latest_text_arrives(qtbot: QtBot, mini_pack: Path) -> None:
    with Pack.open(mini_pack) as pack:
        controller = SearchController(pack)
        answers: list[str] = []
        controller.results.connect(lambda text, _hits: answers.append(text))
        for text in ("t", "te", "tex", "texas"):  # typed faster than the debounce
            controller.set_text(text)
        with qtbot.waitSignal(controller.results, timeout=3000):
            pass
        controller.wait()  # every search started has answered...
        QCoreApplication.processEvents()  # ...and its answer, queued for this thread, is delivered
        assert answers == ["texas"]


def test_an_answer_that_arrives_after_more_typing_is_dropped(qtbot: QtBot, mini_pack: Path) -> None:
    with Pack.open(mini_pack) as pack:
        controller = SearchController(pack)
        answers: list[str] = []
        controller.results.connect(lambda text, _hits: answers.append(text))
        controller.set_text("legal")
        controller.search_now()
        controller.wait()  # the answer for "legal" is ready, queued for the GUI thread...
        controller.set_text("hotline")  # ...when the user types on
        qtbot.waitUntil(lambda: bool(answers), timeout=3000)
        controller.wait()
        QCoreApplication.processEvents()
        assert answers == ["hotline"]


def test_results_are_grouped_by_kind_and_open_with_enter(qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, mini_pack, data_dir) as window:
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(window.search_field, "report")
        qtbot.waitUntil(lambda: bool(window.router.page("search").hits()))
        page = window.router.page("search")
        groups = [page.model.item(row).text() for row in range(page.model.rowCount())]
        assert groups == ["Links (1)"]
        assert page.summary.text() == "1 result for “report”"
        qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
        assert page.view.hasFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
        assert window.pages.currentWidget() is window.router.page("links")
        assert window.router.page("links").current_link().id == "report-one"  # type: ignore[union-attr]


def test_words_that_find_nothing_say_so(qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, mini_pack, data_dir) as window:
        qtbot.keyClicks(window.search_field, 'zzqx "OR (')
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.router.page("search"))
        assert window.router.page("search").summary.text() == "0 results for “zzqx \"OR (”"


def test_the_results_page_is_built_and_laid_out_before_the_first_answer(
        qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, mini_pack, data_dir) as window:
        assert window.router.built("search") is None
        qtbot.keyClick(window.search_field, "t")
        QCoreApplication.processEvents()  # the page's own event, long before the debounce ends
        page = window.router.built("search")
        assert page is not None and not page.hits()
        assert window.pages.currentWidget() is not page
        qtbot.waitUntil(lambda: window.pages.currentWidget() is page and bool(page.hits()))


def test_a_result_is_measured_at_the_width_it_is_painted(qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, mini_pack, data_dir) as window:
        qtbot.keyClicks(window.search_field, "trafficking")
        page = window.router.page("search")
        qtbot.waitUntil(lambda: window.pages.currentWidget() is page and bool(page.hits()))
        view = page.view
        view.setIndentation(31)  # as another style's would be: the width follows, it is not guessed
        hit = page.first_hit_index()
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(hit)
        view.itemDelegate().initStyleOption(option, hit)
        painted = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width()
        measured = view.itemDelegate().sizeHint(option, hit).width()
        assert painted > 200 and measured == painted
