"""Time opening one large organization on the organizations page (issue #15: 50 services and 100
locations open in under 50 ms).

    python benchmarks/organization_open.py [--services 50] [--locations 100] [--runs 21]

Writes a pack in a temporary folder: the guide's own resources/ plus one generated organization
whose services each have hours for the week, two phones, eligibility, fees and languages, and whose
locations each have an address, transit and accessibility notes. Runs offscreen. One opening is
from the click on its row to the pane painted: the store's read, the widgets, their layout at the
pane's width and the paint. Prints the median and the spread, and the store's share.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.content import check_resources, write_pack  # noqa: E402
from guide.content.records import (  # noqa: E402
    Address,
    Location,
    OrganizationRecord,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Source,
)

KEY = "bench-large-organization"


def large_organization(services: int, locations: int) -> OrganizationRecord:
    places = tuple(Location(
        key=f"loc-{n}", name=f"Drop-in center {n}", transportation=f"Bus {n % 40} to Main St; parking behind",
        accessibility="Step-free entrance; elevator to the second floor",
        latitude=25.7 + n / 1000, longitude=-80.2 - n / 1000, languages=("en", "es"),
        addresses=(Address("physical", f"{100 + n} Main Street", "Suite 2", "Miami", state="FL",
                           postal_code="33101"),),
        schedules=tuple(Schedule(day, "08:00", "20:00") for day in range(1, 6)),
        phones=(Phone(f"305-555-{n:04d}", "voice", "", False, "Front desk", "hsds:bench"),))
        for n in range(locations))
    offered = tuple(Service(
        key=f"svc-{n}", name=f"Service {n}: case management and safety planning",
        description="Confidential help for survivors: safety planning, referrals to shelter and legal aid, "
                    "and accompaniment to appointments. " * 2,
        eligibility="Adults 18 and older who have experienced trafficking", fees="Free",
        application_process="Call or walk in; an advocate answers", languages=("en", "es", "ht"),
        interpretation="Interpretation by phone for other languages", minimum_age=18,
        phones=(Phone(f"305-555-{n:04d}", "voice", "", False, "", "hsds:bench", extension=str(n)),
                Phone(f"305-555-9{n:03d}", "fax", "", False, "", "hsds:bench")),
        schedules=(*(Schedule(day, "09:00", "17:00") for day in range(1, 6)), Schedule(6, "22:00", "02:00"),
                   Schedule(7, "", "", closed=True)),
        locations=(ServiceAtLocation(f"loc-{n % max(locations, 1)}"),) if locations else (),
        assured_date="2025-05-01", last_modified="2025-06-01")
        for n in range(services))
    return OrganizationRecord(
        key=KEY, name="A large organization", alternate_name="", description="Generated for the benchmark.",
        categories=(), website="https://example.org", email="help@example.org",
        phones=(Phone("1-800-555-0100", "hotline", "24/7", True, "", "https://example.org"),),
        areas=("FL",), languages=("en",), language_note="", sources=(Source("Example", "Bench", 2025, ""),),
        verified="2025-06-01", services=offered, locations=places)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50)
    parser.add_argument("--locations", type=int, default=100)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()

    from guide.store import Pack
    from guide.ui.app import application
    from guide.ui.pages.organization_widgets import Fold
    from guide.ui.pages.organizations import OrganizationsPage

    content = check_resources(ROOT / "resources")
    content = dataclasses.replace(content, organizations=(
        *content.organizations, large_organization(args.services, args.locations)))
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        path = write_pack(content, Path(folder) / "large.pack").path
        with Pack.open(path) as pack:
            page = OrganizationsPage(pack)
            page.resize(1024, 560)
            page.show()
            page.apply_filter()
            app.processEvents()
            org_id = pack.organization_id(KEY)
            other_id = pack.organization_id(content.organizations[0].key)
            assert org_id is not None and other_id is not None
            opening, reading, complete = [], [], []
            for _ in range(args.runs):
                page.show_organization(other_id)  # a small one in between, as a user moves through the list
                app.processEvents()
                start = time.perf_counter()
                pack.organization(org_id)
                reading.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                page.table.selectRow(page.model.row_of(org_id))  # the click: selection -> read -> widgets
                page.detail.widget().layout().activate()
                page.detail.viewport().repaint()
                opening.append((time.perf_counter() - start) * 1000)
                assert page.detail.organization is not None and page.detail.organization.key == KEY
                folds = page.detail.widget().findChildren(Fold)
                start = time.perf_counter()
                folds[len(folds) // 2].set_open(True)  # one service or location opened in full
                page.detail.widget().layout().activate()
                page.detail.viewport().repaint()
                complete.append((time.perf_counter() - start) * 1000)
            widgets = len(page.detail.widget().findChildren(object))
    print(f"organization with {args.services} services and {args.locations} locations ({widgets} objects), "
          f"{args.runs} openings:")
    print(f"  open (select -> painted)   median {statistics.median(opening):6.1f} ms   "
          f"min {min(opening):6.1f}   max {max(opening):6.1f}")
    print(f"  open one folded section    median {statistics.median(complete):6.1f} ms   "
          f"min {min(complete):6.1f}   max {max(complete):6.1f}")
    print(f"  Pack.organization alone    median {statistics.median(reading):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
