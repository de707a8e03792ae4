"""The link schemes content may use, apart from the Markdown renderer, so that the field checks
(and the HSDS importer through them) need no Markdown."""

from __future__ import annotations

import re

EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel")
INTERNAL_SCHEME = "guide"
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def link_scheme(href: str) -> str:
    """The scheme of an href, lower case; '' for relative links and fragments."""
    match = _SCHEME.match(href.strip())
    return match.group(1).lower() if match else ""
