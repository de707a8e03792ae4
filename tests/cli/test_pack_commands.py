"""``sign``, ``verify``, ``diff`` and ``info --json``'s signature and publisher, through the real
command line; ``minisign -V`` checks what ``sign`` wrote."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from support import minisign_tool

from guide.cli import main
from guide.signing.minisign import generate_key


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path, str]:
    key = generate_key()
    secret, public = tmp_path / "publisher.key", tmp_path / "publisher.pub"
    secret.write_text(key.file_text())
    public.write_text(key.public.file_text())
    return secret, public, key.public.text


@pytest.fixture
def pack(tmp_path: Path, mini_pack: Path) -> Path:
    copy = tmp_path / "guide.pack"
    copy.write_bytes(mini_pack.read_bytes())
    return copy


def test_sign_then_verify_with_the_key_and_with_minisign(capsys: pytest.CaptureFixture[str], pack: Path,
                                                        keys: tuple[Path, Path, str], data_dir: Path) -> None:
    secret, public, line = keys
    code, out, _ = run_cli(capsys, "sign", str(pack), "--key", str(secret), "--comment", "edition 2026")
    assert code == 0 and "guide.pack.minisig" in out
    assert subprocess.run([minisign_tool(), "-V", "-P", line, "-m", str(pack)], capture_output=True).returncode == 0
    code, out, err = run_cli(capsys, "verify", str(pack), "--key", str(public))
    assert (code, err) == (0, "") and "good signature" in out
    # Not trusted on this computer, and no key given: exit 1, one line.
    code, out, err = run_cli(capsys, "verify", str(pack))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "does not trust" in err
    (data_dir / "trusted-keys.txt").parent.mkdir(parents=True, exist_ok=True)
    (data_dir / "trusted-keys.txt").write_text(f"{line} Example Coalition\n")
    code, out, _ = run_cli(capsys, "verify", str(pack))
    assert code == 0 and "Example Coalition" in out
    code, out, _ = run_cli(capsys, "info", "--json", "--pack", str(pack))
    info = json.loads(out)
    assert (info["signature"], info["publisher"]) == ("valid", "Example Coalition")


def test_verify_fails_for_a_changed_pack_a_wrong_key_and_garbage(capsys: pytest.CaptureFixture[str], pack: Path,
                                                                keys: tuple[Path, Path, str],
                                                                tmp_path: Path, data_dir: Path) -> None:
    secret, public, line = keys
    data_dir.mkdir(parents=True)
    (data_dir / "trusted-keys.txt").write_text(f"{line} Example Coalition\n")
    assert run_cli(capsys, "sign", str(pack), "--key", str(secret))[0] == 0
    other = tmp_path / "other.pub"
    other.write_text(generate_key().public.file_text())
    garbage = tmp_path / "garbage.pub"
    garbage.write_text("this is not a key\n")
    for key, expected in ((other, "not with key"), (garbage, "is not a minisign public key")):
        code, out, err = run_cli(capsys, "verify", str(pack), "--key", str(key))
        assert code == 1 and expected in err and len(err.strip().splitlines()) == 1
    data = bytearray(pack.read_bytes())
    data[-100] ^= 0x01
    pack.write_bytes(bytes(data))
    code, _, err = run_cli(capsys, "verify", str(pack), "--key", str(public))
    assert code == 1 and "changed after it was signed" in err
    code, out, _ = run_cli(capsys, "info", "--json", "--pack", str(pack))
    assert code == 1 or json.loads(out)["signature"] == "invalid"  # the flip may also break the pack itself


def test_sign_refuses_a_garbage_key_and_a_file_that_is_not_a_pack(capsys: pytest.CaptureFixture[str], pack: Path,
                                                                 tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.key"
    garbage.write_bytes(b"\x00\x01")
    code, _, err = run_cli(capsys, "sign", str(pack), "--key", str(garbage))
    assert code == 1 and "not a minisign secret key" in err and not (tmp_path / "guide.pack.minisig").exists()
    letter = tmp_path / "letter.pack"
    letter.write_text("hello")
    code, _, err = run_cli(capsys, "sign", str(letter), "--key", str(garbage))
    assert code == 1 and "not a guide pack" in err


def test_info_says_unsigned_and_no_publisher(capsys: pytest.CaptureFixture[str], pack: Path) -> None:
    code, out, _ = run_cli(capsys, "info", "--json", "--pack", str(pack))
    info = json.loads(out)
    assert code == 0 and (info["signature"], info["publisher"]) == ("unsigned", None)


def test_diff_lists_phone_numbers_and_organizations(capsys: pytest.CaptureFixture[str], pack: Path,
                                                   tmp_path: Path) -> None:
    new = tmp_path / "new.pack"
    new.write_bytes(pack.read_bytes())
    with sqlite3.connect(new) as connection:
        connection.execute("UPDATE meta SET value = '2027-01-01' WHERE key = 'content_date'")
        number, name = connection.execute("SELECT p.number, o.name FROM phone p JOIN organization o "
                                          "ON o.id = p.organization_id ORDER BY p.id LIMIT 1").fetchone()
        connection.execute("UPDATE phone SET number = '1-800-555-0199' WHERE number = ?", (number,))
        connection.execute("UPDATE organization SET website = 'https://changed.example' WHERE name = ?", (name,))
    connection.close()
    code, out, _ = run_cli(capsys, "diff", str(pack), str(new))
    assert code == 0
    assert f"+ {name}: 1-800-555-0199" in out and f"- {name}: {number}" in out
    assert f"~ {name}: website" in out and "-> 2027-01-01" in out
    code, out, _ = run_cli(capsys, "diff", str(pack), str(new), "--json")
    assert json.loads(out)["phones_added"] == [f"{name}: 1-800-555-0199"]
    code, _, err = run_cli(capsys, "diff", str(pack), str(tmp_path / "absent.pack"))
    assert code == 1 and "not found" in err
