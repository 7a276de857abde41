"""The headless commands, end to end: in the test process (``main()``), and the version
and the help in a real ``python -m servicestelle``."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from servicestelle import cli
from tests.cli.runner import ROOT, isolated_logging, run, run_process


def check_stats(stats: dict, volunteers: int) -> None:
    for key in ("volunteers", "newcomers", "pairings", "help_requests", "organisations",
                "events"):
        assert isinstance(stats[key]["total"], int), key
        assert isinstance(stats[key]["by_status"], dict), key
        assert stats[key]["total"] > 0, key
    assert stats["volunteers"]["total"] == volunteers
    assert sum(stats["volunteers"]["by_status"].values()) == volunteers


def test_init_demo_stats_on_sqlite(tmp_path):
    db = str(tmp_path / "x.db")
    assert run("--db", db, "init", home=tmp_path).returncode == 0
    demo = run("--db", db, "demo", "--volunteers", "300", "--seed", "1", home=tmp_path)
    assert demo.returncode == 0, demo.stderr
    stats = run("--db", db, "stats", "--json", home=tmp_path)
    assert stats.returncode == 0, stats.stderr
    check_stats(json.loads(stats.stdout), 300)
    human = run("--db", db, "stats", home=tmp_path)
    assert "Ehrenamtliche" in human.stdout


@pytest.mark.postgresql
def test_init_demo_stats_on_postgresql(tmp_path, pg_server):
    from tests.conftest import new_pg_database

    url = new_pg_database(pg_server, None)
    assert run("--db", url, "init", home=tmp_path).returncode == 0
    assert run("--db", url, "demo", "--volunteers", "200", home=tmp_path).returncode == 0
    stats = run("--db", url, "stats", "--json", home=tmp_path)
    assert stats.returncode == 0, stats.stderr
    check_stats(json.loads(stats.stdout), 200)


def test_database_from_the_environment_and_search(tmp_path):
    db = str(tmp_path / "env.db")
    env_run = run("init", home=tmp_path, env={"SERVICESTELLE_DB": db})
    assert env_run.returncode == 0 and db in env_run.stdout
    assert Path(db).exists()
    found = run("--db", db, "search", "müller", home=tmp_path)
    assert found.returncode == 0 and found.stdout == ""


def test_version_and_german_help(tmp_path):
    version = run_process("--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("Servicestelle ")
    helptext = run_process("--help", home=tmp_path)
    assert "Aufruf:" in helptext.stdout and "Beispieldaten erzeugen" in helptext.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("init",), "keine Datenbank"),
        (("bogus",), "ungültiger Aufruf"),
        (("demo", "--volunteers", "0"), "mindestens 1"),
    ],
)
def test_errors_are_one_german_line_without_traceback(tmp_path, args, message):
    bad = tmp_path / "kaputt.db"
    bad.write_text("das ist keine Datenbank")
    result = run("--db", str(bad), *args, home=tmp_path)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_postgresql_server_is_a_clear_message(tmp_path):
    result = run("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "stats",
                 home=tmp_path)
    assert result.returncode == 1
    assert "Datenbank" in result.stderr and "Traceback" not in result.stderr


def test_repeated_calls_keep_one_log_file_handler(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SERVICESTELLE_HOME", str(tmp_path))
    db = str(tmp_path / "x.db")
    with isolated_logging():
        for _ in range(3):
            assert cli.main(["--db", db, "init"]) == 0
        ours = [h for h in logging.getLogger().handlers if getattr(h, "_servicestelle", False)]
        assert len(ours) == 1
        assert (tmp_path / "logs" / "servicestelle.log").exists()
    assert db in capsys.readouterr().out


def test_building_the_parser_imports_no_database_code():
    code = (
        "import sys; from servicestelle.cli import build_parser; build_parser(); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'openpyxl', 'reportlab', 'babel') "
        "or m.startswith(('servicestelle.services', 'servicestelle.models', "
        "'servicestelle.db', 'servicestelle.importing', 'servicestelle.exporting'))); "
        "print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, env={**os.environ})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_export_lists_are_those_of_the_service():
    from servicestelle.cli.export import LISTS
    from servicestelle.exporting.service import ENTITIES

    assert LISTS == ENTITIES, "servicestelle/cli/export.py: LISTS wie exporting.service.ENTITIES"
