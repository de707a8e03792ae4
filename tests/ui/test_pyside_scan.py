"""The start-up's cheaper reading of which modules use PySide6 gives PySide6's own answers."""

from __future__ import annotations

import inspect
import sys

from guide.ui.qt_start import read_sources_as_bytes


def _source_says_pyside(module: object) -> bool:
    """PySide6's own rule, read independently: the text "PySide6" in the module's source."""
    try:
        return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_byte_reader_answers_as_pyside6_does_for_every_loaded_module() -> None:
    read_sources_as_bytes()
    read_sources_as_bytes()  # a second call changes nothing
    feature = sys.modules["shibokensupport.feature"]
    reader = vars(feature)["_mod_uses_pyside"]
    assert reader.__module__ == "guide.ui.qt_start"
    modules = [module for name, module in list(sys.modules.items())
               if name.startswith(("guide.", "json", "sqlite3", "PySide6", "pytestqt", "enum"))]
    answers = {module.__name__: reader(module) for module in modules}
    assert answers == {module.__name__: _source_says_pyside(module) for module in modules}
    assert answers["guide.ui.qt_start"] is True and answers["guide.store.pack"] is False
