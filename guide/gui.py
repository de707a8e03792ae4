"""Opening the window: on the pack asked for, or on the bundled pack (rebuilt first if it is out of
date). Shared by the plain start (guide.launch) and the ``gui`` command (guide.cli)."""

from __future__ import annotations

import sys
from pathlib import Path

from guide import paths


def run_gui(pack: Path | None) -> int:
    from guide.ui.qt_start import read_sources_as_bytes  # Qt is imported only when a window is wanted

    read_sources_as_bytes()
    from guide.ui.app import run

    path = pack or paths.default_pack_path()
    if pack is None:  # only the bundled pack is ever rebuilt
        refresh_bundled_pack(path)
    return run(path)


def refresh_bundled_pack(path: Path, resources: Path | None = None) -> None:
    """Rebuild the bundled pack if it is out of date. A build that fails leaves the older pack to open;
    the author sees the problems on stderr."""
    from guide.operations.bundled_pack import ensure_fresh_pack

    try:
        ensure_fresh_pack(path, resources)
    except Exception as exc:
        # Named only now: guide.content's records cost every start some 15 ms, and only a build,
        # which has loaded them by then, raises ContentError.
        from guide.content import ContentError

        if not isinstance(exc, ContentError):
            raise
        print(exc, file=sys.stderr)
