"""Errors the core raises; each carries a German message fit to show a user."""

from __future__ import annotations

import datetime as dt

from .i18n import _


class ServiceError(Exception):
    """Base of all errors meant for the user. ``str(error)`` is the German message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(ServiceError):
    def __init__(self, label: str, record_id: object) -> None:
        super().__init__(_("{label} Nr. {id} gibt es nicht (mehr).", label=_(label), id=record_id))


class ValidationError(ServiceError):
    """One German message per field; ``field_errors`` maps field names to messages."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        lines = [msg for msg in self.field_errors.values()]
        super().__init__("\n".join(lines) or _("Die Eingaben sind ungültig."))


class TransitionError(ServiceError):
    """A status change that the workflow does not allow."""


class ConflictError(ServiceError):
    """Someone else saved the record after it was opened (optimistic locking)."""

    def __init__(
        self, label: str, record_id: int, changed_by: str | None, changed_at: dt.datetime | None
    ) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        who = changed_by or _("jemand anderes")
        when = (
            _(
                " am {date} um {time} Uhr (UTC)",
                date=f"{changed_at:%d.%m.%Y}",
                time=f"{changed_at:%H:%M}",
            )
            if changed_at
            else ""
        )
        super().__init__(
            _(
                "{label} Nr. {id} wurde inzwischen von {who}{when} geändert. "
                "Bitte neu laden und die Änderung erneut eintragen.",
                label=_(label),
                id=record_id,
                who=who,
                when=when,
            )
        )


class DatabaseError(ServiceError):
    """The database cannot be opened or used (wrong file, newer version, no server …)."""


class IntegrityCause:
    """What a violated database rule was, read from the driver's error without the
    values it may quote (they can be personal): the kind of rule, its table, column or
    constraint name, a line for the log and a German sentence for the user."""

    def __init__(self, orig: BaseException | None) -> None:
        self.kind = "other"  # primary_key, unique, foreign_key, not_null, check, other
        self.table = self.column = self.constraint = ""
        diag = getattr(orig, "diag", None)
        if diag is not None:  # psycopg: the server says which rule, in separate fields
            state = getattr(orig, "sqlstate", "") or ""
            self.constraint = diag.constraint_name or ""
            self.table = diag.table_name or ""
            self.column = diag.column_name or ""
            kind = {
                "23505": "unique",
                "23503": "foreign_key",
                "23502": "not_null",
                "23514": "check",
            }.get(state, "other")
            if kind == "unique" and self.constraint.startswith("pk_"):
                kind = "primary_key"
            self.kind = kind
            return
        first = str(orig or "").splitlines()[0] if orig is not None else ""
        for prefix, kind in (
            ("UNIQUE constraint failed: ", "unique"),
            ("NOT NULL constraint failed: ", "not_null"),
            ("CHECK constraint failed: ", "check"),
            ("FOREIGN KEY constraint failed", "foreign_key"),
        ):
            if first.startswith(prefix):  # SQLite: "UNIQUE constraint failed: table.column"
                self.kind = kind
                where = first[len(prefix) :].split(",")[0].strip()
                if kind == "check":
                    self.constraint = where
                elif "." in where:
                    self.table, self.column = where.split(".", 1)
                if kind == "unique" and self.column == "id":
                    self.kind = "primary_key"
                break

    @property
    def log_text(self) -> str:
        parts = [self.kind, self.table, self.column, self.constraint]
        return " ".join(p for p in parts if p)

    def message(self, label: str) -> str:
        """``label`` (a kind of record, already translated) could not be saved, and why."""
        return _(
            "{label} konnte nicht gespeichert werden: {reason}", label=label, reason=self.reason
        )

    @property
    def reason(self) -> str:
        """Why, as a German sentence."""
        if self.kind == "primary_key":
            return _(
                "die Datenbank hat eine laufende Nummer vergeben, die schon belegt ist. Es "
                "wurde nichts gespeichert. Bitte erneut versuchen; tritt es wieder auf, bitte "
                "die IT benachrichtigen (Zähler der Tabelle »{table}«).",
                table=self.table or "?",
            )
        if self.kind == "unique":
            return _(
                "einen Eintrag mit demselben Wert ({column}) gibt es schon.",
                column=self.column or self.constraint or "?",
            )
        if self.kind == "foreign_key":
            return _("einen verknüpften Eintrag gibt es nicht mehr, oder er wird noch verwendet.")
        if self.kind == "not_null":
            return _("eine Pflichtangabe fehlt ({column}).", column=self.column or "?")
        if self.kind == "check":
            return _("ein Wert ist nicht erlaubt ({rule}).", rule=self.constraint or "?")
        return _("die Angaben verletzen eine Regel der Datenbank.")


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, as a German phrase (never the raw system text)."""
    import errno

    known = {
        errno.ENOSPC: _("der Datenträger ist voll"),
        errno.EACCES: _("keine Berechtigung"),
        errno.EPERM: _("keine Berechtigung"),
        errno.EROFS: _("der Datenträger ist schreibgeschützt"),
        errno.ENOENT: _("die Datei oder der Ordner fehlt"),
        errno.EDQUOT: _("der Speicherplatz des Benutzers ist aufgebraucht"),
    }
    return known.get(exc.errno or 0, _("Dateifehler Nr. {n}", n=exc.errno or 0))
