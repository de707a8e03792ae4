"""The guide's own conventions read back from a package (the attributes of its 'Offline guide
details' terms), each in a small package written here, and what is kept or counted when a package
says them wrongly."""

from __future__ import annotations

from pathlib import Path

from hsds_packages import CATEGORIES, messages, one, package

from guide.hsds.importer import read_directory

ORG = [["id", "name", "description"], ["o1", "Legal Aid", "Helps."]]
TERMS = [["id", "code", "name"], ["t-closed", "schedule-closed", "Closed"], ["t-key", "guide-key", "Key"],
         ["t-itself", "organization-itself", "Itself"], ["t-address", "incomplete-address", "Address"],
         ["t-kind", "phone-kind", "Kind"], ["t-wait", "service-wait-time", "Wait"],
         ["t-modified", "service-last-modified", "Modified"]]
ATTRIBUTE = ["id", "link_id", "taxonomy_term_id", "link_entity", "value"]


def test_a_closed_day_without_times_and_the_end_of_the_day(tmp_path: Path) -> None:
    folder = package(
        tmp_path / "d", organizations=ORG, services=[["id", "organization_id", "name"], ["s1", "o1", "Clinic"]],
        schedules=[["id", "service_id", "freq", "byday", "opens_at", "closes_at"],
                   ["sc1", "s1", "WEEKLY", "SU", "", ""], ["sc2", "s1", "WEEKLY", "SA", "00:00:00", "23:59:59"],
                   ["sc3", "s1", "WEEKLY", "FR", "09:00", "23:59"]],
        taxonomy_terms=TERMS,
        attributes=[ATTRIBUTE, ["a1", "sc1", "t-closed", "schedule", "true"],
                    ["a2", "no-such-schedule", "t-closed", "schedule", "true"]])
    result = read_directory(folder, CATEGORIES)
    [service] = one(result).services
    # Sunday is closed although the row gives no times; 23:59:59 is HSDS's way to write 24:00, a
    # source's own 23:59 stays; neither is read loosely, so no words are made up for them.
    assert [(s.weekday, s.opens, s.closes, s.closed, s.text) for s in service.schedules] == [
        (7, "", "", True, ""), (6, "00:00", "24:00", False, ""), (5, "09:00", "23:59", False, "")]
    assert dict(result.tally.of("attributes.csv").dropped) == {"missing schedule": 1}
    assert "attributes.csv:3: link_id 'no-such-schedule' refers to a missing or left-out schedule; left out" in \
        messages(result)


def test_the_guides_keys_come_back_when_they_are_unique(tmp_path: Path) -> None:
    folder = package(
        tmp_path / "d", organizations=ORG,
        services=[["id", "organization_id", "name"], ["s1", "o1", "Clinic"], ["s2", "o1", "Shelter"]],
        locations=[["id", "organization_id", "name"], ["l1", "o1", "Office"]],
        service_at_location=[["id", "service_id", "location_id"], ["sal1", "s2", "l1"]],
        taxonomy_terms=TERMS,
        attributes=[ATTRIBUTE, ["a1", "o1", "t-key", "organization", "legal-aid-houston"],
                    ["a2", "s1", "t-key", "service", "help"], ["a3", "s2", "t-key", "service", "help"],
                    ["a4", "l1", "t-key", "location", "office"]])
    org = one(read_directory(folder, CATEGORIES))
    assert org.key == "legal-aid-houston"
    # Two services cannot both be "help": the second keeps its HSDS id.
    assert [s.key for s in org.services] == ["help", "s2"]
    assert [loc.key for loc in org.locations] == ["office"]
    assert org.services[1].locations[0].location == "office"
    # A key another guide's organization has is not taken over.
    taken = one(read_directory(folder, CATEGORIES, taken_keys=("legal-aid-houston",)))
    assert taken.key == "legal-aid-houston-2"


def test_the_marked_service_is_the_organization_itself_and_a_namesake_is_a_service(tmp_path: Path) -> None:
    folder = package(
        tmp_path / "d", organizations=ORG,
        services=[["id", "organization_id", "name", "description", "interpretation_services", "assured_date"],
                  ["s1", "o1", "Legal Aid", "Helps.", "Interpreters on call", "2025-01-02"],
                  ["s2", "o1", "Legal Aid", "", "Phone interpreters", "2026-03-04"],
                  ["s3", "o1", "Clinic", "", "", "2026-05-06"]],
        service_areas=[["id", "service_id", "name"], ["sa1", "s1", "Texas"], ["sa2", "s3", "Oklahoma"]],
        languages=[["id", "service_id", "code"], ["la1", "s1", "es"]],
        taxonomy_terms=TERMS,
        attributes=[ATTRIBUTE, ["a1", "s1", "t-itself", "service", "true"],
                    ["a2", "s3", "t-wait", "service", "Two weeks"],
                    ["a3", "s3", "t-modified", "service", "2026-07-08"]])
    org = one(read_directory(folder, CATEGORIES))
    # The marked service's areas, languages, note and date are the organization's own; a service
    # that only shares the organization's name is a service like any other.
    assert (org.areas, org.languages, org.language_note, org.verified) == (
        ("TX",), ("es",), "Interpreters on call", "2025-01-02")
    assert [(s.key, s.name) for s in org.services] == [("s2", "Legal Aid"), ("s3", "Clinic")]
    clinic = org.services[1]
    assert (clinic.areas, clinic.wait_time, clinic.last_modified) == (("OK",), "Two weeks", "2026-07-08")


def test_an_incomplete_address_and_a_phone_kind_are_read_or_reported(tmp_path: Path) -> None:
    folder = package(
        tmp_path / "d", organizations=ORG,
        locations=[["id", "organization_id", "name"], ["l1", "o1", "Office"]],
        phones=[["id", "organization_id", "number", "type"], ["p1", "o1", "713-555-0101", "voice"],
                ["p2", "o1", "713-555-0102", "voice"]],
        taxonomy_terms=TERMS,
        attributes=[ATTRIBUTE, ["a1", "l1", "t-address", "location",
                                '{"address_type": "physical", "address_1": "5 Elm St", "state_province": "Texas"}'],
                    ["a2", "l1", "t-address", "location", '{"street": "5 Elm St"}'],
                    ["a3", "l1", "t-address", "location", "5 Elm St"],
                    ["a4", "p1", "t-kind", "phone", "hotline"], ["a5", "p2", "t-kind", "phone", "walkie-talkie"]])
    result = read_directory(folder, CATEGORIES)
    org = one(result)
    [address] = org.locations[0].addresses
    assert (address.kind, address.street, address.city, address.state) == ("physical", "5 Elm St", "", "TX")
    assert dict(result.tally.of("attributes.csv").dropped) == {"unreadable address": 2}
    assert [p.kind for p in org.phones] == ["hotline", "voice"]
    assert "phones.csv:3: phone kind 'walkie-talkie' is not one the guide knows; kept as voice" in messages(result)
