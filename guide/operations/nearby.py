"""Near me and open now: the organizations with a place within reach of a ZIP code, nearest first,
and those that serve the ZIP's area from afar (hotlines, statewide services), each with whether it
is open at an instant in its own time zone. Called by `search --near`, the handout and the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from guide.hours.open_at import UNKNOWN, OpenState, open_state
from guide.nearby.zip_points import ZipPoint, zip_point
from guide.operations.errors import RequestError
from guide.store import Pack
from guide.store.directory import OrganizationFilter
from guide.store.nearby_sql import NearbyQueries, NearLocation, OrganizationHours

DEFAULT_MILES = 25.0
DEFAULT_LIMIT = 50
HOURS_BATCH = 50  # organizations whose schedules are read in one query
# Locations read from the index at a time, nearest first. With a filter the page holds only
# those passing it (tested in the same query), so one page usually holds a result's worth.
LOCATIONS_PAGE = 200


@dataclass(frozen=True)
class NearbyHit:
    organization_id: int
    name: str
    location: str  # the nearest location's name; "" for an organization that serves the area from afar
    location_key: str
    miles: float | None  # None for one that serves the area from afar
    approximate: bool  # the distance is to the location's ZIP code's centroid
    state: OpenState


@dataclass(frozen=True)
class NearbyResult:
    point: ZipPoint
    miles: float
    places: tuple[NearbyHit, ...]  # a place to go, nearest first
    serving: tuple[NearbyHit, ...]  # no place near, but their service area covers the point
    places_within: int = 0  # organizations with a place within the distance, before the limit and open-now


def parse_instant(text: str) -> datetime:
    """``YYYY-MM-DDTHH:MM`` as the user's local time (naive: each place reads it on its own clock)."""
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%dT%H:%M")
    except ValueError:
        raise RequestError(f"{text!r} is not a time (write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-02T09:30)") from None


def _zone(name: str, fallback: str) -> ZoneInfo | None:
    for candidate in (name, fallback):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def _state_at(schedules_state: OpenState, always_open: bool) -> OpenState:
    if schedules_state.open is None and always_open:
        return OpenState(True)
    return schedules_state


class _Hours:
    """Open states of organizations at one instant, their schedules read a batch at a time."""

    def __init__(self, queries: NearbyQueries, point: ZipPoint, at: datetime | None) -> None:
        self._queries = queries
        self._point = point
        self._when = at or datetime.now().astimezone()
        self._hours: dict[int, OrganizationHours] = {}

    def load(self, org_ids: list[int]) -> None:
        wanted = [org_id for org_id in org_ids if org_id not in self._hours]
        if wanted:
            found = self._queries.organization_hours(wanted)
            self._hours.update({org_id: found.get(org_id, OrganizationHours()) for org_id in wanted})

    def state(self, org_id: int, location_id: int | None, zone_name: str) -> OpenState:
        org_hours = self._hours[org_id]
        zone = _zone(zone_name, self._point.time_zone)
        if zone is None:
            return _state_at(UNKNOWN, org_hours.always_open)
        instant = self._when if self._when.tzinfo else self._when.replace(tzinfo=zone)
        return _state_at(open_state(org_hours.for_location(location_id), instant, zone), org_hours.always_open)


def _nearest_organizations(queries: NearbyQueries, point: ZipPoint, miles: float) -> Iterator[NearLocation]:
    """Each organization's nearest location, nearest first, read a page at a time."""
    seen: set[int] = set()
    offset = 0
    while True:
        page = queries.locations_near(point.latitude, point.longitude, miles, LOCATIONS_PAGE, offset)
        for near in page:
            if near.organization_id not in seen:
                seen.add(near.organization_id)
                yield near
        if len(page) < LOCATIONS_PAGE:
            return
        offset += LOCATIONS_PAGE


def _kept(candidates: Iterable[tuple[int, NearLocation | None]], hours: _Hours, zone: str, open_only: bool,
          limit: int) -> list[tuple[int, NearLocation | None, OpenState]]:
    """Up to ``limit`` of the candidates with their open state (only the open ones with ``open_only``),
    hours read for a batch of candidates at a time."""
    kept: list[tuple[int, NearLocation | None, OpenState]] = []
    iterator = iter(candidates)
    while len(kept) < limit and (batch := list(islice(iterator, HOURS_BATCH))):
        hours.load([org_id for org_id, _ in batch])
        for org_id, near in batch:
            state = hours.state(org_id, near.location_id if near else None, near.time_zone if near else zone)
            if not open_only or state.open:
                kept.append((org_id, near, state))
                if len(kept) == limit:
                    break
    return kept


def find_nearby(pack: Pack, zip_text: str, miles: float = DEFAULT_MILES, flt: OrganizationFilter | None = None,
                at: datetime | None = None, open_only: bool = False, limit: int = DEFAULT_LIMIT) -> NearbyResult:
    """The ``limit`` nearest organizations within ``miles`` of the ZIP code that pass ``flt``, and
    up to ``limit`` serving its area from afar. ``at`` is an aware instant, or naive for the same
    wall-clock time everywhere; with ``open_only`` only places open then are kept (unknown hours
    are not "open"). Locations are read a page at a time and hours judged only for the candidates
    looked at, nearest first, so a dense city costs what a page shows."""
    if miles <= 0:
        raise RequestError(f"the distance must be more than 0 miles (got {miles:g})")
    try:
        point = zip_point(zip_text)
    except ValueError as exc:
        raise RequestError(str(exc)) from None
    flt = flt or OrganizationFilter()
    filtering = flt != OrganizationFilter()
    with pack.nearby(flt) as queries:
        hours = _Hours(queries, point, at)
        places = _kept(((near.organization_id, near) for near in _nearest_organizations(queries, point, miles)),
                       hours, point.time_zone, open_only, limit)
        serving_ids = queries.serving_from_afar(flt.state or point.state, point.county)
        serving = _kept(((org_id, None) for org_id in serving_ids), hours, point.time_zone, open_only, limit)
        within = None if filtering else queries.organizations_near(point.latitude, point.longitude, miles)
        names = queries.location_names([near.location_id for _, near, _ in places if near is not None])
    rows = pack.organization_rows([org_id for org_id, _, _ in (*places, *serving)])
    place_hits = [NearbyHit(org_id, rows[org_id].name, names[near.location_id][1], names[near.location_id][0],
                            near.miles, near.approximate, state) for org_id, near, state in places if near]
    serving_hits = [NearbyHit(org_id, rows[org_id].name, "", "", None, False, state) for org_id, _, state in serving]
    # Those serving the state itself before the nationwide ones, each by name.
    serving_hits.sort(key=lambda h: (point.state not in rows[h.organization_id].areas,
                                     rows[h.organization_id].name.casefold()))
    return NearbyResult(point, miles, tuple(place_hits), tuple(serving_hits),
                        places_within=len(place_hits) if within is None else max(within, len(place_hits)))
