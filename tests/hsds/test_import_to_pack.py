"""import_to_pack: the cyclic collector is paused while an import runs, and as it was afterwards."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from support import HSDS

from guide.hsds.packbuild import import_to_pack
from guide.store import Pack


@pytest.mark.parametrize("enabled", [True, False])
def test_collection_is_paused_during_an_import_and_restored_after(enabled: bool, mini_pack: Path,
                                                                   tmp_path: Path) -> None:
    seen: set[bool] = set()
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        built, _ = import_to_pack(HSDS / "spec-example", tmp_path / "out.pack", mini_pack,
                                  progress=lambda stage, done, total: seen.add(gc.isenabled()))
        after = gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == {False} and after is enabled
    with Pack.open(built.path) as pack:
        assert pack.info().counts["services"] > 0
