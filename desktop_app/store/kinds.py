"""Every kind of record Dealbook keeps, declared once.

A :class:`Kind` names its database table and lists its :class:`Field` s: the native name
(also the CSV header and the record key the window uses), the type, whether it is
required, the lookup table behind a name (accounts, reps, sources, products), the allowed
values, the bounds and a human label. Everything else is made from these declarations:

* the repository (``repository.py``, ``repository_frames.py``): columns, lookups, dates,
  required fields;
* the loader's tables (``loader.py``) and the export (``export.py``);
* the importer's stored fields (``desktop_app.importing.fields.KINDS``);
* the window's table columns (``desktop_app.ui.tables.kinds``), forms
  (``desktop_app.ui.forms.specs``) and the tables a write touches (:func:`tables_of`).

Adding a field or a kind is one declaration here plus an Alembic migration (and the
SQLAlchemy model the migration builds; ``tests/store/test_kinds.py`` checks that every
surface covers exactly the declared fields).

This module imports neither Qt nor SQLAlchemy. Labels are wrapped in
:func:`QT_TRANSLATE_NOOP` (context ``"fields"``), a marker that returns its text unchanged
so that Qt's ``lupdate`` collects the strings; the window translates them when it shows
them (``QCoreApplication.translate("fields", label)``).

Probabilities: a deal's ``probability`` is a **percentage** 0..100 in the database, in the
native files and in the dataset. A pipeline :class:`kpi_core.dataset.Stage` carries its
default probability as a **fraction** 0..1; the store converts at its edge (the
``pipeline_stages`` table stores percentages) and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: the lookup tables a field may name a row of
LOOKUPS = ("accounts", "reps", "sources", "products")

#: field types. text: free text; lookup: a name in a lookup table; choice: one of
#: ``choices``; stage: a pipeline stage name; currency: a three-letter code; money: an
#: amount in the row's currency; number: a plain number; percent: 0..100; int: a whole
#: number; date: a calendar day; deal: a deal named by its ``external_id`` (stored as the
#: deal's row id)
TYPES = ("text", "lookup", "choice", "stage", "currency", "money", "number", "percent", "int")
TYPES += ("date", "deal")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name for it
    """Mark ``text`` for translation in ``context`` without translating it (see module)."""
    del context
    return text


def _(text: str) -> str:
    return QT_TRANSLATE_NOOP("fields", text)


@dataclass(frozen=True)
class Field:
    """One field of a kind of record."""

    name: str
    type: str = "text"
    label: str = ""
    required: bool = False
    lookup: str | None = None  # for type "lookup": accounts | reps | sources | products
    #: for type "choice": (stored value, label) pairs
    choices: tuple[tuple[str, str], ...] = ()
    default: str | None = None  # what an empty choice is stored as
    minimum: float | None = None
    maximum: float | None = None
    multiline: bool = False  # long text (a note or a comment)
    placeholder: str = ""
    shown: bool = True  # a column the table shows before the user picks its columns
    #: the schema revision that added the field (a later field joins an imported row's
    #: content hash only when the file fills it, so rows imported before still match)
    since: int = 1

    @property
    def column(self) -> str:
        """The database column: ``<name>_id`` for a lookup (``owner_id``), else the name."""
        if self.type == "lookup":
            return f"{self.name}_id"
        if self.type == "deal":
            return "deal_id"
        return self.name

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(v for v, _label in self.choices)


@dataclass(frozen=True)
class Kind:
    """One kind of record: its table, its fields, and how rows of a file are matched."""

    name: str
    table: str
    label: str
    fields: tuple[Field, ...]
    #: the field an import matches existing rows on (else the row's content)
    match_on: str | None = None
    #: whether the window edits rows of this kind in a form and shows them in a table
    editable: bool = True
    #: other tables a write of this kind changes (beside its own and its lookups)
    also_writes: frozenset[str] = field(default_factory=frozenset)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def names(self) -> tuple[str, ...]:
        """The declared field names, in order (the native CSV headers)."""
        return tuple(f.name for f in self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @property
    def dates(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.type == "date")

    @property
    def lookups(self) -> dict[str, tuple[str, str]]:
        """field -> (foreign-key column, lookup table)."""
        return {f.name: (f.column, str(f.lookup)) for f in self.fields if f.type == "lookup"}

    @property
    def tables(self) -> frozenset[str]:
        """Every table a write of this kind may change (what the change signal carries)."""
        lookups = {str(f.lookup) for f in self.fields if f.type == "lookup"}
        return frozenset({self.table, *lookups, *self.also_writes})


_STATUSES = (("open", _("Open")), ("won", _("Won")), ("lost", _("Lost")))
_CATEGORIES = (("marketing", _("Marketing")), ("sales", _("Sales")), ("other", _("Other")))
#: activity types; the first five are selling time (kpi_spec.md, Activities)
ACTIVITY_TYPES = (
    ("call", _("Call")),
    ("meeting", _("Meeting")),
    ("email", _("E-mail")),
    ("demo", _("Demo")),
    ("proposal", _("Proposal")),
    ("admin", _("Admin")),
    ("training", _("Training")),
    ("other", _("Other")),
)


def _lookup(name: str, table: str, label: str, **kw: object) -> Field:
    return Field(name, "lookup", label, lookup=table, **kw)  # type: ignore[arg-type]


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "deals",
            "deals",
            _("Deals"),
            (
                Field("external_id", "text", _("CRM id"), shown=False),
                Field(
                    "title", "text", _("Deal"), required=True, placeholder=_("What is being sold")
                ),
                _lookup("account", "accounts", _("Account")),
                _lookup("owner", "reps", _("Owner")),
                _lookup("source", "sources", _("Source")),
                _lookup("product", "products", _("Product")),
                Field("product_type", "text", _("Product type"), shown=False),
                Field("stage", "stage", _("Stage")),
                Field("status", "choice", _("Status"), choices=_STATUSES, default="open"),
                Field("amount", "money", _("Amount"), minimum=0),
                Field("currency", "currency", _("Currency"), placeholder="USD"),
                Field("cost", "money", _("Cost"), minimum=0, shown=False),
                Field(
                    "probability",
                    "percent",
                    _("Probability %"),
                    minimum=0,
                    maximum=100,
                    shown=False,
                ),
                Field("created_on", "date", _("Created")),
                Field("expected_close_on", "date", _("Expected close"), shown=False),
                Field("closed_on", "date", _("Closed")),
                Field("lost_reason", "text", _("Lost reason"), shown=False),
                Field("contract_months", "int", _("Contract months"), minimum=0, shown=False),
                Field("one_time_fee", "money", _("One-time fee"), minimum=0, shown=False),
                Field("list_amount", "money", _("List price"), minimum=0, shown=False, since=2),
                Field("quantity", "number", _("Quantity"), minimum=0, shown=False, since=2),
            ),
            match_on="external_id",
            also_writes=frozenset({"stage_history"}),
        ),
        Kind(
            "stage_history",
            "stage_history",
            _("Stage history"),
            (
                Field("deal_external_id", "deal", _("Deal id"), required=True),
                Field("stage", "stage", _("Stage"), required=True),
                Field("entered_on", "date", _("Entered on"), required=True),
            ),
            editable=False,
        ),
        Kind(
            "leads",
            "leads",
            _("Leads"),
            (
                Field("external_id", "text", _("CRM id"), shown=False),
                Field("name", "text", _("Lead"), required=True),
                _lookup("account", "accounts", _("Account")),
                _lookup("source", "sources", _("Source")),
                _lookup("owner", "reps", _("Owner")),
                Field("created_on", "date", _("Created (MQL)")),
                Field("sql_on", "date", _("Became SQL")),
                Field("converted_on", "date", _("Converted")),
                Field("deal_external_id", "text", _("Deal id"), shown=False),
                Field("disqualified_on", "date", _("Disqualified")),
            ),
            match_on="external_id",
        ),
        Kind(
            "spend",
            "spend",
            _("Spend"),
            (
                Field("spent_on", "date", _("Date"), required=True),
                _lookup("source", "sources", _("Source")),
                Field(
                    "category", "choice", _("Category"), choices=_CATEGORIES, default="marketing"
                ),
                Field("amount", "money", _("Amount"), required=True, minimum=0),
                Field("currency", "currency", _("Currency"), placeholder="USD"),
                Field("note", "text", _("Note"), multiline=True),
            ),
        ),
        Kind(
            "nps",
            "nps",
            _("NPS answers"),
            (
                Field("responded_on", "date", _("Answered on"), required=True),
                _lookup("account", "accounts", _("Account")),
                Field("score", "int", _("Score (0–10)"), required=True, minimum=0, maximum=10),
                Field("comment", "text", _("Comment"), multiline=True),
            ),
        ),
        Kind(
            "quotas",
            "quotas",
            _("Quotas"),
            (
                _lookup("owner", "reps", _("Rep"), required=True),
                Field("period_start", "date", _("From"), required=True),
                Field("period_end", "date", _("To"), required=True),
                Field("amount", "money", _("Quota"), required=True, minimum=0),
            ),
        ),
        Kind(
            "forecasts",
            "forecasts",
            _("Forecasts"),
            (
                Field("period_start", "date", _("From"), required=True),
                Field("period_end", "date", _("To"), required=True),
                Field("amount", "money", _("Forecast"), required=True, minimum=0),
                _lookup("owner", "reps", _("Rep"), placeholder=_("Empty = the whole company")),
            ),
        ),
        Kind(
            "accounts",
            "accounts",
            _("Accounts"),
            (
                Field("name", "text", _("Account"), required=True),
                Field("created_on", "date", _("Customer since")),
                Field("churned_on", "date", _("Churned on")),
            ),
            match_on="name",
        ),
        Kind(
            "rates",
            "rates",
            _("Exchange rates"),
            (
                Field("currency", "currency", _("Currency"), required=True, placeholder="EUR"),
                Field("rate", "number", _("Rate (base per unit)"), required=True),
                Field("valid_from", "date", _("Valid from"), required=True),
            ),
        ),
        Kind(
            "activities",
            "activities",
            _("Activities"),
            (
                Field("done_on", "date", _("Done on"), required=True),
                _lookup("owner", "reps", _("Owner")),
                Field("type", "choice", _("Type"), choices=ACTIVITY_TYPES, default="other"),
                Field("hours", "number", _("Hours"), minimum=0, placeholder=_("Empty = not known")),
                Field("deal_external_id", "text", _("Deal id")),
                _lookup("account", "accounts", _("Account")),
                Field("note", "text", _("Note"), multiline=True),
            ),
        ),
    )
}

#: columns every table of a kind has beside its declared fields (never edited by hand)
INTERNAL_COLUMNS = frozenset({"id", "batch_id", "content_hash", "updated_at"})

#: the kinds the window edits (a form and a table each)
EDITABLE_KINDS: tuple[str, ...] = tuple(k for k, v in KINDS.items() if v.editable)


def kind(name: str) -> Kind:
    """The declaration of ``name``; ``ValueError`` for a kind Dealbook does not know."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown kind {name!r}") from None


def tables_of(*kinds: str) -> frozenset[str]:
    """The tables a write of these kinds may change."""
    out: set[str] = set()
    for name in kinds:
        out |= kind(name).tables
    return frozenset(out)


def kinds_of_tables(tables: frozenset[str] | set[str]) -> frozenset[str]:
    """The kinds whose own table is among ``tables``."""
    return frozenset(k.name for k in KINDS.values() if k.table in tables)
