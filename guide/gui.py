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
    if pack is None:
        from guide.content import ContentError  # only the bundled pack is ever rebuilt
        from guide.operations.bundled_pack import ensure_fresh_pack

        try:
            ensure_fresh_pack(path)
        except ContentError as exc:
            # The app can still open an older pack; the author sees the problems on stderr.
            print(exc, file=sys.stderr)
    return run(path)
