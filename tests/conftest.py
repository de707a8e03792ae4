"""Shared test setup. Qt must run offscreen; this is set before any test imports Qt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from guide.ui.window import MainWindow

pytest_plugins = ("pytester",)  # the test of the suite's own Qt-warning gate runs an inner pytest

MINI_SOURCES = Path(__file__).resolve().parent / "fixtures" / "mini"


@pytest.fixture
def mini_sources(tmp_path: Path) -> Path:
    """A private copy of the mini fixture content that a test may break."""
    target = tmp_path / "resources"
    shutil.copytree(MINI_SOURCES, target)
    return target


@pytest.fixture(scope="session")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pack built once from tests/fixtures/mini; treat it as read-only."""
    from guide.content import build_pack

    return build_pack(MINI_SOURCES, tmp_path_factory.mktemp("mini") / "mini.pack").path


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private folder for the app's settings and bookmarks (read by guide.userdata.settings via GUIDE_DATA_DIR)."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("GUIDE_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def one_qt_application() -> object:
    """Qt allows one application object per process, and the window tests need a QApplication. Without
    this, a run that began with a headless export (it makes a QGuiApplication when there is none) failed
    every window test after it."""
    from guide.ui.app import application

    return application()


@pytest.fixture
def window(qtbot: QtBot, mini_pack: Path, data_dir: Path) -> Iterator[MainWindow]:
    """The real main window on the mini pack, shown and active (window shortcuts need that)."""
    from support import open_window  # support imports Qt; conftest must not before QT_QPA_PLATFORM is set

    with open_window(qtbot, mini_pack, data_dir) as main_window:
        yield main_window
