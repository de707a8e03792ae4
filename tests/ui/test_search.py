"""Search as you type: debounced, off the GUI thread, and a stale answer never replaces a newer one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
