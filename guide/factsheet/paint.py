"""Paint laid-out documents page by page onto a printer or PDF writer, with a footer on each page.

QTextDocument.print_ cannot draw a footer, so each page is drawn as a clipped slice of the
document, followed by "<guide title> — page N of M" in the band kept free below it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from guide.factsheet.markup import print_font
from guide.factsheet.page import FOOTER_MM
from guide.i18n import BASE_LANGUAGE, catalogue

MM_PER_INCH = 25.4
FOOTER_POINT_SIZE = 8
# A table at most this share of a page high is moved whole to the next page rather than split, so a
# reference never loses its QR code, nor an organization its phone numbers, at a page break.
KEEP_TOGETHER_SHARE = 1 / 3
_PUSHED = QTextFormat.Property.UserProperty + 1  # marks the page breaks we added, to undo on a new layout


class PaintError(Exception):
    """The printer or PDF writer refused to start painting."""


def _body_rect(device: QPagedPaintDevice, footer_mm: float = FOOTER_MM) -> QRectF:
    """The area a document page fills, in device pixels, relative to the printable area."""
    paint_rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    footer = footer_mm * device.logicalDpiY() / MM_PER_INCH
    return QRectF(0, 0, paint_rect.width(), paint_rect.height() - footer)


def lay_out(document: QTextDocument, device: QPagedPaintDevice, footer_mm: float = FOOTER_MM) -> int:
    """Lay ``document`` out for the pages of ``device``; returns its page count."""
    body = _body_rect(device, footer_mm)
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(body.width(), body.height()))
    _keep_tables_together(document, body.height())
    return document.pageCount()


def paint_documents(device: QPagedPaintDevice, documents: Sequence[QTextDocument], footer_title: str,
                    footer_mm: float = FOOTER_MM, language: str = BASE_LANGUAGE) -> int:
    """Paint each document from a new page, numbering pages across all of them; returns the page count."""
    footer = catalogue(language).translate("FactSheet", "{title} — page {number} of {total}")
    counts = [lay_out(document, device, footer_mm) for document in documents]
    total = sum(counts)
    body = _body_rect(device, footer_mm)
    footer_rect = QRectF(0, body.height(), body.width(), footer_mm * device.logicalDpiY() / MM_PER_INCH)
    footer_font = print_font(FOOTER_POINT_SIZE)
    painter = QPainter()
    if not painter.begin(device):
        raise PaintError("the printer or PDF file could not be opened for writing")
    # Without this the PDF engine stores images as JPEG, which blurs the edges of QR modules.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        number = 0
        for document, count in zip(documents, counts, strict=True):
            for page in range(count):
                if number:
                    device.newPage()
                number += 1
                painter.save()
                painter.translate(0, -page * body.height())
                document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(Qt.GlobalColor.black)
                painter.drawText(footer_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 footer.format(title=footer_title, number=number, total=total))
    finally:
        painter.end()
    return total


def _keep_tables_together(document: QTextDocument, page_height: float) -> None:
    layout = document.documentLayout()
    tables = [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    _undo_page_breaks(document, tables)
    for table in tables:
        layout.documentSize()  # brings the lazy layout up to date after the previous move
        rect = layout.frameBoundingRect(table)
        first_page = int(rect.top() // page_height)
        last_page = int((rect.bottom() - 1) // page_height)
        if first_page == last_page or rect.height() > page_height * KEEP_TOGETHER_SHARE:
            continue
        heading = _heading_before(document, table)
        if heading is not None:
            # A heading stays with what it introduces.
            block_format = heading.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            block_format.setProperty(_PUSHED, True)
            QTextCursor(heading).setBlockFormat(block_format)
        else:
            table_format = table.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table_format.setProperty(_PUSHED, True)
            table.setFormat(table_format)


def _heading_before(document: QTextDocument, table: QTextTable) -> QTextBlock | None:
    block = document.findBlock(table.firstPosition()).previous()
    while block.isValid() and not block.text().strip() and block.blockFormat().headingLevel() == 0:
        block = block.previous()  # skip the empty block Qt may keep between a heading and a table
    if block.isValid() and block.blockFormat().headingLevel() > 0 \
            and document.frameAt(block.position()) == document.rootFrame():
        return block
    return None


def _undo_page_breaks(document: QTextDocument, tables: list[QTextTable]) -> None:
    """Remove the breaks added by a layout for another page size."""
    for table in tables:
        if table.format().boolProperty(_PUSHED):
            table_format = table.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            table_format.clearProperty(_PUSHED)
            table.setFormat(table_format)
    block = document.begin()
    while block.isValid():
        if block.blockFormat().boolProperty(_PUSHED):
            block_format = block.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            block_format.clearProperty(_PUSHED)
            QTextCursor(block).setBlockFormat(block_format)
        block = block.next()
