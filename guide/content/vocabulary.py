"""Closed vocabularies the validator checks against."""

from guide.languages import LANGUAGE_NAMES

__all__ = ["AREA_CODES", "AUDIENCES", "LANGUAGE_NAMES", "LINK_KINDS", "PHONE_KINDS", "US_STATES"]

US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC "
    "PR GU VI AS MP".split()
)
AREA_CODES = US_STATES | {"US", "international"}

PHONE_KINDS = frozenset({"voice", "sms", "tty", "fax"})
LINK_KINDS = frozenset({"report", "video", "map", "website"})
AUDIENCES = frozenset({"general", "educators", "outreach", "students", "survivors"})
