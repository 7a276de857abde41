"""Every status and kind of the domain, with its German label in one place.

Values are stable identifiers stored in the database; labels are what people read.
"""

from __future__ import annotations

import enum

from .i18n import N_, _


class LabeledEnum(enum.StrEnum):
    """A string enum whose members carry a German label."""

    @property
    def label(self) -> str:
        """The label in the current language."""
        return _(_LABELS[type(self)][self])

    @property
    def german(self) -> str:
        return _LABELS[type(self)][self]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]

    @classmethod
    def from_label(cls, text: str) -> LabeledEnum:
        wanted = text.strip().casefold()
        for member in cls:
            labels = (member.label.casefold(), member.german.casefold())
            if wanted in labels or member.value == wanted:
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
    EXPORT = "exportiert"  # personal data written to a file (a list, a printout)


class ClearanceKind(LabeledEnum):
    """A police clearance: the simple one or the extended one (work with children)."""

    SIMPLE = "einfach"
    EXTENDED = "erweitert"


class ConsentState(LabeledEnum):
    """A list filter: does the person have a valid consent today?"""

    VALID = "gueltig"
    MISSING = "fehlt"


class Salutation(LabeledEnum):
    """How a letter or e-mail greets the person (empty: »Guten Tag Vorname Nachname,«)."""

    FRAU = "frau"
    HERR = "herr"
    NEUTRAL = "neutral"
    NONE = "keine"


_LABELS: dict[type, dict[object, str]] = {
    Salutation: {
        Salutation.FRAU: N_("Frau"),
        Salutation.HERR: N_("Herr"),
        Salutation.NEUTRAL: N_("neutral (Vor- und Nachname)"),
        Salutation.NONE: N_("ohne Namen"),
    },
    ClearanceKind: {
        ClearanceKind.SIMPLE: N_("einfach"),
        ClearanceKind.EXTENDED: N_("erweitert"),
    },
    VolunteerStatus: {
        VolunteerStatus.INTERESTED: N_("interessiert"),
        VolunteerStatus.ACTIVE: N_("aktiv"),
        VolunteerStatus.PAUSED: N_("pausiert"),
        VolunteerStatus.LEFT: N_("ausgeschieden"),
    },
    NewcomerKind: {
        NewcomerKind.PERSON: N_("Person"),
        NewcomerKind.HOUSEHOLD: N_("Familie/Haushalt"),
    },
    NewcomerStatus: {
        NewcomerStatus.OPEN: N_("offen"),
        NewcomerStatus.SUPPORTED: N_("begleitet"),
        NewcomerStatus.CLOSED: N_("abgeschlossen"),
    },
    PairingStatus: {
        PairingStatus.PROPOSED: N_("vorgeschlagen"),
        PairingStatus.ACTIVE: N_("aktiv"),
        PairingStatus.PAUSED: N_("pausiert"),
        PairingStatus.ENDED: N_("beendet"),
    },
    PairingEndReason: {
        PairingEndReason.GOAL_REACHED: N_("Ziel erreicht"),
        PairingEndReason.MOVED: N_("Umzug"),
        PairingEndReason.NO_TIME: N_("keine Zeit mehr"),
        PairingEndReason.CONTACT_LOST: N_("Kontakt abgebrochen"),
        PairingEndReason.NOT_A_MATCH: N_("passte nicht"),
        PairingEndReason.OTHER: N_("sonstiger Grund"),
    },
    RequestStatus: {
        RequestStatus.OPEN: N_("offen"),
        RequestStatus.MEDIATING: N_("in Vermittlung"),
        RequestStatus.MATCHED: N_("vermittelt"),
        RequestStatus.DONE: N_("erledigt"),
        RequestStatus.UNMATCHABLE: N_("nicht vermittelbar"),
    },
    CandidateAnswer: {
        CandidateAnswer.PENDING: N_("keine Antwort"),
        CandidateAnswer.YES: N_("zugesagt"),
        CandidateAnswer.NO: N_("abgesagt"),
    },
    ContactChannel: {
        ContactChannel.PHONE: N_("Telefon"),
        ContactChannel.EMAIL: N_("E-Mail"),
        ContactChannel.IN_PERSON: N_("persönlich"),
        ContactChannel.LETTER: N_("Brief"),
        ContactChannel.MESSENGER: N_("Messenger"),
        ContactChannel.OTHER: N_("sonstiges"),
    },
    OrganisationKind: {
        OrganisationKind.MSO: N_("MSO"),
        OrganisationKind.PROVIDER: N_("Träger"),
        OrganisationKind.AUTHORITY: N_("Behörde"),
        OrganisationKind.SCHOOL: N_("Schule/Kita"),
        OrganisationKind.ASSOCIATION: N_("Verein"),
    },
    FoundingStage: {
        FoundingStage.IDEA: N_("Idee"),
        FoundingStage.FOUNDING: N_("in Gründung"),
        FoundingStage.REGISTERED: N_("eingetragen (e.V.)"),
        FoundingStage.ESTABLISHED: N_("etabliert"),
    },
    FundingStatus: {
        FundingStatus.PLANNED: N_("geplant"),
        FundingStatus.APPLIED: N_("beantragt"),
        FundingStatus.GRANTED: N_("bewilligt"),
        FundingStatus.REJECTED: N_("abgelehnt"),
    },
    EventKind: {
        EventKind.FORUM: N_("Ehrenamtsforum"),
        EventKind.TRAINING: N_("Schulung"),
        EventKind.MEETING: N_("Treffen"),
        EventKind.OTHER: N_("Sonstiges"),
    },
    EventStatus: {
        EventStatus.PLANNED: N_("geplant"),
        EventStatus.HELD: N_("durchgeführt"),
        EventStatus.CANCELLED: N_("abgesagt"),
    },
    LanguageLevel: {
        LanguageLevel.NATIVE: N_("Muttersprache"),
        LanguageLevel.FLUENT: N_("fließend"),
        LanguageLevel.GOOD: N_("gut"),
        LanguageLevel.BASIC: N_("Grundkenntnisse"),
    },
    ImportStatus: {
        ImportStatus.RUNNING: N_("läuft"),
        ImportStatus.DONE: N_("abgeschlossen"),
        ImportStatus.FAILED: N_("fehlgeschlagen"),
        ImportStatus.UNDONE: N_("rückgängig gemacht"),
    },
    AuditAction: {
        AuditAction.CREATE: N_("angelegt"),
        AuditAction.UPDATE: N_("geändert"),
        AuditAction.DELETE: N_("gelöscht"),
        AuditAction.EXPORT: N_("exportiert"),
    },
    ConsentState: {ConsentState.VALID: N_("gültig"), ConsentState.MISSING: N_("fehlt")},
}

WEEKDAY_LABELS = {
    Weekday.MONDAY: N_("Montag"),
    Weekday.TUESDAY: N_("Dienstag"),
    Weekday.WEDNESDAY: N_("Mittwoch"),
    Weekday.THURSDAY: N_("Donnerstag"),
    Weekday.FRIDAY: N_("Freitag"),
    Weekday.SATURDAY: N_("Samstag"),
    Weekday.SUNDAY: N_("Sonntag"),
}
SLOT_LABELS = {
    DaySlot.MORNING: N_("Vormittag"),
    DaySlot.AFTERNOON: N_("Nachmittag"),
    DaySlot.EVENING: N_("Abend"),
}
