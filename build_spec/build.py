"""Build the one-folder desktop app: the guide pack first, then PyInstaller with guide.spec.

    python build_spec/build.py [--resources DIR] [--dist DIR] [--work DIR]

produces DIST/guide/guide (guide.exe on Windows), with the pack in DIST/guide/_internal/resources/.
Needs the build extra: ``python -m pip install -e ".[build]"``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "guide.spec"
EXECUTABLE = "guide.exe" if sys.platform == "win32" else "guide"


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder``; symlinks count once (as links), as an archive stores them."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def build_pack(resources: Path, pack: Path) -> None:
    # Through the CLI, so content problems are reported as `path:line: message` like `check`.
    subprocess.run([sys.executable, str(ROOT / "main.py"), "build", "--resources", str(resources),
                    "--out", str(pack)], check=True)


def run_pyinstaller(pack: Path, dist: Path, work: Path) -> None:
    env = dict(os.environ, GUIDE_PACK_FILE=str(pack))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder desktop app in DIST/guide/.")
    parser.add_argument("--resources", type=Path, default=ROOT / "resources", help="authored content folder")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where guide/ is written")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    args = parser.parse_args(argv)

    if importlib.util.find_spec("PyInstaller") is None:
        print('error: PyInstaller not installed: python -m pip install -e ".[build]"', file=sys.stderr)
        return 1
    pack = args.work.resolve() / "pack" / "guide.pack"
    try:
        build_pack(args.resources.resolve(), pack)
        run_pyinstaller(pack, args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        step = "pack build" if "main.py" in " ".join(map(str, exc.cmd)) else "PyInstaller"
        print(f"error: {step} failed (exit {exc.returncode}); see the messages above", file=sys.stderr)
        return 1
    app = args.dist.resolve() / "guide"
    print(f"built {app / EXECUTABLE} ({folder_size(app) / 1e6:.0f} MB in {app})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
