"""Organization filters: every combination gives the ids a plain, one-condition-at-a-time reading
of the pack gives, in name order and reversed (the store answers with index merges and ranges)."""

from __future__ import annotations

import itertools
import re
import sqlite3
from pathlib import Path

from guide.store import Pack
from guide.store.directory import OrganizationFilter


def prefix_match(text: str) -> str:
    """FTS5 MATCH text written here, not taken from the store: every word, the last as a prefix."""
    words = re.findall(r"\w+", text.lower())
    return " ".join(f'"{word}"' for word in words) + "*"


def reference_ids(db: sqlite3.Connection, flt: OrganizationFilter) -> list[int]:
    """The filter read naively: each condition's ids as a set, intersected, sorted by name."""
    names = dict(db.execute("SELECT id, sort_name FROM organization").fetchall())
    keep = set(names)
    if flt.category:
        keep &= {r[0] for r in db.execute("SELECT organization_id FROM organization_category WHERE category_id = ?",
                                          (flt.category,))}
    if flt.state:
        keep &= {r[0] for r in db.execute("SELECT organization_id FROM service_area WHERE area IN (?, 'US')",
                                          (flt.state,))}
    if flt.language:
        keep &= {r[0] for r in db.execute("SELECT organization_id FROM organization_language WHERE language = ?",
                                          (flt.language,))}
    if flt.open_24_7:
        keep &= {r[0] for r in db.execute("SELECT id FROM organization WHERE always_open = 1")}
    if flt.has_text:
        keep &= {r[0] for r in db.execute("SELECT id FROM organization WHERE has_text = 1")}
    if flt.text:
        keep &= {r[0] for r in db.execute("SELECT rowid FROM search WHERE search MATCH ? AND rowid > 0",
                                          (prefix_match(flt.text),))}
    key_of = dict(db.execute("SELECT id, key FROM organization").fetchall())
    return sorted(keep, key=lambda org_id: (names[org_id], key_of[org_id]))


def passing(db: sqlite3.Connection, flt: OrganizationFilter) -> list[int]:
    """The ids of filter_sql.passing_ids, everyone where it says so."""
    from guide.store.filter_sql import passing_ids

    query = passing_ids(flt)
    if query is None:
        return []
    sql, params = query
    return sorted(row[0] for row in db.execute(sql or "SELECT id FROM organization", params))


def test_every_combination_matches_a_plain_reading(mini_pack: Path) -> None:
    db = sqlite3.connect(mini_pack)
    checked = 0
    with Pack.open(mini_pack) as pack:
        categories = ["", *(c.id for c in pack.categories())]
        states = ["", "CA", "TX", "NY", "ZZ"]
        languages = ["", *pack.languages_in_use()]
        for category, state, language, text, open_24_7, has_text in itertools.product(
                categories, states, languages, ["", "help", "child", "tra"], [False, True], [False, True]):
            flt = OrganizationFilter(text, category, state, language, open_24_7, has_text)
            expected = reference_ids(db, flt)
            assert pack.organization_ids(flt) == expected, flt
            assert pack.organization_ids(flt, descending=True) == expected[::-1], flt
            assert pack.organization_count(flt) == len(expected), flt
            assert passing(db, flt) == sorted(expected), flt  # what a near-me search tests against
            checked += bool(expected)
    db.close()
    assert checked > 20  # the combinations are not all empty


def test_everyone_in_name_order(mini_pack: Path) -> None:
    db = sqlite3.connect(mini_pack)
    by_name = [r[0] for r in db.execute("SELECT id FROM organization ORDER BY sort_name, key")]
    db.close()
    with Pack.open(mini_pack) as pack:
        assert pack.organization_ids() == by_name
        assert pack.organization_ids(descending=True) == by_name[::-1]
