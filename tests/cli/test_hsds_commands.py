"""The HSDS commands as a user runs them: exit codes, one-line errors, problems as file:line: message."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from support import HSDS

from guide.cli import main
from guide.store import Pack


def test_import_hsds_builds_a_pack_with_a_minimal_menu(mini_pack: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "broken.pack"
    assert main(["import-hsds", str(HSDS / "broken"), "--pack", str(mini_pack), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "  phones.csv:3: malformed phone number 'call us maybe'; left out" in captured.err
    assert "imported 4 organizations" in captured.out  # rows without an id, or a repeated one, are kept now
    assert f"the full list of problems is in {out}.problems.txt" in captured.out
    assert "phones.csv:3: malformed phone number 'call us maybe'; left out" in \
        Path(f"{out}.problems.txt").read_text(encoding="utf-8")
    with Pack.open(out) as pack:
        menu = pack.menu()
        assert [n.title for n in menu] == ["All organizations", "By state"]
        assert [(n.title, n.target) for n in menu[1].children] == [("Texas", "state:TX")]
        assert [c.id for c in pack.categories()] == ["hotline", "other"]  # the carried-over hotline's, and the fallback
        assert pack.hotline().phone  # the banner is always there


def test_build_adds_directories_to_the_guide(mini_sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "guide.pack"
    assert main(["build", "--resources", str(mini_sources), "--out", str(out),
                 "--hsds", str(HSDS / "spec-example"), "--hsds", str(HSDS / "v1-package")]) == 0
    with Pack.open(out) as pack:
        names = {r.name for r in pack.organization_rows(pack.organization_ids()).values()}
        assert {"Test Hotline", "Example Legal Aid of Texas", "Sanctuary Example City"} <= names
        assert len(names) == 4 + 2 + 3
        assert "other" in [c.id for c in pack.categories()]


def test_refused_zip_is_one_line_and_exit_1(mini_pack: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../organizations.csv", "id,name\n1,x\n")
    assert main(["import-hsds", str(archive), "--pack", str(mini_pack), "--out", str(tmp_path / "x.pack")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("error: evil.zip: refused") and "Traceback" not in err
    assert not (tmp_path / "x.pack").exists()
