"""The start-up rules for Qt code, written once.

Naming PySide6's ``Qt`` namespace the first time builds a Python class for each of its 93 enums, some
15 ms. The widgets of the first frame therefore set their few enum properties by name through Qt's
meta-object system (as a Designer form does), with the helpers below, and item models compare roles
with ``ItemRole``'s plain integers: the namespace is then first built when a key is pressed or another
page is built, after the window is on screen. Code that runs only after the first frame may name
``Qt`` freely.

Any PySide6 class builds its own enums the first time it is named (``QFont`` 8, ``QMessageBox`` 5), and
``findChildren`` builds a Python object, class and enums for every child it walks. So the modules on
the first frame's path name at the top only the classes that frame uses; a dialog's or a later
command's classes are imported where they are used, and widgets are found through their owners.

PySide6 asks of every module imported after it, and of every module already loaded, whether it uses
PySide6 (so that its ``__feature__`` switches apply per module) by reading the module's source through
``inspect.getsource``, which tokenizes the file and caches every line: 10-14 ms over the first frame's
~100 modules, about 0.1 ms a module. ``read_sources_as_bytes`` asks the same
question of the file's bytes (3 ms); a module with no source file is still PySide6's to judge.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from enum import IntEnum
from types import ModuleType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPaintEvent

_READS_BYTES = "guide_reads_bytes"  # set on PySide6's module once ours answers


def read_sources_as_bytes() -> None:
    """Before the window's modules are imported (see the module's docstring); idempotent."""
    feature = sys.modules.get("shibokensupport.feature")
    pyside_reads = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or pyside_reads is None or getattr(feature, _READS_BYTES, False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(pyside_reads(module))

    vars(feature).update({"_mod_uses_pyside": uses_pyside, _READS_BYTES: True})


class ItemRole(IntEnum):
    """Qt.ItemDataRole's values, and our own roles above UserRole (tests/ui/test_qt_start.py checks them)."""

    DISPLAY = 0
    DECORATION = 1
    TOOL_TIP = 3
    ACCESSIBLE_TEXT = 11
    USER = 0x0100
    NODE = USER + 1  # the navigation tree's MenuNode
    LOCATION = USER + 2  # a folder page entry's Location
    HIT = USER + 3  # a search result's SearchHit
    ORGANIZATION_ID = USER + 4  # an organization row's id
    HTML = USER + 10  # the rich text guide.ui.richtext_delegate paints


def _set(qt_object: QObject, name: str, keys: str) -> None:
    if not qt_object.setProperty(name, keys):
        raise ValueError(f"{type(qt_object).__name__} has no property {name!r} that takes {keys!r}")


def rich_text(label: QObject) -> None:
    _set(label, "textFormat", "RichText")


def selectable(label: QObject) -> None:
    """Text the user can select with mouse or keyboard (phone numbers, addresses)."""
    _set(label, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard")


def strong_focus(widget: QObject) -> None:
    """Reachable by Tab and by click, on macOS too."""
    _set(widget, "focusPolicy", "StrongFocus")


def no_focus(widget: QObject) -> None:
    """Never takes the keyboard itself (a frame around widgets that do)."""
    _set(widget, "focusPolicy", "NoFocus")


def text_beside_icon(button_or_toolbar: QObject) -> None:
    _set(button_or_toolbar, "toolButtonStyle", "ToolButtonTextBesideIcon")


def icons_only(toolbar: QObject) -> None:
    """Buttons with an icon show only it (their name stays, as tooltip and accessible name);
    buttons without one keep their text."""
    _set(toolbar, "toolButtonStyle", "ToolButtonIconOnly")


def align_center(label: QObject) -> None:
    _set(label, "alignment", "AlignCenter")


class AfterFirstFrame:
    """Mixed into a top-level widget before its Qt class: ``after_first_frame`` runs once the widget's
    first frame is painted and on screen, for start-up work that frame does not need. It is a
    generator: at each ``yield`` the event loop has a turn, so what a step changed on screen (and the
    repaint a window's activation asks for) is painted then, not after every step is done."""

    _first_frame_painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)  # type: ignore[misc]
        if not self._first_frame_painted:
            self._first_frame_painted = True
            _in_turns(self, self.after_first_frame())  # type: ignore[arg-type]

    def after_first_frame(self) -> Iterator[None]:
        """Start-up work the first frame does not need, in steps."""
        yield


def _in_turns(widget: QObject, steps: Iterator[None]) -> None:
    """A timer of 0 runs after the frame being painted is shown; one given ``widget`` is dropped if the
    widget is deleted first (a window closed at once)."""

    def step() -> None:
        if next(steps, _DONE) is not _DONE:
            QTimer.singleShot(0, widget, step)

    QTimer.singleShot(0, widget, step)


_DONE = object()
