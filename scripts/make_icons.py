"""Render the app icon from ``resources/icons/dealbook.svg`` into every format the installers use.

    python scripts/make_icons.py [--out resources/icons]

Writes ``dealbook-<size>.png`` for 16..1024 px, ``dealbook.png`` (256 px, the window icon),
``dealbook.ico`` (Windows: 16..256 px; 32-bit DIB payloads below 256 px for the widest
compatibility with resource compilers and Inno Setup, a PNG payload at 256 px as Windows Vista
and newer expect) and ``dealbook.icns`` (macOS: PNG payloads in ``ic07``..``ic14``/``icp4``..
``icp6`` chunks). Rendering uses Qt's ``QSvgRenderer`` on the offscreen platform, so no
display and no extra dependency (no Pillow) is needed. The ICO and ICNS writers are plain
functions of bytes so that tests can check them without Qt.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "dealbook.svg"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

#: ICNS chunk type -> pixel size of its PNG payload (Apple's names; @2x types reuse sizes)
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --------------------------------------------------------------------------- pure writers


def dib_payload(size: int, bgra_top_down: bytes) -> bytes:
    """A 32-bit BGRA DIB as an ICO entry stores it: header, bottom-up pixels, AND mask.

    ``bgra_top_down`` holds ``size * size * 4`` bytes, rows from the top. The header's height
    is doubled (colour rows plus mask rows), as the ICO format requires. The AND mask is all
    zeros: the alpha channel carries the transparency.
    """
    row = size * 4
    if len(bgra_top_down) != row * size:
        raise ValueError(f"expected {row * size} bytes of pixels, got {len(bgra_top_down)}")
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, row * size, 0, 0, 0, 0)
    pixels = b"".join(bgra_top_down[y * row : (y + 1) * row] for y in range(size - 1, -1, -1))
    mask_row = ((size + 31) // 32) * 4
    return header + pixels + bytes(mask_row * size)


def build_ico(entries: Mapping[int, bytes]) -> bytes:
    """An ICO file from ``{size: payload}`` where each payload is a PNG or a DIB."""
    sizes = sorted(entries)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    data = b""
    for size in sizes:
        payload = entries[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(payload), offset)
        data += payload
        offset += len(payload)
    return header + directory + data


def build_icns(chunks: Iterable[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file from ``(type, png_bytes)`` pairs: ``icns`` + big-endian length + chunks."""
    body = b""
    for kind, payload in chunks:
        if len(kind) != 4:
            raise ValueError(f"ICNS chunk type must be 4 bytes: {kind!r}")
        body += kind + struct.pack(">I", len(payload) + 8) + payload
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def read_ico(data: bytes) -> list[tuple[int, int, bytes]]:
    """Parse an ICO file into ``(width, height, payload)`` entries; raises on a bad file."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1 or count == 0:
        raise ValueError("not an ICO file")
    entries = []
    for i in range(count):
        w, h, _c, _r, _p, _bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        if offset + length > len(data):
            raise ValueError(f"ICO entry {i} runs past the end of the file")
        entries.append((w or 256, h or 256, data[offset : offset + length]))
    return entries


def read_icns(data: bytes) -> list[tuple[bytes, bytes]]:
    """Parse an ICNS file into ``(type, payload)`` chunks; raises on a bad file."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an ICNS file (bad magic or length)")
    chunks = []
    pos = 8
    while pos < len(data):
        kind = data[pos : pos + 4]
        (length,) = struct.unpack_from(">I", data, pos + 4)
        if length < 8 or pos + length > len(data):
            raise ValueError(f"bad ICNS chunk {kind!r} at {pos}")
        chunks.append((kind, data[pos + 8 : pos + length]))
        pos += length
    return chunks


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG")
    return struct.unpack_from(">II", data, 16)


# --------------------------------------------------------------------------- Qt rendering


def _render(svg: Path, sizes: Iterable[int]) -> dict[int, object]:
    """Render the SVG at each size into ARGB32 ``QImage`` objects (offscreen Qt)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    images: dict[int, object] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        images[size] = image.convertToFormat(QImage.Format.Format_ARGB32)
    return images


def _png_bytes(image: object) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[attr-defined]
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(array.data())


def _bgra_bytes(image: object) -> bytes:
    """Top-down BGRA rows of an ARGB32 image (ARGB32 is BGRA in memory on little-endian)."""
    size = image.width()  # type: ignore[attr-defined]
    if sys.byteorder != "little":  # pragma: no cover - every supported platform is LE
        raise RuntimeError("DIB writer assumes a little-endian machine")
    stride = image.bytesPerLine()  # type: ignore[attr-defined]
    raw = bytes(image.constBits())  # type: ignore[attr-defined]
    return b"".join(raw[y * stride : y * stride + size * 4] for y in range(size))


def make_icons(out: Path, svg: Path = SVG) -> list[Path]:
    """Write every PNG size, the ICO and the ICNS into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    images = _render(svg, sorted(set(PNG_SIZES) | set(ICO_SIZES)))
    pngs = {size: _png_bytes(image) for size, image in images.items()}
    written: list[Path] = []
    for size in PNG_SIZES:
        path = out / f"dealbook-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    main_png = out / "dealbook.png"
    main_png.write_bytes(pngs[256])
    written.append(main_png)

    ico_entries = {
        size: pngs[size] if size >= 256 else dib_payload(size, _bgra_bytes(images[size]))
        for size in ICO_SIZES
    }
    ico = out / "dealbook.ico"
    ico.write_bytes(build_ico(ico_entries))
    written.append(ico)

    icns = out / "dealbook.icns"
    icns.write_bytes(build_icns((kind, pngs[size]) for kind, size in ICNS_TYPES))
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SVG.parent, help="output folder")
    parser.add_argument("--svg", type=Path, default=SVG, help="source SVG")
    args = parser.parse_args(argv)
    for path in make_icons(args.out, args.svg):
        print(f"{path.stat().st_size:>9,d}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
