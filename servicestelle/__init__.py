"""Servicestelle: the core (models, services, import/export), free of any GUI code."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version comes from the installed package's metadata (pyproject.toml is its one
    # source); importlib.metadata is slow to import, so only when somebody asks.
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("servicestelle")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+unbekannt"
    raise AttributeError(name)
