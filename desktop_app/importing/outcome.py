"""A deal's outcome (open, won, lost) from whatever the export has, and its name when none.

Words are compared folded (``vocabulary.fold``: no case, accents, spaces or punctuation)
and, for the languages written with spaces, word by word: a stage "Closed Won",
"Geschlossen und gewonnen", "Fermée gagnée" or "Сделка успешна" is won; "Closed Lost",
"Verloren", "Perdu", "Przegrana", "失注", "输单" or "无效" is lost.

Status of a deal, first that tells (``decide``):

1. the status column (``Open``/``Won``/``Lost`` in any of the languages; Close's
   ``active``),
2. Dynamics ``statecode`` (0 open, 1 won, 2 lost, or its labels),
3. the booleans: ``IsWon``/``Is Closed Won`` true → won, ``Is closed lost`` true → lost,
   ``IsClosed`` true and ``IsWon`` false → lost, ``IsClosed`` false → open,
4. a stage that names the outcome,
5. Dynamics ``statuscode`` (Won; Canceled/Out-Sold → lost; In Progress/On Hold → open),
6. Odoo's ``active`` = false (archived with a lost reason) → lost,
7. a won or lost date column,
8. closed with nothing else (``IsClosed`` true, or a bare "Closed" stage): probability 100
   → won, 0 → lost; otherwise *unknown* (the row is rejected: Dealbook does not guess),
9. otherwise open.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from desktop_app.importing.values import map_unique
from desktop_app.importing.vocabulary import fold

# fmt: off
#: words (one token of a stage/status, folded) that mean won / lost / still open
WON_TOKENS = frozenset(
    fold(w)
    for w in (
        "won", "win", "closedwon", "gewonnen", "gagné", "gagnée", "gagne", "ganado", "ganada",
        "ganho", "ganha", "vinto", "vinta", "wygrana", "wygrany", "wygrane", "выиграна",
        "выигран", "выиграно", "успешна", "успешно", "успешная", "gewonnene",
        # a sale marked sold (SuperOffice: Sold / Verkauft / Vendu / Verkocht)
        "sold", "verkauft", "vendu", "vendue", "verkocht",
    )
)
LOST_TOKENS = frozenset(
    fold(w)
    for w in (
        "lost", "closedlost", "verloren", "verlorene", "perdu", "perdue", "perdido", "perdida",
        "perso", "persa", "przegrana", "przegrany", "przegrane", "проиграна", "проигран",
        "проиграно", "провалена", "провалено", "неуспешна", "canceled", "cancelled",
        "outsold", "abandoned", "abgesagt", "annulé", "annulée", "cancelado", "cancelada", "annullato",
        "invalid",
        # an outcome column of Won / Loss (a win-loss data set); a dead deal
        "loss", "dead",
    )
)
OPEN_TOKENS = frozenset(
    fold(w)
    for w in (
        "open", "offen", "ouvert", "ouverte", "abierto", "abierta", "aberto", "aberta",
        "aperto", "aperta", "otwarta", "otwarty", "открыта", "открыт", "active", "inprogress",
        "onhold", "pending", "suspended",
        # a sale put on hold is still open (SuperOffice: Stalled / Aufgeschoben)
        "stalled", "aufgeschoben", "postponed", "uitgesteld",
    )
)
#: whole values (folded) for scripts without spaces, and phrases
WON_WORDS = frozenset(
    fold(w)
    for w in (
        "closed won", "closed-won", "赢单", "成交", "已成交", "已赢得", "赢得", "赢", "已赢单",
        "贏單", "已贏單", "成交(赢单)", "受注", "成約", "受注済", "受注済み", "成立", "true",
        "in progress won", "успешно реализовано", "сделка успешна",
    )
)
LOST_WORDS = frozenset(
    fold(w)
    for w in (
        "closed lost", "closed-lost", "closed-lost to competition", "lost to competition",
        "输单", "丢单", "已输", "已输单", "丢失", "失败", "输", "輸單", "丟單", "已輸單", "无效",
        "無效", "失注", "失注済", "不成約", "不成立", "сделка провалена", "закрыто и не реализовано",
    )
)
OPEN_WORDS = frozenset(
    fold(w)
    for w in ("in progress", "进行中", "跟进中", "進行中", "跟進中", "商談中", "進行中案件")
)

# fmt: on

#: a stage or status that says closed without saying won or lost
CLOSED_WORDS = frozenset(
    fold(w)
    for w in ("closed", "close", "geschlossen", "fermé", "fermée", "cerrado", "cerrada",
              "fechado", "chiuso", "gesloten", "zamknięta", "закрыта", "已关闭", "关闭",
              "已結案", "結案", "结案", "完了")
)  # fmt: skip

_PCT = re.compile(r"\s*[\(（]\s*\d+\s*%?\s*[\)）]\s*$")
_SPLIT = re.compile(r"[\s\-_/|,.;:()（）]+")


def word(value: object) -> str | None:
    """``'won'``, ``'lost'``, ``'open'`` for a value that names the outcome, else None."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = _PCT.sub("", str(value)).strip()
    if not text:
        return None
    whole = fold(text)
    if whole in WON_WORDS:
        return "won"
    if whole in LOST_WORDS:
        return "lost"
    if whole in OPEN_WORDS:
        return "open"
    tokens = {fold(t) for t in _SPLIT.split(text) if t}
    won, lost = bool(tokens & WON_TOKENS), bool(tokens & LOST_TOKENS)
    if won and not lost:
        return "won"
    if lost and not won:
        return "lost"
    if tokens and tokens <= OPEN_TOKENS:
        return "open"
    return None


# fmt: off
_TRUE = frozenset(
    fold(w)
    for w in (
        "true", "yes", "y", "1", "t", "x", "✓", "是", "ja", "j", "oui", "sí", "si", "s", "sim",
        "vero", "tak", "да", "はい", "wahr", "vrai", "verdadero", "verdadeiro", "waar", "won",
        "1.0",
    )
)
_FALSE = frozenset(
    fold(w)
    for w in (
        "false", "no", "n", "0", "f", "否", "nein", "non", "não", "nao", "falso", "nie", "нет",
        "いいえ", "falsch", "faux", "onwaar", "nee", "0.0",
    )
)

# fmt: on


def truth(value: object) -> bool | None:
    """True / False / None for a boolean cell in any of the usual spellings."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, bool):
        return value
    t = str(value).strip()
    if t in ("✓", "✔"):
        return True
    t = fold(t)
    if t in _TRUE:
        return True
    if t in _FALSE:
        return False
    return None


def _state_code(value: object) -> str | None:
    """Dynamics ``statecode``: 0 open, 1 won, 2 lost (or the labels)."""
    if value is None:
        return None
    t = str(value).strip()
    return {"0": "open", "1": "won", "2": "lost"}.get(t) or word(t)


def _reason_word(value: object) -> str | None:
    """Dynamics ``statuscode`` labels: Won; Canceled, Out-Sold → lost; In Progress → open."""
    if value is None:
        return None
    t = str(value).strip()
    coded = {"1": "open", "2": "open", "3": "won", "4": "lost", "5": "lost"}
    return coded.get(t) or word(t)


def _fill(status: pd.Series, more: pd.Series | np.ndarray) -> pd.Series:
    more = pd.Series(np.asarray(more, dtype=object), index=status.index)
    return status.where(status.notna(), more)


def decide(
    out: pd.DataFrame, raw: dict[str, pd.Series], rule_status: pd.Series
) -> tuple[pd.Series, np.ndarray]:
    """``(status or None per row, rows closed with an unknown outcome)``; see the module doc.

    ``out`` holds the typed fields (``probability`` in percent, dates as dates), ``raw``
    the text of the mapped columns, ``rule_status`` the outcome the stage names.
    """
    n = len(out)
    idx = out.index
    status = pd.Series(np.full(n, None, dtype=object), index=idx, dtype=object)
    no = np.zeros(n, dtype=bool)

    def flags(field: str, value: bool) -> np.ndarray:
        """Rows whose ``field`` reads ``value`` (none when the file has no such column)."""
        if field not in raw:
            return no
        said = map_unique(raw[field], truth).to_numpy(dtype=object)
        return np.asarray(said == value, dtype=bool)

    def mask(status: pd.Series, where: np.ndarray, value: str) -> pd.Series:
        return status.mask(status.isna() & where, value) if where.any() else status

    if "status" in raw:
        status = _fill(status, map_unique(raw["status"], word))
    if "state_code" in raw:
        status = _fill(status, map_unique(raw["state_code"], _state_code))
    won, lost = flags("is_won", True), flags("is_lost", True)
    is_closed, not_won = flags("is_closed", True), flags("is_won", False)
    status = mask(status, won, "won")
    status = mask(status, lost, "lost")
    status = mask(status, is_closed & not_won, "lost")
    status = mask(status, flags("is_closed", False), "open")
    status = _fill(status, rule_status.to_numpy(dtype=object))
    if "status_reason" in raw:
        status = _fill(status, map_unique(raw["status_reason"], _reason_word))
    if "active" in raw:
        status = mask(status, flags("active", False), "lost")
    status = mask(status, out["won_time"].notna().to_numpy(), "won")
    status = mask(status, out["lost_time"].notna().to_numpy(), "lost")
    closed = status.isna().to_numpy() & is_closed
    for f in ("stage", "status"):  # a bare "Closed" says closed, not won or lost
        if f in raw:
            said = map_unique(raw[f], lambda x: fold(_PCT.sub("", str(x))) in CLOSED_WORDS)
            closed |= status.isna().to_numpy() & (said.to_numpy(dtype=object) == True)  # noqa: E712
    if closed.any():
        prob = pd.to_numeric(out["probability"], errors="coerce").to_numpy()
        status = status.mask(closed & (prob >= 100), "won")
        status = status.mask(closed & (prob == 0), "lost")
        closed = closed & status.isna().to_numpy()
    return status, closed


def unsure_status(raw: dict[str, pd.Series], status: pd.Series) -> np.ndarray:
    """Rows whose status value is no outcome word, in a status column that names one outcome
    only (won and nothing else, or lost and nothing else), and that nothing else decided.

    Such a column is a two-valued outcome whose other word Dealbook does not know ("Won"
    beside an unknown word for lost): reading those rows as open would give a 100 % win
    rate, so they are refused instead.
    """
    n = len(status)
    none = np.zeros(n, dtype=bool)
    if "status" not in raw:
        return none
    said = map_unique(raw["status"], word).to_numpy(dtype=object)
    named = {x for x in said if isinstance(x, str)}
    if named not in ({"won"}, {"lost"}):
        return none
    text = raw["status"]
    filled = text.notna().to_numpy() & (
        map_unique(text, lambda x: bool(str(x).strip())).to_numpy(dtype=object) == True  # noqa: E712
    )
    return filled & pd.isna(said) & status.isna().to_numpy()


def made_title(out: pd.DataFrame) -> tuple[pd.Series, str | None]:
    """A name for deals whose export has no name column: the record id, else account and
    product; ``(names, how)`` with ``how`` in ``record id`` / ``account and product`` / None.
    """
    n = len(out)
    if "external_id" in out and out["external_id"].notna().any():
        ids = out["external_id"].astype(object)
        return ids.where(ids.notna(), None), "record id"
    acc = out["account"] if "account" in out else pd.Series([None] * n, index=out.index)
    prod = out["product"] if "product" in out else pd.Series([None] * n, index=out.index)
    if acc.notna().any() or prod.notna().any():
        a = acc.astype(object).where(acc.notna(), "")
        p = prod.astype(object).where(prod.notna(), "")
        both = a.astype(str) + np.where((a != "") & (p != ""), " – ", "") + p.astype(str)
        both = both.str.strip()
        return both.where(both != "", None), "account and product"
    return pd.Series([None] * n, index=out.index, dtype=object), None


def closed_before_created(frame: pd.DataFrame) -> int:
    """Deals whose close date lies before their creation date."""
    if "closed_on" not in frame or "created_on" not in frame:
        return 0
    both = frame["closed_on"].notna() & frame["created_on"].notna()
    if not both.any():
        return 0
    c = frame.loc[both, "closed_on"].to_numpy(dtype=object)
    o = frame.loc[both, "created_on"].to_numpy(dtype=object)
    return int((c < o).sum())
