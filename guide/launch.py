"""The plain start, ``python main.py [gui] [--pack FILE]``: straight to the window.

Every other command line goes to ``guide.cli``. Building that parser (and importing the commands'
modules) cost the window's start-up about 10 ms, for arguments that are almost always absent.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from guide import paths
from guide.store import Pack, PackError


def plain_gui_start(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """``(True, pack or None)`` when ``argv`` only asks for the window; ``(False, None)`` otherwise."""
    words = list(argv)
    if words[:1] == ["gui"]:
        words = words[1:]
    elif words[-1:] == ["gui"] and len(words) == 3:  # `--pack FILE gui`
        words = words[:-1]
    if not words:
        return True, None
    if len(words) == 1 and words[0].startswith("--pack=") and len(words[0]) > len("--pack="):
        return True, Path(words[0][len("--pack="):])
    if len(words) == 2 and words[0] == "--pack" and words[1] and not words[1].startswith("-"):
        return True, Path(words[1])
    return False, None


def ensure_fresh_pack(pack: Path, resources: Path | None = None) -> None:
    """In a source checkout, rebuild the bundled pack when it is missing, older than resources/, or
    unusable by this version of the app (an older schema after an update, a damaged file)."""
    resources = resources or paths.resources_dir()
    if paths.is_frozen() or not (resources / "guide.yaml").exists():
        return
    if paths.pack_is_stale(pack, resources) or not _opens(pack):
        from guide.content import build_pack  # the compiler loads only when a build is due

        collecting = gc.isenabled()
        gc.enable()  # main.py turned it off for a quick start; a build makes garbage
        try:
            build_pack(resources, pack)
        finally:
            if not collecting:
                gc.disable()


def _opens(pack: Path) -> bool:
    try:
        Pack.open(pack, verify=False).close()
    except PackError:
        return False
    return True


def run_gui(pack: Path | None) -> int:
    """Open the window on ``pack``, or on the bundled pack (rebuilt first if it is out of date)."""
    from guide.ui.app import run  # Qt is imported only when a window is wanted

    path = pack or paths.default_pack_path()
    if pack is None:
        from guide.content.problems import ContentError  # only the bundled pack is ever rebuilt

        try:
            ensure_fresh_pack(path)
        except ContentError as exc:
            # The app can still open an older pack; the author sees the problems on stderr.
            print(exc, file=sys.stderr)
    return run(path)


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    plain, pack = plain_gui_start(words)
    if not plain:
        gc.enable()  # main.py turned it off for the window's start; a command may build a large pack
        from guide.cli import main as command_line

        return command_line(words)
    try:
        return run_gui(pack)
    except (PackError, OSError) as exc:
        # As guide.cli reports them: one line, exit 1.
        message = str(exc) if isinstance(exc, PackError) else \
            f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
        print(f"error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
