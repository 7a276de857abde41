"""Exclusive locks on small files, held by a process until it releases them or ends.

The operating system drops a lock when its process ends in any way (kill -9 included),
so a lock file that can be locked again belongs to nobody: its owner is gone. Used to
keep other program instances away from a database while its file is being replaced,
and to find the instances that have a database open.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

if os.name == "nt":  # pragma: no cover - Windows only
    import msvcrt

    # Windows locks are mandatory: lock a byte far past the content, so that the
    # content stays readable by others.
    _AT = 1 << 30

    def _lock(fd: int) -> bool:
        try:
            os.lseek(fd, _AT, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, _AT, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FileLock:
    """An exclusive lock on ``path`` (created, readable by its owner only)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def try_acquire(cls, path: str | os.PathLike[str]) -> FileLock | None:
        """The lock, or None while another process (or another lock in this process)
        holds it."""
        target = Path(path)
        fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
        if not _lock(fd):
            os.close(fd)
            return None
        return cls(target, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    RECORD = 4096

    def write(self, data: bytes) -> None:
        """Replace the lock file's content (durably) while holding the lock: one write
        of a fixed-size record (padded with spaces), never a truncation, so that a
        process killed meanwhile leaves the old content or the new one."""
        assert self._fd is not None
        if len(data) > self.RECORD:
            raise ValueError("record too long")
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, data.ljust(self.RECORD))
        os.fsync(self._fd)

    def release(self, *, remove: bool = False) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if remove and os.name != "nt":
            self.path.unlink(missing_ok=True)  # unlinked while locked: nobody takes it
        _unlock(fd)
        os.close(fd)
        if remove and os.name == "nt":  # pragma: no cover - Windows only
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def is_locked(path: str | os.PathLike[str]) -> bool:
    """True if another holder has ``path`` locked right now."""
    if not Path(path).exists():
        return False
    lock = FileLock.try_acquire(path)
    if lock is None:
        return True
    lock.release()
    return False


def read_text(path: str | os.PathLike[str]) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
