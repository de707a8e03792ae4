"""`python main.py [gui] [--pack FILE]` goes straight to the window; anything else to the full CLI."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from support import ROOT

from guide.launch import main, plain_gui_start


@pytest.mark.parametrize("argv, pack", [
    ([], None),
    (["gui"], None),
    (["--pack", "a.pack"], Path("a.pack")),
    (["--pack=a.pack"], Path("a.pack")),
    (["gui", "--pack", "a.pack"], Path("a.pack")),
    (["--pack", "a.pack", "gui"], Path("a.pack")),
])
def test_a_window_start_skips_the_parser(argv: list[str], pack: Path | None) -> None:
    assert plain_gui_start(argv) == (True, pack)


@pytest.mark.parametrize("argv", [
    ["info"], ["--help"], ["--version"], ["--pack"], ["--pack", "--help"], ["--pack="], ["gui", "--help"],
    ["search", "hotline"], ["--pack", "a.pack", "info"], ["gui", "extra"],
])
def test_anything_else_goes_to_the_command_line(argv: list[str]) -> None:
    assert plain_gui_start(argv) == (False, None)


# -- the cyclic garbage collector ------------------------------------------------------------------



def test_a_command_turns_the_collector_back_on(capsys: pytest.CaptureFixture[str]) -> None:
    """main.py starts with the collector off; a command (which may build a large pack) runs with it on."""
    gc.disable()
    try:
        with pytest.raises(SystemExit) as exit_:  # argparse's --version exits
            main(["--version"])
        assert exit_.value.code == 0
        assert gc.isenabled()
    finally:
        gc.enable()
    assert capsys.readouterr().out.strip()


def test_the_window_turns_the_collector_back_on_after_its_first_frame(mini_pack: Path, tmp_path: Path) -> None:
    """`python main.py` for real: main.py turns the collector off; once the window's first frame is on screen
    the start-up's objects are frozen out of its passes and collection resumes."""
    watcher = textwrap.dedent(f"""
        import gc, os, runpy, signal, sys, threading, time

        def watch():
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if gc.isenabled() and gc.get_freeze_count() > 0:
                    print("collector on", flush=True)
                    break
                time.sleep(0.01)
            os.kill(os.getpid(), signal.SIGTERM)  # the app quits as at log-out, and tidies up

        threading.Thread(target=watch, daemon=True).start()
        sys.argv = ["main.py", "--pack", {str(mini_pack)!r}]
        runpy.run_path("main.py", run_name="__main__")
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GUIDE_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", watcher], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert done.stdout.strip() == "collector on"
