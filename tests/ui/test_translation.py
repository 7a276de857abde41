"""The English interface: the catalogue loads and covers every text, windows built with it
installed speak English, Qt's own texts follow the language, and the settings store it.

Translators installed here are removed after each test, so that the other tests see the
German interface."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel, QPushButton

from servicestelle.db import Database
from servicestelle.paths import resource_path
from ui.formatting import format_count, format_value, use_german_numbers
from ui.translation import (
    LANGUAGE_KEY,
    catalogue_path,
    install_translations,
    remove_translations,
    save_language,
    saved_language,
)

TS_FILE = resource_path("translations", "servicestelle_en.ts")
UI_FOLDER = Path(__file__).resolve().parents[2] / "ui"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture
def use_language(qapp: QCoreApplication) -> Iterator[Callable[[str], None]]:
    """Install the translations of a language for one test; take them off afterwards."""
    installed: list[QTranslator] = []

    def use(language: str) -> None:
        remove_translations(qapp, installed)
        installed[:] = install_translations(qapp, language)

    yield use
    remove_translations(qapp, installed)
    use_german_numbers()


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        return box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    finally:
        box.deleteLater()


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_the_english_catalogue_loads() -> None:
    translator = QTranslator()
    assert translator.load(catalogue_path("en"))
    assert not translator.isEmpty()
    assert translator.translate("WindowActions", "&Neu") == "&New"


def test_every_text_has_an_english_translation() -> None:
    messages = _messages()
    assert len(messages) > 100
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
        )
        if re.search(r"&\w", source):  # an accelerator stays an accelerator
            assert re.search(r"&\w", text), (context, source)


def test_lupdate_sees_every_text_under_the_context_used_at_run_time(tmp_path: Path) -> None:
    """Module-level ``tr(…)`` helpers, ``translate(variable, …)`` and ``widget.tr(…)`` on
    another object land in no or a wrong context; a context must be a class name."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    lupdate = str(tool) if tool.exists() else shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate fehlt")
    target = tmp_path / "check.ts"
    subprocess.run(
        [lupdate, "-extensions", "py", "-locations", "none", str(UI_FOLDER), "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    contexts = {c.findtext("name") or "" for c in ET.parse(target).getroot().iter("context")}
    odd = sorted(c for c in contexts if not re.fullmatch(r"_?[A-Z][A-Za-z0-9]*", c))
    assert not odd, f"Texte ohne passenden Kontext: {odd}"


def _wrapper_calls(tree: ast.Module) -> list[int]:
    """Lines where a literal text goes through a module's own ``translate`` wrapper
    (``def _tr(text): return QCoreApplication.translate("Ctx", text)``): lupdate cannot
    see such texts, so they would stay German."""
    wrappers = {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any(
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) > 1
            and isinstance(call.args[1], ast.Name)
            for call in ast.walk(node)
        )
    }
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in wrappers
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]


def test_no_literal_text_hides_from_lupdate_in_a_wrapper() -> None:
    found = [
        f"{path.relative_to(UI_FOLDER.parent)}:{line}"
        for path in sorted(UI_FOLDER.rglob("*.py"))
        for line in _wrapper_calls(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "QCoreApplication.translate(Kontext, Text) direkt schreiben"


def test_window_and_form_speak_english(
    qtbot, use_language: Callable[[str], None], volunteers: Database, settings: QSettings
) -> None:
    from ui.forms.form_dialog import open_record_dialog
    from ui.main_window import MainWindow

    use_language("en")
    window = MainWindow(volunteers, settings)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&File" in menus and "&Help" in menus
    assert window.commands.new.text() == "&New"

    dialog = open_record_dialog(None, volunteers, "volunteer")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("New volunteer")
    assert "Save" in [b.text() for b in dialog.findChildren(QPushButton)]
    assert "Contact" in [g.title() for g in dialog.findChildren(QGroupBox)]
    # The core's texts follow the same language: field labels and status names.
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("Last name") for text in labels), labels
    assert not any(text.startswith("Nachname") for text in labels)
    # lupdate files RecordForm's self.tr under "RecordForm"; on a VolunteerForm PySide
    # looks the text up along the class hierarchy and finds it there.
    assert type(dialog.form).__name__ == "VolunteerForm"
    assert dialog.form.tr("Nr. {id}") == "No. {id}"
    assert format_value(True, "bool") == "yes"
    assert format_count(1234) == "1,234"  # English number formatting


def test_qt_texts_follow_the_language(use_language: Callable[[str], None]) -> None:
    use_language("de")
    assert _cancel_text() == "Abbrechen"
    assert format_count(1234) == "1.234"  # German number formatting stays
    assert QLocale().language() == QLocale.Language.German
    use_language("en")
    assert _cancel_text() == "Cancel"


def test_without_catalogue_the_interface_stays_german(qapp: QCoreApplication) -> None:
    assert QCoreApplication.translate("WindowActions", "&Neu") == "&Neu"
    assert format_value(False, "bool") == "nein"


def test_language_setting_defaults_to_german(settings: QSettings) -> None:
    assert saved_language(settings) == "de"
    settings.setValue(LANGUAGE_KEY, "xx")
    assert saved_language(settings) == "de"
    save_language(settings, "en")
    assert saved_language(settings) == "en"
    with pytest.raises(ValueError):
        save_language(settings, "fr")


def test_command_line_takes_a_language() -> None:
    from ui.app import _parser

    assert _parser().parse_args(["--lang", "en"]).lang == "en"
    assert _parser().parse_args([]).lang is None


def test_settings_dialog_stores_the_language(
    qtbot, sqlite_db: Database, settings: QSettings
) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(sqlite_db, settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "de"
    assert dialog.language.currentText() == "Deutsch"
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isHidden()
    assert dialog.language_note.text() == "Die Sprache wird beim nächsten Start umgestellt."
    assert dialog.save()
    assert settings.value(LANGUAGE_KEY) == "en"

    again = SettingsDialog(sqlite_db, settings)
    qtbot.addWidget(again)
    assert again.language.currentText() == "English"
    assert again.language_note.isHidden()
