"""Search as you type: debounced queries run off the GUI thread; stale answers are dropped. An answer
is Pack.search_answer's: the hits, grouped by kind, with "did you mean" and the other edition's count.

guide.ui.pages.search_results shows the answers, grouped by kind (GROUPS) with highlighted snippets.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRunnable, QThreadPool, QTimer, Signal

from guide.store import Pack, PackError
from guide.store.search import SearchQuery
from guide.ui.latest_only import LatestOnly

DEBOUNCE_MS = 120
PER_KIND = 25
GROUPS = (("organization", QT_TRANSLATE_NOOP("SearchResultsPage", "Organizations")),
          ("article", QT_TRANSLATE_NOOP("SearchResultsPage", "Articles")),
          ("link", QT_TRANSLATE_NOOP("SearchResultsPage", "Links")))


class _PrepareTask(QRunnable):
    """Pack.prepare_search off the GUI thread: the first search waits for it rather than reading the
    pack's words itself, after its debounce."""

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack

    def run(self) -> None:
        self.pack.prepare_search()


class SearchController(QObject):
    """Turns keystrokes into searches; an answer for an older text is dropped (LatestOnly)."""

    results = Signal(str, object)  # text, its SearchAnswer (None for no text)
    failed = Signal(str)

    def __init__(self, pack: Pack, parent: QObject | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.pack = pack
        self.language = language  # articles in this language, English where one has no translation
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._search = LatestOnly(self)
        self._search.finished.connect(self._finished)
        self._search.failed.connect(self._failed)
        self._prepare = QThreadPool(self)  # beside the searches' own thread, not in its queue
        self._prepare.start(_PrepareTask(pack))  # made at the first keystroke, DEBOUNCE_MS before its search

    def set_text(self, text: str) -> None:
        self._search.cancel()  # an answer still on its way is for an older text
        self._text = text
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.results.emit("", None)

    def clear(self) -> None:
        self._search.cancel()
        self._text = ""
        self._timer.stop()

    def search_now(self) -> None:
        """Skip the rest of the debounce (e.g. Enter pressed while typing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._start()

    def _start(self) -> None:
        pack, text, language = self.pack, self._text, self.language
        self._search.start(lambda: (text, pack.search_answer(SearchQuery(text, content_language=language),
                                                             per_kind=PER_KIND)))

    def _finished(self, answered: object) -> None:
        assert isinstance(answered, tuple)
        self.results.emit(*answered)

    def _failed(self, error: object) -> None:
        if not isinstance(error, PackError):
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        self.failed.emit(str(error))

    def wait(self) -> None:
        self._search.wait()
        self._prepare.waitForDone()
