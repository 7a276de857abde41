"""»Schreiben an …« from the volunteer list: the summary of who may be written to, the
text with its preview for a real recipient, unknown placeholders shown before anything
is sent, templates saved by name, drafts written; the mail server's tab of the settings
keeps the password in the credential store."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from servicestelle.services.consents import ConsentService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService
from servicestelle.writing.templates import TemplateService
from tests.scenarios import driver as d
from ui.writing_dialog import WritingDialog


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def writing(qtbot, window, volunteers):
    service = VolunteerService(volunteers)
    for first, last, address in (
        ("Ольга", "Петрова", "olga@example.org"),
        ("Jürgen", "Größmann", "juergen@example.org"),
    ):
        person = service.create(first_name=first, last_name=last, email=address, status="aktiv")
        ConsentService(volunteers).give("volunteer", person.id, contact_email=True)
    service.create(first_name="Lea", last_name="Ohne", email="lea@example.org", status="aktiv")
    d.go_to(window, "Ehrenamtliche")
    dialog = d.opened(WritingDialog, lambda: d.trigger(window, "Schreiben an …"))
    yield dialog
    dialog.close()


def test_the_summary_says_who_may_be_written_to(writing):
    assert writing.summary.text() == (
        "6 in der Liste: 2 per E-Mail, 4 nicht anschreibbar (4 ohne Einwilligung zur E-Mail)"
    )
    assert [writing.preview_for.itemText(i) for i in range(writing.preview_for.count())] == [
        "Jürgen Größmann <juergen@example.org>",
        "Ольга Петрова <olga@example.org>",
    ]


def test_the_preview_shows_one_real_recipient(qtbot, writing):
    d.fill(writing, "Betreff", "Einladung {Veranstaltung}")
    d.fill(writing, "Veranstaltung", "Ehrenamtsforum")
    d.choose(d.field(writing, "Vorschau für"), "Ольга Петрова <olga@example.org>")
    text = writing.preview.toPlainText()
    assert text.startswith(
        "An: Ольга Петрова <olga@example.org>\nBetreff: Einladung Ehrenamtsforum"
    )
    assert "Guten Tag Ольга Петрова," in text


def test_an_unknown_placeholder_is_shown_and_nothing_is_sent(qtbot, writing, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "ui.writing_dialog.QMessageBox.warning", lambda _p, _t, text: shown.append(text)
    )
    d.fill(writing, "Betreff", "Einladung {Termin}")
    assert "Unbekannte Platzhalter: {Termin}" in writing.problem.text()
    assert writing.preview.toPlainText() == ""
    d.click(writing, "Über den Mailserver senden …")
    assert shown and "{Termin}" in shown[0]


def test_a_template_is_saved_by_name_and_chosen_again(qtbot, writing, volunteers):
    d.fill(writing, "Betreff", "Dank für {Veranstaltung}")

    def name_it(box):
        assert isinstance(box, QInputDialog)
        box.setTextValue("Dank")

    d.answer_next("Speichern", then=name_it)
    d.click(writing, "Als Vorlage speichern …")
    assert TemplateService(volunteers).get("Dank").subject == "Dank für {Veranstaltung}"
    d.fill(writing, "Betreff", "etwas anderes")
    d.choose(d.field(writing, "Vorlage"), "(neuer Text)")
    d.choose(d.field(writing, "Vorlage"), "Dank")
    assert writing.subject.text() == "Dank für {Veranstaltung}"


def test_drafts_are_written_one_per_person(qtbot, writing, tmp_path, monkeypatch):
    folder = tmp_path / "Entwürfe"
    folder.mkdir()
    flyer = tmp_path / "Flyer Forum.pdf"
    flyer.write_bytes(b"%PDF-1.4\n" + b"0" * 3000)
    from ui import file_dialogs

    picked = [str(flyer), str(folder)]  # what the user picks in the system's dialogs
    monkeypatch.setattr(file_dialogs, "ask_native", lambda *_a: picked.pop(0))
    d.click(writing, "Anhang hinzufügen …")
    assert writing.files.text() == "Flyer Forum.pdf (2 KB)"
    d.fill(writing, "Betreff", "Hallo {Vorname}")
    d.click(writing, "Als Entwürfe speichern …")
    qtbot.waitUntil(lambda: "2 Entwürfe gespeichert" in writing.status.text(), timeout=10000)
    subjects = sorted(
        BytesParser(policy=policy.default).parsebytes(f.read_bytes())["Subject"]
        for f in folder.glob("*.eml")
    )
    assert subjects == ["Hallo Jürgen", "Hallo Ольга"]
    for draft in folder.glob("*.eml"):
        message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
        assert [a.get_filename() for a in message.iter_attachments()] == ["Flyer Forum.pdf"]


def test_the_mail_server_tab_keeps_the_password_in_the_credential_store(
    qtbot, window, volunteers, memory_keyring
):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(volunteers, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    d.tab(dialog, "E-Mail")
    d.fill(dialog, "Mailserver", "mail.stadt.example")
    d.fill(dialog, "Benutzername", "integration")
    d.fill(dialog, "Absender", "Servicestelle <integration@stadt.example>")
    d.fill(dialog, "Kennwort", "Sehr-Geheim")
    d.click(dialog, "Kennwort speichern")
    assert memory_keyring.store == {
        ("Servicestelle Mailserver mail.stadt.example:587", "integration"): "Sehr-Geheim"
    }
    assert "Ein Kennwort ist gespeichert" in dialog.mail.stored.text()
    dialog.grab().save("/tmp/mail_settings.png")
    d.click(dialog, "OK")
    values = SettingsService(volunteers).all()
    assert values["smtp.host"] == "mail.stadt.example"
    assert values["smtp.user"] == "integration"
    assert "Sehr-Geheim" not in repr(values)
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), QDialog
    )


def test_the_outbox_sends_what_waits_and_asks_before_the_unclear(
    qtbot, window, volunteers, memory_keyring, tmp_path, monkeypatch
):
    from servicestelle.writing import outbox
    from servicestelle.writing.messages import Recipient
    from tests.mailserver import PASSWORD, USER, MailServer
    from ui.outbox_dialog import OutboxDialog

    folder = tmp_path / "server"
    folder.mkdir()
    server = MailServer(folder).start()
    monkeypatch.setenv("SSL_CERT_FILE", str(server.cert_file))
    try:
        office = SettingsService(volunteers)
        for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", server.port),
                           ("smtp.user", USER), ("smtp.sender", "info@stadt.example"),
                           ("smtp.rate", 0)):
            office.set(key, value)
        memory_keyring.store[(f"Servicestelle Mailserver 127.0.0.1:{server.port}", USER)] = (
            PASSWORD
        )
        people = [Recipient("volunteer", i, f"p{i}@example.org", "P", str(i)) for i in (1, 2, 3)]
        mailing = outbox.queue(volunteers, "Hallo {Vorname}", "{Anrede}", {}, "", people)
        first_row = outbox.rows(volunteers, mailing)
        assert len(first_row) == 3
        with volunteers.read() as session:
            from servicestelle import models as m

            row_ids = sorted(session.scalars(
                m.MailingRecipient.__table__.select().with_only_columns(m.MailingRecipient.id)
            ))
        assert outbox._claim(volunteers, row_ids[0])  # left »sending« by a killed program
        dialog = d.opened(OutboxDialog, lambda: d.trigger(window, "Postausgang …"))
        assert d.table_texts(dialog.table, 2) == ["2"] and d.table_texts(dialog.table, 3) == ["1"]
        dialog.grab().save("/tmp/outbox_dialog.png")
        d.click(dialog, "Weiter senden")
        qtbot.waitUntil(lambda: "2 E-Mails gesendet." in dialog.status.text(), timeout=20000)
        assert "unklar" in dialog.status.text()
        assert sorted(r.recipients[0] for r in server.received) == ["p2@example.org",
                                                                    "p3@example.org"]
        d.answer_next("Erneut senden")
        d.click(dialog, "Unklare erneut senden …")
        qtbot.waitUntil(lambda: "1 E-Mails gesendet." in dialog.status.text(), timeout=20000)
        assert len(server.received) == 3
        assert not dialog.states
        dialog.close()
    finally:
        server.stop()


@pytest.mark.parametrize("entity", ["volunteer", "newcomer"])
def test_the_salutation_is_chosen_in_the_record_window(qtbot, volunteers, entity):
    from servicestelle.services.newcomers import NewcomerService
    from ui.forms.form_dialog import open_record_dialog

    service = VolunteerService(volunteers) if entity == "volunteer" else NewcomerService(
        volunteers
    )
    record = service.create(first_name="Anna", last_name="Groß")
    dialog = open_record_dialog(None, volunteers, entity, record.id)
    dialog.show()
    d.choose(d.field(dialog, "Anrede"), "Frau")
    if entity == "volunteer":
        dialog.grab().save("/tmp/volunteer_salutation.png")
    d.click(dialog, "Speichern")
    assert service.get(record.id).salutation.value == "frau"


def test_marked_rows_are_written_to_instead_of_the_whole_list(qtbot, window, volunteers):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    d.go_to(window, "Ehrenamtliche")
    page = window.current_list()
    view = page.view
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier),
                          (2, Qt.KeyboardModifier.ControlModifier)):
        spot = view.visualRect(view.model().index(row, 0)).center()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, spot)
    dialog = d.opened(WritingDialog, lambda: d.trigger(window, "Schreiben an …"))
    assert dialog.summary.text().startswith("2 markiert: 0 per E-Mail, 2 nicht anschreibbar")
    assert not d.button(dialog, "Über den Mailserver senden …").isEnabled()
    dialog.close()


def test_each_group_of_the_summary_opens_as_a_list(qtbot, window, writing):
    """»Gruppen zeigen …«: who is reached and who is left out for which reason, each
    group a list of its people; »Als Liste zeigen« puts the group in the main list."""
    from ui.forms.form_dialog import FormDialog
    from ui.reach_groups import ReachGroupsDialog

    groups = d.opened(ReachGroupsDialog, lambda: d.click(writing, "Gruppen zeigen …"))
    box = d.field(groups, "Gruppe")
    assert d.items(box) == ["per E-Mail (2)", "ohne Einwilligung zur E-Mail (4)"]
    assert d.table_texts(groups.table) == ["Größmann, Jürgen", "Петрова, Ольга"]
    assert groups.table.item(0, 3).text() == "juergen@example.org"
    d.choose(box, "ohne Einwilligung zur E-Mail (4)")
    left_out = d.table_texts(groups.table)
    assert "Ohne, Lea" in left_out and len(left_out) == 4
    assert {groups.table.item(r, 3).text() for r in range(4)} == {
        "ohne Einwilligung zur E-Mail"
    }
    # A person of the group opens in her record window (to add what is missing).
    groups.table.selectRow(left_out.index("Ohne, Lea"))
    record = d.opened(FormDialog, lambda: d.click(groups, "Datensatz öffnen"))
    assert record.record.last_name == "Ohne"
    record.close()
    # The group as the main window's list: only these four, named above the list.
    d.click(groups, "Als Liste zeigen")
    page = window.current_list()
    assert page.service.entity == "volunteer"
    qtbot.waitUntil(lambda: page.row_count() == 4)
    shown = {page.model.data(page.model.index(r, 0)) for r in range(4)}
    assert "Ohne" in " ".join(shown)
    assert "ohne Einwilligung zur E-Mail" in page.fixed_label.text()
    assert not groups.isVisible()


def test_attachments_for_the_mail_program_are_saved_to_add_by_hand(
    qtbot, writing, tmp_path, monkeypatch
):
    """A mailto link cannot carry the calendar file: it is saved in a folder the user
    picks (the system's dialogs answered below them), the folder is shown, then the
    mail program opens; or drafts carrying it are written instead."""
    from PySide6.QtGui import QDesktopServices

    from tests.scenarios.answers import ModalAnswer
    from ui import file_dialogs

    invitation = tmp_path / "Einladung.ics"
    invitation.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    folder = tmp_path / "anhaenge"
    folder.mkdir()
    picked = [str(invitation), str(folder)]
    asked: list[str] = []

    def system_dialog(mode, _parent, caption, start, filters):  # the system's file dialog
        asked.append(caption)
        return picked.pop(0)

    opened: list[str] = []
    monkeypatch.setattr(file_dialogs, "ask_native", system_dialog)
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toString()) or True))
    d.click(writing, "Anhang hinzufügen …")
    d.fill(writing, "Betreff", "Einladung")
    answer = ModalAnswer("Anhänge speichern …")
    d.click(writing, "Mailprogramm …")
    answer.check()
    assert asked == ["Anhang wählen", "Ordner für die Anhänge"]
    saved = folder / "Einladung.ics"
    assert saved.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert oct(saved.stat().st_mode & 0o777) == "0o600"
    assert opened[0].startswith("file://") and opened[0].endswith("anhaenge")
    assert opened[1].startswith("mailto:")

    # »Abbrechen«: nothing opens.
    answer = ModalAnswer("Abbrechen")
    d.click(writing, "Mailprogramm …")
    answer.check()
    assert len(opened) == 2
