"""In-app Print (preview dialog) and Export PDF, driven through the real dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QPushButton
from support import UrlHandoffs, handed_off, page_sizes_pt, page_texts, squeeze

from guide.store import Pack
from guide.store.directory import OrganizationFilter
from guide.ui import printing


@pytest.fixture
def pack(mini_pack: Path):
    with Pack.open(mini_pack) as opened:
        yield opened


@pytest.fixture
def host_window(qtbot) -> QMainWindow:
    """A bare main window for the printing functions to report to (its status bar)."""
    main_window = QMainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def _when_modal(kind: type, act, seen: list) -> None:
    """Run ``act`` on the next modal dialog of ``kind`` once it is up (from inside its event loop)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(act(dialog))
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _save_as(path: Path):
    def act(dialog: QFileDialog) -> str:
        dialog.selectFile(str(path))
        dialog.accept()
        return "saved"

    return act


def test_export_article_writes_the_chosen_file_and_says_so(host_window, pack, tmp_path: Path) -> None:
    seen: list = []
    _when_modal(QFileDialog, _save_as(tmp_path / "sheet"), seen)
    printing.export_article(host_window, pack, "intro")
    assert seen == ["saved"]
    out = tmp_path / "sheet.pdf"  # the .pdf suffix is added when the name has none
    assert "Introductiontotrafficking" in squeeze(page_texts(out)[0])
    assert host_window.statusBar().currentMessage() == f"Saved {out} (1 page)"
    box = host_window.findChild(QMessageBox, "exportDone")
    assert box is not None and box.isVisible() and box.text() == f"Saved {out} (1 page)"
    box.close()


@pytest.fixture
def folder_handoffs() -> Iterator[UrlHandoffs]:
    with handed_off("file") as handler:  # the file manager is never started
        yield handler


def test_the_export_message_opens_the_folder_of_the_pdf(qtbot, host_window, pack, tmp_path: Path,
                                                        folder_handoffs: UrlHandoffs) -> None:
    seen: list = []
    (tmp_path / "out").mkdir()
    _when_modal(QFileDialog, _save_as(tmp_path / "out" / "sheet.pdf"), seen)
    printing.export_article(host_window, pack, "intro")
    box = host_window.findChild(QMessageBox, "exportDone")
    assert box is not None and box.isVisible()
    assert box.windowModality() == Qt.WindowModality.NonModal  # reading goes on while it shows
    button = box.findChild(QPushButton, "openFolder")
    assert button is not None and button.text() == "Open folder" and folder_handoffs.urls == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert folder_handoffs.urls == [QUrl.fromLocalFile(str(tmp_path / "out")).toString()]
    qtbot.waitUntil(lambda: not box.isVisible())


def test_export_organizations_writes_the_filtered_directory(host_window, pack, tmp_path: Path) -> None:
    seen: list = []
    _when_modal(QFileDialog, _save_as(tmp_path / "ny.pdf"), seen)
    printing.export_organizations(host_window, pack, OrganizationFilter(state="NY"))
    text = squeeze("".join(page_texts(tmp_path / "ny.pdf")))
    assert "servingNY" in text and "NewYorkChildSafetyProject" in text
    assert "CaliforniaLegalAid" not in text


def test_cancelled_export_writes_nothing(host_window, pack, tmp_path: Path) -> None:
    seen: list = []
    _when_modal(QFileDialog, lambda dialog: dialog.reject(), seen)
    printing.export_article(host_window, pack, "intro")
    assert seen and list(tmp_path.iterdir()) == []
    assert host_window.statusBar().currentMessage() == ""


def test_export_to_an_unwritable_place_shows_one_message(host_window, pack, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    seen: list = []

    def read_and_close(box: QMessageBox) -> str:
        text = box.text()
        box.accept()
        return text

    _when_modal(QFileDialog, _save_as(blocker / "x.pdf"), seen)
    QTimer.singleShot(0, lambda: _when_modal(QMessageBox, read_and_close, seen))
    printing.export_article(host_window, pack, "intro")
    assert seen[0] == "saved"
    assert seen[1].startswith("The PDF could not be saved.") and str(blocker / "x.pdf") in seen[1]


def test_print_preview_shows_the_article_pages(host_window, pack) -> None:
    seen: list = []

    def inspect(dialog: QPrintPreviewDialog) -> tuple[str, int]:
        preview = dialog.findChild(QPrintPreviewWidget)
        pages = preview.pageCount()
        dialog.reject()
        return dialog.windowTitle(), pages

    _when_modal(QPrintPreviewDialog, inspect, seen)
    printing.print_article(host_window, pack, "intro")
    assert seen == [("Print preview — Introduction to trafficking", 1)]


def test_print_preview_of_organizations(host_window, pack) -> None:
    seen: list = []

    def inspect(dialog: QPrintPreviewDialog) -> tuple[str, int]:
        pages = dialog.findChild(QPrintPreviewWidget).pageCount()
        dialog.reject()
        return dialog.windowTitle(), pages

    _when_modal(QPrintPreviewDialog, inspect, seen)
    printing.print_organizations(host_window, pack, OrganizationFilter(category="hotline"))
    assert seen == [("Print preview — Organization directory: Hotlines", 1)]


def test_unknown_article_is_a_message_not_a_crash(host_window, pack) -> None:
    seen: list = []

    def read_and_close(box: QMessageBox) -> str:
        text = box.text()
        box.accept()
        return text

    _when_modal(QMessageBox, read_and_close, seen)
    printing.print_article(host_window, pack, "gone")
    assert seen == ["The fact sheet could not be made.\n\nThe article “gone” is not in this guide pack."]


@pytest.mark.parametrize(("paper", "points"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_export_offers_letter_or_a4_and_writes_the_paper_chosen(host_window, pack, tmp_path: Path,
                                                               paper: str, points: tuple[int, int]) -> None:
    seen: list = []

    def choose_paper_and_save(dialog: QFileDialog) -> list[str]:
        offered = dialog.nameFilters()
        dialog.selectNameFilter(printing.paper_filters()[paper])
        dialog.selectFile(str(tmp_path / "sheet.pdf"))
        dialog.accept()
        return offered

    _when_modal(QFileDialog, choose_paper_and_save, seen)
    printing.export_article(host_window, pack, "intro")
    assert seen == [list(printing.paper_filters().values())]
    assert set(page_sizes_pt(tmp_path / "sheet.pdf")) == {points}


def test_the_save_dialog_starts_in_an_existing_documents_or_home_folder(host_window, pack) -> None:
    seen: list = []

    def where(dialog: QFileDialog) -> str:
        folder = dialog.directory().absolutePath()
        dialog.reject()
        return folder

    _when_modal(QFileDialog, where, seen)
    printing.export_article(host_window, pack, "intro")
    assert seen == [str(printing.save_folder())] and Path(seen[0]).is_dir()
    assert Path(seen[0]) != Path.cwd()
