"""Translatable words without Qt: a no-op marker for ``lupdate`` and one translation hook.

Every word the presentation layer shows is written ``QT_TRANSLATE_NOOP("kpi", "Revenue")``.
Qt's ``pyside6-lupdate`` collects those calls into the ``.ts`` files (see
``scripts/update_translations.sh``) although this package never imports Qt. The marker returns
a :class:`Words` (a ``str`` that remembers its context); :func:`tr` translates it when it is
shown. The Qt layers install Qt's translator with :func:`use_translator`
(``desktop_app.charts.format`` does it for the window and the printed review); without one,
the words stay English (the command line).
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


class Words(str):
    """A source text with its translation context."""

    context: str

    def __new__(cls, context: str, text: str) -> Words:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj


def QT_TRANSLATE_NOOP(context: str, text: str) -> Words:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context``; returns it untranslated."""
    return Words(context, text)


def use_translator(translator: Translator | None) -> None:
    """Translate every word with ``translator(context, text)`` from now on (None: English)."""
    global _translator
    _translator = translator


def tr(words: str) -> str:
    """``words`` in the user's language (unchanged when no translator is installed)."""
    if not words or _translator is None or not isinstance(words, Words):
        return str(words)
    return _translator(words.context, str(words))
