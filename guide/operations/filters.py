"""The one rule for filter values, wherever they come from (``search``, ``export``): an unknown
state, category, language or kind, or a limit below one, is a RequestError naming the value."""

from __future__ import annotations

from collections.abc import Sequence

from guide.languages import LANGUAGE_NAMES, STATE_NAMES
from guide.operations.errors import RequestError
from guide.store import Pack
from guide.store.directory import OrganizationFilter
from guide.store.search import KINDS, SearchQuery


def check_state(state: str) -> str:
    """The state's USPS code in capitals ('' for none); a state, DC or an inhabited territory."""
    code = state.strip().upper()
    if code and code not in STATE_NAMES:
        raise RequestError(f"unknown state {state!r} (use a two-letter code of a US state or territory, e.g. TX)")
    return code


def check_category(pack: Pack, category: str) -> str:
    known = [c.id for c in pack.categories()] if category else []
    if category and category not in known:
        raise RequestError(f"unknown category {category!r} (use one of: {', '.join(known)})")
    return category


def check_language(language: str) -> str:
    code = language.strip().lower()
    if code and code not in LANGUAGE_NAMES:
        raise RequestError(f"unknown language {language!r} (use an ISO 639-1 code, e.g. es)")
    return code


def check_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise RequestError(f"unknown kind {unknown[0]!r} (use {', '.join(KINDS)})")
    return tuple(kinds)


def check_limit(limit: int) -> int:
    if limit < 1:
        raise RequestError(f"the limit must be 1 or more, not {limit}")
    return limit


def organization_filter(pack: Pack, state: str = "", category: str = "", language: str = "") -> OrganizationFilter:
    return OrganizationFilter(state=check_state(state), category=check_category(pack, category),
                              language=check_language(language))


def search_query(pack: Pack, text: str, kinds: Sequence[str] = KINDS, state: str = "", category: str = "",
                 language: str = "", limit: int = 20, edition: str = "en") -> SearchQuery:
    return SearchQuery(text, kinds=check_kinds(kinds), state=check_state(state),
                       category=check_category(pack, category), language=check_language(language),
                       limit=check_limit(limit), content_language=edition)
