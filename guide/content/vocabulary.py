"""Closed vocabularies the validator checks against."""

from guide.languages import LANGUAGE_NAMES, STATE_NAMES
from guide.packformat.directory_values import PHONE_KINDS

__all__ = ["AREA_CODES", "AUDIENCES", "LANGUAGE_NAMES", "LINK_KINDS", "PHONE_KINDS", "US_STATES"]

US_STATES = frozenset(STATE_NAMES)  # the states, DC and the inhabited territories
AREA_CODES = US_STATES | {"US", "international"}

LINK_KINDS = frozenset({"report", "video", "map", "website"})
AUDIENCES = frozenset({"general", "educators", "outreach", "students", "survivors"})
