"""Open Referral HSDS: import resource directories (HSDS 3.0, with 1.x/2.x fallbacks) and export ours."""

from guide.content.hsds.importer import ImportResult, read_directory
from guide.content.hsds.problems import HsdsError, HsdsProblem, ImportCancelled

__all__ = ["HsdsError", "HsdsProblem", "ImportCancelled", "ImportResult", "read_directory"]
