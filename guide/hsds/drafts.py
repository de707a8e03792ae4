"""What the mapping gathers about each organization, service, location and phone before the
frozen values are made: rows are linked first, in any order, and assembled at the end."""

from __future__ import annotations

from dataclasses import dataclass, field

from guide.hsds.csvstream import Row
from guide.packformat.directory_values import Address, Schedule


# Identity, not equality: the same draft is reached from many rows. Slots: there is a draft for
# every organization, service, location and phone of the directory.
@dataclass(eq=False, slots=True)
class PhoneDraft:
    row: Row
    number: str
    extension: str
    kind: str
    description: str
    languages: list[str] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class OrgDraft:
    row: Row
    name: str
    services: list[ServiceDraft] = field(default_factory=list)
    locations: list[LocationDraft] = field(default_factory=list)
    phones: list[PhoneDraft] = field(default_factory=list)
    categories: dict[str, None] = field(default_factory=dict)  # ordered sets
    other_languages: dict[str, None] = field(default_factory=dict)


@dataclass(eq=False, slots=True)
class LocationDraft:
    row: Row
    key: str
    orgs: list[OrgDraft] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    phones: list[PhoneDraft] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)
    languages: dict[str, None] = field(default_factory=dict)
    accessibility: list[str] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class SalDraft:
    row: Row
    service: ServiceDraft
    location: LocationDraft
    phones: list[PhoneDraft] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class ServiceDraft:
    row: Row
    key: str
    org: OrgDraft | None = None
    at: list[SalDraft] = field(default_factory=list)
    phones: list[PhoneDraft] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)
    languages: dict[str, None] = field(default_factory=dict)
    areas: dict[str, None] = field(default_factory=dict)
    area_notes: list[str] = field(default_factory=list)
    categories: dict[str, None] = field(default_factory=dict)
    eligibility: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


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
