"""What the guide's directory holds that HSDS 3.0 has no column for, and how it travels in a data
package: as attributes (HSDS's ``attribute`` table) whose terms belong to the guide's own taxonomy,
so that importing an exported package gives back the same values.

The exporter writes them (guide.hsds.export_rows) and the importer reads them back
(guide.hsds.map_guide_terms); each term's description is also written into the package.
"""

from __future__ import annotations

DETAILS_TAXONOMY = "Offline guide details"

PHONE_HOURS, PHONE_ALWAYS_OPEN, PHONE_SOURCE = "phone-hours", "phone-always-open", "phone-source"
PHONE_KIND = "phone-kind"  # the guide's phone kind where HSDS's type says less ("hotline" is a voice line)
# The phone's details the importer keeps with the phone (guide.hsds.assemble reads them).
PHONE_DETAILS = (PHONE_HOURS, PHONE_ALWAYS_OPEN, PHONE_SOURCE, PHONE_KIND)
# A service that stands for its organization: HSDS hangs service areas, languages, interpretation
# and an assured date on services only, so a guide organization's own ones go on a service of the
# organization's name. An importer that knows this term folds it back into the organization.
ORGANIZATION_ITSELF = "organization-itself"
SCHEDULE_CLOSED = "schedule-closed"  # "true": closed on those dates or that weekday (HSDS 3.0 has no column)
SERVICE_WAIT_TIME = "service-wait-time"
SERVICE_LAST_MODIFIED = "service-last-modified"
# An address missing a part HSDS requires (address_1, city, state_province, postal_code, country):
# written as JSON beside its location, not as an address row that would not validate.
INCOMPLETE_ADDRESS = "incomplete-address"
# The guide's own key of an organization, a service or a location: HSDS ids are UUIDs, and a key
# that comes back keeps an organization's ref (``show REF``) and the next export's ids the same.
GUIDE_KEY = "guide-key"

TERMS: dict[str, tuple[str, str, str]] = {  # code -> (name, description, link_entity)
    PHONE_HOURS: ("Phone hours", "When the number is answered, as the guide states it.", "phone"),
    PHONE_ALWAYS_OPEN: ("Answered 24/7", "'true' when the number is answered 24 hours a day, 7 days a week.",
                        "phone"),
    PHONE_SOURCE: ("Where the number was checked", "The address of the page the number was checked against.",
                   "phone"),
    PHONE_KIND: ("Phone kind", "The guide's kind of number where the phone's type says less: 'hotline' is a "
                 "voice line for people in crisis.", "phone"),
    ORGANIZATION_ITSELF: ("The organization itself", "'true': this service stands for its organization and "
                          "carries the organization's own service areas, languages, interpretation and "
                          "verified date; it is not a separate service.", "service"),
    SCHEDULE_CLOSED: ("Closed", "'true': closed at the time the schedule gives (a holiday or a closed day).",
                      "schedule"),
    SERVICE_WAIT_TIME: ("Wait time", "How long a client may wait before receiving the service.", "service"),
    SERVICE_LAST_MODIFIED: ("Last modified", "When the service's record last changed (an ISO date).", "service"),
    INCOMPLETE_ADDRESS: ("Incomplete address", "An address missing a part HSDS requires, as a JSON object "
                         "with the address table's columns.", "location"),
    GUIDE_KEY: ("The guide's key", "The guide's own identifier of the organization, service or location "
                "(unique within its organization; an organization's is its reference in the guide).",
                "organization"),
}

# The guide's phone kinds as HSDS 3.0 phone types (RFC 6350's); a kind the type cannot say also
# travels as a PHONE_KIND attribute.
HSDS_PHONE_TYPES = {"voice": "voice", "sms": "text", "tty": "textphone", "fax": "fax", "cell": "cell",
                    "video": "video", "pager": "pager", "hotline": "voice"}
KINDS_BY_TERM = frozenset({"hotline"})
