"""Forget everything this app keeps: every file it wrote in the user's data folder.

That is the settings file (zoom, presentation mode, language, appearance, discreet title, the
bookmarks) and what is left of it (a damaged one set aside, unfinished saves), the publishers the user
chose to trust, and the guide library: the guides opened from files (``guides/``) and made here from
directories (``imports/``). The guide that comes with the app is not in that folder and stays.

Only our own names are removed, never the folder's other files (``GUIDE_DATA_DIR`` may point at a
folder the user shares with other things); the folder itself goes once it is empty.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from guide.library.catalogue import GUIDES, IMPORTS, PACK_SUFFIX
from guide.signing.trust import TRUSTED_KEYS_NAME
from guide.userdata.settings import FILE_NAME, TEMP_PREFIX, TEMP_SUFFIX

FILES = (FILE_NAME, FILE_NAME + ".corrupt", TRUSTED_KEYS_NAME)
FOLDERS = (GUIDES, IMPORTS)


@dataclass(frozen=True)
class Kept:
    """What the folder holds of ours now: what "forget" would remove."""

    settings: bool  # the settings file (with the bookmarks), or a damaged one set aside
    trusted_keys: bool
    guides: int  # packs in the library's folders


def kept(data_dir: Path) -> Kept:
    def packs(folder: str) -> int:
        try:
            return sum(1 for _ in (data_dir / folder).glob(f"*{PACK_SUFFIX}"))
        except OSError:
            return 0

    return Kept(settings=any((data_dir / name).exists() for name in FILES[:2]),
                trusted_keys=(data_dir / TRUSTED_KEYS_NAME).exists(),
                guides=sum(packs(folder) for folder in FOLDERS))


def ours(data_dir: Path) -> list[Path]:
    """Every file and folder of ours in ``data_dir``."""
    try:  # saves cut short: the settings' own, and guide.atomic_file's of the trusted keys
        temps = sorted([*data_dir.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"), *data_dir.glob(f".{TRUSTED_KEYS_NAME}-*.tmp")])
    except OSError:
        temps = []
    named = [data_dir / name for name in (*FILES, *FOLDERS)]
    return [path for path in (*named, *temps) if path.exists() or path.is_symlink()]


def forget_everything(data_dir: Path) -> list[str]:
    """Remove what :func:`ours` lists; one line for each thing that could not be removed."""
    problems = []
    for path in ours(data_dir):
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError as exc:
            problems.append(f"{path}: {exc.strerror or exc}")
    with contextlib.suppress(OSError):
        data_dir.rmdir()  # only when empty: other files are not ours
    return problems
