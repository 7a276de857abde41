"""Open a spreadsheet file (xlsx, xlsm, xls, ods or CSV) and read its rows as typed values.

The format is decided by the file's first bytes, not by its name. Workbooks are read with
python-calamine; CSV files are decoded (BOM, UTF-8, else Windows-1252) and split with the
``csv`` module after sniffing the delimiter. Every failure becomes an :class:`ImportFileError`
with a German message that names the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import os
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ServiceError
from ..i18n import _

log = logging.getLogger(__name__)

#: Reading a sheet stops after this many empty rows in a row.
MAX_EMPTY_RUN = 1000
#: CSV files larger than this are refused (they are read into memory as a whole).
MAX_CSV_BYTES = 256 * 1024 * 1024
#: A sheet whose used range (rows × columns) is larger is refused before calamine, which
#: holds a sheet as a dense grid in memory (about 32 bytes a cell), would try to read it.
MAX_CELLS = 10_000_000
MAX_COLUMNS = 1_000  # of a CSV file; office lists have a few dozen
MAX_CELL_CHARS = 32_767  # Excel's own limit of a cell
# What a workbook may unpack to: a member of an office list is a few MB; a zip bomb
# holds one that grows a hundredfold and more.
MAX_UNPACKED = 512 * 1024 * 1024
MAX_MEMBER = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_FROM = 10 * 1024 * 1024  # small members may pack well
#: How much text the delimiter and binary checks look at.
SAMPLE_CHARS = 64 * 1024

_ZIP = b"PK\x03\x04"
_ZIP_EMPTY = b"PK\x05\x06"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF = b"%PDF"
_DELIMITERS = (";", ",", "\t", "|")
_OOXML_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb"}
# Names calamine reads by their extension; other names are read from a file object, where
# calamine looks at the content.
_SUFFIXES = {"xlsx": {".xlsx", ".xlsm", ".xltx", ".xltm"}, "xls": {".xls"}, "ods": {".ods"}}
# Names of workbooks: a text file so named is accepted only as a table of columns.
_WORKBOOK_SUFFIXES = _OOXML_SUFFIXES | {".xls", ".ods"}
# Text that is no table: controls other than tab, line feed, form feed and carriage return,
# and the C1 controls a Latin-1 fallback leaves behind.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


class ImportFileError(ServiceError):
    """A file cannot be read for an import; ``message`` says why, in German."""


@dataclass(frozen=True)
class SheetInfo:
    name: str
    index: int
    hidden: bool


def open_table(path: str | os.PathLike[str]) -> Table:
    """Open ``path`` for reading; raises :class:`ImportFileError` when that is impossible."""
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise ImportFileError(_("»{name}« ist ein Ordner, keine Datei.", name=name))
        with path.open("rb") as handle:
            head = handle.read(8)
    except ImportFileError:
        raise
    except OSError as exc:
        raise _os_error(name, exc) from exc
    if not head:
        raise ImportFileError(_("Die Datei »{name}« ist leer.", name=name))
    if head.startswith(_PDF):
        raise ImportFileError(
            _(
                "Die Datei »{name}« ist ein PDF-Dokument, keine Tabelle. "
                "Bitte die Excel-, LibreOffice- oder CSV-Datei auswählen.",
                name=name,
            )
        )
    if head.startswith(_ZIP) or head.startswith(_ZIP_EMPTY):
        return _open_workbook(path, _zip_kind(path))
    if head.startswith(_OLE2):
        if path.suffix.lower() in _OOXML_SUFFIXES or _ole2_is_encrypted(path):
            raise _password_error(name)
        return _open_workbook(path, "xls")
    table = _open_csv(path)
    if path.suffix.lower() in _WORKBOOK_SUFFIXES and not _has_columns(table):
        # Named as a workbook, but plain text without a delimiter: not a list exported
        # as text (those keep their name at times), a file that is not what it says.
        table.close()
        log.warning("%s: named as a workbook, holds text of one column", name)
        raise _corrupt_error(name)
    return table


class Table:
    """An opened spreadsheet file. Use as a context manager or call :meth:`close`."""

    path: Path
    kind: str
    sheets: list[SheetInfo]
    encoding: str | None
    delimiter: str | None

    def __init__(
        self,
        path: Path,
        kind: str,
        sheets: list[SheetInfo],
        *,
        book: Any = None,
        text: str | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> None:
        self.path = path
        self.kind = kind
        self.sheets = sheets
        self.encoding = encoding
        self.delimiter = delimiter
        self._book = book
        self._text = text

    def __repr__(self) -> str:
        return f"Table({self.path.name!r}, kind={self.kind!r}, sheets={len(self.sheets)})"

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        book, self._book, self._text = self._book, None, None
        if book is not None:
            try:
                book.close()
            except Exception:  # closing twice or a closed file is no reason to fail
                log.debug("closing %s failed", self.path, exc_info=True)

    def sheet(self, sheet: str | int | None = None) -> SheetInfo:
        """The sheet ``sheet`` names: a name, an index into :attr:`sheets`, or None for the
        first visible one."""
        if not self.sheets:
            raise ImportFileError(
                _("Die Datei »{name}« enthält keine Tabellenblätter.", name=self.path.name)
            )
        if sheet is None:
            return next((s for s in self.sheets if not s.hidden), self.sheets[0])
        if isinstance(sheet, int) and not isinstance(sheet, bool):
            if 0 <= sheet < len(self.sheets):
                return self.sheets[sheet]
        else:
            for info in self.sheets:
                if info.name == sheet:
                    return info
            folded = str(sheet).strip().casefold()
            for info in self.sheets:
                if info.name.strip().casefold() == folded:
                    return info
        raise ImportFileError(
            _(
                "Die Tabelle »{sheet}« gibt es in der Datei nicht. Vorhanden: {names}.",
                sheet=sheet if isinstance(sheet, str) else _("Nr. {n}", n=sheet),
                names=", ".join(s.name for s in self.sheets),
            )
        )

    def rows(self, sheet: str | int | None = None) -> Iterator[list[Any]]:
        """The rows of ``sheet`` from its first row on, lazily. Empty cells are None,
        trailing empty cells are dropped (an empty row is ``[]``), trailing empty rows are
        not returned, and reading stops after ``MAX_EMPTY_RUN`` empty rows in a row."""
        info = self.sheet(sheet)
        if self._book is None and self._text is None:
            raise ImportFileError(
                _("Die Datei »{name}« ist bereits geschlossen.", name=self.path.name)
            )
        raw = self._csv_rows() if self.kind == "csv" else self._sheet_rows(info)
        return _without_empty_tail(raw, self.path.name, info.name)

    # -- workbooks ---------------------------------------------------------------------

    def _sheet_rows(self, info: SheetInfo) -> Iterator[list[Any]]:
        name = self.path.name
        if self.kind == "xlsx":
            _check_xlsx_size(self.path, info.name)
        try:
            data = self._book.get_sheet_by_name(info.name)
            start = data.start
            rows = data.iter_rows()
        except BaseException as exc:  # calamine raises its own errors and pyo3 panics
            raise _calamine_error(name, exc) from exc
        # iter_rows starts at sheet row 1 but at the first used column: put the columns back.
        pad = [None] * start[1] if start and start[1] else None
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except BaseException as exc:
                raise _calamine_error(name, exc) from exc
            end = len(row)
            while end and (row[end - 1] == "" or row[end - 1] is None):
                end -= 1
            if not end:
                yield []
                continue
            cells = [
                None
                if v == ""
                else (int(v) if type(v) is float and v.is_integer() and abs(v) < 2**53 else v)
                for v in (row[:end] if end < len(row) else row)
            ]
            yield pad + cells if pad else cells

    # -- CSV -----------------------------------------------------------------------------

    def _csv_rows(self) -> Iterator[list[Any]]:
        text = self._text or ""
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter or ";")
        try:
            for row in reader:
                if len(row) > MAX_COLUMNS:  # before anything else looks at the row
                    raise ImportFileError(
                        _(
                            "Die Datei »{name}« hat Zeilen mit über {n} Spalten; so sieht "
                            "keine Liste aus. Bitte die Datei prüfen oder nur die "
                            "benötigten Spalten speichern.",
                            name=self.path.name,
                            n=MAX_COLUMNS,
                        )
                    )
                end = len(row)
                while end and row[end - 1] == "":
                    end -= 1
                yield [v if v != "" else None for v in row[:end]]
        except csv.Error as exc:
            log.warning("CSV %s unreadable at line %s: %s", self.path, reader.line_num, exc)
            raise ImportFileError(
                _(
                    "Die Datei »{name}« ist keine gültige CSV-Datei (Fehler in Zeile {line}).",
                    name=self.path.name,
                    line=reader.line_num,
                )
            ) from exc


def _without_empty_tail(rows: Iterator[list[Any]], name: str, sheet: str) -> Iterator[list[Any]]:
    """Hold back empty rows until a filled one follows; stop after a long empty run.
    A cell longer than ``MAX_CELL_CHARS`` ends the reading with a German message: no
    office list has one."""
    empty = 0
    for row in rows:
        for value in row:
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise ImportFileError(
                    _(
                        "Die Datei »{name}« enthält eine Zelle mit über {n} Zeichen; so "
                        "lang ist kein Eintrag einer Liste. Die Datei wird nicht gelesen.",
                        name=name,
                        n=f"{MAX_CELL_CHARS:,}".replace(",", "."),
                    )
                )
        if not row:
            empty += 1
            if empty >= MAX_EMPTY_RUN:
                log.info("%s, sheet %s: stopped after %d empty rows", name, sheet, empty)
                return
            continue
        while empty:
            empty -= 1
            yield []
        yield row


# -- workbooks -----------------------------------------------------------------------------


def _check_unpacked_size(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse, before anything is unpacked, a workbook that would grow out of bounds."""
    total = 0
    for member in archive.infolist():
        total += member.file_size
        packed = max(member.compress_size, 1)
        if (
            member.file_size > MAX_MEMBER
            or total > MAX_UNPACKED
            or (member.file_size > RATIO_FROM and member.file_size / packed > MAX_RATIO)
        ):
            log.warning("workbook refused: a member unpacks to %d bytes", member.file_size)
            raise ImportFileError(
                _(
                    "Die Datei »{name}« würde entpackt ein Vielfaches ihrer Größe belegen "
                    "(über {mb} MB); so ist keine Liste gebaut. Sie wird nicht gelesen – "
                    "bitte die Herkunft der Datei prüfen.",
                    name=name,
                    mb=max(member.file_size, total) // (1024 * 1024),
                )
            )


def _zip_kind(path: Path) -> str:
    """``xlsx`` or ``ods`` for a zip file, or an error for a broken or foreign zip."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            _check_unpacked_size(archive, name)
            names = set(archive.namelist())
            mimetype = b""
            if "mimetype" in names:
                with archive.open("mimetype") as handle:
                    mimetype = handle.read(200)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, KeyError) as exc:
        log.warning("corrupt zip %s: %s", path, exc)
        raise _corrupt_error(name) from exc
    except OSError as exc:
        raise _os_error(name, exc) from exc
    if b"opendocument.spreadsheet" in mimetype:
        return "ods"
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    if "EncryptedPackage" in names:
        raise _password_error(name)
    if mimetype or "[Content_Types].xml" in names:
        what = _("ein anderes Office-Dokument")
    else:
        what = _("ein ZIP-Archiv")
    raise ImportFileError(
        _(
            "Die Datei »{name}« ist {what}, keine Tabelle. "
            "Bitte eine Excel-, LibreOffice- oder CSV-Datei wählen.",
            name=name,
            what=what,
        )
    )


def _ole2_is_encrypted(path: Path) -> bool:
    """True for an OLE2 container holding an encrypted Office Open XML workbook."""
    marker = "EncryptedPackage".encode("utf-16-le")
    try:
        with path.open("rb") as handle:
            data = handle.read(32 * 1024 * 1024)
    except OSError:
        return False
    return marker in data


def _open_workbook(path: Path, kind: str) -> Table:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    name = path.name
    try:
        if path.suffix.lower() in _SUFFIXES[kind]:
            book = CalamineWorkbook.from_path(str(path))
        else:  # calamine picks the reader by the name; from a file object it looks inside
            with path.open("rb") as handle:
                book = CalamineWorkbook.from_filelike(handle)
        metadata = book.sheets_metadata
    except BaseException as exc:
        raise _calamine_error(name, exc) from exc
    sheets: list[SheetInfo] = []
    for meta in metadata:
        if meta.typ not in (SheetTypeEnum.WorkSheet, SheetTypeEnum.MacroSheet):
            continue  # chart and dialog sheets hold no cells
        hidden = meta.visible != SheetVisibleEnum.Visible
        sheets.append(SheetInfo(meta.name, len(sheets), hidden))
    return Table(path, kind, sheets, book=book)


_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?\bref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")
# A cell without content is written <c …/> or, by openpyxl with lxml, <c …></c>.
_ROW_OR_CELL = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*?)(/?)>((?:</(?:\w+:)?c>)?)")
_REF = re.compile(rb"\br=\"([A-Z]*)(\d+)\"")
_WIDE_REF = re.compile(rb" r=\"([A-Z]{2,3})\d")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _check_xlsx_size(path: Path, sheet: str) -> None:
    """Refuse a sheet whose cells with content span more than ``MAX_CELLS``.

    A stray value in cell XFD1048576 would make calamine allocate a grid of 17 billion
    cells. The sheet's ``<dimension>`` is read first (cheap); only when it is missing or
    too large are the cell tags counted, as formatted empty cells widen it too.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            part = _xlsx_sheet_part(archive, sheet)
            if part is None:
                return
            with archive.open(part) as handle:
                head = handle.read(16384)
            match = _DIMENSION.search(head)
            if match and match.group(3):
                rows = int(match.group(4)) - int(match.group(2)) + 1
                cols = _column_number(match.group(3)) - _column_number(match.group(1)) + 1
                if rows * cols <= MAX_CELLS:
                    return
            elif match:
                return  # a single cell
            last_row, last_col = _rough_extent(archive, part)
            if last_row * last_col > MAX_CELLS:
                last_row, last_col = _used_extent(archive, part)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ET.ParseError) as exc:
        log.warning("cannot check the size of %s, sheet %s: %s", path, sheet, exc)
        return  # calamine reports what is wrong with the file
    if last_row * last_col > MAX_CELLS:
        log.warning(
            "%s, sheet %s: content reaches row %d, column %d", path, sheet, last_row, last_col
        )
        raise ImportFileError(
            _(
                "Das Tabellenblatt »{sheet}« in »{name}« reicht bis Zelle {cell} und ist zu "
                "groß zum Einlesen. Bitte in Excel die leeren Zeilen und Spalten unter und "
                "neben den Daten löschen (oder nur die Daten in eine neue Datei kopieren) und "
                "erneut importieren.",
                sheet=sheet,
                name=path.name,
                cell=f"{_column_letters(last_col)}{last_row}",
            )
        )


def _xlsx_sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member that holds the worksheet named ``sheet``."""
    book = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    rel_id = None
    for element in book.iterfind(".//{*}sheet"):
        if element.get("name") == sheet:
            rel_id = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
    for rel in rels.iterfind(".//{*}Relationship"):
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def _rough_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """An upper bound of (last row, last column): the last row tag, the number of row tags
    and the cell references with two or three letters, found by fast byte searches."""
    last_row = rows = 0
    widest = b"Z"
    tail = b""
    with archive.open(part) as handle:
        while chunk := handle.read(1 << 20):
            data = tail + chunk
            cut = data.rfind(b">") + 1
            data, tail = data[:cut], data[cut:]
            rows += data.count(b"<row") + data.count(b":row")
            start = max(data.rfind(b"<row"), data.rfind(b":row"))
            if start >= 0:  # rows come in ascending order: the last one is the lowest
                ref = _REF.search(data, start, data.find(b">", start) + 1)
                if ref:
                    last_row = max(last_row, int(ref.group(2)))
            letters = set(_WIDE_REF.findall(data))
            if letters:
                widest = max(letters | {widest}, key=lambda c: (len(c), c))
    return max(last_row, rows), _column_number(widest)


def _used_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """(last row, last column) of the cells with content, from the sheet's XML."""
    last_row = last_col = 0
    row = col = 0
    tail = b""
    with archive.open(part) as handle:
        while chunk := handle.read(1 << 20):
            data = tail + chunk
            cut = data.rfind(b">") + 1
            data, tail = data[:cut], data[cut:]
            for tag, attrs, slash, end in _ROW_OR_CELL.findall(data):
                closed = slash or end
                ref = _REF.search(attrs)
                if tag == b"row":
                    row = int(ref.group(2)) if ref else row + 1
                    col = 0
                    continue
                col = _column_number(ref.group(1)) if ref and ref.group(1) else col + 1
                if not closed:
                    last_row = max(last_row, row)
                    last_col = max(last_col, col)
    return last_row, last_col


# -- CSV -----------------------------------------------------------------------------------


def _open_csv(path: Path) -> Table:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ImportFileError(
                _(
                    "Die Datei »{name}« ist mit {size} MB zu groß für einen Import.",
                    name=name,
                    size=size // (1024 * 1024),
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _os_error(name, exc) from exc
    if not data.strip():
        raise ImportFileError(_("Die Datei »{name}« ist leer.", name=name))
    text, encoding = _decode(data, name)
    if not text.strip():
        raise ImportFileError(_("Die Datei »{name}« ist leer.", name=name))
    sample = text[:SAMPLE_CHARS]
    _check_is_text(sample, name)
    delimiter = _sniff_delimiter(sample, truncated=len(text) > SAMPLE_CHARS)
    log.info("CSV %s: encoding %s, delimiter %r", path, encoding, delimiter)
    sheets = [SheetInfo(path.stem, 0, False)]
    return Table(path, "csv", sheets, text=text, encoding=encoding, delimiter=delimiter)


def _has_columns(table: Table) -> bool:
    """True when the text splits into at least two columns somewhere in its first rows
    (a list saved as text); False for prose or a single column."""
    text = (table._text or "")[:SAMPLE_CHARS]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=table.delimiter or ";")
    try:
        for number, row in enumerate(reader):
            if sum(1 for cell in row if cell.strip()) >= 2:
                return True
            if number >= 50:
                break
    except csv.Error:
        return False
    return False


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(encoding, errors="replace"), encoding
    if b"\x00" in data[:SAMPLE_CHARS]:
        encoding = _utf16_without_bom(data[:SAMPLE_CHARS])
        if encoding:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass
        raise _binary_error(name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL (mostly Latin text), else None."""
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.5 and even < 0.05:
        return "utf-16-le"
    if even > 0.5 and odd < 0.05:
        return "utf-16-be"
    return None


def _check_is_text(sample: str, name: str) -> None:
    lowered = sample.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith(("<!doctype html", "<html", "<table")) or (
        lowered.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in lowered
    ):
        raise ImportFileError(
            _(
                "Die Datei »{name}« ist eine Web- oder XML-Seite, keine echte Excel-Datei. "
                "Bitte in Excel öffnen, als .xlsx speichern und erneut importieren.",
                name=name,
            )
        )
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(4, len(sample) // 200):
        raise _binary_error(name)


def _sniff_delimiter(sample: str, *, truncated: bool) -> str:
    """The delimiter among ``; , TAB |`` that splits the sample into the most consistent
    rows (parsed with quotes, so delimiters inside quoted cells do not count); ties go to
    ``csv.Sniffer``, then to the order above."""
    if truncated:
        cut = max(sample.rfind("\n"), sample.rfind("\r"))
        if cut > 0:
            sample = sample[:cut]
    scores: dict[str, tuple[float, int]] = {}
    for delimiter in _DELIMITERS:
        if delimiter not in sample:
            continue
        try:
            records = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        if truncated and len(records) > 1:
            records.pop()  # may be cut in the middle of a quoted cell
        counts = Counter(len(r) for r in records if any(c.strip() for c in r))
        if not counts:
            continue
        modal, frequency = max(counts.items(), key=lambda item: (item[1], item[0]))
        if modal < 2:
            continue
        scores[delimiter] = (frequency / counts.total(), modal)
    if not scores:
        return ";" if ";" not in sample else ","
    best = max(scores.values())
    tied = [d for d in _DELIMITERS if scores.get(d) == best]
    if len(tied) > 1:
        try:
            sniffed = csv.Sniffer().sniff(sample[:8192], delimiters="".join(tied)).delimiter
        except csv.Error:
            sniffed = None
        if sniffed in tied:
            return sniffed
    return tied[0]


# -- errors --------------------------------------------------------------------------------


def _os_error(name: str, exc: OSError) -> ImportFileError:
    log.warning("cannot read %s: %r", name, exc)
    if isinstance(exc, FileNotFoundError):
        return ImportFileError(_("Die Datei »{name}« wurde nicht gefunden.", name=name))
    if isinstance(exc, PermissionError):
        return ImportFileError(
            _(
                "Die Datei »{name}« ist gerade in einem anderen Programm geöffnet oder "
                "gesperrt. Bitte dort schließen und erneut versuchen.",
                name=name,
            )
        )
    if isinstance(exc, IsADirectoryError):
        return ImportFileError(_("»{name}« ist ein Ordner, keine Datei.", name=name))
    return ImportFileError(
        _(
            "Die Datei »{name}« konnte nicht gelesen werden. Bitte prüfen, ob sie noch "
            "vorhanden ist und ob das Laufwerk erreichbar ist.",
            name=name,
        )
    )


def _password_error(name: str) -> ImportFileError:
    return ImportFileError(
        _(
            "Die Datei »{name}« ist mit einem Kennwort geschützt. Bitte in Excel ohne "
            "Kennwort speichern und erneut importieren.",
            name=name,
        )
    )


def _corrupt_error(name: str) -> ImportFileError:
    return ImportFileError(
        _(
            "Die Datei »{name}« ist beschädigt oder unvollständig. Bitte in Excel oder "
            "LibreOffice öffnen, neu speichern und erneut importieren.",
            name=name,
        )
    )


def _binary_error(name: str) -> ImportFileError:
    return ImportFileError(
        _(
            "Die Datei »{name}« hat ein unbekanntes Format: Sie ist weder eine Excel- oder "
            "LibreOffice-Tabelle noch eine CSV-Textdatei.",
            name=name,
        )
    )


def _calamine_error(name: str, exc: BaseException) -> ImportFileError:
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise exc
    if isinstance(exc, ImportFileError):
        return exc
    log.warning("calamine cannot read %s: %s: %s", name, type(exc).__name__, exc)
    if isinstance(exc, OSError):
        return _os_error(name, exc)
    try:
        from python_calamine import PasswordError
    except ImportError:  # pragma: no cover - the dependency is always installed
        PasswordError = ()  # noqa: N806
    if isinstance(exc, PasswordError) or "password" in str(exc).lower():
        return _password_error(name)
    return _corrupt_error(name)
