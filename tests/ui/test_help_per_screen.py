"""F1 opens the guide at the page of the screen in front: a list page, a record window,
the import wizard's step, a dialog; the start page only where no page fits."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.volunteers import VolunteerService
from ui import help_context
from ui.forms.form_dialog import open_record_dialog
from ui.help_browser import PAGES, HelpBrowser, help_folder


def press_f1(qtbot: Any, widget: QWidget) -> None:
    """Bring ``widget``'s window to the front and press F1 where the focus is."""
    window = widget.window()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget()
    if target is None or target.window() is not window:
        target = widget
    QTest.keyClick(target, Qt.Key.Key_F1)


def shown_guide(qtbot: Any) -> HelpBrowser:
    def visible() -> list[HelpBrowser]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, HelpBrowser) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(visible()) == 1)
    return visible()[0]


@pytest.fixture(autouse=True)
def _close_guides() -> Any:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, HelpBrowser):
            with contextlib.suppress(RuntimeError):
                widget.close()


def test_every_page_a_screen_names_exists() -> None:
    listed = {file for file, _title in PAGES}
    named = {*help_context.KIND_PAGES.values(), *help_context.SCREEN_PAGES.values()}
    for page in named:
        file, _, place = page.partition("#")
        assert file in listed, page
        for language in ("de", "en"):
            text = (help_folder(language) + f"/{file}").replace("\\", "/")
            with open(text, encoding="utf-8") as handle:
                content = handle.read()
            assert not place or f'name="{place}"' in content, f"{language}/{page}"


# Windows that open the start page on purpose, or take the page of the window they were
# opened from (a step of a record window, »Neue Wiedervorlage«).
START_ON_PURPOSE = {"AboutDialog", "HelpBrowser", "StepDialog"}
# Writing to the people of a list (»Schreiben an …«, its outbox, letters and address
# labels): their section of the guide is still to come. A new dialog belongs in
# help_context.SCREEN_PAGES, with its section in both languages.
NOT_YET_DESCRIBED: set[str] = set()


def _dialog_classes() -> list[type]:
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtWidgets import QDialog, QWizard, QWizardPage

    import ui

    found: list[type] = []
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(
                cls, (QDialog, QWizard, QWizardPage)
            ):
                found.append(cls)
    return found


def test_every_dialog_has_a_page_of_the_guide() -> None:
    """No dialog falls back to the start page unnoticed: each is named in
    SCREEN_PAGES, shows a kind of record, or is listed above on purpose."""
    without = []
    for cls in _dialog_classes():
        names = [c.__name__ for c in cls.__mro__]
        if any(n in help_context.SCREEN_PAGES or n in help_context._BY_KIND for n in names):
            continue
        if cls.__name__ not in START_ON_PURPOSE | NOT_YET_DESCRIBED:
            without.append(cls.__name__)
    assert without == []


@pytest.mark.parametrize(
    ("screen", "words"),
    [
        ("CertificateDialog", {"de": "Ehrenamtsnachweis", "en": "certificate"}),
        ("InviteDialog", {"de": "Alle gezeigten auswählen", "en": "Select all shown"}),
        ("MailGroupsDialog", {"de": "Adressen kopieren", "en": "Copy addresses"}),
        ("LoginDialog", {"de": "Kennwort merken", "en": "Remember password"}),
        ("RolePage", {"de": "Ihre Rolle erlaubt das nicht", "en": "Your role does not"}),
        ("AccessReportDialog", {"de": "Sprache des Schreibens", "en": "Language of the"}),
    ],
)
def test_the_new_screens_open_a_section_about_them(screen: str, words: dict[str, str]) -> None:
    """The place F1 jumps to is followed, in both languages, by what the screen shows."""
    file, _, place = help_context.SCREEN_PAGES[screen].partition("#")
    assert place, screen
    for language, word in words.items():
        path = (help_folder(language) + f"/{file}").replace("\\", "/")
        with open(path, encoding="utf-8") as handle:
            content = handle.read()
        after = content[content.index(f'name="{place}"') :]
        next_section = after.find("<h2>", 1)
        section = after if next_section < 0 else after[:next_section]
        assert word in section, f"{language}/{file}#{place}: {word}"


def test_f1_in_the_invitation_list_opens_the_section_on_inviting(
    qtbot: Any, window: Any
) -> None:
    from servicestelle.services.reach import Reach
    from ui.invite_dialog import InviteDialog

    dialog = InviteDialog(window, Reach(), set(), lambda _ids, _day: None)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        press_f1(qtbot, dialog.picker.search)
        guide = shown_guide(qtbot)
        assert guide.current_page() == "ehrenamtsforum.html"
        assert guide.current_place() == "einladen"
        assert "Alle gezeigten auswählen" in guide.view.toPlainText()
    finally:
        dialog.close()


def test_f1_on_a_list_page_opens_its_page(qtbot: Any, window: Any) -> None:
    window.go_to("organisations")
    press_f1(qtbot, window.current_list().view)
    guide = shown_guide(qtbot)
    assert guide.current_page() == "organisationen.html"
    assert "Ansprechpersonen" in guide.view.toPlainText()
    assert guide.contents.currentItem().text() == "Organisationen betreuen"

    # Another area, F1 again: the same guide window turns to that area's page.
    window.go_to("followups")
    press_f1(qtbot, window.navigation)
    assert shown_guide(qtbot) is guide
    assert guide.current_page() == "wiedervorlage.html"


def test_f1_in_a_record_window_opens_the_page_of_its_kind(
    qtbot: Any, window: Any, volunteers: Any, dialogs: list[Any]
) -> None:
    anna = VolunteerService(volunteers).create(last_name="Becker", first_name="Anna")
    record = open_record_dialog(window, volunteers, "volunteer", anna.id)
    dialogs.append(record)
    qtbot.waitExposed(record)
    press_f1(qtbot, record)
    guide = shown_guide(qtbot)
    assert guide.current_page() == "ehrenamtliche.html"
    assert "Führungszeugnis" in guide.view.toPlainText()

    # A step of the record window (modal): the record window's page, in a guide the
    # step does not block.
    from ui.forms.step_dialogs import StepDialog

    step = StepDialog(record, "Kontakt eintragen", lambda _values: None)
    step.setModal(True)
    step.show()
    qtbot.waitExposed(step)
    press_f1(qtbot, step)
    guide = shown_guide(qtbot)
    assert guide.current_page() == "ehrenamtliche.html"
    assert guide.parentWidget() is step
    step.close()

    newcomer = NewcomerService(volunteers).create(last_name="Haddad", first_name="Rami")
    pairing = PairingService(volunteers).propose(anna.id, newcomer.id)
    other = open_record_dialog(window, volunteers, "pairing", pairing.id)
    dialogs.append(other)
    qtbot.waitExposed(other)
    press_f1(qtbot, other)
    assert shown_guide(qtbot).current_page() == "patenschaft.html"


def test_f1_in_the_import_wizard_opens_the_import_page_at_its_step(qtbot: Any, window: Any) -> None:
    wizard = window.start_import()
    qtbot.waitExposed(wizard)
    press_f1(qtbot, wizard)
    guide = shown_guide(qtbot)
    assert guide.current_page() == "liste-importieren.html"
    assert guide.current_place() == "datei"
    assert "Import-Assistent" in guide.view.toPlainText()
    wizard.close()


def test_f1_in_a_modal_dialog_opens_its_page_in_a_guide_that_can_be_used(
    qtbot: Any, window: Any
) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.database, window.settings, window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        press_f1(qtbot, dialog)
        guide = shown_guide(qtbot)
        assert guide.current_page() == "einstellungen.html"
        assert "Briefkopf" in guide.view.toPlainText()
        # Not blocked by the modal dialog: it belongs to it.
        assert guide.parentWidget() is dialog
        assert not QApplication.activeModalWidget() or guide.isEnabled()
    finally:
        dialog.close()


def test_f1_where_no_page_fits_opens_the_start_page(qtbot: Any, window: Any) -> None:
    about = window.show_about()
    qtbot.waitExposed(about)
    press_f1(qtbot, about)
    guide = shown_guide(qtbot)
    assert guide.current_page() == "index.html"
    assert "Erste Schritte" in guide.view.toPlainText()
    about.close()
