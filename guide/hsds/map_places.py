"""Addresses and accessibility notes, onto their locations. An address linked only by its
organization_id becomes a location of that organization of its own, so that the state it is in
still finds the organization."""

from __future__ import annotations

from guide.hsds.csvstream import Row
from guide.hsds.drafts import Links, LocationDraft
from guide.hsds.normalise import plain_text
from guide.hsds.run import Run
from guide.hsds.vocab import state_code
from guide.packformat.directory_values import ADDRESS_KINDS, Address

_US = {"", "US", "USA", "U.S.", "U.S.A.", "UNITED STATES", "UNITED STATES OF AMERICA"}


def address_value(run: Run, row: Row) -> Address:
    kind = row.get("address_type").strip().lower() or "physical"
    if kind in ("mailing", "mail"):
        kind = "postal"
    if kind not in ADDRESS_KINDS:
        run.problem(row, f"address_type {row.get('address_type')!r} is not physical, postal or virtual; "
                         "kept as physical")
        run.changed(row)
        kind = "physical"
    country = row.get("country").strip().upper()
    region, raw_state = row.get("region"), row.get("state_province").strip()
    state = ""
    if raw_state:
        code = state_code(raw_state) if country in _US else None
        if code and code not in ("US", "international"):
            state = code
            if code != raw_state:
                run.changed(row)
        else:  # a county, a province, "MyState": the words are kept, not a state code
            region = ", ".join(p for p in (region, raw_state) if p)
            run.changed(row)
    if country in _US and country not in ("", "US"):
        country = "US"
        run.changed(row)
    street_2 = ", ".join(p for p in (row.get("address_2"), row.get("address_3"), row.get("address_4")) if p)
    return Address(kind=kind, street=row.get("address_1"), street_2=street_2, city=row.get("city"), region=region,
                   state=state, postal_code=row.get("postal_code"), country=country, attention=row.get("attention"))


def map_addresses(run: Run, links: Links) -> None:
    for address_id, row in run.unique("address").items():
        location_id, org_id = row.get("location_id"), row.get("organization_id")
        location = links.locations.get(location_id)
        if location is None and location_id and links.was_left_out("location", location_id):
            run.drop(row, "left-out location", f"location_id {location_id!r} is a location left out")
            continue
        if location is None and org_id in links.orgs:
            org = links.orgs[org_id]
            location = LocationDraft(row, f"address-{address_id}", [org])
            location.row = Row(row.file, row.line, {"name": org.name})
            org.locations.append(location)
            links.locations[location.key] = location
            run.changed(row)
        if location is None:
            if location_id:
                run.missing(row, "location_id", "location")
            elif org_id:
                run.missing(row, "organization_id", "organization")
            else:
                run.drop(row, "not linked", "address linked to no location and no organization")
            continue
        location.addresses.append(address_value(run, row))


def map_accessibility(run: Run, links: Links) -> None:
    for row in run.unique("accessibility").values():
        location = links.locations.get(row.get("location_id"))
        if location is None:
            if links.was_left_out("location", row.get("location_id")):
                run.drop(row, "left-out location", "its location is left out")
            else:
                run.missing(row, "location_id", "location")
            continue
        words = [plain_text(row.get(c)).replace("_", " ") for c in ("accessibility", "description", "details")]
        text = ": ".join(w for w in words if w)
        if row.get("url"):
            text = f"{text} ({row.get('url')})" if text else row.get("url")
        if text:
            location.accessibility.append(text)
