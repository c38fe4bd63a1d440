"""The language Dealbook speaks: chosen in Settings or following the system, loaded at start.

Languages: English (the source texts), Simplified Chinese (``zh_CN``) and Traditional Chinese
(``zh_TW``). "System" follows :meth:`QLocale.system`: Chinese in mainland China or Singapore
reads Simplified, in Taiwan, Hong Kong or Macau Traditional (a script tag ``Hans``/``Hant``
wins over the country); every other locale reads English.

The choice is stored in the workspace-independent ``QSettings`` (key ``language``) and read
at the next start of the window and by every ``dealbook`` command. :func:`install` loads
``dealbook_<lang>.qm`` (from ``resources/translations``, from source or frozen) and Qt's own
``qtbase_<lang>.qm`` (the bundle's copy first, else PySide6's translations folder), installs
them in the application and hands Qt's translator to the presentation layer's words.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from desktop_app import translation
from desktop_app.presentation import i18n as words
from desktop_app.presentation import locale as number_locale
from desktop_app.resources import translations_dir

SYSTEM = "system"
ENGLISH = "en"
SIMPLIFIED = "zh_CN"
TRADITIONAL = "zh_TW"
#: the choices of Settings, in order: (stored value, name shown in its own language)
CHOICES: tuple[tuple[str, str], ...] = (
    (SYSTEM, "System"),
    (ENGLISH, "English"),
    (SIMPLIFIED, "简体中文"),
    (TRADITIONAL, "繁體中文"),
)
SETTINGS_KEY = "language"
#: Settings' "Show large amounts in 万 / 亿" (stored per computer, read at start)
LARGE_AMOUNTS_KEY = "large_amounts_wan"
#: overrides the stored choice (``en``, ``zh_CN``, ``zh_TW`` or ``system``), for scripts
ENV_VAR = "DEALBOOK_LANGUAGE"
_TRADITIONAL_COUNTRIES = {
    QLocale.Country.Taiwan,
    QLocale.Country.HongKong,
    QLocale.Country.Macao,
}

_installed: list[QTranslator] = []


def language_of(locale: QLocale) -> str:
    """The language Dealbook speaks for ``locale`` (``en``, ``zh_CN`` or ``zh_TW``)."""
    if locale.language() != QLocale.Language.Chinese:
        return ENGLISH
    if locale.script() == QLocale.Script.TraditionalHanScript:
        return TRADITIONAL
    if locale.script() == QLocale.Script.SimplifiedHanScript:
        return SIMPLIFIED
    return TRADITIONAL if locale.territory() in _TRADITIONAL_COUNTRIES else SIMPLIFIED


def stored_choice() -> str:
    """The choice saved in Settings (``system`` when none or unknown)."""
    value = str(QSettings().value(SETTINGS_KEY, SYSTEM) or SYSTEM)
    return value if value in dict(CHOICES) else SYSTEM


def save_choice(choice: str) -> None:
    """Remember ``choice`` (one of :data:`CHOICES`) for the next start."""
    if choice not in dict(CHOICES):
        raise ValueError(f"unknown language {choice!r}")
    settings = QSettings()
    settings.setValue(SETTINGS_KEY, choice)
    settings.sync()


def current_language(choice: str | None = None) -> str:
    """The language to speak: ``DEALBOOK_LANGUAGE``, else ``choice``/the stored one, else the
    system's."""
    choice = os.environ.get(ENV_VAR) or choice or stored_choice()
    if choice in (ENGLISH, SIMPLIFIED, TRADITIONAL):
        return choice
    return language_of(QLocale.system())


def dealbook_qm(language: str) -> Path:
    """Dealbook's compiled translation for ``language``."""
    return translations_dir() / f"dealbook_{language}.qm"


def qt_qm(language: str) -> Path | None:
    """Qt's own translation (``qtbase_<lang>.qm``): the bundle's copy, else PySide6's."""
    name = f"qtbase_{language}.qm"
    for folder in (
        translations_dir() / "qt",
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        if (folder / name).is_file():
            return folder / name
    return None


def install(choice: str | None = None) -> str:
    """Install the translators of the chosen language in the running application (replacing
    those of an earlier call); returns the language spoken. English installs none."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = current_language(choice)
    explicit = os.environ.get(ENV_VAR) or choice or stored_choice()
    if explicit != SYSTEM:
        # dates and numbers of Qt's widgets follow the chosen language, not the system's
        QLocale.setDefault(QLocale("en_US" if language == ENGLISH else language))
    if language != ENGLISH:
        for path in (dealbook_qm(language), qt_qm(language)):
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    words.use_translator(QCoreApplication.translate)
    translation.use_translator(QCoreApplication.translate)
    number_locale.set_current(language, large_units=large_amounts_choice())
    return language


def large_amounts_choice() -> bool:
    """Settings' "Show large amounts in 万 / 亿" (off when never set)."""
    value = QSettings().value(LARGE_AMOUNTS_KEY, False)
    return str(value).lower() in ("true", "1")


def save_large_amounts(on: bool) -> None:
    """Remember the 万 / 亿 option and use it from now on."""
    settings = QSettings()
    settings.setValue(LARGE_AMOUNTS_KEY, bool(on))
    settings.sync()
    number_locale.use_large_units(on)


def install_for_command_line() -> str:
    """Translate a ``dealbook`` command's sentences. With an application running, as
    :func:`install`; without one (most commands), Dealbook's translator is loaded but not
    installed (that needs an application, and a command must not create one: the report
    creates its own), and the Qt-free hooks read it directly."""
    if QCoreApplication.instance() is not None:
        return install()
    if not QCoreApplication.organizationName():  # the window's QSettings, where Settings saves
        QCoreApplication.setOrganizationName("Dealbook")
        QCoreApplication.setApplicationName("Dealbook")
    language = current_language()
    _standalone.clear()
    if language != ENGLISH:
        translator = QTranslator()
        if translator.load(str(dealbook_qm(language))):
            _standalone.append(translator)
    words.use_translator(_standalone_translate)
    translation.use_translator(_standalone_translate)
    number_locale.set_current(language, large_units=large_amounts_choice())
    return language


_standalone: list[QTranslator] = []


def _standalone_translate(
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    for translator in _standalone:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return found
    return text


#: the reasons the import gives for a rejected row (``desktop_app.importing.validate``), as the
#: wizard's Reason column shows them; a reason not listed stays as the import wrote it
IMPORT_REASONS = (
    QT_TRANSLATE_NOOP("import", "not a number"),
    QT_TRANSLATE_NOOP("import", "negative amount"),
    QT_TRANSLATE_NOOP("import", "negative cost"),
    QT_TRANSLATE_NOOP("import", "probability out of range"),
    QT_TRANSLATE_NOOP("import", "not a whole number"),
    QT_TRANSLATE_NOOP("import", "mixed date order"),
    QT_TRANSLATE_NOOP("import", "unreadable date"),
    QT_TRANSLATE_NOOP("import", "missing name"),
    QT_TRANSLATE_NOOP("import", "missing close date"),
    QT_TRANSLATE_NOOP("import", "missing date"),
    QT_TRANSLATE_NOOP("import", "missing score"),
    QT_TRANSLATE_NOOP("import", "missing rate"),
    QT_TRANSLATE_NOOP("import", "missing currency"),
    QT_TRANSLATE_NOOP("import", "missing period start"),
    QT_TRANSLATE_NOOP("import", "missing period end"),
    QT_TRANSLATE_NOOP("import", "negative quantity"),
    QT_TRANSLATE_NOOP("import", "negative hours"),
    QT_TRANSLATE_NOOP("import", "negative list_price"),
    QT_TRANSLATE_NOOP("import", "close date in the future"),
    QT_TRANSLATE_NOOP("import", "currency differs"),
    QT_TRANSLATE_NOOP("import", "period ends before it starts"),
    QT_TRANSLATE_NOOP("import", "mixed decimal marks"),
    QT_TRANSLATE_NOOP("import", "number out of range"),
    QT_TRANSLATE_NOOP("import", "outcome unknown"),
    QT_TRANSLATE_NOOP("import", "score out of range"),
    QT_TRANSLATE_NOOP("import", "unknown activity type"),
    QT_TRANSLATE_NOOP("import", "repeated record id"),
    QT_TRANSLATE_NOOP("import", "unknown deal"),
    QT_TRANSLATE_NOOP("import", "missing amount"),
    QT_TRANSLATE_NOOP("import", "missing deal external id"),
    QT_TRANSLATE_NOOP("import", "missing done on"),
    QT_TRANSLATE_NOOP("import", "missing entered on"),
    QT_TRANSLATE_NOOP("import", "missing owner"),
    QT_TRANSLATE_NOOP("import", "missing responded on"),
    QT_TRANSLATE_NOOP("import", "missing spent on"),
    QT_TRANSLATE_NOOP("import", "missing stage"),
    QT_TRANSLATE_NOOP("import", "missing valid from"),
    QT_TRANSLATE_NOOP("import", "wrong number of fields"),
)


def reason_text(reason: str) -> str:
    """A rejected row's reason in the user's language (first letter capitalised in English)."""
    shown = QCoreApplication.translate("import", reason)
    return shown[:1].upper() + shown[1:]
