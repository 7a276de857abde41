"""What an existing record's window shows besides its fields, in one place to import.

- ``WorkflowBar`` (``workflow_bar``): the status and one button per allowed workflow
  step (pairings and help requests); each step asks what it needs in a small
  ``StepDialog`` (``step_dialogs``).
- ``CandidatesPanel`` (``candidates_panel``): the volunteers asked for a help request.
- ``ContactLog`` (``notes_panel``): the dated contact notes of a record, newest first.
- ``HoursPanel`` (``hours_panel``): a volunteer's hours and their total.

What the panels share (the host interface, the table) is in ``panel_base``.
"""

from __future__ import annotations

from .candidates_panel import CandidatesPanel
from .hours_panel import HoursPanel, format_hours
from .notes_panel import ContactLog
from .panel_base import Host
from .step_dialogs import (
    StepDialog,
    VolunteerSearch,
    ask_dialog,
    run_step,
    show_error,
    tr,
    volunteer_names,
)
from .workflow_bar import WorkflowBar

__all__ = [
    "CandidatesPanel",
    "ContactLog",
    "Host",
    "HoursPanel",
    "StepDialog",
    "VolunteerSearch",
    "WorkflowBar",
    "ask_dialog",
    "format_hours",
    "run_step",
    "show_error",
    "tr",
    "volunteer_names",
]
