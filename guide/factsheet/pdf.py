"""Write fact sheets to a PDF file, atomically (a failed export never leaves half a file)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPdfWriter, QTextDocument

from guide.factsheet.paint import paint_documents
from guide.i18n import BASE_LANGUAGE

PDF_RESOLUTION = 600  # dots per inch for layout; text and QR codes stay vector-sharp or pixel-exact

# The documents, or a function that makes them for the PDF writer (a booklet needs the device to
# lay its sections out before it can number the contents).
Documents = Sequence[QTextDocument] | Callable[[QPagedPaintDevice], Sequence[QTextDocument]]


def pdf_bytes(documents: Documents, layout: QPageLayout, title: str,
              footer_title: str, language: str = BASE_LANGUAGE) -> tuple[bytes, int]:
    """The PDF of ``documents``, each starting on a new page, and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator(footer_title)
    if callable(documents):
        documents = documents(writer)
    # Ending the painter finishes the PDF.
    pages = paint_documents(writer, documents, footer_title, language=language)
    data = bytes(buffer.data().data())
    buffer.close()
    return data, pages


def write_pdf(path: Path, documents: Documents, layout: QPageLayout, title: str,
              footer_title: str, language: str = BASE_LANGUAGE) -> int:
    """Write the PDF to ``path``; returns its page count. Raises OSError when the file cannot be written."""
    data, pages = pdf_bytes(documents, layout, title, footer_title, language)
    path = Path(path)
    # Written beside the target and renamed over it; plain open() keeps the user's usual permissions.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return pages
