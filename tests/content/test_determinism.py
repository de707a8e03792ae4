"""Two builds of the same sources give the same pack: same rows in every table, same bytes."""

from __future__ import annotations

import os
from pathlib import Path

from support import table_contents

from guide.content import build_pack
from guide.store import Pack


def test_two_builds_have_identical_tables_and_bytes(mini_sources: Path, tmp_path: Path) -> None:
    first = build_pack(mini_sources, tmp_path / "first.pack")
    # Touch every source: a later modification time must not change what is built.
    for path in mini_sources.rglob("*"):
        os.utime(path, (2_000_000_000, 2_000_000_000))
    second = build_pack(mini_sources, tmp_path / "second.pack")

    first_tables, second_tables = table_contents(first.path), table_contents(second.path)
    assert {"meta", "article", "organization", "phone", "link", "menu_node", "search"} <= set(first_tables)
    assert first_tables == second_tables
    assert all(first_tables[name] for name in ("meta", "article", "organization", "link", "menu_node"))
    assert first.path.read_bytes() == second.path.read_bytes()
    assert first.content_sha256 == second.content_sha256


def test_the_same_sources_in_another_folder_give_the_same_hash(mini_sources: Path, tmp_path: Path,
                                                                mini_pack: Path) -> None:
    copy = build_pack(mini_sources, tmp_path / "copy.pack")
    with Pack.open(mini_pack) as pack:
        assert pack.info().content_sha256 == copy.content_sha256


def test_content_date_comes_from_the_sources_not_the_clock(mini_pack: Path) -> None:
    with Pack.open(mini_pack) as pack:
        info = pack.info()
    assert info.content_date == "2026-11-29"  # the newest `updated` in tests/fixtures/mini


def test_an_edit_changes_the_hash(mini_sources: Path, tmp_path: Path) -> None:
    before = build_pack(mini_sources, tmp_path / "before.pack")
    path = mini_sources / "articles/signs.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    after = build_pack(mini_sources, tmp_path / "after.pack")
    assert before.content_sha256 != after.content_sha256
