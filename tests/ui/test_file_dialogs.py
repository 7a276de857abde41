"""Every file dialog starts in the folder last used for its kind of file (import,
export, printout, backup, report, database), remembered across dialogs and program
starts; the first time, or when that folder is gone, in the Documents folder."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from servicestelle.db import Database
from servicestelle.printing import render
from ui import file_dialogs


class SystemDialog:
    """Stands in for the system's dialog: notes where each one started, and answers
    with the next path the user picks ("" = Abbrechen)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[dict[str, str]] = []
        self.answers: list[str] = []
        monkeypatch.setattr(file_dialogs, "ask_native", self._ask)

    def _ask(self, mode: str, _parent: Any, caption: str, start: str, filters: str) -> str:
        self.asked.append({"mode": mode, "caption": caption, "start": start, "filters": filters})
        return self.answers.pop(0) if self.answers else ""

    def started_in(self) -> Path:
        """The folder the last dialog opened in (a save dialog: on a proposed name)."""
        last = self.asked[-1]
        start = Path(last["start"])
        return start if last["mode"] == file_dialogs.FOLDER or start.is_dir() else start.parent


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)


def test_the_folder_is_remembered_per_kind_and_across_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SystemDialog(monkeypatch)
    exports, imports = tmp_path / "exporte", tmp_path / "listen"
    exports.mkdir()
    imports.mkdir()
    documents = Path(file_dialogs.documents_folder())

    settings = ini(tmp_path)
    dialog.answers = [str(exports / "Liste")]
    chosen = file_dialogs.save_file(
        None,
        file_dialogs.EXPORT,
        "Speichern",
        "Ehrenamtliche.xlsx",
        "Excel (*.xlsx)",
        suffix=".xlsx",
        settings=settings,
    )
    assert chosen == str(exports / "Liste.xlsx")  # the file type added
    assert dialog.asked[0]["start"] == str(documents / "Ehrenamtliche.xlsx")  # first time
    assert dialog.asked[0]["filters"] == "Excel (*.xlsx)"

    dialog.answers = [str(imports / "helfer.xlsx")]
    file_dialogs.open_file(None, file_dialogs.IMPORT, "Öffnen", "*.xlsx", settings=settings)
    assert dialog.started_in() == documents  # another kind: not the export folder

    # The program starts again: new settings read from the same file.
    del settings
    settings = ini(tmp_path)
    file_dialogs.save_file(
        None, file_dialogs.EXPORT, "Speichern", "Kennzahlen.xlsx", "", settings=settings
    )
    assert dialog.asked[-1]["start"] == str(exports / "Kennzahlen.xlsx")
    file_dialogs.open_file(None, file_dialogs.IMPORT, "Öffnen", "", settings=settings)
    assert dialog.started_in() == imports
    file_dialogs.save_file(None, file_dialogs.PRINTOUT, "PDF", "Liste.pdf", "", settings=settings)
    assert dialog.started_in() == documents  # nothing printed yet

    # Cancelling remembers nothing; a folder that is gone falls back to Documents.
    shutil.rmtree(exports)
    file_dialogs.save_file(None, file_dialogs.EXPORT, "Speichern", "x.xlsx", "", settings=settings)
    assert dialog.started_in() == documents


def test_the_screens_dialogs_remember_their_kind(
    qtbot: Any,
    window: Any,
    volunteers: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.main_window import MainWindow
    from ui.print_preview import PrintPreview

    dialog = SystemDialog(monkeypatch)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    excel, pdfs, lists = (tmp_path / name for name in ("excel", "pdf", "listen"))
    for folder in (excel, pdfs, lists):
        folder.mkdir()

    # »Exportieren …« on the list: saved into »excel«.
    dialog.answers = [str(excel / "ehrenamtliche.xlsx")]
    export = window.export_current()
    with qtbot.waitSignal(export.done, timeout=20000):
        pass
    assert Path(dialog.asked[-1]["start"]).name.startswith("Ehrenamtliche_")  # proposed name

    # The print preview's »Als PDF speichern …«: its own folder.
    pdf = tmp_path / "liste.pdf"
    render(volunteers, "volunteers", pdf)
    preview = PrintPreview(pdf, "Liste", "Ehrenamtliche.pdf", window)
    qtbot.addWidget(preview)
    dialog.answers = [str(pdfs / "liste")]
    assert preview.save_as() == pdfs / "liste.pdf"
    assert dialog.asked[-1]["start"] == str(
        Path(file_dialogs.documents_folder()) / "Ehrenamtliche.pdf"
    )
    preview.close()

    # The import wizard's »Durchsuchen …«, cancelled: starts in Documents, keeps it.
    wizard = window.start_import()
    dialog.answers = [""]
    wizard.page(wizard.startId()).browse.click()
    assert dialog.started_in() == Path(file_dialogs.documents_folder())
    wizard.close()
    window.close()
    window.settings.sync()

    # The next start, on the same settings file: each dialog where it was left.
    again = MainWindow(volunteers, ini(tmp_path))
    qtbot.addWidget(again)
    again.show()
    dialog.answers = [""]
    assert again.export_current() is None
    assert dialog.asked[-1]["start"].startswith(str(excel))
    preview = PrintPreview(pdf, "Liste", "Ehrenamtliche.pdf", again)
    qtbot.addWidget(preview)
    dialog.answers = [""]
    assert preview.save_as() is None
    assert dialog.asked[-1]["start"] == str(pdfs / "Ehrenamtliche.pdf")
    preview.close()
    wizard = again.start_import()
    dialog.answers = [str(lists / "fehlt.xlsx")]
    wizard.page(wizard.startId()).browse.click()
    wizard.close()
    wizard = again.start_import()
    dialog.answers = [""]
    wizard.page(wizard.startId()).browse.click()
    assert dialog.started_in() == lists
    wizard.close()
    again.close()


def test_the_backup_folder_dialog_starts_where_backups_go_then_where_last_chosen(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from servicestelle import backup
    from ui.backup_dialog import BackupDialog

    dialog = SystemDialog(monkeypatch)
    screen = BackupDialog(window)
    qtbot.addWidget(screen)
    current = backup.backup_folder(screen.target)
    chosen = tmp_path / "netzlaufwerk"
    chosen.mkdir()
    dialog.answers = [str(chosen)]
    screen.folder_button.click()
    assert dialog.asked[-1]["mode"] == file_dialogs.FOLDER
    assert Path(dialog.asked[-1]["start"]) == Path(current)
    screen.folder_button.click()  # cancelled
    assert Path(dialog.asked[-1]["start"]) == chosen
    screen.close()


def test_opening_a_database_at_the_start_remembers_its_folder(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import welcome

    dialog = SystemDialog(monkeypatch)
    shared = tmp_path / "laufwerk"
    shared.mkdir()
    first = welcome.WelcomeDialog(str(tmp_path / "neu.db"), tmp_path, "maria")
    qtbot.addWidget(first)
    dialog.answers = [str(shared / "servicestelle.db")]
    choice = first.choose(welcome.OPEN)
    assert choice is not None and choice.target == str(shared / "servicestelle.db")
    assert dialog.asked[-1]["caption"] == "Datenbank öffnen"
    later = welcome.WelcomeDialog(str(tmp_path / "neu.db"), tmp_path, "maria")
    qtbot.addWidget(later)
    assert later.choose(welcome.OPEN) is None
    assert dialog.started_in() == shared  # kept in the window settings of this computer
