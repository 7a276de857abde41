"""A window around a record's form: load, save (Ctrl+S), conflicts, unsaved changes.

``open_record_dialog(parent, db, entity, record_id)`` is what the rest of the
interface calls; it builds the right form for the kind of record.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ConflictError, ServiceError, ValidationError
from servicestelle.services.base import EntityService

from ..formatting import format_value
from ..print_preview import record_print_button
from ..privacy_dialogs import privacy_buttons
from .candidates_panel import CandidatesPanel
from .form_building import _pairing_title, _service, build_form, new_title
from .hours_panel import HoursPanel
from .notes_panel import ContactLog
from .privacy_panels import privacy_panels
from .record_form import RecordForm
from .related_panels import related_panels
from .workflow_bar import WorkflowBar


class FormDialog(QDialog):
    """Hosts a form for one record, new (``record_id=None``) or existing."""

    saved = Signal(str, int)  # entity, record id

    # What the conflict box offers (the button's German text is set in _ask_conflict).
    RELOAD = "reload"
    REAPPLY = "reapply"
    CANCEL = "cancel"

    def __init__(
        self,
        service: EntityService[Any],
        form: RecordForm,
        record_id: int | None = None,
        *,
        entity: str | None = None,
        title_of: Callable[[Any], str] | None = None,
        new_title: str | None = None,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.defaults = dict(defaults or {})
        self.service = service
        self.entity = entity or service.entity
        self.form = form
        self.record_id = record_id
        self.version: int | None = None
        self.record: Any = None
        self._title_of = title_of or _default_title
        self._new_title = new_title or self.tr("Neu: {label}").format(label=service.label)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(form)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Speichern (Strg+S)"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Schließen"))
        self.close_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button = record_print_button(self)
        if self.print_button is not None:
            self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in privacy_buttons(self):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        from ..pages.reminder_dialog import reminder_button  # »Neue Wiedervorlage…«

        self.buttons.addButton(reminder_button(self), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.save)

        # "Daten" and, for a stored record, its workflow, contacts and hours.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.tabs.addTab(self.scroll, self.tr("Daten"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.workflow_bar: WorkflowBar | None = None
        self.panels: list[Any] = []
        self.candidates: CandidatesPanel | None = None
        self.related: dict[str, Any] = {}
        self.contacts: ContactLog | None = None
        self.hours: HoursPanel | None = None

        self.column = QVBoxLayout(self)
        self.column.addWidget(self.tabs, 1)
        self.column.addWidget(self.buttons)
        from .colleague_notice import watch_colleagues  # a colleague saved meanwhile

        self.colleague_note = watch_colleagues(self)
        form.changed.connect(self._update_title)
        self.reload()
        self._focus_first_field()

    def _focus_first_field(self) -> None:
        """Start typing at once: the first field of the form has the keyboard focus."""
        for editor in self.form.editors.values():
            widget = editor.focus_widget
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- loading -------------------------------------------------------------------

    def reload(self, stored: Any = None) -> None:
        """Show the stored record (discarding edits), or an empty form for a new one.
        ``stored``: the record as a save just handed it back (not read again)."""
        if self.record_id is None:
            self.record = None
            self.version = None
            self.form.load(None, self.defaults)
            self._refresh_extras()  # the tabs are there from the start, still empty
            self._enable_record_commands(False)
        else:
            self.record = stored if stored is not None else self.service.get(self.record_id)
            self.version = self.record.version
            self.form.load(self.record)
            if getattr(self, "colleague_note", None) is not None:
                self.colleague_note.hide()  # the stored state is shown now
            self._refresh_extras()
            self._enable_record_commands(True)
        self._update_title()

    def _enable_record_commands(self, on: bool) -> None:
        """Print, Art. 15/17, Wiedervorlage … need a stored record: greyed out before."""
        role = QDialogButtonBox.ButtonRole.ActionRole
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) == role:
                button.setEnabled(on)

    def _refresh_extras(self) -> None:
        if not getattr(self, "_extras_built", False):
            self._extras_built = True
            self._build_extras()
        if self.workflow_bar is not None:
            self.workflow_bar.refresh()
        # On a file every tab is filled at once (a few milliseconds); over a network
        # only the tab in front, the others when they are first shown: opening a
        # volunteer then costs one query instead of one per tab.
        every = self.service.db.is_sqlite
        self._unfilled = set()
        for panel in self.panels:
            if every or self.tabs.currentWidget() is panel:
                panel.refresh()
            else:
                self._unfilled.add(panel)
                self._title_unfilled(panel)

    def _title_unfilled(self, panel: Any) -> None:
        """A tab not filled yet still says how many entries it has where the record
        brought them (consents, police clearances), else »(…)«: never the bare title
        that means »none«."""
        index = self.tabs.indexOf(panel)
        count_in = getattr(panel, "count_in", None)
        known = count_in(self.record) if count_in is not None and self.record else None
        if known is not None:
            panel.count = known
            self.tabs.setTabText(index, panel.title())
        elif not getattr(panel, "filled_once", False):
            self.tabs.setTabText(index, panel.title() + " (…)")
            self.tabs.setTabToolTip(index, self.tr("Wird geladen, wenn Sie den Reiter öffnen"))

    def _tab_shown(self, index: int) -> None:
        panel = self.tabs.widget(index)
        if panel in getattr(self, "_unfilled", ()):
            self._unfilled.discard(panel)
            panel.refresh()
            panel.filled_once = True
            self.tabs.setTabToolTip(index, "")

    def _build_extras(self) -> None:
        db = self.service.db
        from ..kinds import screen

        texts = screen(self.entity)
        if texts.workflow:
            self.workflow_bar = WorkflowBar(self, self.entity, self.service)
            self.column.insertWidget(0, self.workflow_bar)
        if self.entity == "help_request":
            self.candidates = CandidatesPanel(self, self.service)
            self._add_panel(self.candidates)
        for key, panel in related_panels(db, self.entity, self):
            self.related[key] = panel
            self._add_panel(panel)
        if texts.contact_log:
            self.contacts = ContactLog(db, self.entity, self)
            self._add_panel(self.contacts)
        if texts.hours:
            self.hours = HoursPanel(db, self)
            self._add_panel(self.hours)
        for key, panel in privacy_panels(db, self.entity, self):
            self.related[key] = panel
            self._add_panel(panel)
        from ..match_dialog import add_match_button  # help requests and newcomers

        add_match_button(self)

    def _add_panel(self, panel: Any) -> None:
        kind = panel_kind(panel)
        actor = getattr(self.service.db, "actor", None)
        if kind is not None and actor is not None and not actor.may_read(kind):
            panel.hide()  # a tab the role may not read is not shown (nor loaded)
            panel.setParent(None)
            return
        self.panels.append(panel)
        index = self.tabs.addTab(panel, panel.title())
        panel.changed.connect(lambda p=panel, i=index: self.tabs.setTabText(i, p.title()))

    # -- workflow steps (the host interface of the panels) -------------------------

    def begin_step(self) -> bool:
        """Before a step: store pending edits (a step reloads the record)."""
        if self.form.is_dirty():
            return self.save()
        return True

    def save_new_record(self) -> bool:
        """Before the first entry of a tab of a new record (a consent of a volunteer
        walking in): store what was typed so far, so that the entry can belong to it.
        Unless the form is complete enough, the Daten tab shows what is missing."""
        if self.record_id is not None:
            return True
        if self.save():
            return True
        self.tabs.setCurrentIndex(0)
        self.form.show_form_error(
            self.tr(
                "Bitte zuerst die Pflichtfelder ausfüllen: der Eintrag wird dann "
                "gespeichert, und Einträge auf den anderen Reitern gehören zu ihm."
            )
        )
        return False

    def step_done(self) -> None:
        """After a step: show the new state and tell the lists."""
        self.reload()
        if self.record_id is not None:
            self.saved.emit(self.entity, int(self.record_id))

    def title(self) -> str:
        if self.record is None:
            return self._new_title
        return f"{self.service.label}: {self._title_of(self.record)}"

    def _update_title(self) -> None:
        # The window system shows "[*]" as a mark of unsaved changes.
        self.setWindowTitle(self.title() + "[*]")
        self.setWindowModified(self.form.is_dirty())

    # -- saving --------------------------------------------------------------------

    def save(self) -> bool:
        """Save the form's changes; True when stored (or nothing to store)."""
        if getattr(self, "saving", False):
            return False  # the save under way answers (a second one would store twice)
        values = self.form.values()
        if self.record_id is not None and not values:
            return True
        self.own_write = True  # the change this reports is ours, not a colleague's
        try:
            record = self._store(values)
        except ValidationError as exc:
            rest = self.form.show_errors(exc.field_errors)
            self.form.show_form_error("\n".join(rest))
            return False
        except ConflictError as exc:
            return self._resolve_conflict(exc)
        except ServiceError as exc:
            self.form.show_form_error(exc.message)
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), exc.message)
            return False
        finally:
            self.own_write = False
        self.record_id = record.id
        # What the save handed back is what a new read would show, unless the role sees
        # less of it (then it is read as the role sees it): one round trip less.
        self.reload(record if self.service.returns_whole() else None)
        self.saved.emit(self.entity, int(record.id))
        return True

    def _store(self, values: dict[str, Any]) -> Any:
        """Create or update the record. Over a network the window keeps answering while
        the save travels (disabled meanwhile: nothing is clicked twice)."""
        record_id, version = self.record_id, self.version

        def store() -> Any:
            if record_id is None:
                return self.service.create(**values)
            return self.service.update(record_id, version, **values)

        if self.service.db.is_sqlite:
            return store()
        from ..background import answered

        focused = self.focusWidget()
        self.setEnabled(False)
        self.saving, self.close_asked = True, False
        try:
            return answered(store, self)
        finally:
            self.saving = False
            self.setEnabled(True)
            if focused is not None:
                focused.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes on there
            if self.close_asked:  # the window's close button meanwhile: now, after it
                QTimer.singleShot(0, self.reject)

    def _resolve_conflict(self, error: ConflictError) -> bool:
        choice = self._ask_conflict(error)
        if choice == self.RELOAD:
            self.reload()
            return False
        if choice == self.REAPPLY:
            mine = self.form.changes()
            self.reload()
            self.form.apply_changes(mine)
            return self.save()
        return False

    def conflict_text(self, error: ConflictError) -> str:
        who = error.changed_by or self.tr("jemand anderes")
        if error.changed_at is not None:
            when = format_value(error.changed_at, "datetime")  # shown in local time
            day, _, clock = when.partition(" ")
            text = self.tr(
                "{who} hat diesen Eintrag am {day} um {clock} Uhr geändert, "
                "nachdem Sie ihn geöffnet haben."
            ).format(who=who, day=day, clock=clock)
        else:
            text = self.tr(
                "{who} hat diesen Eintrag geändert, nachdem Sie ihn geöffnet haben."
            ).format(who=who)
        return text

    def colleague_changes(self) -> list[str]:
        """What the colleague changed, field by field (»Telefon: alt → neu«), read from
        the stored record against the one this window was opened with."""
        if self.record is None or self.record_id is None:
            return []
        try:
            stored = self.service.get(self.record_id)
        except ServiceError:
            return []
        lines = []
        for name, spec in self.service.fields.items():
            before, after = getattr(self.record, name, None), getattr(stored, name, None)
            if before == after:
                continue
            if spec.kind == "ref":  # a list entry or a record: named, not numbered
                lines.append(self.tr("{field} (geändert)").format(field=spec.label))
                continue
            old, new = (format_value(v, spec.kind) or "–" for v in (before, after))
            lines.append(f"{spec.label}: {old} → {new}")
        return lines

    def _ask_conflict(self, error: ConflictError) -> str:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Inzwischen geändert"))
        changed = self.colleague_changes()
        text = self.conflict_text(error)
        if changed:
            text += "\n\n" + self.tr("Geändert:") + "\n" + "\n".join(f"• {c}" for c in changed)
        box.setText(text)
        box.setInformativeText(
            self.tr(
                "»Neu laden« zeigt den gespeicherten Stand; Ihre Eingaben gehen verloren.\n"
                "»Meine Änderung erneut anwenden« lädt den gespeicherten Stand, trägt Ihre "
                "geänderten Felder darüber ein und speichert."
            )
        )
        reload_button = box.addButton(self.tr("Neu laden"), QMessageBox.ButtonRole.AcceptRole)
        reapply = box.addButton(
            self.tr("Meine Änderung erneut anwenden"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reapply)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is reload_button:
            return self.RELOAD
        if clicked is reapply:
            return self.REAPPLY
        return self.CANCEL

    # -- closing -------------------------------------------------------------------

    def reject(self) -> None:
        """Schließen, Esc and the window's close button: ask about unsaved changes."""
        if getattr(self, "saving", False):
            self.close_asked = True  # closed once the save under way has answered
            return
        if self.form.is_dirty():
            answer = self._ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ungespeicherte Änderungen"))
        box.setText(self.tr("Änderungen speichern?"))
        box.setInformativeText(self.title())
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Speichern"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Verwerfen"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())


def _default_title(record: Any) -> str:
    for attribute in ("sort_name", "name", "title", "topic", "programme"):
        value = getattr(record, attribute, None)
        if value:
            return str(value)
    return QCoreApplication.translate("FormDialog", "Nr. {id}").format(id=record.id)


# Open dialogs by (database, entity, id): opening a record twice raises the first; a
# new record's window not saved yet is kept under _NEW.
_NEW = -1
_open: weakref.WeakValueDictionary[tuple[int, str, int], FormDialog] = weakref.WeakValueDictionary()


def panel_kind(panel: Any) -> str | None:
    """The kind of record a tab shows (for the role's right to read it)."""
    kind = getattr(panel, "kind", None)
    if isinstance(kind, str):
        return kind
    service = getattr(panel, "service", None)
    entity = getattr(service, "entity", None)
    return entity if isinstance(entity, str) else None


def open_record_dialog(
    parent: QWidget | None,
    db: Database,
    entity: str,
    record_id: int | None = None,
    *,
    defaults: dict[str, Any] | None = None,
) -> FormDialog:
    """Show the form of a record (``record_id=None``: a new one) in a window of its
    own, not modal, and return it. Connect to its ``saved(entity, id)`` signal to
    refresh lists. A record already open in a window is brought to the front, and so
    is a new record's window not saved yet (»Neu« clicked twice opens one form)."""
    key = (id(db), entity, record_id) if record_id is not None else None
    blank = (id(db), entity, _NEW) if record_id is None and not defaults else None
    for wanted in (key, blank):
        existing = _open.get(wanted) if wanted is not None else None  # type: ignore[arg-type]
        if existing is None:
            continue
        try:
            if wanted is blank and (existing.record_id is not None or not existing.isVisible()):
                continue  # saved meanwhile (now a window of that record), or closed
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        except RuntimeError:  # already deleted by Qt
            pass
    service = _service(db, entity)
    form = build_form(db, entity, service)
    dialog = FormDialog(
        service,
        form,
        record_id,
        entity=entity,
        title_of=_pairing_title(db) if entity == "pairing" else None,
        new_title=new_title(entity),
        defaults=defaults,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    from ..kinds import screen

    dialog.resize(screen(entity).width, 720)  # room for two columns and many tabs
    if key is not None:
        _open[key] = dialog  # type: ignore[index]
    if blank is not None:
        _open[blank] = dialog  # type: ignore[index]
    dialog.saved.connect(lambda e, i, d=dialog: _remember(db, e, i, d))
    dialog.show()
    return dialog


def _remember(db: Database, entity: str, record_id: int, dialog: FormDialog) -> None:
    """Keep a window under the record it shows once that is saved. A window also passes
    on the ``saved`` of windows opened from its tabs (a consultation of an organisation):
    those are not its own record and must not be filed under it."""
    if entity == dialog.entity and record_id == dialog.record_id:
        _open[(id(db), entity, record_id)] = dialog
