"""The system's open, save and folder dialogs, in one place.

Each dialog is asked for a *kind* of file (``IMPORT``, ``EXPORT``, ``PRINTOUT``,
``BACKUP``, ``REPORT``, ``DATABASE``) and starts in the folder last used for that kind,
remembered in the window settings (QSettings) so that it holds across dialogs and program
starts; the first time, and when that folder is gone (a USB stick pulled out), it starts
in the user's Documents folder. A suggested file name is kept: the dialog opens on that
name in the remembered folder.

Every dialog goes through ``ask_native``, the one place that shows the system's dialog
(tests replace it, or the static functions of ``QFileDialog`` it calls).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

IMPORT = "import"  # spreadsheets to import
EXPORT = "export"  # Excel files of lists and key figures
PRINTOUT = "printout"  # PDFs saved from the print preview
BACKUP = "backup"  # the folder of the backups
REPORT = "report"  # data protection documents (access reports)
DATABASE = "database"  # database files opened at the start
DRAFTS = "drafts"  # e-mail drafts (.eml) to send from the mail program
ATTACHMENT = "attachment"  # files attached to e-mails, and saved for the mail program

KINDS = (IMPORT, EXPORT, PRINTOUT, BACKUP, REPORT, DATABASE, DRAFTS, ATTACHMENT)

OPEN, SAVE, FOLDER = "open", "save", "folder"

# Where earlier versions kept a folder (read when the new key is still empty).
_EARLIER_KEYS = {EXPORT: "export/folder"}


def settings_key(kind: str) -> str:
    """The window settings' key of the folder last used for ``kind``."""
    if kind not in KINDS:
        raise ValueError(f"unbekannte Art von Datei: {kind!r}")
    return f"folders/{kind}"


def documents_folder() -> str:
    """The user's Documents folder, or home when there is none (a dialog on a missing
    folder would open in the program's own)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and os.path.isdir(documents) else str(Path.home())


def settings_of(parent: QWidget | None) -> QSettings:
    """The settings of the window ``parent`` belongs to (the main window keeps its own),
    else the program's window settings."""
    widget = parent
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        widget = widget.parentWidget()
    from .settings import window_settings

    return window_settings()


def last_folder(kind: str, settings: QSettings, fallback: str | None = None) -> str:
    """The folder last used for ``kind`` if it still exists, else ``fallback`` (if it
    exists), else Documents."""
    for key in (settings_key(kind), _EARLIER_KEYS.get(kind)):
        folder = settings.value(key) if key else None
        if isinstance(folder, str) and folder and os.path.isdir(folder):
            return folder
    if fallback and os.path.isdir(fallback):
        return fallback
    return documents_folder()


def remember(kind: str, path: str | os.PathLike[str], settings: QSettings) -> None:
    """Note the folder of ``path`` (a file, or a folder itself) for ``kind``."""
    path = os.path.abspath(os.fspath(path))
    folder = path if os.path.isdir(path) else os.path.dirname(path)
    settings.setValue(settings_key(kind), folder)
    settings.sync()


def ask_native(mode: str, parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """Show the system's dialog (``OPEN``, ``SAVE`` or ``FOLDER``); the path chosen, or
    "" when the user cancelled."""
    if mode == FOLDER:
        return str(QFileDialog.getExistingDirectory(parent, caption, start) or "")
    ask = QFileDialog.getOpenFileName if mode == OPEN else QFileDialog.getSaveFileName
    chosen, _filter = ask(parent, caption, start, filters)
    return str(chosen or "")


def open_file(
    parent: QWidget | None,
    kind: str,
    caption: str,
    filters: str,
    settings: QSettings | None = None,
) -> str:
    """Ask for a file to open of ``kind``; "" when cancelled."""
    settings = settings if settings is not None else settings_of(parent)
    chosen = ask_native(OPEN, parent, caption, last_folder(kind, settings), filters)
    if chosen:
        remember(kind, chosen, settings)
    return chosen


def save_file(
    parent: QWidget | None,
    kind: str,
    caption: str,
    name: str,
    filters: str,
    suffix: str = "",
    settings: QSettings | None = None,
) -> str:
    """Ask where to save a file of ``kind``, proposing ``name`` in the folder last used;
    ``suffix`` (".pdf") is added when the user typed a name without it. "" when
    cancelled."""
    settings = settings if settings is not None else settings_of(parent)
    start = os.path.join(last_folder(kind, settings), name) if name else last_folder(kind, settings)
    chosen = ask_native(SAVE, parent, caption, start, filters)
    if not chosen:
        return ""
    if suffix and not chosen.lower().endswith(suffix.lower()):
        chosen += suffix
    remember(kind, chosen, settings)
    return chosen


def choose_folder(
    parent: QWidget | None,
    kind: str,
    caption: str,
    fallback: str | None = None,
    settings: QSettings | None = None,
) -> str:
    """Ask for a folder of ``kind``, starting in the one last chosen, else in
    ``fallback`` (the folder in use), else Documents; "" when cancelled."""
    settings = settings if settings is not None else settings_of(parent)
    start = last_folder(kind, settings, fallback)
    chosen = ask_native(FOLDER, parent, caption, start, "")
    if chosen:
        remember(kind, chosen, settings)
    return chosen
