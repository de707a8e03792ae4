"""The rows the writer puts in the FTS5 search index (columns: guide.packformat.schema.SEARCH_TABLE_DDL)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from guide.content.records import OrganizationRecord
from guide.content.row_inserts import insert_statement
from guide.packformat.directory_values import Phone
from guide.packformat.search_terms import phone_tokens, stemmed_text

# The index's columns in the order of a search row's values.
SEARCH_COLUMNS = ("rowid", "kind", "ref", "title", "body", "language", "facets", "keywords", "shown", "stems_title",
                  "stems_text", "phones")
Row = tuple[int | str, ...]
SEARCH_INSERT = insert_statement("search", SEARCH_COLUMNS)


def search_row(rowid: int, kind: str, ref: str, title: str, body: str, language: str = "", facets: str = "",
               keywords: str = "", shown: str = "", stems_language: str = "",
               stems_text: str | None = None, phones: Iterable[str] = ()) -> Row:
    """One row, its values in SEARCH_COLUMNS' order; the stems are the title's, the body's and the
    keywords' in ``stems_language`` (the row's ``language`` when not given) unless ``stems_text`` is
    given."""
    stems_language = stems_language or language
    if stems_text is None:
        stems_text = stemmed_text(f"{body} {keywords}", stems_language)
    return (rowid, kind, ref, title, body, language, facets, keywords, shown or title,
            stemmed_text(title, stems_language), stems_text,
            " ".join(token for number in phones for token in phone_tokens(number)))


def every_phone(o: OrganizationRecord) -> Iterator[Phone]:
    """The organization's phones and those of its services, services at a location and locations."""
    yield from o.phones
    for service in o.services:
        yield from service.phones
        for at in service.locations:
            yield from at.phones
    for location in o.locations:
        yield from location.phones


def _texts(o: OrganizationRecord, language: str) -> Iterator[tuple[str, str]]:
    """What a text search reads of an organization besides its name, each text with its language:
    every language's description, its services' names and descriptions, its locations' names and cities."""
    yield o.description, language
    for translated, texts in o.translations.items():
        for text in texts.values():
            yield text, translated
    for s in o.services:
        yield from ((t, language) for t in (s.name, s.alternate_name, s.description))
    for loc in o.locations:
        yield from ((t, language) for t in (loc.name, *(a.city for a in loc.addresses)))


def search_text(o: OrganizationRecord, language: str = "en") -> str:
    return " ".join(text for text, _ in _texts(o, language) if text)


def organization_search_row(org_id: int, o: OrganizationRecord, language: str, facets: str,
                            keywords: list[tuple[str, str]]) -> Row:
    """One row per organization (its rowid is its id), the text of every language in it, each stemmed
    in its own; ``keywords`` are (word, language) pairs: category labels, areas, language names."""
    stems = " ".join(stemmed_text(text, lang) for text, lang in [*_texts(o, language), *keywords] if text)
    return search_row(org_id, "organization", str(org_id), f"{o.name} {o.alternate_name}".strip(),
                      search_text(o, language), facets=facets, keywords=" ".join(k for k, _ in keywords),
                      shown=o.name, stems_language=language, stems_text=stems,
                      phones=[p.number for p in every_phone(o)])
