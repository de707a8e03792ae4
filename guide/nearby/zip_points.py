"""U.S. ZIP codes as points, from the ``zipcodes`` package, which ships its data inside its wheel
(USPS ZIP list, GeoNames coordinates under CC BY 4.0, unitedstateszipcodes.org; see the About box)
and never downloads anything.

Its data loads on the first lookup (about 0.2 s), so the window looks a ZIP up only when asked.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

ZIP = re.compile(r"\s*(\d{5})(?:[-\s]?\d{4})?\s*")


class ZipError(ValueError):
    """A ZIP code that is malformed or not a U.S. ZIP code; its message is one line for the user."""


@dataclass(frozen=True)
class ZipPoint:
    zip_code: str
    latitude: float
    longitude: float
    city: str
    state: str
    county: str
    time_zone: str  # an IANA name, e.g. "Pacific/Honolulu"; "" when the data has none


def five_digits(text: str) -> str | None:
    """The five-digit ZIP in ``text`` ("96813", "96813-1234"), or None when it is not one."""
    match = ZIP.fullmatch(text)
    return match.group(1) if match else None


@cache
def zip_point(text: str) -> ZipPoint:
    """The centroid of a ZIP code; raises ZipError when there is none."""
    code = five_digits(text)
    if code is None:
        raise ZipError(f"{text.strip()!r} is not a ZIP code (five digits, e.g. 96813)")
    import zipcodes  # its Rust module is small; its data is decompressed on the first query

    found = [z for z in zipcodes.matching(code) if z.get("lat") and z.get("long")]
    if not found:
        raise ZipError(f"{code} is not a known U.S. ZIP code")
    z = found[0]
    return ZipPoint(code, float(z["lat"]), float(z["long"]), z.get("city", ""), z.get("state", ""),
                    z.get("county", ""), z.get("timezone", ""))


def known_point(text: str) -> ZipPoint | None:
    """As zip_point, or None: for ZIPs in a directory's addresses, which may be wrong or foreign."""
    try:
        return zip_point(text)
    except ZipError:
        return None


@cache
def state_time_zone(state: str) -> str:
    """The time zone most of a state's ZIP codes are in ("TX" -> "America/Chicago"); "" if unknown."""
    import zipcodes

    zones = Counter(z.get("timezone", "") for z in zipcodes.filter_by(state=state.upper()))
    zones.pop("", None)
    return zones.most_common(1)[0][0] if zones else ""
