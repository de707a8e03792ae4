"""guide.yaml: the guide's title, hotline banner, categories and menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guide.content.fields import Fields, read_mapping
from guide.content.problems import ProblemLog
from guide.content.records import (
    CategoryRecord,
    GuideRecord,
    Hotline,
    MenuRecord,
    Translations,
)
from guide.content.validate import (
    check_identifier,
    check_phone,
)
from guide.content.yamlsource import LinedDict

# The fields that may have a text in another language, under `translations: {es: {...}}`.
GUIDE_TRANSLATED = ("title", "subtitle")
HOTLINE_TRANSLATED = ("name", "text_hint", "spanish_service")
CATEGORY_TRANSLATED = ("label",)
MENU_TRANSLATED = ("title",)


def load_guide(root: Path, log: ProblemLog) -> GuideRecord | None:
    path = root / "guide.yaml"
    if not path.is_file():
        log.add(path, 1, "missing guide file")
        return None
    data = read_mapping(path, log, "the guide file")
    if data is None:
        return None
    fields = Fields(data, path, log)
    hotline_data = data.get("hotline")
    hotline = None
    hotline_translations: Translations = {}
    if isinstance(hotline_data, LinedDict):
        h = Fields(hotline_data, path, log)
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
        c = Fields(item, path, log)
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
    fields = Fields(data, path, log)
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
