"""The interface's icons (toolbar, menu tree): the guide's own drawings (resources/icons/ui), as PNGs
in every size drawn, so they look the same on every system and in every screenshot a teacher prints.

They are not the style's standard icons: asking the style for one makes PySide6 build the Python type
of QStyle and its 12 enums, some 6 ms before the first frame.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from guide.paths import ui_icon_path

SIZES = (16, 24, 32, 48)
NAMES = ("back", "forward", "home", "article", "organizations", "links", "folder")


@cache
def ui_icon(name: str) -> QIcon:
    """The icon called ``name`` (one of NAMES); empty if its files are missing."""
    icon = QIcon()
    for size in SIZES:
        path = ui_icon_path(name, size)
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
