"""Reading fact-sheet PDFs back for the tests: text, page sizes and the QR codes' module grids."""

from __future__ import annotations

import re
from pathlib import Path

import segno
from pypdf import PdfReader

Matrix = tuple[tuple[bool, ...], ...]
_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """Text without any white space: line wrapping in the PDF can split words and URLs anywhere."""
    return _SPACE.sub("", text)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def page_sizes_pt(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages]


def segno_matrix(data: str) -> Matrix:
    """The module grid of the QR code for ``data``, made here independently of the app's code."""
    return tuple(tuple(bool(cell) for cell in row) for row in segno.make_qr(data).matrix)


def _dark_pixels(image) -> list[list[bool]]:  # type: ignore[no-untyped-def]
    width, height = int(image["/Width"]), int(image["/Height"])
    data = image.get_data()
    space = image.get("/ColorSpace")
    if image.get("/ImageMask") or int(image.get("/BitsPerComponent", 8)) == 1:
        stride = (width + 7) // 8
        bits = [[bool(data[y * stride + x // 8] >> (7 - x % 8) & 1) for x in range(width)] for y in range(height)]
        # For an image mask, 1 paints nothing by default; for a 1-bit gray image, 1 is white.
        return [[not b for b in row] for row in bits]
    channels = 3 if space == "/DeviceRGB" else 1
    return [[data[(y * width + x) * channels] < 128 for x in range(width)] for y in range(height)]


def _modules(dark: list[list[bool]]) -> Matrix | None:
    """Sample a QR symbol's modules; the module size comes from the 7-module finder pattern."""
    rows = [y for y, row in enumerate(dark) if any(row)]
    columns = [x for x in range(len(dark[0])) if any(row[x] for row in dark)]
    if not rows:
        return None
    top, left, right = rows[0], columns[0], columns[-1]
    run = 0
    while left + run <= right and dark[top][left + run]:
        run += 1
    module = run / 7
    size = round((right - left + 1) / module)
    return tuple(
        tuple(dark[int(top + (r + 0.5) * module)][int(left + (c + 0.5) * module)] for c in range(size))
        for r in range(size)
    )


def page_qr_matrices(path: Path) -> list[list[Matrix]]:
    """The module grid of every image in the PDF, per page."""
    pages = []
    for page in PdfReader(path).pages:
        found = []
        objects = page.get("/Resources", {}).get("/XObject", {})
        for name in objects:
            image = objects[name].get_object()
            if image.get("/Subtype") == "/Image":
                matrix = _modules(_dark_pixels(image))
                if matrix:
                    found.append(matrix)
        pages.append(found)
    return pages


def qr_matrices(path: Path) -> list[Matrix]:
    return [matrix for page in page_qr_matrices(path) for matrix in page]
