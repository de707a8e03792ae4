"""Entry point: ``python main.py [command]``."""
import sys

from guide.launch import main

if __name__ == "__main__":
    sys.exit(main())
