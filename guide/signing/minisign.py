"""minisign's file formats and its Ed25519 signatures, with the ``cryptography`` package.

The formats (https://jedisct1.github.io/minisign/), each a comment line then base64:

- public key: ``"Ed"`` + key id (8 bytes) + Ed25519 public key (32);
- secret key: ``"Ed"`` + KDF (``"Sc"`` scrypt, or two zero bytes when not encrypted) + ``"B2"`` +
  salt (32) + opslimit (8, little-endian) + memlimit (8) + [key id (8) + Ed25519 secret key (64:
  seed then public key) + BLAKE2b-256 checksum (32)], the bracket XORed with the scrypt output;
- signature: ``"ED"`` (the signature is over the file's BLAKE2b-512; minisign's default) or
  ``"Ed"`` (legacy: over the file itself) + key id (8) + signature (64); then a ``trusted comment:``
  line and the "global" signature (64) over the signature and the trusted comment's text, so the
  trusted comment cannot be changed either.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
# cryptography loads with the first signature made or checked: listing guides and starting the
# window need none.

ED25519 = b"Ed"  # the key's algorithm, and a legacy signature's
PREHASHED = b"ED"  # a signature over the file's BLAKE2b-512
KDF_SCRYPT, KDF_NONE, CHECKSUM_BLAKE2B = b"Sc", b"\x00\x00", b"B2"
UNTRUSTED, TRUSTED = "untrusted comment: ", "trusted comment: "
PUBLIC_KEY_BYTES = 2 + 8 + 32
SECRET_KEY_BYTES = 2 + 2 + 2 + 32 + 8 + 8 + 104
SIGNATURE_BYTES = 2 + 8 + 64
_CHUNK = 1 << 20


class SigningError(Exception):
    """A key or signature file that cannot be used, or a signature that does not hold; one line for a person."""


class FormatError(SigningError):
    """The file is not a minisign key or signature (garbage, truncated, another format)."""


class WrongKey(SigningError):
    """The signature was made with another key than the one it is checked against."""


class BadSignature(SigningError):
    """The signature does not match the file (or its trusted comment was changed)."""


def key_id_text(key_id: bytes) -> str:
    """The key id as minisign prints it: 16 hex digits of the little-endian number."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    raw: bytes

    @property
    def id_text(self) -> str:
        return key_id_text(self.key_id)

    @property
    def text(self) -> str:
        """The base64 line: what publishers print on their web page (``minisign -P``)."""
        return base64.b64encode(ED25519 + self.key_id + self.raw).decode("ascii")

    def file_text(self) -> str:
        return f"{UNTRUSTED}minisign public key {self.id_text}\n{self.text}\n"

    def verify(self, signature: bytes, message: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    seed: bytes

    @property
    def private(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def public(self) -> PublicKey:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        raw = self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicKey(self.key_id, raw)

    def file_text(self) -> str:
        """An unencrypted secret key file (as ``minisign -G -W`` writes), for throwaway keys."""
        keynum = self.key_id + self.seed + self.public.raw
        checksum = hashlib.blake2b(ED25519 + keynum, digest_size=32).digest()
        body = ED25519 + KDF_NONE + CHECKSUM_BLAKE2B + bytes(32 + 8 + 8) + keynum + checksum
        return f"{UNTRUSTED}minisign secret key (not encrypted)\n{base64.b64encode(body).decode('ascii')}\n"


def generate_key() -> SecretKey:
    return SecretKey(os.urandom(8), os.urandom(32))


@dataclass(frozen=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = "signature from minisign secret key"

    @property
    def key_id_text(self) -> str:
        return key_id_text(self.key_id)

    def file_text(self) -> str:
        line = base64.b64encode(self.algorithm + self.key_id + self.signature).decode("ascii")
        return (f"{UNTRUSTED}{self.untrusted_comment}\n{line}\n{TRUSTED}{self.trusted_comment}\n"
                f"{base64.b64encode(self.global_signature).decode('ascii')}\n")


# -- reading -------------------------------------------------------------------------------------


def _decoded(line: str, size: int, what: str, where: str) -> bytes:
    try:
        data = base64.b64decode(line, validate=True)
    except (binascii.Error, ValueError):
        raise FormatError(f"{where} is not a minisign {what} (its key line is not base64)") from None
    if base64.b64encode(data).decode("ascii") != line:
        # Padding bits set, or stray characters base64 ignores: two texts for one key or signature.
        raise FormatError(f"{where} is not a minisign {what} (its key line is not in canonical base64)")
    if len(data) != size:
        raise FormatError(f"{where} is not a minisign {what} ({len(data)} bytes where {size} belong; "
                          "truncated or another format)")
    return data


def _lines(text: str) -> list[str]:
    """The file's lines without their ends (LF or CRLF); blank lines are skipped, nothing else is."""
    return [line.removesuffix("\r") for line in text.split("\n") if line.removesuffix("\r")]


def parse_public_key(text: str, where: str) -> PublicKey:
    """A public key file's text, or the bare base64 line (as ``minisign -P`` takes it)."""
    lines = _lines(text)
    if lines and lines[0].startswith(UNTRUSTED):
        lines = lines[1:]
    if len(lines) != 1:
        raise FormatError(f"{where} is not a minisign public key (expected one key line after the comment)")
    data = _decoded(lines[0], PUBLIC_KEY_BYTES, "public key", where)
    if data[:2] != ED25519:
        raise FormatError(f"{where} is not a minisign public key (algorithm {data[:2]!r}, not Ed25519)")
    return PublicKey(data[2:10], data[10:])


def _read_text(path: Path, what: str) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"{what} not found: {path}") from None
    except IsADirectoryError:
        raise SigningError(f"{path} is a folder, not a {what}") from None
    except OSError as exc:
        raise SigningError(f"{path} cannot be read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise FormatError(f"{path} is not a minisign {what} (it is not text)") from None


def read_public_key(path: Path) -> PublicKey:
    return parse_public_key(_read_text(path, "public key"), str(path))


def scrypt_parameters(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """(N, r, p) from libsodium's opslimit and memlimit, as its crypto_pwhash_scryptsalsa208sha256
    picks them (``pickparams``): minisign stores only the two limits."""
    opslimit = max(opslimit, 32768)
    r = 8
    by_time = opslimit < memlimit // 32
    max_n = opslimit // (r * 4) if by_time else memlimit // (r * 128)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    p = 1 if by_time else min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF) // r
    return 1 << n_log2, r, max(p, 1)


def parse_secret_key(text: str, where: str, password: Callable[[], str] | None = None) -> SecretKey:
    lines = _lines(text)
    if lines and lines[0].startswith(UNTRUSTED):
        lines = lines[1:]
    if len(lines) != 1:
        raise FormatError(f"{where} is not a minisign secret key (expected one key line after the comment)")
    data = _decoded(lines[0], SECRET_KEY_BYTES, "secret key", where)
    algorithm, kdf, checksum_alg = data[:2], data[2:4], data[4:6]
    if algorithm != ED25519 or checksum_alg != CHECKSUM_BLAKE2B or kdf not in (KDF_SCRYPT, KDF_NONE):
        raise FormatError(f"{where} is not a minisign secret key (unknown algorithms)")
    salt, opslimit, memlimit = data[6:38], int.from_bytes(data[38:46], "little"), int.from_bytes(data[46:54], "little")
    keynum = data[54:]
    if kdf == KDF_SCRYPT:
        if password is None:
            raise SigningError(f"{where} is encrypted; a password is needed")
        n, r, p = scrypt_parameters(opslimit, memlimit)
        stream = hashlib.scrypt(password().encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(keynum),
                                maxmem=129 * r * n * p + (64 << 20))
        keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
    key_id, secret, checksum = keynum[:8], keynum[8:72], keynum[72:]
    expected = hashlib.blake2b(algorithm + key_id + secret, digest_size=32).digest()
    # minisign 0.11 leaves the checksum of an unencrypted key zero; an encrypted one must match.
    if not hmac.compare_digest(checksum, expected) and (kdf == KDF_SCRYPT or checksum != bytes(32)):
        problem = "wrong password" if kdf == KDF_SCRYPT else "its checksum does not match; damaged"
        raise SigningError(f"{where} cannot be used: {problem}")
    key = SecretKey(key_id, secret[:32])
    if key.public.raw != secret[32:]:
        raise SigningError(f"{where} cannot be used: its public half does not match; damaged")
    return key


def read_secret_key(path: Path, password: Callable[[], str] | None = None) -> SecretKey:
    return parse_secret_key(_read_text(path, "secret key"), str(path), password)


def parse_signature(text: str, where: str) -> Signature:
    lines = _lines(text)
    if len(lines) != 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
        raise FormatError(f"{where} is not a minisign signature (expected four lines: comment, signature, "
                          "trusted comment, its signature)")
    data = _decoded(lines[1], SIGNATURE_BYTES, "signature", where)
    if data[:2] not in (PREHASHED, ED25519):
        raise FormatError(f"{where} is not a minisign signature (algorithm {data[:2]!r})")
    global_signature = _decoded(lines[3], 64, "signature", where)
    return Signature(data[:2], data[2:10], data[10:], lines[2][len(TRUSTED):], global_signature,
                     lines[0][len(UNTRUSTED):])


def read_signature(path: Path) -> Signature:
    return parse_signature(_read_text(path, "signature file"), str(path))


# -- signing and verifying -------------------------------------------------------------------------


def _message(path: Path, algorithm: bytes) -> bytes:
    """What the signature covers: the file's BLAKE2b-512 (prehashed) or the file itself (legacy)."""
    if algorithm == ED25519:
        return path.read_bytes()
    digest = hashlib.blake2b(digest_size=64)
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.digest()


def sign_file(path: Path, key: SecretKey, trusted_comment: str = "") -> Signature:
    """A prehashed signature of ``path`` (minisign's default); the trusted comment as minisign writes it
    unless one is given."""
    comment = trusted_comment or f"timestamp:{int(time.time())}\tfile:{path.name}\thashed"
    if "\n" in comment or "\r" in comment:
        raise SigningError("a trusted comment is one line")
    private = key.private
    signature = private.sign(_message(path, PREHASHED))
    global_signature = private.sign(signature + comment.encode("utf-8"))
    return Signature(PREHASHED, key.key_id, signature, comment, global_signature)


def verify_file(path: Path, signature: Signature, key: PublicKey) -> None:
    """Return if ``signature`` by ``key`` holds for ``path`` and its trusted comment; raise WrongKey or
    BadSignature otherwise."""
    if signature.key_id != key.key_id:
        raise WrongKey(f"{path} was signed with key {signature.key_id_text}, not with key {key.id_text}")
    if not key.verify(signature.signature, _message(path, signature.algorithm)):
        raise BadSignature(f"{path} does not match its signature: the file was changed after it was signed, "
                           "or the signature is for another file")
    if not key.verify(signature.global_signature, signature.signature + signature.trusted_comment.encode("utf-8")):
        raise BadSignature(f"the trusted comment of {path}'s signature was changed after it was signed")
