"""The language of the interface: German (the language the texts are written in) or English.

For German only Qt's own catalogue is needed (``qtbase_de``: »Abbrechen«, context menus,
file dialogs); for English Qt's ``qtbase_en`` and our ``servicestelle_en.qm`` from
``resources/translations``. The choice lives in QSettings under ``ui/language``; the
command line (``--lang``) may override it for one run. The core's texts (field labels,
list columns, filters, messages, printouts) follow the same choice through
``servicestelle.i18n`` and its catalogue ``core_en.mo``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from servicestelle import i18n
from servicestelle.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "de"
# Each language named in itself, as the settings dialog offers it.
LANGUAGES = {"de": "Deutsch", "en": "English"}
CATALOGUE = "servicestelle"


def locale_for(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def catalogue_path(language: str) -> str:
    """Our compiled catalogue for ``language`` (there is none for German)."""
    return str(resource_path("translations", f"{CATALOGUE}_{language}.qm"))


def saved_language(settings: QSettings) -> str:
    """The language chosen in the settings; German when none or an unknown one is stored."""
    value = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unbekannte Sprache: {language!r}")
    settings.setValue(LANGUAGE_KEY, language)


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the interface's language: the default locale (numbers, Qt's
    calendar) and the translators. Returns the installed translators, which
    ``remove_translations`` takes off again."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    locale = locale_for(language)
    QLocale.setDefault(locale)
    if not i18n.install_language(language):
        log.warning("Texte des Kerns bleiben deutsch: Katalog für %s fehlt", language)
    installed: list[QTranslator] = []
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", folder):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.info("Qt-Übersetzung qtbase_%s nicht gefunden in %s", language, folder)
    if language != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        path = catalogue_path(language)
        if ours.load(path):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("Übersetzung %s nicht gefunden", path)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.install_language(i18n.DEFAULT_LANGUAGE)
