"""Field checks shared by every kind of record. Each returns an error message or None."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from guide.content.links import EXTERNAL_SCHEMES, link_scheme

_PHONE = re.compile(r"^\+?[0-9(][0-9 ().\-]*[0-9]$")
_EMAIL = re.compile(r"^[^@\s<>()]+@[^@\s<>()]+\.[A-Za-z]{2,}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9\-]*$")
# Bidirectional overrides and isolates can make text read differently from how it is stored.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def check_url(value: str, schemes: tuple[str, ...] = EXTERNAL_SCHEMES) -> str | None:
    scheme = link_scheme(value)
    if scheme not in schemes:
        allowed = ", ".join(schemes)
        shown = f"'{scheme}'" if scheme else "none"
        return f"invalid URL {value!r}: scheme {shown} is not one of {allowed}"
    if scheme in ("http", "https"):
        parts = urlsplit(value)
        if not parts.hostname or "." not in parts.hostname or any(c.isspace() for c in value):
            return f"invalid URL {value!r}"
    return None


def check_phone(value: str) -> str | None:
    digits = re.sub(r"\D", "", value)
    if not _PHONE.match(value) or not (3 <= len(digits) <= 15):
        return f"malformed phone number {value!r}"
    return None


def check_email(value: str) -> str | None:
    return None if _EMAIL.match(value) else f"malformed email address {value!r}"


def check_date(value: str) -> str | None:
    try:
        date.fromisoformat(value)
    except ValueError:
        return f"invalid date {value!r} (expected YYYY-MM-DD)"
    return None


def check_identifier(value: str) -> str | None:
    if _ID.match(value):
        return None
    return f"invalid id {value!r} (lower-case letters, digits and dashes)"


def digits_of(phone: str) -> str:
    return re.sub(r"\D", "", phone)
