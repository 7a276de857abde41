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
        <location filename="../../ui/app.py" line="+203"/>
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
        <location filename="../../ui/background.py" line="+98"/>
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
        <location filename="../../ui/backup_dialog.py" line="+58"/>
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
        <location line="+16"/>
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
        <location line="+12"/>
        <location line="+28"/>
        <source>Löschungen nachgeholt</source>
        <translation>Deletions caught up</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Löschungen fehlen</source>
        <translation>Deletions missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löschungen, die nach dem Stand dieser Datenbank gemacht wurden, konnten nicht erneut angewandt werden: {reason}
Bitte Servicestelle neu starten; es wird dann wieder versucht.</source>
        <translation>Deletions made after the state of this database could not be applied again: {reason}
Please restart Servicestelle; it will then try again.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+225"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Nicht jetzt</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tägliche Sicherung angelegt: {name}</source>
        <translation>Daily backup created: {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keine tägliche Sicherung</source>
        <translation>No daily backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die tägliche Sicherung ist misslungen: {reason}</source>
        <translation>The daily backup failed: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wiederhergestellt</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Die Sicherung ist wiederhergestellt. Servicestelle startet neu.</source>
        <translation>The backup has been restored. Servicestelle will now restart.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+35"/>
        <source>Sicherung mit &amp;pg_dump …</source>
        <translation>Backup with &amp;pg_dump…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sicherungsordner: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ordner für die Sicherungen</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="+54"/>
        <source>Ehrenamtsnachweis: {name}</source>
        <translation>Certificate of volunteering: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bis:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Eine Tätigkeit je Zeile; sie werden als Aufzählung gedruckt.</source>
        <translation>One activity per line; they are printed as a bulleted list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stunden je Jahr aufführen</source>
        <translation>List hours per year</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zeitraum von:</source>
        <translation>Period from:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Einleitung:</source>
        <translation>Introduction:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tätigkeiten (eine je Zeile):</source>
        <translation>Activities (one per line):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schluss:</source>
        <translation>Closing:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erfasste Stunden:</source>
        <translation>Recorded hours:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Nachweis ist für die*den Ehrenamtliche*n, etwa für eine Bewerbung. Er nennt Tätigkeiten nach Feld und Art, nie die begleiteten Personen; Notizen zu den Stunden bleiben intern. Änderungen am Text gelten nur für diesen Ausdruck.</source>
        <translation>The certificate is for the volunteer, for example for a job application. It names activities by field and type, never the people supported; notes on the hours stay internal. Changes to the text apply only to this printout.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text neu erstellen</source>
        <translation>Recreate text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den Text aus den Einträgen neu zusammenstellen</source>
        <translation>Assemble the text again from the entries</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vorschau …</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>allgemein</source>
        <translation>general</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insgesamt: {n} Stunden</source>
        <translation>Total: {n} hours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Im Zeitraum wurden keine Stunden erfasst.</source>
        <translation>No hours were recorded in the period.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+32"/>
        <source>Ehrenamtsnachweis</source>
        <translation>Certificate of volunteering</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Bitte eine Einleitung eingeben: wer, in welchem Zeitraum.</source>
        <translation>Please enter an introduction: who, in which period.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/forms/widgets.py" line="+259"/>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../../ui/forms/notes_panel.py" line="+38"/>
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
        <location filename="../../ui/pages/dashboard.py" line="+86"/>
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
        <location line="+68"/>
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
        <location line="+9"/>
        <source>Wann die gezeigten Kennzahlen berechnet wurden. Nach jeder Änderung der Daten werden sie von selbst neu berechnet.</source>
        <translation>When the key figures shown were calculated. They are recalculated automatically after every change to the data.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Das Ende des Zeitraums liegt vor seinem Beginn.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kennzahlen für {period} werden berechnet …</source>
        <translation>Calculating key figures for {period} …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unerwarteter Fehler ({kind}).</source>
        <translation>Unexpected error ({kind}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Kennzahlen ließen sich nicht berechnen: {m}</source>
        <translation>The key figures could not be calculated: {m}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kennzahlen {period} ({start} – {end}). Ein Klick auf eine Zahl oder einen Balken zeigt die Einträge dazu.</source>
        <translation>Key figures {period} ({start} – {end}). Click a number or a bar to see the entries behind it.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stand: {when}</source>
        <translation>As of: {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wird neu berechnet …</source>
        <translation>recalculating …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Laufende Patenschaften: Kontakt jeden Monat?</source>
        <translation>Current mentorships: contact every month?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regelmäßig</source>
        <translation>regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht regelmäßig</source>
        <translation>not regular</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_charts.py" line="+87"/>
        <source>Klicken: die Einträge dazu in der Liste zeigen</source>
        <translation>Click: show these entries in the list</translation>
    </message>
    <message>
        <location line="+64"/>
        <source> – die {n} größten von {total}</source>
        <translation> – the {n} largest of {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keine Einträge</source>
        <translation>no entries</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../ui/pages/followups.py" line="+56"/>
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
        <location line="+3"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worum es geht</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+395"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neue Wiedervorlage…</source>
        <translation>New follow-up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die gezeigte Auswahl drucken oder als PDF speichern</source>
        <translation>Print the selection shown or save it as PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exportieren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die gezeigte Auswahl als Excel-Datei speichern</source>
        <translation>Save the selection shown as an Excel file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nur meine</source>
        <translation>only mine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur was Sie selbst erledigen: Wiedervorlagen, für die Sie zuständig sind, und Wiedervorlagen aus Kontakten, die Sie eingetragen haben</source>
        <translation>Only what you handle yourself: follow-ups you are responsible for, and follow-ups from contacts you entered</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fällige Punkte</source>
        <translation>Items due</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <source>Patenschaft: vermerkt ein Nachfragen von heute. Wiedervorlage aus einem Kontakt und eigene Wiedervorlage: hakt sie ab. Sonst: blendet den Punkt aus, bis sich etwas ändert.</source>
        <translation>Mentorship: records a check-in made today. Follow-up from a contact and own follow-up: ticks it off. Otherwise: hides the item until something changes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verschieben</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>auf ein Datum …</source>
        <translation>to a date…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Konnte nicht geladen werden: {m}</source>
        <translation>Could not be loaded: {m}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nichts fällig – alle Patenschaften, Fristen und Wiedervorlagen sind im Lot.</source>
        <translation>Nothing due – all mentorships, deadlines and follow-ups are on track.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In dieser Auswahl ist nichts fällig.</source>
        <translation>Nothing is due in this selection.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1 Punkt</source>
        <translation>1 item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Punkte</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, davon {n} überfällig</source>
        <translation>, {n} of them overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> – gezeigt werden die {n} dringendsten</source>
        <translation> – the {n} most urgent are shown</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Verschieben auf</source>
        <translation>Postpone to</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Wiedervorlage als Excel-Datei speichern</source>
        <translation>Save follow-ups as an Excel file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exportiert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Zeilen wurden gespeichert in
{path}</source>
        <translation>{count} rows have been saved to
{path}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms/form_dialog.py" line="+75"/>
        <source>Neu: {label}</source>
        <translation>New: {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+362"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Daten</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Wird geladen, wenn Sie den Reiter öffnen</source>
        <translation>Loaded when you open the tab</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Bitte zuerst die Pflichtfelder ausfüllen: der Eintrag wird dann gespeichert, und Einträge auf den anderen Reitern gehören zu ihm.</source>
        <translation>Please fill in the required fields first: the entry is then saved, and entries on the other tabs belong to it.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <source>Inzwischen geändert</source>
        <translation>Changed in the meantime</translation>
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
        <location line="+39"/>
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
        <location filename="../../ui/forms/form_building.py" line="+37"/>
        <location filename="../../ui/forms/form_dialog.py" line="+11"/>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <message>
        <location filename="../../ui/forms/colleague_notice.py" line="+65"/>
        <source>Jemand anderes</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} hat diesen Eintrag inzwischen geändert.</source>
        <translation>{who} has changed this entry in the meantime.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beim Speichern können Sie neu laden oder Ihre Änderung darüber legen.</source>
        <translation>When saving, you can reload or put your change on top.</translation>
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
        <location filename="../../ui/help_browser.py" line="+29"/>
        <source>Erste Schritte</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Liste importieren</source>
        <translation>Importing a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ehrenamtliche verwalten</source>
        <translation>Manage volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuzugewanderte begleiten</source>
        <translation>Support newcomers</translation>
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
        <source>Organisationen betreuen</source>
        <translation>Look after organisations</translation>
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
        <source>Löschfristen und Protokoll</source>
        <translation>Retention periods and change log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datensicherung und Wiederherstellung</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+9"/>
        <source>Anleitung</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location filename="../../ui/forms/hours_panel.py" line="+48"/>
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
    <name>ImportHistory</name>
    <message>
        <location filename="../../ui/import_history.py" line="+41"/>
        <location line="+26"/>
        <source>Importe</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Jede importierte Liste. Ein Import lässt sich rückgängig machen: seine Einträge werden entfernt, außer denen, die seitdem bearbeitet oder verwendet wurden.</source>
        <translation>Every imported list. An import can be undone: its entries are removed, except those that have been edited or used since.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blatt</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angelegt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergänzt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Übersprungen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fehler</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Noch keine Importe.</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rückgängig machen …</source>
        <translation>Undo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hilfe</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>rückgängig gemacht ({count} entfernt, {kept} behalten)</source>
        <translation>undone ({count} removed, {kept} kept)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rückgängig gemacht ({count} entfernt)</source>
        <translation>undone ({count} removed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nichts angelegt</source>
        <translation>nothing created</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 Eintrag vorhanden</source>
        <translation>1 entry present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Einträge vorhanden</source>
        <translation>{count} entries present</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Was er bei vorhandenen Einträgen ergänzt hat (Felder, Sprachen, Einwilligungen), bleibt, wie es ist.</source>
        <translation>What it added to existing entries (fields, languages, consents) stays as it is.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>{rows} Zeilen: {created} angelegt, {updated} ergänzt oder aktualisiert, {skipped} Dubletten übersprungen, {rejected} mit Fehlern nicht importiert.</source>
        <translation>{rows} rows: {created} created, {updated} filled in or updated, {skipped} duplicates skipped, {rejected} not imported because of errors.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Die Einträge des Imports Nr. {batch} sind nicht mehr vorhanden – es gibt nichts rückgängig zu machen.</source>
        <translation>The entries of import no. {batch} no longer exist – there is nothing to undo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Der Import Nr. {batch} hat keine Einträge angelegt – es gibt nichts rückgängig zu machen.</source>
        <translation>Import no. {batch} created no entries – there is nothing to undo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import Nr. {batch} rückgängig machen</source>
        <translation>Undo import No. {batch}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rückgängig machen</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import Nr. {batch} rückgängig gemacht: 1 Eintrag entfernt.</source>
        <translation>Import no. {batch} undone: 1 entry removed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Nr. {batch} rückgängig gemacht: {count} Einträge entfernt.</source>
        <translation>Import no. {batch} undone: {count} entries removed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Den Import Nr. {batch} aus »{file}« vom {day} rückgängig machen?</source>
        <translation>Undo import No. {batch} from “{file}” of {day}?</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+58"/>
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
        <location line="+22"/>
        <source>Liste importieren</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hilfe</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+18"/>
        <source>Liste zum Importieren wählen</source>
        <translation>Choose a list to import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wird gelesen …</source>
        <translation>Reading …</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+7"/>
        <source>Die Liste enthält unter der Kopfzeile keine Zeilen – es gibt nichts zu importieren. Bitte die Datei oder das Tabellenblatt prüfen.</source>
        <translation>The list has no rows below its header – there is nothing to import. Please check the file or the sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/import_steps.py" line="+54"/>
        <source>Die Datei ließ sich nicht lesen ({kind}). Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The file could not be read ({kind}). Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="+28"/>
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
        <location line="+16"/>
        <source>Tag und Monat der Datumszellen tauschen</source>
        <translation>Swap day and month of the date cells</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+43"/>
        <source>Datumsspalten {names}: Die Liste ging offenbar durch ein englisch eingestelltes Tabellenprogramm. Texte wie »{example}« lesen sich nur mit dem Tag zuerst, die {cells} Datumszellen haben alle einen Tag bis 12 – bei ihnen sind Tag und Monat vermutlich vertauscht.</source>
        <translation>Date columns {names}: the list apparently went through a spreadsheet program set to US English. Texts like “{example}” only read day first, and all {cells} date cells have a day up to 12 – their day and month are probably swapped.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datumsspalte {names}: Die Liste ging offenbar durch ein englisch eingestelltes Tabellenprogramm. Texte wie »{example}« lesen sich nur mit dem Tag zuerst, die {cells} Datumszellen haben alle einen Tag bis 12 – bei ihnen sind Tag und Monat vermutlich vertauscht.</source>
        <translation>Date column {names}: the list apparently went through a spreadsheet program set to US English. Texts like “{example}” only read day first, and all {cells} date cells have a day up to 12 – their day and month are probably swapped.</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location filename="../../ui/import_decisions.py" line="+42"/>
        <source>Überspringen</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leere Felder ergänzen</source>
        <translation>Fill in empty fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geänderte Felder aktualisieren</source>
        <translation>Update changed fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trotzdem neu anlegen</source>
        <translation>Create new anyway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle überspringen</source>
        <translation>Skip all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle ergänzen</source>
        <translation>Fill in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle aktualisieren</source>
        <translation>Update all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle neu anlegen</source>
        <translation>Create all new</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dubletten und Optionen</source>
        <translation>Duplicates and options</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../ui/import_steps.py" line="+21"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warum eine Dublette</source>
        <translation>Why a duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was geschieht</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gelb: in der Liste anders als im Vergleich.</source>
        <translation>Yellow: different in the list from the comparison.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Für alle:</source>
        <translation>For everyone:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Status neuer Personen:</source>
        <translation>Status of new people:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status neuer Personen</source>
        <translation>Status of new people</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gilt für Zeilen ohne eigenen Status und ohne Austrittsdatum. Vorgeschlagen nach der Liste: »ausgeschieden« für eine Liste Ausgeschiedener, »interessiert« für Online-Anmeldungen, sonst »aktiv«.</source>
        <translation>Applies to rows without a status of their own and without a leaving date. Suggested from the list: “left” for a list of people who left, “interested” for online sign-ups, otherwise “active”.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>1 Zeile gleicht einem vorhandenen Eintrag oder einer Zeile weiter oben (ähnlicher Name und gleiche E-Mail-Adresse, Telefonnummer oder gleiches Geburtsdatum). Bitte für jedes Paar wählen, was geschieht.</source>
        <translation>1 row resembles an existing entry or a row further up (similar name and the same email address, phone number or date of birth). Please choose for each pair what happens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} Zeilen gleichen einem vorhandenen Eintrag oder einer Zeile weiter oben (ähnlicher Name und gleiche E-Mail-Adresse, Telefonnummer oder gleiches Geburtsdatum). Bitte für jedes Paar wählen, was geschieht.</source>
        <translation>{count} rows resemble an existing entry or a row further up (similar name and the same email address, phone number or date of birth). Please choose for each pair what happens.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Was geschieht mit Zeile {row}</source>
        <translation>What happens to row {row}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Die 1 Person ohne Einwilligung trotzdem als »aktiv« anlegen</source>
        <translation>Create the 1 person without consent as “active” anyway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die {count} Personen ohne Einwilligung trotzdem als »aktiv« anlegen</source>
        <translation>Create the {count} people without consent as “active” anyway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wer laut Liste nicht eingewilligt hat (»nein«, leer oder unleserlich – oder die Liste hat keine Spalte dazu), wird ohne Einwilligung angelegt und als »interessiert« geführt, bis die Einwilligung vorliegt.</source>
        <translation>Whoever did not consent according to the list (“no”, empty or unreadable – or the list has no column for it) is created without a consent and kept as “interested” until the consent is there.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In der Liste (Zeile {row})</source>
        <translation>In the list (row {row})</translation>
    </message>
    <message>
        <location filename="../../ui/import_steps.py" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jede Zeile geprüft: Fehler werden nicht importiert, Hinweise schon (das nicht Übernommene steht dann in den Notizen).</source>
        <translation>Every row checked: rows with errors are not imported, rows with notes are (what could not be taken over goes into the notes).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nur Zeilen mit Fehlern, Hinweisen oder Dubletten</source>
        <translation>Only rows with errors, notes or duplicates</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Zeilen werden geprüft …</source>
        <translation>Checking rows …</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../../ui/import_decisions.py" line="-214"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Keine Dubletten gefunden – alle geprüften Zeilen sind neu.</source>
        <translation>No duplicates found – all checked rows are new.</translation>
    </message>
    <message>
        <location filename="../../ui/import_run.py" line="+47"/>
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
        <source>Fehlerbericht speichern …</source>
        <translation>Save error report …</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+180"/>
        <source>Import rückgängig machen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Wird importiert …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Der Fehlerbericht wird geöffnet: {path}</source>
        <translation>Opening the error report: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Fehlerbericht wird in der Tabellenkalkulation geöffnet. Er ist nur vorläufig gespeichert ({path}) und wird beim nächsten Programmstart gelöscht – zum Aufheben »Fehlerbericht speichern …« wählen.</source>
        <translation>The error report opens in the spreadsheet program. It is only stored temporarily ({path}) and is deleted the next time the program starts – to keep it, choose “Save error report …”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Fehlerbericht ließ sich nicht öffnen (kein Programm für .xlsx-Dateien?). Mit »Fehlerbericht speichern …« können Sie ihn in einem Ordner Ihrer Wahl ablegen. Vorläufig liegt er hier: {path}</source>
        <translation>The error report could not be opened (no program for .xlsx files?). With “Save error report …” you can put it in a folder of your choice. For now it is here: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importfehler Nr. {batch}.xlsx</source>
        <translation>Import errors no. {batch}.xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fehlerbericht speichern</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Fehlerbericht ist gespeichert: {path}. »Fehlerbericht öffnen« zeigt ihn in der Tabellenkalkulation.</source>
        <translation>The error report is saved: {path}. “Open error report” shows it in the spreadsheet program.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{what}

Den Import rückgängig machen?</source>
        <translation>{what}

Undo the import?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Nr. {batch} rückgängig gemacht: 1 Eintrag entfernt.</source>
        <translation>Import no. {batch} undone: 1 entry removed.</translation>
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
        <location line="+5"/>
        <source>Unverändert gelassen, weil der Eintrag sonst den Regeln widerspräche (z. B. »Ausgeschieden am« vor »Aktiv seit«): {rows}</source>
        <translation>Left unchanged because the entry would otherwise break the rules (e.g. “Left on” before “Active since”): {rows}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dubletten übersprungen: {count}</source>
        <translation>Duplicates skipped: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dubletten ohne Änderung (die Liste bringt nichts Neues): {count}</source>
        <translation>Duplicates without change (the list brings nothing new): {count}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Mit Hinweisen übernommen: {count} (nicht Erkanntes steht in den Notizen)</source>
        <translation>Imported with notes: {count} (what was not recognised is in the notes)</translation>
    </message>
    <message>
        <location filename="../../ui/import_steps.py" line="-135"/>
        <source>Hinweis der Prüfung</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../ui/import_run.py" line="-9"/>
        <location filename="../../ui/import_steps.py" line="+203"/>
        <source>Zeile {row}: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_steps.py" line="+9"/>
        <source>So wird Zeile {row} übernommen: {values}</source>
        <translation>Row {row} will be taken over as: {values}</translation>
    </message>
    <message>
        <location filename="../../ui/import_run.py" line="+20"/>
        <source>Vorhandene Einträge ergänzt oder aktualisiert: {count}</source>
        <translation>Existing entries filled in or updated: {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Einwilligungen der Liste nicht übernommen, weil die Person seitdem widerrufen hat: {count}</source>
        <translation>Consents in the list not taken over because the person has withdrawn since: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dubletten trotzdem neu angelegt: {count}</source>
        <translation>Duplicates created anyway: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ohne Einwilligung, daher »interessiert« statt »aktiv«: {count}</source>
        <translation>Without consent, so “interested” instead of “active”: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ohne Einwilligung, wie gewählt »aktiv«: {count}</source>
        <translation>Without consent, “active” as chosen: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wegen Fehlern nicht importiert: {count} – siehe Fehlerbericht</source>
        <translation>Not imported because of errors: {count} – see the error report</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>&lt;b&gt;Nichts importiert.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Nothing imported.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fehlerbericht</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Nr. {batch} rückgängig gemacht: {count} Einträge entfernt.</source>
        <translation>Import no. {batch} undone: {count} entries removed.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/invite_dialog.py" line="+71"/>
        <source>Name, Stadtteil oder Geburtsjahr</source>
        <translation>Name, district or year of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsjahr</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadtteil</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ehrenamtliche</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alle gezeigten auswählen</source>
        <translation>Select all shown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auswahl aufheben</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suchen:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nicht einladbar: {reason}</source>
        <translation>cannot be invited: {reason}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{chosen} ausgewählt</source>
        <translation>{chosen} selected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{shown} von {total} gezeigt</source>
        <translation>{shown} of {total} shown</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <source>Einladen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Haken Sie an, wen Sie einladen. Wer nicht per E-Mail kontaktiert werden darf, ist grau und nicht wählbar.</source>
        <translation>Tick whom you are inviting. Anyone who may not be contacted by email is greyed out and cannot be chosen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>schon eingeladen</source>
        <translation>already invited</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Eingeladen am</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
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
        <location filename="../../ui/forms/widgets.py" line="-189"/>
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
        <location line="+42"/>
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
        <location filename="../../ui/table_model.py" line="+310"/>
        <source>Die Liste lässt sich gerade nicht laden. Bitte später erneut versuchen; Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The list cannot be loaded right now. Please try again later; details are in the log file.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/letters_dialog.py" line="+62"/>
        <source>{total} markiert</source>
        <translation>{total} selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} in der Liste</source>
        <translation>{total} in the list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} per Post</source>
        <translation>{count} by post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} nicht anschreibbar ({reasons})</source>
        <translation>{count} cannot be written to ({reasons})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mit freundlichen Grüßen</source>
        <translation>Kind regards</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>herzlich laden wir Sie ein: {Veranstaltung} am {Datum} um {Uhrzeit} Uhr. Ort: {Ort}.

Bitte geben Sie uns kurz Bescheid, ob Sie kommen.</source>
        <translation>we would like to invite you to {Veranstaltung} on {Datum} at {Uhrzeit}. Place: {Ort}.

Please let us know briefly whether you are coming.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Einladung: {Veranstaltung}</source>
        <translation>Invitation: {Veranstaltung}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+268"/>
        <location line="+52"/>
        <source>Briefe drucken</source>
        <translation>Print letters</translation>
    </message>
    <message>
        <location line="-318"/>
        <location line="+268"/>
        <source>Adressetiketten</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Wer per Post erreicht wird und wer aus welchem Grund nicht</source>
        <translation>Who is reached by post, and who is not and why</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>per Post</source>
        <translation>by post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eigener Text</source>
        <translation>Own text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unser Zeichen</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keine – Briefe auf dem Briefkopf der Einstellungen</source>
        <translation>none – letters on the letterhead from the settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wählen …</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Word-Vorlage</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+117"/>
        <source>PDF speichern …</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Word-Datei speichern …</source>
        <translation>Save Word file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ein Brief je Person aus der Word-Vorlage, alle in einer Datei.</source>
        <translation>One letter per person from the Word template, all in one file.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Word-Vorlage wählen</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Word-Dokumente (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+23"/>
        <source>Briefe speichern</source>
        <translation>Save letters</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Briefe.pdf</source>
        <translation>Letters.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+23"/>
        <source>{count} Briefe gespeichert in {path}.</source>
        <translation>{count} letters saved in {path}.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Briefe.docx</source>
        <translation>Letters.docx</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Etikettenbogen</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bei einem angebrochenen Bogen: das erste freie Etikett, gezählt von links oben zeilenweise.</source>
        <translation>For a partly used sheet: the first free label, counted row by row from the top left.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erstes freies Etikett</source>
        <translation>First free label</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adressetiketten speichern</source>
        <translation>Save address labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adressetiketten.pdf</source>
        <translation>Address labels.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} Adressetiketten gespeichert in {path}.</source>
        <translation>{count} address labels saved in {path}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Die Datei {path} ließ sich nicht schreiben. Ist sie noch in einem anderen Programm geöffnet, oder fehlt die Berechtigung für den Ordner?</source>
        <translation>The file {path} could not be written. Is it still open in another program, or is permission for the folder missing?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Briefe und Adressetiketten gibt es aus den Listen der Ehrenamtlichen und der Neuzugewanderten.</source>
        <translation>Letters and address labels are available from the lists of volunteers and newcomers.</translation>
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
        <location filename="../../ui/export_action.py" line="+65"/>
        <source>Liste als Excel-Datei speichern</source>
        <translation>Save list as Excel file</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-116"/>
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
        <location line="+98"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Die Liste wird exportiert: {done} von {total} Zeilen …</source>
        <translation>Exporting the list: {done} of {total} rows…</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+7"/>
        <source>Kennzahlen als Excel-Datei speichern</source>
        <translation>Save key figures as an Excel file</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="+119"/>
        <source>Anmelden – Servicestelle</source>
        <translation>Log in – Servicestelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Daten der Servicestelle liegen auf dem Server {server}. Bitte mit Ihrer eigenen Anmeldung anmelden.</source>
        <translation>The Servicestelle&apos;s data is on the server {server}. Please log in with your own login.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anmeldename</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kennwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kennwort merken</source>
        <translation>Remember password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Im Kennwortspeicher des Systems, nicht in einer Datei</source>
        <translation>In the system&apos;s password store, not in a file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Anmelden</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Anmeldename:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kennwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bitte den Anmeldenamen eingeben.</source>
        <translation>Please enter the login name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verbindung zum Server …</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Für den Server ist eine Anmeldung nötig.</source>
        <translation>The server requires a login.</translation>
    </message>
</context>
<context>
    <name>MailProgram</name>
    <message>
        <location filename="../../ui/mail_program.py" line="+46"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Mailprogramm ließ sich nicht öffnen. Mit »Adressen kopieren« können Sie die Adressen in eine neue E-Mail (Feld BCC) einfügen.</source>
        <translation>The email program could not be opened. With “Copy addresses” you can paste the addresses into a new email (BCC field).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adressen kopiert</source>
        <translation>Addresses copied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Adressen kopiert. Fügen Sie sie in Ihrem Mailprogramm in das Feld BCC ein, damit die Empfänger einander nicht sehen.</source>
        <translation>{count} addresses copied. Paste them into the BCC field in your email program so that the recipients do not see each other.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E-Mail an viele</source>
        <translation>Email to many</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die {count} Adressen sind zu viele für eine E-Mail-Verknüpfung. Sie sind auf {groups} Gruppen verteilt: Jede Schaltfläche öffnet eine E-Mail mit ihrer Gruppe im Feld BCC. Senden Sie jede dieser E-Mails ab.</source>
        <translation>The {count} addresses are too many for one email link. They have been split into {groups} groups: each button opens an email with its group in the BCC field. Send each of these emails.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Zeigt Ihr Mailprogramm die Adressen nicht einzeln an (manche Outlook-Einstellungen erwarten Semikolons), kopieren Sie sie stattdessen und fügen Sie sie in das Feld BCC ein.</source>
        <translation>If your email program does not show the addresses one by one (some Outlook settings expect semicolons), copy them instead and paste them into the BCC field.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adressen kopieren</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gruppe {n} von {total}</source>
        <translation>Group {n} of {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{opened} von {total} geöffnet</source>
        <translation>{opened} of {total} opened</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>schon geöffnet</source>
        <translation>already opened</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <location filename="../../ui/mail_settings.py" line="+159"/>
        <source>Kennwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kennwort für {user} am Mailserver:</source>
        <translation>Password for {user} on the mail server:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Senden</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MailSettingsTab</name>
    <message>
        <location line="-133"/>
        <source>Über den Mailserver der Stelle schreibt das Programm vielen Menschen persönlich (»Schreiben an …« in den Listen). Die Angaben bekommen Sie von Ihrer IT. Das Kennwort bleibt im Kennwortspeicher des Computers.</source>
        <translation>Through the office&apos;s mail server the program writes to many people personally (“Write to…” in the lists). Your IT will give you these details. The password stays in the computer&apos;s password store.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mailserver:</source>
        <translation>Mail server:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS (meist Port 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (meist Port 465)</source>
        <translation>SSL/TLS (usually port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine (nur im eigenen Netz)</source>
        <translation>none (own network only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verschlüsselung:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benutzername:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> je Minute</source>
        <translation> per minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>so schnell wie möglich</source>
        <translation>as fast as possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mails:</source>
        <translation>Emails:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kennwort speichern</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kennwort:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ein Kennwort ist gespeichert.</source>
        <translation>A password is saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Kennwort gespeichert: es wird beim Senden erfragt.</source>
        <translation>No password saved: it is asked for when sending.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Kennwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Bitte zuerst Mailserver und Benutzername eintragen.</source>
        <translation>Please enter the mail server and user name first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auf diesem Computer gibt es keinen nutzbaren Kennwortspeicher. Das Kennwort wird beim Senden erfragt.</source>
        <translation>There is no usable password store on this computer. The password is asked for when sending.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+78"/>
        <source>Servicestelle</source>
        <translation>Servicestelle</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+6"/>
        <source>Ihre Rolle</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{count} Punkte fällig</source>
        <translation>{count} items due</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+123"/>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="+30"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Schreiben an …</source>
        <translation>&amp;Write to…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den markierten Personen oder der ganzen gefilterten Liste schreiben</source>
        <translation>Write to the selected people or to the whole filtered list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Briefe drucken…</source>
        <translation>Print letters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefe an alle, die per Post angeschrieben werden dürfen</source>
        <translation>Letters to everyone who may be written to by post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adressetiketten…</source>
        <translation>Address labels…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adressetiketten für alle, die per Post angeschrieben werden dürfen</source>
        <translation>Address labels for everyone who may be written to by post</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Importe …</source>
        <translation>&amp;Imports…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Postausgang …</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location filename="../../ui/main_window.py" line="-9"/>
        <source>Das Formular für diesen Eintrag folgt in Kürze.</source>
        <translation>The form for this entry is coming soon.</translation>
    </message>
    <message>
        <location filename="../../ui/window_commands.py" line="+33"/>
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
        <location line="+11"/>
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
    <message>
        <location filename="../../ui/window_roles.py" line="+50"/>
        <source>Angemeldet als {login} – {role}</source>
        <translation>Logged in as {login} – {role}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ihre Rolle: {duties}.

Einstellungen und Auswahllisten finden Sie im Menü »Extras«. Listen mit Personen und Einträgen zeigt Servicestelle dieser Rolle nicht.</source>
        <translation>Your role: {duties}.

Settings and choice lists are in the “Tools” menu. Servicestelle does not show this role lists of people and entries.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{login} · {role}</source>
        <translation>{login} · {role}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ihre Rolle erlaubt: {duties}</source>
        <translation>Your role allows: {duties}</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../ui/match_dialog.py" line="+61"/>
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
        <location line="+25"/>
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
        <location line="+4"/>
        <source>Anzahl der ersten</source>
        <translation>Number of the first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erste markieren</source>
        <translation>Select first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die ersten Ehrenamtlichen der Liste markieren, so viele wie angegeben</source>
        <translation>Select as many volunteers from the top of the list as given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anfrage an Ausgewählte …</source>
        <translation>Ask the selected…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>»Schreiben an …« für alle Markierten zugleich; wer angeschrieben wurde, gilt als angefragt (heute, per E-Mail)</source>
        <translation>“Write to…” for all selected at once; whoever was written to counts as asked (today, by email)</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+173"/>
        <source>Anfrage: {Anliegen} – wer kann helfen?</source>
        <translation>Request: {Anliegen} – who can help?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{Anrede}

wir suchen Unterstützung: {Anliegen}

Wer kann am {Datum} um {Uhrzeit}? Bitte geben Sie uns kurz Bescheid.

Viele Grüße
{Absender}
{Stelle}</source>
        <translation>{Anrede}

we are looking for support: {Anliegen}

Who can help on {Datum} at {Uhrzeit}? Please let us know briefly.

Kind regards
{Absender}
{Stelle}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Patenschaft vorschlagen</source>
        <translation>Propose mentorship</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Festhalten, dass {name} angefragt wurde.</source>
        <translation>Record that {name} has been asked.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
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
        <location line="+56"/>
        <source>{name} übernimmt die Anfrage; sie gilt dann als vermittelt.</source>
        <translation>{name} takes on the request; it then counts as matched.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <source>Zuordnen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vermittelt am</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/outbox_dialog.py" line="+41"/>
        <location line="+152"/>
        <source>Postausgang</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Rundschreiben, die noch nicht ganz gesendet sind. »Weiter senden« sendet die wartenden E-Mails; niemand bekommt eine E-Mail zweimal. »Unklar« heißt: das Programm wurde beendet, während der Mailserver antwortete.</source>
        <translation>Circulars that have not been sent completely. “Continue sending” sends the waiting emails; nobody gets an email twice. “Unclear” means: the program was closed while the mail server was answering.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angelegt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wartend</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unklar</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abgelehnt</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesendet</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weiter senden</source>
        <translation>Continue sending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abgelehnte erneut versuchen</source>
        <translation>Retry rejected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unklare erneut senden …</source>
        <translation>Send unclear again…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Im Postausgang wartet nichts.</source>
        <translation>Nothing is waiting in the outbox.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Unklare erneut senden</source>
        <translation>Send unclear again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bei {count} E-Mails ist unklar, ob sie ankamen. Erneut gesendet, bekommen manche sie vielleicht zweimal. Trotzdem senden?</source>
        <translation>For {count} emails it is unclear whether they arrived. If they are sent again, some people may get them twice. Send anyway?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erneut senden</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>E-Mails senden</source>
        <translation>Send emails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mails werden gesendet …</source>
        <translation>Sending emails …</translation>
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
        <location line="+11"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../../ui/privacy/access_dialog.py" line="+30"/>
        <source>Auskunft (Art. 15)</source>
        <translation>Access report (Art. 15)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für {name} wird ein Schreiben mit allen gespeicherten Daten, den Zwecken, Empfängern, Speicherfristen und Rechten erstellt (PDF). Daneben wird eine maschinenlesbare Kopie der Daten gespeichert (JSON-Datei, Art. 20 DSGVO).</source>
        <translation>For {name} a letter is created with all stored data, the purposes, recipients, storage periods and rights (PDF). A machine-readable copy of the data is saved alongside it (JSON file, Art. 20 GDPR).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sprache des Schreibens:</source>
        <translation>Language of the letter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Ausgabe wird im Änderungsprotokoll der Person vermerkt.</source>
        <translation>The report is noted in the person&apos;s change log.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weiter …</source>
        <translation>Next…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/privacy/person.py" line="+117"/>
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
        <location filename="../../ui/privacy/documents.py" line="+40"/>
        <source>Verzeichnis der Verarbeitungstätigkeiten</source>
        <translation>Records of processing activities</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verarbeitungsverzeichnis</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Verzeichnis wird erstellt …</source>
        <translation>Creating the records of processing …</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../../ui/privacy/person.py" line="-17"/>
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
        <location line="-15"/>
        <location line="+42"/>
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
        <location line="-136"/>
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
        <location filename="../../ui/forms/privacy_panels.py" line="+26"/>
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
        <location line="+1"/>
        <source>Kontakt per Post</source>
        <translation>Contact by post</translation>
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
        <location line="+17"/>
        <source>Noch keine Einwilligung erfasst – »Einwilligung eintragen…« hält fest, wozu die Person an welchem Tag zugestimmt hat.</source>
        <translation>No consent recorded yet – “Record consent…” notes what the person agreed to and on which day.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+25"/>
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
        <location line="+3"/>
        <source>Anmerkung: {note}</source>
        <translation>Remark: {note}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Einwilligung eintragen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>Eintragen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anmerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formular</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leer lassen, wenn mündlich erteilt</source>
        <translation>leave empty if given orally</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Fassung des unterschriebenen Formulars (»Drucken« → »Einwilligungserklärung«).</source>
        <translation>The version of the signed form (“Print” → “Consent form”).</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+11"/>
        <source>Noch kein Führungszeugnis vorgelegt – »Führungszeugnis eintragen…« hält nur die Daten fest (Art, ausgestellt, vorgelegt, gültig bis), nie den Inhalt.</source>
        <translation>No police clearance shown yet – “Record police clearance…” keeps only the details (type, issued, shown, valid until), never the content.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&lt;b&gt;Kein gültiges Führungszeugnis&lt;/b&gt; – ein erweitertes ist nötig, wo Kinder beteiligt sind.</source>
        <translation>&lt;b&gt;No valid police clearance&lt;/b&gt; – an extended one is needed where children are involved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Gültiges Führungszeugnis&lt;/b&gt; bis {day} (erweitert).</source>
        <translation>&lt;b&gt;Valid police clearance&lt;/b&gt; until {day} (extended).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Gültiges Führungszeugnis&lt;/b&gt; bis {day} (einfach) – wo Kinder beteiligt sind, ist ein erweitertes nötig.</source>
        <translation>&lt;b&gt;Valid police clearance&lt;/b&gt; until {day} (standard) – where children are involved, an extended one is needed.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nur die Daten werden gespeichert; das Führungszeugnis selbst geht an die Person zurück. »Gültig bis« folgt dem Ausstellungsdatum ({n} Jahre, einstellbar unter Extras → Einstellungen → Fristen) und lässt sich ändern.</source>
        <translation>Only the details are saved; the police clearance itself goes back to the person. “Valid until” follows the date of issue ({n} years, adjustable under Tools → Settings → Deadlines) and can be changed.</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+114"/>
        <source>Ausgestellt am</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+116"/>
        <source>Vorgelegt am</source>
        <translation>Shown on</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+118"/>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+105"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Gesehen von</source>
        <translation>Seen by</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Führungszeugnis eintragen…</source>
        <translation>Record police clearance…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Führungszeugnis</source>
        <translation>Police clearance</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (abgelaufen)</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Führungszeugnis eintragen</source>
        <translation>Record police clearance</translation>
    </message>
</context>
<context>
    <name>ReachGroups</name>
    <message>
        <location filename="../../ui/reach_groups.py" line="+65"/>
        <source>Gruppen zeigen …</source>
        <translation>Show groups…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Wer in welcher Gruppe</source>
        <translation>Who is in which group</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsjahr</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadtteil</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse oder Grund</source>
        <translation>Address or reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personen der Gruppe</source>
        <translation>People of the group</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Datensatz öffnen</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als Liste zeigen</source>
        <translation>Show as list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Gruppe in der Liste des Hauptfensters zeigen (drucken, exportieren, nacheinander bearbeiten)</source>
        <translation>Show the group in the main window&apos;s list (to print, export or work through)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schließen</source>
        <translation>Close</translation>
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
        <location line="+153"/>
        <source>geb. {year}</source>
        <translation>b. {year}</translation>
    </message>
    <message>
        <location line="+65"/>
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
        <location filename="../../ui/forms/record_picker.py" line="+29"/>
        <source>Namen eingeben und auswählen</source>
        <translation>Type a name and select</translation>
    </message>
</context>
<context>
    <name>RelatedPanels</name>
    <message>
        <location filename="../../ui/forms/related_panels.py" line="+62"/>
        <source>Doppelklick oder Eingabetaste öffnet den Eintrag.</source>
        <translation>Double-click or press Enter to open the entry.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+129"/>
        <location line="+158"/>
        <location line="+63"/>
        <source>Hilfsanfragen</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <location line="-220"/>
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
        <location filename="../../ui/forms/attendance_panel.py" line="+58"/>
        <location line="+388"/>
        <location filename="../../ui/forms/related_panels.py" line="+2"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/related_panels.py" line="+33"/>
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
        <location filename="../../ui/forms/attendance_panel.py" line="-286"/>
        <location filename="../../ui/forms/related_panels.py" line="+2"/>
        <source>Teilnahme</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/forms/related_panels.py" line="+25"/>
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
        <location filename="../../ui/forms/attendance_panel.py" line="-119"/>
        <source>Noch niemand eingeladen – »Einladen…« wählt Ehrenamtliche aus der Liste, »Alle Aktiven einladen…« lädt alle aktiven ein, die per E-Mail kontaktiert werden dürfen.</source>
        <translation>Nobody invited yet – “Invite…” picks volunteers from the list, “Invite all active…” invites all active volunteers who may be contacted by email.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Einladen…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle Aktiven einladen…</source>
        <translation>Invite all active…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einladung per E-Mail…</source>
        <translation>Invitation by email…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öffnet Ihr Mailprogramm mit einer Einladung an alle Eingeladenen (im Feld BCC, sie sehen einander nicht).</source>
        <translation>Opens your email program with an invitation to everyone invited (in the BCC field, so they do not see each other).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adressen kopieren</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die E-Mail-Adressen der Eingeladenen, durch Semikolon getrennt, zum Einfügen in das Feld BCC (Outlook).</source>
        <translation>The email addresses of those invited, separated by semicolons, for pasting into the BCC field (Outlook).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Briefe drucken…</source>
        <translation>Print letters…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adressetiketten…</source>
        <translation>Address labels…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Einladung schreiben…</source>
        <translation>Write invitation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>»Schreiben an …« für die Eingeladenen: persönliche E-Mails mit dem Termin als Kalenderdatei (.ics) im Anhang.</source>
        <translation>“Write to…” for the invitees: personal emails with the date attached as a calendar file (.ics).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zugesagt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abgesagt</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Antwort der markierten Eingeladenen festhalten</source>
        <translation>Record the answer of the selected invitees</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erinnerung an Zugesagte …</source>
        <translation>Reminder to those who accepted…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dank an Teilnehmende …</source>
        <translation>Thanks to participants…</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+59"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+59"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{invited} eingeladen, {came} teilgenommen</source>
        <translation>{invited} invited, {came} attended</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Von den {count} aktiven Ehrenamtlichen darf niemand per E-Mail eingeladen werden.</source>
        <translation>None of the {count} active volunteers may be invited by email.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alle {count} aktiven Ehrenamtlichen einladen, die per E-Mail kontaktiert werden dürfen?</source>
        <translation>Invite all {count} active volunteers who may be contacted by email?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wer schon eingeladen ist, bleibt unverändert.</source>
        <translation>Anyone already invited stays as they are.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} Ehrenamtliche neu eingeladen. Die Einladung schreiben Sie mit »Einladung per E-Mail…«.</source>
        <translation>{count} volunteers newly invited. Write the invitation with “Invitation by email…”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Einladung per E-Mail</source>
        <translation>Invitation by email</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Niemand der Eingeladenen ist per E-Mail zu erreichen.</source>
        <translation>None of those invited can be reached by email.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die E-Mail geht an {count} Eingeladene.

{left_out}. Diese laden Sie bitte auf anderem Weg ein.</source>
        <translation>The email goes to {count} invited people.

{left_out}. Please invite them another way.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>zugesagt</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abgesagt</source>
        <translation>declined</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Markieren Sie zuerst die Eingeladenen in der Tabelle.</source>
        <translation>First select the invitees in the table.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Schreiben an …</source>
        <translation>Write to…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niemand, an den dies geht.</source>
        <translation>There is nobody to send this to.</translation>
    </message>
    <message>
        <location line="-427"/>
        <location filename="../../ui/forms/related_panels.py" line="-30"/>
        <source>Eingeladen am</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <location filename="../../ui/forms/related_panels.py" line="-46"/>
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
        <location filename="../../ui/forms/attendance_panel.py" line="+1"/>
        <source>Angemeldet</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilgenommen</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Alle Aktiven einladen</source>
        <translation>Invite all active</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Eingeladen</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../ui/forms/related_panels.py" line="+118"/>
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
    <name>ReminderDialog</name>
    <message>
        <location filename="../../ui/pages/reminder_dialog.py" line="+36"/>
        <source>Eine Wiedervorlage zu »{about}«: an diesem Tag erscheint sie in der Wiedervorlage.</source>
        <translation>A follow-up on “{about}”: on this day it appears in the follow-ups.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An diesem Tag erscheint sie in der Wiedervorlage.</source>
        <translation>On this day it appears in the follow-ups.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neue Wiedervorlage</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worum es geht</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. Verwendungsnachweis anfordern</source>
        <translation>e.g. request proof of use of funds</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Neue Wiedervorlage…</source>
        <translation>New follow-up…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eine Erinnerung an diesen Eintrag für einen Tag anlegen</source>
        <translation>Create a reminder about this entry for a given day</translation>
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
    <name>ServerBackup</name>
    <message>
        <location filename="../../ui/server_backup.py" line="+28"/>
        <source>Diese Datenbank liegt auf einem PostgreSQL-Server. »Sicherung mit pg_dump« legt eine Sicherung im Ordner {folder} an; wiederherstellen kann sie die IT. Die regelmäßige Sicherung des Servers bleibt Sache der IT.</source>
        <translation>This database is on a PostgreSQL server. “Backup with pg_dump” makes a backup in the folder {folder}; IT can restore it. Regular backups of the server remain the job of IT.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sicherung durch die IT</source>
        <translation>Backup by IT</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Sicherung mit pg_dump</source>
        <translation>Backup with pg_dump</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Diese Datenbank liegt auf einem PostgreSQL-Server. Servicestelle kann sie mit pg_dump in eine Datei im Ordner {folder} sichern.

Das dauert bei vielen Einträgen einige Minuten. Die regelmäßige Sicherung des Servers bleibt Sache der IT.</source>
        <translation>This database is on a PostgreSQL server. Servicestelle can back it up with pg_dump to a file in the folder {folder}.

With many entries this takes a few minutes. Regular backups of the server remain the job of IT.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Datenbank wird mit pg_dump gesichert …</source>
        <translation>Backing up the database with pg_dump …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keine Sicherung</source>
        <translation>No backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicherung angelegt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Sicherung ist angelegt und geprüft:
{path}</source>
        <translation>The backup has been made and checked:
{path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiederherstellen kann sie die IT mit pg_restore (siehe Details).</source>
        <translation>IT can restore it with pg_restore (see details).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sicherung angelegt und geprüft: {path}</source>
        <translation>Backup created and checked: {path}</translation>
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
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fristen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-Mail</source>
        <translation>Email</translation>
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
        <location line="+3"/>
        <source>Die Sprache wird beim nächsten Start umgestellt.</source>
        <translation>The language will change at the next start.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+19"/>
        <source>Diese Angaben stehen in der Auskunft nach Art. 15 DSGVO: wo sich eine Person beschweren kann und wen sie zum Datenschutz fragen kann.</source>
        <translation>These details appear in the access report under Art. 15 GDPR: where a person can complain and whom they can ask about data protection.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aufsichtsbehörde:</source>
        <translation>Supervisory authority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anschrift der Aufsichtsbehörde:</source>
        <translation>Address of the supervisory authority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internetseite der Aufsichtsbehörde:</source>
        <translation>Website of the supervisory authority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenschutzbeauftragte*r (Kontakt):</source>
        <translation>Data protection officer (contact):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>z. B. Datenschutzbeauftragte der Stadt, datenschutz@example.de</source>
        <translation>e.g. the city&apos;s data protection officer, datenschutz@example.de</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+13"/>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So lange gilt ein neu eingetragenes Führungszeugnis nach seiner Ausstellung; beim Eintragen lässt sich das Datum ändern.</source>
        <translation>How long a newly recorded police clearance is valid after it was issued; the date can be changed when recording it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Führungszeugnis gilt nach Ausstellung</source>
        <translation>Police clearance valid after issue for</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/forms/step_dialogs.py" line="-206"/>
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
        <location line="+13"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engagement</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>z. B. Schreiner, Erzieherin, Buchhaltung</source>
        <translation>e.g. carpenter, nursery teacher, bookkeeping</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beruf, Ausbildung oder was die Person gut kann – wird durchsucht und beim Vorschlagen genannt, wenn es zur Anfrage passt.</source>
        <translation>Occupation, training or what the person is good at – is searched and mentioned in proposals when it fits the request.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wird beim ersten Wechsel zu »aktiv« mit dem Tag gefüllt; änderbar.</source>
        <translation>Filled in with the day of the first change to “active”; can be changed.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../ui/forms/step_dialogs.py" line="+128"/>
        <source>Name, Telefon oder E-Mail eingeben</source>
        <translation>Enter name, phone or email</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/welcome.py" line="+64"/>
        <source>Willkommen</source>
        <translation>Welcome</translation>
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
        <location line="+35"/>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Die Anleitung, auf der Seite zu dem, was Sie gerade tun (F1)</source>
        <translation>The user guide, at the page on what you are doing right now (F1)</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+12"/>
        <source>Die Hilfe ist geleistet.</source>
        <translation>The help has been given.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erledigt am</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stunden von {name}</source>
        <translation>Hours of {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>freiwillig, z. B. 3,5</source>
        <translation>optional, e.g. 3.5</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>WritingDialog</name>
    <message>
        <location filename="../../ui/writing_dialog.py" line="+68"/>
        <source>{total} markiert</source>
        <translation>{total} selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} in der Liste</source>
        <translation>{total} in the list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} per E-Mail</source>
        <translation>{count} by email</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} nicht anschreibbar ({reasons})</source>
        <translation>{count} cannot be written to ({reasons})</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+283"/>
        <location line="+188"/>
        <location line="+21"/>
        <location line="+24"/>
        <source>Schreiben an …</source>
        <translation>Write to…</translation>
    </message>
    <message>
        <location line="-497"/>
        <location line="+30"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>(neuer Text)</source>
        <translation>(new text)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als Vorlage speichern …</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{Anrede}



Mit freundlichen Grüßen
{Absender}
{Stelle}</source>
        <translation>{Anrede}



Kind regards
{Absender}
{Stelle}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platzhalter: {names}</source>
        <translation>Placeholders: {names}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Für alle:</source>
        <translation>For everyone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+377"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>Anhang hinzufügen …</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anhänge entfernen</source>
        <translation>Remove attachments</translation>
    </message>
    <message>
        <location filename="../../ui/mail_program.py" line="+29"/>
        <location line="+45"/>
        <location filename="../../ui/writing_dialog.py" line="+11"/>
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Eine E-Mail-Verknüpfung kann keine Dateien mitnehmen ({names}). Speichern Sie die Anhänge in einem Ordner und fügen Sie sie im Mailprogramm hinzu – oder speichern Sie Entwürfe, die die Anhänge schon enthalten.</source>
        <translation>A link to the email program cannot carry files ({names}). Save the attachments in a folder and add them in your email program – or save drafts that already contain them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anhänge speichern …</source>
        <translation>Save attachments…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entwürfe speichern …</source>
        <translation>Save drafts…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ohne Anhänge weiter</source>
        <translation>Continue without attachments</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ordner für die Anhänge</source>
        <translation>Folder for the attachments</translation>
    </message>
    <message>
        <location filename="../../ui/writing_dialog.py" line="+5"/>
        <location line="+12"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Vorschau für</source>
        <translation>Preview for</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mailprogramm …</source>
        <translation>Email program…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eine E-Mail mit allen im Feld BCC (nicht persönlich), im eigenen Mailprogramm</source>
        <translation>One email with everyone in the BCC field (not personal), in your own email program</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als Entwürfe speichern …</source>
        <translation>Save as drafts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eine persönliche E-Mail je Person als Datei (.eml), bereit zum Senden</source>
        <translation>One personal email per person as a file (.eml), ready to send</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Über den Mailserver senden …</source>
        <translation>Send via the mail server…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persönliche E-Mails über den Mailserver der Stelle, im Hintergrund</source>
        <translation>Personal emails via the office&apos;s mail server, in the background</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Als Vorlage speichern</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name der Vorlage:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/mail_program.py" line="-15"/>
        <location filename="../../ui/writing_dialog.py" line="+1"/>
        <location line="+153"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/writing_dialog.py" line="-134"/>
        <source>Vorlage »{name}« gespeichert.</source>
        <translation>Template “{name}” saved.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An: {to}
Betreff: {subject}

{body}</source>
        <translation>To: {to}
Subject: {subject}

{body}</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Wer per E-Mail erreicht wird und wer aus welchem Grund nicht</source>
        <translation>Who is reached by email, and who is not and why</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Ordner für die Entwürfe</source>
        <translation>Folder for the drafts</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} Entwürfe gespeichert in {folder}. Doppelklick öffnet jeden im Mailprogramm, bereit zum Senden.</source>
        <translation>{count} drafts saved in {folder}. A double-click opens each one in the email program, ready to send.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entwürfe</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwürfe werden geschrieben …</source>
        <translation>Writing drafts …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mailserver</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Es ist kein Mailserver eingestellt. Tragen Sie ihn unter Extras › Einstellungen › E-Mail ein.</source>
        <translation>No mail server is set up. Enter it under Tools › Settings › Email.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Über den Mailserver senden</source>
        <translation>Send via the mail server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} persönliche E-Mails über {server} senden?</source>
        <translation>Send {count} personal emails via {server}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Senden</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Wird gesendet … Was nicht gesendet wird, bleibt im Postausgang.</source>
        <translation>Sending … Whatever is not sent stays in the outbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-Mails senden</source>
        <translation>Send emails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mails werden gesendet …</source>
        <translation>Sending emails …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anhang wählen</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>per E-Mail</source>
        <translation>by email</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Schreiben geht aus den Listen der Ehrenamtlichen, der Neuzugewanderten und der Ansprechpersonen.</source>
        <translation>Writing works from the lists of volunteers, newcomers and contact persons.</translation>
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
