"""The one-folder desktop build (issue #7): build it with build_spec/build.py, then run it.

Slow (a PyInstaller build, ~30 s here), so it needs the build extra and is skipped without it;
.ci/run installs the extra after the main test run and runs this file on its own.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("PyInstaller", reason='PyInstaller not installed: pip install -e ".[build]"')

from hsds_packages import write_csv  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from support import ROOT  # noqa: E402

from guide import __version__  # noqa: E402
from guide.content.build import INSERTS_APART_FROM  # noqa: E402
from guide.store import Pack  # noqa: E402


def _build_spec_module(name: str) -> ModuleType:
    # Loaded by path: build_spec/ is not a package, and "build" is also the name of a PyPI package.
    spec = importlib.util.spec_from_file_location(f"build_spec_{name}", ROOT / "build_spec" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_script = _build_spec_module("build")
first_frame_seconds = _build_spec_module("first_frame").first_frame_seconds

# 150 before signed packs (#20): cryptography's Rust binding, with OpenSSL inside, adds some 15 MB.
MAX_SIZE_MB = 165
# Qt parts a widgets app that never connects must not ship (file name fragments).
UNWANTED = ("Qt6Network", "QtNetwork", "Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6WebEngine", "qopensslbackend",
            "qvnc", "libqgtk3")


class FrozenApp:
    def __init__(self, folder: Path, pack: Path, home: Path) -> None:
        self.folder = folder
        self.executable = folder / build_script.EXECUTABLE
        self.pack = pack  # the pack build.py built and bundled
        self.home = home  # working folder and user-data folder of every run
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GUIDE_DATA_DIR=str(home / "user-data"))

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.executable), *args], cwd=self.home, env=self.env, capture_output=True,
                              text=True, timeout=300)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FrozenApp:
    work = tmp_path_factory.mktemp("frozen")
    build = subprocess.run([sys.executable, str(ROOT / "build_spec" / "build.py"), "--dist", str(work / "dist"),
                            "--work", str(work / "build")], capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    # Moved away from where it was built, into a path with a space, and run from elsewhere:
    # the app must find its pack next to its executable, not in the checkout or the cwd.
    moved = work / "elsewhere" / "Resource Guide"
    moved.parent.mkdir()
    (work / "dist" / "guide").rename(moved)
    home = work / "home"
    home.mkdir()
    return FrozenApp(moved, work / "build" / "pack" / "guide.pack", home)


def test_info_json_reads_the_bundled_pack(app: FrozenApp) -> None:
    result = app.run("info", "--json")

    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    with Pack.open(app.pack) as pack:
        expected = pack.info()
    assert info["content_sha256"] == expected.content_sha256
    assert info["counts"] == expected.counts


def test_export_all_writes_a_pdf_per_article_and_the_booklet(app: FrozenApp) -> None:
    out = app.home / "fact-sheets"

    result = app.run("export", "--all", "--out", str(out))

    assert result.returncode == 0, result.stderr
    with Pack.open(app.pack) as pack:
        slugs = {article.slug for article in pack.articles()}
    written = {path.stem for path in out.glob("*.pdf")}
    assert slugs <= written
    assert len(written) > len(slugs)  # the organization directory and the booklet as well
    for path in out.glob("*.pdf"):
        assert len(PdfReader(path).pages) >= 1, path


def test_search_finds_the_hotline(app: FrozenApp) -> None:
    result = app.run("search", "hotline", "--json")

    assert result.returncode == 0, result.stderr
    assert any(hit["kind"] == "organization" for hit in json.loads(result.stdout))


def test_version_and_user_errors_behave_like_main_py(app: FrozenApp) -> None:
    version = app.run("--version")
    missing = app.run("info", "--pack", str(app.home / "no-such.pack"))

    assert version.returncode == 0 and version.stdout.split() == ["guide", __version__]
    assert missing.returncode == 1
    assert missing.stderr.startswith("error:") and len(missing.stderr.strip().splitlines()) == 1


def test_a_large_directory_imports_through_the_second_process(app: FrozenApp) -> None:
    """INSERTS_APART_FROM organizations or more are written by a second process, which a frozen app
    starts as itself (multiprocessing.freeze_support in main.py)."""
    folder = app.home / "large-directory"
    count = INSERTS_APART_FROM
    write_csv(folder, "organizations.csv", [["id", "name"], *([f"o{i}", f"Organization {i}"] for i in range(count))])
    write_csv(folder, "services.csv", [["id", "organization_id", "name"],
                                       *([f"s{i}", f"o{i}", f"Service {i}"] for i in range(count))])
    out = app.home / "large.pack"

    result = app.run("import-hsds", str(folder), "--out", str(out))

    assert result.returncode == 0, result.stderr[-2000:]
    with Pack.open(out) as pack:
        assert pack.info().counts["services"] == count
        assert pack.organization(pack.organization_id("organization-1999")) is not None


def test_window_opens_without_arguments(app: FrozenApp) -> None:
    seconds = first_frame_seconds([str(app.executable)], app.env, timeout=120)

    assert 0 < seconds < 120


def test_bundle_is_lean_and_complete(app: FrozenApp) -> None:
    files = list(app.folder.rglob("*"))

    assert build_script.folder_size(app.folder) <= MAX_SIZE_MB * 1_000_000
    assert [p for p in files if p.is_symlink() and not p.exists()] == []
    assert [p.name for p in files if any(part in p.name for part in UNWANTED)] == []
    internal = app.folder / "_internal" / "resources"
    assert (internal / "guide.pack").is_file()
    assert {p.name for p in (internal / "icons").iterdir()} >= {"guide-256.png", "guide.svg", "guide.desktop"}
    # The toolbar's and the tree's icons (guide.ui.icons), every size, as PNGs.
    from guide.ui.icons import NAMES, SIZES

    assert {p.name for p in (internal / "icons" / "ui").iterdir()} == {f"{n}-{s}.png" for n in NAMES for s in SIZES}
