"""Status workflows: which step is allowed from which status, with German names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..enums import LabeledEnum
from ..errors import TransitionError
from ..i18n import _


@dataclass(frozen=True)
class Step:
    text: str  # the button's German text (N_-marked); ``label`` is it translated
    sources: frozenset[Any]
    target: Any

    @property
    def label(self) -> str:
        return _(self.text)


class Workflow:
    def __init__(self, record_label: str, steps: dict[str, Step], hints: dict[str, str]) -> None:
        self.record_label = record_label  # German (N_-marked), translated when shown
        self.steps = steps
        self.hints = hints  # action → German hint when refused (N_-marked)

    def allowed(self, status: LabeledEnum) -> list[tuple[str, str]]:
        """The (action, label) pairs a screen should offer for a record in ``status``."""
        return [(name, step.label) for name, step in self.steps.items() if status in step.sources]

    def target(self, action: str, status: LabeledEnum) -> Any:
        step = self.steps.get(action)
        if step is None:
            raise TransitionError(_("Unbekannter Arbeitsschritt »{action}«.", action=action))
        if status not in step.sources:
            message = _(
                "{record} ist »{status}«: »{step}« ist in diesem Status nicht möglich.",
                record=_(self.record_label),
                status=status.label,
                step=step.label,
            )
            hint = _(self.hints[action]) if action in self.hints else ""
            raise TransitionError(f"{message} {hint}" if hint else message)
        return step.target
