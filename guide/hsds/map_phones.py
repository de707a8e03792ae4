"""Phones and schedules onto the most specific owner their row names: a service at a location,
else a service, else a location, else (phones only) an organization, or a contact's owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from guide.content import digits_of
from guide.hsds.csvstream import Row
from guide.hsds.drafts import Links, PhoneDraft
from guide.hsds.map_guide_terms import GuideDetails, drop_unused_closed
from guide.hsds.normalise import phone_number, plain_text
from guide.hsds.run import Run
from guide.hsds.schedules import ScheduleReader
from guide.hsds.vocab import language_codes, phone_kind

# (column, table) in the order a row's owner is chosen.
_PHONE_OWNERS = (("service_at_location_id", "service_at_location"), ("service_id", "service"),
                 ("location_id", "location"), ("organization_id", "organization"))
_SCHEDULE_OWNERS = _PHONE_OWNERS[:3]


def _owner(links: Links, column: str, value: str) -> object | None:
    lookup: dict[str, dict[str, object]] = {
        "service_at_location_id": links.sals, "service_id": links.services,  # type: ignore[dict-item]
        "location_id": links.locations, "organization_id": links.orgs}  # type: ignore[dict-item]
    return lookup[column].get(value)


def find_owner(run: Run, links: Links, row: Row, owners: Sequence[tuple[str, str]],
               via: Row | None = None) -> object | None:
    """The owner of a leaf row (found through ``via``'s links when given, a contact's), or None when the
    row was dropped (and counted) for a broken or left-out link."""
    linked = via or row
    broken: tuple[str, str] | None = None
    left_out: str | None = None
    for column, table in owners:
        value = linked.get(column)
        if not value:
            continue
        found = _owner(links, column, value)
        if found is not None:
            return found
        if links.was_left_out(table, value):
            left_out = left_out or table
        else:
            broken = broken or (column, table)
    if left_out:
        what = left_out.replace("_", " ")
        run.drop(row, f"left-out {what}", f"it belongs to a {what} left out")
    elif broken:
        run.drop(row, f"missing {broken[1].replace('_', ' ')}",
                 f"{broken[0]} {linked.get(broken[0])!r} refers to a missing {broken[1].replace('_', ' ')}")
    return None


def map_contacts(run: Run, links: Links) -> None:
    """Contacts are not shown, but a phone may reach its owner only through one."""
    links.contacts = run.unique("contact")
    for row in links.contacts.values():
        run.tally.drop(row.file, "contacts are not shown")
    if links.contacts:
        file = next(iter(links.contacts.values())).file
        run.problem(file, f"{len(links.contacts)} contacts: the guide shows no contact people; their phones are "
                          "kept with the contact's name, on the contact's organization, service or location")


def map_phones(run: Run, links: Links) -> None:
    for phone_id, row in run.every("phones", run.unique("phone")):
        contact = links.contacts.get(row.get("contact_id"))
        linked = row if any(row.get(c) for c, _ in _PHONE_OWNERS) or contact is None else contact
        if not any(linked.get(c) for c, _ in _PHONE_OWNERS):
            run.drop(row, "not linked", "phone linked to no organization, service, location or contact")
            continue
        owner = find_owner(run, links, row, _PHONE_OWNERS, linked)
        if owner is None:
            continue
        number, extension, changed, error = phone_number(row.get("number"), row.get("extension"))
        if error:
            run.drop(row, "unreadable number", error)
            continue
        raw_type = row.get("type") or row.get("number_type")
        kind, known_type = phone_kind(raw_type)
        notes = [plain_text(row.get("description")), row.get("department")]
        if linked is contact and contact is not None:
            notes.append(", ".join(p for p in (contact.get("name"), contact.get("title")) if p))
        if not known_type:
            notes.append(f"Type: {raw_type}")
            run.problem(row, f"phone type {raw_type!r} is not one the guide knows; kept as a voice number")
        if changed or not known_type:
            run.changed(row)
        draft = PhoneDraft(row, number, extension, kind, ". ".join(n for n in notes if n))
        codes, _ = language_codes(row.get("language"))
        draft.languages.extend(codes)
        phones: list[PhoneDraft] = owner.phones  # type: ignore[attr-defined]
        same = next((p for p in phones if (digits_of(p.number), p.extension, p.kind) ==
                     (digits_of(number), extension, kind)), None)
        if same is not None:
            run.drop(row, "repeated phone", f"the same {kind} number as {same.row.where}")
            continue
        phones.append(draft)
        links.phones[phone_id] = draft


def map_schedules(run: Run, links: Links, details: GuideDetails) -> None:
    schedule_values = ScheduleReader()
    for schedule_id, row in run.every("schedules", run.unique("schedule")):
        if not any(row.get(c) for c, _ in _SCHEDULE_OWNERS):
            run.drop(row, "not linked", "schedule linked to no service, location or service at a location")
            continue
        owner = find_owner(run, links, row, _SCHEDULE_OWNERS)
        if owner is None:
            continue
        values, loose = schedule_values(row)
        if loose:
            run.changed(row)
        if details.closed.pop(schedule_id, None) is not None:  # a day closed may give no times at all
            values = tuple(replace(v, closed=True) for v in values)
        if not any(v.opens or v.closes or v.text or v.closed or v.valid_from for v in values):
            run.drop(row, "no hours", "schedule with no times, dates or words")
            continue
        owner.schedules.extend(values)  # type: ignore[attr-defined]
    drop_unused_closed(run, details)
