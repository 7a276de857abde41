"""What a killed program left half-written — a backup, an export, a printout — is
removed at the next start, wherever it was being written; what a running program is
writing is left alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from servicestelle import leftovers

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name == "nt", reason="kills with SIGKILL")

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from servicestelle.leftovers import writing
    half = Path(sys.argv[1])
    with writing(half):
        half.write_bytes(b"halb geschrieben")
        print("schreibt", flush=True)
        time.sleep(60)
    """
)


def _start(half: Path) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(half)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == b"schreibt"
    return child


def test_a_killed_writers_half_file_goes_at_the_next_start(tmp_path: Path):
    half = tmp_path / "irgendwo" / ".~export.xlsx.tmp"
    half.parent.mkdir()
    child = _start(half)
    try:
        assert leftovers.clean_up() == []  # still being written: left alone
        assert half.exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert half.exists()  # the kill left it
    assert leftovers.clean_up() == [half]  # the next start removes it
    assert not half.exists()
    assert leftovers.clean_up() == []


def test_a_finished_write_leaves_no_note(tmp_path: Path):
    target = tmp_path / "fertig.tmp"
    with leftovers.writing(target):
        target.write_text("x")
    target.unlink()
    time.sleep(0)
    assert leftovers.clean_up() == []
