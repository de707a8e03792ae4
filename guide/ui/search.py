"""Search as you type: debounced queries run off the GUI thread; stale answers are dropped. An answer
is Pack.search_answer's: the hits, grouped by kind, with "did you mean" and the other edition's count.

guide.ui.pages.search_results shows the answers, grouped by kind (GROUPS) with highlighted snippets.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRunnable, QThreadPool, QTimer, Signal

from guide.store import Pack, PackError
from guide.store.search import SearchQuery

DEBOUNCE_MS = 120
PER_KIND = 25
GROUPS = (("organization", QT_TRANSLATE_NOOP("SearchResultsPage", "Organizations")),
          ("article", QT_TRANSLATE_NOOP("SearchResultsPage", "Articles")),
          ("link", QT_TRANSLATE_NOOP("SearchResultsPage", "Links")))


class _Answer(QObject):
    # generation, text, a SearchAnswer or an error message (str)
    ready = Signal(int, str, object)


class _SearchTask(QRunnable):
    def __init__(self, pack: Pack, text: str, language: str, generation: int, answer: _Answer) -> None:
        super().__init__()
        self.pack, self.text, self.generation, self.answer = pack, text, generation, answer
        self.language = language

    def run(self) -> None:
        try:
            found: object = self.pack.search_answer(SearchQuery(self.text, content_language=self.language),
                                                    per_kind=PER_KIND)
        except PackError as exc:
            found = str(exc)
        self.answer.ready.emit(self.generation, self.text, found)


class _PrepareTask(QRunnable):
    """Pack.prepare_search off the GUI thread: the first search waits for it rather than reading the
    pack's words itself, after its debounce."""

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack

    def run(self) -> None:
        self.pack.prepare_search()


class SearchController(QObject):
    """Turns keystrokes into searches. Each new text bumps a generation; older answers are ignored."""

    results = Signal(str, object)  # text, its SearchAnswer (None for no text)
    failed = Signal(str)

    def __init__(self, pack: Pack, parent: QObject | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.pack = pack
        self.language = language  # articles in this language, English where one has no translation
        self.generation = 0
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._answer = _Answer(self)
        self._answer.ready.connect(self._finished)
        self._pool.start(_PrepareTask(pack))  # made at the first keystroke, DEBOUNCE_MS before its search

    def set_text(self, text: str) -> None:
        self.generation += 1
        self._text = text
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.results.emit("", None)

    def clear(self) -> None:
        self.generation += 1
        self._text = ""
        self._timer.stop()

    def search_now(self) -> None:
        """Skip the rest of the debounce (e.g. Enter pressed while typing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._start()

    def _start(self) -> None:
        self._pool.start(_SearchTask(self.pack, self._text, self.language, self.generation, self._answer))

    def _finished(self, generation: int, text: str, found: object) -> None:
        if generation != self.generation:
            return  # the user typed on; this answer is for an older text
        if isinstance(found, str):
            self.failed.emit(found)
            return
        self.results.emit(text, found)

    def wait(self) -> None:
        self._pool.waitForDone()
