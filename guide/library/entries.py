"""One installed guide as the library lists it, and the small JSON file beside its pack that says
where it came from (everything else can be read again from the pack itself)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from guide.atomic_file import write_text_atomically

BUNDLED, OPENED, IMPORTED = "bundled", "opened", "imported"
RECORD_SUFFIX = ".json"


class LibraryError(Exception):
    """A guide that cannot be taken in, removed or found; one line for a person. Nothing was changed."""


@dataclass(frozen=True)
class GuideRecord:
    """What the library remembers of a guide beside its pack file."""

    title: str
    content_date: str
    content_sha256: str
    origin: str  # BUNDLED, OPENED or IMPORTED
    source: str = ""  # the file it was opened from, or the directory it was imported from
    signature: str = "unsigned"  # guide.signing.pack_signature.SignatureState, when it was taken in
    publisher: str = ""  # the trusted key's name, for a valid signature
    key_id: str = ""  # the signing key's id, "" when unsigned
    added: str = ""  # ISO date


@dataclass(frozen=True)
class GuideEntry:
    path: Path
    record: GuideRecord
    size: int

    @property
    def id(self) -> str:
        return BUNDLED if self.record.origin == BUNDLED else f"{self.path.parent.name}/{self.path.stem}"

    @property
    def removable(self) -> bool:
        return self.record.origin != BUNDLED

    @property
    def title(self) -> str:
        return self.record.title


def record_path(pack: Path) -> Path:
    return pack.with_name(pack.name + RECORD_SUFFIX)


def read_record(pack: Path) -> GuideRecord | None:
    """The record beside ``pack``; None when there is none or it cannot be read (the pack is read instead)."""
    try:
        data = json.loads(record_path(pack).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    names = {f.name for f in fields(GuideRecord)}
    values = {k: str(v) for k, v in data.items() if k in names}
    try:
        return GuideRecord(**values)
    except TypeError:  # a field missing
        return None


def write_record(pack: Path, record: GuideRecord) -> None:
    write_text_atomically(record_path(pack), json.dumps(asdict(record), indent=2, ensure_ascii=False) + "\n")
