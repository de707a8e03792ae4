"""The files of a data package, in a folder or a .zip, read as streams in bounded memory.

A zip is checked before anything is read (each member's size and compression ratio, paths,
links) and again while it is read: the bytes that come out of a member are counted, so a member
whose headers lie cannot unpack past the limits either.
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path, PurePosixPath
from typing import IO

from guide.hsds.problems import HsdsError

CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    member_bytes: int = 1 << 30  # a single table larger than this is a mistake or an attack
    archive_bytes: int = 2 << 30
    # Text compresses 5-20 times; zeros 1000 times. Above this a member is a zip bomb, not a table.
    ratio: int = 200
    ratio_floor: int = 1 << 20  # small members may compress well without being dangerous


class RefusedFile(ValueError):
    """One file of the package that must not be read (outside the folder, too large)."""


class DamagedFile(ValueError):
    """One member of a zip that cannot be read to its end."""


class Bundle:
    """Files of a data package, by path relative to the package's folder."""

    name: str

    def names(self) -> list[str]:
        raise NotImplementedError

    def open(self, name: str) -> IO[bytes]:
        raise NotImplementedError

    def size(self, name: str) -> int:
        raise NotImplementedError

    def modified(self, name: str) -> str:
        """The file's date (YYYY-MM-DD) as its archive or file system gives it."""
        raise NotImplementedError

    def close(self) -> None:
        """Nothing to release for a folder."""


class FolderBundle(Bundle):
    def __init__(self, root: Path, limits: Limits = Limits()) -> None:
        self.root = root.resolve()
        self.name = self.root.name
        self.limits = limits

    def names(self) -> list[str]:
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*")
                      if p.suffix.lower() in (".csv", ".json") and p.is_file())

    def _path(self, name: str) -> Path:
        path = (self.root / name).resolve()
        if not path.is_relative_to(self.root):
            raise RefusedFile("refused: the path points outside the directory's folder")
        return path

    def open(self, name: str) -> IO[bytes]:
        path = self._path(name)
        if path.stat().st_size > self.limits.member_bytes:
            raise RefusedFile(f"refused: larger than {self.limits.member_bytes >> 20} MB")
        return path.open("rb")

    def size(self, name: str) -> int:
        return self._path(name).stat().st_size

    def modified(self, name: str) -> str:
        from datetime import datetime

        return datetime.fromtimestamp(self._path(name).stat().st_mtime, UTC).date().isoformat()


class _Counted(io.RawIOBase):
    """A zip member's stream that stops with DamagedFile or RefusedFile the moment it gives more
    than its header said, more than the limit, or more than the ratio allows."""

    def __init__(self, member: IO[bytes], info: zipfile.ZipInfo, limits: Limits) -> None:
        self.member, self.info, self.limits = member, info, limits
        self.count = 0
        self.allowed = min(limits.member_bytes, max(limits.ratio * info.compress_size, limits.ratio_floor))

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self.member.read(min(len(buffer), CHUNK))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise DamagedFile(f"damaged zip: {self.info.filename} cannot be read to its end ({exc})") from None
        self.count += len(data)
        if self.count > self.allowed:
            raise RefusedFile(f"refused: {self.info.filename} unpacks past {self.allowed >> 20} MB "
                              f"(from {self.info.compress_size} bytes)")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.member.close()
        super().close()


class ZipBundle(Bundle):
    """A .zip read member by member, as streams; nothing is extracted to disk."""

    def __init__(self, path: Path, limits: Limits = Limits()) -> None:
        self.name = path.stem
        self.limits = limits
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise HsdsError(f"{path.name}: damaged zip, it cannot be opened ({exc}); "
                            "download or copy it again") from None
        for info in infos:
            _check_member(path.name, info, limits)
        if sum(i.file_size for i in infos) > limits.archive_bytes:
            raise HsdsError(f"{path.name}: refused: unpacks to more than {limits.archive_bytes >> 20} MB")
        self._infos = {i.filename.replace("\\", "/"): i for i in infos if not i.is_dir()}

    def names(self) -> list[str]:
        return sorted(self._infos)

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = self._infos.get(name)
        if info is None:
            raise FileNotFoundError(name)
        return info

    def open(self, name: str) -> IO[bytes]:
        info = self._info(name)
        try:
            member = self._zip.open(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise DamagedFile(f"damaged zip: {name} cannot be read ({exc})") from None
        return io.BufferedReader(_Counted(member, info, self.limits), CHUNK)

    def size(self, name: str) -> int:
        return self._info(name).file_size

    def modified(self, name: str) -> str:
        year, month, day = self._info(name).date_time[:3]
        return f"{year:04d}-{month:02d}-{day:02d}"

    def close(self) -> None:
        self._zip.close()


def _check_member(archive: str, info: zipfile.ZipInfo, limits: Limits) -> None:
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or ".." in parts or (parts and ":" in parts[0]):
        raise HsdsError(f"{archive}: refused: entry {info.filename!r} points outside the archive's folder")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise HsdsError(f"{archive}: refused: entry {info.filename!r} is a symbolic link")
    if info.file_size > limits.member_bytes:
        raise HsdsError(f"{archive}: refused: entry {info.filename!r} unpacks to {info.file_size >> 20} MB "
                        f"(the limit is {limits.member_bytes >> 20} MB)")
    if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
        times = info.file_size // max(info.compress_size, 1)
        raise HsdsError(f"{archive}: refused: entry {info.filename!r} unpacks {times}"
                        f" times its packed size ({info.compress_size} -> {info.file_size} bytes), a zip bomb")


def _looks_like_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def open_bundle(path: Path, limits: Limits = Limits()) -> Bundle:
    if path.is_dir():
        return FolderBundle(path, limits)
    if path.suffix.lower() == ".zip" or _looks_like_zip(path) or zipfile.is_zipfile(path):
        return ZipBundle(path, limits)
    raise HsdsError(f"{path}: not an HSDS directory (a folder, a .zip or a .json file)")
