"""A rich-text document that loads nothing by itself (shared by the article view and fact sheets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage


def _blank_image() -> QImage:
    # Imported when an image is asked for: PySide6 builds QImage's Python type and enums (~2 ms) the
    # first time it is named, and the article on the first screen has none.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


class InertDocument(QTextDocument):
    """A document that loads no resource at all; only what is added with ``addResource`` shows.

    QTextDocument reads ``file:`` images (and style sheets) from disk by itself whenever nothing
    else provides them, and its image handler reads a path straight from disk when it is given no
    image; a pack crafted by hand could show or print any picture on the computer. So an image it
    asks for is a blank pixel, never nothing.
    """

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt name)
        if kind == QTextDocument.ResourceType.ImageResource:
            return _blank_image()
        return None
