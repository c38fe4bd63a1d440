"""What a column's values look like, to confirm or correct a guess made from its header.

``profile`` samples a column (its first 2,000 values and their distinct set) and measures
the share of non-empty values that read as dates, numbers, percentages (0..100 or with
``%``), booleans, outcome words (``outcome.word``), stage-like words, and record ids.
``fits`` says whether a column's values suit a field's type; ``quality`` ranks columns
that compete for one field (more values filled and fitting first; names over record ids
for accounts and owners).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from desktop_app.importing import values as V
from desktop_app.importing.dates import parse_date_value
from desktop_app.importing.outcome import truth, word
from desktop_app.importing.vocabulary import fold

SAMPLE = 2000
#: distinct values (the most frequent) whose kind is checked
TOP_WORDS = 300

# fmt: off
#: folded stage words of the common pipelines (any CRM, several languages)
STAGE_WORDS = (
    "prospect", "qualif", "needs", "analysis", "proposal", "quote", "negotiat", "review",
    "decision", "discovery", "demo", "presentation", "contract", "engag", "appointment",
    "lead", "closed", "closing", "commit", "pipeline", "new", "meeting", "contact",
    "angebot", "verhandlung", "bedarf", "erstkontakt", "qualifiziert", "vorschlag",
    "abschluss", "prospection", "négociation", "negociation", "devis", "proposition",
    "découverte", "propuesta", "negociación", "calificación", "cualificación", "descubrimiento",
    "proposta", "negociação", "qualificação", "trattativa", "negoziazione", "offerta",
    "offerte", "onderhandeling", "kwalificatie", "oferta", "negocjacje", "kwalifikacja",
    "переговоры", "предложение", "квалификация", "первичный", "подготовка", "согласование",
    "初步", "需求", "方案", "报价", "谈判", "验证", "确认", "商务", "签约", "意向", "立项",
    "報價", "談判", "提案", "交渉", "見積", "ヒアリング", "検討",
)
# fmt: on
_FOLDED_STAGE_WORDS = tuple(fold(w) for w in STAGE_WORDS)
_ID = re.compile(
    r"^(?:[0-9a-zA-Z]{15}|[0-9a-zA-Z]{18}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
    r"[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F-]{36}\}|zcrm_\d+|\d{6,20})$"
)
_IDISH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-./:#]{2,39}$")


@dataclass
class Profile:
    """Shares of the non-empty sampled values of one column."""

    n: int = 0  # values sampled
    filled: int = 0  # non-empty among them
    distinct: int = 0
    dates: float = 0.0  # written as dates
    serials: float = 0.0  # whole numbers that read as Excel date serials
    numbers: float = 0.0
    percents: float = 0.0
    bools: float = 0.0
    outcomes: float = 0.0
    stages: float = 0.0
    record_ids: float = 0.0  # CRM record ids (Salesforce 15/18, GUIDs, long numbers)
    idish: float = 0.0  # short single tokens (codes)
    unique: bool = False
    words: int = 0  # distinct non-numeric words

    @property
    def fill(self) -> float:
        return self.filled / self.n if self.n else 0.0

    def describe(self) -> str:
        """A few words on what the values are, for the report."""
        if not self.filled:
            return "no values"
        for share, text in (
            (self.dates, "dates"),
            (self.bools, "yes/no values"),
            (self.outcomes, "won/lost words"),
            (self.percents if self.numbers >= 0.9 else 0.0, "percentages"),
            (self.numbers, "numbers"),
            (self.record_ids, "record ids"),
        ):
            if share >= 0.9:
                return text
        if self.distinct <= 30:
            return f"{self.distinct} distinct words"
        return "text"


def _stage_like(value: str) -> bool:
    if word(value) is not None:
        return True
    f = fold(value)
    return any(w in f for w in _FOLDED_STAGE_WORDS)


_PLAIN = re.compile(r"-?[\d,]*\d(?:\.\d+)?")
_SERIAL = re.compile(r"\d{5,6}")


def profile(column: object) -> Profile:
    """Measure the first ``SAMPLE`` values of ``column`` (a sequence of text or None)."""
    values = list(column[:SAMPLE]) if column is not None else []  # type: ignore[index]
    p = Profile(n=len(values))
    counts = Counter(t for t in (str(v).strip() for v in values if v is not None) if t)
    p.filled = sum(counts.values())
    if not p.filled:
        return p
    p.distinct = len(counts)
    p.unique = p.distinct == p.filled
    # the shares are measured on the most frequent distinct values (a column of names has
    # thousands, a status or stage column a few)
    top = counts.most_common(TOP_WORDS)
    uniq = [u for u, _c in top]
    weights = [c for _u, c in top]
    total = float(sum(weights))

    def share(flags: list[bool]) -> float:
        return sum(w for w, f in zip(weights, flags, strict=True) if f) / total

    plain = [bool(_PLAIN.fullmatch(u)) for u in uniq]
    dated = [(parse_date_value(u, "mdy") or parse_date_value(u, "dmy")) is not None for u in uniq]
    p.dates = share([d and not pl for d, pl in zip(dated, plain, strict=True)])
    p.serials = share(
        [
            d and pl and bool(_SERIAL.fullmatch(u))
            for d, pl, u in zip(dated, plain, uniq, strict=True)
        ]
    )
    if any(ch.isdigit() for u in uniq for ch in u[:40]):
        pct = pd.Series([u.replace("%", "") for u in uniq], dtype=object)
        nums = V.parse_numbers(pct, V.decimal_mark(pct)).tolist()
    else:  # no digit anywhere: no number
        nums = [float("nan")] * len(uniq)
    ok = [x == x for x in nums]  # not NaN
    p.numbers = share(ok)
    p.percents = share(
        [o and ("%" in u or 0 <= x <= 100) for o, u, x in zip(ok, uniq, nums, strict=True)]
    )

    def top_share(test: Callable[[str], object]) -> float:
        return sum(c for u, c in top if test(u)) / total

    p.bools = top_share(lambda u: truth(u) is not None)
    p.outcomes = top_share(lambda u: word(u) is not None)
    p.stages = top_share(_stage_like)
    p.record_ids = top_share(_ID.match)
    p.idish = top_share(_IDISH.match)
    p.words = sum(1 for o in ok if not o)
    return p


#: minimum share of fitting values for each field type
_NEED = 0.8


def fits(p: Profile, field: str, type_: str) -> tuple[bool, str]:
    """Whether the values suit ``field`` of type ``type_``; with a reason when not."""
    if not p.filled:
        return True, "no values to check"
    what = p.describe()
    if type_ == "date":
        ok = p.dates + p.serials >= _NEED
        return ok, "values are dates" if ok else f"values are not dates ({what})"
    if type_ in ("money", "number", "int"):
        ok = p.numbers >= _NEED and p.dates < 0.5
        return ok, "values are amounts" if ok else f"values are not numbers ({what})"
    if type_ == "percent":
        ok = p.percents >= _NEED
        return ok, "values are percentages" if ok else f"values are not percentages ({what})"
    if type_ == "bool":
        ok = p.bools >= 0.9
        return ok, "values are yes/no" if ok else f"values are not yes/no ({what})"
    if field == "status":
        ok = p.outcomes >= 0.5 or (p.distinct <= 12 and p.numbers < 0.5)
        return ok, "values name the outcome" if ok else f"values are not outcomes ({what})"
    if field == "stage":
        ok = p.numbers < 0.5 and p.dates < 0.5 and (p.distinct <= 60 or p.stages >= 0.5)
        return ok, f"values are stages ({what})" if ok else f"values are not stages ({what})"
    if field in ("title", "account", "owner", "product", "source", "lost_reason"):
        ok = p.dates < 0.5 and (p.numbers < 0.9 or field != "title" or p.unique)
        return ok, "values are names" if ok else f"values are not names ({what})"
    return True, "values are text"


def quality(p: Profile, field: str) -> float:
    """How well a column serves ``field`` (0..1); competing columns are ranked by it."""
    q = p.fill
    if field in ("account", "owner", "source", "product") and p.record_ids >= 0.9:
        q *= 0.4  # a name column beats a column of record ids
    if field == "external_id" and not p.unique:
        q *= 0.5
    if field == "title" and p.filled and p.distinct / p.filled < 0.3:
        q *= 0.6
    return round(q, 1)


def outcome_like(p: Profile) -> bool:
    """A column of a few repeated words that name won/lost/open."""
    return p.filled > 0 and p.outcomes >= 0.8 and p.distinct <= 12


def stage_like(p: Profile) -> bool:
    """A column of a few repeated words that look like pipeline stages."""
    return (
        p.filled > 0
        and p.stages >= 0.6
        and p.distinct <= 60
        and p.numbers < 0.3
        and p.dates < 0.3
        and p.distinct < p.filled
    )


def amount_like(p: Profile) -> bool:
    """A column of money-looking numbers (not ids, not percentages, not dates)."""
    return (
        p.filled > 0
        and p.numbers >= 0.9
        and p.dates < 0.3
        and p.record_ids < 0.5
        and p.percents < 0.9
    )
