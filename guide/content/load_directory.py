"""organizations/*.yaml and links.yaml."""

from __future__ import annotations

from pathlib import Path

from guide.content.crosscheck import check_duplicates
from guide.content.fields import Fields, read_mapping, read_yaml
from guide.content.load_services import load_locations, load_phones, load_services
from guide.content.problems import ProblemLog
from guide.content.records import (
    LinkRecord,
    OrganizationRecord,
)
from guide.content.validate import (
    check_email,
    check_identifier,
)
from guide.content.vocabulary import AREA_CODES, LANGUAGE_NAMES, LINK_KINDS
from guide.content.yamlsource import LinedDict, LinedList

ORGANIZATION_TRANSLATED = ("description", "language_note")


def load_organization(path: Path, categories: set[str], log: ProblemLog) -> tuple[OrganizationRecord, int] | None:
    """The organization and the line of its id."""
    data = read_mapping(path, log, "an organization file")
    if data is None:
        return None
    fields = Fields(data, path, log)
    key = fields.text("id")
    if key and key != path.stem:
        fields.problem("id", f"id {key!r} does not match the file name {path.name!r}")
    phones = load_phones(fields)
    locations = load_locations(fields)
    email = fields.text("email", required=False)
    if email and (error := check_email(email)):
        fields.problem("email", error)
    record = OrganizationRecord(
        key=key,
        name=fields.text("name"),
        alternate_name=fields.text("alternate_name", required=False),
        description=fields.text("description"),
        categories=fields.words("categories", categories, "category"),
        website=fields.url("website", required=False, schemes=("http", "https")),
        email=email,
        phones=phones,
        areas=fields.words("areas", AREA_CODES, "state or area code"),
        languages=fields.words("languages", set(LANGUAGE_NAMES), "language code", required=False),
        language_note=fields.text("language_note", required=False),
        sources=fields.sources(),
        verified=fields.date("verified"),
        translations=fields.translations(ORGANIZATION_TRANSLATED),
        services=load_services(fields, categories, {loc.key for loc in locations}),
        locations=locations,
    )
    return record, data.line_of("id")


def load_links(path: Path, log: ProblemLog) -> list[LinkRecord]:
    """Every link, each id checked for duplicates at its own line."""
    if not path.is_file():
        return []
    data = read_yaml(path, log)
    if data is None:
        return []
    if not isinstance(data, LinedList):
        log.add(path, 1, "links.yaml must be a list of links")
        return []
    links = []
    ids: list[tuple[Path, int, str]] = []
    for index, item in enumerate(data):
        if not isinstance(item, LinedDict):
            log.add(path, data.line_of(index), "each link must be a mapping")
            continue
        f = Fields(item, path, log)
        link_id = f.text("id")
        if link_id and (error := check_identifier(link_id)):
            f.problem("id", error)
        ids.append((path, item.line_of("id"), link_id))
        kind = f.text("kind")
        if kind and kind not in LINK_KINDS:
            f.problem("kind", f"unknown link kind {kind!r} (report, video, map or website)")
        url = f.url("url", required=False)
        url_note = f.text("url_note", required=False)
        if not url and not url_note:
            f.problem(None, "a link without a url needs a url_note saying why")
        links.append(LinkRecord(link_id, f.text("title"), url, url_note, kind, f.text("publisher"),
                                f.year("year"), f.text("description", required=False)))
    check_duplicates(ids, "link id", log)
    return links
