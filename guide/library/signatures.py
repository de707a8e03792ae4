"""Checking an installed guide's signature again: when it is opened from the library (the pack may have
been changed since it was taken in) and when the user starts or stops trusting a publisher (the
verdict recorded beside each pack of that key is then out of date)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace

from guide.library.catalogue import Library
from guide.library.entries import BUNDLED, GuideEntry, write_record
from guide.signing.pack_signature import SignatureState, Verdict, check_pack
from guide.signing.trust import Keyring


def recheck(entry: GuideEntry, keyring: Keyring) -> Verdict:
    """The verdict on ``entry``'s pack now, written into its record (the Guides window shows it).

    A pack that was signed when it was taken in and whose signature is now missing is refused too:
    removing the signature would otherwise turn a changed pack into a merely unsigned one."""
    verdict = check_pack(entry.path, keyring)
    if verdict.state is SignatureState.UNSIGNED and entry.record.key_id:
        return Verdict(SignatureState.INVALID, f"{entry.path} was signed by key {entry.record.key_id} when it was "
                       "added, and its signature is gone", key_id=entry.record.key_id)
    if entry.record.origin != BUNDLED:
        # A signature file that cannot be read names no key: the one it had stays, so it stays one guide.
        record = replace(entry.record, signature=verdict.state.value, publisher=verdict.publisher,
                         key_id=verdict.key_id or entry.record.key_id)
        if record != entry.record:
            # The record is a cache of the verdict: one that cannot be written is written by the next check.
            with suppress(OSError):
                write_record(entry.path, record)
    return verdict


def recheck_key(library: Library, key_id: str, keyring: Keyring) -> list[GuideEntry]:
    """Check again every guide signed by the key ``key_id`` (as minisign prints it); their entries now."""
    for entry in library.entries():
        if entry.record.key_id == key_id:
            recheck(entry, keyring)
    return [e for e in library.entries() if e.record.key_id == key_id]
