"""Where a location is and which clock it keeps, for near-me and open-now search."""

from __future__ import annotations

from guide.nearby.zip_points import known_point, state_time_zone
from guide.packformat.directory_values import Location


def location_point(location: Location) -> tuple[float, float, bool] | None:
    """(latitude, longitude, approximate): its own coordinates, else the centroid of the ZIP code of
    its first address that has a known one (approximate); None when neither is there."""
    if location.latitude is not None and location.longitude is not None:
        return location.latitude, location.longitude, False
    for address in location.addresses:
        if address.postal_code and (point := known_point(address.postal_code)):
            return point.latitude, point.longitude, True
    return None


def location_time_zone(location: Location) -> str:
    """The IANA zone of its address's ZIP code, else the main zone of its state; "" when unknown."""
    for address in location.addresses:
        if address.postal_code and (point := known_point(address.postal_code)) and point.time_zone:
            return point.time_zone
    for address in location.addresses:
        if address.state and (zone := state_time_zone(address.state)):
            return zone
    return ""
