"""An address in words, as an envelope writes it."""

from __future__ import annotations

from guide.directory_text import ENGLISH, QT_TRANSLATE_NOOP, Words
from guide.packformat.directory_values import Address

KIND_NAMES = {
    "physical": QT_TRANSLATE_NOOP("Directory", "Address"),
    "postal": QT_TRANSLATE_NOOP("Directory", "Mailing address"),
    "virtual": QT_TRANSLATE_NOOP("Directory", "Online"),
}
HOME_COUNTRY = "US"  # not written out on an address in the guide's own country


def kind_name(kind: str, words: Words = ENGLISH) -> str:
    return words(KIND_NAMES.get(kind, KIND_NAMES["physical"]))


def address_lines(address: Address) -> tuple[str, ...]:
    """("Attn: ...", "123 Main St", "Suite 4", "Miami, FL 33101"), leaving out what is empty."""
    state_and_code = " ".join(p for p in (address.state, address.postal_code) if p)
    town = ", ".join(p for p in (address.city, state_and_code) if p)
    country = "" if address.country.upper() in ("", HOME_COUNTRY) else address.country
    return tuple(p for p in (address.attention, address.street, address.street_2, town, country) if p)


def address_text(address: Address) -> str:
    """The address on one line, for the clipboard and for a screen reader."""
    return ", ".join(address_lines(address))
