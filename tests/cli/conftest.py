"""The command line's tests call ``main()`` in the test process: each test starts and
ends with the root logger as it was (no log file handler of an earlier test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cli.runner import isolated_logging


@pytest.fixture(autouse=True)
def _own_log_file() -> Iterator[None]:
    with isolated_logging():
        yield
