"""Translating HSDS's open vocabularies into the guide's closed ones."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

from guide.content import CategoryRecord, check_date
from guide.languages import LANGUAGE_NAMES, STATE_NAMES

# HSDS phone types come from RFC 6350 (vCard); the guide knows voice, sms, tty and fax.
PHONE_TYPES = {"": "voice", "voice": "voice", "cell": "voice", "mobile": "voice", "main": "voice",
               "text": "sms", "sms": "sms", "textphone": "tty", "tty": "tty", "tdd": "tty", "fax": "fax"}
GUIDE_PHONE_TYPES = {"voice": "voice", "sms": "text", "tty": "textphone", "fax": "fax"}

FALLBACK_CATEGORY = CategoryRecord("other", "Other services")

_NATIONWIDE = {"us", "usa", "u.s.", "u.s.a.", "united states", "united states of america", "nationwide",
               "national", "all states"}
_STATE_BY_NAME = {name.casefold(): code for code, name in STATE_NAMES.items()}
_STATE_BY_NAME.update({"virgin islands": "VI", "us virgin islands": "VI", "washington dc": "DC",
                       "washington, d.c.": "DC", "d.c.": "DC"})
_LANGUAGE_BY_NAME = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}
# ISO 639-2/3 codes that directories use for the languages the guide names.
_LANGUAGE_BY_ISO3 = {
    "eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "hat": "ht", "por": "pt", "zho": "zh", "chi": "zh",
    "cmn": "zh", "yue": "zh", "vie": "vi", "kor": "ko", "tgl": "tl", "fil": "tl", "ara": "ar", "rus": "ru",
    "hin": "hi", "tha": "th", "som": "so", "amh": "am", "fas": "fa", "per": "fa", "jpn": "ja", "khm": "km",
    "lao": "lo", "ukr": "uk", "pol": "pl", "deu": "de", "ger": "de", "ita": "it", "nep": "ne", "mya": "my",
    "bur": "my", "swa": "sw", "urd": "ur", "ben": "bn", "pan": "pa", "nav": "nv", "ase": "asl", "sgn": "asl",
}
_TAG = re.compile(r"<[^>]{0,500}>")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


def state_code(text: str) -> str | None:
    """'TX', 'Texas', 'US', 'Nationwide' or 'International' as an area code of the guide, else None."""
    value = text.strip().strip(".").casefold()
    if not value:
        return None
    if value.upper() in STATE_NAMES:
        return value.upper()
    if value in _NATIONWIDE:
        return "US"
    if value == "international":
        return "international"
    return _STATE_BY_NAME.get(value)


def language_code(code: str, name: str) -> str | None:
    code = code.strip().lower().replace("_", "-")
    if code in LANGUAGE_NAMES:
        return code
    if code.split("-")[0] in LANGUAGE_NAMES:
        return code.split("-")[0]
    if code in _LANGUAGE_BY_ISO3:
        return _LANGUAGE_BY_ISO3[code]
    return _LANGUAGE_BY_NAME.get(name.strip().casefold())


def normalise_phone(number: str) -> str:
    """Directories quote numbers to keep spreadsheets from eating the '+' (the spec's own example does)."""
    return number.strip().strip("\"'").strip()


def plain_text(value: str) -> str:
    """Descriptions may hold HTML or Markdown; the guide shows plain text."""
    if "<" in value:
        value = _TAG.sub(" ", value.replace("<li>", "\n- ").replace("<br>", "\n").replace("</p>", "\n\n"))
    value = html.unescape(value)
    lines = [" ".join(line.split()) for line in value.replace("\r\n", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def iso_date(value: str) -> str:
    """The date part of an HSDS date or date-time ('2023-03-15T10:30:45.123Z'), or '' when it is not one."""
    day = value.strip()[:10]
    return day if day and check_date(day) is None else ""


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


class CategoryMatcher:
    """Taxonomy terms whose code or name is one of the guide's category ids or labels map to that category."""

    def __init__(self, categories: Iterable[CategoryRecord]) -> None:
        self._by_word: dict[str, str] = {}
        for category in categories:
            self._by_word.setdefault(slug(category.id), category.id)
            self._by_word.setdefault(slug(category.label), category.id)

    def match(self, *words: str) -> str | None:
        for word in words:
            if word and (found := self._by_word.get(slug(word))):
                return found
        return None
