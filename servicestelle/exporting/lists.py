"""A list as the user sees it (filter, search, sort, chosen columns) written to .xlsx.

Rows come from the database in chunks (one streamed SELECT, never a list of all
records) and go into the workbook as they come. The file is written under a temporary
name in the target folder and moved into place at the end, so that a failed or
cancelled export never leaves a half-written file, nor destroys the previous one.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ..enums import LabeledEnum
from ..errors import ServiceError
from ..i18n import _
from ..models import Archivable
from ..validation import Invalid, parse_date
from .phones import PhoneFormatter
from .xlsx import LABEL, Workbook, cell, cell_writer, text_cell

CHUNK = 2000  # rows per fetch, progress report and cancel check
_MIN_WIDTH, _MAX_WIDTH = 6.0, 60.0  # column widths, in characters
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(_("Export abgebrochen – es wurde keine Datei gespeichert."))


def suggested_file_name(title: str, day: dt.date | None = None) -> str:
    """``Ehrenamtliche_2026-11-22.xlsx``: the list's name and the day."""
    safe = re.sub(r'[<>:"/\\|?*\s]+', "_", title.strip()).strip("._") or "Export"
    return f"{safe}_{(day or dt.date.today()).isoformat()}.xlsx"


# -- values ----------------------------------------------------------------------------


class _LocalTime:
    """Stored (naive UTC) times in local wall-clock time, as the list shows them; the
    offset is looked up once per hour of UTC (time zones change on whole hours)."""

    def __init__(self) -> None:
        self._offsets: dict[tuple[int, int, int, int], dt.timedelta] = {}

    def __call__(self, value: dt.datetime) -> dt.datetime:
        if value.tzinfo is not None:
            return value.astimezone().replace(tzinfo=None)
        key = (value.year, value.month, value.day, value.hour)
        offset = self._offsets.get(key)
        if offset is None:
            offset = value.replace(tzinfo=dt.UTC).astimezone().utcoffset() or dt.timedelta()
            self._offsets[key] = offset
        return value + offset


def converter(kind: str) -> Callable[[Any], Any]:
    """How a column's database value becomes a cell value (text, number or date)."""

    def convert(value: Any) -> Any:
        if value is None or value == "":
            return None
        if kind == "bool":
            return _("ja") if value else _("nein")
        if isinstance(value, enum.Enum):
            return str(getattr(value, "label", value.value))
        if isinstance(value, str | int | float | dt.date) and not isinstance(value, bool):
            return value
        return value if kind in ("decimal", "money") else str(value)

    # The common kinds, kept short: they run for every cell.
    if kind == "text":
        return lambda value: value if value.__class__ is str and value else convert(value)
    if kind == "phone":
        phone = PhoneFormatter()
        return lambda value: phone(value) if value else None
    if kind == "enum":
        return lambda value: value.label if isinstance(value, LabeledEnum) else convert(value)
    if kind == "date":
        return lambda value: value.date() if isinstance(value, dt.datetime) else convert(value)
    if kind == "datetime":
        local = _LocalTime()
        return lambda value: local(value) if isinstance(value, dt.datetime) else convert(value)
    return convert


def _shown_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    return len(str(value))


def estimate_widths(titles: Sequence[str], sample: Sequence[Sequence[Any]]) -> list[float]:
    """Column widths (characters) from the header and the first rows, never all rows:
    the longest text of the sample, bounded so that one long note cannot make a
    column wider than the screen."""
    widths = []
    for index, title in enumerate(titles):
        longest = max((_shown_length(row[index]) for row in sample), default=0)
        wanted = max(len(title) * 1.1 + 4, longest * 1.05 + 2)  # header: bold + filter arrow
        widths.append(round(min(_MAX_WIDTH, max(_MIN_WIDTH, wanted)), 1))
    return widths


# -- what the export shows on its info sheet -----------------------------------------------


def _value_text(service: Any, key: str, spec: Any, value: Any) -> str:
    values = list(value) if isinstance(value, list | tuple | set) else [value]
    if spec.kind in ("date_from", "date_to"):
        try:
            day = parse_date(values[0])
        except Invalid:
            return str(values[0])
        if day is None:
            return ""
        from ..formats import short_date  # 22.11.2026, or 22/11/2026 in English

        return short_date(day)
    if spec.kind == "bool":
        return _("ja") if values[0] else _("nein")
    try:
        names = {str(getattr(v, "value", v)): label for v, label in service.filter_choices(key)}
    except Exception:  # noqa: BLE001 - a description must never stop an export
        names = {}
    texts = []
    for item in values:
        label = names.get(str(getattr(item, "value", item)))
        if label is None:
            label = getattr(item, "label", None) or (
                _("Nr. {id}", id=item) if spec.kind == "ref" else str(item)
            )
        texts.append(label)
    return ", ".join(texts)


def describe_query(service: Any, query: Any) -> list[tuple[str, str]]:
    """The query in words: (label, text) of each filter set, search, archive, sort."""
    lines: list[tuple[str, str]] = []
    for key, value in query.filters.items():
        if value is None or value == "" or value == []:
            continue
        spec = service.filters.get(key)
        if spec is None:
            continue
        lines.append(
            (_("Filter: {label}", label=spec.label), _value_text(service, key, spec, value))
        )
    if not lines:
        lines.append((_("Filter"), _("keine")))
    lines.append((_("Suche"), query.text.strip() or _("keine")))
    if issubclass(service.model, Archivable):
        lines.append(
            (
                _("Archivierte"),
                _("eingeschlossen") if query.include_archived else _("nicht enthalten"),
            )
        )
    order = []
    for key, descending in query.sort or service.default_sort:
        column = service.columns.get(key)
        if column is not None and column.sortable:
            way = _("absteigend") if descending else _("aufsteigend")
            order.append(f"{column.title} ({way})")
    lines.append((_("Sortierung"), ", ".join(order) or _("nach Nummer")))
    return lines


def sheet_name(title: str) -> str:
    """A valid worksheet name (at most 31 characters, none of []:*?/\\)."""
    name = _SHEET_NAME_BAD.sub("-", title).strip("'")[:31]
    return name or _("Liste")


# -- writing ---------------------------------------------------------------------------


def check_columns(service: Any, columns: Sequence[str] | None) -> list[str]:
    """The columns to export: the given keys (checked), else the list's default ones."""
    if not columns:
        return [k for k, c in service.columns.items() if c.shown]
    unknown = [k for k in columns if k not in service.columns]
    if unknown:
        raise ServiceError(
            _(
                "Unbekannte Spalte »{key}«. Möglich sind: {known}.",
                key=unknown[0],
                known=", ".join(service.columns),
            )
        )
    return list(dict.fromkeys(columns))


def export_list(
    service: Any,
    query: Any,
    columns: Sequence[str] | None,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    user: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the list's rows to ``path`` (.xlsx); returns how many rows were written."""
    keys = check_columns(service, columns)
    target = Path(path)
    title = title or service.label
    if target.is_dir():
        raise ServiceError(_("»{path}« ist ein Ordner, keine Datei.", path=target))
    if target.exists() and not os.access(target, os.W_OK):
        _fail(target, PermissionError(errno.EACCES, "read-only", str(target)))
    stmt = service.list_select(query, keys)  # checks the filters (German errors) first
    total = service.count(query)
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=".~", suffix=".xlsx.tmp", dir=target.parent or Path(".")
        )
    except OSError as exc:
        _fail(target, exc)
    temporary = Path(temporary_name)
    from ..leftovers import writing

    try:
        with writing(temporary), os.fdopen(handle, "wb") as raw:  # killed: gone at next start
            written = _write(
                raw, service, query, keys, stmt, total, title, user, progress, cancelled
            )
            raw.flush()
            os.fsync(raw.fileno())
            os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        _fail(target, exc)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return written


def _write(
    raw: Any,
    service: Any,
    query: Any,
    keys: list[str],
    stmt: Any,
    total: int,
    title: str,
    user: str | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    specs = [service.columns[k] for k in keys]
    book = Workbook(raw)
    try:
        written = _fill(book, service, query, specs, stmt, total, title, user, progress, cancelled)
    except BaseException:
        book.abort()
        raise
    book.close()
    return written


def _fill(
    book: Workbook,
    service: Any,
    query: Any,
    specs: list[Any],
    stmt: Any,
    total: int,
    title: str,
    user: str | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    titles = [c.title for c in specs]
    converters = [converter(c.kind) for c in specs]
    pairs = list(enumerate(converters, 1))  # column 0 of a row is the record id
    writers = [cell_writer(c.kind) for c in specs]
    written = 0
    if progress is not None:
        progress(0, total)
    with service.db.engine.connect() as conn:
        result = conn.execution_options(yield_per=CHUNK).execute(stmt)
        chunks = result.partitions(CHUNK)
        first = [[f(row[i]) for i, f in pairs] for row in next(chunks, [])]
        with book.sheet(sheet_name(title)) as sheet:
            sheet.begin(
                estimate_widths(titles, first), freeze_header=True, auto_filter=True, selected=True
            )
            sheet.header(titles)
            rows: list[list[Any]] = first
            while True:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                for values in rows:
                    sheet.row_cells([w(v) for w, v in zip(writers, values, strict=True)])
                written += len(rows)
                if progress is not None:
                    progress(written, max(total, written))
                part = next(chunks, None)
                if not part:
                    break
                rows = [[f(row[i]) for i, f in pairs] for row in part]
        result.close()
    _info_sheet(book, service, query, titles, title, user, written)
    return written


def _info_sheet(
    book: Workbook,
    service: Any,
    query: Any,
    titles: list[str],
    title: str,
    user: str | None,
    count: int,
) -> None:
    lines: list[tuple[str, Any]] = [
        (_("Liste"), title),
        (_("Exportiert am"), dt.datetime.now().replace(microsecond=0)),
        (_("Exportiert von"), user or _("unbekannt")),
        (_("Zeilen"), count),
        (_("Spalten"), ", ".join(titles)),
        *describe_query(service, query),
        (_("Hinweis"), _("Enthält personenbezogene Daten – vertraulich behandeln.")),
    ]
    widths = [
        max(14.0, max(len(k) for k, _v in lines) * 1.1 + 2),
        min(_MAX_WIDTH + 40, max(20.0, max(len(str(v)) for _k, v in lines) * 1.05 + 2)),
    ]
    with book.sheet(_("Info")) as sheet:
        sheet.begin(widths)
        for label, value in lines:
            sheet.row_cells([text_cell(label, LABEL), cell(value)])


def _fail(target: Path, error: OSError) -> NoReturn:
    """Turn a failed write into a German message a user can act on."""
    if isinstance(error, PermissionError):
        raise ServiceError(
            _(
                "»{name}« lässt sich nicht speichern: Die Datei ist wohl gerade in einem "
                "anderen Programm (etwa Excel) geöffnet, oder der Ordner ist "
                "schreibgeschützt. Bitte die Datei schließen oder einen anderen Ort wählen.",
                name=target.name,
            )
        ) from error
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        raise ServiceError(
            _(
                "»{name}« lässt sich nicht speichern: Auf dem Datenträger ist nicht genug "
                "Platz. Bitte Platz schaffen oder einen anderen Ort wählen.",
                name=target.name,
            )
        ) from error
    if isinstance(error, FileNotFoundError):
        raise ServiceError(
            _("Den Ordner »{folder}« gibt es nicht.", folder=target.parent)
        ) from error
    raise ServiceError(
        _(
            "»{name}« lässt sich nicht speichern: {reason}",
            name=target.name,
            reason=error.strerror or error,
        )
    ) from error
