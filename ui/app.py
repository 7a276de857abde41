"""Start-up of the desktop program: options, logging, translations, database, window.

Start-up stays lean: ``--version`` answers before Qt or the database layer is imported,
and the window imports only what its first page needs; the other pages are built the
first time someone opens them.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from servicestelle.db import Database

log = logging.getLogger(__name__)


class _GermanHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        return super().add_usage(usage, actions, groups, prefix or "Aufruf: ")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="servicestelle-gui",
        description="Servicestelle Integration: Ehrenamtliche, Neuzugewanderte, "
        "Patenschaften und Hilfsanfragen verwalten.",
        formatter_class=_GermanHelpFormatter,
        add_help=False,
    )
    parser._optionals.title = "Optionen"
    parser.add_argument("-h", "--help", action="help", help="diese Hilfe anzeigen und beenden")
    parser.add_argument(
        "--db",
        metavar="PFAD_ODER_URL",
        default=None,
        help="Datenbankdatei (SQLite) oder Datenbank-URL, z. B. "
        "postgresql+psycopg://benutzer@server/servicestelle. Vorgabe: die Umgebungsvariable "
        "SERVICESTELLE_DB, sonst servicestelle.db im Datenordner des Programms.",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=None,
        help="Name, unter dem Änderungen protokolliert werden (Vorgabe: Windows-Anmeldename)",
    )
    parser.add_argument(
        "--lang",
        choices=("de", "en"),
        default=None,
        help="Sprache der Oberfläche: de (Deutsch) oder en (English); Vorgabe: die Wahl "
        "in Extras → Einstellungen, sonst Deutsch",
    )
    parser.add_argument(
        "--exit-after-start",
        action="store_true",
        help="beenden, sobald das Fenster und die erste Liste geladen sind (misst die Startzeit)",
    )
    parser.add_argument(
        "--visit-pages",
        action="store_true",
        help="mit --exit-after-start: vorher jeden Bereich einmal zeigen (prüft ein Paket)",
    )
    parser.add_argument(
        "--version", action="store_true", help="Versionsnummer anzeigen und beenden"
    )
    return parser


def _saved_staff_name() -> str:
    """The name entered in the settings (Extras → Einstellungen), if any."""
    from .settings import STAFF_NAME_KEY, window_settings

    return str(window_settings().value(STAFF_NAME_KEY, "") or "").strip()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, odd environment)
        return "unbekannt"


def _write(stream: object, text: str) -> None:
    """Print unless there is no console (a windowed program on Windows has none)."""
    if stream is not None:
        stream.write(text + "\n")  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.version:
        from servicestelle import __version__

        _write(sys.stdout, f"Servicestelle {__version__}")
        return 0

    from servicestelle.logs import setup_logging
    from servicestelle.paths import clean_temp_dir, default_database, private_files

    private_files()  # databases, backups, logs and reports: the owner's alone
    log_file = setup_logging()
    clean_temp_dir()  # reports opened in another program days ago
    from servicestelle.leftovers import clean_up

    clean_up()  # what a killed run left half-written (backups, exports, printouts)
    target = args.db or _remembered_database() or default_database()
    interactive = not args.exit_after_start

    from PySide6.QtWidgets import QApplication

    from .error_dialog import install_excepthook

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "servicestelle"])
    assert isinstance(app, QApplication)
    user = args.user or _saved_staff_name() or _login_name()
    app.setOrganizationName("Servicestelle")
    app.setApplicationName("Servicestelle")
    _set_icon(app)
    app.setApplicationDisplayName("Servicestelle")
    _route_qt_messages()
    _install_translations(app, args.lang)
    install_excepthook(log_file, interactive=interactive)
    start = _first_start(args, target, interactive)
    if start is False:
        return 0
    if start is not None:
        target, user = start.target, start.staff_name or user
    from servicestelle.db import describe_target

    log.info("Start: Datenbank %s, Benutzer %s", describe_target(target), user)

    database = _open_database(target, user, interactive=interactive)
    if database is None:
        return 1
    _backups().reapply_at_start(database, interactive=interactive)  # erasures since a copy
    if start is not None and start.demo:
        _fill_with_examples(database)
    try:
        from .main_window import MainWindow

        window = MainWindow(database)
        window.show()
        if args.exit_after_start:
            app.processEvents()  # lay out and paint the first page once
            if args.visit_pages:  # every page's modules load (charts, calendars …)
                for entry in window.entries:
                    window.go_to(entry.key)
                    app.processEvents()
            window.close()
            return 0
        from PySide6.QtCore import QTimer

        QTimer.singleShot(800, window.count_followups)  # after the first page is shown
        if start is not None and start.import_after:
            QTimer.singleShot(0, window.start_import)
        QTimer.singleShot(1500, lambda: _backups().start_checks(window))  # check, daily backup
        return app.exec()
    finally:
        database.dispose()


def _open_database(target: str, user: str, *, interactive: bool) -> Database | None:
    """The open database, or None after telling the user why it cannot be opened."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication

    from servicestelle.db import describe_target, open_database
    from servicestelle.errors import ServiceError
    from servicestelle.write_access import CannotWriteHere

    from .error_dialog import show_start_error

    if "://" in target and not target.startswith("sqlite"):  # a server: the staff login
        try:
            from .login_dialog import open_server

            return open_server(target, user, interactive=interactive)
        except ServiceError as exc:
            log.error("Start abgebrochen: %s", exc.message)
            show_start_error(exc.message, interactive=interactive)
            return None
    try:  # an encrypted file: its password first (asked for, three tries)
        password = _passwords().database_password(target, interactive=interactive)
    except ServiceError as exc:
        log.error("Start abgebrochen: %s", exc.message)
        show_start_error(exc.message, interactive=interactive)
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return open_database(target, user, password=password)
    except ServiceError as exc:
        message = exc.message
    except Exception as exc:  # any other reason is shown, never a crash
        log.exception("Datenbank %s lässt sich nicht öffnen", describe_target(target))
        message = QCoreApplication.translate(
            "App", "Die Datenbank lässt sich nicht öffnen: {reason}"
        ).format(reason=exc)
    finally:
        QGuiApplication.restoreOverrideCursor()
    damaged = _damage(target)
    if isinstance(damaged, CannotWriteHere):  # sound, but nothing can be saved here
        message = damaged.message
    elif damaged is not None:
        restored = _backups().offer_restore(None, target, damaged) if interactive else None
        if restored:
            _backups().tell_reapplied(None, restored)
            return _open_database(target, user, interactive=interactive)
        message = f"{message}\n{damaged.message}"
    log.error("Start abgebrochen: %s", message)
    show_start_error(message, interactive=interactive)
    return None


def _passwords():  # type: ignore[no-untyped-def]
    from . import password_dialog

    return password_dialog


def _backups():  # type: ignore[no-untyped-def]
    from . import backup_dialog

    return backup_dialog


def _damage(target: str):  # type: ignore[no-untyped-def]
    """The damage of a SQLite file that would not open (None: not damaged, or unknown),
    or ``CannotWriteHere`` for a sound file in a folder where nothing can be saved."""
    from servicestelle import backup
    from servicestelle.write_access import CannotWriteHere

    try:
        backup.check_database(target)
    except (backup.DamagedDatabase, CannotWriteHere) as damaged:
        return damaged
    except Exception:  # locked, unreadable folder …: the original message says enough
        log.warning("Prüfung der Datenbankdatei nicht möglich", exc_info=True)
    return None


def _install_translations(app: QApplication, language: str | None) -> None:
    """The interface's language (``--lang``, else the settings) with Qt's own texts
    (buttons such as »Abbrechen«, context menus, dialogs) and number formatting."""
    from .settings import window_settings
    from .translation import install_translations, saved_language

    install_translations(app, language or saved_language(window_settings()))


def _route_qt_messages() -> None:
    """Qt's own warnings go to the log file, not to a console the user never sees."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def _set_icon(app: QApplication) -> None:
    """The program's icon on every window (and in the task bar)."""
    from PySide6.QtGui import QIcon

    from servicestelle.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "servicestelle.png"))))


def _remembered_database() -> str:
    """The database chosen at the first start (or later), unless an override is set."""
    import os

    if os.environ.get("SERVICESTELLE_DB"):
        return ""
    from .settings import window_settings
    from .welcome import remembered_database

    return remembered_database(window_settings())


def _first_start(args: argparse.Namespace, target: str, interactive: bool):  # type: ignore[no-untyped-def]
    """The welcome dialog when nothing was chosen yet and no database exists: returns
    the choice, None when no dialog was needed, False when it was closed."""
    import os
    from pathlib import Path

    if not interactive or args.db or os.environ.get("SERVICESTELLE_DB"):
        return None
    if _remembered_database() or "://" in target or Path(target).exists():
        return None
    from servicestelle.paths import data_dir

    from .settings import STAFF_NAME_KEY, window_settings
    from .welcome import ask_first_start, remember_database

    choice = ask_first_start(target, data_dir(), _saved_staff_name())
    if choice is None:
        return False
    settings = window_settings()
    remember_database(settings, choice.target)
    if choice.staff_name:
        settings.setValue(STAFF_NAME_KEY, choice.staff_name)
        settings.sync()
    return choice


def _fill_with_examples(database: Database) -> None:
    """Invented records to try the program with (only into an empty database)."""
    from servicestelle.demo import generate
    from servicestelle.services.volunteers import VolunteerService

    if VolunteerService(database).count() == 0:
        generate(database, volunteers=300, seed=1)
