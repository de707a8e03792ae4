"""Authoring side: ``resources/`` -> validated records -> guide pack."""

from guide.content.build import BuildResult, build_pack, check_resources
from guide.content.problems import ContentError, Problem

__all__ = ["BuildResult", "ContentError", "Problem", "build_pack", "check_resources"]
