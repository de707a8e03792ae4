"""Checks across files: repeated keys, the menu's and the banner's targets, internal links."""

from __future__ import annotations

from pathlib import Path

from guide.content.problems import ProblemLog
from guide.content.records import (
    GuideRecord,
    MenuRecord,
    OrganizationRecord,
)
from guide.content.validate import (
    digits_of,
)
from guide.content.vocabulary import LINK_KINDS


def check_duplicates(records: list[tuple[Path, int, str]], what: str, log: ProblemLog) -> None:
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


def check_menu(nodes: list[MenuRecord], path: Path, slugs: set[str], categories: set[str], log: ProblemLog) -> None:
    for node in nodes:
        if node.kind == "article" and node.target and node.target not in slugs:
            log.add(path, node.line, f"menu node {node.title!r} points at unknown article {node.target!r}")
        if node.kind == "organizations" and node.target not in categories | {"all", ""}:
            log.add(path, node.line, f"menu node {node.title!r} points at unknown category {node.target!r}")
        if node.kind == "links" and node.target not in LINK_KINDS | {"all", ""}:
            log.add(path, node.line, f"menu node {node.title!r} points at unknown link kind {node.target!r}")
        check_menu(node.children, path, slugs, categories, log)


def check_hotline(guide: GuideRecord, organizations: list[OrganizationRecord], org_keys: set[str], path: Path,
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

def check_internal_links(documents: list[tuple[Path, list[tuple[int, str]]]], slugs: set[str], org_keys: set[str],
                         log: ProblemLog) -> None:
    """Each article's ``guide:`` links (line, href) must name an article or an ``org/`` organization."""
    for path, internal in documents:
        for line, href in internal:
            target = href.split(":", 1)[1]
            if target.startswith("org/"):
                if target[4:] not in org_keys:
                    log.add(path, line, f"internal link to unknown organization {target[4:]!r}")
            elif target not in slugs:
                log.add(path, line, f"internal link to unknown article {target!r}")
