"""Every status and kind of the domain, with its German label in one place.

Values are stable identifiers stored in the database; labels are what people read.
"""

from __future__ import annotations

import enum


class LabeledEnum(enum.StrEnum):
    """A string enum whose members carry a German label."""

    @property
    def label(self) -> str:
        return _LABELS[type(self)][self]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]

    @classmethod
    def from_label(cls, text: str) -> LabeledEnum:
        wanted = text.strip().casefold()
        for member in cls:
            if member.label.casefold() == wanted or member.value == wanted:
                return member
        raise ValueError(text)


class VolunteerStatus(LabeledEnum):
    INTERESTED = "interessiert"
    ACTIVE = "aktiv"
    PAUSED = "pausiert"
    LEFT = "ausgeschieden"


class NewcomerKind(LabeledEnum):
    PERSON = "person"
    HOUSEHOLD = "haushalt"


class NewcomerStatus(LabeledEnum):
    OPEN = "offen"
    SUPPORTED = "begleitet"
    CLOSED = "abgeschlossen"


class PairingStatus(LabeledEnum):
    PROPOSED = "vorgeschlagen"
    ACTIVE = "aktiv"
    PAUSED = "pausiert"
    ENDED = "beendet"


class PairingEndReason(LabeledEnum):
    GOAL_REACHED = "ziel_erreicht"
    MOVED = "umzug"
    NO_TIME = "keine_zeit"
    CONTACT_LOST = "kontakt_abgebrochen"
    NOT_A_MATCH = "passte_nicht"
    OTHER = "sonstiges"


class RequestStatus(LabeledEnum):
    OPEN = "offen"
    MEDIATING = "in_vermittlung"
    MATCHED = "vermittelt"
    DONE = "erledigt"
    UNMATCHABLE = "nicht_vermittelbar"


class CandidateAnswer(LabeledEnum):
    PENDING = "offen"
    YES = "zugesagt"
    NO = "abgesagt"


class ContactChannel(LabeledEnum):
    PHONE = "telefon"
    EMAIL = "email"
    IN_PERSON = "persoenlich"
    LETTER = "brief"
    MESSENGER = "messenger"
    OTHER = "sonstiges"


class OrganisationKind(LabeledEnum):
    MSO = "mso"
    PROVIDER = "traeger"
    AUTHORITY = "behoerde"
    SCHOOL = "schule_kita"
    ASSOCIATION = "verein"


class FoundingStage(LabeledEnum):
    IDEA = "idee"
    FOUNDING = "in_gruendung"
    REGISTERED = "eingetragen"
    ESTABLISHED = "etabliert"


class FundingStatus(LabeledEnum):
    PLANNED = "geplant"
    APPLIED = "beantragt"
    GRANTED = "bewilligt"
    REJECTED = "abgelehnt"


class EventKind(LabeledEnum):
    FORUM = "ehrenamtsforum"
    TRAINING = "schulung"
    MEETING = "treffen"
    OTHER = "sonstiges"


class EventStatus(LabeledEnum):
    PLANNED = "geplant"
    HELD = "durchgefuehrt"
    CANCELLED = "abgesagt"


class LanguageLevel(LabeledEnum):
    NATIVE = "muttersprache"
    FLUENT = "fliessend"
    GOOD = "gut"
    BASIC = "grundkenntnisse"


class Weekday(enum.IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


class DaySlot(enum.IntEnum):
    MORNING = 0
    AFTERNOON = 1
    EVENING = 2


class ImportStatus(LabeledEnum):
    RUNNING = "laeuft"
    DONE = "abgeschlossen"
    FAILED = "fehlgeschlagen"
    UNDONE = "rueckgaengig"


class AuditAction(LabeledEnum):
    CREATE = "angelegt"
    UPDATE = "geaendert"
    DELETE = "geloescht"


class ConsentState(LabeledEnum):
    """A list filter: does the person have a valid consent today?"""

    VALID = "gueltig"
    MISSING = "fehlt"


_LABELS: dict[type, dict[object, str]] = {
    VolunteerStatus: {
        VolunteerStatus.INTERESTED: "interessiert",
        VolunteerStatus.ACTIVE: "aktiv",
        VolunteerStatus.PAUSED: "pausiert",
        VolunteerStatus.LEFT: "ausgeschieden",
    },
    NewcomerKind: {NewcomerKind.PERSON: "Person", NewcomerKind.HOUSEHOLD: "Familie/Haushalt"},
    NewcomerStatus: {
        NewcomerStatus.OPEN: "offen",
        NewcomerStatus.SUPPORTED: "begleitet",
        NewcomerStatus.CLOSED: "abgeschlossen",
    },
    PairingStatus: {
        PairingStatus.PROPOSED: "vorgeschlagen",
        PairingStatus.ACTIVE: "aktiv",
        PairingStatus.PAUSED: "pausiert",
        PairingStatus.ENDED: "beendet",
    },
    PairingEndReason: {
        PairingEndReason.GOAL_REACHED: "Ziel erreicht",
        PairingEndReason.MOVED: "Umzug",
        PairingEndReason.NO_TIME: "keine Zeit mehr",
        PairingEndReason.CONTACT_LOST: "Kontakt abgebrochen",
        PairingEndReason.NOT_A_MATCH: "passte nicht",
        PairingEndReason.OTHER: "sonstiger Grund",
    },
    RequestStatus: {
        RequestStatus.OPEN: "offen",
        RequestStatus.MEDIATING: "in Vermittlung",
        RequestStatus.MATCHED: "vermittelt",
        RequestStatus.DONE: "erledigt",
        RequestStatus.UNMATCHABLE: "nicht vermittelbar",
    },
    CandidateAnswer: {
        CandidateAnswer.PENDING: "keine Antwort",
        CandidateAnswer.YES: "zugesagt",
        CandidateAnswer.NO: "abgesagt",
    },
    ContactChannel: {
        ContactChannel.PHONE: "Telefon",
        ContactChannel.EMAIL: "E-Mail",
        ContactChannel.IN_PERSON: "persönlich",
        ContactChannel.LETTER: "Brief",
        ContactChannel.MESSENGER: "Messenger",
        ContactChannel.OTHER: "sonstiges",
    },
    OrganisationKind: {
        OrganisationKind.MSO: "MSO",
        OrganisationKind.PROVIDER: "Träger",
        OrganisationKind.AUTHORITY: "Behörde",
        OrganisationKind.SCHOOL: "Schule/Kita",
        OrganisationKind.ASSOCIATION: "Verein",
    },
    FoundingStage: {
        FoundingStage.IDEA: "Idee",
        FoundingStage.FOUNDING: "in Gründung",
        FoundingStage.REGISTERED: "eingetragen (e.V.)",
        FoundingStage.ESTABLISHED: "etabliert",
    },
    FundingStatus: {
        FundingStatus.PLANNED: "geplant",
        FundingStatus.APPLIED: "beantragt",
        FundingStatus.GRANTED: "bewilligt",
        FundingStatus.REJECTED: "abgelehnt",
    },
    EventKind: {
        EventKind.FORUM: "Ehrenamtsforum",
        EventKind.TRAINING: "Schulung",
        EventKind.MEETING: "Treffen",
        EventKind.OTHER: "Sonstiges",
    },
    EventStatus: {
        EventStatus.PLANNED: "geplant",
        EventStatus.HELD: "durchgeführt",
        EventStatus.CANCELLED: "abgesagt",
    },
    LanguageLevel: {
        LanguageLevel.NATIVE: "Muttersprache",
        LanguageLevel.FLUENT: "fließend",
        LanguageLevel.GOOD: "gut",
        LanguageLevel.BASIC: "Grundkenntnisse",
    },
    ImportStatus: {
        ImportStatus.RUNNING: "läuft",
        ImportStatus.DONE: "abgeschlossen",
        ImportStatus.FAILED: "fehlgeschlagen",
        ImportStatus.UNDONE: "rückgängig gemacht",
    },
    AuditAction: {
        AuditAction.CREATE: "angelegt",
        AuditAction.UPDATE: "geändert",
        AuditAction.DELETE: "gelöscht",
    },
    ConsentState: {ConsentState.VALID: "gültig", ConsentState.MISSING: "fehlt"},
}

WEEKDAY_LABELS = {
    Weekday.MONDAY: "Montag",
    Weekday.TUESDAY: "Dienstag",
    Weekday.WEDNESDAY: "Mittwoch",
    Weekday.THURSDAY: "Donnerstag",
    Weekday.FRIDAY: "Freitag",
    Weekday.SATURDAY: "Samstag",
    Weekday.SUNDAY: "Sonntag",
}
SLOT_LABELS = {
    DaySlot.MORNING: "Vormittag",
    DaySlot.AFTERNOON: "Nachmittag",
    DaySlot.EVENING: "Abend",
}
