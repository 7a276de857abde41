"""The log file: no personal data and no passwords, whatever goes wrong; it rotates.

A fresh process (its own data folder and log) imports a person, then fails to save in
the ways the program logs: a wrong e-mail address, a conflict, a broken statement with
the person's phone number as a parameter, a server URL with a password. The log file's
bytes must contain none of it."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from servicestelle.logs import PrivateFormatter

ROOT = Path(__file__).resolve().parents[2]
PERSON = {
    "first": "Amira",
    "last": "Haddad",
    "email": "amira.haddad@example.org",
    "bad_email": "amira.haddad@@example",
    "phone": "0176 5550199",
    "server": "postgresql+psycopg://nutzer:geheim123@127.0.0.1:1/x",
}
SECRETS = ("Haddad", "Amira", "amira.haddad", "5550199", "0176 555", "geheim123")

SCENARIO = textwrap.dedent(
    """
    import json, logging, sys
    from openpyxl import Workbook
    from sqlalchemy import text
    from servicestelle.db import open_database
    from servicestelle.logs import setup_logging
    from servicestelle.importing.service import ImportService
    from servicestelle.services.volunteers import VolunteerService
    from ui.error_dialog import ExceptionHook

    log_file = setup_logging()
    hook = ExceptionHook(log_file, interactive=False)  # what the window does with errors
    folder, db_path = sys.argv[1], sys.argv[2]
    # The person's data comes from a file: the traceback's source lines show none of it.
    P = json.loads(open(sys.argv[3], encoding="utf-8").read())
    sheet = folder + "/liste.xlsx"
    book = Workbook()
    book.active.append(["Vorname", "Nachname", "E-Mail", "Telefon"])
    book.active.append([P["first"], P["last"], P["email"], P["phone"]])
    book.active.append([P["first"], P["last"], P["bad_email"], P["phone"] + "x"])
    book.save(sheet)
    db = open_database(db_path, user="Frau Test")
    importer = ImportService(db)
    preview = importer.read("volunteer", sheet)
    result = importer.run(importer.plan("volunteer", preview, preview.mapping), preview)
    service = VolunteerService(db)
    person = service.get(1)
    assert person.last_name == P["last"]

    def fail(action):
        try:
            action()
        except Exception as exc:
            hook(type(exc), exc, exc.__traceback__)

    fail(lambda: service.update(person.id, person.version, email=P["bad_email"]))
    fail(lambda: service.update(person.id, person.version, phone=P["phone"] + " / kaputt?!"))
    service.update(person.id, person.version, notes="geändert")
    fail(lambda: service.update(person.id, person.version, last_name=P["last"] + "-X"))

    def broken_statement():
        with db.session() as session:
            session.execute(text("UPDATE volunteer SET phone = :p WHERE no_such_column = 1"),
                            {"p": P["phone"]})
    fail(broken_statement)
    fail(lambda: open_database(P["server"]))
    logging.getLogger("test").info("Ende des Szenarios")
    db.dispose()
    """
)


def test_no_personal_data_or_password_reaches_the_log(tmp_path, sqlite_template):
    import shutil

    db_path = tmp_path / "test.db"
    shutil.copy(sqlite_template, db_path)
    script = tmp_path / "szenario.py"
    script.write_text(SCENARIO, encoding="utf-8")
    person = tmp_path / "person.json"
    person.write_text(json.dumps(PERSON), encoding="utf-8")
    env = {**os.environ, "SERVICESTELLE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path), str(db_path), str(person)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    logs = list((tmp_path / "home" / "logs").glob("servicestelle.log*"))
    content = b"".join(p.read_bytes() for p in logs).decode("utf-8")
    # The scenario did log its failures (else this test would prove nothing) …
    assert "Ende des Szenarios" in content
    assert content.count("Unerwarteter Fehler") >= 5
    assert "ValidationError" in content and "ConflictError" in content
    assert "parameters hidden" in content  # the SQL is there, its values are not
    # … and none of the person's data, nor the server password.
    for secret in SECRETS:
        assert secret not in content, secret
    # The person is in the database, of course: the data went in, not into the log.
    assert b"Haddad" in db_path.read_bytes() or Path(f"{db_path}-wal").exists()


def test_the_formatter_hides_user_messages_and_server_details_in_tracebacks():
    from servicestelle.errors import ServiceError

    formatter = PrivateFormatter("%(message)s")
    try:
        try:
            raise RuntimeError(
                "duplicate key value\nDETAIL: Key (email)=(amira.haddad@example.org) exists."
            )
        except RuntimeError as inner:
            raise ServiceError("»Amira Haddad« ist schon da.") from inner
    except ServiceError:
        record = logging.LogRecord("t", logging.ERROR, "", 0, "Fehler", None, sys.exc_info())
    text = formatter.format(record)
    assert "ServiceError" in text and "duplicate key value" in text
    assert "Amira" not in text and "amira.haddad" not in text


def test_the_log_file_rotates(tmp_path):
    from servicestelle import logs

    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:  # another test may have set up the log in this process
        if getattr(handler, "_servicestelle", False):
            root.removeHandler(handler)
    try:
        path = logs.setup_logging(directory=tmp_path)
        [handler] = [h for h in root.handlers if getattr(h, "_servicestelle", False)]
        assert handler.maxBytes == 1_000_000 and handler.backupCount == 5
        line = "x" * 1000
        for _ in range(2500):
            logging.getLogger("test.rotation").info(line)
        handler.close()
        root.removeHandler(handler)
        files = sorted(p.name for p in tmp_path.glob("servicestelle.log*"))
        assert (
            path.name in files and "servicestelle.log.1" in files and "servicestelle.log.2" in files
        )
        assert all(p.stat().st_size <= 1_100_000 for p in tmp_path.glob("servicestelle.log*"))
    finally:
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)
