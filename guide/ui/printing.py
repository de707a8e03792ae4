"""Print (with a preview) and Export PDF for the current article or organization list.

The window calls these four functions (Ctrl+P and Ctrl+Shift+E); the layout is guide.factsheet's.
Failures end in one message box, never in an exception escaping into Qt's event loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from guide.factsheet import (
    PaintError,
    article_document,
    directory_document,
    directory_title,
    page_layout,
    paint_documents,
    write_pdf,
)
from guide.factsheet.directory import filter_description
from guide.factsheet.page import default_page_size_name
from guide.store import Pack, PackError
from guide.store.directory import OrganizationFilter

if TYPE_CHECKING:
    from guide.operations.nearby import NearbyResult

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)

STATUS_MESSAGE_MS = 10_000
# A sheet to print: its title, its documents, and its language (of the footer and the dialogs).
Sheet = tuple[str, list[QTextDocument], str]



def print_article(parent: QWidget, pack: Pack, slug: str, language: str = "en") -> None:
    _preview_or_export(parent, pack, _article_sheet(parent, pack, slug, language), None)


def export_article(parent: QWidget, pack: Pack, slug: str, language: str = "en") -> None:
    _preview_or_export(parent, pack, _article_sheet(parent, pack, slug, language),
                       f"{slug}.pdf" if language == "en" else f"{slug}-{language}.pdf")


def print_organizations(parent: QWidget, pack: Pack, flt: OrganizationFilter, language: str = "en") -> None:
    _preview_or_export(parent, pack, _directory_sheet(parent, pack, flt, language), None)


def export_organizations(parent: QWidget, pack: Pack, flt: OrganizationFilter, language: str = "en") -> None:
    _preview_or_export(parent, pack, _directory_sheet(parent, pack, flt, language), _directory_file_name(flt))


def print_nearby(parent: QWidget, pack: Pack, result: NearbyResult, language: str = "en") -> None:
    _preview_or_export(parent, pack, _nearby_sheet(parent, pack, result, language), None)


def export_nearby(parent: QWidget, pack: Pack, result: NearbyResult, language: str = "en") -> None:
    _preview_or_export(parent, pack, _nearby_sheet(parent, pack, result, language),
                       f"help-near-{result.point.zip_code}.pdf")


def _preview_or_export(parent: QWidget, pack: Pack, sheet: Sheet | None, export_as: str | None) -> None:
    """Show the print preview of ``sheet``, or save it as a PDF first named ``export_as``."""
    if sheet is None:
        return
    if export_as is None:
        _preview(parent, pack, *sheet)
    else:
        _export(parent, pack, *sheet, suggested_name=export_as)


def _nearby_sheet(parent: QWidget, pack: Pack, result: NearbyResult, language: str) -> Sheet | None:
    from guide.factsheet.nearby import handout_title, nearby_document

    try:
        document = nearby_document(pack, result, datetime.now().astimezone(), language)
    except PackError as exc:
        _warn(parent, translate("Printing", "The directory could not be made."), str(exc))
        return None
    return handout_title(result, language), [document], language


def _article_sheet(parent: QWidget, pack: Pack, slug: str, language: str) -> Sheet | None:
    try:
        article = pack.article(slug, language)
    except PackError as exc:
        _warn(parent, translate("Printing", "The fact sheet could not be made."), str(exc))
        return None
    if article is None:
        _warn(parent, translate("Printing", "The fact sheet could not be made."),
              translate("Printing", "The article “{slug}” is not in this guide pack.").format(slug=slug))
        return None
    return article.title, [article_document(pack, article, language)], language


def _directory_sheet(parent: QWidget, pack: Pack, flt: OrganizationFilter, language: str) -> Sheet | None:
    try:
        document = directory_document(pack, flt, language)
        described = filter_description(pack, flt, language)
    except PackError as exc:
        _warn(parent, translate("Printing", "The directory could not be made."), str(exc))
        return None
    title = directory_title(language)
    return (f"{title}: {described}" if described else title), [document], language


def _directory_file_name(flt: OrganizationFilter) -> str:
    words = [w for w in (flt.category, flt.state.lower(), flt.language) if w]
    return "-".join(["organization-directory", *words]) + ".pdf"


def _preview(parent: QWidget, pack: Pack, title: str, documents: Sequence[QTextDocument], language: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print preview — {title}").format(title=title))
    failures: list[str] = []
    footer_title = pack.info(language).title

    def paint(target: QPrinter) -> None:
        try:
            paint_documents(target, documents, footer_title, language=language)
        except PaintError as exc:
            failures.append(str(exc))  # reported after the dialog: a box inside a paint slot would nest

    dialog.paintRequested.connect(paint)
    dialog.exec()
    dialog.deleteLater()
    if failures:
        _warn(parent, translate("Printing", "Printing did not work."), failures[-1])


def save_folder() -> Path:
    """Documents, where people look for what they saved; home when there is no Documents folder (the
    dialog would otherwise open in the program's own folder)."""
    for location in (QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def paper_filters() -> dict[str, str]:
    """The save dialog's file types, one per paper size: the choice of type is the choice of paper."""
    return {"letter": translate("Printing", "PDF on Letter paper (*.pdf)"),
            "a4": translate("Printing", "PDF on A4 paper (*.pdf)")}


def _export(parent: QWidget, pack: Pack, title: str, documents: Sequence[QTextDocument], language: str,
            suggested_name: str) -> None:
    filters = paper_filters()
    name, chosen = QFileDialog.getSaveFileName(parent, translate("Printing", "Export PDF"),
                                               str(save_folder() / suggested_name), ";;".join(filters.values()),
                                               filters[default_page_size_name()])
    if not name:
        return
    paper = next((size for size, text in filters.items() if text == chosen), default_page_size_name())
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        pages = write_pdf(path, documents, page_layout(paper), title, pack.info(language).title, language)
    except (OSError, PaintError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        _warn(parent, translate("Printing", "The PDF could not be saved."), f"{path}\n\n{reason}")
        return
    saved = (translate("Printing", "Saved {path} (1 page)") if pages == 1
             else translate("Printing", "Saved {path} ({pages} pages)"))
    _tell_saved(parent, saved.format(path=path, pages=pages), path)


def _tell_saved(parent: QWidget, message: str, path: Path) -> QMessageBox:
    """The status bar says it too; the box offers to show the file in its folder. It blocks nothing
    (not even its window): the user may just go on reading."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, STATUS_MESSAGE_MS)
    box = QMessageBox(QMessageBox.Icon.Information, translate("Printing", "Export PDF"), message,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("exportDone")
    open_folder = box.addButton(translate("Printing", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    open_folder.setObjectName("openFolder")
    open_folder.clicked.connect(lambda: open_containing_folder(path))  # the box closes by itself
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def open_containing_folder(path: Path) -> bool:
    """Hand the folder to the system's file manager (a local folder: nothing leaves the computer)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _warn(parent: QWidget, summary: str, detail: str) -> None:
    QMessageBox.warning(parent, translate("Printing", "Guide"), f"{summary}\n\n{detail}")
