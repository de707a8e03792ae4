"""Performance of the guide at 100 000 organizations, each figure next to a floor from the same run.

    python benchmarks/run.py [--json] [--organizations 100000] [--runs 5] [--startup-runs 41] [--rebuild]

Builds (once, cached in benchmarks/.cache/) a pack from the guide's content plus synthetic
organizations (benchmarks/synthetic.py), then measures:

- startup_ratio: ``python main.py`` to its first painted frame over the same for a bare PySide6
  window with a tree, a text browser and a table (benchmarks/bare_window.py), the median over
  ``--startup-runs`` rounds of each round's ratio (the programs start in turn in every round), the guide's modules compiled once (as an installed app
  runs); startup_ratio_no_bytecode: the same compiling them at each start (see time_startup);
- search_p50/p99_ms_100k: Pack.search_answer (the search of the CLI and the window, with its "did you
  mean" and other-edition count) for the 200 queries of benchmarks/queries.py, plus turning the hits
  into the HTML the results view shows;
- search_ratio_vs_fts5: that p50 over the p50 of the plain ranked FTS5 query through sqlite3;
- ui_block_ms_p99, filter_ms_100k, rss_mb_100k, pdf_ms: from benchmarks/ui_probe.py (the window);
- build_s_100k, pack_mb_100k.

Each figure is the median over ``--runs`` runs; machines here are shared and noisy, so compare the
ratios before the absolute numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "build_spec"))

from queries import benchmark_queries  # noqa: E402
from synthetic import write_resources  # noqa: E402

from guide.content import ContentError, check_resources  # noqa: E402
from guide.store import Pack, PackError  # noqa: E402
from guide.store.search import SearchHit, snippet_html  # noqa: E402
from guide.store.search import match_expression  # noqa: E402

TARGETS = {  # figure: (target, "max" = at most)
    "startup_ratio": 1.5,
    "search_p99_ms_100k": 16.0,
    "search_ratio_vs_fts5": 1.0,
    "ui_block_ms_p99": 16.0,
    "filter_ms_100k": 50.0,
}
QT_ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


# -- the pack ----------------------------------------------------------------------------------


def content_base() -> Path:
    """The guide's own content if it validates (it is being written), else the test fixture."""
    try:
        check_resources(ROOT / "resources")
        return ROOT / "resources"
    except ContentError:
        return ROOT / "tests" / "fixtures" / "mini"


def prepare_pack(cache: Path, organizations: int, rebuild: bool, base: Path) -> tuple[Path, dict[str, object]]:
    """The big pack and what building it took (from the run that built it, if cached)."""
    cache.mkdir(parents=True, exist_ok=True)
    pack = cache / f"orgs-{organizations}.pack"
    record = cache / f"orgs-{organizations}.json"
    if not rebuild and pack.exists() and record.exists():
        try:
            Pack.open(pack, verify=False).close()
            return pack, {**json.loads(record.read_text()), "cached": True}
        except PackError:
            pass  # an older schema: build again
    resources = cache / f"resources-{organizations}"
    write_resources(organizations, resources, base)
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "build", "--resources", str(resources), "--out", str(pack)],
                   check=True, stdout=subprocess.DEVNULL)
    built = {"build_s": time.perf_counter() - start, "base": str(base.relative_to(ROOT))}
    record.write_text(json.dumps(built))
    return pack, {**built, "cached": False}


# -- search ------------------------------------------------------------------------------------


def shown(hits: list[SearchHit]) -> list[tuple[str, str]]:
    """What the results view shows of each hit (guide/ui/search.py: title, highlighted snippet)."""
    return [(hit.kind, f"<b>{hit.title}</b><br>{snippet_html(hit.snippet)}") for hit in hits]


def time_search(pack_path: Path, runs: int) -> dict[str, float]:
    queries = benchmark_queries()
    pack = Pack.open(pack_path)
    plain = sqlite3.connect(f"file:{pack_path}?mode=ro", uri=True)
    plain_sql = "SELECT kind, ref, title FROM search WHERE search MATCH ? ORDER BY bm25(search) LIMIT 50"
    ours_p50, ours_p99, plain_p50, plain_p99 = [], [], [], []
    worst: list[tuple[float, str]] = []
    for _ in range(runs):
        ours, floor = [], []
        for query in queries:  # interleaved, so both see the same noise
            start = time.perf_counter()
            found = pack.search_answer(query)  # the hits, and "did you mean" with its hits when they are few
            shown(found.hits + found.suggested_hits)
            ours.append((time.perf_counter() - start) * 1000)
            expression = match_expression(query.terms)
            start = time.perf_counter()
            plain.execute(plain_sql, (expression,)).fetchall()
            floor.append((time.perf_counter() - start) * 1000)
        ours_p50.append(percentile(ours, 0.5))
        ours_p99.append(percentile(ours, 0.99))
        plain_p50.append(percentile(floor, 0.5))
        plain_p99.append(percentile(floor, 0.99))
        worst = sorted(zip(ours, (f"{q.text!r}{' in ' + q.state if q.state else ''}" for q in queries)),
                       reverse=True)[:3]
    pack.close()
    plain.close()
    return {
        "search_p50_ms_100k": statistics.median(ours_p50),
        "search_p99_ms_100k": statistics.median(ours_p99),
        "fts5_plain_p50_ms_100k": statistics.median(plain_p50),
        "fts5_plain_p99_ms_100k": statistics.median(plain_p99),
        "search_ratio_vs_fts5": statistics.median(ours_p50) / statistics.median(plain_p50),
        "search_slowest": ", ".join(f"{text} {ms:.1f} ms" for ms, text in worst),
    }


# -- start-up ----------------------------------------------------------------------------------


def time_startup(app_pack: Path, runs: int) -> dict[str, float]:
    """``python main.py`` to its first frame, against the bare window, interleaved run by run.

    startup_ratio is the start of an installed app: the guide's modules compiled once, as pip, the
    frozen build and any second start of a source checkout have them (the first start writes them;
    here into a cache of this benchmark, whatever PYTHONDONTWRITEBYTECODE says). startup_ratio_no_bytecode
    is the start in a shell that never keeps bytecode (PYTHONDONTWRITEBYTECODE=1 on a fresh checkout):
    every guide module compiled from source at each start, while Python's and PySide6's own modules
    keep theirs, as they would on such a machine.
    """
    import shutil

    from first_frame import first_frame_seconds

    command = [sys.executable, str(ROOT / "main.py"), "--pack", str(app_pack)]
    compiled_cache = HERE / ".cache" / "pycache"
    compiled_env = {key: value for key, value in QT_ENV.items() if key != "PYTHONDONTWRITEBYTECODE"}
    compiled_env["PYTHONPYCACHEPREFIX"] = str(compiled_cache)
    first_frame_seconds(command, compiled_env)  # writes the bytecode of everything the start imports
    # The same cache without the guide's own bytecode, and nothing written to it.
    source_cache = HERE / ".cache" / "pycache-no-guide"
    shutil.rmtree(source_cache, ignore_errors=True)
    shutil.copytree(compiled_cache, source_cache)
    shutil.rmtree(source_cache / ROOT.relative_to(ROOT.anchor) / "guide", ignore_errors=True)
    source_env = dict(compiled_env, PYTHONPYCACHEPREFIX=str(source_cache), PYTHONDONTWRITEBYTECODE="1")

    commands = {
        "app": (command, compiled_env),
        "app_no_bytecode": (command, source_env),
        "bare": ([sys.executable, str(HERE / "bare_window.py")], compiled_env),
        # The guide's first screen in plain PySide6, no guide code: what that screen costs by itself.
        "same_screen": ([sys.executable, str(HERE / "first_screen_floor.py"), str(app_pack)], compiled_env),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, (argv, env) in commands.items():
        first_frame_seconds(argv, env)  # warm the file cache
    for _ in range(runs):
        for name, (argv, env) in commands.items():
            times[name].append(first_frame_seconds(argv, env))
    median = {name: statistics.median(values) for name, values in times.items()}

    def ratio(name: str) -> float:
        # Each start over the bare window's start of the same round, a second apart: the machine's
        # speed drifts over a run by more than the difference being measured, and a ratio of two
        # medians taken over the whole run let that drift in.
        return statistics.median(app / bare for app, bare in zip(times[name], times["bare"], strict=True))

    return {
        "startup_ms": median["app"] * 1000,
        "startup_floor_ms": median["bare"] * 1000,
        "startup_ratio": ratio("app"),
        "startup_ms_no_bytecode": median["app_no_bytecode"] * 1000,
        "startup_ratio_no_bytecode": ratio("app_no_bytecode"),
        "startup_same_screen_ms": median["same_screen"] * 1000,
        "startup_same_screen_ratio": ratio("same_screen"),
    }


# -- the window --------------------------------------------------------------------------------


def time_window(pack: Path, runs: int) -> dict[str, object]:
    done = subprocess.run([sys.executable, str(HERE / "ui_probe.py"), "--pack", str(pack), "--runs", str(runs)],
                          env=QT_ENV, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        raise RuntimeError(lines[-1] if lines else f"exit {done.returncode}")
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    filters: dict[str, float] = probe["filter_ms"]
    worst_filter = max(filters, key=filters.__getitem__)
    return {
        "ui_block_ms_p99": percentile(probe["ui_block_ms"], 0.99),
        "ui_block_ms_p50": percentile(probe["ui_block_ms"], 0.5),
        "filter_ms_100k": filters[worst_filter],
        "filter_worst_change": worst_filter,
        "filter_ms_each": {name: round(ms, 1) for name, ms in filters.items()},
        "rss_mb_100k": probe["rss_mb"],
        "pdf_ms": probe["pdf_ms"],
    }


def attempt(name: str, measure: Callable[[], dict], pending: dict[str, str]) -> dict:  # type: ignore[type-arg]
    """Run one group of measurements; a failure (e.g. the window in the middle of a change) is
    reported as pending with its reason instead of ending the run."""
    try:
        return measure()
    except Exception as exc:  # noqa: BLE001 - any failure is reported, never a traceback
        pending[name] = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        return {}


# -- report ------------------------------------------------------------------------------------


def table(figures: dict[str, object], pending: dict[str, str]) -> str:
    lines = [f"{'figure':<26}{'value':>12}  {'target':<10}{'met':<5}"]
    for key, value in figures.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            continue
        target = TARGETS.get(key)
        met = "" if target is None else ("yes" if value <= target else "NO")
        lines.append(f"{key:<26}{value:>12.2f}  {('<= ' + str(target)) if target else '':<10}{met:<5}")
    for key, value in figures.items():
        if isinstance(value, (str, dict)):
            lines.append(f"{key}: {value}")
    for name, reason in pending.items():
        lines.append(f"pending {name}: {reason}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--organizations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--startup-runs", type=int, default=41,
                        help="start-ups of each program; a start takes a quarter second, and a median of a few "
                             "of them moves by a tenth of the ratio on a shared machine")
    parser.add_argument("--rebuild", action="store_true", help="build the big pack again")
    parser.add_argument("--cache", type=Path, default=HERE / ".cache")
    parser.add_argument("--skip", default="", help="comma-separated: startup,search,window")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))

    base = content_base()
    pack, build = prepare_pack(args.cache, args.organizations, args.rebuild, base)
    app_pack, _ = prepare_pack(args.cache, 0, args.rebuild, base)  # the guide's own content alone
    figures: dict[str, object] = {
        "organizations": args.organizations,
        "build_s_100k": float(build["build_s"]),
        "pack_mb_100k": pack.stat().st_size / 1e6,
    }
    pending: dict[str, str] = {}
    if "search" not in skip:
        figures.update(attempt("search", lambda: time_search(pack, args.runs), pending))
    if "startup" not in skip:
        figures.update(attempt("startup", lambda: time_startup(app_pack, args.startup_runs), pending))
    if "window" not in skip:
        figures.update(attempt("window", lambda: time_window(pack, max(1, args.runs // 2)), pending))
    figures["content_base"] = str(build.get("base", base.relative_to(ROOT)))
    figures["build_cached"] = "yes (--rebuild to time it again)" if build.get("cached") else "no"
    if args.json:
        print(json.dumps({**figures, "pending": pending}, indent=2))
    else:
        print(table(figures, pending))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
