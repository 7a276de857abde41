"""Office settings and staff users live in the database, shared by everyone."""

from __future__ import annotations

from servicestelle.db import open_database
from servicestelle.services.settings import SettingsService, StaffService


def test_settings_have_defaults_and_are_shared_between_users(db_url):
    first = open_database(db_url, user="Frau R.")
    second = open_database(db_url, user="Herr K.")
    try:
        assert SettingsService(first).get("pairing.checkin_days") == 30
        SettingsService(first).set("pairing.checkin_days", 21)
        SettingsService(first).set("office.address", {"street": "Am Packhof 2-6",
                                                      "city": "19053 Schwerin"})
        assert SettingsService(second).get("pairing.checkin_days") == 21
        assert SettingsService(second).all()["office.address"]["street"] == "Am Packhof 2-6"
        assert SettingsService(second).get("unbekannt", "x") == "x"
    finally:
        first.dispose()
        second.dispose()


def test_staff_users_are_registered_once(db):
    staff = StaffService(db)
    staff.register("rmueller", "Frau Müller")
    staff.register("rmueller")
    staff.register("kschmidt", "Herr Schmidt")
    assert [u.display_name for u in staff.active()] == ["Frau Müller", "Herr Schmidt"]
