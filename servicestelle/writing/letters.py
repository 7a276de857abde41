"""Letters for the people without e-mail: one letter per recipient on the office's
letterhead, merged into one PDF to print at once; or, for an office that keeps its
letterhead as a Word template, the same from a .docx template, merged into one .docx.

The PDF follows DIN 5008, form B: the letterhead in the top 45 mm; the address window
45 mm from the top and 20 mm from the left, 85 × 45 mm, with the office's return
address on a small line in its upper zone and the recipient's address below (text from
25 mm); the reference line (Unser Zeichen, Bearbeitet von, Datum) at 98.5 mm; the
subject and the text below; fold marks at 105 and 210 mm, the hole mark at 148.5 mm.
A letter that runs over a page continues on pages without letterhead.

Text and subject come from a template with the same placeholders as an e-mail
(``templates``): the recipient's {Anrede} {Vorname} {Nachname}, the shared values typed
once, and the office's. Unknown placeholders are an error before anything is written.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from ..db import Database
from ..errors import ValidationError
from ..i18n import _
from ..printing.certificate import _letterhead
from ..printing.layout import INK, MUTED, RULE, PrintCancelled, styles
from ..printing.text import FONT, FONT_BOLD, register_fonts, visual
from ..services.settings import SettingsService, address_lines
from . import templates
from .messages import personalise
from .postal import Addressee, fitted, private_file

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm  # where the text starts (DIN 5008)
RIGHT = 20 * mm
BOTTOM = 22 * mm
WINDOW = (20 * mm, 45 * mm, 85 * mm, 45 * mm)  # left, from the top, width, height
NOTE_ZONE = 17.7 * mm  # the window's upper zone: the return address
REFERENCE = 98.46 * mm  # the reference line, from the top
BODY = 113 * mm  # where the subject starts, from the top
CONTINUED = 20 * mm  # the text's top on the following pages
MARKS = (105 * mm, 210 * mm)  # fold marks
HOLE = 148.5 * mm

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Letter:
    """One recipient's letter, its placeholders filled in."""

    to: Addressee
    subject: str
    body: str


def compose(
    db: Database,
    people: Sequence[Addressee],
    subject: str,
    body: str,
    shared: Mapping[str, str] | None = None,
    day: dt.date | None = None,
) -> list[Letter]:
    """The letters to ``people`` (German ``ValidationError``: unknown placeholders, no
    subject, nobody to write to)."""
    templates.check(subject, body)
    if not people:
        raise ValidationError({"recipients": _("Niemand kann per Post angeschrieben werden.")})
    values = {**templates.office_values(db, day), **(shared or {})}
    letters = []
    for person in people:
        text_subject, text = personalise(subject, body, values, person.values())
        letters.append(Letter(person, text_subject, text))
    return letters


@dataclass(frozen=True)
class Office:
    """What the letterhead and the return address say."""

    name: str
    return_address: str  # »Servicestelle Integration · Markt 1 · 18055 Rostock«
    user: str


def _office(db: Database) -> Office:
    settings = SettingsService(db)
    name = str(settings.get("office.name") or "")
    lines = address_lines(settings.get("office.address"))
    return Office(name, " · ".join(p for p in [name, *lines[:2]] if p), db.user)


def write_letters(
    db: Database,
    letters: Sequence[Letter],
    path: str | os.PathLike[str],
    *,
    reference: str = "",
    day: dt.date | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write ``letters`` as one PDF at ``path`` (complete or not at all, readable by its
    owner only); returns the number of pages."""
    register_fonts()
    day = day or dt.date.today()
    office = _office(db)
    style = styles()
    width = PAGE_WIDTH - LEFT - RIGHT
    head = _letterhead(db, width, style)[0]
    text = ParagraphStyle("letter", parent=style["body"], fontSize=10.5, leading=15, spaceAfter=8)
    bold = ParagraphStyle("subject", parent=text, fontName=FONT_BOLD, spaceAfter=14)
    state = {"letter": -1, "page": 0, "pages": 0}

    def first_page(canvas: Canvas, _doc: Any) -> None:
        if cancel is not None and cancel():
            raise _Stop()
        state["letter"] += 1
        state["page"] = 1
        state["pages"] += 1
        if progress is not None:
            progress(state["letter"], len(letters))
        letter = letters[state["letter"]]
        _, height = head.wrapOn(canvas, width, 40 * mm)
        head.drawOn(canvas, LEFT, PAGE_HEIGHT - 10 * mm - height)
        _marks(canvas)
        _window(canvas, office, letter.to)
        _reference(canvas, reference, office.user, day)

    def later_page(canvas: Canvas, _doc: Any) -> None:
        state["page"] += 1
        state["pages"] += 1
        _marks(canvas)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        letter = letters[state["letter"]]
        canvas.drawRightString(
            PAGE_WIDTH - RIGHT,
            PAGE_HEIGHT - 12 * mm,
            visual(_("{name} – Seite {n}", name=letter.to.name, n=state["page"])),
        )

    def frame(top: float, name: str) -> Frame:
        return Frame(
            LEFT,
            BOTTOM,
            width,
            PAGE_HEIGHT - top - BOTTOM,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    story: list[Any] = []
    for number, letter in enumerate(letters):
        if number:
            story += [NextPageTemplate("first"), PageBreak()]
        story.append(NextPageTemplate("later"))
        story.append(Paragraph(escape(letter.subject), bold))
        story += _paragraphs(letter.body, text)
    if not story:
        raise ValidationError({"recipients": _("Niemand kann per Post angeschrieben werden.")})
    with private_file(path) as handle:
        doc = BaseDocTemplate(
            handle,
            pagesize=A4,
            title=_("Briefe"),
            author=office.name,
            creator="Servicestelle",
            lang="de-DE",
        )
        doc.addPageTemplates(
            [
                PageTemplate(id="first", frames=[frame(BODY, "first")], onPage=first_page),
                PageTemplate(id="later", frames=[frame(CONTINUED, "later")], onPage=later_page),
            ]
        )
        try:
            doc.build(story)
        except _Stop:
            raise PrintCancelled() from None
    return state["pages"]


class _Stop(Exception):
    """Cancelled while laying out (reportlab adds its own words to what passes it)."""


def _paragraphs(body: str, style: ParagraphStyle) -> list[Paragraph]:
    """The text's paragraphs (separated by an empty line); single line breaks kept."""
    blocks: list[list[str]] = [[]]
    for line in body.replace("\r\n", "\n").split("\n"):
        if line.strip():
            blocks[-1].append(escape(line.rstrip()))
        elif blocks[-1]:
            blocks.append([])
    return [Paragraph("<br/>".join(block), style) for block in blocks if block]


def _marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    for y in MARKS:
        canvas.line(3 * mm, PAGE_HEIGHT - y, 8 * mm, PAGE_HEIGHT - y)
    canvas.line(3 * mm, PAGE_HEIGHT - HOLE, 11 * mm, PAGE_HEIGHT - HOLE)


def _window(canvas: Canvas, office: Office, to: Addressee) -> None:
    """The return address and the recipient's address in the window."""
    left, top, width, _height = WINDOW
    inner = left + 5 * mm
    if office.return_address:
        y = PAGE_HEIGHT - top - NOTE_ZONE + 2.5 * mm
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(MUTED)
        shown = fitted(office.return_address, FONT, 6.5, width - 10 * mm)
        canvas.drawString(inner, y, visual(shown))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(inner, y - 1.2 * mm, inner + width - 10 * mm, y - 1.2 * mm)
    canvas.setFillColor(INK)
    y = PAGE_HEIGHT - top - NOTE_ZONE - 4.5 * mm
    for line in to.lines():
        canvas.setFont(FONT, 10)
        canvas.drawString(inner, y, visual(fitted(line, FONT, 10, width - 10 * mm)))
        y -= 4.6 * mm


def _reference(canvas: Canvas, reference: str, user: str, day: dt.date) -> None:
    """The reference line: labels small above, values below."""
    y = PAGE_HEIGHT - REFERENCE
    fields = [
        (_("Unser Zeichen"), reference),
        (_("Bearbeitet von"), user),
        (_("Datum"), day.strftime("%d.%m.%Y")),
    ]
    positions = [LEFT, LEFT + 55 * mm, PAGE_WIDTH - RIGHT - 30 * mm]
    for x, (label, value) in zip(positions, fields, strict=True):
        if not value:
            continue
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(x, y, label)
        canvas.setFont(FONT, 10)
        canvas.setFillColor(INK)
        canvas.drawString(x, y - 4.5 * mm, visual(fitted(value, FONT, 10, 50 * mm)))


# -- from a Word template -------------------------------------------------------------------


def docx_placeholders(template: str | os.PathLike[str]) -> list[str]:
    """The placeholders the Word template names (in its text, headers and footers)."""
    from .word import template_names

    return template_names(Path(template))


def write_docx_letters(
    db: Database,
    people: Sequence[Addressee],
    template: str | os.PathLike[str],
    path: str | os.PathLike[str],
    *,
    shared: Mapping[str, str] | None = None,
    day: dt.date | None = None,
) -> int:
    """One letter per person from the Word ``template`` (placeholders as in the other
    templates: {Vorname} …, and {Adresse} or {Straße}, {PLZ}, {Wohnort} for the window),
    merged into one .docx at ``path``; returns the number of letters."""
    from .word import merge_letters

    if not people:
        raise ValidationError({"recipients": _("Niemand kann per Post angeschrieben werden.")})
    values = {**templates.office_values(db, day), **(shared or {})}
    return merge_letters(Path(template), Path(path), values, people)


__all__ = [
    "Letter",
    "compose",
    "docx_placeholders",
    "write_docx_letters",
    "write_letters",
]
