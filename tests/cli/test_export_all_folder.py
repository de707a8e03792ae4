"""`export --all` writes several PDFs into a folder: an --out that names a PDF file is refused in one
line before anything is made (it used to leave an empty folder `sheets.pdf/` and say "Is a directory")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from guide.cli import main


@pytest.mark.parametrize("name", ["sheets.pdf", "SHEETS.PDF"])
def test_all_into_a_pdf_name_is_refused_and_leaves_nothing(capsys: pytest.CaptureFixture[str], qapp: object,
                                                           mini_pack: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / "out" / name
    code = main(["export", "--all", "--pack", str(mini_pack), "--out", str(out)])
    printed, err = capsys.readouterr()
    assert (code, printed) == (1, "")
    assert err == f"error: --all writes several PDFs into a folder; give a folder for --out, not {out}\n"
    assert not (tmp_path / "out").exists()


def test_all_into_a_folder_writes_every_sheet(capsys: pytest.CaptureFixture[str], qapp: object, mini_pack: Path,
                                              tmp_path: Path) -> None:
    out = tmp_path / "sheets"
    assert main(["export", "--all", "--pack", str(mini_pack), "--out", str(out)]) == 0
    written = sorted(os.listdir(out))
    assert {"booklet.pdf", "organization-directory.pdf", "intro.pdf"} <= set(written)
    assert all((out / name).read_bytes().startswith(b"%PDF") for name in written)
    assert capsys.readouterr().out.count("wrote ") == len(written)
