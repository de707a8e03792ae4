"""The ranking test set (tests/store/ranking_cases.yaml): for each query a person types, the result
that must be among the first three, on the guide's real content."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support import RESOURCES

from guide.content import build_pack
from guide.store import Pack
from guide.store.search import SearchHit, SearchQuery

CASES = yaml.safe_load((Path(__file__).parent / "ranking_cases.yaml").read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def real_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    pack = Pack.open(build_pack(RESOURCES, tmp_path_factory.mktemp("ranking") / "real.pack").path)
    yield pack
    pack.close()


def identity(pack: Pack, hit: SearchHit) -> str:
    if hit.kind == "organization":
        org = pack.organization(int(hit.ref))
        assert org is not None
        return f"organization:{org.key}"
    return f"{hit.kind}:{hit.ref}"


def test_the_set_is_large_enough_and_covers_spanish() -> None:
    assert len(CASES) >= 30
    assert sum(case.get("edition") == "es" for case in CASES) >= 8


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.get('edition', 'en')}:{case['query']}")
def test_the_expected_result_is_in_the_top_three(real_pack: Pack, case: dict[str, str]) -> None:
    found = real_pack.search_answer(SearchQuery(case["query"], content_language=case.get("edition", "en"), limit=10))
    top = [identity(real_pack, hit) for hit in (found.hits or found.suggested_hits)[:3]]
    assert case["expect"] in top, f"{case['query']!r}: top three {top}"
