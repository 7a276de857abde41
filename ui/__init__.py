"""The desktop interface (PySide6): windows, pages, dialogs and Qt table models.

Everything here is one client of the Qt-free core in ``servicestelle``.
"""
