"""The user's settings and bookmarks: one small JSON file in the user's data folder.

Only what the user chose is kept (zoom, presentation mode, language, appearance, discreet title,
bookmarks). No search or page history is ever written, and the last page is not remembered: the
quick exit must leave nothing.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from guide.location import Location

FILE_NAME = "settings.json"
TEMP_PREFIX, TEMP_SUFFIX = ".settings-", ".tmp"
DEFAULT_ZOOM = 100
APPEARANCE_SYSTEM = "system"
APPEARANCES = (APPEARANCE_SYSTEM, "light", "dark", "high-contrast")
ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)


@dataclass(frozen=True)
class Bookmark:
    title: str
    location: Location


@dataclass
class SettingsData:
    zoom: int = DEFAULT_ZOOM
    presentation: bool = False
    bookmarks: list[Bookmark] = field(default_factory=list)
    language: str = ""  # "en" or "es" once chosen in View > Language; "" follows the system
    appearance: str = APPEARANCE_SYSTEM  # View > Appearance: one of APPEARANCES
    discreet_title: bool = False  # View > Discreet title: no page name in the title bar


class Settings:
    """Loads once, saves on every change. ``problem`` says (one line) if the file had to be set aside."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = self.folder / FILE_NAME
        self.problem = ""
        self._remove_unfinished_saves()
        self.data = self._load()

    # -- reading -------------------------------------------------------------------------------

    def _remove_unfinished_saves(self) -> None:
        """A save killed before its rename leaves its temporary file; without this they pile up.

        (Another instance saving at this very moment loses that one save, reports it, and writes
        everything again on its next change: the settings file itself is never touched here.)
        """
        try:
            for temp in self.folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
                temp.unlink(missing_ok=True)
        except OSError:
            pass  # a folder we cannot list or clean is reported when it is read or written

    def _load(self) -> SettingsData:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return SettingsData()
        except UnicodeDecodeError:
            return self._set_aside()
        except OSError as exc:
            self.problem = f"Settings could not be read ({exc.strerror}); using defaults."
            return SettingsData()
        try:
            return _parse(json.loads(raw))
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError):
            # e.g. cut short, {"zoom": Infinity} (OverflowError), [[[[... 100 000 deep (RecursionError)
            return self._set_aside()

    def _set_aside(self) -> SettingsData:
        corrupt = self.path.with_name(self.path.name + ".corrupt")
        try:
            os.replace(self.path, corrupt)
            self.problem = f"The settings file was damaged and was moved aside to {corrupt.name}; using defaults."
        except OSError:
            self.problem = "The settings file was damaged; using defaults."
        return SettingsData()

    # -- writing -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Write atomically (temp file + rename) so a crash mid-write leaves the old file intact."""
        payload = json.dumps(_serialise(self.data), indent=2, ensure_ascii=False)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=self.folder)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(payload)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, self.path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            self.problem = f"Settings could not be saved ({exc.strerror or exc})."
            return False
        return True

    # -- values --------------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self.data.zoom

    def set_zoom(self, percent: int) -> None:
        self.data.zoom = percent
        self.save()

    @property
    def presentation(self) -> bool:
        return self.data.presentation

    def set_presentation(self, on: bool) -> None:
        self.data.presentation = on
        self.save()

    @property
    def language(self) -> str:
        return self.data.language

    def set_language(self, language: str) -> None:
        self.data.language = language
        self.save()

    @property
    def appearance(self) -> str:
        return self.data.appearance

    def set_appearance(self, appearance: str) -> None:
        self.data.appearance = appearance if appearance in APPEARANCES else APPEARANCE_SYSTEM
        self.save()

    @property
    def discreet_title(self) -> bool:
        return self.data.discreet_title

    def set_discreet_title(self, on: bool) -> None:
        self.data.discreet_title = on
        self.save()

    def forget(self) -> None:
        """Back to the defaults, in memory only: the caller removes the file (guide.operations.forget)."""
        self.data = SettingsData()
        self.problem = ""

    @property
    def bookmarks(self) -> tuple[Bookmark, ...]:
        return tuple(self.data.bookmarks)

    def is_bookmarked(self, location: Location) -> bool:
        return any(b.location == location for b in self.data.bookmarks)

    def add_bookmark(self, title: str, location: Location) -> None:
        if not self.is_bookmarked(location):
            self.data.bookmarks.append(Bookmark(title, location))
            self.save()

    def remove_bookmark(self, location: Location) -> None:
        self.data.bookmarks = [b for b in self.data.bookmarks if b.location != location]
        self.save()


def _parse(raw: object) -> SettingsData:
    if not isinstance(raw, dict):
        raise ValueError("settings must be a JSON object")
    zoom = int(raw.get("zoom", DEFAULT_ZOOM))
    if zoom not in ZOOM_STEPS:
        zoom = min(ZOOM_STEPS, key=lambda step: abs(step - zoom))
    bookmarks = [Bookmark(str(b["title"]), Location(str(b["location"]["kind"]), str(b["location"]["target"])))
                 for b in raw.get("bookmarks", [])]
    language = raw.get("language", "")
    appearance = raw.get("appearance", APPEARANCE_SYSTEM)
    return SettingsData(zoom=zoom, presentation=bool(raw.get("presentation", False)),
                        bookmarks=[b for b in bookmarks if b.location.kind in Location.BOOKMARKABLE],
                        language=language if isinstance(language, str) else "",
                        appearance=appearance if appearance in APPEARANCES else APPEARANCE_SYSTEM,
                        discreet_title=raw.get("discreet_title", False) is True)


def _serialise(data: SettingsData) -> dict[str, object]:
    saved: dict[str, object] = {"zoom": data.zoom, "presentation": data.presentation,
                                "bookmarks": [asdict(b) for b in data.bookmarks]}
    if data.language:  # only once the user chose one; until then the system's is followed
        saved["language"] = data.language
    if data.appearance != APPEARANCE_SYSTEM:
        saved["appearance"] = data.appearance
    if data.discreet_title:
        saved["discreet_title"] = True
    return saved
