"""The words of the demo data: notes, contact log entries, request titles, outcomes,
organisation names and roles, consultation topics, events and places to meet. Pure
data; the generator modules draw from it."""

from decimal import Decimal

from ..enums import FoundingStage, OrganisationKind, PairingEndReason

STAFF = ("Frau Krüger", "Herr Petersen", "Frau Haddad", "Frau Winkler", "Herr Brandt")

# -- notes and contact log ------------------------------------------------------------

VOLUNTEER_NOTES = (
    "hat ein Auto, kann fahren",
    "möchte gern mit Kindern arbeiten",
    "bitte vorher anrufen",
    "über die Freiwilligenagentur",
    "kam über das Ehrenamtsforum",
    "kann auch kurzfristig",
    "Sprachcafé in der Stadtbibliothek",
    "hat selbst Fluchterfahrung",
    "Empfehlung von Caritas",
    "möchte zunächst nur einzelne Begleitungen",
)
# (female, male) notes that fit an age group: students, working age, retired.
NOTES_YOUNG = (
    ("Studentin, Lehramt Deutsch", "Student, Lehramt Deutsch"),
    ("Studentin der Sozialen Arbeit", "Student der Sozialen Arbeit"),
    ("macht ein Freiwilliges Soziales Jahr", "macht ein Freiwilliges Soziales Jahr"),
)
NOTES_WORKING = (
    ("arbeitet im Schichtdienst", "arbeitet im Schichtdienst"),
    ("Erzieherin, kennt sich mit Kitas aus", "Erzieher, kennt sich mit Kitas aus"),
    ("arbeitet in der Verwaltung", "arbeitet in der Verwaltung"),
)
NOTES_RETIRED = (
    ("Rentnerin, früher Krankenschwester", "Rentner, früher Arzt"),
    ("Rentnerin, früher Lehrerin", "Rentner, früher Lehrer"),
    ("im Ruhestand, viel Zeit am Vormittag", "im Ruhestand, viel Zeit am Vormittag"),
)
AVAILABILITY_NOTES = (
    "am liebsten vormittags",
    "nicht in den Schulferien",
    "bitte vorher anrufen",
    "nach Absprache auch am Wochenende",
    "nur jede zweite Woche",
    "ab 16 Uhr",
)
NEWCOMER_NOTES = (
    "Termin bei der Ausländerbehörde steht an",
    "Kinder besuchen die Grundschule",
    "Integrationskurs B1 abgeschlossen",
    "sucht eine größere Wohnung",
    "wünscht Kontakt zu einer deutschen Familie",
    "Vater arbeitet im Schichtdienst",
    "möchte eine Ausbildung in der Pflege beginnen",
    "Integrationskurs läuft",
    "über Migrationsberatung vermittelt",
    "Sohn sucht einen Sportverein",
)
VOLUNTEER_CONTACT = (
    ("Erstgespräch", "Erstgespräch geführt, Interessen und Zeiten aufgenommen."),
    ("Rückfrage", "Nachgefragt, ob weiterhin Zeit für Begleitungen ist."),
    ("Führungszeugnis", "An das erweiterte Führungszeugnis erinnert."),
    ("Einladung", "Zum Ehrenamtsforum eingeladen."),
    ("Dank", "Für den Einsatz bedankt, Ehrenamtsnachweis angeboten."),
    ("Rückmeldung", "Berichtet von einer gelungenen Begleitung."),
)
PAIRING_CONTACT = (
    ("Nachfrage", "Treffen finden regelmäßig statt, beide sind zufrieden."),
    ("Nachfrage", "Treffen seltener wegen Prüfungszeit, läuft aber weiter."),
    ("Erstgespräch", "Erstes Kennenlernen in der Servicestelle, Termine vereinbart."),
    ("Rückmeldung", "Familie wünscht zusätzlich Hilfe bei der Wohnungssuche."),
    ("Nachfrage", "Kontakt schwierig, Nachfrage in zwei Wochen."),
    ("Abschluss", "Abschlussgespräch geführt."),
)
REQUEST_CONTACT = (
    ("Anfrage aufgenommen", "Anfrage telefonisch aufgenommen."),
    ("Rückfrage", "Termin und Sprache mit der anfragenden Stelle geklärt."),
    ("Vermittlung", "Kontakt zwischen Ehrenamtlicher*m und Familie hergestellt."),
    ("Rückmeldung", "Begleitung hat stattgefunden."),
)
ORGANISATION_CONTACT = (
    ("Austausch", "Austausch über aktuelle Bedarfe."),
    ("Kooperation", "Gemeinsames Angebot für den Herbst besprochen."),
    ("Einladung", "Zum Ehrenamtsforum eingeladen."),
    ("Beratung", "Beratungstermin vereinbart."),
    ("Rückmeldung", "Neue Ansprechperson mitgeteilt."),
)
NEWCOMER_CONTACT = (
    ("Erstgespräch", "Erstgespräch mit Sprachmittlung geführt."),
    ("Nachfrage", "Nachgefragt, ob die Unterstützung passt."),
    ("Rückmeldung", "Familie bedankt sich für die Begleitung."),
)
EVENT_CONTACT = (
    ("Raum", "Raum reserviert und Technik angefragt."),
    ("Auswertung", "Rückmeldungen der Teilnehmenden ausgewertet."),
    ("Referentin", "Referentin hat zugesagt."),
)
FOCUS = (
    "Deutsch üben und Alltag",
    "Begleitung bei Behördengängen",
    "Hausaufgaben und Schule",
    "Wohnungssuche",
    "Freizeit und Stadt kennenlernen",
    "Bewerbungen und Ausbildung",
    "Familie im Alltag begleiten",
    "Gespräche auf Deutsch",
)
END_NOTES = {
    PairingEndReason.GOAL_REACHED: "Familie kommt gut allein zurecht.",
    PairingEndReason.MOVED: "Umzug in eine andere Stadt.",
    PairingEndReason.NO_TIME: "Neue Arbeitsstelle, keine Zeit mehr.",
    PairingEndReason.CONTACT_LOST: "Kein Kontakt mehr trotz mehrerer Versuche.",
    PairingEndReason.NOT_A_MATCH: "Erwartungen passten nicht zusammen.",
    PairingEndReason.OTHER: "Einvernehmlich beendet.",
}
HOURS = tuple(Decimal(v) for v in ("1", "1.5", "2", "2", "2.5", "3", "4"))
HOURS_TEXT = (
    "Treffen",
    "Begleitung zum Termin",
    "Deutsch geübt",
    "Hausaufgaben",
    "Ausflug",
    "Formulare ausgefüllt",
    "Telefonat und Absprachen",
    "Wohnungsbesichtigung",
)
REQUEST_TITLES = {
    "Begleitung zu Ämtern und Behörden": (
        "Begleitung zur Ausländerbehörde",
        "Begleitung zum Jobcenter",
        "Termin im Bürgerbüro (Ummeldung)",
        "Begleitung zur Familienkasse",
        "Kontoeröffnung bei der Sparkasse",
    ),
    "Arztbegleitung und Gesundheit": (
        "Begleitung zum Kinderarzt",
        "Facharzttermin – Begleitung gesucht",
        "Zahnarzttermin – Begleitung gesucht",
        "Hilfe bei der Krankenkasse",
    ),
    "Post und Formulare verstehen": (
        "Hilfe beim Kindergeldantrag",
        "Briefe vom Jobcenter verstehen",
        "Weiterbewilligungsantrag ausfüllen",
        "Hilfe bei der Nebenkostenabrechnung",
    ),
    "Wohnungssuche und Umzug": (
        "Wohnungssuche für Familie mit {kinder} Kindern",
        "Umzugshilfe am Wochenende",
        "Wohnungsbesichtigung in {stadtteil}",
    ),
    "Deutsch üben": (
        "Gesprächspartner*in zum Deutschüben gesucht",
        "Sprachpatenschaft (Niveau A2)",
        "Vorbereitung auf die B1-Prüfung",
    ),
    "Hausaufgabenhilfe und Lernpatenschaft": (
        "Hausaufgabenhilfe für zwei Kinder (Klasse 3 und 5)",
        "Lernpatenschaft Mathematik, Klasse 8",
        "Unterstützung beim Lesen, Klasse 2",
    ),
    "Kita und Schule": (
        "Begleitung zum Elternabend",
        "Hilfe bei der Kita-Anmeldung",
        "Elterngespräch in der Schule ({sprache})",
    ),
    "Ausbildung, Arbeit und Bewerbung": (
        "Bewerbungsunterlagen erstellen",
        "Praktikumsplatz im Handwerk gesucht",
        "Anerkennung des Berufsabschlusses",
    ),
    "Dolmetschen und Übersetzen": (
        "Dolmetschen beim Arzttermin ({sprache})",
        "Telefonisches Dolmetschen ({sprache})",
        "Übersetzung eines Schulbriefes ({sprache})",
    ),
    "Familienpatenschaft": (
        "Familienpatenschaft für Familie aus {land}",
        "Patin für alleinerziehende Mutter gesucht",
    ),
    "Freizeit, Sport und Kultur": (
        "Begleitung zum Sportverein",
        "Ausflug zum Schweriner Schloss",
        "Schwimmkurs für Kinder",
    ),
    "Sachspenden": (
        "Kinderfahrrad gesucht",
        "Möbel für die erste Wohnung",
        "Winterkleidung für Kinder",
        "Waschmaschine gesucht",
    ),
    "Mobilität": (
        "Fahrradfahren lernen",
        "Begleitung: Busfahren und Fahrkarten",
        "Fahrdienst zum Krankenhaus",
    ),
    "Frauen- und Müttertreff": (
        "Kontakt zu einem Frauentreff gesucht",
        "Begleitung zum Müttercafé",
    ),
}
CHILD_FIELDS = ("Hausaufgaben", "Kita", "Familienpatenschaft", "Müttertreff")
REQUESTERS = (
    "Nachbarin der Familie",
    "Anruf aus dem Bürgerbüro",
    "Hausverwaltung im Mueßer Holz",
    "Schulsozialarbeit",
    "Integrationskursträger",
    "Migrationsberatung",
    "Kinderarztpraxis",
)
OUTCOME_DONE = (
    "Begleitung hat stattgefunden.",
    "Termin erfolgreich wahrgenommen.",
    "Familie kommt jetzt allein zurecht.",
    "Spende übergeben.",
    "Antrag ist abgegeben.",
)
OUTCOME_FAILED = (
    "Keine passende Person mit den nötigen Sprachkenntnissen gefunden.",
    "Termin lag zu kurzfristig.",
    "Anfrage hat sich erledigt, Familie ist verzogen.",
    "Niemand zum gewünschten Zeitpunkt verfügbar.",
)
LANGUAGE_NAMES_DE = {
    "uk": "Ukrainisch",
    "ar": "Arabisch",
    "prs": "Dari",
    "fa": "Farsi",
    "ps": "Paschtu",
    "tr": "Türkisch",
    "ti": "Tigrinya",
    "so": "Somali",
    "vi": "Vietnamesisch",
    "ru": "Russisch",
    "kmr": "Kurdisch",
    "en": "Englisch",
}


# -- organisations ----------------------------------------------------------------------

MSO_ADJECTIVES = {
    "uk": "Ukrainischer",
    "ar": "Syrischer",
    "af": "Afghanischer",
    "tr": "Deutsch-Türkischer",
    "er": "Eritreischer",
    "so": "Somalischer",
    "vi": "Vietnamesischer",
}
MSO_EXTRA = ("Arabischer", "Kurdischer", "Internationaler", "Interkultureller")
MSO_NOUNS = (
    "Kulturverein",
    "Frauenverein",
    "Elternverein",
    "Jugendverein",
    "Sportverein",
    "Bildungsverein",
    "Begegnungsverein",
    "Nachbarschaftsverein",
)
PROVIDERS = (  # (name, short name)
    ("Caritas Mecklenburg e.V.", "Caritas"),
    ("Internationaler Bund", "IB"),
    ("AWO Kreisverband Schwerin", "AWO"),
    ("Diakonie Westmecklenburg", "Diakonie"),
    ("DRK-Kreisverband Schwerin e.V.", "DRK"),
    ("Volkssolidarität Schwerin", "Volkssolidarität"),
    ("Evangelische Jugend Schwerin", "EJ Schwerin"),
    ("Arbeit und Leben MV", "Arbeit und Leben"),
)
PROVIDER_OFFERS = (
    "Migrationsberatung",
    "Jugendmigrationsdienst",
    "Stadtteilbüro",
    "Begegnungsstätte",
    "Familienzentrum",
    "Sprachcafé",
    "Ehrenamtskoordination",
)
AUTHORITIES = (
    "Jobcenter Schwerin",
    "Ausländerbehörde Schwerin",
    "Bürgerbüro Schwerin",
    "Jugendamt Schwerin",
    "Sozialamt Schwerin",
    "Gesundheitsamt Schwerin",
    "Agentur für Arbeit Schwerin",
    "Familienkasse",
)
SCHOOL_KINDS = ("Grundschule", "Regionale Schule", "Gesamtschule", "Förderschule")
KITA_NAMES = (
    "Sonnenschein",
    "Regenbogen",
    "Pusteblume",
    "Zwergenland",
    "Kinderland",
    "Spatzennest",
    "Wirbelwind",
    "Sternschnuppe",
    "Pünktchen",
    "Kleine Strolche",
)
ASSOCIATIONS = (
    "Sportverein",
    "Heimatverein",
    "Fahrradwerkstatt",
    "Kleiderkammer",
    "Tafel",
    "Bürgerverein",
    "Kirchengemeinde",
    "Seniorentreff",
    "Nachbarschaftshilfe",
    "Chor",
    "Schachklub",
    "Kleingartenverein",
)
ROLES = {
    OrganisationKind.MSO: ("Vorsitzende*r", "stellv. Vorsitzende*r", "Kassenwart*in"),
    OrganisationKind.PROVIDER: ("Koordination Ehrenamt", "Migrationsberatung", "Leitung"),
    OrganisationKind.AUTHORITY: ("Sachbearbeitung", "Integrationsbeauftragte*r", "Teamleitung"),
    OrganisationKind.SCHOOL: ("Schulleitung", "Schulsozialarbeit", "Kitaleitung", "Erzieher*in"),
    OrganisationKind.ASSOCIATION: ("Vorstand", "Ansprechperson Geflüchtete", "Jugendwart*in"),
}
FUNDING_PROGRAMMES = (
    ("Integrationsfonds der Landeshauptstadt Schwerin", 4),
    ("100-€-Pauschalförderung", 3),
    ("Ehrenamtsstiftung MV", 2),
    ("Partnerschaft für Demokratie Schwerin", 1),
)
MSO_TOPICS = {
    FoundingStage.IDEA: ("Idee eines Vereins besprechen", "Erstberatung Vereinsgründung"),
    FoundingStage.FOUNDING: (
        "Satzungsentwurf durchgesehen",
        "Gründungsversammlung vorbereiten",
        "Eintragung ins Vereinsregister",
    ),
    FoundingStage.REGISTERED: (
        "Gemeinnützigkeit beantragen",
        "Förderantrag Integrationsfonds",
        "Kassenführung und Buchhaltung",
        "Mitgliederversammlung vorbereiten",
    ),
    FoundingStage.ESTABLISHED: (
        "Förderantrag Integrationsfonds",
        "Kooperation mit Schulen",
        "Öffentlichkeitsarbeit",
        "Projektidee für Jugendliche",
    ),
}
VOLUNTEER_TOPICS = (
    "Erstgespräch",
    "Einsatzmöglichkeiten",
    "Versicherungsschutz im Ehrenamt",
    "Belastung in der Patenschaft",
    "Ehrenamtspauschale",
)


# -- events -----------------------------------------------------------------------------

TRAININGS = (
    "Interkulturelle Kompetenz",
    "Asyl- und Aufenthaltsrecht kompakt",
    "Grenzen setzen im Ehrenamt",
    "Kinderschutz im Ehrenamt",
    "Erste Hilfe",
    "Deutsch als Zweitsprache vermitteln",
    "Traumasensibler Umgang",
    "Sozialleistungen verstehen",
    "Kommunikation mit Sprachmittlung",
)
MEETINGS = (
    "Treffen der Lernpat*innen",
    "Austausch Familienpatenschaften",
    "Sprachcafé-Team",
    "Stammtisch der Ehrenamtlichen",
    "Treffen der Dolmetscher*innen",
)
OTHER_EVENTS = (
    "Sommerfest der Begegnung",
    "Interkulturelle Woche: Stadtspaziergang",
    "Dankeschön-Abend für Ehrenamtliche",
)
LOCATIONS = (
    "Servicestelle Integration, Am Packhof 2-6",
    "Stadthaus Schwerin, Am Packhof 2-6",
    "Stadtbibliothek, Wismarsche Straße 144",
    "Volkshochschule, Puschkinstraße 13",
    "Stadtteilzentrum Mueßer Holz",
    "Rathaus, Am Markt 14",
    "Begegnungsstätte Lankow",
)
ROMAN = ("I", "II", "III", "IV")
