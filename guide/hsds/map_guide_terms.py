"""The guide's own attribute conventions (guide.hsds.guide_terms), read back from a package the
guide exported: a phone's hours, source and kind, a service's wait time and last change, the
service that stands for its organization, the guide's keys, closed schedules and incomplete
addresses.

An attribute whose term is one of these is not a category: its value is kept here by the HSDS id
of the row it describes, and used when the records are assembled (guide.hsds.assemble)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from guide.hsds.csvstream import Row
from guide.hsds.drafts import Links, LocationDraft
from guide.hsds.guide_terms import INCOMPLETE_ADDRESS, SCHEDULE_CLOSED, TERMS
from guide.hsds.map_places import address_value
from guide.hsds.run import Run
from guide.hsds.spec import BY_NAME
from guide.packformat.directory_values import Address

# The columns an incomplete address may give: the address table's own, as the exporter writes them.
_ADDRESS_COLUMNS = frozenset(BY_NAME["address"].columns) - {"id", "location_id"}


@dataclass
class GuideDetails:
    """The values of the guide's terms, by table and by the HSDS id of the row they describe."""

    values: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)  # table -> id -> code -> value
    # Schedules are read after the attributes: the ids of those said to be closed, with the saying row.
    closed: dict[str, Row] = field(default_factory=dict)

    def of(self, table: str, row_id: str) -> dict[str, str]:
        return self.values.get(table, {}).get(row_id, {})


def is_guide_term(code: str) -> bool:
    return code in TERMS


def read_guide_term(run: Run, links: Links, details: GuideDetails, row: Row, code: str) -> None:
    """Keep one attribute whose term is the guide's own ``code`` with the row it describes, or drop it
    (counted) when that row is not there."""
    link_id = row.get("link_id")
    table = row.get("link_entity").strip().lower() or TERMS[code][2]
    if code == SCHEDULE_CLOSED:
        if row.get("value").strip().lower() == "true":
            details.closed[link_id] = row
        return
    by_table: dict[str, Mapping[str, object]] = {"phone": links.phones, "service": links.services,
                                                 "location": links.locations, "organization": links.orgs}
    draft = by_table.get(table, {}).get(link_id)
    if draft is None:
        if links.was_left_out(table, link_id):
            run.drop(row, f"left-out {table}", f"it belongs to a {table} left out")
        else:
            run.drop(row, f"missing {table}", f"link_id {link_id!r} refers to a missing {table}")
        return
    if code == INCOMPLETE_ADDRESS:
        if not isinstance(draft, LocationDraft):
            run.drop(row, "not shown", f"an incomplete address of a {table}: the guide keeps addresses on locations")
        elif (address := _incomplete_address(run, row)) is not None:
            draft.addresses.append(address)
        return
    details.values.setdefault(table, {}).setdefault(link_id, {})[code] = row.get("value")


def _incomplete_address(run: Run, row: Row) -> Address | None:
    try:
        data = json.loads(row.get("value"))
    except ValueError:
        data = None
    if not isinstance(data, dict) or not data or not set(data) <= _ADDRESS_COLUMNS or \
            not all(isinstance(v, str) for v in data.values()):
        run.drop(row, "unreadable address", "an incomplete address that is not a JSON object of the address "
                                            f"table's columns ({', '.join(sorted(_ADDRESS_COLUMNS))})")
        return None
    return address_value(run, Row(row.file, row.line, data))


def drop_unused_closed(run: Run, details: GuideDetails) -> None:
    """A 'closed' attribute whose schedule was not kept (after the schedules were read)."""
    for schedule_id, row in details.closed.items():
        run.drop(row, "missing schedule", f"link_id {schedule_id!r} refers to a missing or left-out schedule")
    details.closed.clear()
