"""QR codes for printed links, drawn as crisp black-and-white images (segno, pure Python)."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

QUIET_ZONE = 4  # modules of white around the symbol, as the QR standard asks
MODULE_PIXELS = 6  # pixels per module: big enough that no viewer or printer blurs the edges

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(data: str) -> Matrix:
    """The dark (True) and light modules of the QR code for ``data``, without the quiet zone."""
    # No micro codes: not every phone camera app reads them.
    code = segno.make_qr(data)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def qr_image(data: str) -> QImage:
    """A one-bit black-and-white image of the QR code for ``data``, quiet zone included."""
    matrix = qr_matrix(data)
    width = (len(matrix) + 2 * QUIET_ZONE) * MODULE_PIXELS
    light_rows = bytes([255]) * width * QUIET_ZONE * MODULE_PIXELS
    margin = bytes([255]) * QUIET_ZONE * MODULE_PIXELS
    rows = []
    for row in matrix:
        line = margin + b"".join(bytes([0 if dark else 255]) * MODULE_PIXELS for dark in row) + margin
        rows.append(line * MODULE_PIXELS)
    pixels = light_rows + b"".join(rows) + light_rows
    gray = QImage(pixels, width, width, width, QImage.Format.Format_Grayscale8)
    # The conversion copies the pixels, so the image no longer points into ``pixels``.
    return gray.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)
