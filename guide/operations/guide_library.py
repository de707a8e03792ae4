"""The guide library's use cases, shared by the command line and the window: which keys are trusted
(and trusting or no longer trusting one), checking and making a pack's signature, comparing two
editions, and the library itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from guide import paths
from guide.library.catalogue import Library
from guide.library.diff import EditionDiff, compare
from guide.library.entries import GuideEntry
from guide.library.signatures import recheck, recheck_key
from guide.operations.errors import RequestError
from guide.signing.pack_signature import SignatureState, Verdict, check_pack, signature_path
from guide.signing.trust import TRUSTED_KEYS_NAME, Keyring, load_keyring, trust_key, untrust_key
from guide.store import Pack

if TYPE_CHECKING:  # minisign loads when a key or a signature is read: see guide.signing
    from guide.signing.minisign import PublicKey


def user_keys_file(data_dir: Path) -> Path:
    return data_dir / TRUSTED_KEYS_NAME


def keyring(data_dir: Path | None) -> Keyring:
    """The keys shipped beside the app and (with a data folder) those the user chose to trust."""
    return load_keyring(paths.shipped_trusted_keys(), user_keys_file(data_dir) if data_dir else None)


def library(data_dir: Path) -> Library:
    return Library(data_dir, paths.default_pack_path())


def trust_publisher(data_dir: Path, key: PublicKey, name: str) -> list[GuideEntry]:
    """Trust ``key`` under ``name`` from now on; the guides it signed, checked again (now verified)."""
    try:
        trust_key(user_keys_file(data_dir), name, key)
    except OSError as exc:
        raise RequestError(f"the publisher could not be added to {user_keys_file(data_dir)}: "
                           f"{exc.strerror or exc}") from None
    return recheck_key(library(data_dir), key.id_text, keyring(data_dir))


def stop_trusting(data_dir: Path, key: PublicKey) -> list[GuideEntry]:
    """No longer trust ``key`` (the user's own trust only: keys shipped beside the app stay); the
    guides it signed, checked again."""
    try:
        untrust_key(user_keys_file(data_dir), key)
    except (OSError, UnicodeDecodeError) as exc:
        raise RequestError(f"{user_keys_file(data_dir)} could not be changed: "
                           f"{getattr(exc, 'strerror', None) or exc}") from None
    return recheck_key(library(data_dir), key.id_text, keyring(data_dir))


def check_installed(entry: GuideEntry, data_dir: Path) -> Verdict:
    """The verdict on an installed guide as it is now, before it is opened again."""
    return recheck(entry, keyring(data_dir))


def verify(pack: Path, key_file: Path | None, data_dir: Path | None) -> Verdict:
    """The verdict on ``pack``: by the key in ``key_file`` alone, else by any trusted key."""
    if not pack.is_file():
        raise RequestError(f"pack not found: {pack}" if not pack.exists() else f"{pack} is a folder, not a pack")
    from guide.signing.minisign import SigningError, read_public_key

    try:
        key = read_public_key(key_file) if key_file else None
    except SigningError as exc:
        raise RequestError(str(exc)) from None
    return check_pack(pack, Keyring() if key else keyring(data_dir), key)


def sign(pack: Path, key_file: Path, password: Callable[[], str], trusted_comment: str = "") -> Path:
    """Write ``PACK.minisig`` beside ``pack`` with the secret key in ``key_file``; its path."""
    Pack.open(pack).close()  # a publisher signs a pack, never a file the app would refuse to open
    from guide.signing.minisign import SigningError, read_secret_key, sign_file

    try:
        key = read_secret_key(key_file, password)
        signature = sign_file(pack, key, trusted_comment)
    except SigningError as exc:
        raise RequestError(str(exc)) from None
    target = signature_path(pack)
    target.write_text(signature.file_text(), encoding="utf-8")
    return target


def diff(old: Path, new: Path) -> EditionDiff:
    with Pack.open(old) as before, Pack.open(new) as after:
        return compare(before, after)


@dataclass(frozen=True)
class Standing:
    """What the window and ``info`` say about a pack's signature."""

    signature: str  # a SignatureState value
    publisher: str


def is_signed(pack: Path) -> bool:
    return signature_path(pack).exists()


def signature_standing(pack: Path, data_dir: Path | None) -> Standing:
    if not is_signed(pack):  # no keys to read for an unsigned pack
        return Standing(SignatureState.UNSIGNED.value, "")
    verdict = check_pack(pack, keyring(data_dir))
    return Standing(verdict.state.value, verdict.publisher)


def is_stale(content_date: str, today: date | None = None) -> bool:
    """True for a content date more than 12 months before ``today`` (not for an undated or odd one):
    phone numbers change, and a year is when to look for a newer edition."""
    try:
        made = date.fromisoformat(content_date[:10])
    except ValueError:
        return False
    today = today or date.today()
    year_ago = today.replace(year=today.year - 1, day=28) if (today.month, today.day) == (2, 29) \
        else today.replace(year=today.year - 1)
    return made < year_ago
