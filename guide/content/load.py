"""Read ``resources/`` into validated records, collecting every problem on the way: the guide file
(guide.content.load_guide), articles (load_articles), organizations and links (load_directory),
then the checks across files (crosscheck)."""

from __future__ import annotations

from pathlib import Path

from guide.content.crosscheck import check_duplicates, check_hotline, check_internal_links, check_menu
from guide.content.load_articles import load_article, load_article_translations
from guide.content.load_directory import load_links, load_organization
from guide.content.load_guide import load_guide
from guide.content.problems import ContentError, ProblemLog
from guide.content.records import Content


def load_content(root: Path) -> Content:
    """Load and validate everything under ``root``; raise ContentError listing every problem."""
    root = root.resolve()
    log = ProblemLog(root)
    if not root.is_dir():
        log.add(root, 1, "resources folder not found")
        raise ContentError(log.problems)
    guide = load_guide(root, log)
    category_ids = {c.id for c in guide.categories} if guide else set()

    loaded = [(path, load_article(path, log)) for path in sorted((root / "articles").glob("*.md"))]
    articles = [(path, item[0], item[2]) for path, item in loaded if item]
    check_duplicates([(path, item[1], item[0].slug) for path, item in loaded if item], "slug", log)
    # A file that failed to load still names its article: links to it are not reported twice.
    slugs = {a.slug for _, a, _ in articles} | {path.stem for path, item in loaded if not item}
    translated = load_article_translations(root / "articles", slugs, log)

    org_paths = sorted((root / "organizations").glob("*.yaml"))
    loaded_orgs = [(p, load_organization(p, category_ids, log)) for p in org_paths]
    organizations = [(p, o[0]) for p, o in loaded_orgs if o]
    check_duplicates([(p, o[1], o[0].key) for p, o in loaded_orgs if o], "organization id", log)
    org_keys = {o.key for _, o in organizations} | {p.stem for p, o in loaded_orgs if not o}

    check_internal_links([(path, internal) for path, _, internal in [*articles, *translated]], slugs, org_keys, log)
    links = load_links(root / "links.yaml", log)
    if guide:
        check_menu(list(guide.menu), root / "guide.yaml", slugs, category_ids, log)
        check_hotline(guide, [o for _, o in organizations], org_keys, root / "guide.yaml", log)
    if log.problems or guide is None:
        raise ContentError(log.problems)
    return Content(
        guide=guide,
        articles=tuple(a for _, a, _ in articles),
        organizations=tuple(o for _, o in organizations),
        links=tuple(links),
        article_translations=tuple(a for _, a, _ in translated),
    )
