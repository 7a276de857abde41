"""Screen actions on a PostgreSQL server behind a slow network, with the real widgets.

Usage: QT_QPA_PLATFORM=offscreen python bench/network.py [--volunteers N] [--runs N]
       [--delays 0,2,20] [--db URL]

The program reaches the server through a TCP proxy of our own (``tests/wire.py``) that
holds every packet ``delay`` milliseconds in each direction (this machine's kernel has
no netem): 0 ms (the same machine), 2 ms (a city's LAN), 20 ms (a VPN from home; a
round trip then takes 40 ms). Without ``--db`` a private server is started from the
Debian ``postgresql`` binaries and filled with demo data.

Measured, medians of ``--runs`` runs, each with the round trips it took:

- start-up: opening the database and the main window up to the painted first list;
- list page: F5 on »Ehrenamtliche« (count and first rows);
- record window: a volunteer's window opened;
- save: a phone number typed and »Speichern« clicked: until the window is reloaded,
  and until the open list and the Wiedervorlage's count followed (background);
- Wiedervorlage: the page opened up to its loaded list (loaded in the background);
- the longest time the window did not answer (no event handled) during each action.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from servicestelle import models as m  # noqa: E402
from servicestelle.db import open_database  # noqa: E402
from servicestelle.demo import generate  # noqa: E402
from tests.wire import WireProxy  # noqa: E402

TIMEOUT_S = 60.0


class Stalls:
    """The longest pause between two turns of the event loop while armed: a timer
    that should fire every 5 ms notes how late it came."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def arm(self) -> None:
        QApplication.processEvents()
        self._last = time.perf_counter()
        self.longest = 0.0


def idle(done: Callable[[], bool] = lambda: True) -> None:
    """Turn the event loop until ``done()`` and no background work is left."""
    deadline = time.perf_counter() + TIMEOUT_S
    while True:
        QApplication.processEvents()
        if done() and QThreadPool.globalInstance().activeThreadCount() == 0:
            QApplication.processEvents()
            return
        if time.perf_counter() > deadline:
            raise SystemExit("Zeitüberschreitung")
        time.sleep(0.001)


def measure(proxy: WireProxy, stalls: Stalls, action: Callable[[], object],
            done: Callable[[], bool] = lambda: True) -> tuple[float, float, int, float]:
    """Of ``action``: milliseconds until it returned and until ``done`` with nothing
    left in the background, its round trips (background included) and the longest
    stall of the event loop in milliseconds."""
    idle()
    stalls.arm()
    trips = proxy.round_trips
    started = time.perf_counter()
    action()
    returned = time.perf_counter() - started
    idle(done)
    took = time.perf_counter() - started
    return returned * 1000, took * 1000, proxy.round_trips - trips, stalls.longest * 1000


def one_run(url: str, proxy: WireProxy, folder: Path, stalls: Stalls) -> dict[str, tuple]:
    from tests.scenarios import driver as d
    from ui.changes import release_bus
    from ui.forms.form_dialog import FormDialog, open_record_dialog
    from ui.main_window import MainWindow

    results: dict[str, tuple] = {}
    held: dict[str, object] = {}

    def start() -> None:
        db = open_database(proxy.url_for(url), user="Messung")
        window = MainWindow(db, QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat))
        window.resize(1366, 768)
        window.show()
        held.update(db=db, window=window)

    def first_rows() -> bool:
        window = held.get("window")
        page = window.current_list() if window is not None else None  # type: ignore[attr-defined]
        return page is not None and page.row_count() > 0

    results["Start"] = measure(proxy, stalls, start, first_rows)
    window, db = held["window"], held["db"]
    results["Liste (F5)"] = measure(
        proxy, stalls, lambda: QTest.keyClick(window, Qt.Key.Key_F5), first_rows
    )
    with db.read() as session:  # type: ignore[attr-defined]
        volunteer = session.scalar(select(m.Volunteer.id).order_by(m.Volunteer.id).limit(1))
    opened: list[FormDialog] = []
    results["Datensatzfenster"] = measure(
        proxy, stalls, lambda: opened.append(open_record_dialog(window, db, "volunteer",
                                                                volunteer))
    )
    dialog = opened[0]
    d.fill(dialog, "Telefon", f"0385 {time.time_ns() % 10_000_000:07d}")
    results["Speichern"] = measure(proxy, stalls, lambda: d.click(dialog, "Speichern"))
    dialog.form.load(dialog.record)
    dialog.close()
    page: list[object] = []

    def followups_loaded() -> bool:
        shown = window.pages.get("followups")  # type: ignore[attr-defined]
        return shown is not None and getattr(shown, "task", None) is None or (
            shown is not None and not shown.task.running
        )

    results["Wiedervorlage"] = measure(
        proxy, stalls, lambda: page.append(d.go_to(window, "Wiedervorlage")), followups_loaded
    )
    window.close()  # type: ignore[attr-defined]
    release_bus(db)  # type: ignore[arg-type]
    db.dispose()  # type: ignore[attr-defined]
    window.deleteLater()  # type: ignore[attr-defined]
    QApplication.processEvents()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--volunteers", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--delays", default="0,2,20", help="Millisekunden je Richtung")
    parser.add_argument("--db", help="eine Server-Datenbank mit Demodaten statt eines eigenen")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    from ui.formatting import use_german_numbers

    use_german_numbers()
    server = None
    url = args.db
    if url is None:
        from tests.pgserver import PrivateServer

        server = PrivateServer()
        admin = server.start()
        if admin is None:
            raise SystemExit(f"kein PostgreSQL: {server.reason}")
        from sqlalchemy import create_engine, text

        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("CREATE DATABASE bench_network"))
        engine.dispose()
        url = admin.rsplit("/", 1)[0] + "/bench_network"
        print(f"Demodaten: {args.volunteers} Ehrenamtliche …", flush=True)
        filled = open_database(url, user="Messung")
        generate(filled, args.volunteers, seed=1)
        filled.dispose()
    address = make_url(url)
    stalls = Stalls()
    print(f"{os.cpu_count()} Kerne, {args.runs} Läufe je Verzögerung, Median: bis die "
          "Aktion zurückkehrt · bis alles geladen ist (auch im Hintergrund) · Round Trips "
          "· längste Pause der Oberfläche")
    try:
        for delay in (float(x) for x in args.delays.split(",")):
            proxy = WireProxy(address.host or "127.0.0.1", int(address.port or 5432),
                              delay_s=delay / 1000)
            runs = []
            with tempfile.TemporaryDirectory() as folder:
                for _ in range(args.runs):
                    runs.append(one_run(url, proxy, Path(folder), stalls))
            proxy.close()
            print(f"\n{delay:g} ms je Richtung:")
            for action in runs[0]:
                back, ms, trips, stall = (
                    statistics.median(r[action][i] for r in runs) for i in range(4)
                )
                print(f"  {action:<18} {back:6.0f} ms {ms:7.0f} ms  {trips:4.0f} RT  "
                      f"Pause {stall:5.0f} ms")
    finally:
        if server is not None:
            server.stop()
    del app


if __name__ == "__main__":
    main()
