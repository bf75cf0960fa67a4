#!/usr/bin/env python3
"""Draw the app icon with QPainter: assets/benefitcalc.png (256 px) and assets/benefitcalc.ico.

A blue rounded square with a white medical cross; from 32 px up, a green coin with a yuan sign
in the lower right. Every size is drawn, not scaled down, so the 16 px icon stays sharp. No
font is used (the yuan sign is drawn with lines), so the output is the same on every machine.

The .ico holds 16, 24, 32, 48 and 64 px entries as Qt writes them (32-bit BMP with mask, what
Explorer expects) and a 256 px PNG entry (Windows Vista and later). Qt's ICO writer stores one
image per file, so this script writes each size with Qt and joins the entries into one file.

    .venv/bin/python scripts/make-icon.py            # rewrites assets/benefitcalc.{png,ico}
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen  # noqa: E402

ASSETS = Path(__file__).resolve().parents[1] / "assets"
BMP_SIZES = (16, 24, 32, 48, 64)
PNG_SIZE = 256

BLUE_TOP = QColor("#2f80d1")
BLUE_BOTTOM = QColor("#1c5fa8")
GREEN = QColor("#2e9e5b")
WHITE = QColor("#ffffff")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)

    # Background: rounded square, a little inset so the edge antialiases inside the image.
    inset = max(0.5, s * 0.03)
    rect = QRectF(inset, inset, s - 2 * inset, s - 2 * inset)
    gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
    gradient.setColorAt(0, BLUE_TOP)
    gradient.setColorAt(1, BLUE_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    radius = s * 0.2
    p.drawRoundedRect(rect, radius, radius)

    # Medical cross; centred when small, moved up-left when the coin is drawn.
    badge = size >= 32
    cx, cy = (s * 0.42, s * 0.42) if badge else (s * 0.5, s * 0.5)
    arm = s * (0.26 if badge else 0.32)      # half-length of each bar
    half = s * (0.085 if badge else 0.11)    # half-width of each bar
    cross = QPainterPath()
    cross.setFillRule(Qt.FillRule.WindingFill)
    corner = half * 0.35
    cross.addRoundedRect(QRectF(cx - arm, cy - half, 2 * arm, 2 * half), corner, corner)
    cross.addRoundedRect(QRectF(cx - half, cy - arm, 2 * half, 2 * arm), corner, corner)
    p.setBrush(WHITE)
    p.drawPath(cross)

    if badge:
        # Coin with a yuan sign: a green disc with a white rim, ¥ drawn with lines.
        r = s * 0.21
        centre = QPointF(s * 0.72, s * 0.72)
        p.setPen(QPen(WHITE, max(1.0, s * 0.035)))
        p.setBrush(GREEN)
        p.drawEllipse(centre, r, r)
        pen = QPen(WHITE, max(1.2, s * 0.04))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        x, y = centre.x(), centre.y()
        u = r * 0.5
        fork = QPointF(x, y - u * 0.05)
        p.drawLine(QPointF(x - u * 0.75, y - u * 1.05), fork)
        p.drawLine(QPointF(x + u * 0.75, y - u * 1.05), fork)
        p.drawLine(fork, QPointF(x, y + u * 1.1))
        if size >= 48:  # the two bars only where they do not blur into one
            p.drawLine(QPointF(x - u * 0.6, y + u * 0.25), QPointF(x + u * 0.6, y + u * 0.25))
        p.drawLine(QPointF(x - u * 0.6, y + u * 0.7), QPointF(x + u * 0.6, y + u * 0.7))
    p.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise SystemExit(f"make-icon: Qt could not write {fmt} (image format plugin missing?)")
    buffer.close()
    return bytes(data)


def single_ico_entry(ico: bytes) -> tuple[bytes, bytes]:
    """(12-byte directory entry without its offset, image data) from a one-image ICO."""
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    if (reserved, kind, count) != (0, 1, 1):
        raise SystemExit("make-icon: unexpected ICO header from Qt")
    entry = ico[6:22]
    size, offset = struct.unpack_from("<II", entry, 8)
    return entry[:8], ico[offset:offset + size]


def png_ico_entry(png: bytes, size: int) -> tuple[bytes, bytes]:
    side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
    return struct.pack("<BBBBHH", side, side, 0, 0, 1, 32), png


def ico_file(entries: list[tuple[bytes, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    directory, blobs = b"", b""
    for head, data in entries:
        directory += head + struct.pack("<II", len(data), offset)
        blobs += data
        offset += len(data)
    return header + directory + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (image plugins)
    ASSETS.mkdir(exist_ok=True)
    big = draw(PNG_SIZE)
    png = encode(big, "PNG")
    (ASSETS / "benefitcalc.png").write_bytes(png)
    entries = [single_ico_entry(encode(draw(size), "ICO")) for size in BMP_SIZES]
    entries.append(png_ico_entry(png, PNG_SIZE))
    (ASSETS / "benefitcalc.ico").write_bytes(ico_file(entries))
    check = QImage()
    if not check.loadFromData(ico_file(entries), "ICO") or check.isNull():
        raise SystemExit("make-icon: Qt cannot read back the .ico it wrote")
    print(f"wrote {ASSETS / 'benefitcalc.png'} and {ASSETS / 'benefitcalc.ico'} "
          f"({', '.join(str(s) for s in BMP_SIZES + (PNG_SIZE,))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
