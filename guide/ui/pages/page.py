"""What the window and the router ask of every page, and what a page offers to print."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

from guide.location import Location

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from guide.operations.nearby import NearbyResult
    from guide.store.directory import OrganizationFilter


class ArticleSheet(NamedTuple):
    """The fact sheet of one article."""

    slug: str


class DirectorySheet(NamedTuple):
    """The fact sheet of the organizations a filter selects."""

    filter: OrganizationFilter


class NearbySheet(NamedTuple):
    """The near-me handout of what a ZIP code search found."""

    result: NearbyResult


Printable = ArticleSheet | DirectorySheet | NearbySheet


class Page(Protocol):
    def show_location(self, location: Location) -> bool:
        """Show ``location``; False when this page has nothing there (nothing changes then)."""

    def title_for(self, location: Location) -> str:
        """The title of ``location`` as this page shows it (the window's title when no menu node names it)."""

    def focus(self) -> None:
        """Give the keyboard to the page's main widget (Tab or Enter from the tree)."""

    def retranslate(self, language: str) -> None:
        """Follow a change of the interface and content language; what is chosen and shown stays."""

    def clear(self) -> None:
        """Forget what the user typed or saw (quick exit)."""

    def printable(self) -> Printable | None:
        """What Print and Export make of the page as it is, or None."""

    def tab_chain(self) -> list[QWidget]:
        """The page's widgets in Tab order."""


@runtime_checkable
class WorksInBackground(Protocol):
    """A page that runs queries on a thread of its own (the organizations page's near-me search)."""

    def wait(self) -> None:
        """Let what runs on the page's thread finish (before the pack is closed)."""
