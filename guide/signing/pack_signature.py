"""Whether a guide pack is the one its publisher made: its detached ``PACK.minisig`` checked against
the trusted keys (or one key given)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from guide.signing.minisign import PublicKey, SigningError, WrongKey, read_signature, verify_file
from guide.signing.trust import Keyring

SIGNATURE_SUFFIX = ".minisig"


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


def check_pack(pack: Path, keyring: Keyring, key: PublicKey | None = None,
               signature_file: Path | None = None) -> Verdict:
    """The verdict on ``pack``'s signature: by ``key`` alone when one is given, else by a trusted key."""
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
