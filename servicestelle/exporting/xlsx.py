"""A small streaming .xlsx writer: rows go straight into the zip file as they come.

Measured on 100,000 rows × 8 columns (2 cores): XlsxWriter (constant_memory) 6.3–9 s,
openpyxl (write_only, without lxml) 13.5 s, this writer 1.9 s. It writes only what an
export needs: text as inline strings (never formulas), numbers, dates and times with a
German number format, a bold header row, frozen panes, an auto filter and column
widths. Cells are typed here, not guessed: a text that looks like a formula or a number
stays text in Excel and LibreOffice (and gets Excel's "quote prefix" as well).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import IO, Any
from xml.sax.saxutils import escape as _xml_escape

from .. import i18n

MAX_TEXT = 32_767  # Excel's limit of characters in a cell
_EPOCH = dt.datetime(1899, 12, 30)
_EPOCH_DAY = _EPOCH.toordinal()
# Characters XML 1.0 cannot carry at all (\t, \n and \r can).
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Excel reads "_x0041_" in a string as an escaped character: such text is escaped itself.
_EXCEL_ESCAPE = re.compile("_(x[0-9A-Fa-f]{4}_)")
_NEEDS_WORK = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x")
# A text Excel or LibreOffice could take for a formula when the cell is edited.
RISKY_START = ("=", "+", "-", "@", "\t", "\r")

# Cell styles (indices into cellXfs of styles.xml).
PLAIN, HEADER, DATE, DATETIME, TEXT_SAFE, DECIMAL, LABEL, MONEY = range(8)

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def xml_text(value: str) -> str:
    """A text as element content: escaped, invalid characters dropped, \\r kept."""
    if len(value) > MAX_TEXT:
        value = value[:MAX_TEXT]
    if _NEEDS_WORK.search(value) is None:
        return value
    value = _INVALID.sub("", value)
    if "_x" in value:
        value = _EXCEL_ESCAPE.sub(r"_x005F_\1", value)
    # A bare \r would be read back as \n (XML end-of-line handling): a character reference.
    return _xml_escape(value).replace("\r", "&#13;")


def text_cell(value: str, style: int = PLAIN) -> str:
    if value.startswith(RISKY_START) and style == PLAIN:
        style = TEXT_SAFE
    s = f' s="{style}"' if style else ""
    return f'<c t="inlineStr"{s}><is><t xml:space="preserve">{xml_text(value)}</t></is></c>'


def serial(value: dt.date) -> str:
    """A date or a naive date-time as Excel's serial number."""
    if isinstance(value, dt.datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        return repr(round(value.toordinal() - _EPOCH_DAY + seconds / 86400, 10))
    return str(value.toordinal() - _EPOCH_DAY)


def cell_writer(kind: str) -> Callable[[Any], str]:
    """``cell`` for the values of a column of ``kind``, with a shortcut for its usual
    type (the generic ``cell`` covers the others)."""
    if kind in ("text", "phone", "enum", "bool"):
        return lambda value: text_cell(value) if value.__class__ is str and value else cell(value)
    if kind == "date":
        return lambda value: (
            f'<c s="{DATE}"><v>{value.toordinal() - _EPOCH_DAY}</v></c>'
            if value.__class__ is dt.date
            else cell(value)
        )
    if kind == "int":
        return lambda value: f"<c><v>{value}</v></c>" if value.__class__ is int else cell(value)
    if kind == "money":
        return lambda value: (
            f'<c s="{MONEY}"><v>{value}</v></c>'
            if isinstance(value, Decimal | int | float) and not isinstance(value, bool)
            else cell(value)
        )
    return cell


def cell(value: Any) -> str:
    """One cell for a value already converted for display (text, number, date)."""
    if value is None or value == "":
        return "<c/>"
    if isinstance(value, str):
        return text_cell(value)
    if isinstance(value, bool):
        return f'<c t="b"><v>{int(value)}</v></c>'
    if isinstance(value, dt.datetime):
        return f'<c s="{DATETIME}"><v>{serial(value)}</v></c>'
    if isinstance(value, dt.date):
        return f'<c s="{DATE}"><v>{serial(value)}</v></c>'
    if isinstance(value, Decimal):
        return f'<c s="{DECIMAL}"><v>{value}</v></c>'
    if isinstance(value, int | float):
        return f"<c><v>{value!r}</v></c>"
    return text_cell(str(value))


class SheetStream:
    """One worksheet being written: header first, then rows, then ``close()``."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._parts: list[str] = []
        self.rows = 0
        self.columns = 0
        self._filter = False

    def begin(
        self,
        widths: Sequence[float],
        *,
        freeze_header: bool = False,
        auto_filter: bool = False,
        selected: bool = False,
    ) -> None:
        self.columns = len(widths)
        self._filter = auto_filter
        view = '<sheetView workbookViewId="0"' + (' tabSelected="1"' if selected else "") + ">"
        if freeze_header:
            view += (
                '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            )
        view += "</sheetView>"
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{w:.1f}" customWidth="1"/>'
            for i, w in enumerate(widths, 1)
        )
        self._raw.write(
            (
                f"{_HEAD}<worksheet {_NS} {_NS_R}><sheetViews>{view}</sheetViews>"
                f'<sheetFormatPr defaultRowHeight="15"/>'
                + (f"<cols>{cols}</cols>" if cols else "")
                + "<sheetData>"
            ).encode()
        )

    def header(self, titles: Iterable[str]) -> None:
        self.row_cells([text_cell(t, HEADER) for t in titles])

    def row(self, values: Iterable[Any]) -> None:
        self.row_cells([cell(v) for v in values])

    def row_cells(self, cells: list[str]) -> None:
        self.rows += 1
        self._parts.append(f'<row r="{self.rows}">{"".join(cells)}</row>')
        if len(self._parts) >= 1000:
            self.flush()

    def flush(self) -> None:
        if self._parts:
            self._raw.write("".join(self._parts).encode("utf-8", "replace"))
            self._parts.clear()

    def close(self) -> None:
        self.flush()
        tail = "</sheetData>"
        if self._filter and self.columns:
            last = f"{column_letter(self.columns - 1)}{max(self.rows, 1)}"
            tail += f'<autoFilter ref="A1:{last}"/>'
        tail += (
            '<pageMargins left="0.7" right="0.7" top="0.78" bottom="0.78" '
            'header="0.3" footer="0.3"/>'
        )
        self._raw.write((tail + "</worksheet>").encode())

    @property
    def filter_range(self) -> str | None:
        if not (self._filter and self.columns):
            return None
        return f"$A$1:${column_letter(self.columns - 1)}${max(self.rows, 1)}"


class Workbook:
    """A workbook written sheet by sheet into ``target`` (a path or a binary file)."""

    def __init__(self, target: Any) -> None:
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self._sheets: list[tuple[str, str | None]] = []  # name, auto filter range

    def sheet(self, name: str) -> _SheetContext:
        return _SheetContext(self, name)

    def close(self) -> None:
        try:
            self._write_parts()
        finally:
            self._zip.close()

    def abort(self) -> None:
        """Give up a workbook after an error (the caller removes the file)."""
        try:
            self._zip.close()
        except (OSError, ValueError):
            self._zip.fp = None  # nothing more to write; never retried at garbage collection

    def _write_parts(self) -> None:
        count = len(self._sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1)
        )
        self._put(
            "[Content_Types].xml",
            f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/'
            'vnd.openxmlformats-package.core-properties+xml"/>'
            f"{overrides}</Types>",
        )
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        self._put(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>",
        )
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._put(
            "docProps/core.xml",
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:creator>Servicestelle</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            "</cp:coreProperties>",
        )
        sheets = "".join(
            f'<sheet name="{_attribute(name)}" sheetId="{i}" r:id="rId{i}"/>'
            for i, (name, _range) in enumerate(self._sheets, 1)
        )
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{_quoted(name)}!{ref}</definedName>"
            for i, (name, ref) in enumerate(self._sheets)
            if ref
        )
        self._put(
            "xl/workbook.xml",
            f"<workbook {_NS} {_NS_R}><bookViews><workbookView/></bookViews>"
            f"<sheets>{sheets}</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + "</workbook>",
        )
        links = "".join(
            f'<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1)
        )
        self._put(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{links}<Relationship Id="rId{count + 1}" Type="{rel}/styles" '
            'Target="styles.xml"/></Relationships>',
        )
        self._put("xl/styles.xml", styles_xml())

    def _put(self, name: str, xml: str) -> None:
        self._zip.writestr(name, _HEAD + xml)


def _attribute(text: str) -> str:
    return _xml_escape(text, {'"': "&quot;"})


def _quoted(name: str) -> str:
    return "'" + _xml_escape(name.replace("'", "''")) + "'"


class _SheetContext:
    def __init__(self, book: Workbook, name: str) -> None:
        self._book = book
        self._name = name
        self._raw: IO[bytes] | None = None
        self.stream: SheetStream | None = None

    def __enter__(self) -> SheetStream:
        number = len(self._book._sheets) + 1
        self._raw = self._book._zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True)
        self.stream = SheetStream(self._raw)
        return self.stream

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        assert self._raw is not None and self.stream is not None
        try:
            if kind is None:
                self.stream.close()
        finally:
            self._raw.close()
        self._book._sheets.append((self._name, self.stream.filter_range))


# 0 plain, 1 bold header, 2 date, 3 date and time, 4 text with quote prefix,
# 5 decimal number, 6 bold label (info sheet), 7 euros (1.500,00 €).
_STYLES = (
    f"<styleSheet {_NS}>"
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/>'
    '<numFmt numFmtId="165" formatCode="DD.MM.YYYY HH:MM"/>'
    '<numFmt numFmtId="166" formatCode="#,##0.00\\ [$€-407]"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="8">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" '
    'applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
    'quotePrefix="1"/>'
    '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def styles_xml() -> str:
    """The style sheet, with dates as the program's language writes them:
    22.11.2026 in German, 22/11/2026 in English."""
    if i18n.language() == "de":
        return _STYLES
    return _STYLES.replace("DD.MM.YYYY", "DD/MM/YYYY")
