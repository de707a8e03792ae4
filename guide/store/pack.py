"""Read-only access to a guide pack. No Qt here; the UI and the CLI both go through this."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from guide.store import models as m
from guide.store.search import KINDS, SearchQuery, match_expression
from guide.store.views import (
    Article,
    ArticleSummary,
    Category,
    Hotline,
    Link,
    MenuNode,
    Organization,
    OrganizationFilter,
    OrganizationRow,
    PackInfo,
    Phone,
    SearchHit,
    Source,
)

SQLITE_HEADER = b"SQLite format 3\x00"
SORT_COLUMNS = {
    "name": m.Organization.sort_name,
    "categories": m.Organization.categories,
    "areas": m.Organization.areas,
    "phone": m.Organization.main_phone,
    "languages": m.Organization.languages,
}
_ROW_BATCH = 500  # stays below SQLite's bound-parameter limit
_MAX_HITS = 10_000  # a limit beyond SQLite's 64-bit integers would raise OverflowError
# Search ranks at most this many candidates per tier (see Pack.search); benchmarks/README.md has
# the figures that chose it.
_CANDIDATES = 300
_KIND_RANK = "(CASE kind WHEN 'article' THEN 0 WHEN 'organization' THEN 1 ELSE 2 END)"
# Scores of the two search tiers (see Pack.search). Each part is clipped below the step of the part
# before it, so the sum orders hits exactly as the description there says.
_NAME_SCORE = f"(CASE WHEN rowid = :pinned THEN -1 ELSE {_KIND_RANK} END) * 1000.0 + min(length(title), 999)"
_TEXT_SCORE = f"10000.0 + {_KIND_RANK} * 1000.0 + max(bm25(search, 0.0, 0.0, 10.0, 1.0, 0.0, 0.0), -999.0)"


class PackError(Exception):
    """A pack that cannot be used. The message is one line meant for a person."""


def _words(padded: str) -> tuple[str, ...]:
    return tuple(padded.split())


def _readonly_uri(path: Path) -> str:
    # immutable=1: the pack never changes under a connection, so SQLite takes no locks and writes no
    # -shm/-wal/-journal beside it; that is what lets a pack open from read-only media.
    return "file:" + quote(str(path)) + "?mode=ro&immutable=1"


class Pack:
    """An open guide pack. Safe to share between threads: each call takes its own connection."""

    def __init__(self, path: Path, engine: Engine, meta: dict[str, str]) -> None:
        self.path = path
        self._engine = engine
        self._meta = meta
        self._category_labels: dict[str, dict[str, str]] = {}  # language -> category id -> label
        self._translated: dict[tuple[str, str], dict[tuple[str, str], str]] = {}
        self._featured_id: int | None = None

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, verify: bool = True) -> Pack:
        """Open ``path`` read-only, or raise PackError saying in one line what is wrong with it."""
        path = Path(path).expanduser()
        _check_file(path)
        uri = _readonly_uri(path.resolve())

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, check_same_thread=False)

        # NullPool: connections are cheap here, and a pool would keep the file open after close().
        engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
        try:
            with engine.connect() as connection:
                if verify:
                    result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
                    if result != "ok":
                        raise PackError(f"{path} is damaged (the integrity check failed): {result}")
                tables = set(connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").scalars())
                if "meta" not in tables:
                    raise PackError(f"{path} is an SQLite database but not a guide pack (no meta table)")
                meta = dict(connection.exec_driver_sql("SELECT key, value FROM meta").all())
        except DBAPIError as exc:
            engine.dispose()
            raise PackError(f"{path} cannot be read as a guide pack: {_reason(exc)}") from None
        except UnicodeDecodeError:
            engine.dispose()  # sqlite3 decodes text itself: garbled text means a damaged file
            raise PackError(f"{path} is damaged (it holds text that is not UTF-8)") from None
        except PackError:
            engine.dispose()
            raise
        version = meta.get("schema_version", "")
        if version != str(m.SCHEMA_VERSION):
            engine.dispose()
            newer = version.isdigit() and int(version) > m.SCHEMA_VERSION
            hint = "update the app" if newer else "rebuild the pack with this version of the app"
            raise PackError(
                f"{path} has pack schema version {version or 'none'}; this app reads version "
                f"{m.SCHEMA_VERSION} ({hint})"
            )
        if not _is_json_object(meta.get("hotline", "{}")):
            engine.dispose()
            raise PackError(f"{path} is damaged (its hotline record is not readable)")
        return cls(path, engine, meta)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Pack:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _run(self, statement, params: dict | None = None):  # type: ignore[no-untyped-def]
        """Execute and fetch everything; a failure becomes a PackError (e.g. the file changed)."""
        try:
            with Session(self._engine) as session:
                return session.execute(statement, params or {}).all()
        except DBAPIError as exc:
            raise PackError(f"{self.path} cannot be read: {_reason(exc)}") from None
        except UnicodeDecodeError:
            raise PackError(f"{self.path} cannot be read: it holds text that is not UTF-8") from None

    def _fetch(self, statement) -> list[tuple]:  # type: ignore[no-untyped-def]
        """Like _run, but as plain tuples straight from sqlite3: the hot paths (ids of 100 000
        organizations, search while typing) would spend most of their time building Row objects."""
        expanded = statement.compile(self._engine).construct_expanded_state()
        return self._fetch_sql(expanded.statement, expanded.positional_parameters or ())

    def _fetch_sql(self, sql: str, params: Sequence[object] | dict[str, object] = ()) -> list[tuple]:
        try:
            with self._engine.connect() as connection:
                return connection.connection.driver_connection.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise PackError(f"{self.path} cannot be read: {_first_line(exc)}") from None
        except UnicodeDecodeError:
            raise PackError(f"{self.path} cannot be read: it holds text that is not UTF-8") from None

    # -- guide-level data ----------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language the guide is written in; other languages are translations of it."""
        return self._meta.get("language", "en")

    def _translations(self, kind: str, language: str) -> dict[tuple[str, str], str]:
        """{(ref, field): text} of ``kind`` records in ``language`` (nothing for the guide's own language)."""
        if language == self.language:
            return {}
        key = (kind, language)
        if key not in self._translated:
            t = m.Translation
            rows = self._fetch(select(t.ref, t.field, t.text).where(t.kind == kind, t.language == language))
            self._translated[key] = {(ref, name): value for ref, name, value in rows}
        return self._translated[key]

    def info(self, language: str = "en") -> PackInfo:
        """Title and subtitle in ``language`` where the pack has them (else the guide's own)."""
        translated = self._translations("guide", language)
        counts = {
            "articles": int(self._run(select(func.count()).select_from(m.Article)
                                      .where(m.Article.language == self.language))[0][0]),
            "organizations": self._count(m.Organization),
            "links": self._count(m.Link),
            "menu_nodes": self._count(m.MenuNode),
        }
        return PackInfo(
            path=str(self.path),
            schema_version=int(self._meta["schema_version"]),
            title=translated.get(("", "title"), self._meta.get("title", "")),
            subtitle=translated.get(("", "subtitle"), self._meta.get("subtitle", "")),
            language=self.language,
            content_date=self._meta.get("content_date", ""),
            content_sha256=self._meta.get("content_sha256", ""),
            counts=counts,
        )

    def _count(self, model: type[m.Base]) -> int:
        return int(self._run(select(func.count()).select_from(model))[0][0])

    @property
    def title(self) -> str:
        return self._meta.get("title", "")

    @property
    def content_date(self) -> str:
        return self._meta.get("content_date", "")

    def hotline(self, language: str = "en") -> Hotline:
        """The banner's hotline; in ``language`` its name, text hint and (in Spanish) spanish_service."""
        data = json.loads(self._meta.get("hotline", "{}"))
        data.update({name: value for (_, name), value in self._translations("hotline", language).items()})
        fields = Hotline.__dataclass_fields__
        return Hotline(**{name: str(data.get(name, "")) for name in fields})

    def menu(self, language: str = "en") -> tuple[MenuNode, ...]:
        """The navigation tree; titles in ``language`` where translated (else the guide's own)."""
        rows = self._run(select(m.MenuNode).order_by(m.MenuNode.parent_id, m.MenuNode.position))
        titles = self._translations("menu", language)
        children: dict[int | None, list] = {}
        for (node,) in rows:
            children.setdefault(node.parent_id, []).append(node)

        def build(parent: int | None) -> tuple[MenuNode, ...]:
            return tuple(
                MenuNode(n.id, titles.get((str(n.id), "title"), n.title), n.kind, n.target, build(n.id))
                for n in children.get(parent, [])
            )

        return build(None)

    def categories(self, language: str = "en") -> tuple[Category, ...]:
        rows = self._run(select(m.Category.id, m.Category.label).order_by(m.Category.position))
        labels = self._translations("category", language)
        return tuple(Category(r.id, labels.get((r.id, "label"), r.label)) for r in rows)

    def category_label(self, category_id: str, language: str = "en") -> str:
        if language not in self._category_labels:
            self._category_labels[language] = {c.id: c.label for c in self.categories(language)}
        return self._category_labels[language].get(category_id, category_id)

    def areas_in_use(self) -> tuple[str, ...]:
        rows = self._run(select(m.ServiceArea.area).distinct().order_by(m.ServiceArea.area))
        return tuple(r[0] for r in rows)

    def languages_in_use(self) -> tuple[str, ...]:
        rows = self._run(select(m.OrganizationLanguage.language).distinct().order_by(m.OrganizationLanguage.language))
        return tuple(r[0] for r in rows)

    # -- articles ------------------------------------------------------------------------------

    def articles(self, language: str = "en") -> tuple[ArticleSummary, ...]:
        """Every article once, by title: in ``language`` where translated, else in the guide's own."""
        a = m.Article
        rows = self._run(select(a.slug, a.language, a.title, a.summary, a.updated)
                         .where(a.language.in_({self.language, language})))
        chosen: dict[str, tuple] = {}
        for slug, written_in, *summary in rows:
            if slug not in chosen or written_in == language:
                chosen[slug] = (slug, *summary)
        return tuple(ArticleSummary(*r) for r in sorted(chosen.values(), key=lambda r: (r[1], r[0])))

    def article(self, slug: str, language: str = "en") -> Article | None:
        """The article in ``language``; if it has no such translation, in the guide's own language
        with ``fallback`` set, so that the page can say it is shown in English."""
        a = m.Article
        rows = self._run(select(a).where(a.slug == slug, a.language.in_({self.language, language})))
        if not rows:
            return None
        found = {row.language: row for (row,) in rows}
        row = found.get(language) or found.get(self.language) or next(iter(found.values()))
        sources = self._run(select(m.ArticleSource).where(m.ArticleSource.article_slug == slug,
                                                          m.ArticleSource.article_language == row.language)
                            .order_by(m.ArticleSource.position))
        return Article(row.slug, row.title, row.summary, row.updated, tuple(filter(None, row.audience.split(","))),
                       row.language, row.html, row.plain_text,
                       tuple(Source(s.publisher, s.title, s.year, s.url) for (s,) in sources),
                       fallback=row.language != language)

    def article_languages(self, slug: str) -> tuple[str, ...]:
        """The languages ``slug`` is written in, the guide's own first."""
        rows = self._fetch(select(m.Article.language).where(m.Article.slug == slug))
        return tuple(sorted((r[0] for r in rows), key=lambda code: (code != self.language, code)))

    # -- organizations -------------------------------------------------------------------------

    def _filtered(self, statement, flt: OrganizationFilter):  # type: ignore[no-untyped-def]
        org = m.Organization
        if not all(_storable(value) for value in (flt.category, flt.state, flt.language)):
            return None  # a value SQLite cannot even hold matches nothing
        if flt.category:
            statement = statement.where(org.id.in_(
                select(m.OrganizationCategory.organization_id).where(m.OrganizationCategory.category_id == flt.category)))
        if flt.state:
            statement = statement.where(org.id.in_(
                select(m.ServiceArea.organization_id).where(m.ServiceArea.area.in_((flt.state, "US")))))
        if flt.language:
            statement = statement.where(org.id.in_(
                select(m.OrganizationLanguage.organization_id).where(m.OrganizationLanguage.language == flt.language)))
        if flt.open_24_7:
            statement = statement.where(org.always_open == 1)
        if flt.has_text:
            statement = statement.where(org.has_text == 1)
        expression = match_expression(SearchQuery(flt.text).terms)
        if flt.text.strip() and not expression:
            return None  # text with no searchable word (only punctuation or emoji) matches nothing
        if expression:
            statement = statement.where(org.id.in_(
                select(text("rowid")).select_from(text("search"))
                .where(text("search MATCH :q AND rowid > 0")))).params(q=expression)
        return statement

    def organization_ids(self, flt: OrganizationFilter = OrganizationFilter(), sort: str = "name",
                         descending: bool = False) -> list[int]:
        """Ids of the organizations that pass ``flt``, in table order; rows are fetched separately."""
        statement = self._filtered(select(m.Organization.id), flt)
        if statement is None:
            return []
        # Ids follow name order (see models.SEARCH_TABLE_DDL): sorting by name is sorting by id,
        # which SQLite reads straight off the primary key or the FTS index with no sort step.
        by_id = m.Organization.id.desc() if descending else m.Organization.id.asc()
        column = SORT_COLUMNS.get(sort)
        if column is not None and sort != "name":
            statement = statement.order_by(column.desc() if descending else column.asc(), m.Organization.id)
        elif flt == OrganizationFilter():
            # Everyone: the narrow name index (it holds the ids) reads faster than the wide table.
            order = (m.Organization.sort_name, m.Organization.id)
            statement = statement.order_by(*(c.desc() for c in order) if descending else order)
        else:
            statement = statement.order_by(by_id)
        return [row[0] for row in self._fetch(statement)]

    def organization_count(self, flt: OrganizationFilter = OrganizationFilter()) -> int:
        statement = self._filtered(select(func.count()).select_from(m.Organization), flt)
        return 0 if statement is None else int(self._fetch(statement)[0][0])

    def organization_rows(self, ids: Sequence[int]) -> dict[int, OrganizationRow]:
        org = m.Organization
        result: dict[int, OrganizationRow] = {}
        for start in range(0, len(ids), _ROW_BATCH):
            batch = list(ids[start:start + _ROW_BATCH])
            rows = self._fetch(select(org.id, org.key, org.name, org.categories, org.areas, org.languages,
                                      org.main_phone, org.always_open, org.has_text).where(org.id.in_(batch)))
            for org_id, key, name, categories, areas, languages, phone, always_open, has_text in rows:
                result[org_id] = OrganizationRow(org_id, key, name, _words(categories), _words(areas),
                                                 _words(languages), phone, bool(always_open), bool(has_text))
        return result

    def organization_id(self, key: str) -> int | None:
        rows = self._run(select(m.Organization.id).where(m.Organization.key == key))
        return rows[0][0] if rows else None

    def organization(self, org_id: int, language: str = "en") -> Organization | None:
        """One organization; its description and language note in ``language`` where translated.
        Names, numbers and hours are the organization's own and stay as recorded."""
        rows = self._run(select(m.Organization).where(m.Organization.id == org_id))
        if not rows:
            return None
        o = rows[0][0]
        translated = self._translations("organization", language)
        phones = self._run(select(m.Phone).where(m.Phone.organization_id == org_id).order_by(m.Phone.position))
        sources = self._run(select(m.OrganizationSource).where(m.OrganizationSource.organization_id == org_id)
                            .order_by(m.OrganizationSource.position))
        return Organization(
            id=o.id, key=o.key, name=o.name, alternate_name=o.alternate_name,
            description=translated.get((o.key, "description"), o.description),
            categories=tuple(Category(c, self.category_label(c, language)) for c in _words(o.categories)),
            website=o.website, email=o.email,
            phones=tuple(Phone(p.number, p.kind, p.hours, bool(p.always_open), p.description, p.source)
                         for (p,) in phones),
            areas=_words(o.areas), languages=_words(o.languages),
            language_note=translated.get((o.key, "language_note"), o.language_note),
            sources=tuple(Source(s.publisher, s.title, s.year, s.url) for (s,) in sources),
            verified=o.verified,
        )

    def organizations(self, ids: Iterable[int], language: str = "en") -> list[Organization]:
        return [org for org_id in ids if (org := self.organization(org_id, language))]

    # -- links ---------------------------------------------------------------------------------

    def links(self, kind: str = "all") -> tuple[Link, ...]:
        statement = select(m.Link).order_by(m.Link.position)
        if kind and kind != "all":
            statement = statement.where(m.Link.kind == kind)
        return tuple(Link(k.id, k.title, k.url, k.url_note, k.kind, k.publisher, k.year, k.description)
                     for (k,) in self._run(statement))

    # -- search --------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Ranked hits for user text; never raises on odd input (it is quoted before MATCH).

        Order (SearchHit.score, lower is better): first the hits whose name or title holds every
        word, the guide's own hotline first, then articles, organizations and links, each shortest
        title first (the closest name to what was typed); then the hits that match only in their
        text, articles, organizations and links, each by bm25 (title weighted 10:1).

        Each tier looks at a bounded set of candidates, the first rows in index order (links and
        articles, then organizations by name), so its cost does not grow with the directory: bm25
        over every row a two-letter prefix matches takes several frames on 100 000 organizations.
        The second tier runs only when names leave room.
        """
        terms = query.terms
        kinds = [k for k in query.kinds if k in KINDS and (not query.organizations_only or k == "organization")]
        if not terms or not kinds or query.limit <= 0:
            return []
        limit = min(query.limit, _MAX_HITS)
        conditions = _kind_conditions(kinds)
        if "article" in kinds:
            conditions.append(self._article_language_condition(query.content_language))
        facets = _facet_expression(query)
        if facets is None:
            return []  # a filter value SQLite cannot even hold matches nothing
        anywhere = match_expression(terms, "{title body}")
        # The second phrase changes no row (a title match is a match anywhere) but lets the snippet
        # of the text column highlight the words there too.
        names = f"({match_expression(terms, 'title')}) AND ({anywhere})"
        if facets:
            names, anywhere = f"({names}) AND ({facets})", f"({anywhere}) AND ({facets})"
        hits = self._tier(names, conditions, _NAME_SCORE, limit, pinned=self._hotline_id())
        if len(hits) < limit:
            hits += self._tier(f"({anywhere}) NOT ({names})", conditions, _TEXT_SCORE, limit - len(hits))
        return hits

    def _tier(self, expression: str, conditions: list[str], score: str, limit: int, pinned: int = 0) -> list[SearchHit]:
        """The best ``limit`` hits among the first candidates in index order that match ``expression``,
        and row ``pinned`` if it matches (the hotline stays findable however many names come before it)."""
        where = " AND ".join(["search MATCH :q", *conditions])
        # The snippet comes from the text (column 3): it shows the matches there, or else how the text begins.
        columns = f"kind, ref, title, snippet(search, 3, char(2), char(3), '…', 16) AS snippet, {score} AS score"
        sql = f"SELECT kind, ref, title, snippet, score FROM (SELECT {columns} FROM search WHERE {where} LIMIT :k)"
        if pinned:
            sql += f" UNION SELECT {columns} FROM search WHERE {where} AND rowid = :pinned"
        sql += " ORDER BY score LIMIT :limit"
        params = {"q": expression, "k": max(_CANDIDATES, limit), "pinned": pinned, "limit": limit}
        rows = self._fetch_sql(sql, params)
        return [SearchHit(kind, ref, title, snippet, float(score)) for kind, ref, title, snippet, score in rows]

    def _article_language_condition(self, language: str) -> str:
        """Article rows in ``language``, or in the guide's own where an article has no such translation.
        Only article rows read the language column: the rowid test settles every other row first."""
        base = self.language if _is_code(self.language) else "en"
        language = language if _is_code(language) else base  # inlined below, so letters only
        low, high = m.SEARCH_ROWID_RANGES["article"]
        keep = f"language = '{base}'"
        if language != base:
            keep = (f"(language = '{language}' OR ({keep} AND ref NOT IN "
                    f"(SELECT slug FROM article WHERE language = '{language}')))")
        return f"(rowid NOT BETWEEN {low} AND {high} OR {keep})"

    def _hotline_id(self) -> int:
        """Id of the organization behind the hotline banner (0 if the pack has none)."""
        if self._featured_id is None:
            self._featured_id = self.organization_id(self.hotline().organization) or 0
        return self._featured_id


def _facet_expression(query: SearchQuery) -> str | None:
    """The FTS5 expression for the query's state, category and language filters ('' for none; None
    for a value that cannot be stored, which matches nothing)."""
    values = (query.state, query.category, query.language)
    if not all(_storable(value) for value in values):
        return None
    parts = []
    if query.state:  # organizations serving the state, nationwide ones included
        parts.append(f'"{m.facet_token("a", query.state)}" OR "{m.facet_token("a", "US")}"')
    if query.category:
        parts.append(f'"{m.facet_token("c", query.category)}"')
    if query.language:
        parts.append(f'"{m.facet_token("l", query.language)}"')
    return " AND ".join(f"facets : ({part})" for part in parts)


def _kind_conditions(kinds: Sequence[str]) -> list[str]:
    """SQL conditions on the search table that keep only ``kinds`` (known kind names)."""
    if set(kinds) >= set(KINDS):
        return []
    ranges = [m.SEARCH_ROWID_RANGES[kind] for kind in kinds]
    low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    conditions = [f"rowid BETWEEN {low} AND {high}"]
    if any(low <= m.SEARCH_ROWID_RANGES[kind][0] <= high for kind in set(KINDS) - set(kinds)):
        conditions.append("kind IN (" + ", ".join(f"'{kind}'" for kind in kinds) + ")")
    return conditions


def _is_code(language: str) -> bool:
    return 0 < len(language) <= 8 and language.isascii() and language.isalpha()


def _check_file(path: Path) -> None:
    if not path.exists():
        raise PackError(f"pack not found: {path}")
    if path.is_dir():
        raise PackError(f"{path} is a folder, not a guide pack file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise PackError(f"{path} cannot be opened: {exc.strerror or exc}") from None
    if not header:
        raise PackError(f"{path} is empty (0 bytes), not a guide pack")
    if header != SQLITE_HEADER:
        raise PackError(f"{path} is not a guide pack (not an SQLite database)")


def _storable(value: str) -> bool:
    """False for text SQLite cannot take in a query: lone surrogates (from undecodable argv or odd
    clipboard text) and NUL characters."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in value


def _is_json_object(value: str) -> bool:
    try:
        return isinstance(json.loads(value), dict)
    except ValueError:
        return False


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or ["unknown error"])[0]


def _reason(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig else "unknown error"
