"""The licence state in sentences: the About box, Help ▸ Enter licence… and
``dealbook licence show`` say the same."""

from __future__ import annotations

from desktop_app.licensing.status import LicenceState, Status, damaged_sentence
from desktop_app.presentation import format as fmt
from desktop_app.translation import translate


def licensed_to(state: LicenceState) -> str:
    """ "Licensed to Ana Li <ana@example.com>." (empty without a licence)."""
    lic = state.licence
    if lic is None:
        return ""
    return translate("licence", "Licensed to {0} <{1}>.").format(lic.name, lic.email)


def terms(state: LicenceState) -> str:
    """The terms: Standard edition, 3 seats; updates until 2027-11-30. (empty without one)"""
    lic = state.licence
    if lic is None:
        return ""
    seats = lic.seats  # a plain name: lupdate does not read an attribute as the count
    return translate("licence", "{0} edition, %n seat(s); updates until {1}.", None, seats).format(
        lic.edition, fmt.date(lic.updates_until)
    )


def evaluation_note() -> str:
    return translate(
        "licence",
        "Evaluation copy: everything works and nothing is locked; printed reviews carry an "
        "“Evaluation copy” line until a licence key is entered.",
    )


def describe(state: LicenceState) -> list[str]:
    """The state in a few plain sentences, first the most important."""
    if state.status is Status.EVALUATION:
        return [evaluation_note()]
    if state.status is Status.DAMAGED:
        return [damaged_sentence(state), evaluation_note()]
    lines = [licensed_to(state), terms(state)]
    if state.status is Status.LICENSED:
        return lines
    assert state.licence is not None
    until = fmt.date(state.licence.updates_until)
    lines.append(
        translate(
            "licence",
            "Your key predates this version: Dealbook {0} was released on {1}, after its "
            "updates ended ({2}).",
        ).format(state.version, fmt.date(state.release_date), until)
    )
    if state.version_covered:
        lines.append(
            translate(
                "licence",
                "The version you bought, Dealbook {0}, keeps working with this key for good.",
            ).format(state.version_covered)
        )
    else:
        lines.append(
            translate(
                "licence",
                "The versions released until {0} keep working with this key for good.",
            ).format(until)
        )
    lines.append(
        translate(
            "licence",
            "This version runs as an evaluation copy: everything works; printed reviews carry "
            "an “Evaluation copy” line. A key with updates until {0} or later covers it.",
        ).format(fmt.date(state.release_date))
    )
    return lines
