"""``match request ID`` and ``match newcomer ID``, end to end."""

from __future__ import annotations

import json
from pathlib import Path

from servicestelle.db import Database
from servicestelle.services.consents import ConsentService
from servicestelle.services.lists import DistrictService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from tests.cli.runner import run


def fill(db: Database) -> tuple[int, int, list[int]]:
    districts = DistrictService(db).by_name()
    volunteers = VolunteerService(db)
    consents = ConsentService(db)
    ids = []
    for name, district, language in (
        ("Haddad", "Lankow", "muttersprache"),
        ("Al-Hassan", "Weststadt", "gut"),
        ("Ohne", "Lankow", "muttersprache"),
    ):
        volunteer = volunteers.create(
            first_name="Samira",
            last_name=name,
            status="aktiv",
            district_id=districts[district],
            languages=[("ar", language)],
        )
        if name != "Ohne":
            consents.give("volunteer", volunteer.id)
        ids.append(int(volunteer.id))
    request = HelpRequestService(db).create(
        title="Dolmetschen beim Kinderarzt",
        languages=["ar"],
        languages_required=True,
        district_id=districts["Lankow"],
    )
    newcomer = NewcomerService(db).create(last_name="Haddad", languages=["ar"])
    return int(request.id), int(newcomer.id), ids


def test_match_request_as_json(sqlite_db: Database, tmp_path: Path) -> None:
    request, _newcomer, (first, second, _without) = fill(sqlite_db)
    done = run(
        "--db", sqlite_db.location, "match", "request", str(request), "--json", home=tmp_path
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["kind"] == "request"
    assert data["id"] == request
    assert data["title"] == "Dolmetschen beim Kinderarzt"
    assert data["considered"] == 3
    assert data["suitable"] == 2
    assert data["excluded"] == {"keine gültige Einwilligung zur Datenspeicherung": 1}
    assert [m["volunteer_id"] for m in data["matches"]] == [first, second]
    best = data["matches"][0]
    assert best["name"] == "Haddad, Samira"
    assert "spricht Arabisch (Muttersprache)" in best["reasons_for"]
    assert "wohnt im selben Stadtteil" in best["reasons_for"]
    assert isinstance(best["score"], float)
    assert best["score"] > data["matches"][1]["score"]
    assert "wohnt im Nachbarstadtteil" in data["matches"][1]["reasons_for"]  # both West

    top = run(
        "--db",
        sqlite_db.location,
        "match",
        "request",
        str(request),
        "--json",
        "--top",
        "1",
        home=tmp_path,
    )
    assert [m["volunteer_id"] for m in json.loads(top.stdout)["matches"]] == [first]


def test_match_newcomer_as_text(sqlite_db: Database, tmp_path: Path) -> None:
    _request, newcomer, _ids = fill(sqlite_db)
    done = run("--db", sqlite_db.location, "match", "newcomer", str(newcomer), home=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Patenschaft für {newcomer}: Haddad"
    assert "3 aktive Ehrenamtliche geprüft." in lines
    assert any(line.startswith("  1. Haddad, Samira") for line in lines)
    assert "       + spricht Arabisch (Muttersprache)" in lines


def test_match_unknown_record_is_one_german_line(sqlite_db: Database, tmp_path: Path) -> None:
    done = run("--db", sqlite_db.location, "match", "request", "4711", home=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("Fehler:")
    assert "Traceback" not in done.stderr
    bad = run("--db", sqlite_db.location, "match", "pairing", "1", home=tmp_path)
    assert bad.returncode == 2
