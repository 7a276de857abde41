"""Servicestelle: the core (models, services, import/export), free of any GUI code."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("servicestelle")
except _metadata.PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+unbekannt"
