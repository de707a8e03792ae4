"""Where the user's data folder is: the platform's place for application data, as Qt knows it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

DATA_DIR_ENV = "GUIDE_DATA_DIR"
APP_NAME = "trafficking-guide"  # the application and organization name Qt finds the folder by


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
