"""Search ranks what a person would expect first, on the guide's real content and on a directory
with thousands of organizations (where search ranks a bounded set of candidates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import RESOURCES

from guide.content import build_pack
from guide.store import Pack
from guide.store.search import SearchHit, SearchQuery

# (query, state, the first hit a person expects: kind and slug / organization key / link id)
EXPECTED_FIRST = [
    ("hotline", "", ("organization", "nhth")),
    ("hotl", "", ("organization", "nhth")),
    ("human trafficking hotline", "", ("organization", "nhth")),
    ("hotline", "CA", ("organization", "nhth")),
    ("signs", "", ("article", "recognizing-the-signs")),
    ("recog", "", ("article", "recognizing-the-signs")),
    ("T visa", "", ("article", "glossary")),
    ("sex trafficking", "", ("article", "sex-trafficking-in-america")),
    ("how to report", "", ("article", "how-to-report")),
    ("glossary", "", ("article", "glossary")),
    ("polaris", "", ("organization", "polaris")),
    ("ncmec", "", ("organization", "ncmec")),
    ("988", "", ("organization", "988")),
    ("missing children", "", ("organization", "ncmec")),
]


def first(pack: Pack, text: str, state: str = "") -> tuple[str, str]:
    hits = pack.search(SearchQuery(text, state=state))
    assert hits, f"no hits for {text!r}"
    return identity(pack, hits[0])


def identity(pack: Pack, hit: SearchHit) -> tuple[str, str]:
    """(kind, slug / key / id): organization refs are row ids, which depend on the other rows."""
    if hit.kind == "organization":
        org = pack.organization(int(hit.ref))
        assert org is not None
        return hit.kind, org.key
    return hit.kind, hit.ref


@pytest.fixture(scope="module")
def real_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    pack = Pack.open(build_pack(RESOURCES, tmp_path_factory.mktemp("real") / "real.pack").path)
    yield pack
    pack.close()


@pytest.fixture(scope="module")
def crowded_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """The real content plus 3 000 made-up organizations, many of them hotlines and most with
    names that sort before the national hotline's, so the candidate bound is in play."""
    resources = tmp_path_factory.mktemp("crowded") / "resources"
    _copy_with_crowd(resources, 3_000)
    pack = Pack.open(build_pack(resources, resources.parent / "crowded.pack").path)
    yield pack
    pack.close()


@pytest.mark.parametrize(("text", "state", "expected"), EXPECTED_FIRST, ids=lambda v: str(v))
def test_first_hit_is_what_a_person_expects(real_pack: Pack, text: str, state: str, expected: tuple[str, str]) -> None:
    assert first(real_pack, text, state) == expected


def test_the_hotline_comes_first_among_thousands_of_hotlines(crowded_pack: Pack) -> None:
    assert first(crowded_pack, "hotline") == ("organization", "nhth")
    assert first(crowded_pack, "hotline", state="TX") == ("organization", "nhth")


def test_articles_stay_findable_among_thousands_of_organizations(crowded_pack: Pack) -> None:
    assert first(crowded_pack, "signs") == ("article", "recognizing-the-signs")
    assert first(crowded_pack, "T visa") == ("article", "glossary")


def test_names_come_before_text_matches_and_shorter_names_first(crowded_pack: Pack) -> None:
    hits = crowded_pack.search(SearchQuery("crisis hotline", kinds=("organization",)))
    names = [h.title.casefold() for h in hits]
    in_name = [("crisis" in n and "hotline" in n) for n in names]
    assert in_name == sorted(in_name, reverse=True), "a text-only match ranked above a name match"
    lengths = [len(h.title) for h, named in zip(hits, in_name) if named and identity(crowded_pack, h)[1] != "nhth"]
    assert lengths == sorted(lengths)


def test_scores_follow_the_order(crowded_pack: Pack) -> None:
    hits = crowded_pack.search(SearchQuery("trafficking"))
    assert [h.score for h in hits] == sorted(h.score for h in hits)


def _copy_with_crowd(target: Path, count: int) -> None:
    import shutil

    shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("*.pack", "*.pack-*", "*.tmp"))
    states = ["TX", "CA", "NY", "OH", "FL"]
    for index in range(count):
        # "A..." names sort before "National Human Trafficking Hotline"; every third is a hotline.
        name = f"Area {index} {'Crisis Hotline' if index % 3 == 0 else 'Family Services'}"
        key = f"crowd-{index}"
        record = {
            "id": key, "name": name, "categories": ["hotline"], "areas": [states[index % len(states)]],
            "description": "Crisis support, shelter and a hotline for survivors; knows the signs of trafficking.",
            "sources": [{"publisher": "Example", "title": name, "year": 2025, "url": f"https://example.org/{key}"}],
            "verified": "2025-01-01",
        }
        (target / "organizations" / f"{key}.yaml").write_text(json.dumps(record), encoding="utf-8")
