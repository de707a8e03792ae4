"""An item delegate that paints an item's HTML (titles, highlighted snippets) with QTextDocument."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

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

    @staticmethod
    def _text_width(option: QStyleOptionViewItem, index: _ModelIndex) -> int:
        """The width paint() will wrap the item's text to, worked out before the item has a place:
        the size asked and the paint then share one layout instead of laying the text out twice."""
        view = option.widget
        if not isinstance(view, QAbstractScrollArea):
            return 600
        indent = 0
        if isinstance(view, QTreeView):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            indent = view.indentation() * (depth + int(view.rootIsDecorated()))
        placed = QStyleOptionViewItem(option)
        placed.rect = QRect(indent, 0, view.viewport().width() - indent, max(option.rect.height(), 1))
        return view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, placed, view).width()

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
        width = self._text_width(option, index)
        document = self._document(option, source, width)
        # The wrapping width, not idealWidth(): that costs a second pass over the layout, and the
        # view needs only the height.
        return QSize(int(document.textWidth()), int(document.size().height()) + 2)
