"""How long an HSDS directory of 100 000 services takes to import into a pack, and its peak memory.

    python benchmarks/hsds_import.py [--services 100000] [--keep DIR]

Writes a synthetic HSDS 3.0 data package (4 services per organization, each with a phone, a
weekday schedule, a service area, a language and a category attribute, offered at a location of
its own with a physical address), then runs ``import-hsds`` on it in a fresh process and prints a
table. Target (issues #9 and #15): under 30 s and under 500 MB peak. A directory this large has its tables
parsed ahead and its rows inserted by second processes (guide.hsds.read_ahead, guide.content.row_inserts):
the larger of their peaks is given beside.
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STATES = ["TX", "CA", "NY", "FL", "IL", "WA", "GA", "OH"]
TERMS = [("hotline", "Hotlines"), ("legal", "Legal help"), ("shelter", "Shelter"), ("food", "Food pantry")]


def _write(folder: Path, name: str, header: list[str], rows) -> None:  # type: ignore[no-untyped-def]
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def make_directory(folder: Path, services: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    organizations = services // 4
    _write(folder, "organizations.csv", ["id", "name", "description", "email", "website"],
           ([f"o{i}", f"Organization {i}", f"Helps people in community {i % 997}.", f"info{i}@example.org",
             f"https://example.org/o{i}"] for i in range(organizations)))
    _write(folder, "services.csv", ["id", "organization_id", "name", "description", "status", "assured_date"],
           ([f"s{i}", f"o{i // 4}", f"Service {i}", f"Counselling and referrals, programme {i % 53}.", "active",
             f"2025-{1 + i % 12:02d}-01"] for i in range(services)))
    _write(folder, "locations.csv", ["id", "organization_id", "name", "latitude", "longitude"],
           ([f"loc{i}", f"o{i // 4}", f"Office {i}", f"{30 + i % 10}.5", f"-{90 + i % 10}.25"]
            for i in range(services)))
    _write(folder, "address.csv", ["id", "location_id", "address_1", "city", "state_province", "postal_code",
                                   "country", "address_type"],
           ([f"ad{i}", f"loc{i}", f"{i} Main Street", f"City {i % 500}", STATES[i % len(STATES)], "10001", "US",
             "physical"] for i in range(services)))
    _write(folder, "service_at_location.csv", ["id", "service_id", "location_id"],
           ([f"sal{i}", f"s{i}", f"loc{i}"] for i in range(services)))
    _write(folder, "phones.csv", ["id", "service_id", "number", "type", "description"],
           ([f"p{i}", f"s{i}", f"212-555-{i % 10000:04d}", "voice" if i % 5 else "text", "Intake"]
            for i in range(services)))
    _write(folder, "schedules.csv", ["id", "service_id", "freq", "byday", "opens_at", "closes_at"],
           ([f"h{i}", f"s{i}", "WEEKLY", "MO,TU,WE,TH,FR", "09:00", "17:00"] for i in range(services)))
    _write(folder, "service_areas.csv", ["id", "service_id", "name"],
           ([f"a{i}", f"s{i}", STATES[i % len(STATES)]] for i in range(services)))
    _write(folder, "languages.csv", ["id", "service_id", "name", "code"],
           ([f"l{i}", f"s{i}", "Spanish", "es"] for i in range(services)))
    _write(folder, "taxonomy_terms.csv", ["id", "code", "name", "description"],
           ([f"t{j}", code, name, name] for j, (code, name) in enumerate(TERMS)))
    _write(folder, "attributes.csv", ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity"],
           ([f"x{i}", f"s{i}", f"t{i % len(TERMS)}", "category", "service"] for i in range(services)))


class ChildPeak:
    """The largest peak resident memory (VmHWM) of this process's children, read from /proc every tenth
    of a second. Not getrusage(RUSAGE_CHILDREN): it counts a child's moment between fork and exec, when
    every page of this process is mapped into it (shared, not copied), as the child's own."""

    def __init__(self) -> None:
        self.kilobytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.1):
            for children in Path("/proc/self/task").glob("*/children"):
                for pid in children.read_text().split():
                    try:
                        status = Path(f"/proc/{pid}/status").read_text()
                    except OSError:
                        continue
                    for line in status.splitlines():
                        if line.startswith("VmHWM:"):
                            self.kilobytes = max(self.kilobytes, int(line.split()[1]))

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.kilobytes / 1024


def run_import(directory: Path, base: Path, out: Path) -> None:
    """In this (fresh) process: import and report time and peak memory on stdout."""
    from guide.hsds.packbuild import import_to_pack

    children = ChildPeak()
    start = time.perf_counter()
    built, result = import_to_pack(directory, out, base)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The second processes (guide.hsds.read_ahead, guide.content.row_inserts): the larger peak of theirs.
    child_mb = children.stop()
    counts = built.counts
    print(f"{counts['services']}\t{counts['organizations']}\t{counts['locations']}\t{counts['phones']}\t"
          f"{counts['schedules']}\t{seconds:.1f}\t{peak_mb:.0f}\t{child_mb:.0f}\t{out.stat().st_size / 1e6:.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the directory and pack here instead of a temp folder")
    parser.add_argument("--child", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_import(*args.child)
        return 0
    from guide.content import build_pack

    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        start = time.perf_counter()
        make_directory(work / "directory", args.services)
        made = time.perf_counter() - start
        base = build_pack(ROOT / "tests" / "fixtures" / "mini", work / "base.pack").path
        line = subprocess.run([sys.executable, __file__, "--child", str(work / "directory"), str(base),
                               str(work / "imported.pack")], check=True, capture_output=True, text=True).stdout
        services, organizations, locations, phones, schedules, seconds, peak, child, size = line.split()
        print(f"synthetic directory written in {made:.1f} s")
        print("| services | organizations | locations | phones | schedules | import + pack (s) | peak memory (MB) "
              "| second processes' peak (MB) | pack (MB) |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        print(f"| {services} | {organizations} | {locations} | {phones} | {schedules} | {seconds} | {peak} | {child} "
              f"| {size} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
