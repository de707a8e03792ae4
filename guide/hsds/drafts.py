"""What the mapping gathers about each organization, service, location and phone before the
frozen values are made: rows are linked first, in any order, and assembled at the end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from guide.hsds.csvstream import Row
from guide.packformat.directory_values import Address, Schedule


def _empty(factory: Callable[[], object]) -> Any:
    """A list or dict made on first use: most drafts never get most of theirs (a location's phones, a
    service's documents), and an empty one each is a fifth of a large directory's drafts."""
    return field(init=False, repr=False, metadata={"empty": factory})


class _MadeOnUse:
    __slots__ = ()

    def __getattr__(self, name: str) -> object:  # only called for a slot not set yet
        found = self.__dataclass_fields__.get(name)  # type: ignore[attr-defined]
        if found is None or "empty" not in found.metadata:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = found.metadata["empty"]()
        object.__setattr__(self, name, value)
        return value


# Identity, not equality: the same draft is reached from many rows. Slots: there is a draft for
# every organization, service, location and phone of the directory.
@dataclass(eq=False, slots=True)
class PhoneDraft(_MadeOnUse):
    row: Row
    number: str
    extension: str
    kind: str
    description: str
    languages: list[str] = _empty(list)


@dataclass(eq=False, slots=True)
class OrgDraft(_MadeOnUse):
    row: Row
    name: str
    services: list[ServiceDraft] = _empty(list)
    locations: list[LocationDraft] = _empty(list)
    phones: list[PhoneDraft] = _empty(list)
    categories: dict[str, None] = _empty(dict)  # ordered sets
    other_languages: dict[str, None] = _empty(dict)


@dataclass(eq=False, slots=True)
class LocationDraft(_MadeOnUse):
    row: Row
    key: str
    orgs: list[OrgDraft] = field(default_factory=list)
    addresses: list[Address] = _empty(list)
    phones: list[PhoneDraft] = _empty(list)
    schedules: list[Schedule] = _empty(list)
    languages: dict[str, None] = _empty(dict)
    accessibility: list[str] = _empty(list)


@dataclass(eq=False, slots=True)
class SalDraft(_MadeOnUse):
    row: Row
    service: ServiceDraft
    location: LocationDraft
    phones: list[PhoneDraft] = _empty(list)
    schedules: list[Schedule] = _empty(list)


@dataclass(eq=False, slots=True)
class ServiceDraft(_MadeOnUse):
    row: Row
    key: str
    org: OrgDraft | None = None
    at: list[SalDraft] = _empty(list)
    phones: list[PhoneDraft] = _empty(list)
    schedules: list[Schedule] = _empty(list)
    languages: dict[str, None] = _empty(dict)
    areas: dict[str, None] = _empty(dict)
    area_notes: list[str] = _empty(list)
    categories: dict[str, None] = _empty(dict)
    eligibility: list[str] = _empty(list)
    documents: list[str] = _empty(list)


@dataclass
class Links:
    """Every draft by its HSDS id, and the ids of rows left out (so that rows pointing at them are
    dropped for that cause, not as broken links)."""

    orgs: dict[str, OrgDraft] = field(default_factory=dict)
    services: dict[str, ServiceDraft] = field(default_factory=dict)
    locations: dict[str, LocationDraft] = field(default_factory=dict)
    sals: dict[str, SalDraft] = field(default_factory=dict)
    phones: dict[str, PhoneDraft] = field(default_factory=dict)
    contacts: dict[str, Row] = field(default_factory=dict)
    left_out: dict[str, set[str]] = field(default_factory=dict)  # table -> ids

    def leave_out(self, table: str, row_id: str) -> None:
        self.left_out.setdefault(table, set()).add(row_id)

    def was_left_out(self, table: str, row_id: str) -> bool:
        return row_id in self.left_out.get(table, ())
