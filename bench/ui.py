"""Interface timings and memory on a large database, offscreen, with the real widgets.

Usage: QT_QPA_PLATFORM=offscreen python bench/ui.py DB [--runs N] [--steps N]

Measured (medians of N runs):

- opening the Ehrenamtliche page: from the click on its navigation entry to the first
  paint of the table with rows (the page is built anew for each run, as on its first
  visit, by dropping the window's built page; once more for a page already built);
- a filter change to the repainted list: free text typed into the filter bar (the
  pause before the list follows is reported separately and not counted), and a choice
  of status and of district (applied at once);
- a save to the repainted open list (the change notification's way, no F5);
- memory: peak (``ru_maxrss``) and current (``/proc/self/statm``) resident size at
  start, after opening the page, after scrolling through the whole list in steps (the
  scroll bar moved, events processed) and after scrolling back.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import PySide6  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import (  # noqa: E402
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from servicestelle.db import open_database  # noqa: E402

TIMEOUT_S = 30.0
KEEP_ALIVE = 10**9
WORDS = ("ole", "ann", "berg", "peter", "ahmad", "weber", "lena", "schmidt", "kai")


def keep_singletons_alive() -> bool:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None (and to True/False) on
    many calls (every call of a void method such as ``setText``), so that a process
    dies with "none_dealloc" after some ten thousand calls (the program after about
    1,400 filter changes). Python 3.12 makes these objects immortal. Here the
    measurement must run to the end: their reference counts get a large reserve.
    Returns whether that was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += KEEP_ALIVE
    return True


def num(value: int) -> str:
    """A whole number with German thousands separators."""
    return f"{value:,}".replace(",", ".")


def rss_mib() -> tuple[float, float]:
    """(peak, current) resident set size of this process in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return peak, pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class PaintWatch(QObject):
    """Notes the time of the first paint of a widget after ``arm()``."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.painted_at: float | None = None
        self.condition: Callable[[], bool] = lambda: True
        widget.installEventFilter(self)

    def arm(self, condition: Callable[[], bool]) -> None:
        self.painted_at = None
        self.condition = condition

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None and self.condition():
            self.painted_at = time.perf_counter()
        return False


def _quiet(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages to stderr, without the offscreen platform's chatter."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def wait_for(done: Callable[[], bool], what: str) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not done():
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit(f"Zeitüberschreitung: {what}")


def click_entry(window, key: str) -> None:  # noqa: ANN001
    """Click the navigation entry of page ``key`` with the mouse."""
    nav = window.navigation
    item = nav.item(window._index_of(key))
    QTest.mouseClick(
        nav.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        nav.visualItemRect(item).center(),
    )


def open_page_ms(window, *, fresh: bool) -> float:  # noqa: ANN001
    """Milliseconds from the click on "Ehrenamtliche" to the first painted rows."""
    click_entry(window, "overview")
    wait_for(lambda: window.current_list() is None, "Übersicht")
    if fresh:  # as on the first visit: the page is built by the click
        old = window.pages.pop("volunteers", None)
        if old is not None:
            window.stack.removeWidget(old)
            old.deleteLater()
    QApplication.processEvents()
    started = time.perf_counter()
    click_entry(window, "volunteers")
    page = window.current_list()
    if page is None:
        raise SystemExit("Die Seite Ehrenamtliche ist keine Liste")
    watch = PaintWatch(page.view.viewport())
    watch.arm(lambda: page.model.rowCount() > 0)
    if fresh or page.model.rowCount() == 0:
        wait_for(lambda: watch.painted_at is not None, "erste Zeilen")
    else:
        page.view.viewport().repaint()  # a built page shows at once; wait for its paint
        wait_for(lambda: watch.painted_at is not None, "erste Zeilen")
    assert watch.painted_at is not None
    return (watch.painted_at - started) * 1000


def filter_change_ms(page, change: Callable[[], None], *, typed: bool) -> tuple[float, float]:  # noqa: ANN001
    """(ms from the list's reset to its repaint, ms of the pause before the reset)."""
    model = page.model
    reset_at: list[float] = []
    watch = PaintWatch(page.view.viewport())
    watch.arm(lambda: bool(reset_at))

    def on_reset() -> None:
        reset_at.append(time.perf_counter())

    model.modelAboutToBeReset.connect(on_reset)
    try:
        started = time.perf_counter()
        change()
        changed_at = time.perf_counter()
        wait_for(lambda: watch.painted_at is not None, "neu gemalte Liste")
    finally:
        model.modelAboutToBeReset.disconnect(on_reset)
        page.view.viewport().removeEventFilter(watch)
    assert watch.painted_at is not None
    begin = reset_at[0] if typed else started
    return (watch.painted_at - begin) * 1000, (reset_at[0] - changed_at) * 1000


def type_text(page, word: str) -> None:  # noqa: ANN001
    field = page.search
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    QTest.keyClicks(field, word)  # ASCII only (see PITFALLS.md)


def scroll_through(page, steps: int, *, back: bool) -> tuple[list[float], float]:  # noqa: ANN001
    """Move the scroll bar in ``steps`` steps to the end (or back to the top); returns
    the current RSS after each step and the median milliseconds per step."""
    bar = page.view.verticalScrollBar()
    top = bar.maximum()
    samples: list[float] = []
    times: list[float] = []
    for step in range(1, steps + 1):
        value = round(top * step / steps)
        started = time.perf_counter()
        bar.setValue(top - value if back else value)
        QApplication.processEvents()
        page.view.viewport().repaint()  # the rows now in view are loaded and drawn
        times.append((time.perf_counter() - started) * 1000)
        samples.append(rss_mib()[1])
    return samples, statistics.median(times)


def refresh_after_save_ms(db, page, runs: int) -> tuple[list[float], list[float]]:  # noqa: ANN001
    """Milliseconds from a save (a record window's save: the service call, its commit
    and the change notification) to the open list repainted."""
    from servicestelle.services.volunteers import VolunteerService

    service = VolunteerService(db)
    model = page.model
    first_id = model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    record_id = first_id if isinstance(first_id, int) else service.get(1).id
    spent: list[float] = []
    refresh: list[float] = []  # from the list's reset (the notification) to its repaint
    for run in range(runs):
        reset_at: list[float] = []
        watch = PaintWatch(page.view.viewport())
        watch.arm(lambda mark=reset_at: bool(mark))

        def on_reset(mark: list[float] = reset_at) -> None:
            mark.append(time.perf_counter())

        model.modelAboutToBeReset.connect(on_reset)
        try:
            record = service.get(record_id)
            saved_at = time.perf_counter()  # the save itself counts: it tells the list
            service.update(record_id, record.version, phone=f"0385 55{run:04d}")
            wait_for(lambda w=watch: w.painted_at is not None, "Liste nach dem Speichern")
        finally:
            model.modelAboutToBeReset.disconnect(on_reset)
            page.view.viewport().removeEventFilter(watch)
        assert watch.painted_at is not None
        spent.append((watch.painted_at - saved_at) * 1000)
        refresh.append((watch.painted_at - reset_at[0]) * 1000)
    return spent, refresh


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--steps", type=int, default=100, help="Schritte beim Scrollen")
    args = parser.parse_args()
    if args.runs < 5:
        parser.error("--runs: mindestens 5")

    guarded = keep_singletons_alive()
    none_refs = sys.getrefcount(None)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    qInstallMessageHandler(_quiet)
    from ui.formatting import use_german_numbers
    from ui.main_window import MainWindow
    from ui.pages.list_page import DEBOUNCE_MS

    use_german_numbers()
    db = open_database(args.db, user="bench")
    memory: list[tuple[str, float, float]] = [("Start (Qt + Datenbank offen)", *rss_mib())]
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "fenster.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        window = MainWindow(db, settings)
        window.resize(1280, 800)
        window.show()
        first = window.current_list()
        assert first is not None
        watch = PaintWatch(first.view.viewport())
        watch.arm(lambda: first.model.rowCount() > 0)
        wait_for(lambda: watch.painted_at is not None, "erstes Fenster")
        window_ms = (time.perf_counter() - started) * 1000
        first.view.viewport().removeEventFilter(watch)

        fresh = [open_page_ms(window, fresh=True) for _ in range(args.runs)]
        again = [open_page_ms(window, fresh=False) for _ in range(args.runs)]
        page = window.current_list()
        assert page is not None
        total = page.model.rowCount()
        memory.append(("nach Öffnen der Seite", *rss_mib()))

        text_ms, pauses = [], []
        for word in WORDS[: max(args.runs, 5)]:
            spent, pause = filter_change_ms(page, lambda w=word: type_text(page, w), typed=True)
            text_ms.append(spent)
            pauses.append(pause)
        page.reset_filters()
        QApplication.processEvents()

        def choices(key: str) -> list[tuple[str, float]]:
            box = page.filter_bar.boxes[key]
            result = []
            indexes = [*range(1, box.count()), 0]  # every choice, then "alle" again
            for index in indexes[: max(args.runs, 5) + 1]:
                spent, _ = filter_change_ms(
                    page, lambda i=index: box.setCurrentIndex(i), typed=False
                )
                result.append((box.itemText(index), spent))
            box.setCurrentIndex(0)
            QApplication.processEvents()
            return result

        status = choices("status")
        district = choices("district")
        page.reset_filters()
        QApplication.processEvents()
        saved, refreshed = refresh_after_save_ms(db, page, args.runs)

        rows_down, step_down = scroll_through(page, args.steps, back=False)
        last_row = page.view.rowAt(page.view.viewport().height() - 2)
        memory.append((f"nach Scrollen bis Zeile {num(last_row + 1)}", *rss_mib()))
        rows_up, step_up = scroll_through(page, args.steps, back=True)
        memory.append(("nach Scrollen zurück zum Anfang", *rss_mib()))
        blocks = len(page.model.loaded_blocks())
        lost = none_refs - sys.getrefcount(None)
        window.close()
    db.dispose()
    del app

    cores = len(os.sched_getaffinity(0))
    print(
        f"Oberfläche (offscreen), {num(total)} Ehrenamtliche, Rechner mit {cores} Kernen, "
        f"Median aus {args.runs} Läufen"
    )
    print(f"  {window_ms:8.1f} ms  Fenster öffnen bis erste Zeilen gemalt (einmal)")
    print(
        f"  {statistics.median(fresh):8.1f} ms  Seite »Ehrenamtliche« öffnen, erster Besuch "
        "(Klick bis erste Zeilen gemalt; Ziel ≤ 150)"
    )
    print(f"  {statistics.median(again):8.1f} ms  Seite »Ehrenamtliche« erneut zeigen")
    print(
        f"  {statistics.median(text_ms):8.1f} ms  Suchtext getippt → Liste neu gemalt "
        "(ohne Pause; Ziel ≤ 50)"
    )
    print(
        f"  {statistics.median(pauses):8.1f} ms  Pause nach dem letzten Tastendruck "
        f"(eingestellt: {DEBOUNCE_MS} ms ± 5 %, oben nicht mitgezählt)"
    )
    for label, measured in (("Status", status), ("Stadtteil", district)):
        times = [t for _, t in measured]
        print(
            f"  {statistics.median(times):8.1f} ms  {label} gewählt → Liste neu gemalt "
            f"(Ziel ≤ 50; schnellste {min(times):.1f}, langsamste {max(times):.1f})"
        )
    print(
        f"  {statistics.median(refreshed):8.1f} ms  nach dem Speichern: Liste neu geladen und "
        f"gemalt (Ziel ≤ 50; schnellste {min(refreshed):.1f}, langsamste {max(refreshed):.1f})"
    )
    print(
        f"  {statistics.median(saved):8.1f} ms  speichern samt Neuzeichnen der Liste "
        f"(schnellste {min(saved):.1f}, langsamste {max(saved):.1f})"
    )
    print(f"  {step_down:8.1f} ms  ein Scrollschritt abwärts ({num(total // args.steps)} Zeilen)")
    print(f"  {step_up:8.1f} ms  ein Scrollschritt aufwärts")
    print(f"  {'Speicher (MiB)':<34} {'Spitze':>7} {'aktuell':>8}")
    for label, peak, current in memory:
        print(f"  {label:<34} {peak:7.1f} {current:8.1f}")
    during = rows_down + rows_up
    print(
        f"  beim Scrollen aktuell: {min(during):.1f} – {max(during):.1f} MiB, "
        f"am Ende {blocks} Blöcke geladen"
    )
    if guarded and lost > 0:
        print(
            f"Achtung: PySide6 {PySide6.__version__} unter Python "
            f"{sys.version_info.major}.{sys.version_info.minor} hat in diesem Lauf "
            f"{num(lost)} Verweise auf None verloren, mit den Messungen selbst (ohne "
            "Reserve stürzt ein Prozess ab, sobald keine mehr übrig sind)."
        )


if __name__ == "__main__":
    main()
