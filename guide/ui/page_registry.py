"""Which page shows which kind of location; each page's module is imported when it is first built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from guide.ui.pages.article import ArticlePage
from guide.ui.pages.page import Page

if TYPE_CHECKING:
    from guide.ui.window import MainWindow


def register_pages(window: MainWindow) -> None:
    """The first frame shows an article; building every page (and importing its module) at start-up
    made it slower, so the others are built the first time a location of theirs is asked for."""

    def article() -> Page:
        page = ArticlePage(window.pack, window.language, window.commands.page_actions())
        page.navigate.connect(window.go)
        return page

    def organizations() -> Page:
        from guide.ui.pages.organizations import OrganizationsPage

        page = OrganizationsPage(window.pack, language=window.language)
        page.status_message.connect(window.show_status)
        return page

    def links() -> Page:
        from guide.ui.pages.links import LinksPage

        return LinksPage(window.pack)

    def folder() -> Page:
        from guide.ui.pages.folder import FolderPage

        page = FolderPage(window.menu_model)
        page.navigate.connect(window.go)
        return page

    def search_results() -> Page:
        from guide.ui.search import SearchResultsPage

        page = SearchResultsPage()
        page.open_hit.connect(lambda hit: window.searching.open_hit(hit))
        return page

    router = window.router
    router.register(["article"], article)
    router.register(["organizations", "organization"], organizations)
    router.register(["links"], links)
    router.register(["folder"], folder)
    router.register(["search"], search_results)
