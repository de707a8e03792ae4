"""A phone in words: its kind (a fax or TTY number is never offered as one to call), its number with
the extension, and its notes."""

from __future__ import annotations

from collections.abc import Callable

from guide.directory_text import ENGLISH, QT_TRANSLATE_NOOP, Words
from guide.packformat.directory_values import Phone

KIND_NAMES = {
    "voice": QT_TRANSLATE_NOOP("Directory", "Call"),
    "hotline": QT_TRANSLATE_NOOP("Directory", "Hotline"),
    "cell": QT_TRANSLATE_NOOP("Directory", "Cell"),
    "sms": QT_TRANSLATE_NOOP("Directory", "Text"),
    "tty": QT_TRANSLATE_NOOP("Directory", "TTY"),
    "fax": QT_TRANSLATE_NOOP("Directory", "Fax"),
    "video": QT_TRANSLATE_NOOP("Directory", "Video"),
    "pager": QT_TRANSLATE_NOOP("Directory", "Pager"),
}


def kind_name(kind: str, words: Words = ENGLISH) -> str:
    """"Call", "Fax", "TTY"...; a kind the guide does not know is shown as recorded, not as a voice line."""
    return words(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def number_text(phone: Phone, words: Words = ENGLISH) -> str:
    """"305-555-0100 ext. 429": what is shown and what Copy puts on the clipboard."""
    if not phone.extension:
        return phone.number
    return words(QT_TRANSLATE_NOOP("Directory", "{number} ext. {extension}")).format(
        number=phone.number, extension=phone.extension)


def phone_notes(phone: Phone, language_name: Callable[[str], str], words: Words = ENGLISH) -> str:
    """Its hours, description and languages on one line; "" when it has none."""
    notes = [n for n in (phone.hours, phone.description) if n]
    if phone.always_open and not any("24" in n for n in notes):
        notes.insert(0, words(QT_TRANSLATE_NOOP("Directory", "24/7")))
    if phone.languages:
        notes.append(words(QT_TRANSLATE_NOOP("Directory", "in {languages}")).format(
            languages=", ".join(language_name(code) for code in phone.languages)))
    return "; ".join(notes)
