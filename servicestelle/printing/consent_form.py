"""The consent form to print and have signed: the office's letterhead, the person's
name and address filled in, a box to tick for each scope, the right to withdraw, the
other rights, place, date and signature; beside the German text the person's language
where the form has a translation. The form's version is printed at the end and is what
a consent records when it is entered (``servicestelle.consent_form``)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from .. import models as m
from ..consent_form import GERMAN, SCOPES, FormText, second_language, version_label
from ..db import Database
from ..enums import LanguageLevel
from ..errors import NotFoundError
from ..i18n import _
from ..services.settings import SettingsService
from .layout import RULE, Cancel, Page, Progress, Result, build, styles
from .text import visual

MODELS = {"volunteer": m.Volunteer, "newcomer": m.Newcomer}
_LEVELS = list(LanguageLevel)


def _esc(text: Any) -> str:
    value = visual(str(text or ""))
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _codes(person: Any) -> list[str]:
    """The person's languages, best known first (German last: the form is German)."""
    links = sorted(person.languages, key=lambda link: _LEVELS.index(link.level))
    return [link.language.code for link in links if link.language.code != "de"]


def _address(person: Any) -> str:
    town = " ".join(p for p in (person.postcode, person.city) if p)
    return ", ".join(p for p in (person.street, town) if p)


def _both(german: str, other: str | None, style: ParagraphStyle, second: ParagraphStyle) -> list:
    """A paragraph in German and, below it, in the second language (in grey)."""
    shown = [Paragraph(_esc(german), style)]
    if other:
        shown.append(Paragraph(_esc(other), second))
    return shown


def render_consent_form(
    db: Database,
    path: Any,
    *,
    record_id: int,
    entity: str = "volunteer",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Result:
    settings = SettingsService(db)
    office = str(settings.get("office.name") or "")
    model = MODELS[entity]
    with db.read() as session:
        person = session.get(model, record_id)
        if person is None:
            raise NotFoundError(model.__label__, record_id)
        name = person.full_name
        address = _address(person)
        other = second_language(_codes(person))
    style = styles()
    second = ParagraphStyle("second", parent=style["text"], textColor=colors.HexColor("#555555"))
    page = Page(_("Einwilligungserklärung"), office)
    width = page.width
    o: FormText | None = other
    story: list[Any] = [Paragraph(_esc(GERMAN.title), style["h1"])]
    if o is not None:
        story.append(Paragraph(_esc(o.title), ParagraphStyle("t2", parent=style["h2"])))
    story.append(Spacer(1, 3 * mm))
    story += _both(
        GERMAN.intro.format(office=office),
        o.intro.format(office=office) if o else None,
        style["text"],
        second,
    )
    story.append(Spacer(1, 4 * mm))
    label = GERMAN.person + (f" / {o.person}" if o else "")
    person_table = Table(
        [
            [Paragraph(_esc(label), style["label"]), Paragraph(_esc(name), style["body"])],
            ["", Paragraph(_esc(address) or "&nbsp;", style["body"])],
        ],
        colWidths=[45 * mm, width - 45 * mm],
    )
    person_table.setStyle(
        TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    story.append(person_table)
    story.append(Spacer(1, 5 * mm))
    story += _both(GERMAN.agree, o.agree if o else None, style["h2"], second)
    rows = []
    for scope in SCOPES:
        texts = _both(GERMAN.scopes[scope], o.scopes[scope] if o else None, style["text"], second)
        rows.append([Paragraph("\u2610", ParagraphStyle("box", parent=style["h1"])), texts])
    scopes = Table(rows, colWidths=[10 * mm, width - 10 * mm])
    scopes.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
            ]
        )
    )
    story.append(scopes)
    story.append(Spacer(1, 4 * mm))
    story += _both(GERMAN.withdraw, o.withdraw if o else None, style["text"], second)
    story.append(Spacer(1, 2 * mm))
    story += _both(GERMAN.rights, o.rights if o else None, style["text"], second)
    story.append(Spacer(1, 14 * mm))
    signature = Table(
        [
            ["", "", ""],
            [
                Paragraph(
                    _esc(GERMAN.place_date + (f" / {o.place_date}" if o else "")), style["small"]
                ),
                "",
                Paragraph(
                    _esc(GERMAN.signature + (f" / {o.signature}" if o else "")), style["small"]
                ),
            ],
        ],
        colWidths=[(width - 12 * mm) / 2, 12 * mm, (width - 12 * mm) / 2],
        rowHeights=[10 * mm, None],
    )
    signature.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 1), (0, 1), 0.7, colors.black),
                ("LINEABOVE", (2, 1), (2, 1), 0.7, colors.black),
            ]
        )
    )
    story.append(KeepTogether([signature]))
    story.append(Spacer(1, 6 * mm))
    story.append(
        Paragraph(_esc(_("Formular: {version}", version=version_label(o))), style["muted"])
    )
    return build(path, page, story, progress=progress, cancel=cancel, expected_pages=1)
