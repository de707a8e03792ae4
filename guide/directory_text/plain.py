"""Imported text made plain and clean for showing: it is never read as HTML or rich text (the
widgets show it as plain text); this only tidies what a directory's export leaves in it."""

from __future__ import annotations

import re

_LITERAL_ESCAPES = re.compile(r"\\r\\n|\\n|\\r|\\t")  # "\n" written out as two characters by some exports
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def plain(text: str) -> str:
    """Line breaks kept, at most one blank line in a row; control characters and runs of spaces gone."""
    text = _LITERAL_ESCAPES.sub(lambda m: " " if m.group() == "\\t" else "\n", text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
