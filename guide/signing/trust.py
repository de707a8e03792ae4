"""The publishers this computer trusts: their public keys, each with the name shown for it.

Two files of the same format: one shipped beside the app (an organization that sets up laptops puts
its key there) and one in the user's data folder (keys the user chose to trust after seeing their
fingerprint). One key a line, ``PUBLIC_KEY NAME``: the key as minisign prints it (the second line
of its ``.pub`` file), then the publisher's name; ``#`` starts a comment. A line that cannot be read
is reported and skipped; the others still count.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from guide.atomic_file import write_text_atomically

if TYPE_CHECKING:  # minisign loads when a key is read: see guide.signing
    from guide.signing.minisign import PublicKey

TRUSTED_KEYS_NAME = "trusted-keys.txt"
SHIPPED, USER = "shipped", "user"


@dataclass(frozen=True)
class TrustedKey:
    name: str
    key: PublicKey
    origin: str  # SHIPPED or USER


@dataclass(frozen=True)
class Keyring:
    keys: tuple[TrustedKey, ...] = ()
    problems: tuple[str, ...] = ()  # "file:line: message" for each line left out

    def find(self, key_id: bytes) -> TrustedKey | None:
        return next((k for k in self.keys if k.key.key_id == key_id), None)


def parse_trusted_keys(text: str, where: str, origin: str) -> tuple[list[TrustedKey], list[str]]:
    from guide.signing.minisign import FormatError, parse_public_key

    keys, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key_text, _, name = line.partition(" ")
        try:
            key = parse_public_key(key_text, f"{where}:{number}")
        except FormatError as exc:
            problems.append(f"{where}:{number}: {exc}")
            continue
        keys.append(TrustedKey(name.strip() or f"key {key.id_text}", key, origin))
    return keys, problems


def read_trusted_keys(path: Path, origin: str) -> tuple[list[TrustedKey], list[str]]:
    """The keys of ``path``; none (and no problem) when it does not exist."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], []
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc}); its keys are not trusted"]
    return parse_trusted_keys(text, str(path), origin)


def load_keyring(shipped: Path, user: Path | None) -> Keyring:
    keys, problems = read_trusted_keys(shipped, SHIPPED)
    if user is not None:
        more, more_problems = read_trusted_keys(user, USER)
        keys += more
        problems += more_problems
    return Keyring(tuple(keys), tuple(problems))


def fingerprint(key: PublicKey) -> str:
    """What a person compares with what the publisher printed, read aloud: the public key itself in
    hexadecimal, in 16 groups of 4 (digits and A to F only, no upper and lower case to tell apart).
    Not the key id: minisign lets whoever makes a key choose its id, so a fake key can have the real one's."""
    digits = key.raw.hex().upper()
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def trust_key(user_file: Path, name: str, key: PublicKey) -> None:
    """Add ``key`` under ``name`` to the user's trusted keys."""
    name = " ".join(name.split())
    try:
        existing = user_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = "# Publishers' keys trusted on this computer: PUBLIC_KEY NAME, one a line.\n"
    if existing and not existing.endswith("\n"):
        existing += "\n"
    write_text_atomically(user_file, f"{existing}{key.text} {name or 'key ' + key.id_text}\n")


def untrust_key(user_file: Path, key: PublicKey) -> int:
    """Take every line naming ``key`` out of the user's trusted keys (comments and other lines stay as
    they are); how many were taken out. The shipped file is never written: only its owner can."""
    try:
        lines = user_file.read_text(encoding="utf-8").splitlines(keepends=True)
    except FileNotFoundError:
        return 0
    from guide.signing.minisign import FormatError, parse_public_key

    def names_key(line: str) -> bool:
        text = line.strip()
        if not text or text.startswith("#"):
            return False
        try:
            return parse_public_key(text.partition(" ")[0], str(user_file)) == key
        except FormatError:
            return False

    kept = [line for line in lines if not names_key(line)]
    if len(kept) != len(lines):
        write_text_atomically(user_file, "".join(kept))
    return len(lines) - len(kept)
