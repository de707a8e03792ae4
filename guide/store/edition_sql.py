"""What two editions of a guide are compared on: each organization's name, contact fields and phone
numbers, read in two queries (reading every organization whole would take minutes at 100 000)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Fetch = Callable[[str, Sequence[object]], list[tuple]]


@dataclass(frozen=True)
class OrganizationSummary:
    key: str
    name: str
    website: str
    email: str
    description: str
    phones: frozenset[str]  # "number" or "number ext. N", from the organization and all its parts


def directory_summary(fetch: Fetch) -> dict[str, OrganizationSummary]:
    phones: dict[int, set[str]] = {}
    for org_id, number, extension in fetch("SELECT organization_id, number, extension FROM phone", ()):
        phones.setdefault(org_id, set()).add(f"{number} ext. {extension}" if extension else number)
    rows = fetch("SELECT id, key, name, website, email, description FROM organization", ())
    return {key: OrganizationSummary(key, name, website, email, description, frozenset(phones.get(org_id, ())))
            for org_id, key, name, website, email, description in rows}
