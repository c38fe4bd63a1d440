"""Numbers fit to show: a value that is not finite (inf, -inf, NaN) becomes None.

Sums of huge amounts overflow to infinity and ratios of them to NaN. Neither is a number
a sales manager can use, and neither is valid JSON; JSON, charts and reports show None
(null, "—") instead, whatever the database holds.
"""

from __future__ import annotations

import math
from typing import Any


def finite(obj: Any) -> Any:
    """``obj`` with every number that is not finite replaced by None, in dicts and lists too."""
    if obj is None or isinstance(obj, bool | int | str):
        return obj
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: finite(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [finite(v) for v in obj]
    if hasattr(obj, "dtype") and getattr(obj, "shape", None) == ():  # numpy scalars
        try:
            value = float(obj)
        except (TypeError, ValueError):
            return obj
        return value if math.isfinite(value) else None
    return obj
