"""``python -m servicestelle import …`` end to end: German CSV from Excel, JSON output,
dry run, error report, exit codes, a saved mapping, undo."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.cli.runner import run

GERMAN_EXCEL_CSV = (
    "Nachname;Vorname;Telefon;E-Mail;Stadtteil;Sprachen;seit\r\n"
    "Müller;Dmytro;0385/545-4534;dmytro.mueller@gmail.com;Großer Dreesch;Deutsch, Englisch;"
    "06.06.2021\r\n"
    "Jäger;Jürgen;3853008227;juergen.jaeger@t-online.de;Gartenstadt;"
    "Farsi (Muttersprache), Deutsch B2;07.07.2021\r\n"
    ";Ohne;;;;;\r\n"
    "Weiß;Tobias;+49 176 05194731;DMYTRO.MUELLER@GMAIL.COM;Ostorf;Deutsch;19.02.2020\r\n"
)


def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "Helferliste.csv"
    path.write_bytes(GERMAN_EXCEL_CSV.encode("cp1252"))
    return path


def test_import_with_json_summary_report_and_undo(tmp_path):
    db = str(tmp_path / "x.db")
    assert run("--db", db, "init", home=tmp_path).returncode == 0
    report = tmp_path / "fehler.xlsx"

    dry = run("--db", db, "import", "volunteers", str(csv_file(tmp_path)), "--dry-run",
              "--json", home=tmp_path)
    assert dry.returncode == 0, dry.stderr
    planned = json.loads(dry.stdout)
    assert planned["dry_run"] is True
    # Weiß shares Müller's e-mail address but is another person: imported, with a warning.
    assert (planned["created"], planned["skipped_duplicates"], planned["errors"]) == (3, 0, 1)
    assert planned["held_back"] == 3  # the list has no consent column: »interessiert«

    done = run("--db", db, "import", "volunteers", str(csv_file(tmp_path)), "--json",
               "--report", str(report), home=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    for key in ("created", "updated", "skipped_duplicates", "errors", "warnings"):
        assert isinstance(result[key], int), key
    assert (result["created"], result["skipped_duplicates"], result["errors"]) == (3, 0, 1)
    assert result["mapping"]["Nachname"] == "last_name"
    assert result["rejected"][0]["row"] == 4
    rows = list(load_workbook(report).active.values)
    assert rows[1][0] == 4 and "Nachname" in rows[1][1]

    found = run("--db", db, "search", "Jäger", home=tmp_path)
    assert "Jäger, Jürgen" in found.stdout

    human = run("--db", db, "import", "volunteers", str(csv_file(tmp_path)), home=tmp_path)
    assert human.returncode == 0
    assert "0 neu angelegt" in human.stdout and "3 Dubletten übersprungen" in human.stdout
    assert "Zeile 4" in human.stdout
    nothing = run("--db", db, "import", "undo", str(result["batch_id"] + 1), home=tmp_path)
    assert nothing.returncode == 0 and "nichts rückgängig zu machen" in nothing.stdout
    history = json.loads(run("--db", db, "import", "history", "--json", home=tmp_path).stdout)
    assert not next(e for e in history if e["id"] == result["batch_id"] + 1)["undone"]

    undone = run("--db", db, "import", "undo", str(result["batch_id"]), home=tmp_path)
    assert undone.returncode == 0, undone.stderr
    assert "3 Einträge entfernt" in undone.stdout
    assert "Jäger" not in run("--db", db, "search", "Jäger", home=tmp_path).stdout


def test_import_with_a_mapping_given_as_json(tmp_path):
    db = str(tmp_path / "x.db")
    run("--db", db, "init", home=tmp_path)
    mapping = json.dumps({"Nachname": "last_name", "Telefon": "notes"})
    done = run("--db", db, "import", "volunteers", str(csv_file(tmp_path)), "--mapping",
               mapping, "--on-duplicate", "create", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["mapping"] == {"Nachname": "last_name", "Telefon": "notes"}
    assert result["created"] == 3


def test_exit_codes(tmp_path):
    db = str(tmp_path / "x.db")
    run("--db", db, "init", home=tmp_path)
    fake = tmp_path / "bericht.xlsx"
    fake.write_bytes(b"%PDF-1.7 kein Excel")
    unreadable = run("--db", db, "import", "volunteers", str(fake), home=tmp_path)
    assert unreadable.returncode == 1
    assert "PDF" in unreadable.stderr and "Traceback" not in unreadable.stderr
    usage = run("--db", db, "import", "elephants", str(fake), home=tmp_path)
    assert usage.returncode == 2
    unknown = run("--db", db, "import", "volunteers", str(csv_file(tmp_path)), "--mapping",
                  "Gibt es nicht", home=tmp_path)
    assert unknown.returncode == 1 and "nicht gespeichert" in unknown.stderr


def test_history_lists_imports_and_an_older_one_is_undone_after_a_newer(tmp_path):
    db = str(tmp_path / "x.db")
    run("--db", db, "init", home=tmp_path)
    first = json.loads(run("--db", db, "import", "volunteers", str(csv_file(tmp_path)),
                           "--json", home=tmp_path).stdout)
    newer = tmp_path / "Korrektur.csv"
    newer.write_bytes(
        ("Nachname;Vorname;Telefon;E-Mail;Stadtteil\r\n"
         "Müller;Dmytro;0385 9999999;dmytro.mueller@gmail.com;Lankow\r\n"
         "Brandt;Maren;;maren.brandt@posteo.de;Ostorf\r\n").encode("cp1252"))
    second = run("--db", db, "import", "volunteers", str(newer), "--on-duplicate", "update",
                 "--json", home=tmp_path)
    assert second.returncode == 0, second.stderr
    updated = json.loads(second.stdout)
    assert (updated["created"], updated["updated"]) == (1, 1)

    history = run("--db", db, "import", "history", home=tmp_path)
    assert history.returncode == 0, history.stderr
    lines = history.stdout.splitlines()
    assert lines[0].startswith(f"Nr. {updated['batch_id']}") and "Korrektur.csv" in lines[0]
    assert "1 angelegt, 1 ergänzt" in lines[0]
    assert "Helferliste.csv" in lines[1] and "3 angelegt" in lines[1]
    listed = json.loads(run("--db", db, "import", "history", "--json", home=tmp_path).stdout)
    assert [e["file"] for e in listed] == ["Korrektur.csv", "Helferliste.csv"]
    assert listed[1]["user"] and listed[1]["sheet"]

    asked = run("--db", db, "import", "undo", str(first["batch_id"]), "--dry-run", home=tmp_path)
    assert asked.stdout.startswith("2 Einträge werden entfernt.")
    assert "Jäger, Jürgen" in run("--db", db, "search", "Jäger", home=tmp_path).stdout  # kept
    undone = run("--db", db, "import", "undo", str(first["batch_id"]), home=tmp_path)
    assert undone.returncode == 0, undone.stderr
    assert "2 Einträge werden entfernt." in undone.stdout
    assert "1 bleibt, weil er seit dem Import bearbeitet oder verwendet wurde: Müller, Dmytro." in (
        undone.stdout)
    found = run("--db", db, "search", "Müller", home=tmp_path).stdout
    assert "Müller, Dmytro" in found
    assert "rückgängig gemacht (2 entfernt, 1 behalten)" in run(
        "--db", db, "import", "history", home=tmp_path).stdout


def test_people_without_consent_on_the_command_line(tmp_path):
    db = str(tmp_path / "x.db")
    run("--db", db, "init", home=tmp_path)
    path = tmp_path / "dsgvo.csv"
    path.write_bytes("Nachname;Vorname;DSGVO\r\nDahl;Ole;nein\r\nBerg;Uwe;ja, 03.05.2022\r\n"
                     .encode("cp1252"))
    done = run("--db", db, "import", "volunteers", str(path), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Zeile 2 (Hinweis): Keine Einwilligung in der Liste" in done.stdout
    again = run("--db", db, "import", "volunteers", str(path), "--on-duplicate", "create",
                "--active-without-consent", "--json", home=tmp_path)
    assert json.loads(again.stdout)["created"] == 2


def _statuses(db_path: str) -> dict[str, str]:
    from sqlalchemy import select

    from servicestelle import models as m
    from servicestelle.db import open_database

    db = open_database(db_path, user="Test")
    try:
        with db.read() as session:
            rows = session.execute(select(m.Volunteer.last_name, m.Volunteer.status)).all()
        return {name: str(status.value) for name, status in rows}
    finally:
        db.dispose()


def test_the_status_of_new_people_on_the_command_line(tmp_path):
    db = str(tmp_path / "x.db")
    run("--db", db, "init", home=tmp_path)
    signup = tmp_path / "Anmeldung Ehrenamt.csv"
    signup.write_bytes("Zeitstempel;Nachname;Vorname\r\n12.03.2025 10:15;Aydin;Elif\r\n"
                       .encode("cp1252"))
    done = run("--db", db, "import", "volunteers", str(signup), home=tmp_path)
    assert done.returncode == 0, done.stderr
    plain = tmp_path / "liste.csv"
    plain.write_bytes("Nachname;Vorname\r\nBerg;Uwe\r\nCelik;Deniz\r\n".encode("cp1252"))
    done = run("--db", db, "import", "volunteers", str(plain), "--status", "pausiert",
               home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _statuses(db) == {"Aydin": "interessiert", "Berg": "pausiert", "Celik": "pausiert"}
    wrong = run("--db", db, "import", "volunteers", str(plain), "--status", "weg",
                home=tmp_path)
    assert wrong.returncode == 2
