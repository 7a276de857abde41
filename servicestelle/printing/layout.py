"""The one page template of every printout: A4, a header with the office's name and the
document's title, a footer with the confidentiality note, the print date and
"Seite x von y" (drawn when the document is saved, once the number of pages is known).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .. import i18n
from ..errors import ServiceError
from ..i18n import N_, _
from .text import FONT, FONT_BOLD, register_fonts, short_date, visual

MARGIN_X = 15 * mm
MARGIN_TOP = 24 * mm  # room for the header
MARGIN_BOTTOM = 17 * mm  # room for the footer
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e4e8ee")
ZEBRA = colors.HexColor("#f4f6f8")
ACCENT = colors.HexColor("#2b5797")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class PrintCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(_("Drucken abgebrochen."))


def confidential_note() -> str:
    return _("Vertraulich – enthält personenbezogene Daten")


@dataclass
class Page:
    """What the template prints around the content, and where the content goes."""

    title: str
    office: str
    wide: bool = False  # A4 landscape
    printed_at: dt.datetime = field(default_factory=dt.datetime.now)
    header: bool = True  # False: the document draws its own letterhead on page 1
    # False: no "vertraulich" note in the footer (a certificate handed to an employer).
    confidential: bool = True
    # The footer in the document's own language when it is not the program's (a letter
    # in English): an object with ``t(german, **values)`` and ``date(day)``.
    words: Any = None

    @property
    def size(self) -> tuple[float, float]:
        return landscape(A4) if self.wide else A4

    @property
    def width(self) -> float:
        """The width of the content between the margins."""
        return self.size[0] - 2 * MARGIN_X


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("text", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
    return {
        "text": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
        ),
        "label": ParagraphStyle("label", parent=base, textColor=MUTED, alignment=TA_LEFT),
        "body": ParagraphStyle("body", parent=base, fontSize=10.5, leading=16),
    }


def _draw_header(canvas: Canvas, page: Page) -> None:
    width, height = page.size
    top = height - 11 * mm
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8.5)
    canvas.drawString(MARGIN_X, top, visual(page.office))
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 12.5)
    canvas.drawString(MARGIN_X, top - 6 * mm, visual(page.title))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 8.5 * mm, width - MARGIN_X, top - 8.5 * mm)


# The footer's texts (German; translated by ``_`` or by the document's own words).
CONFIDENTIAL = N_("Vertraulich – enthält personenbezogene Daten")
PRINTED_AT = N_("Gedruckt am {date} um {time} Uhr")
PAGE_OF = N_("Seite {n} von {total}")


def _draw_footer(canvas: Canvas, page: Page, number: int, total: int) -> None:
    width, _height = page.size
    y = 10 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y + 3.5 * mm, width - MARGIN_X, y + 3.5 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    say, day = (page.words.t, page.words.date) if page.words else (_, short_date)
    if page.confidential:
        canvas.drawString(MARGIN_X, y, say(CONFIDENTIAL))
    printed = say(PRINTED_AT, date=day(page.printed_at), time=page.printed_at.strftime("%H:%M"))
    canvas.drawString(MARGIN_X, y - 3.4 * mm if page.confidential else y, printed)
    canvas.setFillColor(INK)
    canvas.setFont(FONT, 8)
    canvas.drawRightString(width - MARGIN_X, y, say(PAGE_OF, n=number, total=total))


def _canvas_class(page: Page) -> type[Canvas]:
    """A canvas that keeps each finished page until saving, then adds the footers."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                _draw_footer(self, page, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


@dataclass
class Result:
    path: Path
    pages: int
    title: str


def build(
    path: str | os.PathLike[str],
    page: Page,
    story: Sequence[Flowable],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    expected_pages: int = 0,
    first_page: Callable[[Canvas, Page], None] | None = None,
) -> Result:
    """Lay ``story`` out on the template and write the PDF to ``path``.

    The file is written next to ``path`` first and moved in place when complete, so a
    cancel or an error never leaves half a PDF behind. ``progress(done, total)`` is
    called after each page with ``expected_pages`` as the estimate of the total.
    """
    register_fonts()
    target = Path(path)
    width, height = page.size
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    pages_done = 0

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        nonlocal pages_done
        if cancel is not None and cancel():
            raise PrintCancelled()
        if page.header or doc.page > 1:
            _draw_header(canvas, page)
        elif first_page is not None:
            first_page(canvas, page)
        pages_done += 1
        if progress is not None:
            progress(pages_done, max(expected_pages, pages_done))

    handle, temporary = tempfile.mkstemp(
        suffix=".pdf.tmp", prefix=".druck-", dir=target.parent if target.parent.exists() else None
    )
    os.close(handle)
    from ..leftovers import writing

    try:
        with writing(temporary):  # a printout killed halfway goes at the next start
            doc = BaseDocTemplate(
                temporary,
                pagesize=page.size,
                leftMargin=MARGIN_X,
                rightMargin=MARGIN_X,
                topMargin=MARGIN_TOP,
                bottomMargin=MARGIN_BOTTOM,
                title=page.title,
                author=page.office,
                creator="Servicestelle",
                lang="en-GB" if i18n.language() == "en" else "de-DE",
            )
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
            doc.build(list(story), canvasmaker=_canvas_class(page))
            os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Result(target, pages_done, page.title)
