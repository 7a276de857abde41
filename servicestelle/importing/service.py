"""Spreadsheet import as the wizard and the command line use it: read a file, suggest a
mapping (or apply a saved one), check every row, write all or nothing, undo.

The steps live in ``servicestelle.importing`` (reader, header, mapping, values, plan,
commit); this service ties them together and stores named mappings in the settings.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from .. import models as m
from ..bulk import collector_paused
from ..db import Database
from ..enums import VolunteerStatus
from ..errors import IntegrityCause, ServiceError, os_reason
from ..i18n import _
from ..services.settings import SettingsService
from ..validation import plain_text
from . import mapping as mapping_
from .commit import SKIP, ImportResult, run_import
from .header import SheetLayout, detect_layout
from .plan import ImportPlan, RowResult, date_swaps, prepare, suggested_status
from .reader import SheetInfo, open_table
from .undo import HistoryEntry, UndoPreview, history, undo_import, undo_preview
from .values import DateSwap

ENTITIES = ("volunteer", "newcomer", "organisation")
_MAPPING_PREFIX = "import.mapping."
log = logging.getLogger(__name__)


@dataclass
class SheetPreview:
    """A sheet as read: its layout and the mapping suggested (or saved) for it."""

    path: Path
    sheets: list[SheetInfo]
    sheet: str
    layout: SheetLayout
    mapping: dict[int, str]

    def samples(self, column: int, count: int = 3) -> list[Any]:
        """The first few filled values of a column (shown next to its header)."""
        found = []
        for _number, values in self.layout.rows:
            if column < len(values) and values[column] not in (None, ""):
                found.append(values[column])
                if len(found) == count:
                    break
        return found


class ImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------------

    def read(
        self, entity: str, path: str | os.PathLike[str], sheet: str | None = None
    ) -> SheetPreview:
        """Read a sheet (the first visible one unless named) and suggest a mapping."""
        _check_entity(entity)
        with collector_paused(), open_table(path) as table:
            sheets = list(table.sheets)
            if sheet is None:
                chosen = next((s for s in sheets if not s.hidden), sheets[0])
                sheet = chosen.name
            layout = detect_layout(
                table.rows(sheet),
                is_known_header=lambda text: mapping_.is_known_header(text, entity),
            )
        if layout.header_row is None or not layout.headers:
            raise ServiceError(
                _("In der Tabelle »{sheet}« wurde keine Kopfzeile gefunden.", sheet=sheet)
            )
        suggested = mapping_.suggest(entity, layout.headers)
        return SheetPreview(Path(path), sheets, sheet, layout, suggested)

    # -- saved mappings ------------------------------------------------------------------

    def saved_mappings(self, entity: str) -> list[str]:
        with self.db.read() as session:
            keys = session.scalars(
                select(m.Setting.key).where(m.Setting.key.like(f"{_MAPPING_PREFIX}{entity}.%"))
            )
            prefix = f"{_MAPPING_PREFIX}{entity}."
            return sorted((k[len(prefix) :] for k in keys), key=str.casefold)

    def save_mapping(
        self, entity: str, name: str, headers: list[str], mapping: Mapping[int, str]
    ) -> None:
        name = " ".join(name.split())
        if not name:
            raise ServiceError(_("Bitte einen Namen für die Zuordnung angeben."))
        key = f"{_MAPPING_PREFIX}{entity}.{name}"
        if len(key) > 80:
            raise ServiceError(_("Der Name der Zuordnung ist zu lang."))
        SettingsService(self.db).set(key, mapping_.to_json(entity, headers, mapping))

    def apply_mapping(self, entity: str, name_or_json: str, headers: list[str]) -> dict[int, str]:
        """A saved mapping by name, or a mapping given as JSON (``{"Header": "field"}``
        or the stored form), applied to ``headers``."""
        text = name_or_json.strip()
        saved = not text.startswith("{")
        if saved:
            stored = SettingsService(self.db).get(f"{_MAPPING_PREFIX}{entity}.{text}")
            if stored is None:
                known = ", ".join(self.saved_mappings(entity)) or _("keine")
                raise ServiceError(
                    _(
                        "Eine Zuordnung »{name}« ist nicht gespeichert (vorhanden: {known}).",
                        name=text,
                        known=known,
                    )
                )
            text = stored
        try:
            data = json.loads(text)
        except ValueError:
            raise ServiceError(_("Die Zuordnung ist kein gültiges JSON.")) from None
        if isinstance(data, dict) and "columns" not in data:
            text = json.dumps({"entity": entity, "columns": data})
        try:
            _entity, mapping = mapping_.from_json(text, headers, suggest_others=saved)
        except ValueError as exc:
            raise ServiceError(str(exc)) from None
        problems = mapping_.check(entity, mapping)
        if problems:
            raise ServiceError(" ".join(problems))
        return mapping

    # -- checking and writing --------------------------------------------------------------

    def plan(
        self,
        entity: str,
        preview: SheetPreview,
        mapping: Mapping[int, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        swap_dates: Collection[int] | None = None,
    ) -> ImportPlan:
        """Check every row. ``swap_dates``: the date columns whose date cells get day
        and month swapped back (None: every column ``date_swaps`` finds)."""
        chosen = dict(preview.mapping if mapping is None else mapping)
        problems = mapping_.check(entity, chosen)
        if problems:
            raise ServiceError(" ".join(problems))
        return prepare(
            self.db, entity, preview.layout, chosen, progress=progress, swap_dates=swap_dates
        )

    @staticmethod
    def date_swaps(preview: SheetPreview, mapping: Mapping[int, str]) -> dict[int, DateSwap]:
        """The mapped date columns whose date cells came with day and month swapped (a
        list that went through a spreadsheet program set to US English)."""
        return date_swaps(preview.layout, {int(c): k for c, k in mapping.items() if k})

    def run(
        self,
        plan: ImportPlan,
        preview: SheetPreview,
        on_duplicate: str = SKIP,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        *,
        decisions: Mapping[int, str] | None = None,
        active_without_consent: bool = False,
        status: VolunteerStatus | None = None,
    ) -> ImportResult:
        try:
            return run_import(
                self.db,
                plan,
                file_name=preview.path.name,
                sheet=preview.sheet,
                on_duplicate=on_duplicate,
                decisions=decisions,
                active_without_consent=active_without_consent,
                status=status,
                progress=progress,
                cancel=cancel,
            )
        except IntegrityError as exc:
            cause = IntegrityCause(exc.orig)  # the values it quotes may be personal
            log.warning("Import verletzt eine Datenbankregel: %s", cause.log_text)
            raise ServiceError(
                _("Es wurde nichts importiert: {reason}", reason=cause.reason)
            ) from exc

    @staticmethod
    def suggested_status(preview: SheetPreview) -> VolunteerStatus:
        """The status new people of this file get unless the user chooses another."""
        return suggested_status([preview.path.stem, preview.sheet], preview.layout.headers)

    def undo(self, batch_id: int) -> int:
        return undo_import(self.db, batch_id)

    def undo_preview(self, batch_id: int) -> UndoPreview:
        return undo_preview(self.db, batch_id)

    def history(self, limit: int = 200) -> list[HistoryEntry]:
        return history(self.db, limit)

    def batches(self, limit: int = 50) -> list[m.ImportBatch]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(m.ImportBatch).order_by(m.ImportBatch.id.desc()).limit(limit)
                )
            )


def write_error_report(
    plan: ImportPlan, path: str | os.PathLike[str], rows: list[RowResult] | None = None
) -> Path:
    """An .xlsx with every rejected row as it was in the file, plus the reason."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    chosen = [r for r in plan.rows if r.errors] if rows is None else rows
    target = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Fehler")
    # (not »Grund«: a list of people who left has a column of that name)
    sheet.append([_("Zeile"), _("Grund der Ablehnung"), *plan.headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in chosen:
        sheet.append([row.row, _safe(row.reason), *(_safe(value) for value in row.raw)])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # shown as typed, never run as a formula
    sheet.freeze_panes = "C2"
    sheet.column_dimensions["B"].width = 60
    temporary = target.with_name(f".{target.name}.tmp")
    from ..leftovers import writing

    try:
        with writing(temporary):  # killed halfway: gone at the next start
            book.save(temporary)
            os.chmod(temporary, 0o600)  # the rows name people: the owner's alone
            os.replace(temporary, target)
    except PermissionError:
        temporary.unlink(missing_ok=True)
        raise ServiceError(
            _(
                "Der Fehlerbericht »{name}« lässt sich nicht speichern: die Datei ist in "
                "einem anderen Programm geöffnet oder der Ordner ist schreibgeschützt.",
                name=target.name,
            )
        ) from None
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ServiceError(
            _("Der Fehlerbericht ließ sich nicht speichern: {reason}", reason=os_reason(exc))
        ) from None
    return target


def _safe(value: Any) -> Any:
    """A cell value the report can hold: control characters (which a spreadsheet cell
    may not contain) shown as »�«, direction overrides removed."""
    if not isinstance(value, str):
        return value
    shown = "".join("\ufffd" if ord(ch) < 32 and ch not in "\t\n\r" else ch for ch in value)
    return plain_text(shown)


def _check_entity(entity: str) -> None:
    if entity not in ENTITIES:
        raise ServiceError(_("Import für »{entity}« gibt es nicht.", entity=entity))
