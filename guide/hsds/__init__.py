"""Open Referral HSDS: import resource directories (HSDS 3.0, with 1.x/2.x fallbacks) into guide
packs (guide.hsds.packbuild, through the writer guide.content) and export a pack's organizations
(guide.hsds.export, through the reader guide.store).

Only the errors are here: the command line and the window need them at start, and the importer
and the exporter load when first used."""

from __future__ import annotations

from guide.hsds.problems import HsdsError, HsdsProblem, ImportCancelled

__all__ = ["HsdsError", "HsdsProblem", "ImportCancelled"]
