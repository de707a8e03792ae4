"""Great-circle distances in miles, and the latitude/longitude box around a radius (for the index)."""

from __future__ import annotations

import math

EARTH_RADIUS_MILES = 3956.0  # the radius the ZIP package's haversine uses, so the box holds its circle
MILES_PER_DEGREE = math.radians(1) * EARTH_RADIUS_MILES  # of latitude


def miles_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The haversine distance, from the ZIP package (its compiled code: fast over many candidates)."""
    import zipcodes

    return float(zipcodes.haversine(lon1, lat1, lon2, lat2))


def bounding_box(lat: float, lon: float, miles: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) holding every point within ``miles`` (wider near the poles,
    whole longitudes when the circle reaches one)."""
    dlat = math.degrees(miles / EARTH_RADIUS_MILES)
    min_lat, max_lat = lat - dlat, lat + dlat
    if max_lat >= 90 or min_lat <= -90:
        return max(min_lat, -90.0), min(max_lat, 90.0), -180.0, 180.0
    dlon = math.degrees(math.asin(min(1.0, math.sin(math.radians(dlat)) / math.cos(math.radians(lat)))))
    return min_lat, max_lat, lon - dlon, lon + dlon
