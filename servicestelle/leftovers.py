"""Files being written, noted while they are written, so that what a killed program
left half-written (a backup, an export, a printout, a report) is removed at the next
start, wherever it was being written.

``writing(path)`` notes the temporary file in the data folder's ``laufend/`` folder
under an OS lock that ends with the process; ``clean_up()`` (at every start of the
program and the command line) removes each temporary file whose note is no longer
locked, that is, whose writer is gone.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from .filelock import FileLock, read_text
from .paths import data_dir

log = logging.getLogger(__name__)


def _folder() -> Path:
    folder = data_dir() / "laufend"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


@contextlib.contextmanager
def writing(path: str | os.PathLike[str]) -> Iterator[None]:
    """While the block runs, ``path`` (a temporary file) is noted as being written."""
    try:
        lock = FileLock.try_acquire(_folder() / f"{uuid.uuid4().hex}.json")
        if lock is not None:
            lock.write(json.dumps({"path": os.fspath(path)}).encode("utf-8"))
    except OSError:  # no data folder to note it in: write all the same
        lock = None
    try:
        yield
    finally:
        if lock is not None:
            lock.release(remove=True)


def clean_up() -> list[Path]:
    """Remove what writers that are gone left half-written; returns the files removed."""
    removed: list[Path] = []
    try:
        notes = list(_folder().glob("*.json"))
    except OSError:
        return removed
    for note in notes:
        lock = FileLock.try_acquire(note)
        if lock is None:
            continue  # still being written by a running program
        try:
            target = Path(json.loads(read_text(note) or "{}").get("path", ""))
        except ValueError:
            target = Path()
        if target.name:
            for file in (target, Path(f"{target}-journal")):
                with contextlib.suppress(OSError):
                    if file.exists():
                        file.unlink()
                        removed.append(file)
        lock.release(remove=True)
    if removed:
        log.info("%d halb geschriebene Dateien eines abgebrochenen Laufs entfernt", len(removed))
    return removed
