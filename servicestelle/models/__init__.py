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
from .system import AuditEntry, FollowUpSnooze, ImportBatch, SearchEntry
from .work import (
    ContactNote,
    HelpRequest,
    HoursEntry,
    Pairing,
    RequestCandidate,
    RequestLanguage,
)

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
    "Event",
    "FollowUpSnooze",
    "FundingApplication",
    "HelpRequest",
    "HoursEntry",
    "ImportBatch",
    "Language",
    "Newcomer",
    "NewcomerLanguage",
    "Organisation",
    "OrganisationLanguage",
    "Pairing",
    "PoliceClearance",
    "RequestCandidate",
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
