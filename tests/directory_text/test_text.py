"""Phones, addresses, a service's facts and imported text, in words."""

from __future__ import annotations

from guide.directory_text.address import address_lines, address_text
from guide.directory_text.facts import record_dates, service_facts
from guide.directory_text.phones import kind_name, number_text, phone_notes
from guide.directory_text.plain import plain
from guide.packformat.directory_values import Address, Phone, Service


def test_fax_and_tty_are_never_called_voice_and_unknown_kinds_stay_themselves() -> None:
    assert [kind_name(k) for k in ("voice", "fax", "tty", "sms", "hotline")] == ["Call", "Fax", "TTY", "Text",
                                                                                "Hotline"]
    assert kind_name("walkie-talkie") == "walkie-talkie"


def test_an_extension_is_shown_with_its_number() -> None:
    phone = Phone("305-555-0100", "voice", "Mon-Fri", False, "Intake", "hsds:x", extension="429",
                  languages=("es",))
    assert number_text(phone) == "305-555-0100 ext. 429"
    assert phone_notes(phone, {"es": "Spanish"}.get) == "Mon-Fri; Intake; in Spanish"  # type: ignore[arg-type]


def test_an_address_as_an_envelope_writes_it() -> None:
    address = Address("physical", "100 Main St", "Suite 2", "Miami", state="FL", postal_code="33101", country="US")
    assert address_lines(address) == ("100 Main St", "Suite 2", "Miami, FL 33101")
    assert address_text(Address("postal", "PO Box 1", city="Toronto", state="ON", country="CA")) == \
        "PO Box 1, Toronto, ON, CA"


def test_service_facts_in_order_with_empty_ones_left_out() -> None:
    service = Service("s", "Shelter", eligibility="Adults", fees="Free", minimum_age=18, languages=("en", "es"),
                      interpretation="Interpreters on request", assured_date="2025-05-01", last_modified="2025-06-01")
    facts = service_facts(service, {"en": "English", "es": "Spanish"}.__getitem__)
    assert [(f.label, f.value) for f in facts] == [
        ("Eligibility", "Adults"), ("Ages", "18 and older"), ("Fees", "Free"),
        ("Languages", "English, Spanish. Interpreters on request")]
    assert [(f.label, f.value) for f in record_dates(service)] == [("Verified", "2025-05-01"),
                                                                  ("Updated", "2025-06-01")]


def test_imported_text_is_made_plain_and_clean() -> None:
    assert plain("Line one\\n\\nLine   two\r\n\r\n\r\n\r\nthree\x00\x07  ") == "Line one\n\nLine two\n\nthree"
    assert plain("<b>bold</b> & co") == "<b>bold</b> & co"  # kept as written: it is shown, never obeyed
