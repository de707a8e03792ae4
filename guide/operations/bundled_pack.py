"""The bundled guide pack: rebuilt from ``resources/`` in a source checkout when it is out of date,
and the guide's own pack built with or without HSDS directories (``build``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from guide import paths
from guide.startup import collecting
from guide.store import Pack, PackError

if TYPE_CHECKING:
    from guide.content import BuildResult
    from guide.hsds.importer import ImportResult
    from guide.hsds.mapping import Progress


@dataclass(frozen=True)
class Built:
    """A pack just built, and what each HSDS directory added to it brought (in the order given)."""

    result: BuildResult
    imports: tuple[tuple[Path, ImportResult], ...] = ()


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


def build(resources: Path, out: Path, directories: Sequence[Path] = (), progress: Progress | None = None) -> Built:
    """The guide's own content (raises ContentError) plus the organizations of each HSDS directory
    (raises HsdsError), written to ``out``."""
    from guide.content import build_pack, check_resources, write_pack

    if not directories:
        return Built(build_pack(resources, out))
    from guide.hsds.packbuild import import_directories, merged_content

    content = check_resources(resources)
    results = import_directories(directories, content.guide.categories, {o.key for o in content.organizations},
                                 progress=progress)
    return Built(write_pack(merged_content(content, results), out), tuple(zip(directories, results, strict=True)))
