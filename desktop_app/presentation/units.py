"""Units of the figures Dealbook shows, which way is good, and how a change is written.

A unit decides the value text (see :mod:`desktop_app.presentation.format`) and the change
rule against the previous period:

=====================  ===================  =======================================
unit                   value               change against the previous period
=====================  ===================  =======================================
money                  ``USD 1,234,567``    relative, per cent: ``+12.3 %``
money_per_day          ``USD 7,500 / day``  relative, per cent
money_per_30_days      ``USD 225,000 / 30 days``  relative, per cent
count                  ``1,234``            relative, per cent
hours                  ``1,234.5 hours``    relative, per cent
decimal                ``12.3``             relative, per cent
rate                   ``25.0 %``           percentage points: ``+2.5 pp``
score (NPS)            ``30``               score points: ``+5 pts``
ratio                  ``3.2×``             difference in times: ``-1.0×``
days                   ``20.0 days``        difference in days: ``+2.5 days``
growth                 ``+25.0 %``          never a change of a change: ``was +10.0 %``
months                 ``3 months``         (breakdowns only; no change)
=====================  ===================  =======================================

A relative change from 0 cannot be written in per cent: it is written ``was USD 0``. A change
that rounds to nothing is ``no change`` (no arrow, no ``+0.0 pp``); when either value is
undefined it is ``no comparison``.
"""

from __future__ import annotations

MONEY = "money"
MONEY_PER_DAY = "money_per_day"
MONEY_PER_30_DAYS = "money_per_30_days"
RATE = "rate"
GROWTH = "growth"  # a rate of change: shown signed, compared by its previous value
DAYS = "days"
HOURS = "hours"
SCORE = "score"
COUNT = "count"
RATIO = "ratio"
DECIMAL = "decimal"
MONTHS = "months"
NUMBER = "number"  # an amount without currency (deal lists)
TEXT = "text"
DATE = "date"

MONEY_UNITS = frozenset({MONEY, MONEY_PER_DAY, MONEY_PER_30_DAYS})

#: which way is good news
UP = "up"
DOWN = "down"
NEUTRAL = "neutral"

#: change rules
RELATIVE = "relative"  # (current - previous) / |previous|, in per cent
POINTS_PP = "pp"  # rates: difference x 100, percentage points
POINTS_NPS = "pts"  # NPS: difference, whole score points
TIMES = "times"  # ratios: difference with a times sign
DAY_DIFF = "days"  # days: difference in days
WAS = "was"  # the previous value instead of a change (rates of change)
NONE = "none"  # no comparison is shown

CHANGE_RULE: dict[str, str] = {
    MONEY: RELATIVE,
    MONEY_PER_DAY: RELATIVE,
    MONEY_PER_30_DAYS: RELATIVE,
    COUNT: RELATIVE,
    HOURS: RELATIVE,
    DECIMAL: RELATIVE,
    NUMBER: RELATIVE,
    RATE: POINTS_PP,
    SCORE: POINTS_NPS,
    RATIO: TIMES,
    DAYS: DAY_DIFF,
    GROWTH: WAS,
    MONTHS: NONE,
    TEXT: NONE,
    DATE: NONE,
}
