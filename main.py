"""Entry point: ``python main.py [command]``."""
import gc
import sys

# Start-up builds thousands of long-lived objects (modules, classes, Qt's enums) and almost no
# garbage, so the cyclic collector's passes over them (some 40, 5-8 ms) are wasted. guide.launch
# turns it back on: at once for a command, after the first frame for the window.
gc.disable()

from guide.launch import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
