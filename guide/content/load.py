"""Read ``resources/`` into validated records, collecting every problem on the way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guide.content.links import INTERNAL_SCHEME, link_scheme
from guide.content.problems import ContentError, ProblemLog
from guide.content.records import (
    ArticleRecord,
    CategoryRecord,
    Content,
    GuideRecord,
    Hotline,
    LinkRecord,
    MenuRecord,
    OrganizationRecord,
    PhoneRecord,
    Source,
    Translations,
)
from guide.content.render import render_markdown
from guide.content.validate import (
    BIDI_CONTROLS,
    check_date,
    check_email,
    check_identifier,
    check_phone,
    check_url,
    digits_of,
)
from guide.content.vocabulary import AREA_CODES, AUDIENCES, LANGUAGE_NAMES, LINK_KINDS, PHONE_KINDS
from guide.content.yamlsource import LinedDict, LinedList, YamlError, load_yaml

MAX_ARTICLE_BYTES = 512 * 1024  # a printed fact sheet is a few KB; anything this large is a mistake
MAX_NESTING_ERROR = "the Markdown is nested too deeply to render"
BASE_LANGUAGE = "en"  # the language every article, menu title and label is written in first
# The fields that may have a text in another language, under `translations: {es: {...}}`.
GUIDE_TRANSLATED = ("title", "subtitle")
HOTLINE_TRANSLATED = ("name", "text_hint", "spanish_service")
CATEGORY_TRANSLATED = ("label",)
MENU_TRANSLATED = ("title",)
ORGANIZATION_TRANSLATED = ("description", "language_note")


class _Fields:
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
            fields = _Fields(texts, self.path, self.log)
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
            fields = _Fields(item, self.path, self.log)
            result.append(
                Source(
                    publisher=fields.text("publisher"),
                    title=fields.text("title"),
                    year=fields.year("year"),
                    url=fields.url("url", schemes=("http", "https")),
                )
            )
        return tuple(result)


def _read_text(path: Path, log: ProblemLog) -> str | None:
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


def _read_yaml(path: Path, log: ProblemLog, text: str | None = None, first_line: int = 1) -> Any:
    if text is None:
        text = _read_text(path, log)
        if text is None:
            return None
    try:
        return load_yaml(text, first_line)
    except YamlError as exc:
        log.add(path, exc.line, exc.message)
        return None


def _load_guide(root: Path, log: ProblemLog) -> GuideRecord | None:
    path = root / "guide.yaml"
    if not path.is_file():
        log.add(path, 1, "missing guide file")
        return None
    data = _read_yaml(path, log)
    if data is None:
        return None
    if not isinstance(data, LinedDict):
        log.add(path, 1, "the guide file must be a mapping")
        return None
    fields = _Fields(data, path, log)
    hotline_data = data.get("hotline")
    hotline = None
    hotline_translations: Translations = {}
    if isinstance(hotline_data, LinedDict):
        h = _Fields(hotline_data, path, log)
        hotline = Hotline(
            organization=h.text("organization"),
            name=h.text("name"),
            operator=h.text("operator", required=False),
            phone=h.text("phone"),
            text=h.text("text", required=False),
            text_hint=h.text("text_hint", required=False),
            tty=h.text("tty", required=False),
            emergency=h.text("emergency"),
            verified=h.date("verified"),
            source=h.url("source", schemes=("http", "https")),
        )
        hotline_translations = h.translations(HOTLINE_TRANSLATED)
        for key in ("phone", "text", "tty", "emergency"):
            value = getattr(hotline, key)
            if value and (error := check_phone(value)):
                h.problem(key, error)
    else:
        fields.problem("hotline", "missing required field 'hotline' (the banner)")
    categories = []
    seen: set[str] = set()
    for line, item in fields.items("categories"):
        if not isinstance(item, LinedDict):
            log.add(path, line, "each category needs an id and a label")
            continue
        c = _Fields(item, path, log)
        cid = c.text("id")
        if cid and (error := check_identifier(cid)):
            c.problem("id", error)
        if cid in seen:
            c.problem("id", f"duplicate category {cid!r}")
        seen.add(cid)
        categories.append(CategoryRecord(cid, c.text("label"), c.translations(CATEGORY_TRANSLATED)))
    menu = [_load_menu_node(item, line, path, log) for line, item in fields.items("menu")]
    if hotline is None:
        return None
    return GuideRecord(
        title=fields.text("title"),
        subtitle=fields.text("subtitle", required=False),
        language=fields.text("language", required=False) or "en",
        hotline=hotline,
        categories=tuple(categories),
        menu=tuple(node for node in menu if node),
        translations=fields.translations(GUIDE_TRANSLATED),
        hotline_translations=hotline_translations,
    )


def _load_menu_node(data: Any, line: int, path: Path, log: ProblemLog) -> MenuRecord | None:
    if not isinstance(data, LinedDict):
        log.add(path, line, "a menu node must be a mapping with a title")
        return None
    fields = _Fields(data, path, log)
    targets = [key for key in ("article", "organizations", "links") if key in data]
    if len(targets) > 1:
        fields.problem(targets[1], "a menu node shows one page: article, organizations or links")
    kind = targets[0] if targets else "folder"
    target = fields.text(kind) if targets else ""
    node = MenuRecord(title=fields.text("title"), kind=kind, target=target, line=data.line,
                      translations=fields.translations(MENU_TRANSLATED))
    for child_line, child in fields.items("children", required=False):
        child_node = _load_menu_node(child, child_line, path, log)
        if child_node:
            node.children.append(child_node)
    return node


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


def _load_article(path: Path, log: ProblemLog, language: str = BASE_LANGUAGE
                  ) -> tuple[ArticleRecord, int, list[tuple[int, str]]] | None:
    """The article, the line of its slug, and its internal links with their lines (checked once
    all slugs are known). ``language``: the folder's language (articles/es/ holds Spanish ones)."""
    text = _read_text(path, log)
    if text is None:
        return None
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        log.add(path, 1, f"article is larger than {MAX_ARTICLE_BYTES // 1024} KB")
        return None
    parts = _split_front_matter(text, path, log)
    if parts is None:
        return None
    front_text, body, body_line = parts
    data = _read_yaml(path, log, front_text, first_line=2)
    if data is None:
        return None
    if not isinstance(data, LinedDict):
        log.add(path, 2, "the front matter must be a mapping")
        return None
    fields = _Fields(data, path, log)
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
    for href, written in zip(rendered.links, rendered.links_as_written):
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


def _article_language(fields: _Fields, folder_language: str) -> str:
    written = fields.text("language", required=False)
    if written and written != folder_language:
        where = f"articles/{folder_language}/" if folder_language != BASE_LANGUAGE else "articles/"
        fields.problem("language", f"language {written!r} does not match the folder {where}")
    return folder_language


def _load_organization(path: Path, categories: set[str], log: ProblemLog) -> tuple[OrganizationRecord, int] | None:
    """The organization and the line of its id."""
    data = _read_yaml(path, log)
    if data is None:
        return None
    if not isinstance(data, LinedDict):
        log.add(path, 1, "an organization file must be a mapping")
        return None
    fields = _Fields(data, path, log)
    key = fields.text("id")
    if key and key != path.stem:
        fields.problem("id", f"id {key!r} does not match the file name {path.name!r}")
    phones = []
    for line, item in fields.items("phones", required=False):
        if not isinstance(item, LinedDict):
            log.add(path, line, "each phone needs number, kind and source")
            continue
        p = _Fields(item, path, log)
        number = p.text("number")
        if number and (error := check_phone(number)):
            p.problem("number", error)
        kind = p.text("kind")
        if kind and kind not in PHONE_KINDS:
            p.problem("kind", f"unknown phone kind {kind!r} (voice, sms, tty or fax)")
        source = p.text("source")
        if not source:
            pass  # already reported: a number without a source stays out of the guide
        elif error := check_url(source, ("http", "https")):
            p.problem("source", error)
        phones.append(PhoneRecord(number, kind, p.text("hours", False), p.flag("always_open"),
                                  p.text("description", False), source))
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
        phones=tuple(phones),
        areas=fields.words("areas", AREA_CODES, "state or area code"),
        languages=fields.words("languages", set(LANGUAGE_NAMES), "language code", required=False),
        language_note=fields.text("language_note", required=False),
        sources=fields.sources(),
        verified=fields.date("verified"),
        translations=fields.translations(ORGANIZATION_TRANSLATED),
    )
    return record, data.line_of("id")


def _load_links(path: Path, log: ProblemLog) -> list[LinkRecord]:
    """Every link, each id checked for duplicates at its own line."""
    if not path.is_file():
        return []
    data = _read_yaml(path, log)
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
        f = _Fields(item, path, log)
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
    _check_duplicates(ids, "link id", log)
    return links


def _check_duplicates(records: list[tuple[Path, int, str]], what: str, log: ProblemLog) -> None:
    """Report every repeat of a key at its own (path, line), naming where it was first seen."""
    seen: dict[str, tuple[Path, int]] = {}
    for path, line, key in records:
        if not key:
            continue
        if key in seen:
            first_path, first_line = seen[key]
            log.add(path, line, f"duplicate {what} {key!r} (also at {log.display(first_path)}:{first_line})")
        else:
            seen[key] = (path, line)


def _check_menu(nodes: list[MenuRecord], path: Path, slugs: set[str], categories: set[str], log: ProblemLog) -> None:
    for node in nodes:
        if node.kind == "article" and node.target and node.target not in slugs:
            log.add(path, node.line, f"menu node {node.title!r} points at unknown article {node.target!r}")
        if node.kind == "organizations" and node.target not in categories | {"all", ""}:
            log.add(path, node.line, f"menu node {node.title!r} points at unknown category {node.target!r}")
        if node.kind == "links" and node.target not in LINK_KINDS | {"all", ""}:
            log.add(path, node.line, f"menu node {node.title!r} points at unknown link kind {node.target!r}")
        _check_menu(node.children, path, slugs, categories, log)


def _check_hotline(guide: GuideRecord, organizations: list[OrganizationRecord], org_keys: set[str], path: Path,
                   log: ProblemLog) -> None:
    hotline = guide.hotline
    record = next((o for o in organizations if o.key == hotline.organization), None)
    if record is None and hotline.organization in org_keys:
        return  # its file has problems of its own, already reported
    if record is None:
        log.add(path, 1, f"the hotline banner names unknown organization {hotline.organization!r}")
        return
    for banner_key, kind in (("phone", "voice"), ("text", "sms"), ("tty", "tty")):
        number = getattr(hotline, banner_key)
        recorded = {digits_of(p.number) for p in record.phones if p.kind == kind}
        if number and digits_of(number) not in recorded:
            log.add(path, 1, f"the banner's {banner_key} number {number!r} differs from "
                    f"organization {record.key!r} ({kind}: {', '.join(sorted(recorded)) or 'none'})")


def _load_article_translations(folder: Path, slugs: set[str], log: ProblemLog
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
            item = _load_article(path, log, language)
            if item is None:
                continue
            record, slug_line, internal = item
            if record.slug and record.slug not in slugs:
                log.add(path, slug_line, f"no article {record.slug!r} in articles/ for this to translate")
            loaded.append((path, record, internal))
    return loaded


def load_content(root: Path) -> Content:
    """Load and validate everything under ``root``; raise ContentError listing every problem."""
    root = root.resolve()
    log = ProblemLog(root)
    if not root.is_dir():
        log.add(root, 1, "resources folder not found")
        raise ContentError(log.problems)
    guide = _load_guide(root, log)
    category_ids = {c.id for c in guide.categories} if guide else set()

    article_paths = sorted((root / "articles").glob("*.md"))
    loaded = [(path, _load_article(path, log)) for path in article_paths]
    articles = [(path, item[0], item[2]) for path, item in loaded if item]
    _check_duplicates([(path, item[1], item[0].slug) for path, item in loaded if item], "slug", log)
    # A file that failed to load still names its article: links to it are not reported twice.
    slugs = {a.slug for _, a, _ in articles} | {path.stem for path, item in loaded if not item}

    translated = _load_article_translations(root / "articles", slugs, log)

    org_paths = sorted((root / "organizations").glob("*.yaml"))
    loaded_orgs = [(p, _load_organization(p, category_ids, log)) for p in org_paths]
    organizations = [(p, o[0]) for p, o in loaded_orgs if o]
    _check_duplicates([(p, o[1], o[0].key) for p, o in loaded_orgs if o], "organization id", log)
    org_keys = {o.key for _, o in organizations} | {p.stem for p, o in loaded_orgs if not o}

    for path, _, internal in [*articles, *translated]:
        for line, href in internal:
            target = href.split(":", 1)[1]
            if target.startswith("org/"):
                if target[4:] not in org_keys:
                    log.add(path, line, f"internal link to unknown organization {target[4:]!r}")
            elif target not in slugs:
                log.add(path, line, f"internal link to unknown article {target!r}")

    links_path = root / "links.yaml"
    links = _load_links(links_path, log)

    if guide:
        _check_menu(list(guide.menu), root / "guide.yaml", slugs, category_ids, log)
        _check_hotline(guide, [o for _, o in organizations], org_keys, root / "guide.yaml", log)
    if log.problems or guide is None:
        raise ContentError(log.problems)
    return Content(
        guide=guide,
        articles=tuple(a for _, a, _ in articles),
        organizations=tuple(o for _, o in organizations),
        links=tuple(links),
        article_translations=tuple(a for _, a, _ in translated),
    )
