"""An item delegate that paints an item's HTML (titles, highlighted snippets) with QTextDocument."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from guide.ui.qt_start import ItemRole

HTML_ROLE = ItemRole.HTML
_ModelIndex = QModelIndex | QPersistentModelIndex
# Laid-out documents kept for reuse: the view asks an item's size several times and paints it
# again on every scroll, and laying out rich text is the costly part (search results while typing).
_KEPT_LAYOUTS = 300


class RichTextDelegate(QStyledItemDelegate):
    """Items with HTML_ROLE data are drawn as rich text; others fall back to the default look."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layouts: OrderedDict[tuple[str, int, str], QTextDocument] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem, source: str, width: int) -> QTextDocument:
        width = max(width, 200)
        key = (source, width, option.font.key())
        document = self._layouts.get(key)
        if document is not None:
            self._layouts.move_to_end(key)
            return document
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        document.setHtml(source)
        document.setTextWidth(width)
        self._layouts[key] = document
        if len(self._layouts) > _KEPT_LAYOUTS:
            self._layouts.popitem(last=False)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        source = index.data(HTML_ROLE)
        if not source:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option_text_free = QStyleOptionViewItem(option)
        option_text_free.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option_text_free, painter, option.widget)

        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        document = self._document(option, source, text_rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        source = index.data(HTML_ROLE)
        if not source:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        # Wrap to the view's width (less the indentation of a tree's child rows).
        view = option.widget
        width = view.viewport().width() - 40 if isinstance(view, QAbstractScrollArea) else 600
        document = self._document(option, source, width)
        # The wrapping width, not idealWidth(): that costs a second pass over the layout, and the
        # view needs only the height.
        return QSize(int(document.textWidth()), int(document.size().height()) + 2)
