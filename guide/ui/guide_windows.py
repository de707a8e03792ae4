"""A window of its own for another guide (imported, opened or switched to): it closes its pack when it
closes, and is kept in ``windows`` (so Python does not collect it) until then."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from guide.store import Pack

W = TypeVar("W", bound=QWidget)


def show_guide_window(make: Callable[[Pack], W], pack: Pack, windows: list[W]) -> W:
    from PySide6.QtCore import Qt  # naming Qt builds its enums (guide.ui.qt_start): not before it is needed

    window = make(pack)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda: pack.close())
    window.destroyed.connect(lambda: windows.remove(window) if window in windows else None)
    windows.append(window)
    window.show()
    return window
