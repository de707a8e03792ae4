"""Pack side: read-only opening, queries and search. Never imports Qt.

The values of the pack's catalogue (guide.store.catalogue), of the directory (guide.store.directory)
and of search (guide.store.search) load when first named here or first read from a pack: the first
window needs none of them, and building their classes would add milliseconds to every start.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from guide.store.pack import Pack, PackError
from guide.store.views import Article, Hotline, MenuNode, Source

if TYPE_CHECKING:
    from guide.store.catalogue import ArticleSummary, PackInfo
    from guide.store.directory import Category, Link, Organization, OrganizationFilter, OrganizationRow, Phone
    from guide.store.search import (
        HIGHLIGHT_END,
        HIGHLIGHT_START,
        KINDS,
        SearchHit,
        SearchQuery,
        snippet_html,
        snippet_plain,
    )

_LOADED_WHEN_NAMED = {
    **dict.fromkeys(("ArticleSummary", "PackInfo"), "guide.store.catalogue"),
    **dict.fromkeys(("Category", "Link", "Organization", "OrganizationFilter", "OrganizationRow", "Phone"),
                    "guide.store.directory"),
    **dict.fromkeys(("HIGHLIGHT_END", "HIGHLIGHT_START", "KINDS", "SearchHit", "SearchQuery", "snippet_html",
                     "snippet_plain"), "guide.store.search"),
}


def __getattr__(name: str) -> object:
    module = _LOADED_WHEN_NAMED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


__all__ = sorted(["Article", "Hotline", "MenuNode", "Pack", "PackError", "Source", *_LOADED_WHEN_NAMED])
