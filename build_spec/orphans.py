"""Drop system libraries that only the plugins guide.spec filtered out were linking to.

PyInstaller resolves shared-library dependencies during Analysis, before guide.spec filters
Qt plugins; without this step, the GTK stack pulled in by the (dropped) GTK platform theme
would still ship. Linux only: there the bundle names a library by the soname others ask for.
"""

from __future__ import annotations

import sys
from pathlib import PurePath

from PyInstaller.depend.bindepend import get_imports

Entry = tuple[str, str, str]  # (path in the bundle, source path, PyInstaller type code)


def _is_system_library(entry: Entry) -> bool:
    dest, _source, kind = entry
    # Top-level libraries come from the build machine; libpython is loaded by the bootloader.
    return kind == "BINARY" and "/" not in dest and not dest.startswith("libpython")


def drop_orphaned_libraries(binaries: list[Entry]) -> list[Entry]:
    if not sys.platform.startswith("linux"):
        return binaries
    system = {entry[0]: entry[1] for entry in binaries if _is_system_library(entry)}
    stack = [source for dest, source, kind in binaries
             if kind in {"BINARY", "EXTENSION"} and dest not in system]
    reached: set[str] = set()
    while stack:
        for name, _resolved in get_imports(stack.pop()):
            name = PurePath(name).name
            if name in system and name not in reached:
                reached.add(name)
                stack.append(system[name])
    return [entry for entry in binaries if entry[0] not in system or entry[0] in reached]
