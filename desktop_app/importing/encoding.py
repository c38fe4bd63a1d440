"""Decide the text encoding of a whole export, or refuse it: never a silent wrong guess.

Order: a BOM (UTF-8, UTF-16 LE/BE), UTF-16 without BOM (NUL bytes in every other
position), strict UTF-8 of the whole file. A file that is mostly UTF-8 with some lines that
are not (a row pasted from a Windows-1252 export) is a mixture: refused with the line of
the first odd row. Otherwise the lines with non-ASCII bytes are given to charset-normalizer
restricted to the code pages CRM exports use (``CANDIDATES``); the candidates that read
those lines most plausibly are compared, and when two of them give different text and
nothing tells them apart, the file is refused with both names. The chosen code page must
then decode the whole file, and no line of it may read better as UTF-8 (a UTF-8 row in a
legacy file). The user can always choose the encoding (``--encoding``), which skips all this.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from desktop_app.errors import UserError
from desktop_app.translation import translate

#: code pages a CRM export may use (Python codec names), besides UTF-8 and UTF-16
CANDIDATES = (
    "gb18030",
    "big5",
    "cp932",
    "euc_jp",
    "cp949",
    "koi8_r",
    "koi8_u",
    "cp1250",
    "cp1251",
    "cp1252",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
)
#: names charset-normalizer may answer with, as the codec Dealbook reads with
_ALIASES = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "hz": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5hkscs": "big5",
    "latin_1": "cp1252",
    "iso8859_15": "cp1252",
}
#: what the user may type for ``--encoding``
LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "gb18030": "GB18030",
    "big5": "Big5",
    "cp932": "Shift-JIS",
    "cp949": "EUC-KR",
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "cp1253": "Windows-1253",
    "cp1254": "Windows-1254",
    "cp1255": "Windows-1255",
    "cp1256": "Windows-1256",
    "euc_jp": "EUC-JP",
    "koi8_r": "KOI8-R",
    "koi8_u": "KOI8-U",
}
#: order among candidates that read a file the same way (the usual one first)
PREFERENCE = (
    "gb18030",
    "cp1252",
    "cp1251",
    "big5",
    "cp932",
    "cp949",
    "euc_jp",
    "koi8_r",
    "koi8_u",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
)
#: how much better (lower) the best reading's score must be than the next one's
MARGIN = 0.1
_DEBUG = False
_SAMPLE_BYTES = 256 << 10
_NONASCII = re.compile(rb"[\x80-\xff]")
_SAFE = re.compile(rb"[\t\r ,;|]")


def check_name(name: str) -> str:
    """The codec name for a user's ``--encoding`` (raises ``UserError`` for unknown names)."""
    try:
        return codecs.lookup(name.strip()).name
    except LookupError as exc:
        raise UserError(
            translate(
                "import",
                "'{0}' is not a text encoding Dealbook knows; use a name such as utf-8, cp1252, "
                "gb18030, big5, shift_jis, euc_kr or koi8_r.",
            ).format(name)
        ) from exc


def line_of(data: bytes, offset: int) -> int:
    """1-based line number of byte ``offset``."""
    return data.count(b"\n", 0, offset) + 1


def _nonascii_lines(data: bytes, limit: int = 200_000) -> list[tuple[int, bytes]]:
    """(start offset, bytes) of the first ``limit`` lines holding a non-ASCII byte."""
    out: list[tuple[int, bytes]] = []
    pos = 0
    while len(out) < limit:
        m = _NONASCII.search(data, pos)
        if m is None:
            break
        start = data.rfind(b"\n", 0, m.start()) + 1
        end = data.find(b"\n", m.start())
        end = len(data) if end < 0 else end
        out.append((start, _window(data[start:end].rstrip(b"\r"), m.start() - start)))
        pos = end + 1
    return out


def _window(line: bytes, first: int, limit: int = 4000) -> bytes:
    """At most about ``limit`` bytes of ``line`` from its first non-ASCII byte ``first``.

    The cut ends after a space, tab, CR or delimiter: no code page used here has such a
    byte inside a character, so the window decodes as the whole line would.
    """
    if len(line) <= limit:
        return line
    m = _SAFE.search(line, first + limit // 2, first + limit)
    return line[first : m.end() if m else first + limit]


def _utf8(b: bytes) -> str | None:
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _mess(text: str) -> float:
    from charset_normalizer.md import mess_ratio

    return float(mess_ratio(text, 1.0))


def detect(data: bytes) -> str:
    """The Python codec name of ``data``; raises ``UserError`` when it cannot tell."""
    if data.startswith(b"\xef\xbb\xbf"):
        _strict(data, "utf-8-sig", "UTF-8")
        return "utf-8-sig"
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        _strict(data, "utf-16", "UTF-16")
        return "utf-16"
    sample = data[:4000]
    if len(sample) >= 4:
        even_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
        odd_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
        if even_nul > 0.4 and odd_nul < 0.1:
            _strict(data, "utf-16-le", "UTF-16")
            return "utf-16-le"
        if odd_nul > 0.4 and even_nul < 0.1:
            _strict(data, "utf-16-be", "UTF-16")
            return "utf-16-be"
    if b"\x00" in sample:
        raise UserError(
            translate(
                "import",
                "This file looks like a binary file, not a CSV or Excel table; export the data "
                "from your CRM as CSV or XLSX and import that file.",
            )
        )
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    lines = _nonascii_lines(data)
    valid = [(o, b) for o, b in lines if _utf8(b) is not None]
    bad = len(lines) - len(valid)
    if valid and len(valid) >= bad:
        raise UserError(
            translate(
                "import",
                "Line {0} of this file is not UTF-8 text like the lines before it: the file "
                "mixes two text encodings; choose the encoding to read it with (dealbook import "
                "--encoding NAME, or Encoding in the import wizard), or save it again from one "
                "program as 'CSV UTF-8'.",
            ).format(line_of(data, first_bad))
        )
    enc = _legacy(lines)
    _strict(data, enc, LABELS.get(enc, enc))
    for off, b in valid[:2000]:
        as_utf8 = _utf8(b) or ""
        if sum(ord(c) > 127 for c in as_utf8) < 1:
            continue
        legacy = b.decode(enc)
        if _mess(as_utf8) + _script_penalty(as_utf8, "utf-8") + 0.1 < _mess(
            legacy
        ) + _script_penalty(legacy, enc):
            raise UserError(
                translate(
                    "import",
                    "Line {0} of this file is UTF-8 text while the rest is {1}: the file mixes "
                    "two text encodings; choose the encoding to read it with (dealbook import "
                    "--encoding NAME, or Encoding in the import wizard), or save it again from "
                    "one program as 'CSV UTF-8'.",
                ).format(line_of(data, off), LABELS.get(enc, enc))
            )
    return enc


def check_decodes(data: bytes, enc: str) -> None:
    """Refuse ``data`` unless all of it decodes as the chosen ``enc``."""
    _strict(data, enc, LABELS.get(enc.replace("_", "-"), enc))


def _strict(data: bytes, enc: str, label: str) -> None:
    """Refuse ``data`` unless all of it decodes as ``enc``, naming the first odd line."""
    try:
        data.decode(enc)
    except UnicodeDecodeError as exc:
        raise UserError(
            translate(
                "import",
                "Line {0} of this file is not {1} text like the rest of it: the file mixes text "
                "encodings or is damaged; choose the encoding to read it with (dealbook import "
                "--encoding NAME, or Encoding in the import wizard), or save it again from one "
                "program as 'CSV UTF-8'.",
            ).format(line_of(data, exc.start), label)
        ) from exc


def _script_penalty(text: str, enc: str) -> float:
    """Share of non-ASCII characters that do not fit the writing of ``enc``'s languages."""
    n = sum(1 for c in text if ord(c) > 127)
    return sum(_penalties(text, enc)) / n if n else 0.0


def _penalties(text: str, enc: str) -> list[float]:
    """Per character of ``text``: how little it fits ``enc``'s writing (0 fits, 1 does not)."""
    out = [0.0] * len(text)
    for i, c in enumerate(text):
        if ord(c) <= 127:
            continue
        bad = 0.0
        name = unicodedata.name(c, "")
        cat = unicodedata.category(c)
        if cat.startswith("L"):
            if enc == "utf-8":
                ok = True
            elif enc == "gb18030":
                ok = "CJK UNIFIED" in name and _encodes(c, "gb2312")
            elif enc == "big5":
                ok = "CJK UNIFIED" in name and _big5_level1(c)
            elif enc in ("cp932", "euc_jp"):
                ok = ("HIRAGANA" in name or "KATAKANA" in name and "HALFWIDTH" not in name) or (
                    "CJK UNIFIED" in name and _jis_level1(c)
                )
            elif enc == "cp949":
                ok = "HANGUL SYLLABLE" in name and _encodes(c, "euc_kr")
            elif enc in ("koi8_r", "koi8_u", "cp1251"):
                ok = "CYRILLIC" in name
            elif enc == "cp1253":
                ok = "GREEK" in name
            elif enc in ("cp1255",):
                ok = "HEBREW" in name
            elif enc in ("cp1256",):
                ok = "ARABIC" in name
            else:
                ok = "LATIN" in name
                # letters of Latin-1 (Western Europe) are the usual ones in CRM exports
                if ok and (ord(c) > 0xFF or c in _RARE_LATIN1):
                    bad += 0.3
            bad += 0 if ok else 1
            if ok and i and "LATIN" not in name and text[i - 1].isascii() and text[i - 1].isalpha():
                bad += 1 if "CJK" not in name else 0.5  # "CafИ", "Caf茅": a word in two scripts
        elif cat.startswith("Z"):
            continue
        elif cat.startswith(("P", "S", "N")):
            if "FULLWIDTH" in name or "IDEOGRAPHIC" in name:
                continue
            near = text[i - 1 : i] + text[i + 1 : i + 2]
            if any(ch.isalpha() for ch in near):
                bad += 1  # "Spó³ka", "£ódŸ": a sign inside a word
            elif c not in "€£¥©®°±×÷–—‘’“”•…«»·":
                bad += 0.5
        else:
            bad += 1
        out[i] = bad
    return out


#: Latin-1 letters of Icelandic, Nordic and Italian that a wrong Western reading of Turkish
#: or Central European text produces
_RARE_LATIN1 = "ÐðÞþÝýØøÌìÒòÙùÈÅå"


def _encodes(c: str, enc: str) -> bool:
    try:
        c.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def _big5_level1(c: str) -> bool:
    try:
        b = c.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xA440 <= int.from_bytes(b, "big") <= 0xC67E


def _jis_level1(c: str) -> bool:
    try:
        b = c.encode("shift_jis")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0x889F <= int.from_bytes(b, "big") <= 0x9872


def _legacy(lines: list[tuple[int, bytes]]) -> str:
    """The code page of the non-ASCII ``lines``; refuses when it cannot tell."""
    chunks, size = [], 0
    for _o, b in lines:
        chunks.append(b)
        size += len(b) + 1
        if size >= _SAMPLE_BYTES:
            break
    sample = b"\n".join(chunks)
    texts: dict[str, str] = {}
    for enc in CANDIDATES:
        try:
            texts[enc] = sample.decode(enc)
        except UnicodeDecodeError:
            continue
    cn: dict[str, float] = {}
    try:
        from charset_normalizer import from_bytes

        for m in from_bytes(sample, cp_isolation=list(CANDIDATES)):
            enc = _ALIASES.get(m.encoding, m.encoding)
            if enc in texts:
                cn.setdefault(enc, float(m.chaos) - 0.5 * float(m.coherence))
    except Exception:  # noqa: BLE001 - charset-normalizer is a hint here, not the decision
        cn = {}
    if not texts:
        raise UserError(
            translate(
                "import",
                "Dealbook cannot tell which text encoding this file uses; choose the encoding to "
                "read it with (dealbook import --encoding NAME, or Encoding in the import "
                "wizard), or save it again from one program as 'CSV UTF-8'.",
            )
        )
    scores: dict[str, float] = {}
    for enc, text in texts.items():
        scores[enc] = _script_penalty(text, enc) + 0.5 * _mess(text) + cn.get(enc, 0.5)
    # candidates that read the sample the same way are one reading: keep its preferred name
    readings: dict[str, str] = {}
    for enc in sorted(scores, key=PREFERENCE.index):
        first = readings.setdefault(texts[enc], enc)
        scores[first] = min(scores[first], scores[enc])
    ranked = sorted(readings.values(), key=lambda e: (scores[e], PREFERENCE.index(e)))
    if _DEBUG:
        print({e: round(scores[e], 3) for e in ranked}, {e: round(v, 3) for e, v in cn.items()})
    best = ranked[0]
    for other in ranked[1:2]:
        text_a, text_b = texts[best], texts[other]
        gap = scores[other] - scores[best]
        if len(text_a) == len(text_b):  # single-byte code pages: judge the characters that differ
            diff = [i for i in range(len(text_a)) if text_a[i] != text_b[i]]
            pa, pb = _penalties(text_a, best), _penalties(text_b, other)
            by_diff = (sum(pb[i] for i in diff) - sum(pa[i] for i in diff)) / max(1, len(diff))
            if abs(by_diff) > MARGIN:
                gap = abs(by_diff)
                if by_diff < 0:
                    best, other = other, best
        if gap <= MARGIN:
            raise UserError(
                translate(
                    "import",
                    "Dealbook cannot tell whether this file is {0} or {1} text; choose the "
                    "encoding to read it with (dealbook import --encoding NAME, or Encoding in "
                    "the import wizard), or save it again from one program as 'CSV UTF-8'.",
                ).format(LABELS.get(best, best), LABELS.get(other, other))
            )
    return best
