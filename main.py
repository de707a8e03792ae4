"""Entry point: ``python main.py [command]``."""
import sys

from guide.startup import pause_collection

pause_collection()  # first of all: see guide.startup

from guide.launch import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
