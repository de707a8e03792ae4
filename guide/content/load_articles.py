"""articles/*.md and their translations in articles/<language>/: front matter and Markdown body."""

from __future__ import annotations

from pathlib import Path

from guide.content.fields import BASE_LANGUAGE, Fields, read_mapping, read_text
from guide.content.links import INTERNAL_SCHEME, link_scheme
from guide.content.problems import ProblemLog
from guide.content.records import (
    ArticleRecord,
)
from guide.content.render import render_markdown
from guide.content.validate import (
    BIDI_CONTROLS,
    check_url,
)
from guide.content.vocabulary import AUDIENCES, LANGUAGE_NAMES

MAX_ARTICLE_BYTES = 512 * 1024  # a printed fact sheet is a few KB; anything this large is a mistake
MAX_NESTING_ERROR = "the Markdown is nested too deeply to render"


def _split_front_matter(text: str, path: Path, log: ProblemLog) -> tuple[str, str, int] | None:
    """(front matter, body, line of the body's first line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        log.add(path, 1, "an article must start with '---' and YAML front matter")
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    log.add(path, 1, "the front matter has no closing '---'")
    return None


class _LineFinder:
    """Lines of successive occurrences in ``text``: the same href written twice gets two lines."""

    def __init__(self, text: str, first_line: int) -> None:
        self.text = text
        self.first_line = first_line
        self.searched_from: dict[str, int] = {}

    def line_of(self, needle: str) -> int:
        start = self.searched_from.get(needle, 0)
        index = self.text.find(needle, start)
        if index < 0:
            index = self.text.find(needle)  # written differently than rendered: best effort
        if index < 0:
            return self.first_line
        self.searched_from[needle] = index + len(needle)
        return self.first_line + self.text.count("\n", 0, index)


def load_article(path: Path, log: ProblemLog, language: str = BASE_LANGUAGE
                  ) -> tuple[ArticleRecord, int, list[tuple[int, str]]] | None:
    """The article, the line of its slug, and its internal links with their lines (checked once
    all slugs are known). ``language``: the folder's language (articles/es/ holds Spanish ones)."""
    text = read_text(path, log)
    if text is None:
        return None
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        log.add(path, 1, f"article is larger than {MAX_ARTICLE_BYTES // 1024} KB")
        return None
    parts = _split_front_matter(text, path, log)
    if parts is None:
        return None
    front_text, body, body_line = parts
    data = read_mapping(path, log, "the front matter", front_text, first_line=2)
    if data is None:
        return None
    fields = Fields(data, path, log)
    slug = fields.text("slug")
    if slug and slug != path.stem:
        fields.problem("slug", f"slug {slug!r} does not match the file name {path.name!r}")
    for match in BIDI_CONTROLS.finditer(body):
        log.add(path, body_line + body[: match.start()].count("\n"), "contains a bidirectional control character")
        break
    if not body.strip():
        log.add(path, body_line, "the article is empty")
    try:
        rendered = render_markdown(body)
    except RecursionError:
        log.add(path, body_line, MAX_NESTING_ERROR)
        return None
    internal: list[tuple[int, str]] = []
    lines = _LineFinder(body, body_line)
    for href, written in zip(rendered.links, rendered.links_as_written, strict=False):
        scheme = link_scheme(href)
        line = lines.line_of(written)
        if scheme == INTERNAL_SCHEME:
            internal.append((line, href))
        elif href.startswith("#"):
            continue
        elif error := check_url(href):
            log.add(path, line, f"link: {error}")
    for src in rendered.dropped_images:
        log.add(path, lines.line_of(src), f"image {src!r} is not allowed (no remote or embedded images)")
    record = ArticleRecord(
        slug=slug,
        title=fields.text("title"),
        summary=fields.text("summary"),
        updated=fields.date("updated"),
        audience=fields.words("audience", AUDIENCES, "audience"),
        language=_article_language(fields, language),
        sources=fields.sources(),
        body=body,
        html=rendered.html,
        plain_text=rendered.plain_text,
    )
    return record, data.line_of("slug"), internal


def _article_language(fields: Fields, folder_language: str) -> str:
    written = fields.text("language", required=False)
    if written and written != folder_language:
        where = f"articles/{folder_language}/" if folder_language != BASE_LANGUAGE else "articles/"
        fields.problem("language", f"language {written!r} does not match the folder {where}")
    return folder_language


def load_article_translations(folder: Path, slugs: set[str], log: ProblemLog
                               ) -> list[tuple[Path, ArticleRecord, list[tuple[int, str]]]]:
    """``articles/<language>/<slug>.md``: each translates the article ``articles/<slug>.md``."""
    loaded = []
    for language_folder in sorted(p for p in folder.glob("*") if p.is_dir()):
        language = language_folder.name
        paths = sorted(language_folder.glob("*.md"))
        if language not in LANGUAGE_NAMES or language == BASE_LANGUAGE:
            for path in paths[:1]:
                log.add(path, 1, f"unknown language folder {language!r} (use a language code such as 'es')")
            continue
        for path in paths:
            item = load_article(path, log, language)
            if item is None:
                continue
            record, slug_line, internal = item
            if record.slug and record.slug not in slugs:
                log.add(path, slug_line, f"no article {record.slug!r} in articles/ for this to translate")
            loaded.append((path, record, internal))
    return loaded
