"""Time from starting the app to its first window on screen, watched from outside the process.

Qt's ``qt.widgets.painting`` log category reports each time a top-level window's pixels are
flushed to the platform window; the first such line is the first frame the user sees. This
needs no hook in the app, so it measures the frozen build and ``python main.py`` alike.
Used by tests/integration/test_frozen_build.py and benchmarks/frozen_startup.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence

FIRST_FLUSH = re.compile(r"Flushing .* to QWidgetWindow")


class NoWindow(RuntimeError):
    """The app exited or timed out without showing a window; the message has its stderr."""


def first_frame_seconds(command: Sequence[str], env: Mapping[str, str] | None = None,
                        timeout: float = 60.0) -> float:
    """Start ``command``, return the seconds until its first window frame, then stop it."""
    env = dict(os.environ if env is None else env, QT_LOGGING_RULES="qt.widgets.painting.debug=true")
    env.pop("QT_MESSAGE_PATTERN", None)
    start = time.perf_counter()
    process = subprocess.Popen(list(command), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, errors="replace")
    # Reading stderr blocks; killing the process on timeout ends the read with EOF.
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    other_lines: list[str] = []
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if FIRST_FLUSH.search(line):
                return time.perf_counter() - start
            if not line.startswith("qt.widgets.painting"):
                other_lines.append(line.rstrip())
        raise NoWindow(f"no window within {timeout:.0f} s (exit {process.poll()}); stderr:\n"
                       + "\n".join(other_lines[-20:]))
    finally:
        watchdog.cancel()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
