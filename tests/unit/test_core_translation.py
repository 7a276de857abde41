"""The core's texts in English: the catalogue is complete, and texts defined at import
time still follow the language chosen later."""

from __future__ import annotations

import ast
import gettext
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from servicestelle import i18n
from servicestelle.enums import PairingStatus, VolunteerStatus
from servicestelle.services.volunteers import VolunteerService

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "servicestelle"
PO = ROOT / "resources" / "translations" / "core_en.po"
MO = ROOT / "resources" / "translations" / "core_en.mo"
KEYWORDS = {"_": None, "N_": None, "Field": None, "Column": None, "Filter": None}
PLACEHOLDER = re.compile(r"\{(\w*)[^}]*\}")


@pytest.fixture
def english() -> Iterator[None]:
    assert i18n.install_language("en")
    yield
    i18n.install_language("de")


def _source_messages() -> set[str]:
    found = set()
    # The migrations name database columns; the demo data is German on purpose.
    methods = [("migrations/**.py", "ignore"), ("demo/**.py", "ignore"), ("**.py", "python")]
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(CORE), method_map=methods, keywords=KEYWORDS, comment_tags=()
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def _import_time_calls(tree: ast.AST) -> Iterator[int]:
    """Line numbers of ``_()`` calls that run when the module is imported."""

    def visit(node: ast.AST, in_function: bool) -> Iterator[int]:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            )
            call = isinstance(child, ast.Call) and isinstance(child.func, ast.Name)
            if not in_function and call and child.func.id == "_":  # type: ignore[union-attr]
                yield child.lineno
            yield from visit(child, inside)

    return visit(tree, False)


def test_no_text_is_translated_before_the_language_is_chosen() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(CORE.rglob("*.py"))
        for line in _import_time_calls(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "N_() statt _() für Texte, die beim Import entstehen"


def test_every_core_text_has_an_english_translation() -> None:
    with PO.open("rb") as handle:
        catalogue = read_po(handle)
    translated = {m.id: m.string for m in catalogue if m.id and m.string and not m.fuzzy}
    missing = sorted(_source_messages() - translated.keys())
    assert missing == [], f"{len(missing)} Texte ohne Übersetzung: {missing[:20]}"


def test_translations_keep_their_placeholders() -> None:
    with PO.open("rb") as handle:
        catalogue = read_po(handle)
    wrong = [
        m.id
        for m in catalogue
        if m.id
        and m.string
        and sorted(PLACEHOLDER.findall(m.id)) != sorted(PLACEHOLDER.findall(m.string))
    ]
    assert wrong == []


def test_the_compiled_catalogue_matches_the_po_file() -> None:
    with PO.open("rb") as handle:
        catalogue = read_po(handle)
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    expected = {m.id: m.string for m in catalogue if m.id and m.string and not m.fuzzy}
    assert {k: v for k, v in compiled.items() if k} == expected, "scripts/translations.sh"


def test_labels_defined_at_import_follow_the_language(english: None) -> None:
    assert VolunteerStatus.ACTIVE.label == "active"
    assert PairingStatus.ENDED.label == "ended"
    assert VolunteerService.fields["last_name"].label == "Last name"
    assert VolunteerService.columns["status"].title == "Status"
    i18n.install_language("de")
    assert VolunteerStatus.ACTIVE.label == "aktiv"
    assert VolunteerService.fields["last_name"].label == "Nachname"


def test_german_labels_are_still_understood_in_english(english: None) -> None:
    assert VolunteerStatus.from_label("pausiert") is VolunteerStatus.PAUSED
    assert VolunteerStatus.from_label("Paused") is VolunteerStatus.PAUSED


def test_a_missing_catalogue_keeps_german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "core_en.mo"
    broken.write_bytes(b"not a catalogue")
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: str(broken))
    assert not i18n.install_language("en")
    assert i18n.language() == "de"
    assert VolunteerStatus.ACTIVE.label == "aktiv"
