"""The guides installed on this computer: the bundled one, packs opened from a file (copied into the
user's data folder) and directories imported here (``catalogue``); taking a pack in, with its
signature checked and editions compared (``arrival``, ``diff``). No Qt."""
