"""Entry point: ``python main.py [command]``."""
import sys

from guide.startup import pause_collection

pause_collection()  # first of all: see guide.startup

if getattr(sys, "frozen", False):  # the desktop build starts itself as a second process (guide.second_process)
    import multiprocessing

    multiprocessing.freeze_support()

from guide.launch import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
