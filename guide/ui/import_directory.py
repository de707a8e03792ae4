"""File > Import directory...: turn an Open Referral HSDS directory into a guide pack and open it.

The import runs in a worker thread behind a progress dialog (Cancel stops it). The new pack is
written to the user's data folder (``imports/``); the bundled pack is only read, for its hotline
banner and categories. The imported guide opens in a window of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from guide.operations import directory_import, guide_library
from guide.store import Pack, PackError
from guide.ui.guide_windows import show_guide_window
from guide.ui.user_folder import default_data_dir

if TYPE_CHECKING:
    from guide.operations.directory_import import ImportResult

FILE_FILTER = ("HSDS directories (datapackage.json organizations.csv services.csv *.zip *.json);;"
               "All files (*)")
STAGES = {"reading": QT_TRANSLATE_NOOP("DirectoryImport", "Reading the directory…"),
          "services": QT_TRANSLATE_NOOP("DirectoryImport", "Reading services…"),
          "organizations": QT_TRANSLATE_NOOP("DirectoryImport", "Preparing organizations…"),
          "writing": QT_TRANSLATE_NOOP("DirectoryImport", "Writing the guide pack…")}
SHOWN_PROBLEMS = 200  # a broken directory can have thousands; the dialog lists the first ones


class ImportWorker(QObject):
    """Runs one import; lives in a worker thread and talks to the window only through signals."""

    progress = Signal(str, int, int)
    succeeded = Signal(object, object)  # pack path, ImportResult
    failed = Signal(str)  # one line for a person; "" when cancelled

    def __init__(self, source: Path, out: Path, base: Path) -> None:
        super().__init__()
        self.source, self.out, self.base = source, out, base
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True  # read by the worker thread at its next progress report

    def _is_cancelled(self) -> bool:
        return self._cancelled

    @Slot()
    def run(self) -> None:
        from guide.operations.directory_import import HsdsError, ImportCancelled

        try:
            built, result = directory_import.import_directory(self.source, self.out, self.base,
                                                              progress=self.progress.emit,
                                                              cancelled=self._is_cancelled)
        except ImportCancelled:
            self.failed.emit("")
        except (HsdsError, PackError) as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(f"{exc.strerror or exc}: {exc.filename or self.out}")
        except Exception as exc:  # noqa: BLE001 - whatever a strange file does, the window stays up
            self.failed.emit(f"The directory could not be imported ({type(exc).__name__}: {exc}).")
        else:
            self.succeeded.emit(built.path, result)


def problems_text(result: ImportResult) -> str:
    lines = [str(p) for p in result.problems[:SHOWN_PROBLEMS]]
    if len(result.problems) > SHOWN_PROBLEMS:
        lines.append(f"… and {len(result.problems) - SHOWN_PROBLEMS} more")
    return "\n".join(lines)


class DirectoryImport(QObject):
    """The import action of a main window: choose, import with progress, report, open."""

    opened = Signal(object)  # the window showing the imported guide

    def __init__(self, parent: QWidget, base_pack: Path, open_window: Callable[[Pack], QWidget],
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.base_pack = base_pack
        self.open_window = open_window  # makes the window that shows an imported guide
        self.data_dir = data_dir
        self.worker_thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self.dialog: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self.windows: list[QWidget] = []  # imported guides stay open until their window closes
        self.source: Path | None = None  # the directory of the import running or last run

    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Import an Open Referral (HSDS) directory"),
                                              str(Path.home()), FILE_FILTER)
        if name:
            chosen = Path(name)
            # Choosing any table of a data package folder means the folder.
            self.start(chosen.parent if chosen.suffix.lower() in (".csv",) or chosen.name == "datapackage.json"
                       else chosen)

    def start(self, source: Path) -> None:
        if self.worker_thread is not None:
            return  # one import at a time
        out = directory_import.destination(source, self.data_dir or default_data_dir())
        self.source = source
        self.dialog = QProgressDialog(self.tr(str(STAGES["reading"])), self.tr("Cancel"), 0, 100, self.parent_widget)
        self.dialog.setWindowTitle(self.tr("Import directory"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker_thread = QThread(self)
        self.worker = ImportWorker(source, out, self.base_pack)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.dialog.canceled.connect(self.worker.cancel, Qt.ConnectionType.DirectConnection)
        self.dialog.show()
        self.worker_thread.start()

    @Slot(str, int, int)
    def _progress(self, stage: str, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr(str(STAGES[stage])) if stage in STAGES else stage)
            self.dialog.setValue(100 * done // total if total else 0)

    def _finish(self) -> None:
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait()
            self.worker_thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.worker_thread = None
        self.worker = None
        self.dialog = None

    def _tell(self, icon: QMessageBox.Icon, text: str, details: str = "") -> None:
        # open(), not exec(): the message never blocks the window (nor a test) with a nested loop.
        self.message = QMessageBox(icon, self.tr("Import directory"), text, QMessageBox.StandardButton.Ok,
                                   self.parent_widget)
        if details:
            self.message.setDetailedText(details)
        self.message.open()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._finish()
        if message:
            self._tell(QMessageBox.Icon.Warning, self.tr("The directory could not be imported.") + f"\n\n{message}")

    @Slot(object, object)
    def _succeeded(self, pack_path: Path, result: ImportResult) -> None:
        self._finish()
        try:
            pack = Pack.open(pack_path)
        except PackError as exc:
            self._tell(QMessageBox.Icon.Warning, self.tr("The imported guide could not be opened.") + f"\n\n{exc}")
            return
        if self.source is not None:  # the library lists it as "made on this computer from FILE"
            guide_library.library(self.data_dir or default_data_dir()).note_import(pack_path, self.source)
        window = show_guide_window(self.open_window, pack, self.windows)
        self.opened.emit(window)
        counts = result.counts
        summary = self.tr("Imported {organizations} organizations ({services} services, {phones} phones) "
                          "into {path}.").format(organizations=counts["organizations"], services=counts["services"],
                                                 phones=counts["phones"], path=pack_path)
        if result.problems:
            found = self.tr("{count} problem(s) were found; those rows were left out or imported in part. "
                            "Show Details for the list.").format(count=len(result.problems))
            self._tell(QMessageBox.Icon.Information, f"{summary}\n\n{found}", problems_text(result))
