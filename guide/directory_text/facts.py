"""The labelled facts of a service and of a location, in the order a reader looks for them: who it is
for, what it costs, how to get it, in which languages; then when the record was checked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from guide.directory_text import ENGLISH, QT_TRANSLATE_NOOP, Words
from guide.directory_text.plain import plain
from guide.packformat.directory_values import Location, Service

LanguageName = Callable[[str], str]  # "es" -> "Spanish" in the reader's language


@dataclass(frozen=True)
class Fact:
    label: str  # "Eligibility", translated
    value: str  # plain text, cleaned


def ages(service: Service, words: Words = ENGLISH) -> str:
    low, high = service.minimum_age, service.maximum_age
    if low is not None and high is not None:
        return words(QT_TRANSLATE_NOOP("Directory", "{low} to {high}")).format(low=low, high=high)
    if low is not None:
        return words(QT_TRANSLATE_NOOP("Directory", "{low} and older")).format(low=low)
    if high is not None:
        return words(QT_TRANSLATE_NOOP("Directory", "up to {high}")).format(high=high)
    return ""


def languages_text(codes: tuple[str, ...], note: str, language_name: LanguageName) -> str:
    names = ", ".join(language_name(code) for code in codes)
    return f"{names}. {note}" if names and note else names or note


def _facts(pairs: list[tuple[str, str]], words: Words) -> tuple[Fact, ...]:
    return tuple(Fact(words(label), plain(value)) for label, value in pairs if value and plain(value))


def service_facts(service: Service, language_name: LanguageName, words: Words = ENGLISH) -> tuple[Fact, ...]:
    status = "" if service.status in ("", "active") else service.status
    return _facts([
        (QT_TRANSLATE_NOOP("Directory", "Status"), status),
        (QT_TRANSLATE_NOOP("Directory", "Eligibility"), service.eligibility),
        (QT_TRANSLATE_NOOP("Directory", "Ages"), ages(service, words)),
        (QT_TRANSLATE_NOOP("Directory", "Fees"), service.fees),
        (QT_TRANSLATE_NOOP("Directory", "How to apply"), service.application_process),
        (QT_TRANSLATE_NOOP("Directory", "Documents to bring"), service.required_documents),
        (QT_TRANSLATE_NOOP("Directory", "Wait time"), service.wait_time),
        (QT_TRANSLATE_NOOP("Directory", "Languages"),
         languages_text(service.languages, service.interpretation, language_name)),
        (QT_TRANSLATE_NOOP("Directory", "Serves"), service.area_note),
    ], words)


def record_dates(service: Service, words: Words = ENGLISH) -> tuple[Fact, ...]:
    """When the source last checked the service ("verified") and last changed it ("updated")."""
    return _facts([(QT_TRANSLATE_NOOP("Directory", "Verified"), service.assured_date),
                   (QT_TRANSLATE_NOOP("Directory", "Updated"), service.last_modified)], words)


def location_facts(location: Location, language_name: LanguageName, words: Words = ENGLISH) -> tuple[Fact, ...]:
    return _facts([
        (QT_TRANSLATE_NOOP("Directory", "Getting there"), location.transportation),
        (QT_TRANSLATE_NOOP("Directory", "Accessibility"), location.accessibility),
        (QT_TRANSLATE_NOOP("Directory", "Languages"), languages_text(location.languages, "", language_name)),
    ], words)
