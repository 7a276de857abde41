"""The status of a pairing or help request and one button per allowed workflow step.

Each step asks what it needs in a small ``StepDialog`` and then tells the host (see
``panel_base.Host``) that the record changed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from servicestelle.enums import CandidateAnswer, PairingEndReason

from .panel_base import Host
from .step_dialogs import StepDialog, ask_dialog, run_step, volunteer_names


class WorkflowBar(QFrame):
    """The status of a pairing or help request and the steps allowed from it."""

    def __init__(self, host: Host, entity: str, service: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.entity = entity
        self.service = service
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("workflowBar")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 6, 8, 6)
        self.status_label = QLabel()
        self.row.addWidget(self.status_label)
        self.row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        self.last_dialog: StepDialog | None = None
        # The dialog of each step of this kind's workflow, named explicitly: a step of
        # the service's workflow without one fails here, when the window opens.
        steps: dict[str, dict[str, Callable[[int], StepDialog | None]]] = {
            "pairing": {
                "start": self._pairing_start,
                "pause": self._pairing_pause,
                "resume": self._pairing_resume,
                "end": self._pairing_end,
                "reopen": self._pairing_reopen,
            },
            "help_request": {
                "mediate": self._help_request_mediate,
                "match": self._help_request_match,
                "complete": self._help_request_complete,
                "give_up": self._help_request_give_up,
                "unassign": self._help_request_unassign,
                "reopen": self._help_request_reopen,
            },
        }
        self.steps = steps.get(entity, {})
        missing = set(service.workflow.steps) - set(self.steps)
        if missing:
            raise RuntimeError(f"Arbeitsschritte ohne Dialog für {entity}: {sorted(missing)}")

    def refresh(self) -> None:
        record = self.host.record
        for button in self.buttons.values():
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        if record is None:
            return
        status = record.status.label
        reason = getattr(record, "end_reason", None)
        if reason is not None:  # an ended pairing says why
            status = self.tr("{status} – {reason}").format(status=status, reason=reason.label)
        self.status_label.setText(
            self.tr("Status: <b>{status}</b>").format(status=html.escape(status))
        )
        for action, label in self.service.allowed_actions(record.status):
            button = QPushButton(self.tr(label))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=action: self.run(a))
            self.row.addWidget(button)
            self.buttons[action] = button

    def labels(self) -> list[str]:
        return [button.text() for button in self.buttons.values()]

    def button(self, label: str) -> QPushButton:
        return next(b for b in self.buttons.values() if b.text() == label)

    def run(self, action: str) -> bool:
        """Ask for what the step needs and do it; True when done."""
        if not self.host.begin_step():
            return False
        record = self.host.record
        make = self.steps.get(action)
        if make is None or record is None:
            return False
        dialog = make(record.id)
        if dialog is None:
            return False
        self.last_dialog = dialog
        label = dict(self.service.allowed_actions(record.status)).get(action, action)
        if action != "mediate":  # the ask dialog keeps its own title
            dialog.setWindowTitle(self.tr(label))
            dialog.ok_button.setText(self.tr(label))
        return run_step(dialog, self.host.step_done)

    def _step(
        self,
        intro: str,
        submit: Callable[[dict[str, Any]], Any],
        *,
        on: str = "",
        next_checkin: bool = False,
    ) -> StepDialog:
        """A step's dialog; ``on`` labels its date (today), ``next_checkin`` asks for one."""
        dialog = StepDialog(self.window(), "", submit, intro=intro, ok_text=self.tr("OK"))
        if on:
            dialog.add_date("on", on)
        if next_checkin:
            dialog.add_date("next_checkin_on", self.tr("Nächstes Nachfragen"), today=False)
        return dialog

    def _call(self, method: str, record_id: int, *keys: str) -> Callable[[dict[str, Any]], Any]:
        """``service.method(record_id, version, *values)``, with the version current at OK."""
        service = self.service
        return lambda v: getattr(service, method)(
            record_id, self.host.version, *(v[key] for key in keys)
        )

    # -- pairings ------------------------------------------------------------------

    def _pairing_start(self, pairing_id: int) -> StepDialog:
        return self._step(
            self.tr("Die Patenschaft beginnt."),
            self._call("start", pairing_id, "on", "next_checkin_on"),
            on=self.tr("Begonnen am"),
            next_checkin=True,
        )

    def _pairing_pause(self, pairing_id: int) -> StepDialog:
        return self._step(
            self.tr("Die Patenschaft ruht vorübergehend."),
            self._call("pause", pairing_id, "on"),
            on=self.tr("Pausiert ab"),
        )

    def _pairing_resume(self, pairing_id: int) -> StepDialog:
        return self._step(
            self.tr("Die Patenschaft geht weiter."),
            self._call("resume", pairing_id, "on", "next_checkin_on"),
            on=self.tr("Fortgesetzt am"),
            next_checkin=True,
        )

    def _pairing_end(self, pairing_id: int) -> StepDialog:
        d = self._step(
            self.tr("Die Patenschaft endet."),
            self._call("end", pairing_id, "reason", "on", "note"),
            on=self.tr("Beendet am"),
        )
        d.add_choice(
            "reason",
            self.tr("Grund"),
            [(reason, reason.label) for reason in PairingEndReason],
            empty=self.tr("– bitte wählen –"),
        )
        d.add_text("note", self.tr("Anmerkung"))
        return d

    def _pairing_reopen(self, pairing_id: int) -> StepDialog:
        return self._step(
            self.tr("Die beendete Patenschaft wird wieder aufgenommen und ist dann aktiv."),
            self._call("reopen", pairing_id),
        )

    # -- help requests ---------------------------------------------------------------

    def _help_request_mediate(self, request_id: int) -> StepDialog:
        # Asking the first volunteer puts an open request into mediation.
        return ask_dialog(self.window(), self.service, request_id)

    def _help_request_match(self, request_id: int) -> StepDialog | None:
        s = self.service
        asked = s.candidates(request_id)
        if not asked:
            QMessageBox.information(
                self.window(),
                self.tr("Vermitteln"),
                self.tr(
                    "Noch niemand angefragt: bitte zuerst unter »Angefragte Ehrenamtliche« "
                    "eine*n Ehrenamtliche*n anfragen."
                ),
            )
            return None
        names = volunteer_names(s.db, [c.volunteer_id for c in asked])
        asked.sort(key=lambda c: c.answer != CandidateAnswer.YES)
        choices = [(c.volunteer_id, f"{names[c.volunteer_id]} ({c.answer.label})") for c in asked]
        d = self._step(
            self.tr("Wer übernimmt die Anfrage?"),
            lambda v: s.assign(request_id, v["volunteer_id"], v["on"]),
        )
        d.add_choice("volunteer_id", self.tr("Ehrenamtliche*r"), choices)
        d.add_date("on", self.tr("Vermittelt am"))
        return d

    def _help_request_complete(self, request_id: int) -> StepDialog:
        s = self.service
        assigned = [c.volunteer_id for c in s.candidates(request_id) if c.assigned]
        names = volunteer_names(s.db, assigned)

        def submit(v: dict[str, Any]) -> Any:
            hours = {vid: v[f"hours_{vid}"] for vid in assigned}
            return s.complete(request_id, self.host.version, v["on"], v["outcome"], hours)

        d = self._step(self.tr("Die Hilfe ist geleistet."), submit, on=self.tr("Erledigt am"))
        d.add_text("outcome", self.tr("Ergebnis"))
        for volunteer_id in assigned:  # optional: booked as hours for the request
            d.add_line(
                f"hours_{volunteer_id}",
                self.tr("Stunden von {name}").format(name=names[volunteer_id]),
                self.tr("freiwillig, z. B. 3,5"),
            )
        return d

    def _help_request_give_up(self, request_id: int) -> StepDialog:
        s = self.service
        d = self._step(
            self.tr("Die Anfrage lässt sich nicht vermitteln."),
            lambda v: s.give_up(request_id, self.host.version, v["outcome"] or "", v["on"]),
            on=self.tr("Abgeschlossen am"),
        )
        d.add_text("outcome", self.tr("Begründung"), self.tr("Pflichtangabe"))
        return d

    def _help_request_unassign(self, request_id: int) -> StepDialog:
        return self._step(
            self.tr("Die Zuordnung wird aufgehoben; die Anfrage ist wieder in Vermittlung."),
            self._call("unassign", request_id),
        )

    def _help_request_reopen(self, request_id: int) -> StepDialog:
        return self._step(
            self.tr("Die abgeschlossene Anfrage wird wieder geöffnet."),
            self._call("reopen", request_id),
        )
