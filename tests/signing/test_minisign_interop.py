"""Our minisign formats and signatures against Debian's ``minisign``, both ways: what it signs we
verify, what we sign it verifies, and each side can use the other's keys."""

from __future__ import annotations

import base64
import hashlib
import subprocess
from pathlib import Path

import pytest
from support import minisign_tool

from guide.signing.minisign import (
    SigningError,
    generate_key,
    read_public_key,
    read_secret_key,
    read_signature,
    sign_file,
    verify_file,
)
from guide.signing.pack_signature import SignatureState, check_pack, signature_path
from guide.signing.trust import Keyring, load_keyring


def run(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([minisign_tool(), *argv], input=stdin, capture_output=True, text=True, timeout=60)


@pytest.fixture
def their_keys(tmp_path: Path) -> tuple[Path, Path]:
    """A throwaway key pair made by minisign itself, not encrypted (-W)."""
    public, secret = tmp_path / "theirs.pub", tmp_path / "theirs.key"
    result = run("-G", "-W", "-p", str(public), "-s", str(secret))
    assert result.returncode == 0, result.stderr
    return public, secret


@pytest.fixture
def pack(tmp_path: Path, mini_pack: Path) -> Path:
    copy = tmp_path / "edition.pack"
    copy.write_bytes(mini_pack.read_bytes())
    return copy


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed ED", "legacy Ed"])
def test_a_pack_minisign_signed_verifies_with_ours(their_keys: tuple[Path, Path], pack: Path, legacy: bool,
                                                   tmp_path: Path) -> None:
    public, secret = their_keys
    result = run("-S", *(["-l"] if legacy else []), "-s", str(secret), "-m", str(pack), "-t", "edition 2026")
    assert result.returncode == 0, result.stderr
    signature = read_signature(signature_path(pack))
    assert signature.algorithm == (b"Ed" if legacy else b"ED")
    assert signature.trusted_comment == "edition 2026"
    key = read_public_key(public)
    verify_file(pack, signature, key)
    trusted = tmp_path / "trusted-keys.txt"
    trusted.write_text(f"# shipped\n{key.text} Example Coalition\n", encoding="utf-8")
    verdict = check_pack(pack, load_keyring(trusted, None))
    assert (verdict.state, verdict.publisher, verdict.key_id) == (SignatureState.VALID, "Example Coalition",
                                                                  key.id_text)


def test_a_pack_we_sign_verifies_with_minisign(pack: Path, tmp_path: Path) -> None:
    key = generate_key()
    public = tmp_path / "ours.pub"
    public.write_text(key.public.file_text(), encoding="utf-8")
    signature_path(pack).write_text(sign_file(pack, key, "guide edition of 2026-12").file_text(), encoding="utf-8")
    result = run("-V", "-p", str(public), "-m", str(pack))
    assert result.returncode == 0, result.stderr
    assert "Trusted comment: guide edition of 2026-12" in result.stdout
    # The same with the key given as minisign -P takes it, the line publishers print.
    assert run("-V", "-P", key.public.text, "-m", str(pack)).returncode == 0


def test_minisign_rejects_what_we_signed_once_the_pack_changes(pack: Path, tmp_path: Path) -> None:
    key = generate_key()
    signature_path(pack).write_text(sign_file(pack, key).file_text(), encoding="utf-8")
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0x01
    pack.write_bytes(bytes(data))
    assert run("-V", "-P", key.public.text, "-m", str(pack)).returncode != 0


def test_each_side_signs_with_the_others_secret_key(their_keys: tuple[Path, Path], pack: Path,
                                                    tmp_path: Path) -> None:
    public, secret = their_keys
    theirs = read_secret_key(secret)
    assert theirs.public == read_public_key(public)
    signature_path(pack).write_text(sign_file(pack, theirs).file_text(), encoding="utf-8")
    assert run("-V", "-p", str(public), "-m", str(pack)).returncode == 0

    ours = generate_key()
    our_secret = tmp_path / "ours.key"
    our_secret.write_text(ours.file_text(), encoding="utf-8")
    other = tmp_path / "other.minisig"
    result = run("-S", "-W", "-s", str(our_secret), "-m", str(pack), "-x", str(other))
    assert result.returncode == 0, result.stderr
    verify_file(pack, read_signature(other), ours.public)


def encrypted_key_file(seed: bytes, key_id: bytes, password: str) -> str:
    """An encrypted secret key as minisign writes one, with small scrypt limits (minisign stores the
    limits in the file and uses them): opslimit 32768 and memlimit 16 MiB are N=1024, r=8, p=1 in
    libsodium, so the test costs milliseconds where minisign's own keys cost seconds."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    salt = bytes(range(32))
    keynum = key_id + seed + public
    keynum += hashlib.blake2b(b"Ed" + keynum, digest_size=32).digest()
    stream = hashlib.scrypt(password.encode(), salt=salt, n=1024, r=8, p=1, dklen=len(keynum))
    hidden = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
    body = b"EdScB2" + salt + (32768).to_bytes(8, "little") + (16 << 20).to_bytes(8, "little") + hidden
    return f"untrusted comment: minisign encrypted secret key\n{base64.b64encode(body).decode()}\n"


def test_an_encrypted_secret_key_minisign_accepts_signs_with_ours(pack: Path, tmp_path: Path) -> None:
    secret = tmp_path / "encrypted.key"
    secret.write_text(encrypted_key_file(bytes(range(100, 132)), b"\x01\x02\x03\x04\x05\x06\x07\x08", "s3cret"),
                      encoding="utf-8")
    # minisign itself signs with it (the password on its standard input): the fixture is a real key.
    probe = tmp_path / "probe.minisig"
    result = run("-S", "-s", str(secret), "-m", str(pack), "-x", str(probe), stdin="s3cret\n")
    assert result.returncode == 0, result.stderr
    key = read_secret_key(secret, lambda: "s3cret")
    verify_file(pack, read_signature(probe), key.public)
    with pytest.raises(SigningError, match="wrong password"):
        read_secret_key(secret, lambda: "guess")
    with pytest.raises(SigningError, match="password is needed"):
        read_secret_key(secret)


def test_an_empty_keyring_knows_no_key(pack: Path) -> None:
    key = generate_key()
    signature_path(pack).write_text(sign_file(pack, key).file_text(), encoding="utf-8")
    assert check_pack(pack, Keyring()).state is SignatureState.UNKNOWN_KEY
