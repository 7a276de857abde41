"""``servicestelle write`` and ``servicestelle outbox``: a filtered list written to with a
saved template, as drafts or through a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import pytest

from servicestelle.services.consents import ConsentService
from servicestelle.services.volunteers import VolunteerService
from servicestelle.writing.templates import TemplateService
from tests.cli.runner import run
from tests.mailserver import PASSWORD, USER, MailServer


@pytest.fixture
def office(sqlite_db, tmp_path):
    volunteers = VolunteerService(sqlite_db)
    for first, last, address, status in (
        ("Jürgen", "Größmann", "juergen@example.org", "aktiv"),
        ("Ольга", "Петрова", "olga@example.org", "aktiv"),
        ("Paul", "Pause", "paul@example.org", "pausiert"),
    ):
        person = volunteers.create(first_name=first, last_name=last, email=address, status=status)
        ConsentService(sqlite_db).give("volunteer", person.id, contact_email=True)
    volunteers.create(first_name="Ohne", last_name="Einwilligung", email="o@example.org",
                      status="aktiv")
    TemplateService(sqlite_db).save("Forum", "Einladung {Veranstaltung}", "{Anrede}\nbis bald")
    return sqlite_db.location, tmp_path


def test_a_dry_run_says_who_and_shows_one_message(office):
    db, home = office
    result = run("--db", db, "write", "--list", "volunteers", "--filter", "status=aktiv",
                 "--template", "Forum", "--set", "Veranstaltung=Ehrenamtsforum", "--dry-run",
                 "--smtp", home=home)
    assert result.returncode == 0, result.stderr
    assert "3 in der Liste, 2 per E-Mail. 1 ausgelassen: 1 ohne Einwilligung zur E-Mail" in (
        result.stdout
    )
    assert "Betreff: Einladung Ehrenamtsforum" in result.stdout
    assert "Guten Tag Jürgen Größmann," in result.stdout


def test_drafts_and_an_unknown_template(office):
    db, home = office
    folder = home / "Entwürfe"
    folder.mkdir()
    result = run("--db", db, "write", "--list", "volunteers", "--template", "Forum",
                 "--eml", str(folder), home=home)
    assert result.returncode == 0, result.stderr
    assert len(list(folder.glob("*.eml"))) == 3
    wrong = run("--db", db, "write", "--list", "volunteers", "--template", "Gibtsnicht",
                "--eml", str(folder), home=home)
    assert wrong.returncode == 2 and "Die Vorlage »Gibtsnicht« gibt es nicht" in wrong.stderr


def test_sending_through_the_mail_server_and_the_outbox(office, sqlite_db, monkeypatch):
    db, home = office
    folder = home / "server"
    folder.mkdir()
    server = MailServer(folder).start()
    try:
        from servicestelle.services.settings import SettingsService

        settings = SettingsService(sqlite_db)
        for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", server.port),
                           ("smtp.user", USER), ("smtp.sender", "info@stadt.example"),
                           ("smtp.rate", 0)):
            settings.set(key, value)
        env = {"SSL_CERT_FILE": str(server.cert_file), "SERVICESTELLE_SMTP_PASSWORD": "falsch"}
        failed = run("--db", db, "write", "--list", "volunteers", "--filter", "status=aktiv",
                     "--template", "Forum", "--smtp", home=home, env=env)
        assert failed.returncode == 1
        assert "Benutzername oder Kennwort stimmen nicht" in failed.stderr
        listed = run("--db", db, "outbox", home=home)
        assert "2 wartend, 0 unklar, 0 abgelehnt, 0 gesendet" in listed.stdout
        env["SERVICESTELLE_SMTP_PASSWORD"] = PASSWORD
        sent = run("--db", db, "outbox", "--retry", home=home, env=env)
        assert sent.returncode == 0, sent.stderr
        assert "2 E-Mails gesendet." in sent.stdout
        assert sorted(r.recipients[0] for r in server.received) == [
            "juergen@example.org", "olga@example.org"
        ]
        assert "Im Postausgang wartet nichts" in run("--db", db, "outbox", home=home).stdout
    finally:
        server.stop()
