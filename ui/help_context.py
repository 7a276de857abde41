"""F1: the guide's page for the screen in front.

Each screen names its page here, in one place: the list pages and record windows by the
kind of record they show, the other screens (wizard pages, dialogs, the Übersicht) by
their class. A widget may also name its page itself with ``set_help_page`` (a Qt
property) or a ``help_page()`` method (the main window: the page of the area shown).
F1 looks from the widget with the keyboard focus outwards to its windows and takes the
first page named; the start page only where no screen names one.

The main window's »Anleitung« (F1) works in every window that is not blocked by a modal
dialog. A modal dialog (settings, a workflow step, a message) blocks it, so such a
dialog is given its own F1 when it becomes the active window (``install_help_key``).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget, QWizard

START = "index.html"
HELP_PROPERTY = "helpPage"

# The list page and the record window of each kind of record.
KIND_PAGES: dict[str, str] = {
    "volunteer": "ehrenamtliche.html",
    "newcomer": "neuzugewanderte.html",
    "pairing": "patenschaft.html",
    "help_request": "ehrenamtliche-finden.html",
    "organisation": "organisationen.html",
    "contact_person": "organisationen.html",
    "consultation": "organisationen.html",
    "funding_application": "organisationen.html",
    "event": "ehrenamtsforum.html",
}

# Screens that do not show one kind of record, by class name (a subclass inherits it).
SCREEN_PAGES: dict[str, str] = {
    "DashboardPage": "kennzahlen.html",
    "FollowUpPage": "wiedervorlage.html",
    "ImportWizard": "liste-importieren.html",
    "FilePage": "liste-importieren.html#datei",
    "MappingPage": "liste-importieren.html#zuordnen",
    "PreviewPage": "liste-importieren.html#vorschau",
    "OptionsPage": "liste-importieren.html#dubletten",
    "RunPage": "liste-importieren.html#importieren",
    "MatchDialog": "ehrenamtliche-finden.html",
    "PrintPreview": "patenschaftsliste-drucken.html",
    "BackupDialog": "sicherung.html",
    "NewPasswordDialog": "sicherung.html#kennwort",
    "RetentionDialog": "datenschutz.html#loeschfristen",
    "AuditDialog": "datenschutz.html#protokoll",
    "SettingsDialog": "einstellungen.html",
    "WelcomeDialog": START,
    "WritingDialog": "ehrenamtsforum.html#schreiben",
    "ReachGroupsDialog": "ehrenamtsforum.html#schreiben",
    "OutboxDialog": "ehrenamtsforum.html#postausgang",
    "LettersDialog": "ehrenamtsforum.html#briefe",
    "ImportHistoryDialog": "liste-importieren.html#importe",
    "PasswordDialog": "sicherung.html#kennwort",
    "CertificateDialog": "ehrenamtliche.html#nachweis",
    "AccessReportDialog": "loeschantrag.html#auskunft",
    "InviteDialog": "ehrenamtsforum.html#einladen",
    "MailGroupsDialog": "ehrenamtsforum.html#email",
    "LoginDialog": "index.html#anmelden",
    "RolePage": "index.html#rolle",
}

# Screens whose page follows the kind of record they show (``service.entity``/``entity``).
_BY_KIND = ("ListPage", "FormDialog")


def set_help_page(widget: QWidget, page: str) -> None:
    """Let ``widget`` (and what is inside it) name its page of the guide."""
    widget.setProperty(HELP_PROPERTY, page)


def _class_names(widget: QObject) -> list[str]:
    return [cls.__name__ for cls in type(widget).__mro__]


def _kind_of(widget: QWidget) -> str | None:
    entity = getattr(widget, "entity", None)
    if not isinstance(entity, str):
        entity = getattr(getattr(widget, "service", None), "entity", None)
    return entity if isinstance(entity, str) else None


def own_page(widget: QWidget | None) -> str | None:
    """The page ``widget`` itself names, if any (not its parents)."""
    if widget is None or not shiboken6.isValid(widget):
        return None
    named = widget.property(HELP_PROPERTY)
    if isinstance(named, str) and named:
        return named
    method = getattr(widget, "help_page", None)
    if callable(method):
        page = method()
        if isinstance(page, str) and page:
            return page
    if isinstance(widget, QWizard):
        page = own_page(widget.currentPage())
        if page:
            return page
    names = _class_names(widget)
    if any(name in _BY_KIND for name in names):
        kind = _kind_of(widget)
        if kind in KIND_PAGES:
            return KIND_PAGES[kind]
    return next((SCREEN_PAGES[name] for name in names if name in SCREEN_PAGES), None)


def page_for(widget: QWidget | None) -> str:
    """The page of the screen ``widget`` is part of: the first one named from the
    widget outwards, through the windows it was opened from (a step of a record window:
    the record window's page); else the start page. The main window's page (that of the
    area shown) counts only inside it: a dialog over it without a page of its own is no
    part of the list behind it."""
    start = widget.window() if widget is not None and shiboken6.isValid(widget) else None
    while widget is not None and shiboken6.isValid(widget):
        if isinstance(widget, QMainWindow) and widget is not start:
            break
        page = own_page(widget)
        if page:
            return page
        widget = widget.parentWidget()
    return START


def screen_in_front() -> QWidget | None:
    """The widget the user works in: the focus of the active window, else that window
    (a modal dialog first: it is in front of everything)."""
    modal = QApplication.activeModalWidget()
    focus = QApplication.focusWidget()
    window = modal or QApplication.activeWindow()
    if focus is not None and (window is None or focus.window() is window):
        return focus
    return window


def page_in_front() -> str:
    return page_for(screen_in_front())


# -- F1 in modal dialogs ---------------------------------------------------------------

_opener: list[Callable[[QWidget], object]] = []  # what F1 in a modal dialog calls


def _has_help_key(widget: QWidget) -> bool:
    key = QKeySequence(QKeySequence.StandardKey.HelpContents)
    shortcuts = widget.findChildren(QShortcut)
    if any(s.key().matches(key) == QKeySequence.SequenceMatch.ExactMatch for s in shortcuts):
        return True
    actions = widget.actions() + widget.findChildren(QAction)
    return any(a.shortcut().matches(key) == QKeySequence.SequenceMatch.ExactMatch for a in actions)


def _window_activated(window: QWindow | None) -> None:
    if window is None or not _opener:
        return
    widget = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is window), None)
    if widget is None or not widget.isModal() or _has_help_key(widget):
        return
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), widget)
    shortcut.activated.connect(lambda w=widget: _opener[-1](w))


def install_help_key(open_help: Callable[[QWidget], object]) -> None:
    """Give each modal dialog an F1 that calls ``open_help(dialog)`` (once per program;
    a later main window takes over)."""
    app = QGuiApplication.instance()
    if app is None:
        return
    if not _opener:
        app.focusWindowChanged.connect(_window_activated)  # type: ignore[attr-defined]
        _opener.append(open_help)
    else:
        _opener[-1] = open_help
