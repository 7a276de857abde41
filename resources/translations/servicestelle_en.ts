<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+81"/>
        <source>Über Servicestelle</source>
        <translation>About Servicestelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ehrenamtliche, Neuzugewanderte, Patenschaften, Hilfsanfragen, Organisationen und Veranstaltungen der Servicestelle Integration an einem Ort – mit Import, Export, Ausdrucken und Datenschutz.</source>
        <translation>Volunteers, newcomers, mentorships, help requests, organisations and events of the integration office in one place – with import, export, printouts and data protection.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Datenbank:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datenordner:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programm</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bestandteil</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wofür</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qt und Qt for Python (PySide6) stehen unter der GNU LGPL v3; das Programm nutzt sie als getrennte, austauschbare Bibliotheken. Die Schrift DejaVu Sans der Ausdrucke steht unter einer freien Lizenz (Text unten).</source>
        <translation>Qt and Qt for Python (PySide6) are licensed under the GNU LGPL v3; the program uses them as separate, replaceable libraries. The DejaVu Sans font used in printouts is under a free licence (text below).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lizenz der Schrift anzeigen</source>
        <translation>Show the font licence</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lizenzen</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+192"/>
        <source>Die Datenbank lässt sich nicht öffnen: {reason}</source>
        <translation>The database cannot be opened: {reason}</translation>
    </message>
</context>
<context>
    <name>AvailabilityGrid</name>
    <message>
        <location filename="../../ui/forms/widgets.py" line="+40"/>
        <source>Mo</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vormittag</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachmittag</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abend</source>
        <translation>Evening</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../ui/background.py" line="+95"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unerwarteter Fehler ({kind}).</source>
        <translation>Unexpected error ({kind}).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+57"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Servicestelle</source>
        <translation>Servicestelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte Servicestelle jetzt neu starten.</source>
        <translation>Please restart Servicestelle now.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Sicherung wird geprüft und wiederhergestellt …</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Andere Datenbank</source>
        <translation>Another database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trotzdem diese Sicherung wiederherstellen?</source>
        <translation>Restore this backup anyway?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nicht wiederhergestellt</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bitte wenden Sie sich an den IT-Support. Die Datei bleibt unverändert.</source>
        <translation>Please contact IT support. The file remains unchanged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Soll diese Sicherung wiederhergestellt werden? Änderungen seit der Sicherung fehlen danach; die beschädigte Datei wird unter neuem Namen aufbewahrt.</source>
        <translation>Restore this backup? Any changes made since the backup will then be missing; the damaged file is kept under a new name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+196"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Nicht jetzt</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tägliche Sicherung angelegt: {name}</source>
        <translation>Daily backup created: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keine tägliche Sicherung</source>
        <translation>No daily backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die tägliche Sicherung ist misslungen: {reason}</source>
        <translation>The daily backup failed: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wiederhergestellt</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sicherung ist wiederhergestellt. Servicestelle startet neu.</source>
        <translation>The backup has been restored. Servicestelle will now restart.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Die Datenbank wird gesichert …</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keine Sicherung</source>
        <translation>No backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sicherung angelegt und geprüft: {path}</source>
        <translation>Backup created and checked: {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jetzt &amp;sichern</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordner ändern …</source>
        <translation>Change &amp;folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sicherungsordner: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ordner für die Sicherungen</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ordner nicht geändert</source>
        <translation>Folder not changed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Datenbank wird durch die Sicherung {backup} ersetzt. Was seitdem eingetragen wurde, fehlt danach (der jetzige Stand wird vorher gesichert). Offene Formulare werden geschlossen, Servicestelle startet neu. Fortfahren?</source>
        <translation>The database will be replaced by the backup {backup}. Anything entered since then will be missing (the current state is backed up first). Open forms will be closed and Servicestelle will restart. Continue?</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../ui/forms/candidates_panel.py" line="+34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angefragt am</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weg</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zugeordnet</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ehrenamtliche*n anfragen…</source>
        <translation>Ask a volunteer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort: zugesagt</source>
        <translation>Answer: accepted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwort: abgesagt</source>
        <translation>Answer: declined</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Angefragte Ehrenamtliche</source>
        <translation>Volunteers asked</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ja, am {day}</source>
        <translation>yes, on {day}</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/forms/widgets.py" line="+255"/>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../../ui/forms/notes_panel.py" line="+36"/>
        <location line="+65"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Weg</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Betreff / Notiz</source>
        <translation>Subject / note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kontakt eintragen…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (erledigt)</source>
        <translation> (done)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Kontakt eintragen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eintragen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiedervorlage am</source>
        <translation>Follow up on</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+37"/>
        <source>Ehrenamtliche</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patenschaften</source>
        <translation>Mentorships</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hilfsanfragen</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stunden, Veranstaltungen, MSO</source>
        <translation>Hours, events, MSOs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tage</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Std.</source>
        <translation>hrs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Kennzahlen</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Art des Zeitraums</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Vorheriger Zeitraum</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Nächster Zeitraum</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anzeigen</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neu berechnen</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Kennzahlen mit den neuesten Daten berechnen</source>
        <translation>Calculate the key figures with the latest data</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Das Ende des Zeitraums liegt vor seinem Beginn.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kennzahlen für {period} werden berechnet …</source>
        <translation>Calculating key figures for {period} …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Die Kennzahlen ließen sich nicht berechnen: {m}</source>
        <translation>The key figures could not be calculated: {m}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kennzahlen {period} ({start} – {end}). Ein Klick auf eine Zahl oder einen Balken zeigt die Einträge dazu.</source>
        <translation>Key figures {period} ({start} – {end}). Click a number or a bar to see the entries behind it.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Laufende Patenschaften: Kontakt jeden Monat?</source>
        <translation>Current mentorships: contact every month?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>regelmäßig</source>
        <translation>regular</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nicht regelmäßig</source>
        <translation>not regular</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_charts.py" line="+74"/>
        <source>Klicken: die Einträge dazu in der Liste zeigen</source>
        <translation>Click: show these entries in the list</translation>
    </message>
    <message>
        <location line="+60"/>
        <source> – die {n} größten von {total}</source>
        <translation> – the {n} largest of {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>keine Einträge</source>
        <translation>no entries</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anzahl</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../ui/forms/date_editor.py" line="+37"/>
        <source>TT.MM.JJJJ HH:MM</source>
        <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Kalender öffnen</source>
        <translation>Open calendar</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="+63"/>
        <location line="+37"/>
        <source>Servicestelle</source>
        <translation>Servicestelle</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Es ist ein Fehler aufgetreten …</source>
        <translation>An error has occurred…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der letzte Schritt wurde nicht ausgeführt. Bereits gespeicherte Daten sind nicht betroffen; meist kann die Arbeit einfach weitergehen.</source>
        <translation>The last step was not carried out. Data already saved is not affected; usually you can simply carry on working.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Einzelheiten für den IT-Support stehen in der Protokolldatei:</source>
        <translation>Details for IT support are in the log file:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Das Programm wird beendet.</source>
        <translation>The program will now close.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/pages/filter_bar.py" line="+131"/>
        <source>Liste filtern</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Archivierte anzeigen</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auch archivierte Einträge in der Liste zeigen.</source>
        <translation>Also show archived entries in the list.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+72"/>
        <source>Filter zurücksetzen</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Alle Filter und den Suchtext leeren</source>
        <translation>Clear all filters and the search text</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+72"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Datum leeren</source>
        <translation>Clear date</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Weitere Filter ({count})</source>
        <translation>More filters ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weitere Filter</source>
        <translation>More filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weitere Filter ein- oder ausblenden</source>
        <translation>Show or hide more filters</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/pages/followups.py" line="+42"/>
        <source>um 1 Woche</source>
        <translation>by 1 week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>um 2 Wochen</source>
        <translation>by 2 weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>um 1 Monat</source>
        <translation>by 1 month</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wiedervorlage</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alle Arten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worum es geht</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fällige Punkte</source>
        <translation>Items due</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nichts fällig – alle Patenschaften, Fristen und Wiedervorlagen sind im Lot.</source>
        <translation>Nothing due – all mentorships, deadlines and follow-ups are on track.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patenschaft: vermerkt ein Nachfragen von heute. Wiedervorlage aus einem Kontakt: hakt sie ab. Sonst: blendet den Punkt aus, bis sich etwas ändert.</source>
        <translation>Mentorship: records a check-in made today. Follow-up from a contact: ticks it off. Otherwise: hides the item until something changes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verschieben</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>auf ein Datum …</source>
        <translation>to a date…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wird geladen …</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Konnte nicht geladen werden: {m}</source>
        <translation>Could not be loaded: {m}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 Punkt fällig</source>
        <translation>1 item due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Punkte fällig</source>
        <translation>{count} items due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, davon {n} überfällig</source>
        <translation>, {n} of them overdue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> – gezeigt werden die {n} dringendsten</source>
        <translation> – showing the {n} most urgent</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Verschieben auf</source>
        <translation>Postpone to</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms/form_dialog.py" line="+76"/>
        <source>Neu: {label}</source>
        <translation>New: {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+253"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Daten</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>jemand anderes</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} hat diesen Eintrag am {day} um {clock} Uhr geändert, nachdem Sie ihn geöffnet haben.</source>
        <translation>{who} changed this entry on {day} at {clock} after you opened it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} hat diesen Eintrag geändert, nachdem Sie ihn geöffnet haben.</source>
        <translation>{who} changed this entry after you opened it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field} (geändert)</source>
        <translation>{field} (changed)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Eintrag wurde inzwischen geändert</source>
        <translation>Entry has been changed in the meantime</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geändert:</source>
        <translation>Changed:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>»Neu laden« zeigt den gespeicherten Stand; Ihre Eingaben gehen verloren.
»Meine Änderung erneut anwenden« lädt den gespeicherten Stand, trägt Ihre geänderten Felder darüber ein und speichert.</source>
        <translation>“Reload” shows the saved version; your entries will be lost.
“Apply my changes again” loads the saved version, enters your changed fields on top of it and saves.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meine Änderung erneut anwenden</source>
        <translation>Apply my changes again</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungen speichern?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mindestens</source>
        <translation>at least</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gründung und Gemeinnützigkeit (MSO)</source>
        <translation>Founding and charitable status (MSO)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="+32"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/help_browser.py" line="+28"/>
        <source>Erste Schritte</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Liste importieren</source>
        <translation>Importing a list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ehrenamtliche für eine Anfrage finden</source>
        <translation>Finding volunteers for a request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine Patenschaft beginnen und beenden</source>
        <translation>Starting and ending a mentorship</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Patenschaftsliste drucken</source>
        <translation>Printing the mentorship list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Das Ehrenamtsforum vorbereiten</source>
        <translation>Preparing the volunteer forum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kennzahlen berichten</source>
        <translation>Reporting key figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Wiedervorlage abarbeiten</source>
        <translation>Working through the follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einen Löschantrag bearbeiten</source>
        <translation>Handling a deletion request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datensicherung und Wiederherstellung</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anleitung – Servicestelle</source>
        <translation>User guide – Servicestelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anleitung</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <location filename="../../ui/forms/hours_panel.py" line="+46"/>
        <location line="+57"/>
        <source>Am</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+11"/>
        <location line="+47"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+60"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Stunden eintragen…</source>
        <translation>Record hours…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Insgesamt: &lt;b&gt;{hours}&lt;/b&gt; Stunden</source>
        <translation>Total: &lt;b&gt;{hours}&lt;/b&gt; hours</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stunden eintragen</source>
        <translation>Record hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eintragen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z. B. 2,5</source>
        <translation>e.g. 2.5</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+52"/>
        <source>Ehrenamtliche</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuzugewanderte</source>
        <translation>Newcomers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle Dateien (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_steps.py" line="+53"/>
        <source>Überspringen – der vorhandene Eintrag bleibt, wie er ist (empfohlen)</source>
        <translation>Skip – the existing entry stays as it is (recommended)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leere Felder des vorhandenen Eintrags aus der Liste ergänzen</source>
        <translation>Fill the existing entry&apos;s empty fields from the list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trotzdem als neuen Eintrag anlegen</source>
        <translation>Create a new entry anyway</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="+21"/>
        <source>Liste importieren</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Datei wählen</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (.xlsx, .xls), LibreOffice (.ods) oder CSV. Titelzeilen über der Kopfzeile und Summenzeilen werden erkannt.</source>
        <translation>Excel (.xlsx, .xls), LibreOffice (.ods) or CSV. Title rows above the header and total rows are recognised.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Noch keine Datei gewählt</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importieren als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabellenblatt</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Liste zum Importieren wählen</source>
        <translation>Choose a list to import</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wird gelesen …</source>
        <translation>Reading …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (ausgeblendet)</source>
        <translation> (hidden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kopfzeile in Zeile {row}, {count} Datenzeilen, {columns} Spalten.</source>
        <translation>Header in row {row}, {count} data rows, {columns} columns.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Übersprungen: {count} (leere Zeilen, Summenzeilen, wiederholte Kopfzeilen).</source>
        <translation>Skipped: {count} (empty rows, total rows, repeated headers).</translation>
    </message>
    <message>
        <location filename="../../ui/import_steps.py" line="+16"/>
        <source>Die Datei ließ sich nicht lesen ({kind}). Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The file could not be read ({kind}). Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="+26"/>
        <source>Spalten zuordnen</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorgeschlagen nach den Spaltenüberschriften. Bitte prüfen und wo nötig ändern; Spalten ohne passendes Feld können in die Notizen.</source>
        <translation>Suggested from the column headers. Please check and change where needed; columns without a matching field can go into the notes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zuordnung speichern …</source>
        <translation>Save mapping …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gespeicherte Zuordnung:</source>
        <translation>Saved mapping:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beispiele</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Übernehmen als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>– vorgeschlagen –</source>
        <translation>– suggested –</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>– nicht übernehmen –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Übernehmen als für Spalte {name}</source>
        <translation>Import column {name} as</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+22"/>
        <source>Zuordnung</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Zuordnung speichern</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (z. B. die Stelle, von der solche Listen kommen):</source>
        <translation>Name (e.g. the office such lists come from):</translation>
    </message>
    <message>
        <location filename="../../ui/import_steps.py" line="+18"/>
        <source>in Ordnung</source>
        <translation>fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mit Hinweis</source>
        <translation>with a note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dublette</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fehler</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jede Zeile geprüft: Fehler werden nicht importiert, Hinweise schon (das nicht Übernommene steht dann in den Notizen).</source>
        <translation>Every row checked: rows with errors are not imported, rows with notes are (what could not be taken over goes into the notes).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nur Zeilen mit Fehlern, Hinweisen oder Dubletten</source>
        <translation>Only rows with errors, notes or duplicates</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Zeilen werden geprüft …</source>
        <translation>Checking rows …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{rows}: {ok} in Ordnung, {warning} mit Hinweis, {duplicate}, {error}.</source>
        <translation>{rows}: {ok} fine, {warning} with a note, {duplicate}, {error}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 Zeile</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Zeilen</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 Dublette</source>
        <translation>1 duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Dubletten</source>
        <translation>{count} duplicates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 mit Fehler</source>
        <translation>1 with an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} mit Fehlern</source>
        <translation>{count} with errors</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dubletten</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 Zeile gleicht einem vorhandenen Eintrag oder einer Zeile weiter oben (gleiche E-Mail-Adresse, gleicher Name mit Geburtsdatum oder Telefonnummer). Was soll mit ihr geschehen?</source>
        <translation>1 row matches an existing entry or a row further up (same e-mail address, same name with date of birth or phone number). What should happen to it?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} Zeilen gleichen einem vorhandenen Eintrag oder einer Zeile weiter oben (gleiche E-Mail-Adresse, gleicher Name mit Geburtsdatum oder Telefonnummer). Was soll mit ihnen geschehen?</source>
        <translation>{count} rows match an existing entry or a row further up (same e-mail address, same name with date of birth or phone number). What should happen to them?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keine Dubletten gefunden – alle geprüften Zeilen sind neu.</source>
        <translation>No duplicates found – all checked rows are new.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fehlerbericht öffnen</source>
        <translation>Open error report</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+133"/>
        <source>Import rückgängig machen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Wird importiert …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Import Nr. {batch} abgeschlossen.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import no. {batch} finished.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neu angelegt: {count}</source>
        <translation>Created: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vorhandene Einträge ergänzt: {count}</source>
        <translation>Existing entries filled in: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dubletten übersprungen: {count}</source>
        <translation>Duplicates skipped: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mit Hinweisen übernommen: {count} (nicht Erkanntes steht in den Notizen)</source>
        <translation>Imported with notes: {count} (what was not recognised is in the notes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wegen Fehlern nicht importiert: {count} – siehe Fehlerbericht</source>
        <translation>Not imported because of errors: {count} – see the error report</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Nichts importiert.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Nothing imported.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fehlerbericht</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alle {count} mit diesem Import angelegten Einträge wieder entfernen?</source>
        <translation>Remove all {count} entries created by this import again?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Nr. {batch} rückgängig gemacht: {count} Einträge entfernt.</source>
        <translation>Import no. {batch} undone: {count} entries removed.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ui/kinds.py" line="+71"/>
        <source>Neue*r Ehrenamtliche*r</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 Ehrenamtliche*r</source>
        <translation>1 volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Ehrenamtliche</source>
        <translation>{count} volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Ehrenamtlichen erfasst. Mit »Neu« oder »Importieren« geht es los.</source>
        <translation>No volunteers recorded yet. Get started with “New” or “Import”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In dieser Liste suchen: Name, E-Mail, Telefon …</source>
        <translation>Search this list: name, email, phone…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neue*r Neuzugewanderte*r</source>
        <translation>New newcomer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 Neuzugewanderte*r</source>
        <translation>1 newcomer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Neuzugewanderte</source>
        <translation>{count} newcomers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Neuzugewanderten erfasst. Mit »Neu« oder »Importieren« geht es los.</source>
        <translation>No newcomers recorded yet. Get started with “New” or “Import”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In dieser Liste suchen: Name, Telefon …</source>
        <translation>Search this list: name, phone…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neue Patenschaft</source>
        <translation>New mentorship</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 Patenschaft</source>
        <translation>1 mentorship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Patenschaften</source>
        <translation>{count} mentorships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Patenschaften. Mit »Neu« schlagen Sie die erste Patenschaft vor.</source>
        <translation>No mentorships yet. Use “New” to propose the first one.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Neue Hilfsanfrage</source>
        <translation>New help request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 Hilfsanfrage</source>
        <translation>1 help request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Hilfsanfragen</source>
        <translation>{count} help requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Hilfsanfragen. Mit »Neu« erfassen Sie die erste.</source>
        <translation>No help requests yet. Use “New” to record the first one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In dieser Liste suchen: Anliegen, Beschreibung …</source>
        <translation>Search this list: concern, description…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 Organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Organisationen</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Organisationen erfasst. Mit »Neu« oder »Importieren« geht es los.</source>
        <translation>No organisations recorded yet. Get started with “New” or “Import”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In dieser Liste suchen: Name, E-Mail …</source>
        <translation>Search this list: name, email…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neue Veranstaltung</source>
        <translation>New event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 Veranstaltung</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Veranstaltungen</source>
        <translation>{count} events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Veranstaltungen. Mit »Neu« legen Sie die erste Veranstaltung an.</source>
        <translation>No events yet. Use “New” to create the first one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neue Ansprechperson</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neue Beratung</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuer Förderantrag</source>
        <translation>New funding application</translation>
    </message>
</context>
<context>
    <name>LanguageTable</name>
    <message>
        <location filename="../../ui/forms/widgets.py" line="-185"/>
        <source>Sprachen und Niveau</source>
        <translation>Languages and level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sprache hinzufügen</source>
        <translation>Add language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sprache in Zeile {row}</source>
        <translation>Language in row {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau in Zeile {row}</source>
        <translation>Level in row {row}</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../ui/table_model.py" line="+246"/>
        <source>Die Liste lässt sich gerade nicht laden. Bitte später erneut versuchen; Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The list cannot be loaded right now. Please try again later; details are in the log file.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+107"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Umbenennen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den markierten Eintrag umbenennen (auch mit Doppelklick oder F2)</source>
        <translation>Rename the selected entry (also by double-clicking or pressing F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Nur möglich, solange der Eintrag nirgends verwendet wird</source>
        <translation>Only possible while the entry is not used anywhere</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nicht hinzugefügt</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>»{name}« aus der Liste entfernen?</source>
        <translation>Remove “{name}” from the list?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nicht entfernt</source>
        <translation>Not removed</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/export_action.py" line="+70"/>
        <source>Liste als Excel-Datei speichern</source>
        <translation>Save list as Excel file</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+121"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Die Liste wird exportiert …</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Die Liste wird exportiert: {done} von {total} Zeilen …</source>
        <translation>Exporting the list: {done} of {total} rows…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Exportiert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>{count} Zeilen wurden gespeichert in
{path}</source>
        <translation>{count} rows have been saved to
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export abgebrochen</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Export ist fehlgeschlagen ({kind}). Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The export failed ({kind}). Details are in the log file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Die Kennzahlen werden noch berechnet; bitte gleich noch einmal.</source>
        <translation>The key figures are still being computed; please try again in a moment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kennzahlen</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kennzahlen als Excel-Datei speichern</source>
        <translation>Save key figures as an Excel file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Die Kennzahlen wurden gespeichert in
{path}</source>
        <translation>The key figures were saved in
{path}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/pages/list_page.py" line="+92"/>
        <source>In dieser Liste suchen …</source>
        <translation>Search this list…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Liste: {label}</source>
        <translation>List: {label}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nur diese Auswahl aufheben</source>
        <translation>Clear this selection only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wieder alle Einträge nach den Filtern oben zeigen</source>
        <translation>Show all entries matching the filters above again</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rechtsklick: Spalten ein- oder ausblenden</source>
        <translation>Right-click: show or hide columns</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Spalten</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Standardspalten wiederherstellen</source>
        <translation>Restore default columns</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Auswahl aus der Übersicht: {title}</source>
        <translation>Selection from the Overview: {title}</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Keine Einträge passen zu diesem Filter.</source>
        <translation>No entries match this filter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Servicestelle</source>
        <translation>Servicestelle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+75"/>
        <source>Servicestelle</source>
        <translation>Servicestelle</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ehrenamtliche</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuzugewanderte</source>
        <translation>Newcomers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patenschaften</source>
        <translation>Mentorships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hilfsanfragen</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisationen &amp; MSO</source>
        <translation>Organisations &amp; MSOs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiedervorlage</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{count} Punkte fällig</source>
        <translation>{count} items due</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="+30"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/window_search.py" line="+45"/>
        <source>Überall suchen ({shortcut})</source>
        <translation>Search everywhere ({shortcut})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Überall suchen</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="+20"/>
        <source>Bereiche</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Datenbank: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+112"/>
        <source>Das Formular für diesen Eintrag folgt in Kürze.</source>
        <translation>The form for this entry is coming soon.</translation>
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="+32"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dieser Eintrag ist schon archiviert.</source>
        <translation>This entry is already archived.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>»{title}« archivieren? Archivierte Einträge bleiben erhalten und lassen sich über »Archivierte anzeigen« wiederfinden.</source>
        <translation>Archive “{title}”? Archived entries are kept and can be found again with “Show archived”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nicht archiviert</source>
        <translation>Not archived</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>»{title}« wurde archiviert.</source>
        <translation>“{title}” has been archived.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Einstellungen gespeichert.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/window_search.py" line="+56"/>
        <source>{label} Nr. {id} geöffnet.</source>
        <translation>{label} no. {id} opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} Nr. {id} – das Formular folgt in Kürze.</source>
        <translation>{label} no. {id} – the form is coming soon.</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../ui/match_dialog.py" line="+60"/>
        <source>Passende Ehrenamtliche finden…</source>
        <translation>Find suitable volunteers…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aktive Ehrenamtliche nach Sprache, Stadtteil, Tätigkeitsfeld, Zeiten, Auslastung und Fairness geordnet, mit Gründen</source>
        <translation>Active volunteers ranked by language, district, field of activity, availability, workload and fairness, with reasons</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Passende Ehrenamtliche</source>
        <translation>Suitable volunteers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punkte</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dafür</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagegen</source>
        <translation>Against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadtteil und Sprachen</source>
        <translation>District and languages</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Weitere anzeigen</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ehrenamtliche*n öffnen</source>
        <translation>Open volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anfragen…</source>
        <translation>Ask…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuordnen…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Festhalten, dass die Person angefragt wurde (Datum, Weg), auf Wunsch mit E-Mail</source>
        <translation>Record that the person has been asked (date, channel), with an email if you wish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Person übernimmt die Anfrage (vermittelt)</source>
        <translation>The person takes on the request (matched)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eine E-Mail mit vorbereitetem Text im E-Mail-Programm öffnen</source>
        <translation>Open an email with prepared text in the email program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine Patenschaft mit dieser Person vorschlagen</source>
        <translation>Propose a mentorship with this person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Passende Ehrenamtliche werden gesucht …</source>
        <translation>Searching for suitable volunteers…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Hilfsanfrage</source>
        <translation>Help request</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patenschaft für</source>
        <translation>Mentorship for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} aktive Ehrenamtliche geprüft, {m} kommen in Frage.</source>
        <translation>{n} active volunteers checked, {m} are suitable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gezeigt: die besten {n}.</source>
        <translation>Shown: the top {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nicht in der Liste: {n} – {reason}.</source>
        <translation>Not in the list: {n} – {reason}.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Anfragen: {name}</source>
        <translation>Ask: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Festhalten, dass {name} angefragt wurde.</source>
        <translation>Record that {name} has been asked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anfragen</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Angefragt am</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weg</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Für {name} ist keine E-Mail-Adresse gespeichert.</source>
        <translation>No email address is stored for {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} hat keiner Kontaktaufnahme per E-Mail zugestimmt.</source>
        <translation>{name} has not consented to being contacted by email.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Telefon: {phone}</source>
        <translation> Phone: {phone}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Das E-Mail-Programm mit einem vorbereiteten Text an {name} öffnen?</source>
        <translation>Open the email program with a prepared message to {name}?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Es ist kein E-Mail-Programm eingerichtet. Adresse: {email}</source>
        <translation>No email program is set up. Address: {email}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zuordnen: {name}</source>
        <translation>Assign: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} übernimmt die Anfrage; sie gilt dann als vermittelt.</source>
        <translation>{name} takes on the request; it then counts as matched.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zuordnen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vermittelt am</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patenschaft vorschlagen: {name}</source>
        <translation>Propose mentorship: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eine Patenschaft mit {name} wird vorgeschlagen.</source>
        <translation>A mentorship with {name} will be proposed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vorschlagen</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorgeschlagen am</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwerpunkt</source>
        <translation>Focus</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="+46"/>
        <source>Kennwort der Datenbank</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Datenbank {path} ist verschlüsselt. Bitte das Kennwort eingeben.</source>
        <translation>The database {path} is encrypted. Please enter the password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kennwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kennwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Noch ein Versuch.</source>
        <translation>One more try.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch {n} Versuche.</source>
        <translation>{n} more tries.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Die Datenbank ist verschlüsselt, aber dieser Installation fehlt SQLCipher (Zusatzpaket sqlcipher3).</source>
        <translation>The database is encrypted, but this installation lacks SQLCipher (the optional package sqlcipher3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ohne Kennwort lässt sich die verschlüsselte Datenbank nicht öffnen.</source>
        <translation>The encrypted database cannot be opened without its password.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+64"/>
        <source>Datenbank verschlüsseln</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Die Datenbank wird mit einem Kennwort verschlüsselt (SQLCipher); ihre Sicherungen ebenso. Danach muss das Kennwort bei jedem Start eingegeben werden.

Wichtig: Ohne das Kennwort kann niemand die Daten lesen – auch niemand in der Servicestelle, auch nicht die IT. Ein vergessenes Kennwort lässt sich nicht zurücksetzen. Bitte das Kennwort sicher aufbewahren.</source>
        <translation>The database is encrypted with a password (SQLCipher), and so are its backups. From then on the password has to be entered at every start.

Important: without the password nobody can read the data – nobody in the office, not even IT. A forgotten password cannot be reset. Please keep the password in a safe place.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Neues Kennwort</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kennwort wiederholen</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Verschlüsseln</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Neues Kennwort:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kennwort &amp;wiederholen:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die beiden Kennwörter sind verschieden.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Kennwort muss mindestens {n} Zeichen lang sein.</source>
        <translation>The password must be at least {n} characters long.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nur eine SQLite-Datei kann hier verschlüsselt werden. Eine Datenbank auf einem Server (PostgreSQL) schützt dessen Verwaltung.</source>
        <translation>Only an SQLite file can be encrypted here. A database on a server (PostgreSQL) is protected by the server&apos;s administrators.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die Datenbank ist bereits verschlüsselt.</source>
        <translation>The database is already encrypted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dieser Installation fehlt SQLCipher (Zusatzpaket sqlcipher3); die Datenbank kann nicht verschlüsselt werden.</source>
        <translation>This installation lacks SQLCipher (the optional package sqlcipher3); the database cannot be encrypted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Datenbank wird verschlüsselt … (bei großen Dateien einige Minuten)</source>
        <translation>Encrypting the database … (a few minutes for large files)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Die Datenbank wurde nicht verschlüsselt: {reason}</source>
        <translation>The database was not encrypted: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Datenbank ist jetzt verschlüsselt; neue Sicherungen ebenso. Ältere Sicherungen im Sicherungsordner sind nicht verschlüsselt: bitte löschen oder sicher aufbewahren.</source>
        <translation>The database is now encrypted, and so are new backups. Older backups in the backup folder are not encrypted: please delete them or keep them safe.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="+17"/>
        <source>Diese Seite folgt in Kürze.</source>
        <translation>This page is coming soon.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/print_preview.py" line="+58"/>
        <source>Vorschau: {title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seitenbreite</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ganze Seite</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drucken …</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Als PDF speichern …</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} Seiten</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei konnte nicht gespeichert werden: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gespeichert: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <location line="+51"/>
        <location line="+54"/>
        <location line="+40"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Der Drucker ist nicht bereit.</source>
        <translation>The printer is not ready.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{title} wird erstellt …</source>
        <translation>Creating {title}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{title} wird erstellt … Seite {done}</source>
        <translation>Creating {title}… page {done}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Das Dokument konnte nicht erstellt werden ({kind}).</source>
        <translation>The document could not be created ({kind}).</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <location filename="../../ui/privacy/person.py" line="+109"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention.py" line="+34"/>
        <source>Neuzugewanderte anonymisieren nach</source>
        <translation>Anonymise newcomers after</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Jahren</source>
        <translation>years</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ausgeschiedene Ehrenamtliche anonymisieren nach</source>
        <translation>Anonymise volunteers who have left after</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Führungszeugnisse löschen nach</source>
        <translation>Delete police clearances after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaten</source>
        <translation>months</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Löschfristen prüfen</source>
        <translation>Check retention periods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fällige Einträge werden anonymisiert (Statistik bleibt erhalten) oder gelöscht. Vor dem Anwenden bitte eine Datensicherung machen.</source>
        <translation>Entries that are due are anonymised (statistics are kept) or deleted. Please make a backup before applying.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was geschieht</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jetzt anwenden …</source>
        <translation>Apply now …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Heute ist nichts fällig.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fällig: {n} Einträge.</source>
        <translation>Due: {n} entries.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>Löschfristen anwenden</source>
        <translation>Apply retention periods</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Jetzt anwenden? Das lässt sich nicht rückgängig machen.

{lines}</source>
        <translation>Apply now? This cannot be undone.

{lines}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title}: {n} erledigt</source>
        <translation>{title}: {n} done</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fällige Einträge werden bearbeitet …</source>
        <translation>Processing the entries that are due …</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit.py" line="+39"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Benutzer*in</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+101"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt</source>
        <translation>Old</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Protokoll (Änderungen)</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle Datensätze</source>
        <translation>All records</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Benutzer*innen</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Das Protokoll kann im Programm nicht geändert werden. Zeiten in Ortszeit; Datumsfilter nach dem gespeicherten Tag (UTC).</source>
        <translation>The change log cannot be edited in the program. Times in local time; date filters use the stored day (UTC).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{n} Einträge</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/documents.py" line="+39"/>
        <source>Verzeichnis der Verarbeitungstätigkeiten</source>
        <translation>Records of processing activities</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Das Verzeichnis wird erstellt …</source>
        <translation>Creating the records of processing …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Auskunft speichern</source>
        <translation>Save access report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auskunft (Art. 15 DSGVO)</source>
        <translation>Access report (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auskunft gespeichert: {pdf} und {json}</source>
        <translation>Access report saved: {pdf} and {json}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Auskunft wird erstellt …</source>
        <translation>Creating the access report …</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/person.py" line="-20"/>
        <source>Löschen auf Antrag (Art. 17 DSGVO)</source>
        <translation>Erasure on request (Art. 17 GDPR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle Daten dieser Person unwiderruflich löschen?</source>
        <translation>Delete all data of this person permanently?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ältere Datensicherungen enthalten die Person noch, bis sie ersetzt werden.</source>
        <translation>Older backups still contain the person until they are replaced.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endgültig löschen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+11"/>
        <location line="+12"/>
        <source>Löschen auf Antrag</source>
        <translation>Erasure on request</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Gelöscht. Die Datenbankdatei konnte nicht vollständig verdichtet werden, weil ein anderes Programm sie geöffnet hat.</source>
        <translation>Deleted. The database file could not be fully compacted because another program has it open.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Daten werden gelöscht …</source>
        <translation>Deleting the data …</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Auskunft (Art. 15) …</source>
        <translation>Access report (Art. 15) …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alles, was zu dieser Person gespeichert ist, als PDF und JSON</source>
        <translation>Everything stored about this person, as PDF and JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Löschen auf Antrag (Art. 17) …</source>
        <translation>Erasure on request (Art. 17) …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle Spuren dieser Person aus der Datenbank entfernen</source>
        <translation>Remove every trace of this person from the database</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Eintrag ist noch nicht gespeichert.</source>
        <translation>The entry has not been saved yet.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanels</name>
    <message>
        <location filename="../../ui/forms/privacy_panels.py" line="+23"/>
        <source>Speicherung der Daten</source>
        <translation>Storing the data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt per E-Mail</source>
        <translation>Contact by e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt per Telefon</source>
        <translation>Contact by phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weitergabe an Partnerorganisationen</source>
        <translation>Passing on to partner organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Noch keine Einwilligung erfasst – »Einwilligung eintragen…« hält fest, wozu die Person an welchem Tag zugestimmt hat.</source>
        <translation>No consent recorded yet – “Record consent…” notes what the person agreed to and on which day.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Einwilligung eintragen…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Widerrufen…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Keine gültige Einwilligung.&lt;/b&gt;</source>
        <translation>&lt;b&gt;No valid consent.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Gültige Einwilligung&lt;/b&gt; vom {day}: {scopes}.</source>
        <translation>&lt;b&gt;Valid consent&lt;/b&gt; of {day}: {scopes}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ohne Umfang</source>
        <translation>no scope</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Einwilligung eintragen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>Eintragen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anmerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ab dem Widerruf darf die Person nicht mehr auf diesem Weg kontaktiert werden; Löschfristen laufen.</source>
        <translation>From the withdrawal on, the person may no longer be contacted this way; deletion periods start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Widerrufen</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Noch kein Führungszeugnis vorgelegt – »Führungszeugnis eintragen…« hält nur die Daten fest (ausgestellt, vorgelegt), nie den Inhalt.</source>
        <translation>No police clearance shown yet – “Record police clearance…” keeps only the dates (issued, shown), never the content.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+85"/>
        <source>Ausgestellt am</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+87"/>
        <source>Vorgelegt am</source>
        <translation>Shown on</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesehen von</source>
        <translation>Seen by</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Führungszeugnis eintragen…</source>
        <translation>Record police clearance…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Führungszeugnis</source>
        <translation>Police clearance</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (abgelaufen)</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Gültiges Führungszeugnis&lt;/b&gt; bis {day}.</source>
        <translation>&lt;b&gt;Valid police clearance&lt;/b&gt; until {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Kein gültiges Führungszeugnis&lt;/b&gt; – nötig, wo Kinder beteiligt sind.</source>
        <translation>&lt;b&gt;No valid police clearance&lt;/b&gt; – required where children are involved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Führungszeugnis eintragen</source>
        <translation>Record police clearance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur die Daten werden gespeichert; das Führungszeugnis selbst geht an die Person zurück.</source>
        <translation>Only the dates are stored; the certificate itself goes back to the person.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/record_form.py" line="+222"/>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
</context>
<context>
    <name>RecordPanels</name>
    <message>
        <location filename="../../ui/forms/candidates_panel.py" line="-49"/>
        <source>Noch niemand angefragt – »Ehrenamtliche*n anfragen…« hält fest, wen Sie wann gefragt haben.</source>
        <translation>Nobody asked yet – “Ask a volunteer…” records whom you asked and when.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/hours_panel.py" line="-68"/>
        <source>Noch keine Stunden eingetragen – »Stunden eintragen…« hält fest, wann und wie lange jemand geholfen hat.</source>
        <translation>No hours recorded yet – “Record hours…” notes when and for how long someone helped.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/notes_panel.py" line="-81"/>
        <source>Noch keine Kontakte – »Kontakt eintragen…« hält ein Gespräch, eine E-Mail oder einen Besuch fest, auf Wunsch mit Wiedervorlage.</source>
        <translation>No contacts yet – “Record contact…” notes a conversation, an email or a visit, with a follow-up date if you wish.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/step_dialogs.py" line="+52"/>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte eine*n Ehrenamtliche*n suchen und auswählen.</source>
        <translation>Please search for and select a volunteer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ehrenamtliche*n anfragen</source>
        <translation>Ask a volunteer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anfragen</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ehrenamtliche*r</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Angefragt am</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weg</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/forms/record_picker.py" line="+25"/>
        <source>Namen eingeben und auswählen</source>
        <translation>Type a name and select</translation>
    </message>
</context>
<context>
    <name>RelatedPanels</name>
    <message>
        <location filename="../../ui/forms/related_panels.py" line="+67"/>
        <source>Doppelklick oder Eingabetaste öffnet den Eintrag.</source>
        <translation>Double-click or press Enter to open the entry.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+362"/>
        <location line="+63"/>
        <source>Hilfsanfragen</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>Noch für keine Hilfsanfrage angefragt – das geschieht in der Hilfsanfrage mit »Ehrenamtliche*n anfragen…«.</source>
        <translation>Not asked for any help request yet – this is done in the help request with “Ask a volunteer…”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch zu keiner Veranstaltung eingeladen – Einladungen und Teilnahme werden in der Veranstaltung eingetragen.</source>
        <translation>Not invited to any event yet – invitations and attendance are recorded in the event.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Teilnahme</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>teilgenommen</source>
        <translation>attended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>angemeldet</source>
        <translation>registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eingeladen</source>
        <translation>invited</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Noch niemand eingeladen – »Einladen…« trägt einzelne Ehrenamtliche ein, »Alle Aktiven einladen…« alle aktiven auf einmal.</source>
        <translation>Nobody invited yet – “Invite…” adds individual volunteers, “Invite all active…” adds all active volunteers at once.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Einladen…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle Aktiven einladen…</source>
        <translation>Invite all active…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+44"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+44"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{invited} eingeladen, {came} teilgenommen</source>
        <translation>{invited} invited, {came} attended</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bitte eine*n Ehrenamtliche*n suchen und auswählen.</source>
        <translation>Please search for and select a volunteer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Einladen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ehrenamtliche*r</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+54"/>
        <location line="+149"/>
        <source>Eingeladen am</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Eingegangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angefragt am</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zugeordnet am</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Angemeldet</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilgenommen</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Alle Aktiven einladen</source>
        <translation>Invite all active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle {count} aktiven Ehrenamtlichen einladen? Wer schon eingeladen ist, bleibt unverändert.</source>
        <translation>Invite all {count} active volunteers? Anyone already invited stays as they are.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Eingeladen</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Ehrenamtliche neu eingeladen.</source>
        <translation>{count} volunteers newly invited.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+15"/>
        <source>Patenschaften</source>
        <translation>Mentorships</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Noch keine Patenschaft – »Neue Patenschaft…« schlägt eine vor.</source>
        <translation>No mentorship yet – “New mentorship…” proposes one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Neue Patenschaft…</source>
        <translation>New mentorship…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Noch keine Patenschaft – »Neue Patenschaft…« schlägt eine*n Ehrenamtliche*n als Patin oder Paten vor.</source>
        <translation>No mentorship yet – “New mentorship…” proposes a volunteer as mentor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Noch keine Hilfsanfrage – »Neue Hilfsanfrage…« nimmt ein Anliegen auf.</source>
        <translation>No help request yet – “New help request…” takes down a concern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>Neue Hilfsanfrage…</source>
        <translation>New help request…</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Ansprechpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Ansprechperson – »Neue Ansprechperson…« trägt jemanden ein.</source>
        <translation>No contact person yet – “New contact person…” adds someone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neue Ansprechperson…</source>
        <translation>New contact person…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch keine Beratung – »Beratung eintragen…« hält Termin, Thema und Ergebnis fest.</source>
        <translation>No consultation yet – “Record consultation…” notes date, topic and outcome.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beratung eintragen…</source>
        <translation>Record consultation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Förderanträge</source>
        <translation>Funding applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch kein Förderantrag – »Förderantrag eintragen…« verfolgt einen Antrag vom Plan bis zum Bescheid.</source>
        <translation>No funding application yet – “Record funding application…” tracks an application from the plan to the decision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Förderantrag eintragen…</source>
        <translation>Record funding application…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Noch keine Hilfsanfrage dieser Organisation – »Neue Hilfsanfrage…« nimmt eine auf.</source>
        <translation>No help request from this organisation yet – “New help request…” records one.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/global_search.py" line="+98"/>
        <source>Suchergebnisse</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keine Treffer</source>
        <translation>No matches</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+14"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefkopf</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fristen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stadtteil</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ortsteil</source>
        <translation>Sub-district no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+17"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Neuer Stadtteil:</source>
        <translation>New district:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>z. B. Neumühle</source>
        <translation>e.g. Neumühle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Stadtteile, die in Formularen und Filtern angeboten werden. Doppelklick auf ein Feld ändert es; ohne Haken bei »aktiv« wird ein Stadtteil nicht mehr angeboten, bleibt aber an bestehenden Einträgen.</source>
        <translation>The districts offered in forms and filters. Double-click a field to change it; without a tick in “active” a district is no longer offered but stays on existing entries.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO-Code</source>
        <translation>ISO code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>häufig</source>
        <translation>common</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>z. B. tig</source>
        <translation>e.g. tig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Sprache:</source>
        <translation>New language:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>z. B. Tigre</source>
        <translation>e.g. Tigre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Häufig gebrauchte Sprachen stehen in Auswahllisten oben. Der Code ist der ISO-639-Code der Sprache.</source>
        <translation>Commonly used languages appear at the top of selection lists. The code is the language&apos;s ISO 639 code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tätigkeitsfeld</source>
        <translation>Field of activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neues Tätigkeitsfeld:</source>
        <translation>New field of activity:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>z. B. Fahrdienst</source>
        <translation>e.g. Driving service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wobei Ehrenamtliche helfen möchten und wofür Hilfe angefragt wird. Änderungen an den Listen werden sofort gespeichert.</source>
        <translation>What volunteers would like to help with and what help is requested for. Changes to the lists are saved immediately.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stadtteile</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tätigkeitsfelder</source>
        <translation>Fields of activity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Ordner im Explorer zeigen</source>
        <translation>Show the folder in Explorer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>z. B. Maria Schulz</source>
        <translation>e.g. Maria Schulz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihr Name (für das Änderungsprotokoll):</source>
        <translation>Your name (for the change log):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unter diesem Namen werden Ihre Änderungen protokolliert. Ein neuer Name gilt ab dem nächsten Programmstart.</source>
        <translation>Your changes are logged under this name. A new name takes effect the next time the program starts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sprache der Oberfläche</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wirksam nach einem Neustart des Programms.</source>
        <translation>Takes effect after the program is restarted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sprache der Oberfläche:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datenordner:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Datenbank:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diese Angaben stehen im Briefkopf von Ausdrucken.</source>
        <translation>These details appear in the letterhead of printouts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name der Stelle:</source>
        <translation>Name of the office:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straße und Hausnummer:</source>
        <translation>Street and house number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postleitzahl:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort:</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internetseite:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patenschaften: nachfragen alle</source>
        <translation>Mentorships: check in every</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hilfsanfragen gelten als lange offen nach</source>
        <translation>Help requests count as open too long after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Führungszeugnis: warnen vor Ablauf</source>
        <translation>Criminal record certificate: warn before expiry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nach so vielen Tagen wird eine laufende Patenschaft zur Nachfrage vorgelegt.</source>
        <translation>After this many days an ongoing mentorship is put forward for a check-in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offene Hilfsanfragen, die älter sind, werden in der Übersicht hervorgehoben.</source>
        <translation>Open help requests older than this are highlighted in the overview.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So viele Tage vor Ablauf eines erweiterten Führungszeugnisses wird erinnert.</source>
        <translation>A reminder is given this many days before an enhanced criminal record certificate expires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diese Fristen gelten für alle in der Servicestelle. Zeigen Sie mit der Maus auf ein Feld, um mehr zu erfahren.</source>
        <translation>These deadlines apply to everyone in the Servicestelle. Point at a field with the mouse to learn more.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/forms/step_dialogs.py" line="-177"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <location filename="../../ui/forms/volunteer_form.py" line="+35"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engagement</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tätigkeitsfelder</source>
        <translation>Fields of activity</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Neuer Eintrag, noch nicht gespeichert.</source>
        <translation>New entry, not saved yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Angelegt {when} von {who}</source>
        <translation>Created {when} by {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>zuletzt geändert {when} von {who}</source>
        <translation>last changed {when} by {who}</translation>
    </message>
</context>
<context>
    <name>VolunteerSearch</name>
    <message>
        <location filename="../../ui/forms/step_dialogs.py" line="+97"/>
        <source>Name, Telefon oder E-Mail eingeben</source>
        <translation>Enter name, phone or email</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/welcome.py" line="+63"/>
        <source>Willkommen bei Servicestelle</source>
        <translation>Welcome to Servicestelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Willkommen!&lt;/h2&gt;&lt;p&gt;Servicestelle verwaltet Ehrenamtliche, Neuzugewanderte, Patenschaften und Hilfsanfragen. Womit möchten Sie beginnen? (Mit F1 öffnet sich jederzeit die Anleitung.)&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome!&lt;/h2&gt;&lt;p&gt;Servicestelle manages volunteers, newcomers, mentorships and help requests. How would you like to start? (Press F1 at any time to open the user guide.)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>z. B. Anna Berger</source>
        <translation>e.g. Anna Berger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Name steht im Änderungsprotokoll bei allem, was Sie eintragen.</source>
        <translation>Your name appears in the change log against everything you enter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Neue Datenbank anlegen</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leer beginnen; Stadtteile, Sprachen und Tätigkeitsfelder sind dabei.</source>
        <translation>Start empty; districts, languages and fields of activity are included.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mit Beispieldaten ausprobieren</source>
        <translation>Try it out with sample data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erfundene Ehrenamtliche, Familien und Patenschaften – zum Kennenlernen, in einer eigenen Datei.</source>
        <translation>Fictitious volunteers, families and mentorships – to get to know the program, in a separate file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vorhandene Datenbank öffnen …</source>
        <translation>Open an existing database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Datei, mit der schon gearbeitet wird, z. B. auf einem Netzlaufwerk.</source>
        <translation>A file that is already in use, e.g. on a network drive.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Liste importieren …</source>
        <translation>Import a list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Datenbank anlegen und gleich die bisherige Excel-Liste übernehmen.</source>
        <translation>Create a new database and bring in your existing Excel list straight away.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servicestelle-Datenbank (*.db);;Alle Dateien (*)</source>
        <translation>Servicestelle database (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/actions.py" line="+20"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einen neuen Eintrag in dieser Liste anlegen</source>
        <translation>Create a new entry in this list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den markierten Eintrag öffnen (auch mit Doppelklick)</source>
        <translation>Open the selected entry (also by double-clicking)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Archivieren</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den markierten Eintrag archivieren (er bleibt erhalten)</source>
        <translation>Archive the selected entry (it is kept)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine Liste (Excel, LibreOffice, CSV) als Ehrenamtliche, Neuzugewanderte oder Organisationen übernehmen</source>
        <translation>Take over a list (Excel, LibreOffice, CSV) as volunteers, newcomers or organisations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Liste, wie sie gefiltert ist, als Excel-Datei speichern</source>
        <translation>Save the list, as currently filtered, as an Excel file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Liste, wie sie gefiltert ist, als PDF ansehen und drucken</source>
        <translation>View and print the list, as currently filtered, as a PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Liste neu aus der Datenbank laden</source>
        <translation>Reload the list from the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Im Suchfeld oben rechts über alle Bereiche suchen</source>
        <translation>Search all sections in the search box at the top right</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Beenden</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Anleitung</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Anleitung mit einer Seite je Aufgabe (F1)</source>
        <translation>The user guide, with one page per task (F1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Über Servicestelle …</source>
        <translation>&amp;About Servicestelle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Name, Briefkopf, Fristen und die Listen (Stadtteile, Sprachen …)</source>
        <translation>Your name, letterhead, deadlines and the lists (districts, languages…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sicherung erstellen</source>
        <translation>Create &amp;backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank jetzt sichern (geprüfte Kopie im Sicherungsordner)</source>
        <translation>Back up the database now (checked copy in the backup folder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Sicherungen mit Datum, Anlass und Größe; eine zurückholen</source>
        <translation>The backups with date, reason and size; restore one of them</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datenbank &amp;verschlüsseln …</source>
        <translation>En&amp;crypt database …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datenbank und ihre Sicherungen mit einem Kennwort schützen</source>
        <translation>Protect the database and its backups with a password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Löschfristen prüfen …</source>
        <translation>Check &amp;retention periods…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fällige Löschfristen ansehen und nach Bestätigung anwenden</source>
        <translation>Review due retention periods and apply them after confirmation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protokoll (Änderungen) …</source>
        <translation>Change &amp;log…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wer hat wann was geändert</source>
        <translation>Who changed what, and when</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verzeichnis der Verarbeitungstätigkeiten …</source>
        <translation>Record of &amp;processing activities…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Was das Programm speichert und warum (Art. 30 DSGVO), als PDF</source>
        <translation>What the program stores and why (Art. 30 GDPR), as a PDF</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../ui/forms/workflow_bar.py" line="+73"/>
        <source>{status} – {reason}</source>
        <translation>{status} – {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nächstes Nachfragen</source>
        <translation>Next check-in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Die Patenschaft beginnt.</source>
        <translation>The mentorship begins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begonnen am</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Patenschaft ruht vorübergehend.</source>
        <translation>The mentorship is paused for the time being.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausiert ab</source>
        <translation>Paused from</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Patenschaft geht weiter.</source>
        <translation>The mentorship continues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortgesetzt am</source>
        <translation>Resumed on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Patenschaft endet.</source>
        <translation>The mentorship ends.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beendet am</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anmerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die beendete Patenschaft wird wieder aufgenommen und ist dann aktiv.</source>
        <translation>The ended mentorship is taken up again and then becomes active.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vermitteln</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch niemand angefragt: bitte zuerst unter »Angefragte Ehrenamtliche« eine*n Ehrenamtliche*n anfragen.</source>
        <translation>Nobody asked yet: please ask a volunteer under “Volunteers asked” first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wer übernimmt die Anfrage?</source>
        <translation>Who is taking on the request?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ehrenamtliche*r</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vermittelt am</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Hilfe ist geleistet.</source>
        <translation>The help has been given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erledigt am</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Anfrage lässt sich nicht vermitteln.</source>
        <translation>The request cannot be matched.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begründung</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pflichtangabe</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Zuordnung wird aufgehoben; die Anfrage ist wieder in Vermittlung.</source>
        <translation>The assignment is cancelled; the request is open for matching again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die abgeschlossene Anfrage wird wieder geöffnet.</source>
        <translation>The closed request is reopened.</translation>
    </message>
</context>
<context>
    <name>_HitDelegate</name>
    <message>
        <location filename="../../ui/global_search.py" line="-66"/>
        <source> · archiviert</source>
        <translation> · archived</translation>
    </message>
</context>
</TS>
