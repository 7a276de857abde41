"""``python -m servicestelle export …`` end to end: filters, columns, search, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from tests.cli.runner import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    home = tmp_path_factory.mktemp("export-cli")
    db = str(home / "demo.db")
    assert run("--db", db, "init", home=home).returncode == 0
    made = run("--db", db, "demo", "--volunteers", "120", "--seed", "2", home=home)
    assert made.returncode == 0, made.stderr
    return db, home


def rows(path: Path, sheet: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def test_export_with_filter_columns_and_sort(demo, tmp_path):
    db, home = demo
    out = tmp_path / "aktive.xlsx"
    done = run(
        "--db",
        db,
        "--user",
        "Frau Test",
        "export",
        "volunteers",
        str(out),
        "--filter",
        "status=aktiv",
        "--filter",
        "status=pausiert",
        "--columns",
        "last_name,first_name,status,phone,since",
        "--sort",
        "since:ab",
        home=home,
    )
    assert done.returncode == 0, done.stderr
    assert "Zeilen exportiert nach" in done.stdout
    table = rows(out, "Ehrenamtliche")
    assert table[0] == ["Nachname", "Vorname", "Status", "Telefon", "Aktiv seit"]
    assert table[1:] and {r[2] for r in table[1:]} <= {"aktiv", "pausiert"}
    since = [r[4] for r in table[1:] if r[4] != ""]
    assert since == sorted(since, reverse=True)
    info = {r[0]: r[1] for r in rows(out, "Info")}
    assert info["Filter: Status"] == "aktiv, pausiert"
    assert info["Exportiert von"] == "Frau Test"
    assert info["Zeilen"] == len(table) - 1


@pytest.mark.parametrize("entity", ["newcomers", "pairings", "requests", "organisations", "events"])
def test_every_list(demo, tmp_path, entity):
    db, home = demo
    out = tmp_path / f"{entity}.xlsx"
    done = run("--db", db, "export", entity, str(out), home=home)
    assert done.returncode == 0, done.stderr
    assert len(CalamineWorkbook.from_path(str(out)).sheet_names) == 2


def test_search_text(demo, tmp_path):
    db, home = demo
    first = rows(_export(demo, tmp_path / "all.xlsx", "--columns", "last_name"), "Ehrenamtliche")
    name = str(first[1][0])
    found = rows(
        _export(demo, tmp_path / "one.xlsx", "--columns", "last_name", "--search", name),
        "Ehrenamtliche",
    )
    assert 1 < len(found) < len(first) and all(r[0] == name for r in found[1:])


def _export(demo, out: Path, *extra: str) -> Path:
    db, home = demo
    done = run("--db", db, "export", "volunteers", str(out), *extra, home=home)
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--filter", "shoe=42"], "Unbekannter Filter »shoe«"),
        (["--filter", "status"], "FELD=WERT"),
        (["--filter", "status=verreist"], "Unbekannter Wert »verreist«"),
        (["--filter", "since_from=32.13.2020"], "seit ab"),
        (["--columns", "last_name,shoe"], "Unbekannte Spalte »shoe«"),
        (["--sort", "languages"], "nicht sortieren"),
    ],
)
def test_usage_errors_exit_2_in_german(demo, tmp_path, extra, message):
    db, home = demo
    out = tmp_path / "x.xlsx"
    done = run("--db", db, "export", "volunteers", str(out), *extra, home=home)
    assert done.returncode == 2
    assert message in done.stderr
    assert not out.exists()


def test_unknown_list_and_unsearchable_list_exit_2(demo, tmp_path):
    db, home = demo
    assert run("--db", db, "export", "shoes", str(tmp_path / "x.xlsx"), home=home).returncode == 2
    done = run("--db", db, "export", "events", str(tmp_path / "x.xlsx"), "--search", "x", home=home)
    assert done.returncode == 2 and "nicht nach Text durchsuchen" in done.stderr


def test_write_failure_exits_1(demo, tmp_path):
    db, home = demo
    done = run("--db", db, "export", "volunteers", str(tmp_path / "fehlt" / "x.xlsx"), home=home)
    assert done.returncode == 1
    assert "Ordner" in done.stderr and "Traceback" not in done.stderr


def test_help_is_german(demo):
    db, home = demo
    done = run("--db", db, "export", "--help", home=home)
    assert done.returncode == 0
    assert "Aufruf:" in done.stdout and "--filter FELD=WERT" in done.stdout
