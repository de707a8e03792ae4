"""`search --near ZIP`: organizations with a place near a ZIP code, and those serving its area."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from guide.hours.open_at import OpenState
from guide.operations import filters
from guide.operations.errors import RequestError
from guide.operations.nearby import DEFAULT_MILES, NearbyHit, find_nearby, parse_instant
from guide.operations.packs import open_pack
from guide.store.directory import OrganizationFilter

AROUND_THE_CLOCK = "24 hours"


def _clock(moment: datetime) -> str:
    return moment.strftime("%a %H:%M")


def hours_words(state: OpenState) -> tuple[str, str]:
    """(opens, closes) as text: "Mon 09:00" when closed and opening later; the closing time when open."""
    if state.open:
        return "", _clock(state.until) if state.until else AROUND_THE_CLOCK
    if state.open is False:
        return (_clock(state.next_opening) if state.next_opening else ""), ""
    return "", ""


def _json(hit: NearbyHit, serving: bool) -> dict[str, object]:
    opens, closes = hours_words(hit.state)
    return {"kind": "organization", "ref": str(hit.organization_id), "title": hit.name, "location": hit.location,
            "distance_miles": None if hit.miles is None else round(hit.miles, 1), "approximate": hit.approximate,
            "serves_area": serving, "open": hit.state.open, "opens": opens, "closes": closes}


def _line(hit: NearbyHit) -> str:
    where = f"{hit.miles:5.1f} mi{'*' if hit.approximate else ' '}" if hit.miles is not None else "serves area"
    opens, closes = hours_words(hit.state)
    if hit.state.open is None:
        when = "hours unknown"
    else:
        open_words = "open 24 hours" if closes == AROUND_THE_CLOCK else f"open, closes {closes}"
        when = open_words if hit.state.open else (f"closed, opens {opens}" if opens else "closed")
    place = f" ({hit.location})" if hit.location else ""
    return f"{where:<12} {hit.name}{place}  [{hit.organization_id}]  {when}"


def search_nearby(args: argparse.Namespace) -> int:
    if not args.near:
        raise RequestError("--within, --open-now and --open-at need --near ZIP")
    at = parse_instant(args.open_at) if args.open_at else None
    miles = DEFAULT_MILES if args.within is None else args.within
    filters.check_limit(args.limit)
    with open_pack(args.pack) as pack:
        flt = filters.organization_filter(pack, args.state, args.category, args.language)
        flt = OrganizationFilter(text=" ".join(args.query), state=flt.state, category=flt.category,
                                 language=flt.language)
        result = find_nearby(pack, args.near, miles, flt, at, open_only=bool(args.open_now or args.open_at),
                             limit=args.limit)
    places, serving = result.places, result.serving
    if args.json:
        print(json.dumps([*(_json(h, False) for h in places), *(_json(h, True) for h in serving)],
                         indent=2, ensure_ascii=False))
        return 0
    point = result.point
    if args.open_now or args.open_at:
        shown = f", {len(places)} of them open then" + (" (the nearest)" if len(places) == args.limit else "")
    else:
        shown = f", the nearest {len(places)}" if result.places_within > len(places) else ""
    print(f"near {point.zip_code} ({point.city}, {point.state}), within {miles:g} miles: "
          f"{result.places_within} with a place{shown}")
    if not places and not serving:
        print("no results")
    for hit in places:
        print(_line(hit))
    if serving:
        print("serving this area from elsewhere (no place near):")
        for hit in serving:
            print(_line(hit))
    if any(h.approximate for h in places):
        print("* distance to the ZIP code's centre: the place has no map position of its own")
    return 0
