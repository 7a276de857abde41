"""A private, throw-away PostgreSQL server for the test run.

Found through ``SERVICESTELLE_TEST_PG`` (a URL of a server to use as it is) or else
started from the Debian ``postgresql`` package's binaries in a temporary directory on a
free loopback port (fsync off: a test server). Returns None when neither is possible.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bin_dir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivateServer:
    def __init__(self) -> None:
        self.url: str | None = None
        self.reason = ""
        self._dir: Path | None = None
        self._bin: Path | None = None
        self._run_as: list[str] = []

    def start(self) -> str | None:
        given = os.environ.get("SERVICESTELLE_TEST_PG")
        if given:
            self.url = given
            return given
        self._bin = _bin_dir()
        if self._bin is None:
            self.reason = "PostgreSQL-Server nicht installiert (Debian-Paket »postgresql«)"
            return None
        if os.name != "posix":
            self.reason = "eigener Testserver nur unter Linux; SERVICESTELLE_TEST_PG setzen"
            return None
        import pwd

        self._dir = Path(tempfile.mkdtemp(prefix="servicestelle-pg-"))
        user = "postgres"
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(user)
            except KeyError:
                self.reason = "Benutzer »postgres« fehlt"
                return None
            shutil.chown(self._dir, user)
            self._run_as = ["runuser", "-u", user, "--"]
        else:
            user = pwd.getpwuid(os.geteuid()).pw_name
        data = self._dir / "data"
        port = _free_port()
        try:
            self._run(str(self._bin / "initdb"), "-D", str(data), "-A", "trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "-U", "postgres")
            options = (
                f"-p {port} -k {self._dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off"
            )
            self._run(str(self._bin / "pg_ctl"), "-D", str(data), "-l", str(self._dir / "log"),
                      "-w", "-o", options, "start")
        except subprocess.CalledProcessError as exc:
            self.reason = f"PostgreSQL ließ sich nicht starten: {exc.stderr or exc}"
            return None
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        return self.url

    def _run(self, *args: str) -> None:
        subprocess.run([*self._run_as, *args], check=True, capture_output=True, text=True)

    def stop(self) -> None:
        if self._dir and self._bin and self.url:
            subprocess.run(
                [*self._run_as, str(self._bin / "pg_ctl"), "-D", str(self._dir / "data"),
                 "-m", "immediate", "stop"],
                capture_output=True,
            )
        if self._dir:
            shutil.rmtree(self._dir, ignore_errors=True)
