"""The application's operations, called alike by the command line (guide.cli) and the window
(guide.ui): build or refresh the bundled pack, open a pack, import a directory, export fact sheets,
and the one rule for filter values. No Qt at module level, and never guide.ui."""
