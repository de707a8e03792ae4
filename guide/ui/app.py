"""Start the Qt application on a pack: ``run(pack_path) -> exit code`` (called by ``python main.py``)."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from guide import i18n
from guide.paths import icon_path
from guide.startup import resume_collection
from guide.store import Pack, PackError
from guide.ui.stop_signals import StopSignals
from guide.ui.theme import STYLE_ARGUMENTS, apply_theme, follow_colour_scheme
from guide.ui.user_folder import APP_NAME, default_data_dir
from guide.ui.window import MainWindow
from guide.userdata.settings import Settings


def open_pack_interactively(path: Path, parent: QWidget | None = None,
                            choose_file: Callable[[QWidget | None, Path], Path | None] | None = None
                            ) -> Pack | None:
    """Open ``path``; on failure explain why and offer another file (``choose_file``, by default a file
    dialog) until one opens or the user closes."""
    while True:
        try:
            return Pack.open(path)
        except PackError as exc:
            from guide.ui.pack_problem import PackProblemDialog, ask_for_pack_file

            choose_file = choose_file or ask_for_pack_file
            dialog = PackProblemDialog(exc, parent)
            dialog.exec()
            if not dialog.wants_another():
                return None
            chosen = choose_file(parent, path.parent)
            if chosen is None:
                return None
            path = chosen


def app_icon() -> QIcon:
    """Every PNG size of the icon, so title bars, task bars and the Alt+Tab switcher each get a sharp one."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = icon_path(size)
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


_qt_scratch: tempfile.TemporaryDirectory[str] | None = None


def keep_qt_state_off_disk() -> Path:
    """Point Qt's own user settings (e.g. the file dialog's recent folders) at a folder deleted at exit.

    Our settings are our own JSON file; anything Qt remembers by itself would be a trace of where
    someone saved a fact sheet, which an outreach worker on a shared laptop does not want kept.
    """
    global _qt_scratch
    if _qt_scratch is None:
        _qt_scratch = tempfile.TemporaryDirectory(prefix="guide-qt-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, _qt_scratch.name)
    return Path(_qt_scratch.name)


def application() -> QApplication:
    keep_qt_state_off_disk()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([*sys.argv[:1], *STYLE_ARGUMENTS, *sys.argv[1:]])
    else:
        apply_theme(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())  # windows without their own icon take the application's
    return app


def settle_after_first_frame(app: QApplication) -> None:
    """Start-up work the first frame does without."""
    follow_colour_scheme(app)
    resume_collection()  # see guide.startup


def run(pack_path: Path) -> int:
    app = application()
    # At once: from here on, a SIGTERM that ended the process on the spot would leave the temporary
    # folder application() made behind.
    stop_signals = StopSignals(app)
    try:
        return _run(app, pack_path)
    finally:
        stop_signals.close()


def _run(app: QApplication, pack_path: Path) -> int:
    settings = Settings(default_data_dir())
    i18n.install(i18n.supported(settings.language or i18n.system_language()))  # before any dialog
    pack = open_pack_interactively(Path(pack_path))
    if pack is None:
        return 1
    try:
        window = MainWindow(pack, settings)
    except PackError as exc:
        from guide.ui.pack_problem import PackProblemDialog

        PackProblemDialog(exc).exec()
        pack.close()
        return 1
    window.quit_requested.connect(app.quit)  # emitted from a timer: the quick exit has returned by then
    window.first_frame_shown.connect(lambda: settle_after_first_frame(app))
    window.view_scale.show_as_saved()
    try:
        return app.exec()
    finally:
        window.hide()  # a signal ends the loop without closing the window: nothing may linger on screen
        window.wait_for_search()
        pack.close()
