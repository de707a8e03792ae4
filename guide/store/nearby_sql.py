"""Near-me queries of a pack: locations within a radius (through the R*Tree location_point) and
the schedules that say when they are open. Which of them is open is guide.hours' to say.
Each function takes the pack's own fetch (Pack.fetch_sql's shape); this module loads with the
first near-me search, not with the pack.

The R*Tree gives the locations in the box around the circle, SQLite ranks them and hands over a
page at a time; their exact great-circle distance then keeps those inside the circle. 25 miles
around Manhattan hold some 2 000 of 100 000 synthetic locations; a page is 200.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from guide.nearby.distance import MILES_PER_DEGREE, bounding_box, miles_between
from guide.packformat.directory_values import Schedule

Fetch = Callable[[str, Sequence[object]], list[tuple]]
# The ids that pass the directory's filter, as a subquery and its parameters (filter_sql.filtered).
Passing = tuple[str, Sequence[object]]
_BATCH = 500  # below SQLite's bound-parameter limit


@dataclass(frozen=True)
class NearLocation:
    organization_id: int
    location_id: int
    miles: float
    approximate: bool  # placed at its ZIP code's centroid, having no coordinates of its own
    time_zone: str


@dataclass
class OrganizationHours:
    """An organization's schedules by what they belong to, and whether a phone of it is always open."""

    at_location: dict[int, list[Schedule]] = field(default_factory=lambda: defaultdict(list))  # location id ->
    services: list[Schedule] = field(default_factory=list)  # its services' own, for wherever they are offered
    always_open: bool = False

    def for_location(self, location_id: int | None) -> list[Schedule]:
        """The hours that apply at a location: those given for it (its own, or its services' there),
        else its services' in general."""
        return (self.at_location.get(location_id) or self.services) if location_id is not None else self.services


def _batches(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start:start + _BATCH]


def _plane(latitude: float) -> float:
    """Miles per degree of longitude over miles per degree of latitude, at ``latitude``: within a
    hundred miles, distances on this flat map rank points as the great circle does."""
    return max(math.cos(math.radians(latitude)), 0.01)


def _passing_condition(passing: Passing | None, column: str) -> tuple[str, list[object]]:
    """`` AND column IN (the filter's ids)`` and its parameters ('' with no filter). The column is
    written ``+column`` so that SQLite tests each row against the filter's ids rather than walking
    all of them (a first letter passes most of 100 000: 29 ms a query instead of 4)."""
    if passing is None:
        return "", []
    return f" AND +{column} IN ({passing[0]})", list(passing[1])


def locations_near(fetch: Fetch, latitude: float, longitude: float, miles: float, count: int,
                   offset: int = 0, passing: Passing | None = None) -> list[NearLocation]:
    """The ``count`` locations after ``offset`` within ``miles`` of the point that ``passing`` lets
    through, nearest first. SQLite ranks the R*Tree's box by flat-map distance (plain arithmetic)
    and hands over one page; the exact great-circle distance then decides who is inside. The filter
    is tested in the same statement: SQLite runs its (FTS) query once per page, not once per batch
    of candidates handed back to it."""
    min_lat, max_lat, min_lon, max_lon = bounding_box(latitude, longitude, miles)
    scale = _plane(latitude)
    condition, condition_params = _passing_condition(passing, "organization_id")
    rows = fetch("SELECT id, organization_id, min_lat, min_lon, approximate, time_zone FROM location_point "
                 f"WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?{condition} "
                 "ORDER BY ((min_lon - ?) * ?) * ((min_lon - ?) * ?) + (min_lat - ?) * (min_lat - ?), id "
                 "LIMIT ? OFFSET ?",
                 (min_lat, max_lat, min_lon, max_lon, *condition_params, longitude, scale, longitude, scale,
                  latitude, latitude, count, offset))
    near = []
    for location_id, org_id, lat, lon, approximate, zone in rows:
        distance = miles_between(latitude, longitude, lat, lon)
        if distance <= miles:
            near.append(NearLocation(org_id, location_id, distance, bool(approximate), zone))
    near.sort(key=lambda n: (n.miles, n.organization_id, n.location_id))
    return near


def organizations_near(fetch: Fetch, latitude: float, longitude: float, miles: float) -> int:
    """How many organizations have a location within ``miles`` (counted in SQLite, on the flat map)."""
    min_lat, max_lat, min_lon, max_lon = bounding_box(latitude, longitude, miles)
    scale = _plane(latitude)
    degrees = miles / MILES_PER_DEGREE
    rows = fetch("SELECT count(DISTINCT organization_id) FROM location_point "
                 "WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ? "
                 "AND ((min_lon - ?) * ?) * ((min_lon - ?) * ?) + (min_lat - ?) * (min_lat - ?) <= ?",
                 (min_lat, max_lat, min_lon, max_lon, longitude, scale, longitude, scale, latitude, latitude,
                  degrees * degrees))
    return int(rows[0][0])


def location_names(fetch: Fetch, location_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(key, name) of each location."""
    names: dict[int, tuple[str, str]] = {}
    for batch in _batches(list(location_ids)):
        marks = ",".join("?" * len(batch))
        names.update((row[0], (row[1], row[2]))
                     for row in fetch(f"SELECT id, key, name FROM location WHERE id IN ({marks})", batch))
    return names


def organization_hours(fetch: Fetch, org_ids: Sequence[int]) -> dict[int, OrganizationHours]:
    """The schedules of each organization, by location and for its services in general."""
    hours: dict[int, OrganizationHours] = defaultdict(OrganizationHours)
    for batch in _batches(list(org_ids)):
        marks = ",".join("?" * len(batch))
        place_of: dict[int, int] = dict(fetch(
            "SELECT a.id, a.location_id FROM service_at_location a JOIN service s ON s.id = a.service_id "
            f"WHERE s.organization_id IN ({marks})", batch))
        for (org_id, service_id, location_id, at_id, weekday, opens, closes, closed, valid_from,
             valid_to) in fetch("SELECT organization_id, service_id, location_id, service_at_location_id, weekday, "
                                "opens, closes, closed, valid_from, valid_to FROM schedule "
                                f"WHERE organization_id IN ({marks})", batch):
            line = Schedule(weekday, opens, closes, bool(closed), valid_from, valid_to)
            place = location_id if location_id is not None else place_of.get(at_id) if at_id is not None else None
            if place is not None:
                hours[org_id].at_location[place].append(line)
            elif service_id is not None:
                hours[org_id].services.append(line)
        for (org_id,) in fetch(f"SELECT DISTINCT organization_id FROM phone WHERE organization_id IN ({marks}) "
                               "AND always_open = 1", batch):
            hours[org_id].always_open = True
    return hours


def serving_from_afar(fetch: Fetch, state: str, county: str = "", passing: Passing | None = None) -> list[int]:
    """The organizations with no location on the map (a hotline, a service area only) that serve
    ``state``, nationwide ones included, or whose services' own words for their area name
    ``county`` ("Serves Miami-Dade County"), in id order (which is name order); with ``passing``,
    only those it lets through."""
    condition, params = _passing_condition(passing, "id")
    rows = fetch(f"SELECT id, areas FROM organization WHERE has_place = 0{condition} ORDER BY id", params)
    serving = {org_id for org_id, areas in rows if f" {state} " in areas or " US " in areas}
    if county:
        wanted = county.casefold()
        condition, params = _passing_condition(passing, "o.id")
        notes = fetch("SELECT s.organization_id, s.area_note FROM service s JOIN organization o "
                      f"ON o.id = s.organization_id WHERE o.has_place = 0 AND s.area_note != ''{condition}", params)
        serving.update(org_id for org_id, note in notes if wanted in note.casefold())
    return sorted(serving)


class NearbyQueries:
    """The near-me queries on one pack (Pack.nearby()); with ``passing``, the places and those
    serving from afar are only the organizations the directory's filter lets through."""

    def __init__(self, fetch: Fetch, passing: Passing | None = None) -> None:
        self._fetch = fetch
        self._passing = passing

    def locations_near(self, latitude: float, longitude: float, miles: float, count: int,
                       offset: int = 0) -> list[NearLocation]:
        return locations_near(self._fetch, latitude, longitude, miles, count, offset, self._passing)

    def organizations_near(self, latitude: float, longitude: float, miles: float) -> int:
        return organizations_near(self._fetch, latitude, longitude, miles)

    def organization_hours(self, org_ids: Sequence[int]) -> dict[int, OrganizationHours]:
        return organization_hours(self._fetch, org_ids)

    def location_names(self, location_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        return location_names(self._fetch, location_ids)

    def serving_from_afar(self, state: str, county: str = "") -> list[int]:
        return serving_from_afar(self._fetch, state, county, self._passing)
