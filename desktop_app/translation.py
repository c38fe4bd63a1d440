"""Sentences in the user's language without Qt: one hook for the command line, the errors and
the import's messages.

``translate("errors", "{0} is busy: …")`` returns the sentence through the translator that
:mod:`desktop_app.ui.i18n` installs (Qt's ``QCoreApplication.translate``, loaded with the
``.qm`` file of the chosen language), or unchanged (English) when none is installed. Qt's
``pyside6-lupdate`` collects these calls like ``QCoreApplication.translate`` (see
``scripts/update_translations.sh``). Plurals use Qt's ``%n`` forms: ``translate("cli", "%n
deal(s)", None, n)``: Chinese has one form; English reads "1 deal", "2 deals".
"""

from __future__ import annotations

import re
from collections.abc import Callable

_translator: Callable[..., str] | None = None


def use_translator(translator: Callable[..., str] | None) -> None:
    """Translate with ``translator(context, text[, disambiguation, n])`` from now on."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the user's language (Qt's signature, so lupdate reads
    ``translate("cli", "%n deal(s)", None, n)``).

    With ``n >= 0``, ``%n`` becomes ``n`` and ``%Ln`` ``n`` with thousands separators; an
    untranslated (English) text takes the form of ``n``: ``word(s)`` reads ``word`` for 1,
    ``words`` otherwise.
    """
    translated = text if _translator is None else _translator(context, text, disambiguation)
    if n < 0:
        return translated
    if translated == text:
        translated = _PLURAL.sub(lambda m: m.group(1) + ("" if n == 1 else "s"), translated)
    return translated.replace("%Ln", f"{n:,}").replace("%n", str(n))


_PLURAL = re.compile(r"(\w+)\(s\)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for lupdate in ``context``; translate it later with
    ``translate(context, text)``."""
    return text
