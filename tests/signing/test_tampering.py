"""A signed pack changed in any byte, its signature changed in any byte that is signed, a wrong key,
and key and signature files that are garbage: never "valid", and each a clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.signing.minisign import (
    FormatError,
    PublicKey,
    SigningError,
    generate_key,
    parse_public_key,
    read_public_key,
    read_secret_key,
    sign_file,
)
from guide.signing.pack_signature import SignatureState, check_pack, signature_path
from guide.signing.trust import Keyring, TrustedKey, parse_trusted_keys


@pytest.fixture
def signed(tmp_path: Path, mini_pack: Path) -> tuple[Path, Keyring]:
    pack = tmp_path / "signed.pack"
    pack.write_bytes(mini_pack.read_bytes())
    key = generate_key()
    signature_path(pack).write_text(sign_file(pack, key).file_text(), encoding="utf-8")
    keyring = Keyring((TrustedKey("Publisher", key.public, "shipped"),))
    assert check_pack(pack, keyring).state is SignatureState.VALID
    return pack, keyring


def flipped(path: Path, position: int, mask: int = 0x01) -> bytes:
    data = bytearray(path.read_bytes())
    original = bytes(data)
    data[position] ^= mask
    path.write_bytes(bytes(data))
    return original


def test_one_flipped_byte_anywhere_in_the_pack_fails(signed: tuple[Path, Keyring]) -> None:
    pack, keyring = signed
    size = pack.stat().st_size
    # The first and last bytes, the SQLite header, and a spread across every page of the file.
    positions = sorted({0, 1, 17, 99, size - 1, *range(0, size, max(1, size // 97))})
    for position in positions:
        original = flipped(pack, position)
        verdict = check_pack(pack, keyring)
        pack.write_bytes(original)
        assert verdict.state is SignatureState.INVALID, position
        assert "changed after it was signed" in verdict.message
    assert check_pack(pack, keyring).state is SignatureState.VALID


def test_one_flipped_byte_anywhere_signed_in_the_signature_file_fails(signed: tuple[Path, Keyring]) -> None:
    pack, keyring = signed
    sig = signature_path(pack)
    text = sig.read_bytes()
    comment_end = text.index(b"\n")
    unsigned_comment = range(len(b"untrusted comment: "), comment_end)  # minisign signs everything but this
    for position in range(len(text)):
        if position in unsigned_comment:
            continue
        for mask in (0x01, 0x20, 0x80):
            original = flipped(sig, position, mask)
            state = check_pack(pack, keyring).state
            sig.write_bytes(original)
            assert state is not SignatureState.VALID, (position, mask)


def test_the_untrusted_comment_is_not_signed_and_says_so_by_name(signed: tuple[Path, Keyring]) -> None:
    pack, keyring = signed
    sig = signature_path(pack)
    sig.write_text(sig.read_text().replace("signature from minisign secret key", "anything at all"))
    assert check_pack(pack, keyring).state is SignatureState.VALID


def test_a_wrong_key_fails(signed: tuple[Path, Keyring]) -> None:
    pack, _ = signed
    other = generate_key().public
    verdict = check_pack(pack, Keyring(), other)
    assert verdict.state is SignatureState.UNKNOWN_KEY
    assert f"not with key {other.id_text}" in verdict.message
    assert check_pack(pack, Keyring((TrustedKey("Someone else", other, "user"),))).state is SignatureState.UNKNOWN_KEY


def test_a_key_claiming_the_signers_key_id_fails_as_invalid(signed: tuple[Path, Keyring]) -> None:
    pack, keyring = signed
    real = keyring.keys[0].key
    impostor = PublicKey(real.key_id, generate_key().public.raw)
    verdict = check_pack(pack, Keyring((TrustedKey("Publisher", impostor, "user"),)))
    assert verdict.state is SignatureState.INVALID


@pytest.mark.parametrize("content", [
    b"", b"garbage\n", b"untrusted comment: x\nRWQ!!!!\ntrusted comment: y\nAAAA\n", b"\xff\xfe\x00binary",
    b"untrusted comment: x\nRUQAAAA=\ntrusted comment: y\nAAAA\n",
])
def test_a_garbage_signature_file_is_refused_with_its_name(signed: tuple[Path, Keyring], content: bytes) -> None:
    pack, keyring = signed
    signature_path(pack).write_bytes(content)
    verdict = check_pack(pack, keyring)
    assert verdict.state is SignatureState.INVALID
    assert str(signature_path(pack)) in verdict.message and "\n" not in verdict.message


def test_a_truncated_signature_file_is_refused(signed: tuple[Path, Keyring]) -> None:
    pack, keyring = signed
    sig = signature_path(pack)
    text = sig.read_bytes()
    for cut in (len(text) // 4, len(text) // 2, len(text) - 10):
        sig.write_bytes(text[:cut])
        assert check_pack(pack, keyring).state is SignatureState.INVALID, cut


def test_a_pack_with_no_signature_is_unsigned(tmp_path: Path, mini_pack: Path) -> None:
    assert check_pack(mini_pack, Keyring()).state is SignatureState.UNSIGNED


@pytest.mark.parametrize("content", [b"", b"not a key", b"\x00\x01\x02", b"untrusted comment: x\nRWQAAAA=\n",
                                     b"untrusted comment: x\nRWQAAAA=\nextra\n"])
def test_garbage_key_files_say_so_in_one_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "key.pub"
    path.write_bytes(content)
    with pytest.raises(FormatError) as public:
        read_public_key(path)
    with pytest.raises(FormatError) as secret:
        read_secret_key(path)
    for problem in (public.value, secret.value):
        assert str(path) in str(problem) and "\n" not in str(problem)


def test_a_missing_key_file_says_not_found(tmp_path: Path) -> None:
    with pytest.raises(SigningError, match="not found"):
        read_public_key(tmp_path / "absent.pub")


def test_a_damaged_secret_key_is_refused(tmp_path: Path) -> None:
    key = generate_key()
    path = tmp_path / "key"
    lines = key.file_text().splitlines()
    raw = bytearray(__import__("base64").b64decode(lines[1]))
    raw[60] ^= 0x01  # inside the secret key: the checksum no longer matches
    path.write_text(f"{lines[0]}\n{__import__('base64').b64encode(bytes(raw)).decode()}\n")
    with pytest.raises(SigningError, match="damaged"):
        read_secret_key(path)


def test_a_trusted_keys_file_keeps_the_good_lines_and_names_the_bad_one() -> None:
    good = generate_key().public
    keys, problems = parse_trusted_keys(f"# comment\n\n{good.text} Good Publisher\nnonsense Bad\n", "keys.txt",
                                        "shipped")
    assert [(k.name, k.key) for k in keys] == [("Good Publisher", good)]
    assert len(problems) == 1 and problems[0].startswith("keys.txt:4: ")
    assert parse_public_key(good.text, "x") == good
