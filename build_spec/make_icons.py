"""Render resources/icons/guide.svg to the PNG sizes desktops ask for and to a Windows .ico, and the
interface's icons (resources/icons/ui/*.svg: toolbar and menu tree) to PNGs beside them.

Run after editing an SVG: ``python build_spec/make_icons.py``. The outputs are committed, so
neither the app nor the frozen build needs to render SVG at run time.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "guide.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
UI_ICONS = ICONS / "ui"
UI_SIZES = (16, 24, 32, 48)  # toolbar and tree, at 1x and 2x


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico with PNG-compressed entries (read by Windows Vista and later).

    Qt's ico writer stores one size only, and the format is a 6-byte header plus a 16-byte
    directory entry per image, so writing it here is simpler than adding Pillow.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in sorted(pngs.items()):
        # Width/height 0 means 256 in the ICO directory.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"error: cannot render {SVG}", file=sys.stderr)
        return 1
    pngs = {size: png_bytes(render(renderer, size)) for size in PNG_SIZES}
    for size, blob in pngs.items():
        (ICONS / f"guide-{size}.png").write_bytes(blob)
    (ICONS / "guide.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    print(f"wrote {len(pngs)} PNGs and guide.ico to {ICONS}")
    for svg in sorted(UI_ICONS.glob("*.svg")):
        ui_renderer = QSvgRenderer(str(svg))
        if not ui_renderer.isValid():
            print(f"error: cannot render {svg}", file=sys.stderr)
            return 1
        for size in UI_SIZES:
            (UI_ICONS / f"{svg.stem}-{size}.png").write_bytes(png_bytes(render(ui_renderer, size)))
    print(f"wrote {len(UI_SIZES)} PNGs of each interface icon to {UI_ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
