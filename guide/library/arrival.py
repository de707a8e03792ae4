"""Taking a pack into the library: copy it in (so the USB stick can go), check the copy, decide what
it is to the guides already here, then install it or throw the copy away.

What is checked is the copy, not the file on the stick: a file that changed between the check and
the copy would otherwise be installed unchecked. Until ``install``, nothing the library lists has
changed; a failure at any step removes the copy and leaves everything else as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from guide.library.catalogue import Library, record_from_pack
from guide.library.entries import BUNDLED, OPENED, GuideEntry, GuideRecord, LibraryError, write_record
from guide.signing.pack_signature import Verdict, check_pack, companions
from guide.signing.trust import Keyring
from guide.store import Pack, PackError


class Standing(StrEnum):
    """What an arriving pack is to the guides installed."""

    NEW = "new"  # no guide with its title and publisher
    NEWER = "newer"  # a newer edition (or another of the same date) of an installed guide: replaces it
    SAME = "same"  # exactly the edition installed
    OLDER = "older"  # older than the edition installed: refused unless the user insists (rollback)


class Rollback(LibraryError):
    """An older edition than the one installed, not insisted on."""


@dataclass(frozen=True)
class Arrival:
    source: Path
    staged: Path  # the copy, in the library's folder, under a temporary name
    record: GuideRecord
    verdict: Verdict
    installed: GuideEntry | None  # the same guide from the same publisher, when there is one
    namesakes: tuple[GuideEntry, ...]  # other guides with the same title (another publisher, unsigned, bundled)

    @property
    def standing(self) -> Standing:
        if self.installed is None:
            return Standing.NEW
        old = self.installed.record
        if old.content_sha256 == self.record.content_sha256:
            return Standing.SAME
        return Standing.OLDER if self.record.content_date < old.content_date else Standing.NEWER


def _copy(source: Path, target: Path) -> None:
    with source.open("rb") as reading, target.open("wb") as writing:
        shutil.copyfileobj(reading, writing, 1 << 20)
        writing.flush()
        os.fsync(writing.fileno())


def _staged_name(library: Library) -> Path:
    library.guides_dir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".arriving-", suffix=".tmp", dir=library.guides_dir)
    os.close(fd)
    return Path(name)


def _same_guide(entry: GuideEntry, record: GuideRecord, verdict: Verdict) -> bool:
    """One guide's editions: the same title signed by the same key (or both unsigned). The bundled
    guide has no later editions by file: a namesake is installed beside it."""
    return entry.record.origin != BUNDLED and entry.title == record.title and entry.record.key_id == verdict.key_id


def receive(library: Library, source: Path, keyring: Keyring) -> Arrival:
    """Copy ``source`` (and its signature) in and check the copy. Raises LibraryError, with nothing
    changed, for a file that is not a usable pack, cannot be read or whose signature fails."""
    if not source.is_file():
        raise LibraryError(f"{source} is not there any more (was the drive removed?)" if not source.exists()
                           else f"{source} is a folder, not a guide pack")
    try:
        staged = _staged_name(library)
    except OSError as exc:
        raise LibraryError(f"the guide cannot be copied into {library.guides_dir}: {exc.strerror or exc}") from None
    try:
        try:
            _copy(source, staged)
            for beside, staged_beside in zip(companions(source), companions(staged), strict=True):
                if beside.exists():  # the signature and the publisher's key, when they came with it
                    _copy(beside, staged_beside)
        except OSError as exc:
            where = exc.filename or source
            raise LibraryError(f"{source} could not be copied ({exc.strerror or exc}: {where}); was the drive "
                               "removed? Nothing was installed") from None
        try:
            with Pack.open(staged) as pack:
                record = record_from_pack(pack, OPENED, str(source))
        except PackError as exc:
            raise LibraryError(str(exc).replace(str(staged), str(source))) from None
        verdict = check_pack(staged, keyring)
        verdict = replace(verdict, message=verdict.message.replace(str(staged), str(source)))
        if verdict.refused:
            raise LibraryError(f"{source} was refused: {verdict.message}. It may have been changed after its "
                               "publisher signed it; ask the publisher for a fresh copy")
    except BaseException:
        for path in (staged, *companions(staged)):
            path.unlink(missing_ok=True)
        raise
    record = replace(record, signature=verdict.state.value, publisher=verdict.publisher, key_id=verdict.key_id)
    entries = library.entries()
    same = [e for e in entries if _same_guide(e, record, verdict)]
    installed = max(same, key=lambda e: e.record.content_date) if same else None
    namesakes = tuple(e for e in entries if e.title == record.title and e not in same)
    return Arrival(source, staged, record, verdict, installed, namesakes)


def discard(arrival: Arrival) -> None:
    for path in (arrival.staged, *companions(arrival.staged)):
        path.unlink(missing_ok=True)


def install(library: Library, arrival: Arrival, insist: bool = False) -> GuideEntry:
    """Put the checked copy in place; a newer edition replaces the one installed. An older edition
    raises Rollback unless ``insist``. The edition that was there is removed only once the new one is."""
    standing = arrival.standing
    if standing is Standing.SAME and arrival.installed is not None:
        discard(arrival)
        return arrival.installed
    if standing is Standing.OLDER and not insist:
        old = arrival.installed.record.content_date if arrival.installed else ""
        discard(arrival)
        raise Rollback(f"{arrival.source} is an older edition ({arrival.record.content_date}) than the one "
                       f"installed ({old}); it was not installed")
    target = library.free_path(arrival.record.title)
    record = replace(arrival.record, added=date.today().isoformat())
    try:
        for staged_beside, beside in zip(companions(arrival.staged), companions(target), strict=True):
            if staged_beside.exists():
                os.replace(staged_beside, beside)
        os.replace(arrival.staged, target)
        write_record(target, record)
    except OSError as exc:
        for path in (target, *companions(target)):
            path.unlink(missing_ok=True)
        discard(arrival)
        raise LibraryError(f"the guide could not be installed: {exc.strerror or exc}") from None
    if arrival.installed is not None:
        library.remove(arrival.installed)
    entry = library.entry(target)
    if entry is None:  # it was just written and checked; only a removal by hand gets here
        raise LibraryError(f"{target} disappeared while it was being installed")
    return entry
