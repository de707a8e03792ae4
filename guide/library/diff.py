"""What changed between two editions of a guide: organizations and phone numbers added, removed and
changed (``diff OLD NEW``, and the window before it replaces an edition)."""

from __future__ import annotations

from dataclasses import dataclass, field

from guide.store import Pack
from guide.store.edition_sql import OrganizationSummary

COMPARED = ("name", "website", "email", "description")


@dataclass
class EditionDiff:
    old_date: str
    new_date: str
    added: list[str] = field(default_factory=list)  # organization names
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # "Name: website, description"
    phones_added: list[str] = field(default_factory=list)  # "Name: number"
    phones_removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.phones_added or self.phones_removed)

    def counts(self) -> dict[str, int]:
        return {"organizations added": len(self.added), "organizations removed": len(self.removed),
                "organizations changed": len(self.changed), "phone numbers added": len(self.phones_added),
                "phone numbers removed": len(self.phones_removed)}

    def lines(self) -> list[str]:
        """One line a change, grouped; a phone number changed shows as one removed and one added."""
        out = [f"content date: {self.old_date or 'undated'} -> {self.new_date or 'undated'}"]
        for title, items, mark in (("organizations added", self.added, "+"),
                                   ("organizations removed", self.removed, "-"),
                                   ("organizations changed", self.changed, "~"),
                                   ("phone numbers added", self.phones_added, "+"),
                                   ("phone numbers removed", self.phones_removed, "-")):
            if items:
                out.append(f"{title} ({len(items)}):")
                out.extend(f"  {mark} {item}" for item in items)
        if self.empty:
            out.append("no organization or phone number changed")
        return out


def compare(old: Pack, new: Pack) -> EditionDiff:
    before, after = old.directory_summary(), new.directory_summary()
    diff = EditionDiff(old.content_date, new.content_date)

    def by_name(keys: set[str], side: dict[str, OrganizationSummary]) -> list[str]:
        return sorted((side[k].name for k in keys), key=str.casefold)

    diff.added = by_name(set(after) - set(before), after)
    diff.removed = by_name(set(before) - set(after), before)
    for key in sorted(set(before) & set(after), key=lambda k: after[k].name.casefold()):
        was, now = before[key], after[key]
        fields_changed = [name for name in COMPARED if getattr(was, name) != getattr(now, name)]
        if fields_changed:
            shown = f"{was.name} -> {now.name}" if was.name != now.name else now.name
            diff.changed.append(f"{shown}: {', '.join(fields_changed)}")
        diff.phones_added += [f"{now.name}: {n}" for n in sorted(now.phones - was.phones)]
        diff.phones_removed += [f"{now.name}: {n}" for n in sorted(was.phones - now.phones)]
    for key in set(after) - set(before):
        diff.phones_added += [f"{after[key].name}: {n}" for n in sorted(after[key].phones)]
    for key in set(before) - set(after):
        diff.phones_removed += [f"{before[key].name}: {n}" for n in sorted(before[key].phones)]
    return diff
