"""The app icon files: ICO and ICNS parse, hold every size, and carry valid images."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def _make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_icons"] = module
    spec.loader.exec_module(module)
    return module


mi = _make_icons()


def test_svg_source_is_there() -> None:
    text = (ICONS / "dealbook.svg").read_text(encoding="utf-8")
    assert "<svg" in text and 'viewBox="0 0 1024 1024"' in text


@pytest.mark.parametrize("size", mi.PNG_SIZES)
def test_png_sizes(size: int) -> None:
    data = (ICONS / f"dealbook-{size}.png").read_bytes()
    assert mi.png_size(data) == (size, size)


def test_committed_ico_has_every_size_with_valid_payloads() -> None:
    entries = mi.read_ico((ICONS / "dealbook.ico").read_bytes())
    assert sorted(w for w, _h, _p in entries) == sorted(mi.ICO_SIZES)
    for width, height, payload in entries:
        assert width == height
        if payload.startswith(mi.PNG_SIGNATURE):
            assert mi.png_size(payload) == (width, height)
        else:  # 32-bit DIB: header size 40, height doubled for the AND mask
            hdr, w, h, planes, bpp = struct.unpack_from("<IiiHH", payload, 0)
            assert (hdr, w, h, planes, bpp) == (40, width, 2 * height, 1, 32)
            mask = ((width + 31) // 32) * 4 * height
            assert len(payload) == 40 + width * height * 4 + mask


def test_committed_icns_has_the_retina_and_plain_chunks() -> None:
    chunks = dict(mi.read_icns((ICONS / "dealbook.icns").read_bytes()))
    expected = dict(mi.ICNS_TYPES)
    assert set(chunks) == {kind for kind, _ in mi.ICNS_TYPES}
    for kind, payload in chunks.items():
        assert mi.png_size(payload) == (expected[kind], expected[kind])


def test_ico_round_trip_and_256_is_written_as_zero() -> None:
    png = mi.PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + struct.pack(">II", 256, 256) + b"rest"
    dib = mi.dib_payload(2, bytes(range(16)))
    data = mi.build_ico({256: png, 2: dib})
    assert data[:6] == struct.pack("<HHH", 0, 1, 2)
    assert data[6] == 2 and data[6 + 16] == 0  # sorted by size; 256 stored as 0
    assert mi.read_ico(data) == [(2, 2, dib), (256, 256, png)]


def test_dib_rows_are_bottom_up() -> None:
    top, bottom = b"\x01" * 8, b"\x02" * 8
    payload = mi.dib_payload(2, top + bottom)
    assert payload[40:48] == bottom and payload[48:56] == top
    with pytest.raises(ValueError):
        mi.dib_payload(2, b"short")


def test_icns_round_trip_and_bad_files() -> None:
    data = mi.build_icns([(b"ic07", b"abc"), (b"ic08", b"")])
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    assert mi.read_icns(data) == [(b"ic07", b"abc"), (b"ic08", b"")]
    with pytest.raises(ValueError):
        mi.read_icns(data[:-1])
    with pytest.raises(ValueError):
        mi.read_ico(b"\x00\x00\x02\x00\x01\x00")


def test_make_icons_renders_every_file(tmp_path: Path) -> None:
    written = {path.name for path in mi.make_icons(tmp_path)}
    assert {"dealbook.ico", "dealbook.icns", "dealbook.png", "dealbook-1024.png"} <= written
    entries = mi.read_ico((tmp_path / "dealbook.ico").read_bytes())
    small = next(payload for w, _h, payload in entries if w == 32)
    pixels = small[40 : 40 + 32 * 32 * 4]
    assert pixels[3::4].count(0) > 0, "the rounded corners should be transparent"
    assert len(set(pixels[0::4])) > 8, "the icon should not be blank"
