"""The whole data model. Import models from here."""

from .base import Archivable, Base, Tracked, utcnow
from .events import Attendance, Event
from .lists import ActivityField, District, Language, Setting, StaffUser
from .organisations import Consultation, FundingApplication, Organisation, OrganisationLanguage
from .people import (
    Consent,
    ContactPerson,
    Newcomer,
    NewcomerLanguage,
    PoliceClearance,
    Volunteer,
    VolunteerActivity,
    VolunteerLanguage,
)
from .reminders import Reminder
from .system import AuditEntry, ErasureRecord, FollowUpSnooze, ImportBatch, SearchEntry
from .work import (
    ContactNote,
    HelpRequest,
    HoursEntry,
    Pairing,
    RequestCandidate,
    RequestLanguage,
)
from .writing import Mailing, MailingAttachment, MailingRecipient, MailTemplate

__all__ = [
    "ActivityField",
    "Archivable",
    "Attendance",
    "AuditEntry",
    "Base",
    "Consent",
    "Consultation",
    "ContactNote",
    "ContactPerson",
    "District",
    "ErasureRecord",
    "Event",
    "FollowUpSnooze",
    "FundingApplication",
    "HelpRequest",
    "HoursEntry",
    "ImportBatch",
    "Language",
    "MailTemplate",
    "Mailing",
    "MailingAttachment",
    "MailingRecipient",
    "Newcomer",
    "NewcomerLanguage",
    "Organisation",
    "OrganisationLanguage",
    "Pairing",
    "PoliceClearance",
    "RequestCandidate",
    "Reminder",
    "RequestLanguage",
    "SearchEntry",
    "Setting",
    "StaffUser",
    "Tracked",
    "Volunteer",
    "VolunteerActivity",
    "VolunteerLanguage",
    "utcnow",
]
