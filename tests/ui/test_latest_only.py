"""LatestOnly: work off the GUI thread whose stale answers are dropped (the near-me search)."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from guide.ui.latest_only import LatestOnly
from support import application


def test_only_the_latest_request_answers_and_off_the_gui_thread(qtbot: QtBot) -> None:
    application()
    worker = LatestOnly()
    answers: list[object] = []
    worker.finished.connect(answers.append)
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow() -> str:
        threads.append(threading.current_thread())
        release.wait(5)
        return "stale"

    def fast() -> str:
        threads.append(threading.current_thread())
        return "latest"

    worker.start(slow)
    qtbot.waitUntil(lambda: len(threads) == 1)  # running: the next request queues behind it
    worker.start(lambda: "dropped unrun")
    worker.start(fast)
    assert worker.pending
    release.set()
    qtbot.waitUntil(lambda: not worker.pending)
    worker.wait()
    assert answers == ["latest"]
    assert threading.main_thread() not in threads and len(threads) == 2


def test_a_failure_is_handed_over_and_cancel_drops_what_is_running(qtbot: QtBot) -> None:
    application()
    worker = LatestOnly()
    failures: list[object] = []
    answers: list[object] = []
    worker.failed.connect(failures.append)
    worker.finished.connect(answers.append)

    def broken() -> object:
        raise ValueError("no such ZIP code")

    with qtbot.waitSignal(worker.failed):
        worker.start(broken)
    assert isinstance(failures[0], ValueError) and not worker.pending
    release = threading.Event()
    worker.start(lambda: release.wait(5))
    worker.cancel()
    assert not worker.pending
    release.set()
    worker.wait()
    qtbot.waitUntil(lambda: not worker.pending)
    assert answers == []
