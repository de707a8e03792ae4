"""The bundled guide pack: rebuilt from ``resources/`` in a source checkout when it is out of date.

Every start of the window runs this, so what only ``build`` needs is in guide.operations.pack_build."""

from __future__ import annotations

from pathlib import Path

from guide import paths
from guide.startup import collecting
from guide.store import Pack, PackError


def ensure_fresh_pack(pack: Path, resources: Path | None = None) -> None:
    """In a source checkout, rebuild the bundled pack when it is missing, older than resources/, or
    unusable by this version of the app (an older schema after an update, a damaged file)."""
    resources = resources or paths.resources_dir()
    if paths.is_frozen() or not (resources / "guide.yaml").exists():
        return
    if paths.pack_is_stale(pack, resources) or not _opens(pack):
        from guide.content import build_pack  # the compiler loads only when a build is due

        with collecting():
            build_pack(resources, pack)


def _opens(pack: Path) -> bool:
    try:
        Pack.open(pack, verify=False).close()
    except PackError:
        return False
    return True
