"""Sending personalised mails through the outbox against plain smtplib in a loop, both
to a local SMTP server (aiosmtpd, STARTTLS, login). Target: the outbox (a committed
state change before and after each message, the contact-log entry) ≤ 2× the plain loop.

Usage: .venv/bin/python bench/writing.py [COUNT]   (default 2000; needs the test extras)
"""

from __future__ import annotations

import os
import resource
import smtplib
import ssl
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

    started = time.perf_counter()
    smtp = smtplib.SMTP("127.0.0.1", server.port)
    smtp.starttls(context=ssl.create_default_context())
    smtp.login(USER, PASSWORD)
    for person in people:
        subject, body = personalise(SUBJECT, BODY, SHARED, person.values())
        smtp.send_message(compose("info@stadt.example", person.display_name, person.address,
                                  subject, body), to_addrs=[person.address])
    smtp.quit()
    plain = time.perf_counter() - started

    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, "info@stadt.example", people)
    settings = ServerSettings("127.0.0.1", server.port, user=USER, rate=0,
                              sender="info@stadt.example")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = outbox.send(db, mailing, settings, PASSWORD)
    with_outbox = time.perf_counter() - started
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    server.stop()
    db.dispose()
    print(f"{count} E-Mails: smtplib allein {plain:.1f} s, mit Postausgang {with_outbox:.1f} s "
          f"(×{with_outbox / plain:.2f}, Ziel ≤ 2), {result.sent} gesendet, "
          f"Speicher dabei gewachsen um {grown / 1024:.1f} MB")


if __name__ == "__main__":
    main()
