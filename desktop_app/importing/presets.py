"""CRM presets: how each CRM names its deal columns and what its stage words mean.

A preset adds header → field entries on top of the generic aliases, lists the CRM's open
stages with their default probabilities (percent) in pipeline order, and carries the words
that mean won and lost. ``detect_preset`` scores every preset against a file's headers
(0..1) so that ``--preset auto`` picks the best one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.importing.fields import KINDS
from desktop_app.importing.outcome import word
from desktop_app.importing.vocabulary import fold


def status_word(value: object) -> str | None:
    """``'won'``, ``'lost'``, ``'open'`` for a known status/stage word, else None
    (``outcome.word``: every language the importer knows)."""
    return word(value)


@dataclass(frozen=True)
class Preset:
    """What one CRM's deal export looks like."""

    name: str
    label: str
    signature: tuple[str, ...]  # normalised headers typical of this CRM
    columns: dict[str, str] = field(default_factory=dict)  # normalised header -> field
    stages: tuple[tuple[str, float], ...] = ()  # open stages in order, probability %
    won_stages: tuple[str, ...] = ()
    lost_stages: tuple[str, ...] = ()


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in [
        Preset(
            "salesforce",
            "Salesforce",
            (
                "opportunity name",
                "opportunity owner",
                "account name",
                "stage",
                "close date",
                "probability (%)",
                "opportunity id",
                "fiscal period",
                "lead source",
                "amount",
                "total amount currency",
                "next step",
                "age",
            ),
            {
                "opportunity id": "external_id",
                "total amount": "amount",
                "total amount currency": "currency",
                "amount currency": "currency",
                "type": "product_type",
                "next step": "",
                "fiscal period": "",
                "age": "",
            },
            (
                ("Prospecting", 10),
                ("Qualification", 10),
                ("Needs Analysis", 20),
                ("Value Proposition", 50),
                ("Id. Decision Makers", 60),
                ("Perception Analysis", 70),
                ("Proposal/Price Quote", 75),
                ("Negotiation/Review", 90),
            ),
            ("Closed Won",),
            ("Closed Lost",),
        ),
        Preset(
            "hubspot",
            "HubSpot",
            (
                "record id",
                "deal name",
                "deal stage",
                "deal owner",
                "close date",
                "create date",
                "pipeline",
                "amount",
                "associated company",
                "is closed won",
                "deal type",
                "original source type",
                "closed lost reason",
                "amount in company currency",
            ),
            {
                "record id": "external_id",
                "deal type": "product_type",
                "pipeline": "",
                "amount in company currency": "",
            },
            (
                ("Appointment Scheduled", 20),
                ("Qualified To Buy", 40),
                ("Presentation Scheduled", 60),
                ("Decision Maker Bought-In", 80),
                ("Contract Sent", 90),
            ),
            ("Closed Won", "closedwon"),
            ("Closed Lost", "closedlost"),
        ),
        Preset(
            "pipedrive",
            "Pipedrive",
            (
                "deal - id",
                "deal - title",
                "deal - owner",
                "deal - value",
                "deal - currency of value",
                "deal - stage",
                "deal - status",
                "deal - organization",
                "deal - deal created",
                "deal - won time",
                "deal - lost time",
                "deal - expected close date",
                "deal - lost reason",
                "deal - pipeline",
            ),
            {
                "deal - id": "external_id",
                "deal - title": "title",
                "deal - owner": "owner",
                "deal - value": "amount",
                "deal - currency of value": "currency",
                "deal - currency": "currency",
                "deal - stage": "stage",
                "deal - status": "status",
                "deal - organization": "account",
                "deal - deal created": "created_on",
                "deal - won time": "won_time",
                "deal - lost time": "lost_time",
                "deal - deal closed on": "closed_on",
                "deal - lost reason": "lost_reason",
                "deal - expected close date": "expected_close_on",
                "deal - probability": "probability",
                "deal - source origin": "source",
                "deal - last stage change": "stage_changed_on",
                "deal - creator": "",
                "deal - weighted value": "",
                "deal - pipeline": "",
                "deal - update time": "",
                "deal - contact person": "",
                "deal - product name": "product",
            },
            (
                ("Qualified", 10),
                ("Contact Made", 20),
                ("Demo Scheduled", 40),
                ("Proposal Made", 60),
                ("Negotiations Started", 80),
            ),
        ),
        Preset(
            "zoho",
            "Zoho CRM",
            (
                "record id",
                "deal name",
                "account name",
                "account name.id",
                "contact name",
                "stage",
                "closing date",
                "amount",
                "lead source",
                "deal owner",
                "probability (%)",
                "created time",
                "reason for loss",
            ),
            {
                "record id": "external_id",
                "closing date": "close_date",
                "type": "product_type",
                "account name.id": "",
                "contact name": "",
                "contact name.id": "",
                "description": "",
            },
            (
                ("Qualification", 10),
                ("Needs Analysis", 20),
                ("Value Proposition", 40),
                ("Identify Decision Makers", 60),
                ("Proposal/Price Quote", 75),
                ("Negotiation/Review", 90),
            ),
            ("Closed Won",),
            ("Closed Lost", "Closed-Lost to Competition"),
        ),
        Preset(
            "odoo",
            "Odoo",
            (
                "opportunity",
                "salesperson",
                "sales team",
                "customer",
                "expected revenue",
                "stage",
                "expected closing",
                "closed date",
                "probability",
                "lost reason",
                "active",
                "tags",
                "created on",
            ),
            {
                "opportunity": "title",
                "customer": "account",
                "expected revenue": "amount",
                "expected closing": "expected_close_on",
                "closed date": "closed_on",
                "sales team": "",
                "tags": "",
                "company name": "",
                "contact name": "",
            },
            (("New", 10), ("Qualified", 30), ("Proposition", 70)),
            ("Won",),
        ),
        Preset(
            "dynamics",
            "Microsoft Dynamics 365",
            (
                "topic",
                "potential customer",
                "est. revenue",
                "est. close date",
                "actual close date",
                "actual revenue",
                "status reason",
                "probability",
                "pipeline phase",
                "created on",
                "owner",
            ),
            {},
            (("1-Qualify", 20), ("2-Develop", 40), ("3-Propose", 60), ("4-Close", 80)),
        ),
        Preset(
            "wukong",
            "WukongCRM / 悟空CRM",
            (
                "商机名称",
                "商机金额",
                "客户名称",
                "商机状态组",
                "状态",
                "负责人",
                "创建人",
                "预计成交日期",
                "创建时间",
                "更新时间",
                "最后跟进时间",
                "来源",
                "成交概率(%)",
            ),
            {"商机状态组": "", "创建人": "", "更新时间": "", "最后跟进时间": ""},
            (
                ("验证客户", 10),
                ("初步接触", 10),
                ("需求分析", 30),
                ("确认需求", 30),
                ("方案/报价", 60),
                ("谈判审核", 80),
                ("暂时搁置", 10),
            ),
            ("赢单", "成交"),
            ("输单", "无效"),
        ),
    ]
}


def native_score(headers: list[str], kind: str) -> float:
    """Share of the file's headers that are the kind's own field names."""
    names = {f.name for f in KINDS[kind] if f.stored}
    hs = [h.strip() for h in headers]
    if not hs:
        return 0.0
    hits = sum(1 for h in hs if h in names)
    return hits / max(len(hs), 1) if hits >= 2 else 0.0


#: headers many CRMs share: alone they are no evidence for one CRM
GENERIC_HEADERS = {
    "stage",
    "amount",
    "close date",
    "account name",
    "deal name",
    "record id",
    "lead source",
    "description",
    "type",
    "contact name",
    "probability",
    "deal owner",
    "currency",
    "created date",
    "id",
    "name",
    "owner",
    "source",
}


#: API / technical field names of each CRM, also evidence for it (Salesforce SOQL and Data
#: Loader, HubSpot internal names, Zoho API names, Odoo technical names, Dynamics attributes)
API_NAMES: dict[str, tuple[str, ...]] = {
    "salesforce": (
        "StageName", "IsWon", "IsClosed", "OwnerId", "AccountId", "Account.Name", "Owner.Name",
        "CloseDate", "CreatedDate", "LeadSource", "ForecastCategoryName", "ExpectedRevenue",
        "CurrencyIsoCode", "NextStep", "FiscalYear", "FiscalQuarter", "HasOpportunityLineItem",
    ),
    "hubspot": (
        "dealname", "dealstage", "closedate", "createdate", "hubspot_owner_id", "hs_object_id",
        "hs_is_closed_won", "hs_is_closed", "dealtype", "hs_deal_stage_probability",
        "closed_lost_reason",
    ),
    "zoho": ("Deal_Name", "Account_Name", "Closing_Date", "Created_Time", "Lead_Source",
             "Contact_Name", "Reason_For_Loss__s"),
    "odoo": ("expected_revenue", "stage_id", "partner_id", "user_id", "date_deadline",
             "date_closed", "create_date", "lost_reason_id", "team_id", "tag_ids"),
    "dynamics": ("opportunityid", "estimatedvalue", "actualvalue", "statecode", "statuscode",
                 "actualclosedate", "estimatedclosedate", "closeprobability", "parentaccountid",
                 "createdon", "stepname", "ownerid", "customerid"),
}  # fmt: skip


def detect_preset(headers: list[str], kind: str = "deals") -> tuple[str, float]:
    """``(preset name, confidence 0..1)``; ``'generic'`` when no CRM fits well."""
    native = native_score(headers, kind)
    if kind != "deals":
        return ("native", native) if native >= 0.5 else ("generic", native)
    norm = {fold(h) for h in headers}
    generic = {fold(h) for h in GENERIC_HEADERS}
    best, best_score = "generic", 0.0
    for p in PRESETS.values():
        sig = {fold(s) for s in (*p.signature, *API_NAMES.get(p.name, ()))}
        hits = len(sig & norm)
        score = hits / min(len(sig), max(len(norm), 1))
        if hits < 3 or not (sig & norm) - generic:
            score = 0.0
        if score > best_score:
            best, best_score = p.name, score
    if native >= 0.6 and native >= best_score:
        return "native", round(native, 3)
    if best_score < 0.3:
        return "generic", round(best_score, 3)
    return best, round(min(best_score, 1.0), 3)


PRESET_NAMES = ("auto", "native", "generic", *PRESETS)
