"""The directory's rows written by a second process (a large directory) are the rows written by the
writer's own connection, with the same content hash; a failure there is one clear error, and no pack."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from support import HSDS, table_contents

from guide.content import Content, OrganizationRecord, write_pack
from guide.content.build import INSERTS_APART_FROM
from guide.content.load import load_content
from guide.content.row_inserts import InsertsFailed
from guide.hsds.importer import read_directory
from guide.hsds.packbuild import standalone_content
from guide.store import Pack


def rows_of(pack: Path) -> dict[str, list[tuple]]:
    """Every table's rows but the FTS5 index's own pages, which depend on where its transactions
    ended; what the index holds is compared through its vocabulary (search_vocabulary) and rows."""
    return {name: rows for name, rows in table_contents(pack).items() if name not in ("search_data", "search_idx")}


@pytest.fixture
def imported(mini_pack: Path) -> Content:
    """The specification's example directory (services, locations, addresses, phones, schedules) as
    a guide of its own, with the mini pack's hotline."""
    with Pack.open(mini_pack) as base:
        result = read_directory(HSDS / "spec-example", ())
        return standalone_content(result, base)


def test_a_second_process_writes_the_same_rows_and_hash(imported: Content, tmp_path: Path) -> None:
    here = write_pack(imported, tmp_path / "here.pack", second_process=False)
    apart = write_pack(imported, tmp_path / "apart.pack", second_process=True)

    rows_here, rows_apart = rows_of(here.path), rows_of(apart.path)
    assert all(rows_here[name] for name in ("service", "location", "address", "phone", "schedule", "search",
                                            "search_vocabulary"))
    assert rows_apart == rows_here
    assert apart.content_sha256 == here.content_sha256 and apart.counts == here.counts


def test_a_large_directory_goes_to_a_second_process_and_reads_back(mini_sources: Path, tmp_path: Path) -> None:
    content = load_content(mini_sources)
    model = content.organizations[0]
    many = tuple(replace(model, key=f"org-{i}", name=f"Organization {i}") for i in range(INSERTS_APART_FROM))
    large = replace(content, organizations=many)

    chosen = write_pack(large, tmp_path / "chosen.pack")  # by its size: a second process
    here = write_pack(large, tmp_path / "here.pack", second_process=False)

    assert rows_of(chosen.path) == rows_of(here.path)
    with Pack.open(chosen.path) as pack:
        assert pack.info().content_sha256 == here.content_sha256
        assert pack.organization(pack.organization_id("org-1999")).name == "Organization 1999"


def _with_a_repeated_key(content: Content) -> Content:
    first: OrganizationRecord = content.organizations[0]
    return replace(content, organizations=(*content.organizations, replace(first, name="Another name")))


def test_a_failure_in_the_second_process_is_one_error_and_leaves_no_pack(imported: Content, tmp_path: Path) -> None:
    out = tmp_path / "broken.pack"
    with pytest.raises(InsertsFailed, match="UNIQUE constraint failed: organization.key"):
        write_pack(_with_a_repeated_key(imported), out, second_process=True)
    assert list(tmp_path.iterdir()) == []
