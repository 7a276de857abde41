"""Data protection screens, one module each: ``retention`` (»Löschfristen prüfen«),
``audit`` (the »Protokoll«), ``documents`` (the access report and the records of
processing as PDF) and ``person`` (a person's record window: access report and erasure).
``ui.privacy_dialogs`` gathers their names for the rest of the program."""
