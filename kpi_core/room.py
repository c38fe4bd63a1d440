"""Arrays with room after their rows, so that rows appended to a frame's column cost those
rows and not a copy of the column.

:func:`with_room` makes an array that is the start of a larger buffer; :func:`appended`
writes new rows into that room when it can (``np.concatenate`` otherwise) and never writes
to the rows of an array it handed out before. The store reads a frame's columns into such
arrays and appends the rows of a saved record to them; :mod:`kpi_core.prepared_update`
appends the rows of prepared arrays the same way.
"""

from __future__ import annotations

import threading
import weakref
from functools import partial
from typing import Any

import numpy as np

_tips_lock = threading.RLock()  # re-entrant: a buffer freed while it is held forgets itself
#: buffers with room at their end: id -> (the buffer, weakly; its rows in use)
_tips: dict[int, tuple[weakref.ref[Any], int]] = {}


def _address(array: np.ndarray) -> int:
    return int(array.__array_interface__["data"][0])


def _forget_tip(key: int, ref: weakref.ref[Any]) -> None:
    with _tips_lock:
        if key in _tips and _tips[key][0] is ref:
            del _tips[key]


def appended(array: np.ndarray, tail: np.ndarray) -> np.ndarray:
    """``np.concatenate([array, tail])``, without copying ``array`` when it can.

    An array this returns is the first rows of a buffer with room after them. Appending to
    the longest such view writes ``tail`` into that room, which no array handed out covers
    (the rows of ``array`` and every shorter view are never written to), and returns a
    longer view of the same buffer: a few rows added to a frame of millions cost those
    rows. Any other array is copied once into a new buffer with room for later rows (about
    1/64 more). Appending twice to the same view makes a copy the second time.
    """
    tail = np.asarray(tail)
    if tail.dtype != array.dtype:
        tail = tail.astype(array.dtype)
    n, k = len(array), len(tail)
    if k == 0:
        return array
    buffer = array if array.base is None else array.base
    with _tips_lock:
        hit = _tips.get(id(buffer))
        if (
            hit is not None
            and hit[0]() is buffer
            and hit[1] == n
            and isinstance(buffer, np.ndarray)
            and buffer.ndim == 1
            and array.ndim == 1
            and buffer.dtype == array.dtype
            and array.strides == (array.itemsize,)
            and _address(array) == _address(buffer)
            and len(buffer) >= n + k
        ):
            buffer[n : n + k] = tail
            _tips[id(buffer)] = (hit[0], n + k)
            return buffer[: n + k]
        grown = with_room(n + k, array.dtype)
        grown[:n] = array
        grown[n:] = tail
        return grown


def with_room(n: int, dtype: np.dtype[Any]) -> np.ndarray:
    """An array of ``n`` rows, to be filled, that is the start of a buffer with room after
    them: :func:`appended` adds rows to it without a copy (a reader that makes a frame's
    columns anyway can make them so at no cost)."""
    buffer = np.empty(n + max(1024, n // 64), dtype=dtype)
    key = id(buffer)
    with _tips_lock:
        _tips[key] = (weakref.ref(buffer, partial(_forget_tip, key)), n)
    return buffer[:n]
