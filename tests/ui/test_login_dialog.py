"""The staff login on a shared PostgreSQL server, as staff meet it: the login dialog with
»Kennwort merken«, a main window that shows only what the role may read, and a
colleague's change (made in another program process) appearing in the open list."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import make_url

from servicestelle.actor import Role
from servicestelle.db import Database, open_database
from servicestelle.server import setup
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import drop_pg_database, new_pg_database
from tests.unit.test_server_roles import Logins
from ui import login_dialog
from ui.login_dialog import LoginDialog, open_server

pytestmark = pytest.mark.postgresql


class MemoryKeyring(KeyringBackend):
    """A credential store in memory, for the tests only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def logins(pg_server: str) -> Iterator[Logins]:
    url = new_pg_database(pg_server, None)
    setup.setup(url)
    made = Logins(url)
    yield made
    made.remove_all()
    drop_pg_database(pg_server, url)


def _plain_url(logins: Logins) -> str:
    """The server as the office's start link names it: no login in it."""
    return make_url(logins.admin_url)._replace(username=None).render_as_string(False)


def _log_in(qtbot, dialog: LoginDialog, login: str, password: str, keep: bool) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.keep.setChecked(keep)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_login_opens_with_the_servers_role_and_remembers(
    qtbot, logins: Logins, store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = logins.add(Role.KOORDINATION)
    target = _plain_url(logins)

    def fill(dialog: LoginDialog) -> int:
        _log_in(qtbot, dialog, login, "geheim-genug", keep=True)
        return int(dialog.result())

    monkeypatch.setattr(LoginDialog, "exec", fill)
    db = open_server(target, "Frau Test", interactive=True)
    assert db is not None and db.actor.role is Role.KOORDINATION
    db.dispose()
    assert list(store.kept.values()) == ["geheim-genug"]
    # the next start: the remembered password opens without a dialog
    monkeypatch.setattr(LoginDialog, "exec", lambda _d: pytest.fail("nicht gefragt"))
    db = open_server(target, "Frau Test", interactive=True)
    assert db is not None and db.actor.login == login
    db.dispose()


def test_a_refusal_is_shown_in_the_dialog(qtbot, logins: Logins, store: MemoryKeyring) -> None:
    target = _plain_url(logins)
    dialog = LoginDialog(target, lambda login, pw: open_database(
        logins.url(login), "X", password=pw))
    _log_in(qtbot, dialog, "niemand.hier", "x", keep=False)
    assert dialog.message.isVisible() or dialog.message.text()
    assert "permission" not in dialog.message.text().lower()
    assert dialog.database is None and dialog.result() == 0
    _log_in(qtbot, dialog, "", "", keep=False)
    assert "Anmeldenamen" in dialog.message.text()


def _window(qtbot, db: Database, tmp_path):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(db, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.navigation.item(i).text().split(" (")[0]
            for i in range(window.navigation.count())]


def test_the_window_shows_only_what_the_role_may_read(qtbot, logins: Logins, tmp_path) -> None:
    from ui.changes import release_bus

    db = logins.open(Role.FOERDERUNG)
    window = _window(qtbot, db, tmp_path)
    try:
        titles = _titles(window)
        assert "Organisationen & MSO" in titles
        assert "Wiedervorlage" not in titles  # clearances and notes are not Förderung's
        role = window.findChild(type(window.count_label), "role_label")
        assert role is not None and "Förderung" in role.text()
        window.go_to("volunteers")
        assert not window.commands.new.isEnabled()  # may read, not add
        window.go_to("organisations")
        assert window.commands.new.isEnabled()
        assert not window.commands.audit_log.isVisible()
    finally:
        window.close()
        release_bus(db)
        db.dispose()
    admin = logins.open(Role.ADMINISTRATION)
    window = _window(qtbot, admin, tmp_path)
    try:
        assert _titles(window) == ["Ihre Rolle"]
        window.grab().save("/tmp/servicestelle-role-page.png")
    finally:
        window.close()
        release_bus(admin)
        admin.dispose()


def test_a_colleagues_new_record_appears_in_the_open_list(
    qtbot, logins: Logins, tmp_path
) -> None:
    from ui.changes import release_bus

    mine = logins.open(Role.KOORDINATION)
    colleague = logins.add(Role.KOORDINATION)
    window = _window(qtbot, mine, tmp_path)
    try:
        window.go_to("volunteers")
        page = window.current_list()
        assert page is not None and page.row_count() == 0
        script = (
            "import sys\n"
            "from servicestelle.db import open_database\n"
            "from servicestelle.services.volunteers import VolunteerService\n"
            "db = open_database(sys.argv[1], 'Herr B', password='geheim-genug')\n"
            "VolunteerService(db).create(last_name='Kollegin', first_name='Neue')\n"
            "db.dispose()\n"
        )
        subprocess.run([sys.executable, "-c", script, logins.url(colleague)], check=True,
                       capture_output=True, text=True, timeout=120)
        qtbot.waitUntil(lambda: page.row_count() == 1, timeout=20000)
        assert VolunteerService(mine).count() == 1
    finally:
        window.close()
        release_bus(mine)
        mine.dispose()


def test_the_store_key_names_no_login(logins: Logins) -> None:
    key = login_dialog.server_key(logins.url("m.mueller"))
    assert "m.mueller" not in key and key.endswith(make_url(logins.admin_url).database or "")


def test_an_open_record_says_a_colleague_changed_it(qtbot, logins: Logins, tmp_path) -> None:
    from ui.changes import release_bus
    from ui.forms import open_record_dialog

    mine = logins.open(Role.KOORDINATION)
    colleague = logins.add(Role.KOORDINATION)
    anna = VolunteerService(mine).create(last_name="Weber", first_name="Anna")
    window = _window(qtbot, mine, tmp_path)
    dialog = open_record_dialog(window, mine, "volunteer", anna.id)
    try:
        note = dialog.colleague_note
        assert not note.isVisible()
        script = (
            "import sys\n"
            "from servicestelle.db import open_database\n"
            "from servicestelle.services.volunteers import VolunteerService\n"
            "db = open_database(sys.argv[1], 'Herr B', password='geheim-genug')\n"
            "VolunteerService(db).update(int(sys.argv[2]), None, phone='0385 123456')\n"
            "db.dispose()\n"
        )
        subprocess.run([sys.executable, "-c", script, logins.url(colleague), str(anna.id)],
                       check=True, capture_output=True, text=True, timeout=120)
        qtbot.waitUntil(note.isVisible, timeout=20000)
        assert "Herr B" in note.text() and "Telefon" in note.text()
        dialog.grab().save("/tmp/servicestelle-colleague-note.png")
        dialog.reload()
        assert not note.isVisible()
    finally:
        dialog.close()
        window.close()
        release_bus(mine)
        mine.dispose()


def test_the_dialog_answers_while_the_server_is_asked(qtbot) -> None:
    """Logging in over a slow line: the window keeps handling its events (here a timer
    of its own, which alone lets the server's answer through) and says what it does."""
    import threading

    from PySide6.QtCore import QTimer

    from servicestelle.errors import ServiceError

    gate = threading.Event()
    seen: list[tuple[str, bool]] = []

    def attempt(login: str, password: str) -> Database:
        if not gate.wait(10):  # only a window that answers opens the gate
            raise AssertionError("das Fenster war blockiert")
        raise ServiceError("Anmeldung am Datenbankserver fehlgeschlagen.")

    dialog = LoginDialog("postgresql+psycopg://server.example/servicestelle", attempt)
    QTimer.singleShot(50, lambda: (seen.append((dialog.message.text(), dialog.isEnabled())),
                                   gate.set()))
    _log_in(qtbot, dialog, "frau.r", "geheim", keep=False)
    assert seen == [("Verbindung zum Server …", False)]  # asked once, nothing clickable
    assert dialog.message.text() == "Anmeldung am Datenbankserver fehlgeschlagen."
    assert dialog.isEnabled() and dialog.database is None


def test_closing_the_dialog_while_it_connects_logs_in_nobody(qtbot) -> None:
    import threading

    from PySide6.QtCore import QTimer

    gate = threading.Event()
    disposed: list[bool] = []

    class Opened:  # what the server's answer would be: an open database
        def dispose(self) -> None:
            disposed.append(True)

    def attempt(login: str, password: str) -> Database:
        assert gate.wait(10)
        return Opened()  # type: ignore[return-value]

    dialog = LoginDialog("postgresql+psycopg://server.example/servicestelle", attempt)
    QTimer.singleShot(50, lambda: (dialog.reject(), gate.set()))  # »Abbrechen«, Esc, ×
    _log_in(qtbot, dialog, "frau.r", "geheim", keep=False)
    assert dialog.database is None and dialog.result() == 0 and disposed == [True]
