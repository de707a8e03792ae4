"""Work off the GUI thread where only the latest request's answer matters (a filter being typed):
each request bumps a generation, and an answer that arrives after a newer request is dropped.

The work runs on a QThreadPool; Pack takes a connection per call on the calling thread, so a
pack's methods may run there. The answer crosses back to the GUI thread through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    # generation, the work's value or the exception it raised
    ready = Signal(int, object, object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], generation: int, relay: _Relay) -> None:
        super().__init__()
        self.work, self.generation, self.relay = work, generation, relay

    def run(self) -> None:
        try:
            value, error = self.work(), None
        except Exception as exc:  # noqa: BLE001 (handed to the GUI thread, which decides)
            value, error = None, exc
        self.relay.ready.emit(self.generation, value, error)


class LatestOnly(QObject):
    """Runs one callable at a time in the background; ``finished`` gets the latest one's value,
    ``failed`` the exception it raised. A newer ``start`` or a ``cancel`` makes older answers stale."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool first: children are deleted in the order they were made, and the pool's
        # deletion waits for a running task, whose answer then goes to a relay still alive.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # a request waits behind the one running, never beside it
        self._relay = _Relay(self)
        self._relay.ready.connect(self._arrived)
        self.generation = 0
        self._answered = 0  # the generation last answered (or cancelled)

    def start(self, work: Callable[[], object]) -> None:
        self.generation += 1
        # A request still queued behind the running one is already stale: drop it unrun.
        self._pool.clear()
        self._pool.start(_Task(work, self.generation, self._relay))

    def cancel(self) -> None:
        self.generation += 1
        self._answered = self.generation
        self._pool.clear()

    @property
    def pending(self) -> bool:
        """Whether the latest request has not answered yet."""
        return self._answered != self.generation

    def wait(self) -> None:
        """Block until the running task (if any) has finished, e.g. before the pack is closed."""
        self._pool.waitForDone()

    def _arrived(self, generation: int, value: object, error: object) -> None:
        if generation != self.generation:
            return  # asked again since: this answer is for an older request
        self._answered = generation
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(value)
