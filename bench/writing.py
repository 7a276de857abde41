"""Sending personalised mails through the outbox against plain smtplib in a loop, both
to a local SMTP server (aiosmtpd, STARTTLS, login). Target: the outbox (one commit a
message: its »sent« with the contact-log entry and the next row's »sending«, committed
before that next message is handed over) ≤ 2× the plain loop.

Both loops run RUNS times, alternately (another program's load on the machine meets both
alike); each run is printed, then the medians and their ratio. Each outbox run is a new
mailing to the same people (their contact logs grow by one entry a run).

Usage: .venv/bin/python bench/writing.py [COUNT [RUNS]]   (default 2000 3; needs the test
extras)
"""

from __future__ import annotations

import os
import resource
import smtplib
import ssl
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from servicestelle import models as m  # noqa: E402
from servicestelle.db import open_database  # noqa: E402
from servicestelle.services.consents import ConsentService  # noqa: E402
from servicestelle.services.reach import reach  # noqa: E402
from servicestelle.writing import outbox  # noqa: E402
from servicestelle.writing.messages import compose, personalise, recipients  # noqa: E402
from servicestelle.writing.server import ServerSettings  # noqa: E402
from tests.mailserver import PASSWORD, USER, MailServer  # noqa: E402

SUBJECT, BODY = "Einladung {Veranstaltung}", "{Anrede}\n\nam {Datum} ist das {Veranstaltung}."
SHARED = {"Veranstaltung": "Ehrenamtsforum", "Datum": "12.03.2027"}


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    folder = Path(tempfile.mkdtemp())
    server = MailServer(folder).start()
    os.environ["SSL_CERT_FILE"] = str(server.cert_file)
    db = open_database(folder / "bench.db", user="Bench")
    with db.session() as session:
        session.add_all(
            m.Volunteer(first_name=f"Vorname{i}", last_name=f"Nachname{i}",
                        email=f"person{i}@example.org", status="aktiv")
            for i in range(count)
        )
    with db.read() as session:
        ids = list(session.scalars(m.Volunteer.__table__.select().with_only_columns(
            m.Volunteer.id)))
    consents = ConsentService(db)
    for person_id in ids:
        consents.give("volunteer", person_id, contact_email=True)
    people = recipients(db, "volunteer", reach(db, "volunteer", [m.Volunteer.id.in_(ids)]))

    settings = ServerSettings("127.0.0.1", server.port, user=USER, rate=0,
                              sender="info@stadt.example")
    # alternately, so that another program's load on the machine meets both alike
    plain_times, outbox_times, grown = [], [], 0
    for run in range(runs):
        plain_times.append(plain_loop(server.port, people))
        server.received.clear()  # what the server keeps would slow the later runs
        mailing = outbox.queue(db, SUBJECT, BODY, SHARED, "info@stadt.example", people)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        result = outbox.send(db, mailing, settings, PASSWORD)
        outbox_times.append(time.perf_counter() - started)
        if run == 0:
            grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        assert result.sent == len(server.received) == count, result.summary()
        server.received.clear()
        print(f"  Lauf {run + 1}: smtplib allein {plain_times[-1]:.2f} s, mit Postausgang "
              f"{outbox_times[-1]:.2f} s (×{outbox_times[-1] / plain_times[-1]:.2f})")
    server.stop()
    db.dispose()
    plain, with_outbox = statistics.median(plain_times), statistics.median(outbox_times)
    print(f"{count} E-Mails, Median aus {runs} Läufen: smtplib allein {plain:.2f} s, mit "
          f"Postausgang {with_outbox:.2f} s (×{with_outbox / plain:.2f}, Ziel ≤ 2), "
          f"Speicher dabei gewachsen um {grown / 1024:.1f} MB")


def plain_loop(port: int, people: list) -> float:
    """The same messages by smtplib alone, over one connection; seconds."""
    started = time.perf_counter()
    smtp = smtplib.SMTP("127.0.0.1", port)
    smtp.starttls(context=ssl.create_default_context())
    smtp.login(USER, PASSWORD)
    for person in people:
        subject, body = personalise(SUBJECT, BODY, SHARED, person.values())
        smtp.send_message(compose("info@stadt.example", person.display_name, person.address,
                                  subject, body), to_addrs=[person.address])
    smtp.quit()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
