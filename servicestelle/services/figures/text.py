"""The key figures as text: German numbers with their units, the order of the tiles,
and the readable text of ``servicestelle stats``. The screen, the printed report and
the command line all use these, so a figure reads the same everywhere."""

from __future__ import annotations

from ...i18n import N_, _, babel_locale
from .model import Figure, KeyFigures

# The figures shown as tiles, in order, for screens, the printed report and text output.
TILE_KEYS = (
    "volunteers_active",
    "volunteers_new",
    "volunteers_left",
    "pairings_active",
    "pairings_started",
    "pairings_ended",
    "pairings_regular_contact",
    "pairings_irregular_contact",
    "requests_received",
    "requests_matched",
    "request_days_to_match",
    "hours",
    "hours_volunteers",
    "events_held",
    "event_attendances",
    "event_attendees",
    "msos",
)

# The figures in sections, as the Übersicht shows them and the report prints them:
# (N_-marked German title, figure keys).
SECTIONS = (
    (N_("Ehrenamtliche"), ("volunteers_active", "volunteers_new", "volunteers_left")),
    (
        N_("Patenschaften"),
        (
            "pairings_active",
            "pairings_started",
            "pairings_ended",
            "pairings_regular_contact",
            "pairings_irregular_contact",
        ),
    ),
    (N_("Hilfsanfragen"), ("requests_received", "requests_matched", "request_days_to_match")),
    (
        N_("Stunden, Veranstaltungen, MSO"),
        (
            "hours",
            "hours_volunteers",
            "events_held",
            "event_attendances",
            "event_attendees",
            "msos",
        ),
    ),
)

# The breakdowns drawn as charts, in order, on the screen and on paper.
CHART_KEYS = (
    "requests_by_outcome",
    "requests_by_field",
    "requests_by_district",
    "requests_by_language",
    "volunteers_by_district",
    "volunteers_by_language",
    "pairings_by_end_reason",
    "msos_by_stage",
)

# The unit shown after a figure's number (N_-marked German).
UNITS = {
    "request_days_to_match": N_("Tage"),
    "hours": N_("Std."),
}


def format_value(value: int | float | None) -> str:
    """German number text: »1.234«, »3,5«, »–« for no value."""
    from babel.numbers import format_decimal

    if value is None:
        return "–"
    return format_decimal(value, format="#,##0.##", locale=babel_locale())


def format_figure(figure: Figure) -> str:
    """A figure's number with its unit: »1.234«, »12,5 Tage«, »– Tage«."""
    unit = UNITS.get(figure.key)
    text = format_value(figure.value)
    return f"{text} {_(unit)}" if unit else text


def format_period_figures(figures: KeyFigures) -> str:
    """A readable German text of ``period_figures`` for the command line."""
    lines = [_("Kennzahlen {label}", label=figures.period.label)]
    width = max(len(figures.figures[k].label) for k in TILE_KEYS if k in figures.figures)
    for key in TILE_KEYS:
        figure = figures.figures.get(key)
        if figure is not None:
            lines.append(f"{figure.label + ':':<{width + 1}} {format_value(figure.value):>9}")
    for breakdown in figures.breakdowns.values():
        lines.append("")
        lines.append(breakdown.title + ":")
        for item in breakdown.items:
            lines.append(f"  {item.label}: {format_value(item.value)}")
    return "\n".join(lines)
