"""Map a file's columns to fields and a CRM's stages to the workspace pipeline.

Columns, from the header (``map_columns``, linear in the number of columns): the user's
choices; the kind's own field names; the preset's own header table; then the header
vocabulary (``vocabulary.py``: one dict lookup of the folded header, then of the header
without an ``Entity - `` prefix, a ``(...)`` suffix or a record-type word); then, for a
bounded number of short headers, a close fuzzy match. One column per field, one field per
column; unmatched columns are ignored and listed.

Then from the values (``map_table``): every guess is checked against its column's values
(``content.py``: dates, amounts, percentages, yes/no, outcome words, stages, record ids); a
guess the values contradict is dropped; when two columns name one field the one whose
values serve it better wins (then the better header word); a column of won/lost words or
of stage names that no header claimed becomes the status or the stage. ``map_table``
returns, per field, the column and the reason (the report's ``mapping`` object).

Stages: a won/lost word is an outcome (a won deal whose export writes "Closed Won" as stage
gets the last pipeline stage, a lost one keeps no stage); an open stage named like a
pipeline stage maps to it; otherwise by probability (the preset's, a ``(NN%)`` in the label,
or the median of the file's probability column) onto the pipeline stage with the nearest
default probability; otherwise by its order in the CRM's pipeline; else the first stage.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import pandas as pd

from desktop_app.importing import content
from desktop_app.importing.fields import ALIASES, KINDS, normalize, spec
from desktop_app.importing.presets import PRESETS, status_word
from desktop_app.importing.vocabulary import (
    DEALS,
    ENTITY_PREFIXES,
    build_index,
    fold,
    stage_probability,
)

DEFAULT_PIPELINE: tuple[tuple[str, float], ...] = (
    ("Lead-in", 10.0),
    ("Qualified", 20.0),
    ("Meeting", 40.0),
    ("Proposal", 60.0),
    ("Negotiation", 80.0),
)

#: at most this many unmatched headers are tried fuzzily, and only short ones
FUZZY_LIMIT = 64
FUZZY_MAX_LEN = 40
#: at most this many columns have their values profiled
PROFILE_LIMIT = 300
#: at most this many columns no header claimed are looked at for a status, stage or amount
FREE_LIMIT = 60

_SUFFIX = re.compile(r"\s*[\(（\[][^)）\]]*[\)）\]]\s*$")
_PREFIXES = tuple(fold(p) for p in ENTITY_PREFIXES)


def header_signature(headers: list[str]) -> str:
    """sha256 of the normalised headers: the key of a saved mapping."""
    text = "\n".join(sorted(normalize(h) for h in headers))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def vocabulary_index(kind: str) -> dict[str, tuple[int, str]]:
    """``{folded header: (rank, field)}`` of ``kind``: the vocabulary, then the aliases."""
    names = {f.name for f in KINDS[kind]}
    words: dict[str, list[str]] = {}
    if kind == "deals":
        for f, vocabulary in DEALS.items():
            if f in names:
                words[f] = list(vocabulary)
    for f, aliases in ALIASES.get(kind, {}).items():
        if f in names:
            words[f] = words.get(f, []) + list(aliases)
    by_field: dict[str, tuple[str, ...] | list[str]] = dict(words)
    return build_index(by_field)


@lru_cache(maxsize=65536)
def header_keys(header: str) -> tuple[str, ...]:
    """Folded forms of a header to look up, best first (whole; after ``Entity - ``; without
    a ``(...)`` suffix; without a record-type word in front)."""
    keys = [fold(header)]
    parts = [header]
    for sep in (" - ", " – ", ": "):
        if sep in header:
            tail = header.split(sep, 1)[1]
            parts.append(tail)
            keys.append(fold(tail))
    for p in parts:
        stripped = _SUFFIX.sub("", p)
        if stripped != p:
            keys.append(fold(stripped))
    whole = keys[0]
    for pre in _PREFIXES:
        if whole.startswith(pre) and len(whole) > len(pre) + 1:
            keys.append(whole[len(pre) :])
    out: list[str] = []
    for k in keys:
        if k and k not in out:
            out.append(k)
    return tuple(out)


@dataclass
class Guess:
    """A header's field as its name says, with how sure that is."""

    header: str
    pos: int
    field: str
    tier: int  # 0 user, 1 native name or preset table, 2 vocabulary, 3 fuzzy
    level: int  # which header variant matched
    rank: int  # the word's place in the field's list
    how: str

    def key(self) -> tuple[int, int, int, int]:
        return (self.tier, self.level, self.rank, self.pos)


def _guesses(
    headers: list[str], kind: str, preset: str, overrides: dict[str, str], fuzzy: bool = True
) -> tuple[list[Guess], set[str]]:
    """Every header's guess from its name (linear); and the headers to leave out."""
    fields = {f.name for f in KINDS[kind]}
    skip = {h for h, f in overrides.items() if not f}
    p = PRESETS.get(preset) if kind == "deals" else None
    index = vocabulary_index(kind)
    out: list[Guess] = []
    left: list[tuple[int, str]] = []
    for pos, h in enumerate(headers):
        if h in skip:
            continue
        if h in overrides and overrides[h] in fields:
            out.append(Guess(h, pos, overrides[h], 0, 0, 0, "chosen by the user"))
            continue
        name = h.strip()
        if name in fields:
            out.append(Guess(h, pos, name, 1, 0, 0, "the field's own name"))
            continue
        if p is not None:
            f = p.columns.get(normalize(h))
            if f is not None:
                if f:
                    out.append(Guess(h, pos, f, 1, 0, 0, f"a {p.label} column"))
                else:
                    skip.add(h)
                continue
        for level, k in enumerate(header_keys(h)):
            hit = index.get(k)
            if hit is not None:
                out.append(Guess(h, pos, hit[1], 2, level, hit[0], "a known name"))
                break
        else:
            left.append((pos, h))
    keys = list(index)
    by_len: dict[int, list[str]] = {}
    for k in keys:
        by_len.setdefault(len(k), []).append(k)
    tried = 0
    for pos, h in left if fuzzy else []:
        keys_h = header_keys(h)
        k = keys_h[-1] if keys_h else ""  # a header of only signs folds to nothing
        if not (3 < len(k) <= FUZZY_MAX_LEN):
            continue
        if tried >= FUZZY_LIMIT:
            break
        tried += 1
        near = [c for n in range(len(k) - 2, len(k) + 3) for c in by_len.get(n, [])]
        close = difflib.get_close_matches(k, near, n=1, cutoff=0.88)
        if close:
            rank, f = index[close[0]]
            out.append(Guess(h, pos, f, 3, 0, rank, f"close to the known name '{close[0]}'"))
    return out, skip


def _pick(guesses: list[Guess], quality: dict[str, float] | None = None) -> dict[str, Guess]:
    """The best guess per field: the user first, then (with values) the better column,
    then the better name; one field per column."""
    quality = quality or {}
    best: dict[str, Guess] = {}
    ordered = sorted(
        guesses,
        key=lambda g: (min(g.tier, 1), -quality.get(g.header, 1.0), *g.key()),
    )
    for g in ordered:
        if g.field not in best:
            best[g.field] = g
    return best


def map_columns(
    headers: list[str],
    kind: str,
    preset: str = "generic",
    overrides: dict[str, str] | None = None,
    fuzzy: bool = True,
) -> dict[str, str]:
    """``{header: field}`` for the columns whose header names a field of ``kind``.

    ``overrides`` (header -> field, or "" to ignore a column) win over everything;
    ``fuzzy=False`` skips the close-match step (to score candidate header rows quickly).
    """
    guesses, _skip = _guesses(headers, kind, preset, overrides or {}, fuzzy)
    chosen = {g.header: f for f, g in _pick(guesses).items()}
    return {h: chosen[h] for h in headers if h in chosen}


@dataclass
class ColumnMapping:
    """Which column became which field and why, and what the values said of the rest."""

    columns: dict[str, str]  # header -> field
    reasons: dict[str, dict[str, Any]]  # field -> {"column": header, "reason": text}
    warnings: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # header -> why it was left out

    def report(self) -> dict[str, dict[str, Any]]:
        return dict(self.reasons)


def map_table(
    headers: list[str],
    column: Any,
    kind: str,
    preset: str = "generic",
    overrides: dict[str, str] | None = None,
) -> ColumnMapping:
    """Map by header, then confirm or correct every guess from the column's values.

    ``column(i)`` gives the values of column ``i`` (a sequence of text or None).
    """
    overrides = overrides or {}
    guesses, skip = _guesses(headers, kind, preset, overrides)
    profiles: dict[str, content.Profile] = {}
    position = {h: i for i, h in enumerate(headers)}

    def prof(h: str) -> content.Profile | None:
        if h not in profiles:
            if len(profiles) >= PROFILE_LIMIT:
                return None
            profiles[h] = content.profile(column(position[h]))
        return profiles[h]

    notes: dict[str, str] = {}
    kept: list[Guess] = []
    why: dict[str, str] = {}
    for g in guesses:
        p = prof(g.header) if g.tier > 0 else None
        if p is None:
            kept.append(g)
            why[g.header] = g.how
            continue
        ok, reason = content.fits(p, g.field, spec(kind, g.field).type)
        if ok:
            kept.append(g)
            why[g.header] = f"{g.how} for {g.field.replace('_', ' ')}; {reason}"
        elif g.field == "status" and content.stage_like(p):
            kept.append(Guess(g.header, g.pos, "stage", g.tier, g.level, 99, g.how))
            why[g.header] = f"{g.how}; its values are stages, not outcomes"
        else:
            notes[g.header] = f"named like {g.field.replace('_', ' ')}, but {reason}"
    quality = {
        g.header: content.quality(profiles[g.header], g.field) for g in kept if g.header in profiles
    }
    best = _pick(kept, quality)
    reasons: dict[str, dict[str, Any]] = {}
    for f, g in best.items():
        text = why[g.header]
        losers = [o.header for o in kept if o.field == f and o is not g]
        if losers:
            text += "; chosen over " + ", ".join(f"'{h}'" for h in losers)
            text += (
                " (its values are fuller)"
                if any(quality.get(h, 1.0) < quality.get(g.header, 1.0) for h in losers)
                else " (a better name)"
            )
            for h in losers:
                notes[h] = f"also named like {f.replace('_', ' ')}; '{g.header}' was used"
        reasons[f] = {"column": g.header, "reason": text}
    used = {g.header for g in best.values()}
    warnings: dict[str, int] = {}
    if kind == "deals":
        free = [h for h in headers if h not in used and h not in skip][:FREE_LIMIT]
        for h in free:
            p = prof(h)
            if p is None:
                break
            if "status" not in reasons and "stage" in reasons and content.outcome_like(p):
                reasons["status"] = {"column": h, "reason": "its values are won/lost words"}
                used.add(h)
            elif "stage" not in reasons and content.stage_like(p) and p.distinct >= 2:
                reasons["stage"] = {
                    "column": h,
                    "reason": f"its values look like pipeline stages ({p.describe()})",
                }
                used.add(h)
        for h in free:
            if h in used or h not in profiles:
                continue
            p = profiles[h]
            if content.outcome_like(p):
                warnings["unused_status_column"] = warnings.get("unused_status_column", 0) + 1
                notes.setdefault(h, "its values are won/lost words, but it was not used")
            elif "amount" not in reasons and content.amount_like(p) and h not in notes:
                warnings["unused_amount_column"] = warnings.get("unused_amount_column", 0) + 1
                notes.setdefault(h, "it looks like an amount, but it was not used")
    columns = {r["column"]: f for f, r in reasons.items()}
    columns = {h: columns[h] for h in headers if h in columns}
    return ColumnMapping(columns, reasons, warnings, notes)


@dataclass
class StageRule:
    """Where one CRM stage value goes."""

    status: str | None  # "won"/"lost" when the stage itself is an outcome, else None
    stage: str | None  # the pipeline stage, None for a lost outcome
    how: str  # outcome | name | probability | order | default | user

    def to_dict(self) -> dict[str, str | None]:
        return {"status": self.status, "stage": self.stage, "how": self.how}


def _label_probability(stage: str) -> float | None:
    m = re.search(r"\((\d{1,3})\s*%?\)\s*$", stage)
    return float(m.group(1)) if m else None


def _nearest(pipeline: list[tuple[str, float]], prob: float) -> str:
    return min(pipeline, key=lambda s: (abs(s[1] - prob), -s[1]))[0]


def map_stages(
    stages: pd.Series,
    probabilities: pd.Series | None,
    preset: str,
    pipeline: list[tuple[str, float]],
    overrides: dict[str, dict] | None = None,
) -> dict[str, StageRule]:
    """``{crm stage: StageRule}`` for every distinct non-empty value of ``stages``."""
    pipe = list(pipeline) or list(DEFAULT_PIPELINE)
    by_name = {fold(n): n for n, _ in pipe}
    p = PRESETS.get(preset)
    known = {fold(n): (i, prob) for i, (n, prob) in enumerate(p.stages)} if p else {}
    extra_won = {fold(s) for s in p.won_stages} if p else set()
    extra_lost = {fold(s) for s in p.lost_stages} if p else set()
    median: dict[str, float] = {}
    if probabilities is not None:
        frame = pd.DataFrame({"s": stages, "p": probabilities}).dropna()
        if not frame.empty:
            median = frame.groupby("s")["p"].median().to_dict()
    rules: dict[str, StageRule] = {}
    overrides = overrides or {}
    for raw in pd.unique(stages.dropna()):
        s = str(raw)
        if not s.strip():
            continue
        if s in overrides:
            o = overrides[s]
            rules[s] = StageRule(o.get("status"), o.get("stage"), "user")
            continue
        n = fold(re.sub(r"\s*\(\s*\d+\s*%?\s*\)\s*$", "", s))
        word = status_word(s)
        if n in extra_won or word == "won":
            rules[s] = StageRule("won", pipe[-1][0], "outcome")
        elif n in extra_lost or word == "lost":
            rules[s] = StageRule("lost", None, "outcome")
        elif n in by_name:
            rules[s] = StageRule(None, by_name[n], "name")
        elif contains := [name for key, name in by_name.items() if len(key) > 3 and key in n]:
            rules[s] = StageRule(None, contains[-1], "name")
        elif n in known:
            rules[s] = StageRule(None, _nearest(pipe, known[n][1]), "probability")
        elif (lp := _label_probability(s)) is not None:
            rules[s] = StageRule(None, _nearest(pipe, lp), "probability")
        elif s in median and 0 < float(median[s]) < 100:
            rules[s] = StageRule(None, _nearest(pipe, float(median[s])), "probability")
        elif (hint := stage_probability(s)) is not None:
            rules[s] = StageRule(None, _nearest(pipe, float(hint)), "name")
        else:
            rules[s] = StageRule(None, pipe[0][0], "default")
    return rules


def adoptable_stages(
    rules: dict[str, StageRule], preset: str, probabilities: dict[str, float] | None = None
) -> list[tuple[str, float]]:
    """The CRM's open stages in pipeline order with probabilities, to adopt as the pipeline."""
    p = PRESETS.get(preset)
    known = {fold(n): (i, prob) for i, (n, prob) in enumerate(p.stages)} if p else {}
    out: list[tuple[float, int, str, float]] = []
    for i, (s, r) in enumerate(rules.items()):
        if r.status is not None:
            continue
        n = fold(re.sub(r"\s*\(\s*\d+\s*%?\s*\)\s*$", "", s))
        label = re.sub(r"\s*\(\s*\d+\s*%?\s*\)\s*$", "", s).strip()
        if n in known:
            order, prob = known[n]
        else:
            prob = _label_probability(s) or (probabilities or {}).get(s) or 10.0
            order = 1000 + i
        out.append((float(prob), order, label, float(prob)))
    out.sort(key=lambda t: (t[1] if t[1] < 1000 else 1000, t[0], t[1]))
    seen: set[str] = set()
    result: list[tuple[str, float]] = []
    for _p, _o, label, prob in out:
        if label not in seen:
            seen.add(label)
            result.append((label, prob))
    return result
