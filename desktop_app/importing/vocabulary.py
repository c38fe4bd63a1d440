"""Header words of the CRMs people leave, per deal field: data, not code.

Every entry is a header as some CRM or spreadsheet writes it: Salesforce labels and API
names (``StageName``, ``Owner.Name``), HubSpot labels and internal names (``dealstage``,
``hs_is_closed_won``), Pipedrive, Zoho (``Deal_Name``), Odoo labels and technical names
(``expected_revenue``, ``stage_id``), Dynamics 365 (``estimatedvalue``, ``statecode``),
Freshsales, SugarCRM/SuiteCRM, vtiger, Copper, Close, Insightly, Chinese CRMs (纷享销客,
销售易, 悟空CRM, 简道云, 钉钉/企业微信), and plain spreadsheets in English, Simplified and
Traditional Chinese, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian
and Japanese. Within a field the words are best first: when two columns of one file name
the same field, the better word wins unless the columns' values say otherwise.

``fold`` turns any spelling into one key (case, accents, width, snake_case, camelCase,
dots, dashes, brackets and spaces all folded), so ``Close Date``, ``CloseDate``,
``close_date`` and ``CLOSE-DATE`` are one entry.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# fmt: off
DEALS: dict[str, tuple[str, ...]] = {
    "external_id": (
        "external id", "id", "record id", "opportunity id", "deal id", "opportunityid",
        "hs_object_id", "potential id", "potential no", "opportunity number", "deal number",
        "商机id", "商机编号", "编号", "商机编码", "商機編號", "商機id", "編號",
        "datensatz-id", "verkaufschancen-id", "id der verkaufschance", "deal-id",
        "id de l'opportunité", "identifiant", "id de la oportunidad", "id de oportunidad",
        "id da oportunidade", "id opportunità", "id verkoopkans", "id szansy", "id transakcji",
        "id сделки", "номер сделки", "商談id", "案件id", "商談番号", "案件番号",
    ),
    "title": (
        "title", "deal name", "opportunity name", "name", "opportunity", "deal title", "deal",
        "subject", "topic", "potential name", "potentialname", "opportunity title",
        "sale", "sale name", "verkauf",
        "商机名称", "名称", "商机", "机会名称", "销售机会名称", "销售机会", "项目名称",
        "商機名稱", "商機", "機會名稱", "名稱",
        "name der verkaufschance", "verkaufschance", "verkaufschancenname", "opportunity-name",
        "deal-name", "titel", "bezeichnung", "projektname",
        "nom de l'opportunité", "opportunité", "nom de l'affaire", "affaire", "intitulé", "titre",
        "nom",
        "nombre de la oportunidad", "oportunidad", "nombre del negocio", "negocio", "título",
        "nombre del trato", "nombre",
        "nome da oportunidade", "oportunidade", "nome do negócio", "negócio",
        "nome opportunità", "opportunità", "nome trattativa", "trattativa", "titolo", "nome",
        "naam verkoopkans", "verkoopkans", "naam deal", "naam",
        "nazwa szansy sprzedaży", "szansa sprzedaży", "nazwa transakcji", "transakcja",
        "tytuł", "nazwa",
        "название сделки", "сделка", "название", "наименование", "название возможности",
        "возможность",
        "商談名", "案件名", "商談", "案件", "名前",
    ),
    "account": (
        "account", "account name", "account.name", "company", "customer", "associated company",
        "organization", "organisation", "organization name", "company name", "client",
        "potential customer", "related to", "partner_id", "parentaccountid", "customerid",
        "account_name", "accountid", "associatedcompanyid",
        "客户名称", "客户", "公司", "公司名称", "客户简称", "客戶名稱", "客戶", "公司名稱",
        "firma", "kunde", "unternehmen", "firmenname", "accountname", "kundenname",
        "société", "entreprise", "compte", "nom du compte", "nom du client",
        "empresa", "cliente", "cuenta", "nombre de la cuenta", "nombre del cliente",
        "conta", "nome da conta", "nome do cliente",
        "azienda", "nome account", "nome cliente",
        "bedrijf", "klant", "organisatie", "accountnaam", "bedrijfsnaam",
        "klient", "nazwa firmy", "konto", "nazwa klienta",
        "компания", "клиент", "контрагент", "организация",
        "取引先", "取引先名", "会社名", "顧客", "顧客名",
    ),
    "owner": (
        "owner", "deal owner", "opportunity owner", "owner.name", "owner name", "salesperson",
        "sales person", "sales rep", "rep", "assigned to", "assigned user",
        "assigned_user_name", "sales owner", "sales agent", "user", "user_id", "user_name",
        "account executive", "user responsible", "responsible", "ownerid", "hubspot_owner_id", "smownerid",
        "负责人", "销售", "销售员", "销售负责人", "所有人", "销售代表", "跟进人",
        "負責人", "業務員", "負責業務", "業務",
        "verantwortlicher", "besitzer", "inhaber", "vertriebsmitarbeiter", "verkäufer",
        "zuständig", "zuständiger mitarbeiter", "opportunity-inhaber", "betreuer",
        "propriétaire", "responsable", "commercial", "vendeur",
        "propriétaire de l'opportunité",
        "propietario", "vendedor", "comercial", "asignado a",
        "proprietário", "responsável",
        "proprietario", "responsabile", "venditore", "assegnato a",
        "eigenaar", "verantwoordelijke", "verkoper", "toegewezen aan",
        "właściciel", "odpowiedzialny", "handlowiec", "opiekun", "przypisany do",
        "ответственный", "владелец", "менеджер", "продавец",
        "担当者", "所有者", "営業担当", "担当営業", "商談所有者", "担当",
    ),
    "source": (
        "source", "lead source", "leadsource", "original source type", "original source",
        "source origin", "source channel", "channel", "source_id", "hs_analytics_source",
        "来源", "客户来源", "线索来源", "商机来源", "來源", "客戶來源",
        "quelle", "lead-quelle", "herkunft", "kanal",
        "origine", "source de la piste", "canal",
        "origen", "fuente", "origen del cliente potencial",
        "origem", "fonte",
        "fonte lead",
        "bron", "leadbron", "herkomst",
        "źródło", "źródło leada",
        "источник", "канал", "источник сделки",
        "リードソース", "ソース", "流入元", "経路",
    ),
    "product": (
        "product", "products", "product name", "item",
        "产品", "产品名称", "產品", "產品名稱",
        "produkt", "produktname", "produit", "producto", "produto", "prodotto",
        "продукт", "товар", "製品", "商品",
    ),
    "product_type": (
        "product type", "deal type", "type", "opportunity type", "dealtype", "business type",
        "opportunity_type",
        "类型", "商机类型", "類型", "商機類型",
        "typ", "art", "verkaufschancentyp",
        "type d'opportunité", "tipo", "tipo de oportunidad", "tipo di opportunità",
        "soort", "rodzaj", "тип", "тип сделки", "種別", "商談種別", "商談タイプ",
    ),
    "stage": (
        "stage", "deal stage", "opportunity stage", "sales stage", "pipeline stage",
        "stagename", "stage name", "dealstage", "stage_id", "sales_stage", "deal_stage",
        "pipeline phase", "stepname", "salesstage", "salesstagecode",
        "商机阶段", "阶段", "销售阶段", "状态", "商機階段", "銷售階段", "階段",
        "phase", "verkaufsphase", "vertriebsphase", "stufe",
        "étape", "étape de vente", "phase de vente", "étape de l'opportunité",
        "etapa", "fase", "etapa de venta", "fase de venta",
        "estágio", "fase di vendita", "verkoopfase",
        "etap", "etap sprzedaży", "faza",
        "стадия", "этап", "стадия сделки", "этап продаж",
        "フェーズ", "ステージ", "商談フェーズ", "段階",
    ),
    "status": (
        "status", "deal status", "outcome", "won lost", "won/lost", "result",
        "opportunity status", "status_type", "deal state", "opportunity state", "opportunity_state",
        "status id", "sale status",
        "结果", "商机状态", "结单状态", "赢单状态", "輸贏", "結果", "商機狀態",
        "ergebnis", "verkaufschancenstatus",
        "statut", "résultat", "état",
        "estado", "resultado",
        "situação",
        "stato", "esito", "risultato",
        "resultaat", "uitkomst",
        "wynik",
        "статус", "результат", "состояние",
        "ステータス", "状態", "受注状況",
    ),
    "state_code": ("statecode", "state code"),
    "status_reason": (
        "statuscode", "status reason", "statusgrund", "raison du statut",
        "razón para el estado", "状态原因",
    ),
    "amount": (
        "amount", "value", "deal value", "total amount", "revenue", "opportunity amount",
        "deal amount", "estimatedvalue", "estimated value", "est. revenue",
        "estimated revenue", "close_value", "close value", "expected revenue",
        "expected_revenue", "planned revenue", "price", "deal size",
        "amount in company currency", "amount_in_home_currency", "actualvalue",
        "actual revenue", "value_formatted", "bid amount",
        # OroCRM: the revenue a won opportunity brought (its "Budget Amount" is the estimate)
        "close revenue", "opportunity amount usd",
        "金额", "商机金额", "总金额", "预计金额", "销售金额", "预计成交金额", "成交金额",
        "金額", "商機金額", "預計金額", "成交金額",
        "betrag", "wert", "umsatz", "erwarteter umsatz", "auftragswert", "volumen",
        "montant", "valeur", "montant de l'opportunité", "chiffre d'affaires",
        "importe", "valor", "monto", "importe de la oportunidad",
        "montante", "valor do negócio",
        "importo", "valore", "ammontare",
        "bedrag", "waarde", "omzet",
        "kwota", "wartość",
        "сумма", "стоимость", "бюджет", "сумма сделки",
        "見込金額", "受注金額", "商談金額",
    ),
    "currency": (
        "currency", "currency of value", "total amount currency", "amount currency",
        "opportunity currency", "currencyisocode", "currency iso code",
        "transactioncurrencyid", "deal_currency_code", "currency_id", "bid currency",
        "close revenue currency",
        "币种", "货币", "幣別", "貨幣", "幣種",
        "währung", "devise", "monnaie", "moneda", "divisa", "moeda", "valuta", "munt",
        "waluta", "валюта", "通貨",
    ),
    "cost": ("cost", "costs", "成本", "kosten", "coût", "coste", "custo", "costo"),
    "probability": (
        "probability", "probability (%)", "win probability", "closeprobability",
        "hs_deal_stage_probability", "deal probability", "confidence", "chance", "likelihood", "probability of winning",
        "成交概率", "赢率", "概率", "赢单率", "成交率", "贏率", "成交機率", "贏單率",
        "wahrscheinlichkeit", "abschlusswahrscheinlichkeit",
        "probabilité", "probabilidad", "probabilidade", "probabilità",
        "kans", "waarschijnlijkheid", "prawdopodobieństwo", "вероятность",
        "確度", "受注確度",
    ),
    "created_on": (
        "created on", "created", "created date", "create date", "created time",
        "date created", "deal created", "creation date", "created at", "createddate",
        "createdate", "createdon", "create_date", "date_created", "date_entered",
        "engage_date", "engage date", "add_time", "date_created_utc",
        "创建时间", "创建日期", "建立时间", "創建時間", "建立時間", "建立日期", "創建日期",
        "erstellt am", "erstelldatum", "erstellungsdatum", "angelegt am", "erstellt",
        "date de création", "créé le",
        "fecha de creación", "creado", "creado el",
        "data de criação", "criado em",
        "data di creazione", "creato il",
        "aanmaakdatum", "gemaakt op",
        "data utworzenia", "utworzono",
        "дата создания", "создано", "создана",
        "作成日", "作成日時", "登録日",
    ),
    "expected_close_on": (
        "expected close on", "expected close date", "expected closing", "expected close",
        "estimatedclosedate", "est. close date", "estimated close date", "date_deadline",
        "expected_close_date", "forecast close date",
        "预计成交日期", "预计成交时间", "预计结单日期", "预计签单日期", "預計成交日期",
        "預計結案日期",
        "erwartetes abschlussdatum", "voraussichtlicher abschluss",
        "voraussichtliches abschlussdatum",
        "date de clôture prévue", "clôture prévue",
        "fecha de cierre prevista", "fecha estimada de cierre",
        "data prevista de fechamento", "data de fechamento prevista",
        "data di chiusura prevista", "verwachte sluitingsdatum",
        "przewidywana data zamknięcia", "planowana data zamknięcia",
        "ожидаемая дата закрытия", "предполагаемая дата закрытия",
        "完了予定日", "受注予定日", "成約予定日",
    ),
    "closed_on": (
        "closed on", "closed date", "deal closed on", "actual close date", "actualclosedate",
        "close_time", "closed at",
        "实际成交日期", "成交时间", "结单日期", "结单时间", "实际结单日期", "結案日期",
        "結單日期",
        "tatsächliches abschlussdatum", "geschlossen am",
        "date de clôture réelle", "fecha de cierre real", "data de fechamento real",
        "data di chiusura effettiva", "werkelijke sluitingsdatum",
        "faktyczna data zamknięcia", "фактическая дата закрытия",
        "成約日",
    ),
    "close_date": (
        "close date", "closing date", "close", "closedate", "date closed", "date_closed",
        "sale date", "verkaufsdatum",
        "成交日期",
        "abschlussdatum", "schlusstermin", "date de clôture", "fecha de cierre",
        "data de fechamento", "data de encerramento", "data di chiusura", "sluitingsdatum",
        "data zamknięcia", "дата закрытия", "完了日",
    ),
    "won_time": (
        "won time", "won date", "date won", "date_won", "赢单时间", "赢单日期", "贏單日期",
        "gewonnen am", "受注日",
    ),
    "lost_time": (
        "lost time", "lost date", "date lost", "date_lost", "输单时间", "输单日期",
        "輸單日期", "verloren am", "失注日",
    ),
    "lost_reason": (
        "lost reason", "loss reason", "closed lost reason", "reason for loss", "lost reasons",
        "lost_reason_id", "closed_lost_reason",
        "输单原因", "丢单原因", "失败原因", "輸單原因", "丟單原因",
        "verlustgrund", "grund für verlust",
        "raison de la perte", "motif de perte",
        "motivo de pérdida", "razón de pérdida",
        "motivo da perda", "motivo della perdita",
        "reden van verlies", "verliesreden",
        "powód przegranej", "przyczyna utraty",
        "причина проигрыша", "причина отказа",
        "失注理由",
    ),
    "contract_months": (
        "contract months", "contract length", "contract term (months)", "contract term",
        "合同期限", "合同月数",
    ),
    "one_time_fee": ("one time fee", "setup fee", "one-time fee", "一次性费用"),
    "stage_changed_on": (
        "last stage change", "stage change date", "stage changed on",
        "last stage change date", "stage_change_time", "阶段变更时间",
    ),
    "is_won": (
        "is closed won", "is won", "iswon", "hs_is_closed_won", "won", "是否赢单", "是否成交",
    ),
    "is_lost": ("is closed lost", "is lost", "hs_is_closed_lost", "lost", "是否输单"),
    "is_closed": (
        "is closed", "isclosed", "closed", "hs_is_closed", "是否关闭", "已关闭",
        "geschlossen", "fermé", "cerrado", "fechado", "chiuso", "gesloten", "zamknięta",
        "закрыта",
    ),
    "active": (
        "active", "aktiv", "actif", "activo", "ativo", "attivo", "actief", "aktywny",
        "активна",
    ),
}

# fmt: on

#: words before a field name that only name the record type ("Deal - Title",
#: "Opportunity.Amount", "商机金额" keeps its own entry)
ENTITY_PREFIXES: tuple[str, ...] = (
    "opportunities",
    "opportunity",
    "potential",
    "deals",
    "deal",
    "verkaufschance",
    "商机",
)


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """One key for every spelling of a header: letters and digits only, no case or accent."""
    t = str(text)
    if t.isascii():
        return _NOT_ALNUM.sub("", t.lower())
    t = unicodedata.normalize("NFKD", t.replace("\ufeff", "")).casefold()
    return "".join(ch for ch in t if ch.isalnum() and not unicodedata.combining(ch))


def build_index(words: dict[str, tuple[str, ...] | list[str]]) -> dict[str, tuple[int, str]]:
    """``{folded header: (rank, field)}``; a key two fields share stays with the first."""
    index: dict[str, tuple[int, str]] = {}
    for f, ws in words.items():
        for rank, w in enumerate(ws):
            key = fold(w)
            if key and key not in index:
                index[key] = (rank, f)
    return index


# fmt: off
#: words in an open stage's name and the default probability (%) of such a stage: an
#: unknown CRM stage goes to the pipeline stage with the nearest probability
STAGE_HINTS: dict[int, tuple[str, ...]] = {
    10: ("new", "lead", "prospect", "initial", "first contact", "contact made", "neu",
         "erstkontakt", "nouveau", "nuevo", "novo", "nuovo", "nieuw", "nowa", "новая",
         "первичный", "初步", "新建", "线索", "初步接洽", "初步接触", "見込み", "新規", "リード",
         "engaging", "engaged", "discovery", "verkenning", "prospección", "prospection"),
    20: ("qualif", "needs", "analysis", "bedarf", "besoin", "necesidad", "necessidade",
         "bisogn", "behoefte", "potrzeb", "квалификация", "выявление", "需求", "验证", "确认需求",
         "需求確認", "ヒアリング", "kwalifik", "kwalific", "calific", "cualific"),
    40: ("meeting", "demo", "presentation", "termin", "präsentation", "rendez", "réunion",
         "reunión", "reunião", "riunione", "vergadering", "spotkanie", "встреча", "презентация",
         "拜访", "演示", "会議", "商談中", "value proposition", "develop"),
    60: ("proposal", "quote", "offer", "angebot", "devis", "proposition", "propuesta",
         "proposta", "offerta", "offerte", "oferta", "предложение", "счёт", "счет", "方案",
         "报价", "報價", "提案", "見積", "propose", "document", "документ"),
    80: ("negotiat", "review", "contract", "verhandlung", "vertrag", "négociation", "contrat",
         "negociación", "contrato", "negociação", "trattativa", "negoziazione", "contratto",
         "onderhandel", "negocjac", "umowa", "переговоры", "договор", "согласование", "谈判",
         "談判", "议价", "議價", "签约", "合同", "交渉", "契約", "commit", "decision", "close"),
}
# fmt: on


def stage_probability(stage: str) -> int | None:
    """The default probability of an open stage whose name says what it is, else None."""
    f = fold(stage)
    best = None
    for prob, words in STAGE_HINTS.items():
        if any(fold(w) and fold(w) in f for w in words):
            best = prob  # later (further) stages win: "Proposal review" is a review
    return best
