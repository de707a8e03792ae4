"""Fact sheets (DESIGN.md §6): articles and organization lists laid out with QTextDocument for
paper and PDF, with the help box, sources with QR codes, and "title — page N of M" footers.

Qt GUI only (no widgets), so the CLI exports PDFs without a display; guide.ui.printing adds dialogs.
"""

from guide.factsheet.article import article_document
from guide.factsheet.booklet import booklet_documents
from guide.factsheet.directory import DIRECTORY_TITLE, directory_document, directory_title
from guide.factsheet.export import (
    ExportError,
    Written,
    export_all,
    export_articles,
    export_directory,
    export_nearby,
    headless_application,
)
from guide.factsheet.page import PAGE_SIZES, default_page_size_name, page_layout
from guide.factsheet.paint import PaintError, paint_documents
from guide.factsheet.pdf import write_pdf
from guide.factsheet.qr import qr_image, qr_matrix

__all__ = [
    "DIRECTORY_TITLE", "PAGE_SIZES", "ExportError", "PaintError", "Written", "article_document",
    "booklet_documents", "default_page_size_name", "directory_document", "directory_title", "export_all",
    "export_articles", "export_directory", "export_nearby", "headless_application", "page_layout",
    "paint_documents", "qr_image", "qr_matrix", "write_pdf",
]
