"""Pack side: read-only opening, queries and search. Never imports Qt."""

from guide.store.pack import Pack, PackError
from guide.store.search import HIGHLIGHT_END, HIGHLIGHT_START, KINDS, SearchQuery, snippet_html, snippet_plain
from guide.store.views import (
    Article,
    ArticleSummary,
    Category,
    Hotline,
    Link,
    MenuNode,
    Organization,
    OrganizationFilter,
    OrganizationRow,
    PackInfo,
    Phone,
    SearchHit,
    Source,
)

__all__ = [
    "HIGHLIGHT_END", "HIGHLIGHT_START", "KINDS", "Article", "ArticleSummary", "Category", "Hotline", "Link",
    "MenuNode", "Organization", "OrganizationFilter", "OrganizationRow", "Pack", "PackError", "PackInfo",
    "Phone", "SearchHit", "SearchQuery", "Source", "snippet_html", "snippet_plain",
]
