"""``servicestelle stats`` with a period: the same figures as the dashboard, as JSON."""

from __future__ import annotations

import json

from servicestelle.db import open_database
from servicestelle.services.figures import period_figures
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.periods import Period
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from tests.cli.runner import run


def _fill(url: str) -> None:
    db = open_database(url, user="Test")
    volunteers = VolunteerService(db)
    anna = volunteers.create(last_name="Anna", status="aktiv", since="2024-01-10").id
    volunteers.create(last_name="Bert", status="aktiv", since="2025-02-01")
    newcomer = NewcomerService(db).create(last_name="Haddad").id
    pairings = PairingService(db)
    pairing = pairings.propose(anna, newcomer, proposed_on="2025-01-01")
    pairings.start(pairing.id, pairing.version, on="2025-01-20")
    requests = HelpRequestService(db)
    first = requests.create(title="Arzt", received_on="2025-03-01")
    requests.assign(first.id, anna, on="2025-03-08")
    requests.create(title="Amt", received_on="2025-05-02")
    db.dispose()


def test_stats_json_with_a_period(db_url, tmp_path):
    _fill(db_url)
    result = run("--db", db_url, "stats", "--json", "--from", "2025-01-01", "--to", "2025-03-31",
                 home=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["volunteers"]["total"] == 2  # the counts of every record stay as they were
    period = data["period"]
    assert period["period"] == {"from": "2025-01-01", "to": "2025-03-31", "kind": "custom",
                                "label": "01.01.2025 – 31.03.2025"}
    figures = {key: f["value"] for key, f in period["figures"].items()}
    assert figures["volunteers_active"] == 2
    assert figures["volunteers_new"] == 1
    assert figures["pairings_started"] == 1
    assert figures["requests_received"] == 1
    assert figures["request_days_to_match"] == 7
    assert period["figures"]["requests_received"]["link"] == {
        "entity": "help_request",
        "filters": {"received_from": "2025-01-01", "received_to": "2025-03-31"},
        "include_archived": True,
        "title": "Eingegangene Hilfsanfragen – 01.01.2025 – 31.03.2025",
    }
    # the same as the service gives the dashboard
    db = open_database(db_url)
    expected = period_figures(db, Period.between("2025-01-01", "2025-03-31")).as_dict()
    db.dispose()
    assert period == json.loads(json.dumps(expected))


def test_stats_text_and_the_current_year(db_url, tmp_path):
    _fill(db_url)
    result = run("--db", db_url, "stats", "--from", "2025-01-01", "--to", "2025-12-31",
                 home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Kennzahlen 01.01.2025 – 31.12.2025" in result.stdout
    line = next(x for x in result.stdout.splitlines() if x.startswith("Eingegangene"))
    assert line.split()[-1] == "2"
    plain = run("--db", db_url, "stats", "--json", home=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert json.loads(plain.stdout)["period"]["period"]["kind"] == "year"


def test_a_wrong_period_is_one_german_line(tmp_path):
    db = str(tmp_path / "x.db")
    open_database(db).dispose()
    result = run("--db", db, "stats", "--from", "2025-05-01", "--to", "2025-04-01", home=tmp_path)
    assert result.returncode == 1
    assert "Ende liegt vor dem Beginn" in result.stderr and "Traceback" not in result.stderr
    result = run("--db", db, "stats", "--from", "1.5.", home=tmp_path)
    assert result.returncode == 1
    assert "Datum nicht lesbar" in result.stderr
