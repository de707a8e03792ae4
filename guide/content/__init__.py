"""Authoring side: ``resources/`` -> validated records -> guide pack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from guide.content.problems import ContentError, Problem

if TYPE_CHECKING:
    from guide.content.build import BuildResult, build_pack, check_resources

__all__ = ["BuildResult", "ContentError", "Problem", "build_pack", "check_resources"]


def __getattr__(name: str) -> object:
    # The compiler (Markdown, YAML, SQLAlchemy: about 400 ms of imports) loads on first use, so that
    # opening the app, which needs only ContentError from here, does not pay for it.
    if name in ("BuildResult", "build_pack", "check_resources"):
        from guide.content import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
