"""Where the bundled resources and pack live, in a source checkout and in a frozen build."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

PACK_NAME = "guide.pack"
SOURCE_SUFFIXES = (".md", ".yaml", ".yml")  # the authored files a pack is built from


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@cache  # it cannot change while the app runs, and resolving it took a dozen system calls
def resources_dir() -> Path:
    if is_frozen():
        # PyInstaller one-folder build: data sits beside the executable (in _internal/).
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_pack_path() -> Path:
    return resources_dir() / PACK_NAME


def is_bundled(pack: Path) -> bool:
    """Whether ``pack`` is the guide that comes with the app."""
    return pack.resolve() == default_pack_path().resolve()


def icon_path(size: int = 256) -> Path:
    """The app icon as a PNG of ``size`` pixels (16, 24, 32, 48, 64, 128 or 256) for window icons.

    PNG rather than the SVG so that no SVG plugin is needed to show it.
    """
    return resources_dir() / "icons" / f"guide-{size}.png"


def ui_icon_path(name: str, size: int) -> Path:
    """An interface icon (toolbar, menu tree) as a PNG of ``size`` pixels (16, 24, 32 or 48)."""
    return resources_dir() / "icons" / "ui" / f"{name}-{size}.png"


def newest_source_mtime(resources: Path) -> float:
    # Names first, then a stat of each authored file only: every plain start runs this.
    newest = 0.0
    for folder, _folders, names in os.walk(resources):
        for name in names:
            if name.endswith(SOURCE_SUFFIXES) and not name.startswith(PACK_NAME):
                newest = max(newest, os.stat(os.path.join(folder, name)).st_mtime)
    return newest


def pack_is_stale(pack: Path, resources: Path) -> bool:
    """True when the pack is missing or older than any authored file (source checkouts only)."""
    if not pack.exists():
        return True
    return newest_source_mtime(resources) > pack.stat().st_mtime


def shipped_trusted_keys() -> Path:
    """The publishers' keys trusted on every account of this computer: a file beside the app (beside the
    executable in a build, in resources/ in a source checkout), put there by whoever set the laptop up."""
    from guide.signing.trust import TRUSTED_KEYS_NAME

    if is_frozen():
        return Path(sys.executable).parent / TRUSTED_KEYS_NAME
    return resources_dir() / TRUSTED_KEYS_NAME
