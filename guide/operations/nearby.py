"""Near me and open now: the organizations with a place within reach of a ZIP code, nearest first,
and those that serve the ZIP's area from afar (hotlines, statewide services), each with whether it
is open at an instant in its own time zone. Called by `search --near`, the handout and the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from guide.hours.open_at import UNKNOWN, OpenState, open_state
from guide.nearby.zip_points import ZipPoint, zip_point
from guide.operations.errors import RequestError
from guide.store import Pack
from guide.store.directory import OrganizationFilter

DEFAULT_MILES = 25.0


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


def find_nearby(pack: Pack, zip_text: str, miles: float = DEFAULT_MILES, flt: OrganizationFilter | None = None,
                at: datetime | None = None, open_only: bool = False) -> NearbyResult:
    """What is within ``miles`` of the ZIP code and passes ``flt``. ``at`` is an aware instant, or
    naive for the same wall-clock time everywhere; with ``open_only`` only places open then are
    kept (unknown hours are not "open")."""
    if miles <= 0:
        raise RequestError(f"the distance must be more than 0 miles (got {miles:g})")
    try:
        point = zip_point(zip_text)
    except ValueError as exc:
        raise RequestError(str(exc)) from None
    flt = flt or OrganizationFilter()
    allowed = set(pack.organization_ids(flt)) if flt != OrganizationFilter() else None
    queries = pack.nearby()
    nearest: dict[int, tuple[float, str, str, bool, str, int]] = {}
    for near in queries.locations_near(point.latitude, point.longitude, miles):
        if (allowed is None or near.organization_id in allowed) and near.organization_id not in nearest:
            nearest[near.organization_id] = (near.miles, near.name, near.location_key, near.approximate,
                                             near.time_zone, near.location_id)
    serving_ids = [org_id for org_id in queries.serving_from_afar(flt.state or point.state)
                   if allowed is None or org_id in allowed]
    hours = queries.organization_hours([*nearest, *serving_ids])
    rows = pack.organization_rows([*nearest, *serving_ids])
    when = at or datetime.now().astimezone()

    def state_of(org_id: int, location_id: int | None, zone_name: str) -> OpenState:
        org_hours = hours.get(org_id)
        if org_hours is None:
            return UNKNOWN
        zone = _zone(zone_name, point.time_zone)
        lines = org_hours.for_location(location_id)
        if zone is None:
            return _state_at(UNKNOWN, org_hours.always_open)
        instant = when if when.tzinfo else when.replace(tzinfo=zone)
        return _state_at(open_state(lines, instant, zone), org_hours.always_open)

    places = [NearbyHit(org_id, rows[org_id].name, name, key, distance, approximate,
                        state_of(org_id, location_id, zone))
              for org_id, (distance, name, key, approximate, zone, location_id) in nearest.items()]
    serving = [NearbyHit(org_id, rows[org_id].name, "", "", None, False, state_of(org_id, None, point.time_zone))
               for org_id in serving_ids]
    if open_only:
        places = [h for h in places if h.state.open]
        serving = [h for h in serving if h.state.open]
    # Those serving the state itself before the nationwide ones, each by name.
    serving.sort(key=lambda h: (point.state not in rows[h.organization_id].areas,
                                rows[h.organization_id].name.casefold()))
    return NearbyResult(point, miles, tuple(places), tuple(serving))
