"""What a service or location says in tables of their own: service areas, languages, eligibility,
required documents, taxonomy terms (categories), and the same written in one column (1.x, Ohana:
``services.languages``, ``services.service_areas``, ``services.taxonomy_ids``, ``locations.languages``)."""

from __future__ import annotations

from guide.hsds.csvstream import Row
from guide.hsds.drafts import Links, OrgDraft, ServiceDraft
from guide.hsds.map_guide_terms import GuideDetails, is_guide_term, read_guide_term
from guide.hsds.map_phones import find_owner
from guide.hsds.normalise import plain_text
from guide.hsds.run import Run
from guide.hsds.vocab import CategoryMatcher, language_code, language_codes, state_code

_SERVICE = (("service_id", "service"),)
_SERVICE_OR_SAL = (("service_at_location_id", "service_at_location"), ("service_id", "service"))


def _service_of(owner: object) -> ServiceDraft:
    return owner if isinstance(owner, ServiceDraft) else owner.service  # type: ignore[attr-defined]


def add_areas(service: ServiceDraft, words: str) -> bool:
    """State codes of an area's words ("Texas, Oklahoma", "TX"); other words go to the area note.
    True when some words were not a state."""
    whole = state_code(words)
    codes = [whole] if whole else [state_code(part) for part in words.replace(";", ",").split(",") if part.strip()]
    if codes and all(codes):
        for code in codes:
            service.areas.setdefault(code)  # type: ignore[arg-type]
        return False
    if words and words not in service.area_notes:
        service.area_notes.append(words)
    return True


def map_service_areas(run: Run, links: Links) -> None:
    for row in run.unique("service_area").values():
        owner = find_owner(run, links, row, _SERVICE_OR_SAL)
        if owner is None:
            continue
        words = plain_text(row.get("name") or row.get("service_area") or row.get("description"))
        if not words:
            run.drop(row, "empty", "service area with no name")
            continue
        add_areas(_service_of(owner), words)


def map_languages(run: Run, links: Links) -> None:
    """A language row names a phone, a service and a location it is spoken at: each that exists gets it."""
    for row in run.unique("language").values():
        targets: list[object] = [t for t in (links.phones.get(row.get("phone_id")),
                                             links.services.get(row.get("service_id")),
                                             links.locations.get(row.get("location_id"))) if t is not None]
        if not targets:
            if row.get("service_id") or row.get("location_id"):
                find_owner(run, links, row, (("service_id", "service"), ("location_id", "location")))
            elif row.get("phone_id"):
                run.missing(row, "phone_id", "phone")
            else:
                run.drop(row, "not linked", "language linked to no phone, service or location")
            continue
        name = row.get("name") or row.get("language")
        code = language_code(row.get("code") or row.get("language"), name)
        if code is None:
            org = next((o for o in map(_org_of, targets) if o is not None), None)
            if name and org is not None:
                org.other_languages.setdefault(plain_text(name))
            continue
        if code != (row.get("code") or "").lower():
            run.changed(row)
        for target in targets:
            languages = target.languages  # type: ignore[attr-defined]
            if isinstance(languages, list):
                if code not in languages:
                    languages.append(code)
            else:
                languages.setdefault(code)


def _org_of(target: object) -> OrgDraft | None:
    if isinstance(target, ServiceDraft):
        return target.org
    orgs = getattr(target, "orgs", None)
    if orgs:
        return orgs[0]  # type: ignore[no-any-return]
    return None


def map_service_texts(run: Run, links: Links) -> None:
    """1.x's eligibility.csv and required_documents.csv: a row per condition or document."""
    for table, column in (("eligibility", "eligibility"), ("required_document", "document")):
        for row in run.unique(table).values():
            owner = find_owner(run, links, row, _SERVICE)
            if owner is None:
                continue
            text = plain_text(row.get(column))
            if not text:
                run.drop(row, "empty", f"{table.replace('_', ' ')} with no text")
                continue
            texts = owner.eligibility if table == "eligibility" else owner.documents  # type: ignore[attr-defined]
            if text not in texts:
                texts.append(text)


def inline_details(run: Run, links: Links) -> None:
    """Languages and areas written in one column of services.csv or locations.csv."""
    for service in links.services.values():
        row = service.row
        if row.get("languages"):
            codes, unknown = language_codes(row.get("languages"))
            for code in codes:
                service.languages.setdefault(code)
            if unknown and service.org is not None:
                for name in unknown:
                    service.org.other_languages.setdefault(name)
        if row.get("service_areas"):
            add_areas(service, plain_text(row.get("service_areas")))
    for location in links.locations.values():
        if location.row.get("languages"):
            codes, _ = language_codes(location.row.get("languages"))
            for code in codes:
                location.languages.setdefault(code)
        if location.row.get("accessibility"):
            location.accessibility.insert(0, plain_text(location.row.get("accessibility")).replace("_", " "))


def _term_category(matcher: CategoryMatcher, term_id: str, terms: dict[str, Row]) -> str | None:
    for _ in range(8):  # walk up a hierarchical taxonomy; the limit stops a parent loop
        term = terms.get(term_id)
        if term is None:
            return None
        if found := matcher.match(term.get("code"), term.get("name"), term.get("term")):
            return found
        term_id = term.get("parent_id")
    return None


def map_categories(run: Run, links: Links, matcher: CategoryMatcher) -> GuideDetails:
    """Taxonomy terms linked to services and organizations, as the guide's categories; returns what
    the guide's own exports carry as attributes of its own terms (guide.hsds.guide_terms)."""
    terms = run.unique("taxonomy_term", id_column="taxonomy_id")
    details = GuideDetails()
    for service in links.services.values():  # Ohana and 1.x: the terms' ids in one column
        for term_id in service.row.get("taxonomy_ids").split(","):
            if category := _term_category(matcher, term_id.strip(), terms):
                service.categories.setdefault(category)
    for row in run.unique("attribute").values():
        term_id = row.get("taxonomy_term_id") or row.get("taxonomy_id")
        link_id = row.get("link_id") or row.get("service_id") or row.get("organization_id")
        entity = row.get("link_entity").lower()
        term = terms.get(term_id)
        if links.was_left_out("service", link_id) or links.was_left_out("organization", link_id):
            run.drop(row, "left-out service", "it belongs to a service or organization left out")
            continue
        if term is None:
            run.missing(row, "taxonomy_term_id" if row.get("taxonomy_term_id") else "taxonomy_id", "taxonomy term")
            continue
        code = term.get("code")
        if is_guide_term(code):
            read_guide_term(run, links, details, row, code)
            continue
        owner: ServiceDraft | OrgDraft | None = links.services.get(link_id) or links.orgs.get(link_id)
        if owner is None:
            if entity in ("service", "organization", ""):
                run.drop(row, "missing service", f"link_id {link_id!r} refers to a missing service or organization")
                continue
            run.drop(row, "not shown", f"a term on a {entity or 'record'}: the guide shows terms only as the "
                                       "categories of services and organizations")
            continue
        if category := _term_category(matcher, term_id, terms):
            owner.categories.setdefault(category)
        else:
            name = term.get("name") or term.get("term") or term.get("code")
            run.drop(row, "no guide category", f"term {name!r} is none of the guide's categories")
    return details
