"""Opening a guide pack: the one asked for, or the bundled one, refreshed first."""

from __future__ import annotations

from pathlib import Path

from guide import paths
from guide.operations.bundled_pack import ensure_fresh_pack
from guide.store import Pack


def pack_path(chosen: Path | None) -> Path:
    """``chosen``, or the bundled pack once it is fresh (raises ContentError when it cannot be rebuilt)."""
    if chosen:
        return chosen
    path = paths.default_pack_path()
    ensure_fresh_pack(path)
    return path


def open_pack(chosen: Path | None) -> Pack:
    """Open ``chosen`` or the bundled pack (raises PackError, with one line for a person)."""
    return Pack.open(pack_path(chosen))
