"""Typed, checked access to the fields of one YAML mapping, and reading a source file as text or YAML;
every problem is reported against its file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guide.content.problems import ProblemLog
from guide.content.records import (
    Source,
    Translations,
)
from guide.content.validate import (
    BIDI_CONTROLS,
    check_date,
    check_url,
)
from guide.content.vocabulary import LANGUAGE_NAMES
from guide.content.yamlsource import LinedDict, LinedList, YamlError, load_yaml

BASE_LANGUAGE = "en"  # the language every article, menu title and label is written in first


class Fields:
    """Typed access to one YAML mapping that reports problems against its file and line."""

    def __init__(self, data: LinedDict, path: Path, log: ProblemLog) -> None:
        self.data = data
        self.path = path
        self.log = log

    def problem(self, key: str | None, message: str) -> None:
        self.log.add(self.path, self.data.line_of(key) if key else self.data.line, message)

    def text(self, key: str, required: bool = True) -> str:
        value = self.data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(key, f"missing required field '{key}'")
            return ""
        if isinstance(value, (dict, list)):
            self.problem(key, f"'{key}' must be text")
            return ""
        text = str(value).strip()
        if BIDI_CONTROLS.search(text):
            self.problem(key, f"'{key}' contains a bidirectional control character")
        return text

    def year(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1800 <= value <= 2100:
            self.problem(key, f"'{key}' must be a year such as 2024")
            return None
        return value

    def date(self, key: str, required: bool = True) -> str:
        value = self.text(key, required)
        if value and (error := check_date(value)):
            self.problem(key, error)
        return value

    def url(self, key: str, required: bool = True, schemes: tuple[str, ...] | None = None) -> str:
        value = self.text(key, required)
        if value:
            error = check_url(value, schemes) if schemes else check_url(value)
            if error:
                self.problem(key, error)
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            self.problem(key, f"'{key}' must be true or false")
            return False
        return value

    def items(self, key: str, required: bool = True) -> list[tuple[int, Any]]:
        """The list at ``key`` with the line of each item."""
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(key, f"missing required field '{key}'")
            return []
        if not isinstance(value, LinedList):
            self.problem(key, f"'{key}' must be a list")
            return []
        if required and not value:
            self.problem(key, f"'{key}' must not be empty")
        return [(value.line_of(i), item) for i, item in enumerate(value)]

    def words(self, key: str, allowed: frozenset[str] | set[str], what: str, required: bool = True) -> tuple[str, ...]:
        result = []
        for line, item in self.items(key, required):
            word = str(item).strip() if isinstance(item, (str, int)) else ""
            if word not in allowed:
                self.log.add(self.path, line, f"unknown {what} {item!r}")
            else:
                result.append(word)
        return tuple(result)

    def translations(self, allowed: tuple[str, ...]) -> Translations:
        """``translations: {es: {field: text}}``: each language a known code, each field one of ``allowed``."""
        value = self.data.get("translations")
        if value is None:
            return {}
        if not isinstance(value, LinedDict):
            self.problem("translations", "'translations' must map language codes to fields, e.g. {es: {...}}")
            return {}
        result: Translations = {}
        for language, texts in value.items():
            language = str(language)
            if language not in LANGUAGE_NAMES or language == BASE_LANGUAGE:
                self.log.add(self.path, value.line_of(language), f"unknown translation language {language!r}")
                continue
            if not isinstance(texts, LinedDict):
                self.log.add(self.path, value.line_of(language), f"translations of {language!r} must be a mapping")
                continue
            fields = Fields(texts, self.path, self.log)
            for key in texts:
                if key not in allowed:
                    fields.problem(str(key), f"'{key}' cannot be translated here (only {', '.join(allowed)})")
            result[language] = {key: text for key in allowed if (text := fields.text(key, required=False))}
        return result

    def sources(self, key: str = "sources", required: bool = True) -> tuple[Source, ...]:
        result = []
        for line, item in self.items(key, required):
            if not isinstance(item, LinedDict):
                self.log.add(self.path, line, f"each of '{key}' must have publisher, title, year and url")
                continue
            fields = Fields(item, self.path, self.log)
            result.append(
                Source(
                    publisher=fields.text("publisher"),
                    title=fields.text("title"),
                    year=fields.year("year"),
                    url=fields.url("url", schemes=("http", "https")),
                )
            )
        return tuple(result)


def read_text(path: Path, log: ProblemLog) -> str | None:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        log.add(path, 1, f"cannot read file: {exc.strerror or exc}")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        log.add(path, line, f"not UTF-8 text (byte {exc.start})")
        return None
    if "\x00" in text:
        log.add(path, text[: text.index("\x00")].count("\n") + 1, "contains a NUL character")
        return None
    return text.removeprefix("\ufeff")


def read_yaml(path: Path, log: ProblemLog, text: str | None = None, first_line: int = 1) -> Any:
    if text is None:
        text = read_text(path, log)
        if text is None:
            return None
    try:
        return load_yaml(text, first_line)
    except YamlError as exc:
        log.add(path, exc.line, exc.message)
        return None


def read_mapping(path: Path, log: ProblemLog, what: str, text: str | None = None,
                 first_line: int = 1) -> LinedDict | None:
    """The YAML of ``path`` (or ``text`` from its ``first_line``) when it is a mapping; else None,
    with the problem reported (``what`` names the file's role: "the guide file")."""
    data = read_yaml(path, log, text, first_line)
    if data is None:
        return None
    if not isinstance(data, LinedDict):
        log.add(path, first_line, f"{what} must be a mapping")
        return None
    return data
