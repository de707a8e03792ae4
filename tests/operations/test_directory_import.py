"""guide.operations.directory_import: the one import the command line and the window both run, with
its progress reports and its cancel, on a real HSDS directory and a real base pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import HSDS

from guide.hsds import ImportCancelled
from guide.operations.directory_import import destination, import_directory
from guide.store import Pack


def test_an_import_reports_its_stages_and_writes_a_pack_that_opens(mini_pack: Path, tmp_path: Path) -> None:
    heard: list[tuple[str, int, int]] = []
    out = tmp_path / "spec.pack"
    built, result = import_directory(HSDS / "spec-example", out, mini_pack,
                                     progress=lambda stage, done, total: heard.append((stage, done, total)))
    assert built.path == out.resolve() and result.counts["organizations"] > 0
    assert heard[0][0] == "reading" and ("writing", 0, 1) in heard and heard[-1] == ("writing", 1, 1)
    with Pack.open(out) as pack, Pack.open(mini_pack) as base:
        assert pack.info().counts["organizations"] >= result.counts["organizations"]
        assert pack.hotline().phone == base.hotline().phone  # the base pack's banner is kept


def test_a_cancelled_import_stops_at_its_next_report_and_writes_nothing(mini_pack: Path, tmp_path: Path) -> None:
    reports: list[str] = []
    out = tmp_path / "spec.pack"
    with pytest.raises(ImportCancelled):
        import_directory(HSDS / "spec-example", out, mini_pack, progress=lambda stage, *_: reports.append(stage),
                         cancelled=lambda: len(reports) >= 1)
    assert len(reports) == 1
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_window_writes_imports_into_the_users_imports_folder(tmp_path: Path) -> None:
    assert destination(Path("/somewhere/County Services.zip"), tmp_path) == tmp_path / "imports" / "county-services.pack"
    assert destination(Path("/somewhere/***.json"), tmp_path) == tmp_path / "imports" / "directory.pack"


def test_an_import_never_writes_over_the_pack_it_starts_from(mini_pack: Path) -> None:
    from guide.hsds import HsdsError

    before = mini_pack.read_bytes()
    with pytest.raises(HsdsError, match="refused: that is the guide pack the import starts from"):
        import_directory(HSDS / "spec-example", mini_pack, mini_pack)
    assert mini_pack.read_bytes() == before


def test_the_problems_go_to_a_file_beside_the_pack(mini_pack: Path, tmp_path: Path) -> None:
    built, result = import_directory(HSDS / "broken", tmp_path / "broken.pack", mini_pack)
    listing = tmp_path / "broken.pack.problems.txt"
    assert result.problems_file == str(listing)
    text = listing.read_text(encoding="utf-8").splitlines()
    assert text[0].endswith(f"{len(result.problems)} problem(s)")
    assert "phones.csv:3: malformed phone number 'call us maybe'; left out" in text
    assert any(line.startswith("phones.csv ") and line.split()[1:3] == ["7", "4"] for line in text)  # read, kept
