"""Finding one organization of a pack by the reference a person has: the ``ref`` that search gives
(the organization's id in the pack) or the organization's key."""

from __future__ import annotations

from guide.operations.errors import RequestError
from guide.store import Pack
from guide.store.directory import Organization


def find_organization(pack: Pack, ref: str) -> Organization:
    """The organization ``ref`` names; RequestError when none does. A ref of digits is first read as
    search's ref (an id), then as a key, so an imported key such as "211" is still found."""
    wanted = ref.strip()
    candidates = [int(wanted)] if wanted.isdigit() and len(wanted) < 19 else []  # SQLite's integers stop at 2**63
    if (org_id := pack.organization_id(wanted)) is not None:
        candidates.append(org_id)
    for candidate in candidates:
        if (org := pack.organization(candidate)) is not None:
            return org
    raise RequestError(f"no organization {ref!r} in this guide (use the ref that search --json gives, or the "
                       "organization's id in resources/)")
