"""Printing from the interface: the preview shows the PDF, saves a copy and prints
(to a PDF file printer instead of a real one); "Drucken" of a list and of a record
window produce the matching document in the background."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from servicestelle.printing import render
from servicestelle.services.events import EventService
from ui import print_preview
from ui.print_preview import PrintPreview


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch):
    """Previews opened by print jobs (closed after the test)."""
    opened: list[PrintPreview] = []
    original = PrintPreview.show

    def show(self: PrintPreview) -> None:
        opened.append(self)
        original(self)

    monkeypatch.setattr(PrintPreview, "show", show)
    yield opened
    for preview in opened:
        with contextlib.suppress(RuntimeError):
            preview.close()


def test_preview_shows_pages_saves_and_prints(qtbot, volunteers, tmp_path):
    pdf = tmp_path / "liste.pdf"
    result = render(volunteers, "volunteers", pdf)
    preview = PrintPreview(pdf, "Ehrenamtlichenliste", "Ehrenamtliche.pdf")
    qtbot.addWidget(preview)
    preview.show()
    assert preview.page_count() == result.pages == 1
    assert preview.pages_label.text() == "1 Seite"
    assert "Ehrenamtlichenliste" in preview.windowTitle()

    copy = preview.save_as(tmp_path / "kopie.pdf")
    assert copy is not None and copy.read_bytes() == pdf.read_bytes()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "gedruckt.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(100)
    assert preview.print_document(printer)
    assert len(PdfReader(str(printed)).pages) == 1
    assert printed.stat().st_size > 10_000  # the page went out as an image


def test_save_without_a_target_asks_and_a_cancelled_dialog_saves_nothing(
    qtbot, volunteers, tmp_path, monkeypatch
):
    pdf = tmp_path / "liste.pdf"
    render(volunteers, "volunteers", pdf)
    preview = PrintPreview(pdf, "Liste", "Liste.pdf")
    qtbot.addWidget(preview)
    target = tmp_path / "gewählt"
    answers = iter([(str(target), ""), ("", "")])
    monkeypatch.setattr(
        print_preview.file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: next(answers)
    )
    assert preview.save_as() == tmp_path / "gewählt.pdf"
    assert (tmp_path / "gewählt.pdf").exists()
    assert preview.save_as() is None


def test_print_action_prints_the_filtered_list(qtbot, window, previews):
    action = window.commands.print_
    assert action.isEnabled()
    page = window.current_list()
    box = page.status_box
    box.setCurrentIndex([box.itemText(i) for i in range(box.count())].index("aktiv"))
    assert page.model.rowCount() == 2
    job = window.print_current()
    qtbot.waitUntil(lambda: bool(previews), timeout=20_000)
    preview = previews[0]
    assert preview.page_count() == 1
    text = text_of(job.path)
    assert "Müller" in text and "Шевченко" in text and "Haddad" not in text
    assert "Status: aktiv" in text
    preview.close()
    qtbot.waitUntil(lambda: not job.path.exists())  # the temporary file goes with it


def test_record_window_prints_profile_and_attendance(qtbot, volunteers, previews, dialogs):
    from PySide6.QtWidgets import QWidget

    from ui.forms import open_record_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_record_dialog(parent, volunteers, "volunteer", 1)
    dialogs.append(dialog)
    texts = [a.text() for a in dialog.print_button.menu().actions()]
    assert texts == ["Profilblatt …", "Ehrenamtsnachweis …", "Einwilligungserklärung …"]
    dialog.print_button.menu().actions()[0].trigger()
    qtbot.waitUntil(lambda: bool(previews), timeout=20_000)
    assert "Profilblatt" in previews[0].windowTitle()

    event = EventService(volunteers).create(title="Forum", starts_at="2026-03-05 17:30")
    form = open_record_dialog(parent, volunteers, "event", event.id)
    dialogs.append(form)
    assert [a.text() for a in form.print_button.menu().actions()] == [
        "Einladungs- und Teilnahmeliste …"
    ]
    form.print_button.menu().actions()[0].trigger()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=20_000)

    other = open_record_dialog(parent, volunteers, "help_request", None)
    dialogs.append(other)
    assert other.print_button is None  # nothing to print for a request
