"""Detail forms of records: the generic form, the volunteer's form and their window."""

from .form_dialog import FormDialog, open_record_dialog

__all__ = ["FormDialog", "open_record_dialog"]
