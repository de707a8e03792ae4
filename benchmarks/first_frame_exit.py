"""Start the real app to its first frame, then exit: the program to count instructions of, which
the machine's load does not change the way it changes wall-clock time (issue #14).

    valgrind --tool=callgrind python benchmarks/first_frame_exit.py PACK

Run it once first without valgrind, so that both trees compared have their bytecode compiled.
"""

from __future__ import annotations

import os
import runpy
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
pack = sys.argv[1]
sys.argv = ["main.py", "--pack", pack]

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

_exec = QApplication.exec


def _exit_after_first_frame(app: QApplication) -> int:
    QTimer.singleShot(0, lambda: os._exit(0))  # a timer of 0 runs once the first frame is shown
    return _exec()


QApplication.exec = _exit_after_first_frame  # type: ignore[method-assign]
runpy.run_path("main.py", run_name="__main__")
