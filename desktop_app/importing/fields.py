"""What each kind of import stores: its fields, their types, and the header words for them.

The field names are the design's table fields and the native CSV headers; the stored ones
come from the declaration of each kind (``desktop_app.store.kinds``). A few pseudo
fields (``close_date``, ``won_time``, ``is_won`` ...) only help to decide a deal's status
and dates and are not stored. Aliases are normalised header texts (see ``normalize``),
English and Chinese, best first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.store.kinds import KINDS as DECLARED


@dataclass(frozen=True)
class FieldSpec:
    """One target field of a kind."""

    name: str
    type: str  # text | lookup | number | money | percent | int | date | bool | currency
    required: bool = False
    lookup: str | None = None  # accounts | reps | sources | products
    stored: bool = True


def _f(name: str, type_: str = "text", **kw: object) -> FieldSpec:
    return FieldSpec(name, type_, **kw)  # type: ignore[arg-type]


#: the importer's type of each declared field type (a choice, a stage name and a deal's
#: record id are read as text, then checked by ``validate``)
_TYPE_OF = {"choice": "text", "stage": "text", "deal": "text"}


def _stored(kind: str) -> list[FieldSpec]:
    """The stored fields of ``kind``, made from its declaration in ``desktop_app.store.kinds``."""
    return [
        FieldSpec(f.name, _TYPE_OF.get(f.type, f.type), f.required, f.lookup)
        for f in DECLARED[kind].fields
    ]


KINDS: dict[str, list[FieldSpec]] = {
    "deals": [
        *_stored("deals"),
        _f("close_date", "date", stored=False),
        _f("won_time", "date", stored=False),
        _f("lost_time", "date", stored=False),
        _f("stage_changed_on", "date", stored=False),
        _f("is_won", "bool", stored=False),
        _f("is_lost", "bool", stored=False),
        _f("active", "bool", stored=False),
        _f("is_closed", "bool", stored=False),
        _f("state_code", stored=False),
        _f("status_reason", stored=False),
    ],
    **{kind: _stored(kind) for kind in DECLARED if kind not in ("deals", "stage_history")},
    "stage_history": _stored("stage_history"),
}

#: table each kind writes to
TABLES = {k: k for k in KINDS}

_COMMON = {
    "external_id": ["external id", "id", "record id", "external_id"],
    "account": [
        "account",
        "account name",
        "company",
        "customer",
        "associated company",
        "organization",
        "organisation",
        "客户名称",
        "客户",
        "公司",
        "公司名称",
    ],
    "owner": [
        "owner",
        "deal owner",
        "opportunity owner",
        "salesperson",
        "sales rep",
        "rep",
        "assigned to",
        "负责人",
        "销售",
        "销售员",
    ],
    "source": [
        "source",
        "lead source",
        "original source type",
        "original source",
        "source origin",
        "source channel",
        "channel",
        "来源",
        "客户来源",
        "线索来源",
    ],
    "created_on": [
        "created on",
        "created",
        "created date",
        "create date",
        "created time",
        "date created",
        "deal created",
        "creation date",
        "created at",
        "创建时间",
        "创建日期",
    ],
    "currency": [
        "currency",
        "currency of value",
        "total amount currency",
        "amount currency",
        "opportunity currency",
        "币种",
        "货币",
    ],
    "amount": [
        "amount",
        "value",
        "deal value",
        "expected revenue",
        "total amount",
        "revenue",
        "amount in company currency",
        "金额",
        "商机金额",
        "总金额",
    ],
}

ALIASES: dict[str, dict[str, list[str]]] = {
    "deals": {
        **_COMMON,
        "external_id": [
            "external id",
            "id",
            "record id",
            "opportunity id",
            "deal id",
            "商机id",
            "商机编号",
            "编号",
        ],
        "title": [
            "title",
            "deal name",
            "opportunity name",
            "name",
            "opportunity",
            "deal title",
            "deal",
            "subject",
            "商机名称",
            "名称",
            "商机",
        ],
        "product": ["product", "products", "product name", "产品", "产品名称"],
        "product_type": [
            "product type",
            "deal type",
            "type",
            "opportunity type",
            "类型",
            "商机类型",
        ],
        "stage": [
            "stage",
            "deal stage",
            "opportunity stage",
            "sales stage",
            "pipeline stage",
            "商机阶段",
            "阶段",
            "销售阶段",
            "状态",
        ],
        "status": ["status", "deal status", "outcome", "won lost", "结果"],
        "cost": ["cost", "costs", "成本"],
        "probability": [
            "probability",
            "probability (%)",
            "win probability",
            "成交概率(%)",
            "成交概率",
            "赢率",
            "概率",
        ],
        "expected_close_on": [
            "expected close on",
            "expected close date",
            "expected closing",
            "expected close",
            "预计成交日期",
            "预计成交时间",
        ],
        "closed_on": [
            "closed on",
            "closed date",
            "deal closed on",
            "date closed",
            "actual close date",
            "实际成交日期",
            "成交时间",
        ],
        "close_date": ["close date", "closing date", "close", "成交日期"],
        "won_time": ["won time", "won date", "赢单时间"],
        "lost_time": ["lost time", "lost date", "输单时间"],
        "lost_reason": [
            "lost reason",
            "loss reason",
            "closed lost reason",
            "reason for loss",
            "lost reasons",
            "输单原因",
            "丢单原因",
        ],
        "contract_months": [
            "contract months",
            "contract length",
            "contract term (months)",
            "contract term",
            "合同期限",
            "合同月数",
        ],
        "one_time_fee": ["one time fee", "setup fee", "one-time fee", "一次性费用"],
        "stage_changed_on": [
            "last stage change",
            "stage change date",
            "stage changed on",
            "last stage change date",
            "阶段变更时间",
        ],
        "is_won": ["is closed won", "is won"],
        "is_lost": ["is closed lost", "is lost"],
        "active": ["active"],
    },
    "leads": {
        **_COMMON,
        "external_id": ["external id", "id", "record id", "lead id", "线索id", "编号"],
        "name": [
            "name",
            "lead name",
            "full name",
            "contact name",
            "lead",
            "姓名",
            "线索名称",
            "名称",
        ],
        "sql_on": ["sql on", "sql date", "qualified on", "date qualified", "became sql"],
        "converted_on": ["converted on", "converted date", "conversion date", "转化时间"],
        "deal_external_id": [
            "deal external id",
            "deal id",
            "converted deal id",
            "converted opportunity id",
            "opportunity id",
        ],
        "disqualified_on": ["disqualified on", "disqualified date", "unqualified date"],
    },
    "spend": {
        **_COMMON,
        "spent_on": ["spent on", "date", "spend date", "day", "month", "日期"],
        "category": ["category", "type", "类别"],
        "amount": ["amount", "spend", "cost", "spent", "金额", "费用"],
        "note": ["note", "notes", "description", "comment", "memo", "备注"],
    },
    "nps": {
        "responded_on": [
            "responded on",
            "date",
            "response date",
            "submitted at",
            "submitted",
            "日期",
        ],
        "account": _COMMON["account"],
        "score": ["score", "nps", "nps score", "rating", "评分"],
        "comment": ["comment", "comments", "feedback", "reason", "评论", "备注"],
    },
    "quotas": {
        "owner": _COMMON["owner"],
        "period_start": ["period start", "start", "from", "start date", "开始日期"],
        "period_end": ["period end", "end", "to", "end date", "结束日期"],
        "amount": ["amount", "quota", "target", "金额", "指标"],
    },
    "forecasts": {
        "period_start": ["period start", "start", "from", "start date"],
        "period_end": ["period end", "end", "to", "end date"],
        "amount": ["amount", "forecast", "金额"],
        "owner": _COMMON["owner"],
    },
    "accounts": {
        "name": [
            "name",
            "account name",
            "account",
            "company",
            "company name",
            "customer",
            "客户名称",
            "公司名称",
        ],
        "created_on": _COMMON["created_on"] + ["customer since"],
        "churned_on": ["churned on", "churn date", "churned", "lost on"],
    },
    "rates": {
        "currency": ["currency", "code", "币种"],
        "rate": ["rate", "exchange rate", "汇率"],
        "valid_from": ["valid from", "date", "from", "日期"],
    },
    "activities": {
        "done_on": ["done on", "date", "activity date", "due date", "日期"],
        "owner": _COMMON["owner"],
        "type": ["type", "activity type", "类型"],
        "hours": ["hours", "duration (hours)", "duration", "时长"],
        "deal_external_id": ["deal external id", "deal id", "opportunity id"],
        "account": _COMMON["account"],
        "note": ["note", "notes", "subject", "description", "备注"],
    },
    "stage_history": {
        "deal_external_id": ["deal external id", "deal id", "opportunity id", "record id"],
        "stage": ["stage", "stage name", "to stage", "阶段"],
        "entered_on": ["entered on", "date", "stage change date", "last modified", "日期"]
        # Salesforce Opportunity History (OpportunityHistory): CreatedDate is when the
        # opportunity entered StageName
        + ["created date", "created", "edit date", "创建时间"],
    },
}


def normalize(header: str) -> str:
    """Lower-case header text with ``_``/``*``/quotes as spaces and spaces collapsed."""
    h = str(header).replace("\ufeff", "").lower()
    h = re.sub(r"[_*\"“”]", " ", h)
    return re.sub(r"\s+", " ", h).strip()


def spec(kind: str, name: str) -> FieldSpec:
    """The ``FieldSpec`` of ``name`` in ``kind``."""
    for f in KINDS[kind]:
        if f.name == name:
            return f
    raise KeyError(name)


def hashed_fields(kind: str, filled: set[str]) -> list[str]:
    """The stored fields a row's content hash covers: every field of the first schema, and a
    later one only when the file fills it (``filled``), so that a re-import of an older
    export still matches the rows it brought in."""
    decl = DECLARED[kind]
    return [n for n in stored_fields(kind) if decl.field(n).since == 1 or n in filled]


def stored_fields(kind: str) -> list[str]:
    """Names of the fields ``kind`` stores, in table order."""
    return [f.name for f in KINDS[kind] if f.stored]
