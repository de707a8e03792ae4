"""File > Import directory...: a worker with a progress dialog writes a new pack and opens it."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import HSDS, open_window

from guide.ui.import_directory import DirectoryImport
from guide.ui.window import MainWindow


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_opens_the_new_guide_and_leaves_the_bundled_pack_alone(qtbot: QtBot, mini_pack: Path,
                                                                       tmp_path: Path) -> None:
    before = _digest(mini_pack)
    with open_window(qtbot, mini_pack, tmp_path / "data") as window:
        action = next(a for a in window.menuBar().actions()[0].menu().actions() if "Import directory" in a.text())
        assert action.isEnabled()
        importer = DirectoryImport(window, mini_pack, lambda pack: MainWindow(pack, window.settings), tmp_path / "data")
        with qtbot.waitSignal(importer.opened, timeout=20000) as opened:
            importer.start(HSDS / "spec-example")
            assert importer.dialog is not None and importer.dialog.isVisible()  # progress while it runs
        imported = opened.args[0]
        assert imported.pack.path == tmp_path / "data" / "imports" / "spec-example.pack"
        assert imported.pack.title == "Example HSDS directory"
        assert imported.pack.hotline().phone == window.pack.hotline().phone  # the banner is kept
        # The problems (a defunct service, a table not read, a term and coordinates left out) are reported.
        assert importer.message is not None and "4 problem(s)" in importer.message.text()
        assert "services.csv:4: service 'Closed clinic' is defunct" in importer.message.detailedText()
        # "By state" nodes filter the organizations page by state.
        state_node = imported.pack.menu()[1].children[0]
        imported.router.page("organizations").show_category(state_node.target)
        assert imported.router.page("organizations").state.currentData() == state_node.target.removeprefix("state:")
        importer.message.close()
        imported.close()
    assert _digest(mini_pack) == before


def test_a_refused_directory_is_one_message_and_no_window(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../organizations.csv", "id,name\n1,x\n")
    with open_window(qtbot, mini_pack, tmp_path / "data") as window:
        importer = DirectoryImport(window, mini_pack, lambda pack: MainWindow(pack, window.settings), tmp_path / "data")
        importer.start(archive)
        qtbot.waitUntil(lambda: importer.message is not None and importer.message.isVisible(), timeout=20000)
        assert importer.message.icon() == QMessageBox.Icon.Warning
        assert "evil.zip: refused" in importer.message.text()
        assert importer.windows == [] and importer.worker_thread is None
        assert window.isVisible()
        importer.message.close()
