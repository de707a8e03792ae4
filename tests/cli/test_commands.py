"""The command line contract (DESIGN.md §4): exit codes, output, and one-line errors."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

from guide import __version__, paths
from guide.cli import main
from guide.operations.bundled_pack import ensure_fresh_pack
from guide.packformat.schema import SCHEMA_VERSION
from guide.store import Pack, PackError


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --version, --help and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def run_main_py(*argv: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in a child process, as a user runs it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *argv], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


def assert_one_line_error(code: int, out: str, err: str) -> None:
    assert code == 1
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


# -- build, check, info, search on the fixture ---------------------------------------------------

def test_build_writes_a_pack_and_says_what_is_in_it(capsys: pytest.CaptureFixture[str], mini_sources: Path,
                                                    tmp_path: Path) -> None:
    out_path = tmp_path / "out.pack"
    code, out, err = run_cli(capsys, "build", "--resources", str(mini_sources), "--out", str(out_path))
    assert (code, err) == (0, "")
    assert out_path.is_file()
    assert "3 articles, 4 organizations, 0 services, 0 locations, 6 phones, 0 schedules, 2 links, 8 menu nodes" in out and "2026-11-29" in out


def test_check_ok(capsys: pytest.CaptureFixture[str], mini_sources: Path) -> None:
    code, out, err = run_cli(capsys, "check", "--resources", str(mini_sources))
    assert (code, out, err) == (0, "ok: 3 articles, 4 organizations, 2 links\n", "")


def _break_two_files(mini_sources: Path) -> None:
    kids = mini_sources / "organizations/kids-ny.yaml"
    kids.write_text(kids.read_text(encoding="utf-8").replace("areas: [NY]", "areas: [ZZ]"), encoding="utf-8")
    signs = mini_sources / "articles/signs.md"
    signs.write_text(signs.read_text(encoding="utf-8").replace("(guide:intro)", "(guide:gone)"), encoding="utf-8")


def test_check_prints_every_problem_as_path_line_message(capsys: pytest.CaptureFixture[str], mini_sources: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _break_two_files(mini_sources)
    monkeypatch.chdir(mini_sources.parent)
    code, out, err = run_cli(capsys, "check", "--resources", "resources")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{Path('resources/articles/signs.md')}:15: internal link to unknown article 'gone'",
        f"{Path('resources/organizations/kids-ny.yaml')}:5: unknown state or area code 'ZZ'",
        "2 problem(s) found",
    ]


def test_check_from_another_folder_prints_paths_that_resolve_from_it(capsys: pytest.CaptureFixture[str],
                                                                     mini_sources: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _break_two_files(mini_sources)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, _, err = run_cli(capsys, "check", "--resources", str(mini_sources))
    problems = err.splitlines()[:-1]
    assert code == 1 and len(problems) == 2
    shown = [line.split(":")[0] for line in problems]
    assert shown == [str(mini_sources.resolve() / "articles/signs.md"),
                     str(mini_sources.resolve() / "organizations/kids-ny.yaml")]
    assert all(Path(path).is_file() for path in shown)


def test_check_under_the_current_folder_prints_paths_relative_to_it(capsys: pytest.CaptureFixture[str],
                                                                     mini_sources: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _break_two_files(mini_sources)
    monkeypatch.chdir(mini_sources / "articles")
    code, _, err = run_cli(capsys, "check", "--resources", "..")
    assert code == 1
    assert err.splitlines()[0] == "signs.md:15: internal link to unknown article 'gone'"
    assert err.splitlines()[1].startswith(f"{mini_sources.resolve() / 'organizations/kids-ny.yaml'}:5: ")


def test_build_with_problems_exits_1_and_writes_nothing(capsys: pytest.CaptureFixture[str], mini_sources: Path,
                                                        tmp_path: Path) -> None:
    (mini_sources / "articles/intro.md").write_bytes(b"\xff\xfe not text")
    code, out, err = run_cli(capsys, "build", "--resources", str(mini_sources), "--out", str(tmp_path / "x.pack"))
    assert (code, out) == (1, "")
    assert "intro.md:1: not UTF-8" in err
    assert not (tmp_path / "x.pack").exists()


def test_info_json(capsys: pytest.CaptureFixture[str], mini_pack: Path) -> None:
    code, out, err = run_cli(capsys, "info", "--pack", str(mini_pack), "--json")
    assert (code, err) == (0, "")
    info = json.loads(out)
    assert set(info) == {"schema_version", "content_date", "content_sha256", "counts", "signature", "publisher"}
    assert info["counts"] == {"articles": 3, "organizations": 4, "services": 0, "locations": 0, "phones": 6,
                            "schedules": 0, "links": 2, "menu_nodes": 8}
    assert info["content_date"] == "2026-11-29" and len(info["content_sha256"]) == 64


def test_info_text(capsys: pytest.CaptureFixture[str], mini_pack: Path) -> None:
    code, out, _ = run_cli(capsys, "info", "--pack", str(mini_pack))
    assert code == 0 and f"schema version: {SCHEMA_VERSION}" in out and "content date:   2026-11-29" in out


def test_pack_before_the_command_is_used(capsys: pytest.CaptureFixture[str], mini_pack: Path) -> None:
    code, out, _ = run_cli(capsys, "--pack", str(mini_pack), "info", "--json")
    assert code == 0 and json.loads(out)["counts"]["articles"] == 3
    assert_one_line_error(*run_cli(capsys, "--pack", str(mini_pack.parent / "missing.pack"), "info"))


def test_search_text_output(capsys: pytest.CaptureFixture[str], mini_pack: Path) -> None:
    code, out, err = run_cli(capsys, "search", "traff", "--pack", str(mini_pack))
    assert (code, err) == (0, "")
    assert out.startswith("article      Introduction to trafficking  [intro]")
    assert "[trafficking]" in out


def test_search_json_with_filters(capsys: pytest.CaptureFixture[str], mini_pack: Path) -> None:
    code, out, _ = run_cli(capsys, "search", "legal", "help", "--pack", str(mini_pack), "--state", "ca",
                           "--kind", "organization", "--json")
    hits = json.loads(out)
    assert code == 0 and [h["title"] for h in hits] == ["California Legal Aid"]
    assert set(hits[0]) == {"kind", "ref", "title", "snippet", "score"}
    assert "\x02" not in hits[0]["snippet"]


def test_search_without_results(capsys: pytest.CaptureFixture[str], mini_pack: Path) -> None:
    assert run_cli(capsys, "search", "zzzzqqq", "--pack", str(mini_pack)) == (0, "no results\n", "")
    code, out, _ = run_cli(capsys, "search", "zzzzqqq", "--pack", str(mini_pack), "--json")
    assert (code, json.loads(out)) == (0, [])


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "a:b", "\U0001F600", "x" * 10_000, "AND OR NOT"])
def test_search_hostile_text(capsys: pytest.CaptureFixture[str], mini_pack: Path, query: str) -> None:
    code, _, err = run_cli(capsys, "search", query, "--pack", str(mini_pack), "--limit", str(10**30))
    assert (code, err) == (0, "")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "--version") == (0, f"guide {__version__}\n", "")


# -- user errors: one line, exit 1 ----------------------------------------------------------------

def bad_packs(folder: Path, good: Path) -> dict[str, Path]:
    packs = {"missing": folder / "missing.pack", "folder": folder}
    (folder / "zero.pack").write_bytes(b"")
    packs["zero bytes"] = folder / "zero.pack"
    (folder / "noise.pack").write_bytes(random.Random(1).randbytes(4096))
    packs["random bytes"] = folder / "noise.pack"
    (folder / "short.pack").write_bytes(good.read_bytes()[:5000])
    packs["truncated"] = folder / "short.pack"
    other = folder / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    packs["other database"] = other
    newer = folder / "newer.pack"
    newer.write_bytes(good.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()
    packs["newer schema"] = newer
    return packs


@pytest.mark.parametrize("command", [["info"], ["info", "--json"], ["search", "hotline"], ["search", "x", "--json"]])
def test_bad_packs_give_one_line_and_exit_1(capsys: pytest.CaptureFixture[str], mini_pack: Path, tmp_path: Path,
                                            command: list[str]) -> None:
    for name, pack in bad_packs(tmp_path, mini_pack).items():
        code, out, err = run_cli(capsys, *command, "--pack", str(pack))
        assert_one_line_error(code, out, err)
        assert str(pack) in err, name


def test_unknown_kind_is_a_user_error(capsys: pytest.CaptureFixture[str], mini_pack: Path) -> None:
    code, out, err = run_cli(capsys, "search", "x", "--kind", "article,podcast", "--pack", str(mini_pack))
    assert_one_line_error(code, out, err)
    assert "podcast" in err


def test_missing_resources_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run_cli(capsys, "check", "--resources", str(tmp_path / "nowhere"))
    assert (code, out) == (1, "")
    assert "resources folder not found" in err and "Traceback" not in err


def test_build_to_an_unwritable_place(capsys: pytest.CaptureFixture[str], mini_sources: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert_one_line_error(*run_cli(capsys, "build", "--resources", str(mini_sources),
                                   "--out", str(blocker / "x.pack")))
    assert_one_line_error(*run_cli(capsys, "build", "--resources", str(mini_sources), "--out", str(tmp_path)))


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "search")[0] == 2
    assert run_cli(capsys, "no-such-command")[0] == 2
    assert run_cli(capsys, "search", "x", "--limit", "many")[0] == 2


def test_main_py_reports_a_bad_pack_without_a_traceback(tmp_path: Path) -> None:
    noise = tmp_path / "noise.pack"
    noise.write_bytes(b"\x00" * 100)
    result = run_main_py("info", "--pack", str(noise))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr


def test_main_py_search_with_undecodable_argument(mini_pack: Path) -> None:
    # A byte that is not UTF-8 reaches Python as a lone surrogate; it must not reach SQLite.
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "search", b"hotline\xff", "--state", b"tx",
                             "--pack", str(mini_pack)], capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    # In a filter it is an unknown value, refused like any other.
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "search", "hotline", "--state", b"T\xffX",
                             "--pack", str(mini_pack)], capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.startswith(b"error: unknown state ") and result.stderr.count(b"\n") == 1, result.stderr


# -- the bundled pack is rebuilt when stale --------------------------------------------------------

def test_pack_is_stale_when_missing_or_older(mini_sources: Path, tmp_path: Path) -> None:
    pack = tmp_path / "guide.pack"
    assert paths.pack_is_stale(pack, mini_sources)
    pack.write_bytes(b"x")
    os.utime(pack, (2_000_000_000, 2_000_000_000))
    assert not paths.pack_is_stale(pack, mini_sources)
    os.utime(mini_sources / "links.yaml", (2_000_000_100, 2_000_000_100))
    assert paths.pack_is_stale(pack, mini_sources)


def test_a_pack_inside_resources_does_not_make_itself_stale(mini_sources: Path) -> None:
    pack = mini_sources / paths.PACK_NAME
    ensure_fresh_pack(pack, mini_sources)
    os.utime(pack, (2_000_000_000, 2_000_000_000))
    assert not paths.pack_is_stale(pack, mini_sources)


def test_ensure_fresh_pack_builds_rebuilds_and_leaves_alone(mini_sources: Path, tmp_path: Path) -> None:
    pack = tmp_path / "guide.pack"
    ensure_fresh_pack(pack, mini_sources)
    assert pack.is_file()
    os.utime(pack, (2_000_000_000, 2_000_000_000))
    ensure_fresh_pack(pack, mini_sources)
    assert pack.stat().st_mtime == 2_000_000_000  # fresh: not rebuilt
    os.utime(mini_sources / "articles/intro.md", (2_000_000_100, 2_000_000_100))
    ensure_fresh_pack(pack, mini_sources)
    assert pack.stat().st_mtime != 2_000_000_000  # a newer source: rebuilt


def test_ensure_fresh_pack_rebuilds_a_newer_looking_pack_of_another_schema(mini_sources: Path, tmp_path: Path) -> None:
    """After an app update, a pack newer than its sources but of the old schema is rebuilt, not refused."""
    pack = tmp_path / "guide.pack"
    ensure_fresh_pack(pack, mini_sources)
    with sqlite3.connect(pack) as connection:
        connection.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    connection.close()
    os.utime(pack, (2_000_000_000, 2_000_000_000))
    with pytest.raises(PackError, match="schema version 1"):
        Pack.open(pack)
    ensure_fresh_pack(pack, mini_sources)
    Pack.open(pack).close()


# -- the project's own resources ---------------------------------------------------------------------

def test_check_build_info_search_on_the_real_resources(tmp_path: Path) -> None:
    pack = tmp_path / "guide.pack"
    check = run_main_py("check")
    assert check.returncode == 0 and check.stdout.startswith("ok: "), check.stderr
    build = run_main_py("build", "--out", str(pack))
    assert build.returncode == 0 and pack.is_file(), build.stderr
    info = run_main_py("info", "--pack", str(pack), "--json")
    counts = json.loads(info.stdout)["counts"]
    assert info.returncode == 0 and counts["articles"] > 0 and counts["organizations"] > 0
    search = run_main_py("search", "hotline", "--pack", str(pack))
    assert search.returncode == 0 and "National Human Trafficking Hotline" in search.stdout, search.stderr
