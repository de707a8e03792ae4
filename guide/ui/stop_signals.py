"""Quit cleanly when the system asks: SIGTERM (log-out, shut-down, ``kill``) and SIGINT (Ctrl+C).

Python's default for SIGTERM ends the process on the spot, so nothing set up for the end runs: the
folder that keeps Qt's own settings off the disk (guide.ui.app.keep_qt_state_off_disk) stayed in the
temporary folder, a trace that the guide was used. guide.ui.app.run sets these handlers as soon as
its Qt application exists; tests that make their own application keep Python's (Ctrl+C stops
pytest). Python runs a signal handler only between Python bytecodes, and Qt's event loop is C++; so
the C handler writes to a pipe that a QSocketNotifier watches, which wakes the loop, and Python's
handler then asks the application to quit.

POSIX only: Windows has no SIGTERM to send to a window; it ends a session through Qt's own
session-management events.
"""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QCoreApplication, QSocketNotifier

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StopSignals:
    """While it lives, SIGTERM and SIGINT make ``app`` quit with exit status 128 + the signal's number."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._pipe: tuple[int, int] | None = None
        if os.name != "posix":
            return
        self._pipe = os.pipe()
        for end in self._pipe:
            os.set_blocking(end, False)
        self._previous_fd = signal.set_wakeup_fd(self._pipe[1])
        self._previous = {number: signal.signal(number, self._quit) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._pipe[0], QSocketNotifier.Type.Read, app)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        # Python has run the handler by now (before this slot's first bytecode); what is left is to
        # empty the pipe, so that the notifier does not fire again.
        assert self._pipe is not None
        try:
            while os.read(self._pipe[0], 64):
                pass
        except BlockingIOError:
            pass

    def _quit(self, number: int, _frame: object) -> None:
        self._app.exit(128 + number)

    def close(self) -> None:
        """Give the signals back to whatever handled them before."""
        if self._pipe is None:
            return
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        for end in self._pipe:
            os.close(end)
        self._pipe = None
