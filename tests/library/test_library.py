"""The library of guides: a pack opened from a (removable, read-only) drive is copied in and checked,
survives a restart, is replaced by a newer edition after a diff, refuses an older one, and the
bundled guide is untouched by all of it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from guide.library.arrival import Rollback, Standing, discard, install, receive
from guide.library.catalogue import Library
from guide.library.diff import compare
from guide.library.entries import BUNDLED, IMPORTED, OPENED, LibraryError
from guide.signing.minisign import SecretKey, generate_key, sign_file
from guide.signing.pack_signature import signature_path
from guide.signing.trust import Keyring, TrustedKey
from guide.store import Pack


def edition(folder: Path, base: Path, content_date: str, phone: str = "", title: str = "",
            key: SecretKey | None = None) -> Path:
    """A copy of ``base`` with another content date (and hotline phone number, title), signed by ``key``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"guide-{content_date}{'-' + title if title else ''}.pack"
    path.write_bytes(base.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'content_date'", (content_date,))
        connection.execute("UPDATE meta SET value = ? WHERE key = 'content_sha256'", (content_date + phone + title,))
        if phone:
            connection.execute("UPDATE phone SET number = ? WHERE id = (SELECT min(id) FROM phone)", (phone,))
        if title:
            connection.execute("UPDATE meta SET value = ? WHERE key = 'title'", (title,))
    connection.close()
    if key is not None:
        signature_path(path).write_text(sign_file(path, key).file_text(), encoding="utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def library(tmp_path: Path, mini_pack: Path) -> Library:
    bundled = tmp_path / "app" / "guide.pack"
    bundled.parent.mkdir()
    bundled.write_bytes(mini_pack.read_bytes())
    return Library(tmp_path / "data", bundled)


@pytest.fixture
def publisher() -> tuple[SecretKey, Keyring]:
    key = generate_key()
    return key, Keyring((TrustedKey("Example Coalition", key.public, "shipped"),))


def opened(library: Library, source: Path, keyring: Keyring, insist: bool = False) -> Path:
    return install(library, receive(library, source, keyring), insist).path


def test_an_opened_pack_is_copied_in_and_survives_the_drive_and_a_restart(
        library: Library, mini_pack: Path, tmp_path: Path, publisher: tuple[SecretKey, Keyring]) -> None:
    key, keyring = publisher
    stick = tmp_path / "usb"
    source = edition(stick, mini_pack, "2026-06-01", key=key)
    installed = opened(library, source, keyring)
    for path in (source, signature_path(source)):
        path.unlink()
    stick.rmdir()  # the stick is gone
    restarted = Library(library.data_dir, library.bundled)
    entries = restarted.entries()
    assert [e.record.origin for e in entries] == [BUNDLED, OPENED]
    entry = entries[1]
    assert entry.path == installed and entry.path.parent == library.guides_dir
    assert (entry.record.signature, entry.record.publisher, entry.record.source) == (
        "valid", "Example Coalition", str(source))
    with Pack.open(entry.path) as pack:
        assert pack.content_date == "2026-06-01"
    assert signature_path(entry.path).exists()


def test_a_newer_edition_replaces_the_older_and_the_diff_shows_the_new_number(
        library: Library, mini_pack: Path, tmp_path: Path, publisher: tuple[SecretKey, Keyring]) -> None:
    key, keyring = publisher
    old = opened(library, edition(tmp_path / "a", mini_pack, "2026-01-01", key=key), keyring)
    arrival = receive(library, edition(tmp_path / "b", mini_pack, "2026-06-01", phone="1-800-555-0199", key=key),
                      keyring)
    assert arrival.standing is Standing.NEWER and arrival.installed is not None
    with Pack.open(arrival.installed.path) as before, Pack.open(arrival.staged) as after:
        changes = compare(before, after)
    assert any("1-800-555-0199" in line for line in changes.phones_added)
    assert len(changes.phones_removed) == 1 and not changes.added and not changes.removed
    new = install(library, arrival).path
    assert not old.exists()
    assert [e.record.content_date for e in library.entries()[1:]] == ["2026-06-01"]
    assert new.exists()


def test_an_older_edition_is_refused_unless_the_user_insists(
        library: Library, mini_pack: Path, tmp_path: Path, publisher: tuple[SecretKey, Keyring]) -> None:
    key, keyring = publisher
    opened(library, edition(tmp_path / "new", mini_pack, "2026-06-01", key=key), keyring)
    older = edition(tmp_path / "old", mini_pack, "2025-01-01", key=key)
    arrival = receive(library, older, keyring)
    assert arrival.standing is Standing.OLDER
    with pytest.raises(Rollback, match="older edition"):
        install(library, arrival)
    assert [e.record.content_date for e in library.entries()[1:]] == ["2026-06-01"]
    assert list(library.guides_dir.glob(".arriving-*")) == []
    opened(library, older, keyring, insist=True)
    assert [e.record.content_date for e in library.entries()[1:]] == ["2025-01-01"]


def test_the_same_edition_again_changes_nothing(library: Library, mini_pack: Path, tmp_path: Path) -> None:
    first = opened(library, edition(tmp_path / "a", mini_pack, "2026-06-01"), Keyring())
    again = receive(library, edition(tmp_path / "b", mini_pack, "2026-06-01"), Keyring())
    assert again.standing is Standing.SAME
    assert install(library, again).path == first
    assert len(library.entries()) == 2 and list(library.guides_dir.glob(".arriving-*")) == []


def test_a_bad_signature_is_refused_and_nothing_is_installed(
        library: Library, mini_pack: Path, tmp_path: Path, publisher: tuple[SecretKey, Keyring]) -> None:
    key, keyring = publisher
    source = edition(tmp_path / "usb", mini_pack, "2026-06-01", key=key)
    with sqlite3.connect(source) as connection:  # the swapped hotline number
        connection.execute("UPDATE phone SET number = '1-900-555-0666' WHERE id = (SELECT min(id) FROM phone)")
    connection.close()
    with pytest.raises(LibraryError, match="refused") as refused:
        receive(library, source, keyring)
    assert str(source) in str(refused.value) and "arriving" not in str(refused.value)
    assert [e.record.origin for e in library.entries()] == [BUNDLED]
    assert list(library.guides_dir.iterdir()) == []


@pytest.mark.parametrize("damage", ["not a pack", "empty", "truncated", "folder", "removed"])
def test_bad_input_is_one_clear_line_and_leaves_nothing(library: Library, mini_pack: Path, tmp_path: Path,
                                                        damage: str) -> None:
    source = tmp_path / "usb" / "guide.pack"
    source.parent.mkdir()
    data = mini_pack.read_bytes()
    if damage == "not a pack":
        source.write_text("hello, this is a letter\n")
    elif damage == "empty":
        source.write_bytes(b"")
    elif damage == "truncated":
        source.write_bytes(data[: len(data) // 2])
    elif damage == "folder":
        source.mkdir()
    with pytest.raises(LibraryError) as problem:
        receive(library, source, Keyring())
    message = str(problem.value)
    assert str(source) in message and "\n" not in message and "arriving" not in message
    assert [e.record.origin for e in library.entries()] == [BUNDLED]
    assert not library.guides_dir.exists() or list(library.guides_dir.iterdir()) == []


def test_a_pack_on_a_read_only_drive_opens(library: Library, mini_pack: Path, tmp_path: Path) -> None:
    stick = tmp_path / "ro"
    source = edition(stick, mini_pack, "2026-06-01")
    source.chmod(0o444)
    stick.chmod(0o555)
    try:
        installed = opened(library, source, Keyring())
    finally:
        stick.chmod(0o755)
    assert installed.exists() and sorted(p.name for p in stick.iterdir()) == [source.name]


def test_two_guides_with_one_title_are_both_kept_and_told_apart(
        library: Library, mini_pack: Path, tmp_path: Path, publisher: tuple[SecretKey, Keyring]) -> None:
    key, keyring = publisher
    signed = opened(library, edition(tmp_path / "a", mini_pack, "2026-06-01", key=key), keyring)
    arrival = receive(library, edition(tmp_path / "b", mini_pack, "2026-07-01"), keyring)  # unsigned namesake
    assert arrival.standing is Standing.NEW
    assert {e.path for e in arrival.namesakes} >= {signed, library.bundled}
    second = install(library, arrival).path
    entries = library.entries()
    assert {signed, second} <= {e.path for e in entries} and signed != second
    assert {e.record.signature for e in entries if e.path in (signed, second)} == {"valid", "unsigned"}


def test_the_bundled_guide_is_untouched_by_everything(library: Library, mini_pack: Path, tmp_path: Path,
                                                      publisher: tuple[SecretKey, Keyring]) -> None:
    key, keyring = publisher
    before = digest(library.bundled)
    bundled = library.entries()[0]
    with pytest.raises(LibraryError, match="cannot be removed"):
        library.remove(bundled)
    # Same title as the bundled guide, newer: installed beside it, never over it.
    arrival = receive(library, edition(tmp_path / "a", mini_pack, "2027-01-01"), Keyring())
    assert arrival.installed is None and bundled.path in {e.path for e in arrival.namesakes}
    beside = install(library, arrival)
    library.remove(beside)
    discard(receive(library, library.bundled, keyring))
    assert digest(library.bundled) == before
    assert [e.path for e in library.entries()] == [library.bundled]


def test_remove_deletes_the_guide_its_signature_and_record(
        library: Library, mini_pack: Path, tmp_path: Path, publisher: tuple[SecretKey, Keyring]) -> None:
    key, keyring = publisher
    opened(library, edition(tmp_path / "a", mini_pack, "2026-06-01", key=key), keyring)
    library.remove(library.entries()[1])
    assert list(library.guides_dir.iterdir()) == []
    assert len(Library(library.data_dir, library.bundled).entries()) == 1


def test_an_imported_guide_is_listed_with_the_file_it_was_made_from(library: Library, mini_pack: Path,
                                                                    tmp_path: Path) -> None:
    made = library.imports_dir / "county-directory.pack"
    made.parent.mkdir(parents=True)
    made.write_bytes(mini_pack.read_bytes())
    library.note_import(made, Path("/media/usb/county.zip"))
    entry = Library(library.data_dir, library.bundled).entries()[1]
    assert (entry.record.origin, entry.record.source) == (IMPORTED, "/media/usb/county.zip")
    assert entry.removable


def test_a_lost_record_costs_only_where_the_guide_came_from(
        library: Library, mini_pack: Path, tmp_path: Path) -> None:
    path = opened(library, edition(tmp_path / "a", mini_pack, "2026-06-01"), Keyring())
    path.with_name(path.name + ".json").write_text("{ broken")
    entry = Library(library.data_dir, library.bundled).entries()[1]
    assert (entry.path, entry.record.content_date, entry.record.source) == (path, "2026-06-01", "")
