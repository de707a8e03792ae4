"""DirectoryImport's contract with whoever owns it: it is given a parent widget and a way to open a
window on a pack, and never needs the main window's module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from support import HSDS, ROOT

from guide.store import Pack
from guide.ui.import_directory import DirectoryImport


def test_the_imported_pack_opens_in_the_window_the_owner_makes(qtbot: QtBot, mini_pack: Path,
                                                                tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    given: list[Pack] = []

    def open_window(pack: Pack) -> QWidget:
        given.append(pack)
        return QLabel(pack.title)

    importer = DirectoryImport(parent, mini_pack, open_window, tmp_path / "data")
    with qtbot.waitSignal(importer.opened, timeout=20000) as opened:
        importer.start(HSDS / "spec-example")
    window = opened.args[0]
    assert isinstance(window, QLabel) and window.isVisible()
    assert [p.path for p in given] == [tmp_path / "data" / "imports" / "spec-example.pack"]
    assert window.text() == given[0].title and given[0].info().counts["organizations"] > 0
    assert importer.windows == [window]
    if importer.message is not None:
        importer.message.close()
    window.close()


def test_importing_it_does_not_load_the_main_window() -> None:
    probe = ("import sys, guide.ui.import_directory\n"
             "print(sorted(m for m in sys.modules if m == 'guide.ui.window'))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
