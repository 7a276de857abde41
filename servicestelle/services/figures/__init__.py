"""Key figures of a period for the Übersicht, the printed Kennzahlenbericht, the Excel
export and ``servicestelle stats``: volunteers, pairings (with regular contact or not),
help requests by field, outcome, district and language, the median days to a match,
hours, MSOs by founding stage and event attendance.

Everything is counted by the database in a dozen aggregate queries (``compute``, one
module per area: ``people``, ``pairings``, ``requests``); Python only adds up the few
grouped rows. Every figure carries a ``Link``: the list (entity) and the filters that
show the records behind it. The filters are those of the list services
(``services/*.py``) and share their conditions (``periods.py``), so that the number and
the list agree. ``text`` writes the figures as German text.
"""

from .compute import period_figures
from .model import NONE_KEY, Breakdown, Figure, KeyFigures, Link
from .text import (
    CHART_KEYS,
    SECTIONS,
    TILE_KEYS,
    UNITS,
    format_figure,
    format_period_figures,
    format_value,
)

__all__ = [
    "CHART_KEYS",
    "NONE_KEY",
    "SECTIONS",
    "TILE_KEYS",
    "UNITS",
    "Breakdown",
    "Figure",
    "KeyFigures",
    "Link",
    "format_figure",
    "format_period_figures",
    "format_value",
    "period_figures",
]
