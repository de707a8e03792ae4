"""The integrity check: before Pack.open returns for a small pack, on a thread of its own for a big
one (guide.store.pack.VERIFY_AT_OPEN_BYTES), and either way a damaged pack ends in one PackError."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from guide.store import Pack, PackError
from guide.store import pack as pack_module
from guide.store.search import SearchQuery


def with_a_damaged_table(pack: Path, folder: Path) -> Path:
    """A copy of ``pack`` whose link table's root page is overwritten: the meta table still reads,
    so only the integrity check (or reading links) finds the damage."""
    target = Path(shutil.copyfile(pack, folder / "damaged.pack"))
    connection = sqlite3.connect(target)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'link'").fetchone()[0]
    connection.close()
    with target.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)
    return target


def test_a_small_damaged_pack_is_refused_at_open(mini_pack: Path, tmp_path: Path) -> None:
    path = with_a_damaged_table(mini_pack, tmp_path)
    with pytest.raises(PackError, match="integrity check failed"):
        Pack.open(path)


def test_a_big_damaged_pack_opens_and_then_refuses_every_read(mini_pack: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_module, "VERIFY_AT_OPEN_BYTES", 0)  # every pack counts as big
    path = with_a_damaged_table(mini_pack, tmp_path)
    with Pack.open(path) as pack:
        pack.wait_for_integrity_check()
        for read in (pack.categories, pack.menu, lambda: pack.search(SearchQuery("trafficking"))):
            with pytest.raises(PackError, match="integrity check failed") as caught:
                read()
            assert "\n" not in str(caught.value)


def test_a_big_sound_pack_reads_while_and_after_it_is_checked(mini_pack: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_module, "VERIFY_AT_OPEN_BYTES", 0)
    with Pack.open(mini_pack) as pack:
        assert pack.categories()
        pack.wait_for_integrity_check()
        assert pack.categories() and pack.search(SearchQuery("trafficking"))
