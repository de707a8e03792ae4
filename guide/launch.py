"""The plain start, ``python main.py [gui] [--pack FILE]``: straight to the window.

Every other command line goes to ``guide.cli``. Importing its parser and the commands' modules and
parsing would cost the window's start-up some 40 ms (median of 31 fresh interpreters; 0.04 ms for
this check), for arguments that are almost always absent. tests/cli/test_launch_fast_path.py holds
this grammar to the real parser's.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from guide.gui import run_gui
from guide.startup import resume_collection
from guide.store import PackError


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


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    plain, pack = plain_gui_start(words)
    if not plain:
        resume_collection()
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
