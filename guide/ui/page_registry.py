"""Which page shows which kind of location; each page's module is imported when it is first built."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from guide.location import Location
from guide.store import Pack
from guide.ui.navigation import MenuModel
from guide.ui.pages.article import ArticlePage
from guide.ui.router import Router

if TYPE_CHECKING:
    from guide.store.search import SearchHit
    from guide.ui.pages.page import Page


def register_pages(router: Router[Page], pack: Pack, language: Callable[[], str], menu: MenuModel,
                   go: Callable[[Location], bool], status: Callable[[str], None],
                   open_hit: Callable[[SearchHit], None]) -> None:
    """``language()`` is the language a page is built in; ``go`` follows a link, ``status`` reports,
    ``open_hit`` opens a search result.

    The first frame shows an article; building every page (and importing its module) at start-up
    made it slower, so the others are built the first time a location of theirs is asked for."""

    def article() -> Page:
        page = ArticlePage(pack, language())
        page.navigate.connect(go)
        return page

    def organizations() -> Page:
        from guide.ui.pages.organizations import OrganizationsPage

        page = OrganizationsPage(pack, language=language())
        page.status_message.connect(status)
        return page

    def links() -> Page:
        from guide.ui.pages.links import LinksPage

        return LinksPage(pack)

    def folder() -> Page:
        from guide.ui.pages.folder import FolderPage

        page = FolderPage(menu)
        page.navigate.connect(go)
        return page

    def search_results() -> Page:
        from guide.ui.pages.search_results import SearchResultsPage

        page = SearchResultsPage()
        page.open_hit.connect(open_hit)
        return page

    router.register(["article"], article)
    router.register(["organizations", "organization"], organizations)
    router.register(["links"], links)
    router.register(["folder"], folder)
    router.register(["search"], search_results)
