"""Map a file's columns to fields and a CRM's stages to the workspace pipeline.

Columns: the preset's own header table first, then the generic aliases (exact, then without
an ``Entity - `` prefix or a ``(...)`` suffix, then a close fuzzy match). One column per
field, one field per column; unmatched columns are ignored and listed.

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
from dataclasses import dataclass

import pandas as pd

from desktop_app.importing.fields import ALIASES, KINDS, normalize
from desktop_app.importing.presets import PRESETS, status_word

DEFAULT_PIPELINE: tuple[tuple[str, float], ...] = (
    ("Lead-in", 10.0),
    ("Qualified", 20.0),
    ("Meeting", 40.0),
    ("Proposal", 60.0),
    ("Negotiation", 80.0),
)


def header_signature(headers: list[str]) -> str:
    """sha256 of the normalised headers: the key of a saved mapping."""
    text = "\n".join(sorted(normalize(h) for h in headers))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _variants(h: str) -> list[str]:
    out = [h]
    if " - " in h:
        out.append(h.split(" - ", 1)[1].strip())
    stripped = re.sub(r"\s*\([^)]*\)\s*$", "", out[-1]).strip()
    if stripped and stripped not in out:
        out.append(stripped)
    return out


def map_columns(
    headers: list[str], kind: str, preset: str = "generic", overrides: dict[str, str] | None = None
) -> dict[str, str]:
    """``{header: field}`` for the columns that carry a field of ``kind``.

    ``overrides`` (header -> field, or "" to ignore a column) win over everything.
    """
    fields = {f.name for f in KINDS[kind]}
    result: dict[str, str] = {}
    taken: set[str] = set()
    overrides = overrides or {}
    for h, f in overrides.items():
        if h in headers and f and f in fields and f not in taken:
            result[h] = f
            taken.add(f)
    skip = {h for h, f in overrides.items() if not f}
    rest = [h for h in headers if h not in result and h not in skip]
    if kind == "native" or preset == "native":
        pass
    # native names are exact
    for h in list(rest):
        if h.strip() in fields and h.strip() not in taken:
            result[h] = h.strip()
            taken.add(h.strip())
            rest.remove(h)
    p = PRESETS.get(preset) if kind == "deals" else None
    if p is not None:
        for h in list(rest):
            f = p.columns.get(normalize(h))
            if f is None:
                continue
            rest.remove(h)
            if f and f not in taken:
                result[h] = f
                taken.add(f)
    aliases = ALIASES[kind]
    index: dict[str, tuple[int, str]] = {}
    for f, words in aliases.items():
        for rank, w in enumerate(words):
            key = normalize(w)
            if key not in index or index[key][0] > rank:
                index[key] = (rank, f)
    for level in range(3):
        cands: list[tuple[int, int, str, str]] = []
        for pos, h in enumerate(rest):
            vs = _variants(normalize(h))
            if level < len(vs) and vs[level] in index:
                rank, f = index[vs[level]]
                cands.append((rank, pos, h, f))
        for _rank, _pos, h, f in sorted(cands):
            if f not in taken and h in rest:
                result[h] = f
                taken.add(f)
                rest.remove(h)
    keys = list(index)
    for h in list(rest):
        close = difflib.get_close_matches(_variants(normalize(h))[-1], keys, n=1, cutoff=0.88)
        if close:
            f = index[close[0]][1]
            if f not in taken:
                result[h] = f
                taken.add(f)
                rest.remove(h)
    return {h: result[h] for h in headers if h in result}


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
    by_name = {normalize(n): n for n, _ in pipe}
    p = PRESETS.get(preset)
    known = {normalize(n): (i, prob) for i, (n, prob) in enumerate(p.stages)} if p else {}
    extra_won = {normalize(s) for s in p.won_stages} if p else set()
    extra_lost = {normalize(s) for s in p.lost_stages} if p else set()
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
        n = re.sub(r"\s*\(\s*\d+\s*%?\s*\)\s*$", "", normalize(s))
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
        else:
            rules[s] = StageRule(None, pipe[0][0], "default")
    return rules


def adoptable_stages(
    rules: dict[str, StageRule], preset: str, probabilities: dict[str, float] | None = None
) -> list[tuple[str, float]]:
    """The CRM's open stages in pipeline order with probabilities, to adopt as the pipeline."""
    p = PRESETS.get(preset)
    known = {normalize(n): (i, prob) for i, (n, prob) in enumerate(p.stages)} if p else {}
    out: list[tuple[float, int, str, float]] = []
    for i, (s, r) in enumerate(rules.items()):
        if r.status is not None:
            continue
        n = re.sub(r"\s*\(\s*\d+\s*%?\s*\)\s*$", "", normalize(s))
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
