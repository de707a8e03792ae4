"""What a careful person would fix by hand in a directory's values: text with literal escapes and
markup, websites without a scheme, extensions written into numbers, vanity numbers.

Each function returns the value as the guide keeps it and whether it had to change it, so that the
import can count the rows it normalised.
"""

from __future__ import annotations

import html
import re

from guide.content import check_phone, check_url

_TAG = re.compile(r"<[^>]{0,500}>")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
# Markers that some directory software leaves in text: ###MON###, ##SPANISH##, [[BR]].
_MARKERS = re.compile(r"#{2,}\s*[A-Za-z_ ]{1,20}?\s*#{2,}|\[\[[A-Za-z_ ]{1,20}\]\]")
_ESCAPES = {"\\r\\n": "\n", "\\n": "\n", "\\r": "\n", "\\t": " "}
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?::\d{1,5})?(?:[/?#]\S*)?$",
                   re.IGNORECASE)
_EXTENSION = re.compile(r"^(?P<number>.*?[0-9)])[\s,;]*"
                        r"(?:\(?\s*(?:ext(?:ension)?\.?|x\.?|#)\s*(?P<ext>\d{1,6})\s*\)?)$", re.IGNORECASE)
_SPECIAL = re.compile(r"[\\#\[<&\n\r\t]|\s\s|^\s|\s$")
_KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")


def plain_text(value: str) -> str:
    """Descriptions may hold HTML, Markdown, literal ``\\n`` and markers; the guide shows plain text."""
    if not _SPECIAL.search(value):
        return value.strip()  # most values: nothing to clean (and a directory has millions of them)
    if "\\" in value:
        for escaped, real in _ESCAPES.items():
            value = value.replace(escaped, real)
    if "#" in value or "[[" in value:
        value = _MARKERS.sub("\n", value)
    if "<" in value:
        value = _TAG.sub(" ", value.replace("<li>", "\n- ").replace("<br>", "\n").replace("</p>", "\n\n"))
    value = html.unescape(value)
    lines = [" ".join(line.split()) for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def text_changed(raw: str, clean: str) -> bool:
    """True when cleaning did more than trim and collapse spaces (a person would see the change)."""
    if raw == clean:  # most values (and every empty one): no need to split both
        return False
    return " ".join(raw.split()) != " ".join(clean.split())


def website(value: str) -> tuple[str, bool, str | None]:
    """(website, changed, error): ``www.example.org`` gets ``https://``; what is not a web address is an error."""
    url = value.strip().strip("<>").strip()
    if not url:
        return "", False, None
    if check_url(url, ("http", "https")) is None:
        return url, url != value, None
    bare = re.sub(r"^(?:https?:?/{0,2})", "", url, flags=re.IGNORECASE) if url.lower().startswith("http") else url
    if _HOST.match(bare):
        fixed = f"https://{bare}"
        if check_url(fixed, ("http", "https")) is None:
            return fixed, True, None
    return "", False, check_url(url, ("http", "https")) or f"invalid URL {url!r}"


def phone_number(number: str, extension: str) -> tuple[str, str, bool, str | None]:
    """(number, extension, changed, error): quotes stripped, an extension written into the number split
    off (``305-555-0100 x429``, ``ext. 5``, ``#12``), a vanity number's letters dialled."""
    raw = number
    value = number.strip().strip("\"'").strip()
    ext = extension.strip()
    if ext.lower().startswith(("x", "ext")):
        ext = re.sub(r"^(?:ext(?:ension)?\.?|x)\s*", "", ext, flags=re.IGNORECASE)
    match = _EXTENSION.match(value)
    if match and check_phone(match.group("number").strip()) is None:
        value = match.group("number").strip()
        ext = ext or match.group("ext")
    if check_phone(value) is not None and re.fullmatch(r"\+?[0-9A-Za-z() .\-]{7,}", value) \
            and sum(c.isalpha() for c in value) >= 2 and sum(c.isdigit() for c in value) >= 3:
        value = value.upper().translate(_KEYPAD)  # 1-800-FLOWERS
    if error := check_phone(value):
        return "", "", False, error
    return value, ext, value != raw.strip() or ext != extension.strip(), None


def integer(value: str) -> int | None:
    try:
        return int(float(value.strip()))
    except (ValueError, OverflowError):
        return None


def coordinate(value: str, limit: float) -> float | None:
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if -limit <= number <= limit else None
