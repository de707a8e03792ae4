"""Opening packs: read-only, and every bad pack refused with one clear line (PackError)."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from guide.content import build_pack
from guide.packformat.schema import SCHEMA_VERSION
from guide.store import Pack, PackError
from guide.store.directory import OrganizationFilter
from guide.store.search import SearchQuery


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_of(pack: Path, folder: Path, name: str = "copy.pack") -> Path:
    target = folder / name
    shutil.copyfile(pack, target)
    return target


def edited(pack: Path, folder: Path, *statements: str) -> Path:
    """A copy of ``pack`` changed with plain sqlite3 (the store itself can never write)."""
    target = copy_of(pack, folder)
    connection = sqlite3.connect(target)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return target


def exercise(pack: Pack) -> None:
    """Touch every read path the app uses."""
    pack.info()
    pack.hotline()
    pack.menu()
    pack.categories()
    for slug in ("intro", "signs", "no-such"):
        pack.article(slug)
    ids = pack.organization_ids(OrganizationFilter())
    pack.organization_rows(ids)
    for org_id in ids:
        pack.organization(org_id)
    pack.links()
    pack.search(SearchQuery("trafficking"))


def one_line_error(action: Callable[[], object]) -> str:
    with pytest.raises(PackError) as caught:
        action()
    message = str(caught.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


# -- bad files ----------------------------------------------------------------------------------

def test_a_good_pack_opens(mini_pack: Path) -> None:
    with Pack.open(mini_pack) as pack:
        exercise(pack)
        assert pack.info().schema_version == SCHEMA_VERSION


def test_missing_file(tmp_path: Path) -> None:
    assert "not found" in one_line_error(lambda: Pack.open(tmp_path / "nothing.pack"))


def test_folder_instead_of_file(tmp_path: Path) -> None:
    assert "folder" in one_line_error(lambda: Pack.open(tmp_path))


def test_zero_bytes(tmp_path: Path) -> None:
    path = tmp_path / "empty.pack"
    path.write_bytes(b"")
    assert "empty" in one_line_error(lambda: Pack.open(path))


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.pack"
    path.write_bytes(random.Random(7).randbytes(20_000))
    assert "not an SQLite database" in one_line_error(lambda: Pack.open(path))


def test_sqlite_header_then_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.pack"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(8).randbytes(20_000))
    one_line_error(lambda: Pack.open(path))


@pytest.mark.parametrize("fraction", [0.02, 0.3, 0.6, 0.95])
def test_truncated_pack(mini_pack: Path, tmp_path: Path, fraction: float) -> None:
    data = mini_pack.read_bytes()
    path = tmp_path / "short.pack"
    path.write_bytes(data[: int(len(data) * fraction)])
    one_line_error(lambda: Pack.open(path))


@pytest.mark.parametrize("seed", range(6))
def test_corrupted_pages_are_refused_or_fail_cleanly(mini_pack: Path, tmp_path: Path, seed: int) -> None:
    data = bytearray(mini_pack.read_bytes())
    rng = random.Random(seed)
    for _ in range(200):
        data[rng.randrange(100, len(data))] ^= 0xFF  # past the header, so SQLite has to find it
    path = tmp_path / "flipped.pack"
    path.write_bytes(bytes(data))
    # The oracle is SQLite's own reading of the damaged file, not the pack's.
    if sqlite_finds_damage(path):
        one_line_error(lambda: Pack.open(path))
        return
    with Pack.open(path) as pack:  # damage quick_check cannot see (in free pages, say) may still
        try:                       # surface later, but only as one line of PackError
            exercise(pack)
        except PackError as exc:
            assert str(exc) and "\n" not in str(exc)


def sqlite_finds_damage(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            connection.text_factory = bytes  # its report on a damaged file can quote damaged bytes
            return connection.execute("PRAGMA quick_check").fetchone()[0] != b"ok"
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # an error message may quote damaged bytes too
        return True


def test_every_seed_damages_the_pack_where_sqlite_sees_it(mini_pack: Path, tmp_path: Path) -> None:
    # Without this the test above could pass by never reaching its refusal branch.
    damaged = 0
    for seed in range(6):
        data = bytearray(mini_pack.read_bytes())
        rng = random.Random(seed)
        for _ in range(200):
            data[rng.randrange(100, len(data))] ^= 0xFF
        path = tmp_path / f"flipped-{seed}.pack"
        path.write_bytes(bytes(data))
        damaged += sqlite_finds_damage(path)
    assert damaged >= 4


def test_another_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    assert "not a guide pack" in one_line_error(lambda: Pack.open(path))


def test_newer_schema_version(mini_pack: Path, tmp_path: Path) -> None:
    path = edited(mini_pack, tmp_path, f"UPDATE meta SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'")
    message = one_line_error(lambda: Pack.open(path))
    assert f"version {SCHEMA_VERSION + 1}" in message and "update the app" in message


def test_older_or_missing_schema_version(mini_pack: Path, tmp_path: Path) -> None:
    path = edited(mini_pack, tmp_path, "DELETE FROM meta WHERE key = 'schema_version'")
    assert "rebuild the pack" in one_line_error(lambda: Pack.open(path))


@pytest.mark.parametrize("value", ["not json", "[1, 2]", ""])
def test_an_unreadable_hotline_record(mini_pack: Path, tmp_path: Path, value: str) -> None:
    path = edited(mini_pack, tmp_path, f"UPDATE meta SET value = '{value}' WHERE key = 'hotline'")
    assert "hotline" in one_line_error(lambda: Pack.open(path))


def test_a_pack_without_its_tables_fails_only_with_pack_error(mini_pack: Path, tmp_path: Path) -> None:
    path = edited(mini_pack, tmp_path, "DROP TABLE article_source", "DROP TABLE article", "DROP TABLE search")
    with Pack.open(path) as pack:
        assert "no such table" in one_line_error(lambda: pack.article("intro"))
        assert "no such table" in one_line_error(lambda: pack.search(SearchQuery("trafficking")))
        assert pack.links()


def test_text_that_is_not_utf8_is_a_pack_error(mini_pack: Path, tmp_path: Path) -> None:
    path = edited(mini_pack, tmp_path, "UPDATE article SET title = CAST(x'ff00fe41' AS TEXT) WHERE slug = 'intro'")
    with Pack.open(path) as pack:
        assert "UTF-8" in one_line_error(lambda: pack.article("intro"))
        assert pack.article("signs") is not None  # the rest of the pack keeps working


# -- read-only ---------------------------------------------------------------------------------

def test_a_write_through_the_store_fails_and_the_file_is_unchanged(mini_pack: Path, tmp_path: Path) -> None:
    path = copy_of(mini_pack, tmp_path)
    before = digest(path)
    with Pack.open(path) as pack:
        for statement in ("DELETE FROM meta", "UPDATE article SET title = 'x'", "CREATE TABLE evil (x)",
                          "INSERT INTO search(search) VALUES ('optimize')"):
            assert "readonly" in one_line_error(lambda: pack._fetch_sql(statement)).replace("read-only", "readonly")
        exercise(pack)
    assert digest(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["copy.pack"]


def test_a_pack_on_read_only_media_opens_and_leaves_no_files(mini_pack: Path, tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    path = copy_of(mini_pack, media)
    path.chmod(0o444)
    media.chmod(0o555)
    try:
        before = digest(path)
        with Pack.open(path) as pack:
            exercise(pack)
        # Tests may run as root, where permission bits stop nothing: what proves read-only here is
        # that opening and reading wrote nothing at all.
        assert [p.name for p in media.iterdir()] == ["copy.pack"]
        assert digest(path) == before
    finally:
        media.chmod(0o755)


def test_a_wal_mode_pack_opens_without_side_files(mini_pack: Path, tmp_path: Path) -> None:
    path = copy_of(mini_pack, tmp_path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.pack"]
    with Pack.open(path) as pack:
        exercise(pack)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.pack"]


def test_an_unreadable_file(mini_pack: Path, tmp_path: Path) -> None:
    path = copy_of(mini_pack, tmp_path)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: permission bits do not stop reading")
        assert "cannot be opened" in one_line_error(lambda: Pack.open(path))
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


# -- a pack that changes while it is open ----------------------------------------------------

def replace_with_garbage(path: Path) -> None:
    path.write_bytes(random.Random(3).randbytes(path.stat().st_size))


def replace_with_other_database(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()


def truncate_in_place(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(4096)


@pytest.mark.parametrize("change", [Path.unlink, replace_with_garbage, replace_with_other_database, truncate_in_place],
                         ids=["deleted", "garbage", "other database", "truncated"])
def test_a_pack_changed_while_open_raises_only_pack_error(mini_pack: Path, tmp_path: Path,
                                                          change: Callable[[Path], None]) -> None:
    path = copy_of(mini_pack, tmp_path)
    with Pack.open(path) as pack:
        exercise(pack)
        change(path)
        with pytest.raises(PackError) as caught:
            exercise(pack)
        assert "\n" not in str(caught.value)


def test_a_pack_rebuilt_while_open_keeps_working(mini_sources: Path, tmp_path: Path) -> None:
    path = build_pack(mini_sources, tmp_path / "live.pack").path
    with Pack.open(path) as pack:
        exercise(pack)
        build_pack(mini_sources, path)  # the builder replaces the file atomically
        exercise(pack)
        assert pack.article("intro") is not None
