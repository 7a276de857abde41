"""Erasure on request leaves no byte of the person in the SQLite file nor its -wal
file: checked by reading the files (UTF-8, lower case and as the search index folds
words), and inside the full-text index's own tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from servicestelle.services.privacy import PrivacyService
from servicestelle.services.privacy_erase import erased_everywhere
from servicestelle.services.volunteers import VolunteerService
from tests.unit.test_privacy import EMAIL, NAME, full_volunteer

WORDS = [NAME[1], EMAIL, "7771234", "Am Quxbaumweg"]


def _fts_text(path: Path) -> bytes:
    with sqlite3.connect(path) as conn:
        blobs = [b for (b,) in conn.execute("SELECT block FROM search_fts_data") if b]
        terms = [t for (t,) in conn.execute("SELECT term FROM search_fts_idx") if t]
        content = [c for (c,) in conn.execute("SELECT c0 FROM search_fts_content") if c]
    return (
        b"".join(blobs)
        + b"".join(t if isinstance(t, bytes) else t.encode() for t in terms)
        + "".join(content).encode()
    )


def test_the_name_is_in_the_file_before_and_nowhere_after(sqlite_db):
    path = Path(sqlite_db.location)
    volunteer_id, _newcomer_id = full_volunteer(sqlite_db)
    with sqlite3.connect(path) as conn:  # everything in the main file, as after a while
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert erased_everywhere(str(path), WORDS)  # the check can see the person
    assert b"quxbaum" in _fts_text(path)

    result = PrivacyService(sqlite_db).erase("volunteer", volunteer_id)

    assert result.compacted
    assert erased_everywhere(str(path), WORDS) == []
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert b"quxbaum" not in _fts_text(path)
    assert b"7771234" not in _fts_text(path)
    # The other person of the pairing is still found.
    from servicestelle.services.global_search import search

    assert [h.entity for h in search(sqlite_db, "Yarimova", 5)] == ["newcomer"]


def test_a_volunteer_without_pairings_is_deleted_without_trace(sqlite_db):
    path = Path(sqlite_db.location)
    service = VolunteerService(sqlite_db)
    keep = service.create(last_name="Bleibtreu", status="aktiv")
    gone = service.create(
        first_name="Wilma",
        last_name="Xentrop",
        status="aktiv",
        email="wilma.xentrop@example.net",
        phone="0171 9876543",
        notes="Xentrop mag Hunde",
    )
    service.update(gone.id, None, notes="Xentrop mag Katzen")  # old values in the log
    result = PrivacyService(sqlite_db).erase("volunteer", gone.id)
    assert result.plan.deletes_record
    assert erased_everywhere(str(path), ["Xentrop", "wilma.xentrop@example.net", "9876543"]) == []
    assert service.get(keep.id).last_name == "Bleibtreu"
