"""``build``: the guide's own pack from ``resources/``, with or without the organizations of HSDS
directories."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide.content import BuildResult
    from guide.hsds.importer import ImportResult
    from guide.hsds.mapping import Progress


@dataclass(frozen=True)
class Built:
    """A pack just built, and what each HSDS directory added to it brought (in the order given)."""

    result: BuildResult
    imports: tuple[tuple[Path, ImportResult], ...] = ()


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
