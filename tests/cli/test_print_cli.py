"""``servicestelle print``: PDF documents from the command line, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.runner import run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    home = tmp_path_factory.mktemp("home")
    db = str(home / "demo.db")
    assert run("--db", db, "init", home=home).returncode == 0
    demo = run("--db", db, "demo", "--volunteers", "80", "--seed", "2", home=home)
    assert demo.returncode == 0, demo.stderr
    return db, home


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("document", ["pairings", "volunteers", "requests", "organisations"])
def test_print_lists(demo_db, tmp_path, document):
    db, home = demo_db
    out = tmp_path / f"{document}.pdf"
    result = run("--db", db, "print", document, str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "Seite(n) geschrieben" in result.stdout
    assert len(PdfReader(str(out)).pages) >= 1
    assert "Vertraulich" in text_of(out)


def test_print_with_filters_and_columns(demo_db, tmp_path):
    db, home = demo_db
    out = tmp_path / "aktiv.pdf"
    result = run(
        "--db", db, "print", "volunteers", str(out),
        "--filter", "status=aktiv,pausiert", "--columns", "last_name,first_name,status",
        "--group-by", "status", home=home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "Status: aktiv, pausiert" in text
    assert "Status: interessiert" not in text and "E-Mail" not in text
    result = run("--db", db, "print", "pairings", str(out), "--filter", "status=Aktiv", home=home)
    assert result.returncode == 0, result.stderr
    assert "Status: aktiv (" in text_of(out)


def test_print_records_and_report(demo_db, tmp_path):
    db, home = demo_db
    for document in ("profile", "certificate", "attendance"):
        out = tmp_path / f"{document}.pdf"
        result = run("--db", db, "print", document, "--id", "1", str(out), home=home)
        assert result.returncode == 0, (document, result.stderr)
        assert "Seite 1 von" in text_of(out)
    out = tmp_path / "report.pdf"
    result = run(
        "--db", db, "print", "report", str(out), "--from", "01.01.2020", "--to", "31.12.2030",
        home=home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "01.01.2020 bis 31.12.2030" in text_of(out)


def test_print_errors_are_one_german_line(demo_db, tmp_path):
    db, home = demo_db
    out = str(tmp_path / "x.pdf")
    cases = [
        (("profile", out), "bitte mit --id N"),
        (("profile", "--id", "99999", out), "gibt es nicht"),
        (("volunteers", out, "--filter", "unsinn=1"), "Unbekannter Filter"),
        (("volunteers", out, "--filter", "status"), "FELD=WERT"),
        (("volunteers", out, "--filter", "district=Atlantis"), "»Atlantis« gibt es nicht"),
        (("report", out, "--filter", "status=aktiv"), "nur für Listen"),
    ]
    for args, message in cases:
        result = run("--db", db, "print", *args, home=home)
        assert result.returncode == 1, args
        assert message in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert not Path(out).exists()
    usage = run("--db", db, "print", "nope", out, home=home)
    assert usage.returncode == 2
