"""The licence's sentences, worded once for the command line, the window and the About box.

Translated through :mod:`desktop_app.translation` (context ``licence``), so they read the same
in ``dealbook licence`` and in Help ▸ Enter licence….
"""

from __future__ import annotations

from desktop_app.errors import UserError
from desktop_app.translation import translate


class LicenceError(UserError):
    """A licence key that cannot be used: the message is one sentence saying what to do."""


def not_a_key() -> str:
    return translate(
        "licence",
        "This is not a Dealbook licence key: copy the whole key from the e-mail, from the "
        "BEGIN DEALBOOK LICENCE line to the END line, and try again.",
    )


def not_genuine() -> str:
    return translate(
        "licence",
        "This licence key does not check out (a character was changed, added or lost): paste "
        "it again exactly as it came in the e-mail, or open the key file itself.",
    )


def unknown_format() -> str:
    return translate(
        "licence",
        "This licence key is signed but written for another version of Dealbook: ask for a "
        "key made for this version.",
    )


def no_key_given() -> str:
    return translate(
        "licence",
        "No licence key was given: paste the key from the e-mail, or open the key file.",
    )


def damaged_installed(path: str) -> str:
    return translate(
        "licence",
        "The licence saved in {0} does not check out: enter your licence key again "
        "(Help ▸ Enter licence…, or dealbook licence install FILE).",
    ).format(path)
