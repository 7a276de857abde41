"""The core's one small translation helper.

Messages are written in German. An English catalogue (a gettext ``.mo`` file made by
``scripts/translations.sh`` from ``resources/translations/core_en.po``) can be installed
at start-up; ``_`` looks a message up there and falls back to the German original.

Texts defined when a module is imported (field labels, list columns, status names) are
marked with ``N_`` and translated where they are shown, so that the language chosen at
start-up applies to them as well.
"""

from __future__ import annotations

import gettext
import logging
import struct

from .paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
# The locale babel formats dates and numbers in, per language.
_LOCALES = {"de": "de_DE", "en": "en_GB"}

_catalogue: dict[str, str] = {}
_language = DEFAULT_LANGUAGE


def install(catalogue: dict[str, str], language: str = "en") -> None:
    """Use ``catalogue`` (German message → translation) from now on."""
    global _catalogue, _language
    # one assignment each: a thread looking a text up meanwhile sees the old or the new
    _catalogue = dict(catalogue)
    _language = language if catalogue else DEFAULT_LANGUAGE


def catalogue_path(language: str) -> str:
    return str(resource_path("translations", f"core_{language}.mo"))


def install_language(language: str) -> bool:
    """Switch the core's texts to ``language``; German needs no catalogue. Returns
    False (and stays German) when the catalogue is missing or unreadable."""
    if language not in LANGUAGES or language == DEFAULT_LANGUAGE:
        install({}, DEFAULT_LANGUAGE)
        return language == DEFAULT_LANGUAGE
    path = catalogue_path(language)
    try:
        with open(path, "rb") as handle:
            translations = gettext.GNUTranslations(handle)
    except (OSError, ValueError, IndexError, struct.error) as exc:
        log.warning("Übersetzung %s nicht lesbar: %s", path, exc)
        install({}, DEFAULT_LANGUAGE)
        return False
    messages = {
        str(key): str(value)
        for key, value in translations._catalog.items()  # type: ignore[attr-defined]
        if key and value
    }
    install(messages, language)
    return True


def language() -> str:
    """The language of the core's texts now: "de" or "en"."""
    return _language


def babel_locale() -> str:
    """The babel locale for dates and numbers in the current language."""
    return _LOCALES[_language]


def _(message: str, /, **values: object) -> str:
    text = _catalogue.get(message, message)
    return text.format(**values) if values else text


def N_(message: str, /) -> str:  # noqa: N802 - the customary gettext name
    """Marks a German text for translation without translating it yet."""
    return message
