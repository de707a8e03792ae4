"""Start the real app to its first frame, then exit: the program to count instructions of, which
the machine's load does not change the way it changes wall-clock time (issue #14).

    cd TREE && valgrind --tool=callgrind python PATH/TO/first_frame_exit.py PACK|-

It runs TREE's main.py with TREE first on the module path, as ``python main.py`` there would. Run it
once first without valgrind, so that both trees compared have their bytecode compiled.

PySide6 is left for the app to import, as ``python main.py`` does: imported here first, it would
judge every module the app loads before its window through its own source scan (guide.ui.qt_start),
a start no user has. The exit is hooked into QApplication once the app has imported it.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import runpy
import sys
from collections.abc import Sequence
from types import ModuleType

os.environ["QT_QPA_PLATFORM"] = "offscreen"
pack = sys.argv[1]
sys.argv = ["main.py", *(["--pack", pack] if pack != "-" else [])]  # "-": the bundled guide
sys.path.insert(0, os.getcwd())


def _exit_after_first_frame(widgets: ModuleType) -> None:
    from PySide6.QtCore import QTimer

    application = widgets.QApplication
    run = application.exec

    def exec_then_exit(_app: object) -> int:
        QTimer.singleShot(0, lambda: os._exit(0))  # a timer of 0 runs once the first frame is shown
        return int(run())

    application.exec = exec_then_exit


class _WhenWidgetsLoad(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        assert spec is not None and spec.loader is not None
        load = spec.loader.exec_module

        def load_then_hook(module: ModuleType) -> None:
            load(module)
            _exit_after_first_frame(module)

        spec.loader.exec_module = load_then_hook  # type: ignore[method-assign]
        return spec


sys.meta_path.insert(0, _WhenWidgetsLoad())
runpy.run_path("main.py", run_name="__main__")
