"""Whether a guide pack is the one its publisher made: its detached ``PACK.minisig`` checked against
the trusted keys (or one key given); and, for a pack signed by a key this computer does not know,
the publisher's public key that came with it (``PACK.pub``) for the user to trust or not."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # minisign loads when a signature is read: see guide.signing
    from guide.signing.minisign import PublicKey
    from guide.signing.trust import Keyring

SIGNATURE_SUFFIX = ".minisig"
KEY_SUFFIX = ".pub"
PUBLISHER_FIELD = "publisher:"  # in the trusted comment: "publisher:NAME", tab-separated from the rest


class SignatureState(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    UNSIGNED = "unsigned"
    UNKNOWN_KEY = "unknown key"


@dataclass(frozen=True)
class Verdict:
    state: SignatureState
    message: str  # one line for a person
    publisher: str = ""  # the trusted key's name, for a valid signature
    key_id: str = ""  # the signing key's id as minisign prints it, when the signature file is readable

    @property
    def refused(self) -> bool:
        return self.state is SignatureState.INVALID


def signature_path(pack: Path) -> Path:
    return pack.with_name(pack.name + SIGNATURE_SUFFIX)


def key_path(pack: Path) -> Path:
    """Where a publisher puts its public key beside the pack (``minisign -G``'s .pub file, renamed)."""
    return pack.with_name(pack.name + KEY_SUFFIX)


def companions(pack: Path) -> tuple[Path, Path]:
    """The files that travel with a pack: its signature and its publisher's public key."""
    return signature_path(pack), key_path(pack)


def check_pack(pack: Path, keyring: Keyring, key: PublicKey | None = None,
               signature_file: Path | None = None) -> Verdict:
    """The verdict on ``pack``'s signature: by ``key`` alone when one is given, else by a trusted key."""
    from guide.signing.minisign import SigningError, WrongKey, read_signature, verify_file

    sig_path = signature_file or signature_path(pack)
    if not sig_path.exists():
        return Verdict(SignatureState.UNSIGNED, f"{pack} is not signed (no {sig_path.name} beside it)")
    try:
        signature = read_signature(sig_path)
    except SigningError as exc:
        return Verdict(SignatureState.INVALID, str(exc))
    key_id = signature.key_id_text
    publisher = ""
    if key is None:
        trusted = keyring.find(signature.key_id)
        if trusted is None:
            return Verdict(SignatureState.UNKNOWN_KEY, f"{pack} is signed with key {key_id}, which this "
                           "computer does not trust", key_id=key_id)
        key, publisher = trusted.key, trusted.name
    try:
        verify_file(pack, signature, key)
    except WrongKey as exc:
        return Verdict(SignatureState.UNKNOWN_KEY, str(exc), key_id=key_id)
    except SigningError as exc:
        return Verdict(SignatureState.INVALID, str(exc), key_id=key_id)
    except OSError as exc:
        return Verdict(SignatureState.INVALID, f"{pack} cannot be read: {exc.strerror or exc}", key_id=key_id)
    shown = publisher or f"key {key_id}"
    return Verdict(SignatureState.VALID, f"{pack}: good signature by {shown}", publisher, key_id)


@dataclass(frozen=True)
class TrustOffer:
    """A key that is not trusted but under which the pack's signature holds: the user may trust it."""

    key: PublicKey
    claimed_publisher: str  # what the signature's trusted comment says; anyone can write any name there


def claimed_publisher(trusted_comment: str) -> str:
    """The ``publisher:NAME`` field of a trusted comment (fields are tab-separated, as minisign's own
    ``timestamp:…<tab>file:…``); "" when it names none."""
    for field in trusted_comment.split("\t"):
        if field.strip().casefold().startswith(PUBLISHER_FIELD):
            return " ".join(field.strip()[len(PUBLISHER_FIELD):].split())
    return ""


def trust_offer(pack: Path, key_file: Path | None = None) -> TrustOffer | None:
    """The public key beside ``pack`` (or in ``key_file``) when the pack's signature holds under it;
    None when there is no key, it cannot be read, or the signature does not hold under it."""
    from guide.signing.minisign import SigningError, read_public_key, read_signature, verify_file

    try:
        signature = read_signature(signature_path(pack))
        key = read_public_key(key_file or key_path(pack))
        verify_file(pack, signature, key)
    except (SigningError, OSError):
        return None
    return TrustOffer(key, claimed_publisher(signature.trusted_comment))
