"""Write validated content into a guide pack (the only writer of packs)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, fields, is_dataclass
from operator import attrgetter
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, CreateTable

from guide.content.load import load_content
from guide.content.records import BuildResult, Content, MenuRecord, Translations
from guide.content.row_inserts import WRITING_PRAGMAS, ChildProcessInserts, InProcessInserts, Inserts
from guide.content.search_rows import SEARCH_INSERT, search_row
from guide.content.search_rows import Row as SearchRow
from guide.content.write_directory import directory_counts, write_organizations
from guide.packformat import models as m
from guide.packformat import schema


def check_resources(root: Path) -> Content:
    """Validate only; raises ContentError with every problem."""
    return load_content(root)


_FIELD_NAMES: dict[type, tuple[tuple[str, ...], Callable[[object], tuple[object, ...]]]] = {}


def _getter(names: tuple[str, ...]) -> Callable[[object], tuple[object, ...]]:
    """The fields' values in one call (attrgetter, in C: a directory has a million records to hash);
    attrgetter of one name gives the value itself, not a tuple of it, and of none is an error."""
    if not names:
        return lambda value: ()
    get = attrgetter(*names)
    return get if len(names) > 1 else lambda value: (get(value),)


def _plain(value: object) -> object:
    # A record's own fields, as dataclasses.asdict gives them, without copying the whole content first
    # (getattr, not vars: the directory's values have slots, not a __dict__).
    if not is_dataclass(value):
        return str(value)
    known = _FIELD_NAMES.get(type(value))
    if known is None:
        names = tuple(f.name for f in fields(value))
        known = _FIELD_NAMES.setdefault(type(value), (names, _getter(names)))
    names, values = known
    return dict(zip(names, values(value), strict=True))


def _canonical(content: Content) -> Iterator[str]:
    """json.dumps(asdict(content), sort_keys=True, ensure_ascii=False, default=str) of every field but
    the organizations (whose rows are hashed as they are written: see _write), in pieces of one record
    each, never one string (nor a copy) of the whole."""
    encode = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=_plain).encode
    fields = {key: value for key, value in vars(content).items() if key != "organizations"}
    yield "{"
    for i, key in enumerate(sorted(fields)):
        value = fields[key]
        yield (", " if i else "") + encode(key) + ": "
        if isinstance(value, tuple) and value:
            yield "[" + ", ".join(encode(item) for item in value[:1])
            for item in value[1:]:
                yield ", " + encode(item)
            yield "]"
        else:
            yield encode(value)
    yield "}"


class _ContentHash:
    """The pack's content hash: of the records themselves, so the same sources give the same hash
    anywhere. The directory's part is its rows as the writer makes them (a function of its records
    alone), in the bytes guide.content.row_inserts writes of them anyway: encoding a million records
    a second time would cost as much again."""

    def __init__(self, content: Content) -> None:
        self._digest = hashlib.sha256()
        for piece in _canonical(content):
            self.update(piece)

    def update(self, text: str) -> None:
        self._digest.update(text.encode("utf-8"))

    def update_bytes(self, data: bytes) -> None:
        self._digest.update(data)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


# From this many organizations on, their rows are inserted by a second process (guide.content.row_inserts):
# it pays for its start (a fifth of a second) from a few thousand on.
INSERTS_APART_FROM = 2_000


def build_pack(root: Path, out: Path) -> BuildResult:
    """Validate ``root`` and write the pack to ``out`` atomically (a reader never sees half a pack)."""
    return write_pack(load_content(root), out)


def write_pack(content: Content, out: Path, *, second_process: bool | None = None) -> BuildResult:
    """Write already validated content (e.g. merged with an imported HSDS directory) to ``out`` atomically."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=out.name + "-", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        if second_process is None:
            second_process = len(content.organizations) >= INSERTS_APART_FROM
        result = _write(content, tmp, second_process)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return BuildResult(out, result[0], content.content_date, result[1])


def _write(content: Content, path: Path, second_process: bool) -> tuple[str, dict[str, int]]:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        for pragma in WRITING_PRAGMAS:
            dbapi_connection.execute(pragma)

    sha = _ContentHash(content)
    # The tables first, their secondary indexes once the rows are in: one sort per index instead of
    # a B-tree kept in order row by row (sort_name and the facet tables come in no useful order).
    tables = m.Base.metadata.sorted_tables
    with engine.begin() as connection:
        for table in tables:
            connection.execute(CreateTable(table))
    with Session(engine) as session:
        session.execute(text(schema.SEARCH_TABLE_DDL))
        session.execute(text(schema.SEARCH_VOCABULARY_DDL))
        session.execute(text(schema.LOCATION_POINT_DDL))
        _write_guide(session, content)
        _write_articles(session, content)
        _write_organizations(session, content, sha, path if second_process else None)
        _write_links(session, content)
        _write_meta(session, content, sha.hexdigest())
        menu_count = _write_menu(session, list(content.guide.menu), None, [0])
        for table in tables:
            for index in sorted(table.indexes, key=lambda i: i.name or ""):
                session.execute(CreateIndex(index))
        session.commit()
        session.execute(text("INSERT INTO search(search) VALUES ('optimize')"))
        session.commit()
    with engine.connect() as connection:
        connection.execute(text("VACUUM"))
    engine.dispose()
    counts = {
        "articles": len(content.articles),
        "organizations": len(content.organizations),
        **directory_counts(content),
        "links": len(content.links),
        "menu_nodes": menu_count,
    }
    return sha.hexdigest(), counts


def _write_meta(session: Session, content: Content, sha: str) -> None:
    guide = content.guide
    values = {
        "schema_version": str(schema.SCHEMA_VERSION),
        "title": guide.title,
        "subtitle": guide.subtitle,
        "language": guide.language,
        "content_date": content.content_date,
        "content_sha256": sha,
        "hotline": json.dumps(asdict(guide.hotline), sort_keys=True),
    }
    session.add_all(m.Meta(key=k, value=v) for k, v in sorted(values.items()))


def _write_guide(session: Session, content: Content) -> None:
    guide = content.guide
    session.add_all(m.Category(id=c.id, position=i, label=c.label) for i, c in enumerate(guide.categories))
    _translate(session, "guide", "", guide.translations)
    _translate(session, "hotline", "", guide.hotline_translations)
    for category in guide.categories:
        _translate(session, "category", category.id, category.translations)


def _translate(session: Session, kind: str, ref: str, translations: Translations) -> None:
    session.add_all(m.Translation(language=language, kind=kind, ref=ref, field=name, text=value)
                    for language, texts in sorted(translations.items()) for name, value in sorted(texts.items()))


def _index(session: Session, rows: list[SearchRow]) -> None:
    """Add rows (see search_row) to the FTS5 index in one executemany."""
    if rows:
        session.connection().exec_driver_sql(SEARCH_INSERT, rows)


def _write_articles(session: Session, content: Content) -> None:
    """Every article in every language, each its own search row (search shows one language)."""
    index = []
    every = sorted((*content.articles, *content.article_translations), key=lambda a: (a.slug, a.language))
    for position, a in enumerate(every):
        session.add(m.Article(slug=a.slug, position=position, title=a.title, summary=a.summary,
                              updated=a.updated, audience=",".join(a.audience), language=a.language,
                              html=a.html, plain_text=a.plain_text))
        session.add_all(m.ArticleSource(article_slug=a.slug, article_language=a.language, position=i,
                                        publisher=s.publisher, title=s.title, year=s.year, url=s.url)
                        for i, s in enumerate(a.sources))
        index.append(search_row(schema.article_rowid(position), "article", a.slug, a.title,
                                a.summary + "\n" + a.plain_text, a.language))
    _index(session, index)


def _write_organizations(session: Session, content: Content, sha: _ContentHash, apart: Path | None) -> None:
    """``apart``: the pack's file, when a second process inserts the rows."""
    translations: dict[tuple[str, str], Translations] = {}
    inserts: Inserts
    if apart is not None:
        session.commit()  # the second process owns the file until it has finished
        inserts = ChildProcessInserts(apart, sha.update_bytes)
    else:
        connection = session.connection().connection.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        inserts = InProcessInserts(connection, sha.update_bytes)
    try:
        write_organizations(inserts, content, translations)
    except BaseException:
        with contextlib.suppress(Exception):  # the first failure is the one to tell
            inserts.finish()
        raise
    inserts.finish()
    sha.update(json.dumps(sorted(translations.items()), sort_keys=True, ensure_ascii=False))
    for (kind, ref), texts in translations.items():
        _translate(session, kind, ref, texts)


def _write_links(session: Session, content: Content) -> None:
    for position, link in enumerate(content.links):
        session.add(m.Link(id=link.id, position=position, title=link.title, url=link.url, url_note=link.url_note,
                           kind=link.kind, publisher=link.publisher, year=link.year, description=link.description))
    _index(session, [search_row(schema.link_rowid(position), "link", link.id, link.title,
                                f"{link.publisher} {link.description}", stems_language=content.guide.language)
                     for position, link in enumerate(content.links)])


def _write_menu(session: Session, nodes: list[MenuRecord], parent: int | None, counter: list[int]) -> int:
    for position, node in enumerate(nodes):
        counter[0] += 1
        node_id = counter[0]
        session.add(m.MenuNode(id=node_id, parent_id=parent, position=position, title=node.title,
                               kind=node.kind, target=node.target or ("all" if node.kind != "folder" else "")))
        _translate(session, "menu", str(node_id), node.translations)
        session.flush()
        _write_menu(session, node.children, node_id, counter)
    return counter[0]
