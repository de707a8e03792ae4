"""Print (with a preview) and Export PDF for the current article or organization list.

The window calls these four functions (Ctrl+P and Ctrl+Shift+E); the layout is guide.factsheet's.
Failures end in one message box, never in an exception escaping into Qt's event loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from guide.factsheet import (
    DIRECTORY_TITLE,
    PaintError,
    article_document,
    directory_document,
    page_layout,
    paint_documents,
    write_pdf,
)
from guide.factsheet.directory import filter_description
from guide.store import OrganizationFilter, Pack, PackError

STATUS_MESSAGE_MS = 10_000


def print_article(parent: QWidget, pack: Pack, slug: str) -> None:
    sheet = _article_sheet(parent, pack, slug)
    if sheet:
        _preview(parent, pack, *sheet)


def export_article(parent: QWidget, pack: Pack, slug: str) -> None:
    sheet = _article_sheet(parent, pack, slug)
    if sheet:
        _export(parent, pack, *sheet, suggested_name=f"{slug}.pdf")


def print_organizations(parent: QWidget, pack: Pack, flt: OrganizationFilter) -> None:
    sheet = _directory_sheet(parent, pack, flt)
    if sheet:
        _preview(parent, pack, *sheet)


def export_organizations(parent: QWidget, pack: Pack, flt: OrganizationFilter) -> None:
    sheet = _directory_sheet(parent, pack, flt)
    if sheet:
        _export(parent, pack, *sheet, suggested_name=_directory_file_name(flt))


def _article_sheet(parent: QWidget, pack: Pack, slug: str) -> tuple[str, list[QTextDocument]] | None:
    try:
        article = pack.article(slug)
    except PackError as exc:
        _warn(parent, "The fact sheet could not be made.", str(exc))
        return None
    if article is None:
        _warn(parent, "The fact sheet could not be made.", f"The article “{slug}” is not in this guide pack.")
        return None
    return article.title, [article_document(pack, article)]


def _directory_sheet(parent: QWidget, pack: Pack, flt: OrganizationFilter) -> tuple[str, list[QTextDocument]] | None:
    try:
        document = directory_document(pack, flt)
        described = filter_description(pack, flt)
    except PackError as exc:
        _warn(parent, "The directory could not be made.", str(exc))
        return None
    return (f"{DIRECTORY_TITLE}: {described}" if described else DIRECTORY_TITLE), [document]


def _directory_file_name(flt: OrganizationFilter) -> str:
    words = [w for w in (flt.category, flt.state.lower(), flt.language) if w]
    return "-".join(["organization-directory", *words]) + ".pdf"


def _preview(parent: QWidget, pack: Pack, title: str, documents: Sequence[QTextDocument]) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"Print preview — {title}")
    failures: list[str] = []

    def paint(target: QPrinter) -> None:
        try:
            paint_documents(target, documents, pack.title)
        except PaintError as exc:
            failures.append(str(exc))  # reported after the dialog: a box inside a paint slot would nest

    dialog.paintRequested.connect(paint)
    dialog.exec()
    dialog.deleteLater()
    if failures:
        _warn(parent, "Printing did not work.", failures[-1])


def _export(parent: QWidget, pack: Pack, title: str, documents: Sequence[QTextDocument],
            suggested_name: str) -> None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(parent, "Export PDF", str(Path(folder) / suggested_name),
                                          "PDF files (*.pdf)")
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        pages = write_pdf(path, documents, page_layout(), title, pack.title)
    except (OSError, PaintError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        _warn(parent, "The PDF could not be saved.", f"{path}\n\n{reason}")
        return
    _tell(parent, f"Saved {path} ({pages} page{'s' if pages != 1 else ''})")


def _tell(parent: QWidget, message: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, STATUS_MESSAGE_MS)
    else:
        QMessageBox.information(parent, "Export PDF", message)


def _warn(parent: QWidget, summary: str, detail: str) -> None:
    QMessageBox.warning(parent, "Guide", f"{summary}\n\n{detail}")
