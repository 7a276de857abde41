"""The consent form (Einwilligungserklärung) a person signs, in German and, where a
translation exists, beside it in the person's language.

The form has a version; a consent records the version and languages of the form signed
(``Consent.form_version``), so that the office can show later what was agreed to. A new
wording is a new ``VERSION`` — never change the texts of a version already handed out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

VERSION = "2026-12b"

# The scopes of a consent in the order of the form (columns of ``Consent``).
SCOPES = (
    "storage",
    "contact_email",
    "contact_phone",
    "contact_post",
    "share_with_partners",
    "photos",
)


@dataclass(frozen=True)
class FormText:
    language: str  # ISO 639-1
    name: str  # the language's name in German (for the version label)
    title: str
    intro: str  # {office}
    person: str
    agree: str
    scopes: dict[str, str]
    withdraw: str
    rights: str
    place_date: str
    signature: str


GERMAN = FormText(
    language="de",
    name="Deutsch",
    title="Einwilligung in die Verarbeitung personenbezogener Daten",
    intro=(
        "{office} bringt Ehrenamtliche und neu zugewanderte Menschen zusammen und "
        "begleitet sie. Dafür speichern wir Angaben über Sie. Ihre Einwilligung ist "
        "freiwillig; wenn Sie nicht einwilligen, entsteht Ihnen kein Nachteil – ohne "
        "Speicherung Ihrer Angaben können wir Sie allerdings nicht vermitteln."
    ),
    person="Name und Anschrift",
    agree="Ich willige ein (bitte ankreuzen):",
    scopes={
        "storage": (
            "Meine Angaben (Name, Kontaktdaten, Sprachen, Stadtteil, Zeiten, Notizen "
            "zur Begleitung) werden zur Vermittlung und Begleitung gespeichert."
        ),
        "contact_email": "Die Servicestelle darf mich per E-Mail ansprechen "
        "(z. B. Einladungen, Anfragen).",
        "contact_phone": "Die Servicestelle darf mich telefonisch ansprechen.",
        "contact_post": "Die Servicestelle darf mir Briefe an meine Anschrift schicken "
        "(z. B. Einladungen).",
        "share_with_partners": (
            "Meine Kontaktdaten dürfen an Partnerorganisationen weitergegeben werden, "
            "soweit es für eine Vermittlung nötig ist."
        ),
        "photos": "Fotos, auf denen ich zu sehen bin, dürfen für die Öffentlichkeitsarbeit "
        "verwendet werden.",
    },
    withdraw=(
        "Sie können Ihre Einwilligung jederzeit ganz oder teilweise widerrufen – formlos "
        "per E-Mail, Brief oder persönlich. Der Widerruf gilt ab dann; was bis dahin "
        "rechtmäßig geschah, bleibt rechtmäßig."
    ),
    rights=(
        "Sie haben das Recht auf Auskunft über Ihre gespeicherten Daten, auf Berichtigung, "
        "Löschung und Einschränkung der Verarbeitung sowie auf Beschwerde bei der "
        "Datenschutz-Aufsichtsbehörde."
    ),
    place_date="Ort, Datum",
    signature="Unterschrift",
)

ENGLISH = FormText(
    language="en",
    name="Englisch",
    title="Consent to the processing of personal data",
    intro=(
        "{office} brings volunteers and newly arrived people together and supports them. "
        "For this we store information about you. Your consent is voluntary; if you do "
        "not consent, you will not be disadvantaged – but without storing your "
        "information we cannot arrange support for you."
    ),
    person="Name and address",
    agree="I consent to the following (please tick):",
    scopes={
        "storage": (
            "My information (name, contact details, languages, district, times, notes on "
            "the support) is stored to arrange and accompany the support."
        ),
        "contact_email": "The office may contact me by e-mail (e.g. invitations, requests).",
        "contact_phone": "The office may contact me by telephone.",
        "contact_post": "The office may send me letters to my address (e.g. invitations).",
        "share_with_partners": (
            "My contact details may be passed on to partner organisations where this is "
            "needed to arrange support."
        ),
        "photos": "Photos showing me may be used for public relations.",
    },
    withdraw=(
        "You can withdraw your consent at any time, in whole or in part, informally by "
        "e-mail, letter or in person. The withdrawal applies from then on; what was "
        "lawful until then remains lawful."
    ),
    rights=(
        "You have the right to access the data stored about you, to rectification, "
        "erasure and restriction of processing, and to lodge a complaint with the data "
        "protection supervisory authority."
    ),
    place_date="Place, date",
    signature="Signature",
)

# Translations beside the German text, by language code. Add a language here (and
# raise VERSION when a text changes).
TRANSLATIONS: dict[str, FormText] = {"en": ENGLISH}


def second_language(codes: Iterable[str]) -> FormText | None:
    """The first of a person's languages (codes, most important first) that the form
    has a translation for; None when only German fits."""
    for code in codes:
        text = TRANSLATIONS.get((code or "").lower())
        if text is not None:
            return text
    return None


def version_label(second: FormText | None = None) -> str:
    """What a consent records about the form signed: »Fassung 2026-12 (Deutsch,
    Englisch)«."""
    names = GERMAN.name + (f", {second.name}" if second is not None else "")
    return f"Fassung {VERSION} ({names})"
