"""The router without a display: pages here are small objects that keep the Page protocol."""

from __future__ import annotations

from guide.location import Location
from guide.ui.pages.page import ArticleSheet, Printable
from guide.ui.router import Router


class Shelf:
    """A page that shows the targets it holds and refuses any other."""

    def __init__(self, targets: set[str]) -> None:
        self.targets = targets
        self.shown: Location | None = None
        self.language = "en"

    def show_location(self, location: Location) -> bool:
        if location.target not in self.targets:
            return False
        self.shown = location
        return True

    def title_for(self, location: Location) -> str:
        return location.target.title()

    def focus(self) -> None:
        pass

    def retranslate(self, language: str) -> None:
        self.language = language

    def clear(self) -> None:
        self.shown = None

    def printable(self) -> Printable | None:
        return ArticleSheet(self.shown.target) if self.shown else None

    def tab_chain(self) -> list:
        return []


class Broken(Shelf):
    def show_location(self, location: Location) -> bool:
        raise OSError("the file changed")


class Screen:
    """What the window would do with the router's callbacks."""

    def __init__(self) -> None:
        self.displayed: list[Shelf] = []
        self.shown: list[Location] = []
        self.refused: list[tuple[Location, Exception | None]] = []
        self.built: list[Shelf] = []

    def router(self) -> Router[Shelf]:
        return Router(self.displayed.append, self.shown.append, lambda loc, err: self.refused.append((loc, err)),
                      self.built.append, (OSError,))


def test_pages_are_built_on_first_use_once_and_shared_between_their_kinds() -> None:
    screen = Screen()
    router = screen.router()
    builds: list[str] = []

    def articles() -> Shelf:
        builds.append("articles")
        return Shelf({"intro", "signs"})

    router.register(["article", "organization"], articles)
    router.register(["links"], lambda: Shelf({"all"}))
    assert router.pages() == [] and builds == []
    assert router.go(Location("article", "intro"))
    assert router.go(Location("organization", "signs"))
    assert builds == ["articles"] and screen.built == router.pages()
    assert router.built("links") is None  # never asked for
    assert router.showing("article") and router.page("organization") is router.page("article")
    assert screen.shown == [Location("article", "intro"), Location("organization", "signs")]


def test_history_goes_back_and_forward_and_a_new_visit_drops_forward() -> None:
    router = Screen().router()
    router.register(["article"], lambda: Shelf({"a", "b", "c"}))
    for target in "abb":
        router.go(Location("article", target))
    assert router.history.current == Location("article", "b")
    router.back()
    assert router.page("article").shown == Location("article", "a")
    assert not router.history.can_go_back() and router.history.can_go_forward()
    router.forward()
    assert router.history.current == Location("article", "b")
    router.back()
    router.go(Location("article", "c"))
    assert not router.history.can_go_forward() and router.history.can_go_back()


def test_an_unknown_kind_is_refused_without_building_anything() -> None:
    screen = Screen()
    router = screen.router()
    router.register(["article"], lambda: Shelf({"a"}))
    assert not router.go(Location("video", "x"))
    assert screen.refused == [(Location("video", "x"), None)] and router.pages() == []
    assert router.history.current is None and router.current is None
    assert router.title(Location("video", "x")) == "x"


def test_a_page_that_refuses_a_location_leaves_the_history_and_says_so() -> None:
    screen = Screen()
    router = screen.router()
    router.register(["article"], lambda: Shelf({"a"}))
    router.go(Location("article", "a"))
    assert not router.go(Location("article", "gone"))
    assert screen.refused == [(Location("article", "gone"), None)]
    assert router.history.current == Location("article", "a") and not router.history.can_go_back()
    assert router.current is None  # the window shows its message, not the page


def test_an_error_the_router_was_told_of_is_a_refusal_with_its_reason() -> None:
    screen = Screen()
    router = screen.router()
    router.register(["article"], lambda: Broken(set()))
    assert not router.go(Location("article", "a"))
    (location, error), = screen.refused
    assert isinstance(error, OSError) and str(error) == "the file changed"


def test_retranslate_and_clear_reach_every_built_page() -> None:
    router = Screen().router()
    router.register(["article"], lambda: Shelf({"a"}))
    router.register(["links"], lambda: Shelf({"all"}))
    router.go(Location("article", "a"))
    router.retranslate("es")
    assert router.page("article").language == "es"
    assert router.page("article").printable() == ArticleSheet("a")
    router.clear()
    assert router.history.current is None and router.page("article").printable() is None
    assert router.page("links").language == "en"  # built after: made in the language it is given then
