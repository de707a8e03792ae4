"""The library of installed guides in the user's data folder: list them, find one, remove one.

``guides/`` holds the packs opened from files (each copied in, with its signature and record);
``imports/`` the packs made here from directories (guide.operations.directory_import writes them).
The list is the folders themselves, so it survives a restart and a lost record costs only where a
guide came from. The bundled guide is listed first and is never written, moved or removed.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from guide.library.entries import (
    BUNDLED,
    IMPORTED,
    OPENED,
    GuideEntry,
    GuideRecord,
    LibraryError,
    read_record,
    record_path,
    write_record,
)
from guide.signing.pack_signature import companions
from guide.store import Pack, PackError

GUIDES, IMPORTS = "guides", "imports"
PACK_SUFFIX = ".pack"


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:60] or "guide"


def record_from_pack(pack: Pack, origin: str, source: str = "") -> GuideRecord:
    return GuideRecord(title=pack.title, content_date=pack.content_date,
                       content_sha256=pack.info().content_sha256, origin=origin, source=source,
                       added=date.today().isoformat())


class Library:
    def __init__(self, data_dir: Path, bundled: Path) -> None:
        self.data_dir = data_dir
        self.bundled = bundled
        self.guides_dir = data_dir / GUIDES
        self.imports_dir = data_dir / IMPORTS
        self.problems: list[str] = []  # packs in the folders that could not be listed, one line each

    def entries(self) -> list[GuideEntry]:
        """The bundled guide, then the others by title."""
        self.problems = []
        found = [self._entry(path, origin) for folder, origin in ((self.guides_dir, OPENED),
                                                                   (self.imports_dir, IMPORTED))
                 for path in self._packs(folder)]
        listed = sorted((e for e in found if e is not None), key=lambda e: (e.title.casefold(), e.path.name))
        bundled = self._entry(self.bundled, BUNDLED)
        return ([bundled] if bundled else []) + listed

    @staticmethod
    def _packs(folder: Path) -> list[Path]:
        try:
            return sorted(p for p in folder.glob(f"*{PACK_SUFFIX}") if p.is_file() and not p.name.startswith("."))
        except OSError:
            return []

    def _entry(self, path: Path, origin: str) -> GuideEntry | None:
        try:
            size = path.stat().st_size
        except OSError:
            return None
        record = read_record(path) if origin != BUNDLED else None
        if record is None or record.origin != origin:
            try:
                with Pack.open(path, verify=False) as pack:
                    record = record_from_pack(pack, origin)
            except PackError as exc:
                self.problems.append(str(exc))
                return None
        return GuideEntry(path, record, size)

    def entry(self, path: Path) -> GuideEntry | None:
        """The entry of the pack at ``path``, if it is one of the library's."""
        wanted = path.resolve()
        return next((e for e in self.entries() if e.path.resolve() == wanted), None)

    def holds(self, path: Path) -> bool:
        """True for the bundled pack and for packs in the library's own folders."""
        resolved = path.resolve()
        return resolved == self.bundled.resolve() or resolved.parent in (self.guides_dir.resolve(),
                                                                          self.imports_dir.resolve())

    def remove(self, entry: GuideEntry) -> None:
        if not entry.removable or entry.path.resolve() == self.bundled.resolve():
            raise LibraryError("the guide that comes with the app cannot be removed")
        if not self.holds(entry.path):
            raise LibraryError(f"{entry.path} is not in the library")
        try:
            for path in (entry.path, *companions(entry.path), record_path(entry.path)):
                path.unlink(missing_ok=True)
        except OSError as exc:
            raise LibraryError(f"{entry.path} could not be removed: {exc.strerror or exc}") from None

    def note_import(self, pack: Path, source: Path) -> None:
        """Remember which directory the imported guide at ``pack`` was made from (for "made on this
        computer from FILE"). A record that cannot be written only loses that line."""
        try:
            with Pack.open(pack, verify=False) as opened:
                record = record_from_pack(opened, IMPORTED, str(source))
            write_record(pack, record)
        except (OSError, PackError):
            pass

    def free_path(self, title: str) -> Path:
        """A new pack file name in ``guides/`` for a guide called ``title``."""
        stem = slug(title)
        candidate = self.guides_dir / f"{stem}{PACK_SUFFIX}"
        number = 2
        while any(path.exists() for path in (candidate, *companions(candidate), record_path(candidate))):
            candidate = self.guides_dir / f"{stem}-{number}{PACK_SUFFIX}"
            number += 1
        return candidate
