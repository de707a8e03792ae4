"""Read-only access to a guide pack. No Qt here; the UI and the CLI both go through this.

The read path is plain SQL through the stdlib sqlite3 over the tables of guide.packformat.models
(guide.packformat.schema says why); the file itself is guide.store.sqlite_file's, the SQL of search
and of the directory's filter guide.store.ranking_sql's and guide.store.filter_sql's.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from guide.packformat import schema as m
from guide.packformat.values import Hotline, Source
from guide.store.sqlite_file import (
    PackError,
    check_file,
    connect,
    first_line,
    is_json_object,
    quick_check,
    readonly_uri,
    sqlite_int,
    storable,
)
from guide.store.views import Article, MenuNode

if TYPE_CHECKING:
    # The catalogue's, the directory's and search's values load when first used (see guide.store):
    # the methods that make them import them, and the SQL of the directory's filter and of search
    # (filter_sql, ranking_sql) with them.
    from guide.store.catalogue import ArticleSummary, PackInfo
    from guide.store.directory import Category, Link, Organization, OrganizationFilter, OrganizationRow
    from guide.store.edition_sql import OrganizationSummary
    from guide.store.nearby_sql import NearbyQueries
    from guide.store.search import SearchHit, SearchQuery
    from guide.store.search_answer import SearchAnswer

# PRAGMA quick_check reads every page: 1 ms for the guide's own pack, 0.3-0.5 s for 100 000
# organizations. Packs up to this size are checked before Pack.open returns; bigger ones on a
# thread of their own while the app starts (see Pack.open).
VERIFY_AT_OPEN_BYTES = 32 * 1024 * 1024
_ROW_BATCH = 500  # stays below SQLite's bound-parameter limit


def _words(padded: str) -> tuple[str, ...]:
    return tuple(padded.split())


class Pack:
    """An open guide pack. Safe to share between threads: each call takes its own connection."""

    def __init__(self, path: Path, uri: str, meta: dict[str, str]) -> None:
        self.path = path
        self._uri = uri
        self._meta = meta
        self._category_labels: dict[str, dict[str, str]] = {}  # language -> category id -> label
        self._translated: dict[tuple[str, str], dict[tuple[str, str], str]] = {}
        self._featured_id: int | None = None
        self._damage = ""  # set by a failed integrity check: every later read refuses with it
        self._checker: threading.Thread | None = None
        self._checking: sqlite3.Connection | None = None
        self._closing = False

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, verify: bool = True) -> Pack:
        """Open ``path`` read-only, or raise PackError saying in one line what is wrong with it.

        ``verify`` runs SQLite's quick_check. A pack up to VERIFY_AT_OPEN_BYTES is refused here if it
        fails. A bigger one would hold up the first window by a noticeable fraction of a second, so
        it is checked on a thread of its own; if that check fails, every read after it raises the
        same PackError (the window shows it as it shows any unreadable pack). A read that meets a
        damaged page before the check ends raises PackError by itself.
        """
        path = Path(path).expanduser()
        check_file(path)
        uri = readonly_uri(path.resolve())
        try:
            connection = connect(uri)
        except sqlite3.Error as exc:
            raise PackError(f"{path} cannot be read as a guide pack: {first_line(exc)}") from None
        check_later = verify and path.stat().st_size > VERIFY_AT_OPEN_BYTES
        try:
            if verify and not check_later:
                problem = quick_check(connection)
                if problem:
                    raise PackError(f"{path} is damaged (the integrity check failed): {problem}")
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
            if "meta" not in tables:
                raise PackError(f"{path} is an SQLite database but not a guide pack (no meta table)")
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error as exc:
            raise PackError(f"{path} cannot be read as a guide pack: {first_line(exc)}") from None
        except UnicodeDecodeError:  # sqlite3 decodes text itself: garbled text means a damaged file
            raise PackError(f"{path} is damaged (it holds text that is not UTF-8)") from None
        finally:
            connection.close()
        version = meta.get("schema_version", "")
        if version != str(m.SCHEMA_VERSION):
            newer = version.isdigit() and int(version) > m.SCHEMA_VERSION
            hint = "update the app" if newer else "rebuild the pack with this version of the app"
            raise PackError(
                f"{path} has pack schema version {version or 'none'}; this app reads version "
                f"{m.SCHEMA_VERSION} ({hint})"
            )
        if not is_json_object(meta.get("hotline", "{}")):
            raise PackError(f"{path} is damaged (its hotline record is not readable)")
        pack = cls(path, uri, meta)
        if check_later:
            pack._start_integrity_check()
        return pack

    def _start_integrity_check(self) -> None:
        self._checking = connect(self._uri)
        self._checker = threading.Thread(target=self._integrity_check, name="pack-quick-check", daemon=True)
        self._checker.start()

    def _integrity_check(self) -> None:
        assert self._checking is not None
        try:
            problem = quick_check(self._checking)
        except UnicodeDecodeError:
            problem = "it holds text that is not UTF-8"
        finally:
            self._checking.close()
        if problem and not self._closing:  # close() interrupts the check: that is no damage
            self._damage = f"{self.path} is damaged (the integrity check failed): {problem}"

    def wait_for_integrity_check(self) -> None:
        """Block until the integrity check that Pack.open left running (if any) has finished."""
        if self._checker is not None:
            self._checker.join()

    def close(self) -> None:
        self._closing = True
        if self._checker is not None and self._checker.is_alive() and self._checking is not None:
            self._checking.interrupt()  # a check of a big pack must not hold up quitting
        self.wait_for_integrity_check()

    def __enter__(self) -> Pack:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _fetch_sql(self, sql: str, params: Sequence[object] | dict[str, object] = ()) -> list[tuple]:
        """Execute and fetch everything as plain tuples; a failure becomes a PackError (e.g. the
        file changed). A connection per call: cheap for a file opened immutable, and it keeps
        threads (the search worker) apart with nothing to lock."""
        with self._session() as fetch:
            return fetch(sql, params)

    @contextmanager
    def _session(self) -> Iterator[Callable[[str, Sequence[object] | dict[str, object]], list[tuple]]]:
        """One connection for several queries in a row (a near-me search makes ten: each new
        connection reads the schema again), on the calling thread only."""
        if self._damage:
            raise PackError(self._damage)
        try:
            connection = connect(self._uri)
            def fetch(sql: str, params: Sequence[object] | dict[str, object] = ()) -> list[tuple]:
                return connection.execute(sql, params).fetchall()

            try:
                yield fetch
            finally:
                connection.close()
        except sqlite3.Error as exc:
            raise PackError(f"{self.path} cannot be read: {first_line(exc)}") from None
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
            rows = self._fetch_sql("SELECT ref, field, text FROM translation WHERE kind = ? AND language = ?",
                                   (kind, language))
            self._translated[key] = {(ref, name): value for ref, name, value in rows}
        return self._translated[key]

    def info(self, language: str = "en") -> PackInfo:
        """Title and subtitle in ``language`` where the pack has them (else the guide's own)."""
        from guide.store.catalogue import PackInfo

        translated = self._translations("guide", language)
        counts = {
            "articles": self._count("article WHERE language = ?", (self.language,)),
            "organizations": self._count("organization"),
            "services": self._count("service"),
            "locations": self._count("location"),
            "phones": self._count("phone"),
            "schedules": self._count("schedule"),
            "links": self._count("link"),
            "menu_nodes": self._count("menu_node"),
        }
        return PackInfo(
            path=str(self.path),
            schema_version=self.schema_version,
            title=self.title_in(language),
            subtitle=translated.get(("", "subtitle"), self._meta.get("subtitle", "")),
            language=self.language,
            content_date=self._meta.get("content_date", ""),
            content_sha256=self._meta.get("content_sha256", ""),
            counts=counts,
        )

    def _count(self, table_and_condition: str, params: Sequence[object] = ()) -> int:
        return int(self._fetch_sql(f"SELECT count(*) FROM {table_and_condition}", params)[0][0])

    @property
    def title(self) -> str:
        return self._meta.get("title", "")

    def title_in(self, language: str = "en") -> str:
        """The guide's title in ``language`` where the pack has it (else the guide's own); unlike
        ``info``, it counts no rows, so a window can show it at once."""
        return self._translations("guide", language).get(("", "title"), self.title)

    @property
    def schema_version(self) -> int:
        return int(self._meta["schema_version"])

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
        rows = self._fetch_sql("SELECT id, parent_id, title, kind, target FROM menu_node ORDER BY parent_id, position")
        titles = self._translations("menu", language)
        children: dict[int | None, list[tuple]] = {}
        for row in rows:
            children.setdefault(row[1], []).append(row)

        def build(parent: int | None) -> tuple[MenuNode, ...]:
            return tuple(
                MenuNode(node_id, titles.get((str(node_id), "title"), title), kind, target, build(node_id))
                for node_id, _, title, kind, target in children.get(parent, [])
            )

        return build(None)

    def categories(self, language: str = "en") -> tuple[Category, ...]:
        from guide.store.directory import Category

        rows = self._fetch_sql("SELECT id, label FROM category ORDER BY position")
        labels = self._translations("category", language)
        return tuple(Category(category_id, labels.get((category_id, "label"), label)) for category_id, label in rows)

    def category_label(self, category_id: str, language: str = "en") -> str:
        if language not in self._category_labels:
            self._category_labels[language] = {c.id: c.label for c in self.categories(language)}
        return self._category_labels[language].get(category_id, category_id)

    def areas_in_use(self) -> tuple[str, ...]:
        return tuple(r[0] for r in self._fetch_sql("SELECT DISTINCT area FROM service_area ORDER BY area"))

    def languages_in_use(self) -> tuple[str, ...]:
        rows = self._fetch_sql("SELECT DISTINCT language FROM organization_language ORDER BY language")
        return tuple(r[0] for r in rows)

    # -- articles ------------------------------------------------------------------------------

    def articles(self, language: str = "en") -> tuple[ArticleSummary, ...]:
        """Every article once, by title: in ``language`` where translated, else in the guide's own."""
        from guide.store.catalogue import ArticleSummary

        rows = self._fetch_sql("SELECT slug, language, title, summary, updated FROM article WHERE language IN (?, ?)",
                               (self.language, language))
        chosen: dict[str, tuple] = {}
        for slug, written_in, *summary in rows:
            if slug not in chosen or written_in == language:
                chosen[slug] = (slug, *summary)
        return tuple(ArticleSummary(*r) for r in sorted(chosen.values(), key=lambda r: (r[1], r[0])))

    def article(self, slug: str, language: str = "en") -> Article | None:
        """The article in ``language``; if it has no such translation, in the guide's own language
        with ``fallback`` set, so that the page can say it is shown in English."""
        if not storable(slug):
            return None
        rows = self._fetch_sql("SELECT slug, title, summary, updated, audience, language, html, plain_text "
                               "FROM article WHERE slug = ? AND language IN (?, ?)", (slug, self.language, language))
        if not rows:
            return None
        found = {row[5]: row for row in rows}
        row = found.get(language) or found.get(self.language) or next(iter(found.values()))
        slug, title, summary, updated, audience, written_in, html, plain_text = row
        sources = self._fetch_sql("SELECT publisher, title, year, url FROM article_source "
                                  "WHERE article_slug = ? AND article_language = ? ORDER BY position",
                                  (slug, written_in))
        return Article(slug, title, summary, updated, tuple(filter(None, audience.split(","))),
                       written_in, html, plain_text, tuple(Source(*s) for s in sources),
                       fallback=written_in != language)

    def article_languages(self, slug: str) -> tuple[str, ...]:
        """The languages ``slug`` is written in, the guide's own first."""
        rows = self._fetch_sql("SELECT language FROM article WHERE slug = ?", (slug,)) if storable(slug) else []
        return tuple(sorted((r[0] for r in rows), key=lambda code: (code != self.language, code)))

    # -- organizations -------------------------------------------------------------------------

    def organization_ids(self, flt: OrganizationFilter | None = None, sort: str = "name",
                         descending: bool = False) -> list[int]:
        """Ids of the organizations that pass ``flt`` (all without one), in table order; rows are
        fetched separately."""
        from guide.store.filter_sql import SORT_COLUMNS, filtered, matching_ids, no_filter

        flt = flt or no_filter()
        column = SORT_COLUMNS.get(sort, "sort_name")
        if column != "sort_name":
            query = filtered("id", flt)
            if query is None:
                return []
            sql, params = query
            direction = "DESC" if descending else "ASC"
            return [row[0] for row in self._fetch_sql(f"{sql} ORDER BY {column} {direction}, id", params)]
        # Ids follow name order (the build numbers organizations by sort_name, then key; see
        # schema.SEARCH_TABLE_DDL), so in name order the ids need no sort. A descending order is
        # the same list reversed in Python: ORDER BY rowid DESC takes FTS5 twice as long.
        matching = matching_ids(flt)
        if matching is None:
            return []
        if flt.open_24_7 or flt.has_text:
            sql, params = filtered("id", flt) or ("", [])
            ids = [row[0] for row in self._fetch_sql(f"{sql} ORDER BY id", params)]
        elif matching[0]:
            ids = [row[0] for row in self._fetch_sql(f"{matching[0]} ORDER BY 1", matching[1])]
        else:
            ids = self._all_ids()
        if descending:
            ids.reverse()
        return ids

    def _all_ids(self) -> list[int]:
        """Every organization's id in name order. They are numbered 1..N, so when count, min and
        max agree the answer is a range (reading 100 000 ids off an index took 30-50 ms)."""
        low, high, count = self._fetch_sql("SELECT (SELECT min(id) FROM organization), "
                                           "(SELECT max(id) FROM organization), (SELECT count(*) FROM organization)")[0]
        if not count:
            return []
        if high - low + 1 == count:  # unique ids filling [low, high]: exactly that range
            return list(range(low, high + 1))
        return [row[0] for row in self._fetch_sql("SELECT id FROM organization ORDER BY sort_name, id")]

    def organization_count(self, flt: OrganizationFilter | None = None) -> int:
        from guide.store.filter_sql import filtered, no_filter

        query = filtered("count(*)", flt or no_filter())
        return 0 if query is None else int(self._fetch_sql(*query)[0][0])

    def organization_rows(self, ids: Sequence[int]) -> dict[int, OrganizationRow]:
        from guide.store.directory import OrganizationRow

        result: dict[int, OrganizationRow] = {}
        for start in range(0, len(ids), _ROW_BATCH):
            batch = [int(org_id) for org_id in ids[start:start + _ROW_BATCH]]
            marks = ", ".join("?" * len(batch))
            rows = self._fetch_sql("SELECT id, key, name, categories, areas, languages, main_phone, always_open, "
                                   f"has_text FROM organization WHERE id IN ({marks})", batch)
            for org_id, key, name, categories, areas, languages, phone, always_open, has_text in rows:
                result[org_id] = OrganizationRow(org_id, key, name, _words(categories), _words(areas),
                                                 _words(languages), phone, bool(always_open), bool(has_text))
        return result

    def organization_id(self, key: str) -> int | None:
        if not storable(key):
            return None
        rows = self._fetch_sql("SELECT id FROM organization WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def organization(self, org_id: int, language: str = "en") -> Organization | None:
        """One organization; its description and language note in ``language`` where translated.
        Names, numbers and hours are the organization's own and stay as recorded."""
        from guide.store.directory_sql import read_organization

        return read_organization(self._fetch_sql, sqlite_int(org_id), self._translations("organization", language),
                                 lambda category: self.category_label(category, language))

    @contextmanager
    def nearby(self, flt: OrganizationFilter | None = None) -> Iterator[NearbyQueries]:
        """The near-me queries (locations within a radius, their hours) on one connection, for one
        search; with a filter that sets anything, only the organizations passing it are near."""
        from guide.store.filter_sql import no_filter, passing_ids
        from guide.store.nearby_sql import NearbyQueries

        with self._session() as fetch:
            if flt is None or flt == no_filter():
                yield NearbyQueries(fetch)
                return
            # The filter's ids are read once into a temporary table of this connection (gone
            # when it closes): its FTS query cost some 13 ms at 100 000 organizations, and each
            # near-me query that named it as a subquery ran it again.
            fetch("CREATE TEMP TABLE near_passing (id INTEGER PRIMARY KEY)", ())
            query = passing_ids(flt)
            if query is not None:  # None: nothing can pass, and the table stays empty
                fetch(f"INSERT INTO near_passing {query[0]}", query[1])
            yield NearbyQueries(fetch, ("SELECT id FROM near_passing", ()))

    def directory_summary(self) -> dict[str, OrganizationSummary]:
        """Each organization by key: what comparing two editions looks at (guide.library.diff)."""
        from guide.store.edition_sql import directory_summary

        return directory_summary(self._fetch_sql)

    def organizations(self, ids: Iterable[int], language: str = "en") -> list[Organization]:
        return [org for org_id in ids if (org := self.organization(org_id, language))]

    # -- links ---------------------------------------------------------------------------------

    def links(self, kind: str = "all") -> tuple[Link, ...]:
        from guide.store.directory import Link

        sql = "SELECT id, title, url, url_note, kind, publisher, year, description FROM link"
        params: tuple[str, ...] = ()
        if kind and kind != "all":
            if not storable(kind):
                return ()
            sql, params = sql + " WHERE kind = ?", (kind,)
        return tuple(Link(*row) for row in self._fetch_sql(sql + " ORDER BY position", params))

    # -- search --------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Ranked hits for user text (guide.store.searcher says in what order); never raises on odd
        input (it is quoted before MATCH)."""
        from guide.store import searcher
        from guide.store.suggest import vocabulary_of

        with self._session() as fetch:
            return searcher.search(fetch, self.language, self._hotline_id(), query,
                                   vocabulary_of(self, fetch).completions)

    def search_answer(self, query: SearchQuery, per_kind: int = 0) -> SearchAnswer:
        """Search with help for when it finds little: "did you mean", the other edition's articles,
        what the filters hide (guide.store.search_answer)."""
        from guide.store import searcher
        from guide.store.search_answer import answer
        from guide.store.suggest import vocabulary_of

        hotline = self._hotline_id()
        # One connection for the answer's several queries (tiers, suggestion, other edition): a new
        # one reads the schema again, 0.2-0.7 ms each on this machine.
        with self._session() as fetch:
            words = vocabulary_of(self, fetch)
            return answer(lambda q: searcher.search(fetch, self.language, hotline, q, words.completions),
                          words, fetch, query, per_kind)

    def prepare_search(self) -> None:
        """Read now what every search uses of the pack, its words (guide.store.suggest: a third of a
        second at 100 000 organizations), e.g. on a thread while the first word is typed; a pack that
        cannot be read says so at its first search instead."""
        from guide.store.suggest import vocabulary_of

        with suppress(PackError), self._session() as fetch:
            vocabulary_of(self, fetch)

    def _hotline_id(self) -> int:
        """Id of the organization behind the hotline banner (0 if the pack has none)."""
        if self._featured_id is None:
            self._featured_id = self.organization_id(self.hotline().organization) or 0
        return self._featured_id
