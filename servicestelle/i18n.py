"""The core's one small translation helper.

Messages are written in German. An English catalogue can be installed at start-up;
``_`` looks a message up there and falls back to the German original.
"""

from __future__ import annotations

_catalogue: dict[str, str] = {}


def install(catalogue: dict[str, str]) -> None:
    _catalogue.clear()
    _catalogue.update(catalogue)


def _(message: str, /, **values: object) -> str:
    text = _catalogue.get(message, message)
    return text.format(**values) if values else text
