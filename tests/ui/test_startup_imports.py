"""Start-up loads only what the first window needs: the read path never loads SQLAlchemy, and the
compiler (Markdown, YAML), fact sheets and the HSDS importer load when first used. Each check runs
in a fresh interpreter, as imports in this test process are shared with every other test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

NOT_AT_START = ("sqlalchemy", "markdown", "yaml", "segno", "guide.content.build", "guide.hsds.importer",
                "guide.factsheet", "guide.ui.printing", "cryptography", "guide.library.arrival")
# The directory's and search's value classes: the first window shows neither.
NOT_IN_FIRST_WINDOW = ("guide.store.catalogue", "guide.store.directory", "guide.store.search")


def loaded_after(statement: str, modules: tuple[str, ...] = NOT_AT_START) -> list[str]:
    """The ``modules`` (or their submodules) that ``statement`` leaves in sys.modules of a new interpreter."""
    probe = (f"import json, sys\n{statement}\n"
             f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({modules!r}))))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("statement", [
    "import guide.store",
    "import guide.ui.window",
    "import guide.ui.app",
    "import guide.launch",  # `python main.py` without a command
    "import guide.cli.parser; guide.cli.parser.build_parser()",
])
def test_start_up_does_not_load_the_compiler_or_sqlalchemy(statement: str) -> None:
    assert loaded_after(statement) == []


def first_window(pack: Path, data_dir: Path) -> str:
    return (
        "from pathlib import Path\n"
        "from guide.store import Pack\n"
        "from guide.ui.app import application\n"
        "from guide.userdata.settings import Settings\n"
        "from guide.ui.window import MainWindow\n"
        "app = application()\n"
        f"pack = Pack.open({str(pack)!r})\n"
        f"window = MainWindow(pack, Settings(Path({str(data_dir)!r})))\n"
        "window.show()\n"
        "app.processEvents()\n"
    )


def test_a_fresh_bundled_pack_is_checked_without_the_authoring_side(mini_sources: Path, tmp_path: Path) -> None:
    """Every plain start checks the bundled pack; only a rebuild needs guide.content (some 15 ms)."""
    from guide.content import build_pack

    pack = build_pack(mini_sources, tmp_path / "guide.pack").path
    refresh = f"from pathlib import Path\nfrom guide.gui import refresh_bundled_pack\n" \
              f"refresh_bundled_pack(Path({str(pack)!r}), Path({str(mini_sources)!r}))\n"
    assert loaded_after(refresh, ("guide.content",)) == []
    os.utime(mini_sources / "links.yaml")  # newer than the pack: rebuilt, with the compiler
    assert "guide.content.build" in loaded_after(refresh, ("guide.content",))


def test_a_bundled_pack_that_cannot_be_rebuilt_is_opened_as_it_was(mini_sources: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from guide.content import build_pack
    from guide.gui import refresh_bundled_pack

    pack = build_pack(mini_sources, tmp_path / "guide.pack").path
    before = pack.read_bytes()
    (mini_sources / "links.yaml").write_text("links: [ {title: no url} ]\n", encoding="utf-8")
    refresh_bundled_pack(pack, mini_sources)
    assert pack.read_bytes() == before
    assert "links.yaml" in capsys.readouterr().err


def test_the_window_on_a_pack_loads_none_of_them(mini_pack: Path, tmp_path: Path) -> None:
    assert loaded_after(first_window(mini_pack, tmp_path)) == []


def test_the_first_window_loads_neither_directory_nor_search_values(mini_pack: Path, tmp_path: Path) -> None:
    assert loaded_after(first_window(mini_pack, tmp_path), NOT_IN_FIRST_WINDOW) == []


def test_the_find_bar_is_made_on_the_first_find_not_before_the_first_frame(mini_pack: Path, tmp_path: Path) -> None:
    assert loaded_after(first_window(mini_pack, tmp_path), ("guide.ui.find_bar",)) == []
    find = first_window(mini_pack, tmp_path) + "window.find_in_page()\n"
    assert loaded_after(find, ("guide.ui.find_bar",)) == ["guide.ui.find_bar"]


def test_every_name_guide_store_exports_leaves_them_unloaded() -> None:
    assert loaded_after("from guide.store import *", NOT_IN_FIRST_WINDOW) == []


def test_the_probe_sees_the_directory_values_when_they_are_imported() -> None:
    statement = ("from guide.store.catalogue import PackInfo\nfrom guide.store.directory import OrganizationFilter\n"
                 "from guide.store.search import SearchHit")
    assert loaded_after(statement, NOT_IN_FIRST_WINDOW) == list(NOT_IN_FIRST_WINDOW)


def test_the_probe_sees_a_module_that_is_loaded() -> None:
    assert "yaml" in loaded_after("import yaml")


def test_the_first_frame_does_not_build_the_qt_namespace_or_the_style(mini_pack: Path, tmp_path: Path) -> None:
    """Naming PySide6's Qt namespace builds its 93 enums (some 15 ms), and handing a QStyle to Python
    builds QStyle's 12 (some 6 ms); the first window is painted without either (guide.ui.qt_start,
    guide.ui.icons, guide.ui.theme.STYLE_ARGUMENTS). A key press or another page may name them later."""
    probe = first_window(mini_pack, tmp_path) + (
        "import json, PySide6.QtCore, PySide6.QtWidgets\n"
        "print(json.dumps([name for module, name in ((PySide6.QtCore, 'Qt'), (PySide6.QtWidgets, 'QStyle'))\n"
        "                  if name in vars(module)]))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_library_reads_no_signature_code_for_an_unsigned_guide(mini_pack: Path, tmp_path: Path) -> None:
    """The status bar's standing is made after the first frame; for a guide with no signature beside
    it, minisign (and hashlib's OpenSSL, some 6 ms) stay unloaded (guide.signing)."""
    shelf = first_window(mini_pack, tmp_path) + "window.guide_shelf\n"
    assert loaded_after(shelf, ("guide.signing.minisign", "hashlib")) == []
    assert loaded_after(shelf, ("guide.ui.guide_standing",)) == ["guide.ui.guide_standing"]


def test_the_window_is_built_without_the_guide_library_or_signatures(mini_pack: Path, tmp_path: Path) -> None:
    # The library's menu entries and the status bar's standing are made once the first frame is on screen.
    statement = first_window(mini_pack, tmp_path).replace("window.show()\napp.processEvents()\n", "")
    assert loaded_after(statement, ("guide.library", "guide.signing", "guide.ui.open_guide")) == []
