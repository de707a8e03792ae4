"""User data is never lost: a writer killed mid-write leaves the old or the new settings, whole;
a damaged settings file is moved aside with a message; an unwritable data folder is a message."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support import ROOT, open_window

from guide.location import Location
from guide.userdata.settings import FILE_NAME, Settings

BOOKMARKS = 4000  # about 1.5 MB of JSON: each save takes long enough to be killed in the middle of it

# Saves settings in a loop, each generation's bookmarks all titled "<generation>:<n>:...".
WRITER = f"""
import sys
from pathlib import Path
from guide.location import Location
from guide.userdata.settings import Bookmark, Settings

settings = Settings(Path(sys.argv[1]))
generation = int(sys.argv[2])
print("ready", flush=True)
while True:
    generation += 1
    settings.data.zoom = (70, 150)[generation % 2]
    settings.data.bookmarks = [Bookmark(f"{{generation}}:{{n}}:" + "é" * 150, Location("article", f"page-{{n}}"))
                               for n in range({BOOKMARKS})]
    settings.save()
"""


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != FILE_NAME)


def generation_of(loaded: Settings) -> int:
    """The one generation every bookmark belongs to (0 before the first save); fails on a mixture."""
    if not loaded.bookmarks:
        return 0
    generations = {int(b.title.split(":")[0]) for b in loaded.bookmarks}
    assert len(generations) == 1 and len(loaded.bookmarks) == BOOKMARKS
    (generation,) = generations
    assert loaded.zoom == (70, 150)[generation % 2]
    return generation


def kill_writer(folder: Path, generation: int, when_writing: bool, rng: random.Random) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(generation)],
                              stdout=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        assert writer.stdout is not None and writer.stdout.readline() == b"ready\n"
        if when_writing:
            # Wait for a temporary file: the writer is between creating it and renaming it.
            deadline = time.monotonic() + 10
            while not any(name.endswith(".tmp") for name in os.listdir(folder)) and time.monotonic() < deadline:
                pass
        else:
            time.sleep(rng.uniform(0.05, 0.6))
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
        if writer.stdout is not None:
            writer.stdout.close()


def test_a_writer_killed_at_random_moments_never_loses_the_settings(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    rng = random.Random(20261129)
    generation = 0
    killed_mid_write = 0
    for attempt in range(10):
        kill_writer(folder, generation, when_writing=attempt % 2 == 1, rng=rng)
        killed_mid_write += any(name.endswith(".tmp") for name in os.listdir(folder))
        loaded = Settings(folder)
        assert loaded.problem == ""  # never a damaged file
        newer = generation_of(loaded)
        assert newer >= generation  # never older data than what was already saved
        generation = newer
        assert leftovers(folder) == []  # a killed writer's temporary file is cleared on the next start
    assert generation > 0
    print(f"{killed_mid_write} of 10 kills left a half-written temporary file")
    assert killed_mid_write >= 3  # the kills did land in the middle of writing


DAMAGED = {
    "cut short": b'{"zoom": 150, "bookm',
    "not UTF-8": b'{"zoom": 150, "bookmarks": [{"title": "\xff\xfe"}]}',
    "NUL bytes": b"\x00" * 64,
    "a list": b"[1, 2, 3]",
    "infinite zoom": b'{"zoom": Infinity}',
    "huge zoom": b'{"zoom": 1e999}',
    "zoom not a number": b'{"zoom": "large"}',
    "bookmarks not a list": b'{"bookmarks": 7}',
    "bookmark without location": b'{"bookmarks": [{"title": "x"}]}',
    "nested 100 000 deep": b"[" * 100_000 + b"]" * 100_000,
}


def assert_moved_aside(folder: Path, content: bytes, loaded: Settings) -> None:
    assert "moved aside" in loaded.problem and "\n" not in loaded.problem
    assert (folder / (FILE_NAME + ".corrupt")).read_bytes() == content
    assert not (folder / FILE_NAME).exists()
    assert loaded.zoom == 100 and loaded.bookmarks == ()
    loaded.set_zoom(125)  # and the user can go on: the next save writes a good file
    assert Settings(folder).zoom == 125


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_settings_file_is_moved_aside_with_one_line(tmp_path: Path, content: bytes) -> None:
    (tmp_path / FILE_NAME).write_bytes(content)
    assert_moved_aside(tmp_path, content, Settings(tmp_path))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(st.binary(max_size=300),
                         st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
                                      lambda inner: st.lists(inner, max_size=4)
                                      | st.dictionaries(st.sampled_from(["zoom", "presentation", "bookmarks",
                                                                         "language", "title", "location", "kind",
                                                                         "target"]) | st.text(max_size=5),
                                                        inner, max_size=4),
                                      max_leaves=12).map(lambda value: json.dumps(value).encode())))
def test_any_settings_file_loads_or_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # hypothesis reseeds random: no random names
    (folder / FILE_NAME).write_bytes(content)
    loaded = Settings(folder)
    if loaded.problem:
        assert_moved_aside(folder, content, loaded)
    else:
        assert (folder / FILE_NAME).read_bytes() == content  # a readable file is left as it was
        assert loaded.zoom in (70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)


def test_a_damaged_file_in_the_window_is_a_status_message(qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / FILE_NAME).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with open_window(qtbot, mini_pack, data_dir) as window:
        assert "moved aside" in window.statusBar().currentMessage()
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # bookmarks still work
    assert Settings(data_dir).is_bookmarked(Location("article", "intro"))


def test_an_unwritable_data_folder_is_a_message_and_the_window_goes_on(qtbot: QtBot, mini_pack: Path,
                                                                         tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with open_window(qtbot, mini_pack, blocker / "data") as window:
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert "could not be saved" in window.statusBar().currentMessage()
        assert window.commands.bookmark.isChecked()  # kept for this session
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert window.settings.zoom == 110 and window.isVisible()
