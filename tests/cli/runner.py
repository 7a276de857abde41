"""Running the command line in the test process, as a new process would run it.

``run`` calls ``servicestelle.cli.main`` in this process: the environment, the data
folder, stdin (not a terminal; empty unless given), the known passwords and the root
logger's handlers are set up as in a fresh ``python -m servicestelle`` and put back
afterwards. stdout and stderr are captured as text; an ``argparse`` exit (``--help``,
a wrong call) gives its exit code like the process would. ``run_process`` starts a real
process, for the few tests that need one.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from servicestelle import encryption
from servicestelle.cli import main

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    """What ``subprocess.run(..., capture_output=True, text=True)`` gives, in short."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def isolated_logging() -> Iterator[None]:
    """The root logger as a new process has it: without the program's log file handler
    (``setup_logging`` then opens the log file in the current data folder); afterwards
    the handlers added meanwhile are closed and the old ones are back."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    for handler in before:
        if getattr(handler, "_servicestelle", False):
            root.removeHandler(handler)
    try:
        yield
    finally:
        for handler in root.handlers:
            if handler not in before:
                handler.close()
        root.handlers[:] = before
        root.setLevel(level)


def _exit_code(exc: SystemExit, stderr: io.StringIO) -> int:
    """The exit code of a process that ends with ``exc`` (as the interpreter sets it)."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=stderr)
    return 1


def run(
    *args: str, home: Path, env: Mapping[str, str | None] | None = None, stdin: str = ""
) -> Result:
    """``python -m servicestelle ARGS`` with the data folder ``home``, in this process.
    ``env`` sets (or, with None, removes) environment variables; ``stdin`` is what the
    command reads (never a terminal)."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch, isolated_logging():
        patch.chdir(ROOT)
        patch.setenv("SERVICESTELLE_HOME", str(home))
        patch.delenv("SERVICESTELLE_DB", raising=False)
        for name, value in (env or {}).items():
            if value is None:
                patch.delenv(name, raising=False)
            else:
                patch.setenv(name, value)
        patch.setattr(sys, "stdin", io.StringIO(stdin))
        patch.setattr(encryption, "_passwords", {})  # a new process knows no password yet
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = _exit_code(exc, err)
    return Result(list(args), code, out.getvalue(), err.getvalue())


def run_process(
    *args: str, home: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m servicestelle ARGS`` in a new process (stdin: nothing)."""
    environment = {**os.environ, "SERVICESTELLE_HOME": str(home)}
    environment.pop("SERVICESTELLE_DB", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "servicestelle", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
