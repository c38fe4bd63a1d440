"""A few values remembered per object by its identity (for objects that are not hashable,
such as data frames and datasets).

An entry holds the object weakly with a fingerprint of it: it is found only for that very
object (not a later one at the same address) while its fingerprint is unchanged, and (with
``forget_collected``) is dropped when the object is garbage-collected. The oldest entry goes
when the cache is full. Safe to use from several threads (each change holds a lock).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class IdentityCache(Generic[T]):
    """At most ``size`` values, each remembered for one object while ``fingerprint`` of
    the object gives what it gave when the value was stored. ``forget_collected``: drop an
    entry as soon as its object is collected (a cache that lives as long as its objects
    need not: an entry of a collected object is never found, and goes when pushed out)."""

    def __init__(
        self, size: int, fingerprint: Callable[[Any], Hashable], forget_collected: bool = True
    ) -> None:
        self._size = size
        self._fingerprint = fingerprint
        self._forget_collected = forget_collected
        self._items: dict[int, tuple[weakref.ref[Any], Hashable, T]] = {}
        self._lock = threading.Lock()

    def get(self, obj: object) -> T | None:
        """The value remembered for ``obj`` (None when not remembered, or changed)."""
        hit = self._items.get(id(obj))
        if hit is not None and hit[0]() is obj and hit[1] == self._fingerprint(obj):
            return hit[2]
        return None

    def put(self, obj: object, value: T) -> T:
        """Remember ``value`` for ``obj`` (and return it)."""
        key, entry = id(obj), (weakref.ref(obj), self._fingerprint(obj), value)
        with self._lock:
            self._items.pop(key, None)
            while len(self._items) >= self._size:
                self._items.pop(next(iter(self._items)))
            self._items[key] = entry
        if self._forget_collected:
            weakref.finalize(obj, _forget, weakref.ref(self), key)
        return value

    def copy(self) -> IdentityCache[T]:
        """Another cache with the same entries (later changes to either stay apart; the
        copy does not drop the entries of objects collected later, it never finds them)."""
        out: IdentityCache[T] = IdentityCache(self._size, self._fingerprint, False)
        with self._lock:
            out._items = dict(self._items)
        return out

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)

    def _forget(self, key: int) -> None:
        with self._lock:
            entry = self._items.get(key)
            if entry is not None and entry[0]() is None:
                del self._items[key]


def _forget(cache: weakref.ref[IdentityCache[Any]], key: int) -> None:
    """Drop the entry of a garbage-collected object (when its cache is still there)."""
    found = cache()
    if found is not None:
        found._forget(key)
