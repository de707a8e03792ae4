"""The read API the window uses, against a pack built from tests/fixtures/mini."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.store import Pack
from guide.store.directory import OrganizationFilter


@pytest.fixture(scope="module")
def pack(mini_pack: Path) -> Pack:
    opened = Pack.open(mini_pack)
    yield opened
    opened.close()


def keys(pack: Pack, ids: list[int]) -> list[str]:
    rows = pack.organization_rows(ids)
    return [rows[i].key for i in ids]


def test_info_and_hotline(pack: Pack) -> None:
    info = pack.info()
    assert info.counts == {"articles": 3, "organizations": 4, "services": 0, "locations": 0, "phones": 6,
                            "schedules": 0, "links": 2, "menu_nodes": 8}
    assert info.title == "Test Guide" and len(info.content_sha256) == 64
    hotline = pack.hotline()
    assert (hotline.phone, hotline.text, hotline.emergency) == ("1-888-555-0100", "233733", "911")


def test_menu_keeps_the_authored_tree(pack: Pack) -> None:
    menu = pack.menu()
    assert [(n.title, n.kind, n.target) for n in menu] == [
        ("Introduction", "article", "intro"), ("Organizations", "organizations", "all"),
        ("Links", "links", "all"), ("About", "folder", "")]
    assert [(c.title, c.target) for c in menu[1].children] == [("Hotlines", "hotline"), ("Legal help", "legal")]
    assert menu[3].children[0].target == "glossary"


def test_article_with_its_sources(pack: Pack) -> None:
    article = pack.article("intro")
    assert article is not None
    assert "<table>" in article.html and 'href="guide:signs"' in article.html
    assert article.sources[0].publisher == "International Labour Organization"
    assert article.audience == ("general", "educators")
    assert pack.article("no-such-article") is None


def test_organization_filters(pack: Pack) -> None:
    assert keys(pack, pack.organization_ids()) == ["legal-aid-ca", "kids-ny", "hotline-one", "texas-line"]
    assert keys(pack, pack.organization_ids(OrganizationFilter(state="TX"))) == ["hotline-one", "texas-line"]
    assert keys(pack, pack.organization_ids(OrganizationFilter(category="hotline", has_text=True))) == [
        "hotline-one", "texas-line"]
    assert keys(pack, pack.organization_ids(OrganizationFilter(language="vi"))) == ["legal-aid-ca"]
    assert keys(pack, pack.organization_ids(OrganizationFilter(open_24_7=True, state="NY"))) == ["hotline-one"]
    assert keys(pack, pack.organization_ids(OrganizationFilter(text="child"))) == ["kids-ny"]
    assert pack.organization_ids(OrganizationFilter(text="!!!")) == []
    assert pack.organization_count(OrganizationFilter(state="CA")) == 2


def test_organization_sorting(pack: Pack) -> None:
    by_name = keys(pack, pack.organization_ids(sort="name"))
    assert keys(pack, pack.organization_ids(sort="name", descending=True)) == by_name[::-1]
    assert keys(pack, pack.organization_ids(sort="no-such-column")) == by_name


def test_organization_detail(pack: Pack) -> None:
    org_id = pack.organization_id("hotline-one")
    assert org_id is not None
    org = pack.organization(org_id)
    assert org is not None
    assert [(p.number, p.kind) for p in org.phones] == [("1-888-555-0100", "voice"), ("233733", "sms"), ("711", "tty")]
    assert [c.label for c in org.categories] == ["Hotlines"]
    assert org.areas == ("US",) and org.languages == ("en", "es")
    assert pack.organization(99_999) is None and pack.organization_id("nobody") is None


def test_links_by_kind(pack: Pack) -> None:
    assert [link.id for link in pack.links()] == ["report-one", "lost-video"]
    video = pack.links("video")
    assert [link.id for link in video] == ["lost-video"] and video[0].url == "" and video[0].url_note
    assert pack.links("map") == ()
