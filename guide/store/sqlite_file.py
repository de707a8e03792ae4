"""The pack as an SQLite file: checking it is one, opening it read-only, and what SQLite cannot take."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from urllib.parse import quote

SQLITE_HEADER = b"SQLite format 3\x00"


class PackError(Exception):
    """A pack that cannot be used. The message is one line meant for a person."""


def readonly_uri(path: Path) -> str:
    # immutable=1: the pack never changes under a connection, so SQLite takes no locks and writes no
    # -shm/-wal/-journal beside it; that is what lets a pack open from read-only media.
    return "file:" + quote(str(path)) + "?mode=ro&immutable=1"


def check_file(path: Path) -> None:
    if not path.exists():
        raise PackError(f"pack not found: {path}")
    if path.is_dir():
        raise PackError(f"{path} is a folder, not a guide pack file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise PackError(f"{path} cannot be opened: {exc.strerror or exc}") from None
    if not header:
        raise PackError(f"{path} is empty (0 bytes), not a guide pack")
    if header != SQLITE_HEADER:
        raise PackError(f"{path} is not a guide pack (not an SQLite database)")


def storable(value: str) -> bool:
    """False for text SQLite cannot take in a query: lone surrogates (from undecodable argv or odd
    clipboard text) and NUL characters."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in value


def is_json_object(value: str) -> bool:
    try:
        return isinstance(json.loads(value), dict)
    except ValueError:
        return False


def first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or ["unknown error"])[0]


def connect(uri: str) -> sqlite3.Connection:
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def quick_check(connection: sqlite3.Connection) -> str:
    """'' for a sound file, else the first problem SQLite's quick_check found (it reports some as
    rows, and stops at others with an error)."""
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        return first_line(exc)
    return "" if result and result[0] == "ok" else str(result[0] if result else "no answer")


def sqlite_int(value: int) -> int:
    """``value`` if SQLite can hold it, else an id no row has (a 64-bit overflow would raise)."""
    return value if -(2**63) <= value < 2**63 else 0
