<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Steward::App</name>
    <message>
        <source>Show Steward in this language (%1).</source>
        <translation>Steward in dieser Sprache anzeigen (%1).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Use this inventory file instead of the one in your configuration folder.</source>
        <translation>Diese Inventardatei statt der im Konfigurationsordner verwenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open this panel (%1).</source>
        <translation>Diese Ansicht öffnen (%1).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation>Helle oder dunkle Farben statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters in diese PNG-Datei speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>Steward: a console for the tech group of a small Mastodon instance.</source>
        <translation>Steward: eine Konsole für die Technikgruppe einer kleinen Mastodon-Instanz.</translation>
    </message>
    <message>
        <source>A command to run without a window:</source>
        <translation>Ein Befehl, der ohne Fenster läuft:</translation>
    </message>
    <message>
        <source>steward: unknown command “%1”; see steward --help</source>
        <translation>steward: unbekannter Befehl „%1“; siehe steward --help</translation>
    </message>
    <message>
        <source>steward: --color-scheme takes “light” or “dark”, not “%1”</source>
        <translation>steward: --color-scheme erwartet „light“ oder „dark“, nicht „%1“</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Inventory: %1 (unreadable)</source>
        <translation>Inventar: %1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>Inventory: built-in example</source>
        <translation>Inventar: eingebautes Beispiel</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventar: %1</translation>
    </message>
    <message>
        <source>No translation for “%1”; Steward is shown in English. Available: en, %2.</source>
        <translation>Keine Übersetzung für „%1“; Steward wird auf Englisch angezeigt. Verfügbar: en, %2.</translation>
    </message>
    <message>
        <source>Start the local rehearsal host (or use the running one) and open Steward on it.</source>
        <translation>Den lokalen Probe-Host starten (oder den laufenden verwenden) und Steward darauf öffnen.</translation>
    </message>
    <message>
        <source>Print the upgrade plan between two versions (steward plan --help).</source>
        <translation>Den Upgrade-Plan zwischen zwei Versionen ausgeben (steward plan --help).</translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml versions with the deployed copy (steward compose-diff --help).</source>
        <translation>Upstream-Versionen von docker-compose.yml mit der bereitgestellten Kopie vergleichen (steward compose-diff --help).</translation>
    </message>
    <message>
        <source>Start, stop, reset or break the local rehearsal host (steward lab help).</source>
        <translation>Den lokalen Probe-Host starten, anhalten, zurücksetzen oder beschädigen (steward lab help).</translation>
    </message>
    <message>
        <source>steward: --lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation>steward: --lab verwendet das Inventar des Labors; lassen Sie --inventory weg</translation>
    </message>
    <message>
        <source>Output: summary, json, patch or merged.</source>
        <translation>Ausgabe: summary, json, patch oder merged.</translation>
    </message>
    <message>
        <source>Fetch upstream files from this base URL instead of raw.githubusercontent.com.</source>
        <translation>Upstream-Dateien von dieser Basis-URL statt von raw.githubusercontent.com abrufen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The upstream file before the upgrade.</source>
        <translation>Die Upstream-Datei vor dem Upgrade.</translation>
    </message>
    <message>
        <source>The upstream file after the upgrade.</source>
        <translation>Die Upstream-Datei nach dem Upgrade.</translation>
    </message>
    <message>
        <source>Our deployed copy (optional).</source>
        <translation>Unsere bereitgestellte Kopie (optional).</translation>
    </message>
    <message>
        <source>expected OLD NEW [DEPLOYED]; see steward compose-diff --help</source>
        <translation>erwartet OLD NEW [DEPLOYED]; siehe steward compose-diff --help</translation>
    </message>
    <message>
        <source>--format takes summary, json, patch or merged, not “%1”</source>
        <translation>--format erwartet summary, json, patch oder merged, nicht „%1“</translation>
    </message>
    <message>
        <source>The lab is not installed (%1 is missing).</source>
        <translation>Das Labor ist nicht installiert (%1 fehlt).</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Print the upgrade plan between two Mastodon versions.</source>
        <translation>Den Upgrade-Plan zwischen zwei Mastodon-Versionen ausgeben.</translation>
    </message>
    <message>
        <source>The running version.</source>
        <translation>Die laufende Version.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The target version, or “latest”, “patch” (newest of the current line) or “next” (newest of the next line).</source>
        <translation>Die Zielversion oder „latest“, „patch“ (neueste der aktuellen Reihe) oder „next“ (neueste der nächsten Reihe).</translation>
    </message>
    <message>
        <source>Read the notes from this CHANGELOG.md.</source>
        <translation>Die Hinweise aus dieser CHANGELOG.md lesen.</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation>markdown (Standard) oder json.</translation>
    </message>
    <message>
        <source>Include betas and release candidates.</source>
        <translation>Betaversionen und Release-Kandidaten einbeziehen.</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from und --to sind erforderlich</translation>
    </message>
    <message>
        <source>give the notes with --changelog FILE or --feed URL</source>
        <translation>geben Sie die Hinweise mit --changelog FILE oder --feed URL an</translation>
    </message>
    <message>
        <source>--format takes “markdown” or “json”, not “%1”</source>
        <translation>--format erwartet „markdown“ oder „json“, nicht „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10 or v4.3.0-rc.1</source>
        <translation>„%1“ ist keine Version wie 4.2.10 oder v4.3.0-rc.1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10, nor one the notes hold</source>
        <translation>„%1“ ist weder eine Version wie 4.2.10 noch eine, die in den Hinweisen steht</translation>
    </message>
    <message>
        <source>Compose diff</source>
        <translation>Compose-Vergleich</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten …</translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml files (OLD, NEW) and, when given, our DEPLOYED copy. Each may be a file or an upstream reference such as mastodon@v4.2.0 (fetched from GitHub, or read from --checkout).</source>
        <translation>Upstream-Dateien docker-compose.yml (OLD, NEW) und, falls angegeben, unsere bereitgestellte Kopie (DEPLOYED) vergleichen. Jede kann eine Datei oder eine Upstream-Referenz wie mastodon@v4.2.0 sein (von GitHub abgerufen oder aus --checkout gelesen).</translation>
    </message>
    <message>
        <source>Read upstream references (mastodon@v4.2.10) from this local git repository instead of GitHub.</source>
        <translation>Upstream-Referenzen (mastodon@v4.2.10) aus diesem lokalen Git-Repository statt von GitHub lesen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation>Angemeldet mit %1</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: verbunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: the running version could not be read (%2)</source>
        <translation>%1: Die laufende Version konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>Could not keep the secret in the keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the inventory has no server “%1”</source>
        <translation>das Inventar enthält keinen Server „%1“</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: not yet in %3</source>
        <translation>Upstream-Zeilen %1-%2: noch nicht in %3</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: already in %3</source>
        <translation>Upstream-Zeilen %1-%2: schon in %3</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: conflicts with a local change in %3</source>
        <translation>Upstream-Zeilen %1-%2: widerspricht einer lokalen Änderung in %3</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: not yet in %2</source>
        <translation>Upstream-Zeilen nach Zeile %1 eingefügt: noch nicht in %2</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: already in %2</source>
        <translation>Upstream-Zeilen nach Zeile %1 eingefügt: schon in %2</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: conflicts with a local change in %2</source>
        <translation>Upstream-Zeilen nach Zeile %1 eingefügt: widerspricht einer lokalen Änderung in %2</translation>
    </message>
    <message>
        <source>%1 (%2: using the saved copy)</source>
        <translation>%1 (%2: gespeicherte Kopie verwendet)</translation>
    </message>
    <message>
        <source>Read the notes from a GitHub “list releases” JSON: a URL (every page; GITHUB_TOKEN is sent when set) or a file.</source>
        <translation>Die Notizen aus einer GitHub-JSON „list releases“ lesen: eine URL (alle Seiten; GITHUB_TOKEN wird gesendet, wenn gesetzt) oder eine Datei.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>  stages: preflight %1 s, download %2 s, restore %3 s, verify %4 s, cleanup %5 s; restore time %6 s (%7 jobs, %8 format)</source>
        <translation>  Phasen: Vorprüfung %1 s, Download %2 s, Wiederherstellung %3 s, Prüfung %4 s, Aufräumen %5 s; Wiederherstellungszeit %6 s (%7 Jobs, Format %8)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>  schema_migrations: %1 restored, %2 in production, %3 missing</source>
        <translation>  schema_migrations: %1 wiederhergestellt, %2 in Produktion, %3 fehlen</translation>
    </message>
    <message>
        <source>  LEFT BEHIND: %1</source>
        <translation>  ZURÜCKGELASSEN: %1</translation>
    </message>
    <message>
        <source>no server of the inventory has backup settings (a “backup:” map)</source>
        <translation>kein Server des Inventars hat Sicherungseinstellungen (eine „backup:“-Zuordnung)</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory</source>
        <translation>%1 hat keine Sicherungseinstellungen im Inventar</translation>
    </message>
    <message>
        <source>several servers have backups: choose one with --server</source>
        <translation>mehrere Server haben Sicherungen: wählen Sie einen mit --server</translation>
    </message>
    <message>
        <source>no selected server has backup settings (a “backup:” map in the inventory)</source>
        <translation>kein ausgewählter Server hat Sicherungseinstellungen (eine „backup:“-Zuordnung im Inventar)</translation>
    </message>
    <message>
        <source>, SUSPICIOUSLY SMALL</source>
        <translation>, VERDÄCHTIG KLEIN</translation>
    </message>
    <message>
        <source>  [suspiciously small]</source>
        <translation>  [verdächtig klein]</translation>
    </message>
    <message>
        <source>  [not a backup name]</source>
        <translation>  [kein Sicherungsname]</translation>
    </message>
    <message>
        <source>  [another database]</source>
        <translation>  [andere Datenbank]</translation>
    </message>
    <message>
        <source>%1 s of about %2 s</source>
        <translation>%1 s von etwa %2 s</translation>
    </message>
    <message>
        <source>Starting %1 on %2…</source>
        <translation>%1 wird auf %2 gestartet …</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s (the last successful run took %3 s).</source>
        <translation>%1 war in %2 s erfolgreich (der letzte erfolgreiche Lauf dauerte %3 s).</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 has no drill host: give one with --drill-host, or set backup.drill.host in the inventory</source>
        <translation>%1 hat keinen Übungs-Host: geben Sie einen mit --drill-host an oder setzen Sie backup.drill.host im Inventar</translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory</source>
        <translation>im Inventar gibt es keinen Server „%1“</translation>
    </message>
    <message>
        <source>The database backups of the inventory&apos;s servers: list the catalogue and its freshness, run the backup unit now, or run a restore drill.</source>
        <translation>Die Datenbanksicherungen der Server im Inventar: den Katalog und seine Aktualität auflisten, die Sicherungs-Unit jetzt ausführen oder eine Wiederherstellungsübung durchführen.</translation>
    </message>
    <message>
        <source>list, run or drill</source>
        <translation>list, run oder drill</translation>
    </message>
    <message>
        <source>drill: restore on this inventory server.</source>
        <translation>drill: auf diesem Server des Inventars wiederherstellen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>drill: this object key (default: the newest backup).</source>
        <translation>drill: dieser Objektschlüssel (Standard: die neueste Sicherung).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>drill: keep the scratch database when the drill passes.</source>
        <translation>drill: die temporäre Datenbank behalten, wenn die Übung bestanden ist.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>usage: steward backup list|run|drill [--server NAME] [--drill-host NAME] [--backup KEY] [--keep] [--format text|json] (see --help)</source>
        <translation>Aufruf: steward backup list|run|drill [--server NAME] [--drill-host NAME] [--backup KEY] [--keep] [--format text|json] (siehe --help)</translation>
    </message>
    <message>
        <source>Refresh and print the status of the servers (steward status --help).</source>
        <translation>Den Status der Server aktualisieren und ausgeben (steward status --help).</translation>
    </message>
    <message>
        <source>Print the journals and compose logs of a server, merged in time order (steward logs --help).</source>
        <translation>Die Journale und Compose-Logs eines Servers zeitlich zusammengeführt ausgeben (steward logs --help).</translation>
    </message>
    <message>
        <source>List the backups and their freshness, run the backup now, or run a restore drill (steward backup --help).</source>
        <translation>Die Sicherungen und ihre Aktualität auflisten, die Sicherung jetzt ausführen oder eine Wiederherstellungsübung durchführen (steward backup --help).</translation>
    </message>
    <message>
        <source>List, show, run, follow and resume runbooks such as the upgrade night, in tmux on a server (steward runbook --help).</source>
        <translation>Runbooks wie die Upgrade-Nacht auflisten, anzeigen, ausführen, verfolgen und fortsetzen, in tmux auf einem Server (steward runbook --help).</translation>
    </message>
    <message>
        <source>the comparison did not finish</source>
        <translation>der Vergleich wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Use this inventory file instead of ~/.config/steward/inventory.yaml.</source>
        <translation>Diese Inventardatei statt ~/.config/steward/inventory.yaml verwenden.</translation>
    </message>
    <message>
        <source>Start (or reuse) the lab, the local rehearsal host, and use its inventory.</source>
        <translation>Das Labor, den lokalen Probe-Host, starten (oder wiederverwenden) und sein Inventar verwenden.</translation>
    </message>
    <message>
        <source>Only this server of the inventory (repeatable); default: every server.</source>
        <translation>Nur dieser Server des Inventars (wiederholbar); Standard: jeder Server.</translation>
    </message>
    <message>
        <source>--lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation>--lab verwendet das Inventar des Labors; lassen Sie --inventory weg</translation>
    </message>
    <message>
        <source>the lab did not start</source>
        <translation>das Labor ist nicht gestartet</translation>
    </message>
    <message>
        <source>the lab did not say where its inventory is</source>
        <translation>das Labor hat nicht mitgeteilt, wo sein Inventar liegt</translation>
    </message>
    <message>
        <source>there is no inventory at %1 (give one with --inventory FILE, or try --lab)</source>
        <translation>unter %1 gibt es kein Inventar (geben Sie eines mit --inventory FILE an oder versuchen Sie --lab)</translation>
    </message>
    <message>
        <source>cannot read the inventory %1: %2</source>
        <translation>das Inventar %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory (it has: %2)</source>
        <translation>im Inventar gibt es keinen Server „%1“ (es enthält: %2)</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3). Headless commands never accept a new key: check it with the server&apos;s administrator and accept it once in Steward&apos;s window, or add it to ~/.ssh/known_hosts.</source>
        <translation>der Host-Schlüssel von %1 ist nicht bekannt (%2 %3). Befehle ohne Fenster akzeptieren nie einen neuen Schlüssel: prüfen Sie ihn mit der Administration des Servers und akzeptieren Sie ihn einmal im Fenster von Steward, oder fügen Sie ihn zu ~/.ssh/known_hosts hinzu.</translation>
    </message>
    <message>
        <source>%1 (the keychain holds no answer, and headless commands never ask: load the key into ssh-agent, or keep the secret in the keychain from Steward&apos;s window)</source>
        <translation>%1 (der Schlüsselbund enthält keine Antwort, und Befehle ohne Fenster fragen nie nach: laden Sie den Schlüssel in ssh-agent oder speichern Sie das Geheimnis im Fenster von Steward im Schlüsselbund)</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>bash could not be run: %1</source>
        <translation>bash konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>the lab did not start within ten minutes</source>
        <translation>das Labor ist nicht innerhalb von zehn Minuten gestartet</translation>
    </message>
    <message>
        <source>steward-lab ended with status %1</source>
        <translation>steward-lab wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>Print the journals of systemd units and the logs of compose services of a server, merged in time order.</source>
        <translation>Die Journale von systemd-Units und die Logs von Compose-Diensten eines Servers zeitlich zusammengeführt ausgeben.</translation>
    </message>
    <message>
        <source>A systemd unit&apos;s journal (repeatable). Without --unit and --service: the whole journal.</source>
        <translation>Das Journal einer systemd-Unit (wiederholbar). Ohne --unit und --service: das ganze Journal.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>A compose service&apos;s logs (repeatable), in the server&apos;s compose folder.</source>
        <translation>Die Logs eines Compose-Dienstes (wiederholbar), im Compose-Ordner des Servers.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Lines from this time on: &quot;2024-11-22 00:10&quot;, &quot;-10min&quot;, &quot;2h ago&quot;, &quot;today&quot;, &quot;@EPOCH&quot;... (local time unless it says UTC).</source>
        <translation>Zeilen ab diesem Zeitpunkt: „2024-11-22 00:10“, „-10min“, „2h ago“, „today“, „@EPOCH“... (Ortszeit, außer es steht UTC dabei).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>The last N lines of each source (default 100; with --since: every line since).</source>
        <translation>Die letzten N Zeilen jeder Quelle (Standard 100; mit --since: jede Zeile seitdem).</translation>
    </message>
    <message>
        <source>Then print new lines as they come, until interrupted.</source>
        <translation>Danach neue Zeilen ausgeben, sobald sie kommen, bis zur Unterbrechung.</translation>
    </message>
    <message>
        <source>Only lines containing this text (without case unless it has an upper case letter).</source>
        <translation>Nur Zeilen, die diesen Text enthalten (ohne Groß-/Kleinschreibung, außer er enthält einen Großbuchstaben).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>--grep is a regular expression (PCRE).</source>
        <translation>--grep ist ein regulärer Ausdruck (PCRE).</translation>
    </message>
    <message>
        <source>Only lines of this level or more severe: emerg, alert, crit, err, warning, notice, info, debug (or 0-7).</source>
        <translation>Nur Zeilen dieser Stufe oder schwerwiegender: emerg, alert, crit, err, warning, notice, info, debug (oder 0-7).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>One JSON object a line (docs/logs.md).</source>
        <translation>Ein JSON-Objekt pro Zeile (docs/logs.md).</translation>
    </message>
    <message>
        <source>unexpected argument “%1” (see steward logs --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe steward logs --help)</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since: %1</translation>
    </message>
    <message>
        <source>--lines takes a number of lines (0 or more)</source>
        <translation>--lines erwartet eine Anzahl von Zeilen (0 oder mehr)</translation>
    </message>
    <message>
        <source>--priority: unknown level “%1” (emerg, alert, crit, err, warning, notice, info, debug, or 0-7)</source>
        <translation>--priority: unbekannte Stufe „%1“ (emerg, alert, crit, err, warning, notice, info, debug oder 0-7)</translation>
    </message>
    <message>
        <source>--regex goes with --grep PATTERN</source>
        <translation>--regex gehört zu --grep PATTERN</translation>
    </message>
    <message>
        <source>--grep: %1</source>
        <translation>--grep: %1</translation>
    </message>
    <message>
        <source>the inventory has no server</source>
        <translation>das Inventar enthält keinen Server</translation>
    </message>
    <message>
        <source>say which server with --server NAME</source>
        <translation>geben Sie den Server mit --server NAME an</translation>
    </message>
    <message>
        <source>%1: following again</source>
        <translation>%1: wird wieder verfolgt</translation>
    </message>
    <message>
        <source>Run made by %1 at %2.</source>
        <translation>Durchlauf von %1 am %2 angelegt.</translation>
    </message>
    <message>
        <source>▶ %1: %2 (attempt %3, by %4)</source>
        <translation>▶ %1: %2 (Versuch %3, von %4)</translation>
    </message>
    <message>
        <source>✔ %1: its checks passed</source>
        <translation>✔ %1: Prüfungen bestanden</translation>
    </message>
    <message>
        <source>✔ %1: finished</source>
        <translation>✔ %1: abgeschlossen</translation>
    </message>
    <message>
        <source>✘ %1: blocked by its checks</source>
        <translation>✘ %1: durch seine Prüfungen blockiert</translation>
    </message>
    <message>
        <source>✘ %1: failed with exit status %2</source>
        <translation>✘ %1: mit Exit-Status %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>✘ %1: failed: %2</source>
        <translation>✘ %1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>✔ %1: verified</source>
        <translation>✔ %1: verifiziert</translation>
    </message>
    <message>
        <source>✘ %1: its verification failed</source>
        <translation>✘ %1: Verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>✔ %1: approved by %2</source>
        <translation>✔ %1: freigegeben von %2</translation>
    </message>
    <message>
        <source>✔ %1: approved by %2 (%3)</source>
        <translation>✔ %1: freigegeben von %2 (%3)</translation>
    </message>
    <message>
        <source>! %1: overridden by %2: %3</source>
        <translation>! %1: übergangen von %2: %3</translation>
    </message>
    <message>
        <source>- %1: skipped by %2: %3</source>
        <translation>- %1: übersprungen von %2: %3</translation>
    </message>
    <message>
        <source>! %1: interrupted: %2</source>
        <translation>! %1: unterbrochen: %2</translation>
    </message>
    <message>
        <source>↻ %1: to run again (%2: %3)</source>
        <translation>↻ %1: erneut auszuführen (%2: %3)</translation>
    </message>
    <message>
        <source>  %1: uploaded %2 (SHA-256 %3)</source>
        <translation>  %1: %2 hochgeladen (SHA-256 %3)</translation>
    </message>
    <message>
        <source>  %1: committed %2 on %3</source>
        <translation>  %1: %2 auf %3 committet</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  %1: ansible-playbook %2: %3 change(s)</source>
        <translation>  %1: ansible-playbook %2: %3 Änderung(en)</translation>
    </message>
    <message>
        <source>■ Stopped by %1: %2</source>
        <translation>■ Angehalten von %1: %2</translation>
    </message>
    <message>
        <source>▶ Resumed by %1.</source>
        <translation>▶ Fortgesetzt von %1.</translation>
    </message>
    <message>
        <source>■ Done (%1).</source>
        <translation>■ Fertig (%1).</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>INVALID  %1</source>
        <translation>UNGÜLTIG  %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>No runbooks.</source>
        <translation>Keine Runbooks.</translation>
    </message>
    <message>
        <source>Parameters (--set NAME=VALUE):</source>
        <translation>Parameter (--set NAME=VALUE):</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>einer von: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>benötigt: %1</translation>
    </message>
    <message>
        <source>a run is on one server: give --server once</source>
        <translation>ein Durchlauf betrifft einen Server: geben Sie --server einmal an</translation>
    </message>
    <message>
        <source>choose the server with --server NAME (the inventory has: %1)</source>
        <translation>wählen Sie den Server mit --server NAME (das Inventar enthält: %1)</translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Credentials, “Mastodon access token”) or set STEWARD_MASTODON_TOKEN.</source>
        <translation>Es gibt kein Admin-Token für %1: Speichern Sie eines im Schlüsselbund (Zugangsdaten, „Mastodon-Zugriffstoken“) oder setzen Sie STEWARD_MASTODON_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain did not give the admin token of %1: %2</source>
        <translation>Der Schlüsselbund hat das Admin-Token von %1 nicht herausgegeben: %2</translation>
    </message>
    <message>
        <source>Run %1 of “%2” on %3.</source>
        <translation>Durchlauf %1 von „%2“ auf %3.</translation>
    </message>
    <message>
        <source>To watch it on the server: %1</source>
        <translation>Zum Beobachten auf dem Server: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2); trying again. A running step goes on on the server.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen (%2); neuer Versuch. Ein laufender Schritt läuft auf dem Server weiter.</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <source>The run is done.</source>
        <translation>Der Durchlauf ist fertig.</translation>
    </message>
    <message>
        <source>The run was stopped (%1). To go on: %2</source>
        <translation>Der Durchlauf wurde angehalten (%1). Zum Fortfahren: %2</translation>
    </message>
    <message>
        <source>“%1” waits for approval:
%2</source>
        <translation>„%1“ wartet auf Freigabe:
%2</translation>
    </message>
    <message>
        <source>Approve? Type yes to approve, anything else stops here: </source>
        <translation>Freigeben? Geben Sie yes ein, um freizugeben; alles andere hält hier an: </translation>
    </message>
    <message>
        <source>“%1” was not approved. The run waits there; to go on: %2</source>
        <translation>„%1“ wurde nicht freigegeben. Der Durchlauf wartet dort; zum Fortfahren: %2</translation>
    </message>
    <message>
        <source>“%1” waits for a person&apos;s approval:
%2
Nothing was approved: without a terminal, a confirmation needs --yes (or --approve-all REASON). To approve it and go on: %3</source>
        <translation>„%1“ wartet auf die Freigabe durch eine Person:
%2
Nichts wurde freigegeben: Ohne Terminal braucht eine Bestätigung --yes (oder --approve-all REASON). Zum Freigeben und Fortfahren: %3</translation>
    </message>
    <message>
        <source>%1
The run stopped at “%2”. Look at its output, set right what went wrong, then try it again: %3</source>
        <translation>%1
Der Durchlauf hat bei „%2“ angehalten. Sehen Sie sich die Ausgabe an, beheben Sie, was schiefgelaufen ist, und versuchen Sie es dann erneut: %3</translation>
    </message>
    <message>
        <source>%1
The run stopped at the gate “%2” (a gate is never passed by --yes). Set right what it found, then check it again: %3; or override it with a reason in Steward&apos;s window.</source>
        <translation>%1
Der Durchlauf hat an der Schranke „%2“ angehalten (eine Schranke wird nie durch --yes passiert). Beheben Sie, was sie gefunden hat, und prüfen Sie dann erneut: %3; oder übergehen Sie sie mit einer Begründung im Fenster von Steward.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>Stopped following. The run goes on in tmux on %1 (a running step finishes there, and nothing new starts); to follow and drive it again: %2</source>
        <translation>Verfolgung beendet. Der Durchlauf geht in tmux auf %1 weiter (ein laufender Schritt wird dort abgeschlossen, und nichts Neues startet); um ihn wieder zu verfolgen und zu steuern: %2</translation>
    </message>
    <message>
        <source>--set takes NAME=VALUE, not “%1”</source>
        <translation>--set erwartet NAME=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 (see steward runbook show %2)</source>
        <translation>%1 (siehe steward runbook show %2)</translation>
    </message>
    <message>
        <source>no run %1 is kept on this computer (a run is kept once Steward has followed it here; steward runbook status lists the server&apos;s runs)</source>
        <translation>auf diesem Computer wird kein Durchlauf %1 aufbewahrt (ein Durchlauf wird aufbewahrt, sobald Steward ihn hier verfolgt hat; steward runbook status listet die Durchläufe des Servers auf)</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade; steward runbook status lists them)</source>
        <translation>„%1“ ist keine Durchlauf-ID (wie 20261122-001000-mastodon-upgrade; steward runbook status listet sie auf)</translation>
    </message>
    <message>
        <source>%1  unreadable: %2</source>
        <translation>%1  nicht lesbar: %2</translation>
    </message>
    <message>
        <source>at %1 (%2: %3)</source>
        <translation>bei %1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1 of %2 steps done; by %3, %4</source>
        <translation>%1 von %2 Schritten erledigt; von %3, %4</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>No runs on %1.</source>
        <translation>Keine Durchläufe auf %1.</translation>
    </message>
    <message>
        <source>Runbooks: the upgrade night as steps that run in tmux on the server, gated on evidence and resumable (docs/runbook.md).</source>
        <translation>Runbooks: die Upgrade-Nacht als Schritte, die in tmux auf dem Server laufen, an Nachweise gebunden und fortsetzbar (docs/runbook.md).</translation>
    </message>
    <message>
        <source>list, show NAME, dry-run NAME, run NAME, status, resume RUN-ID, or transcript RUN-ID</source>
        <translation>list, show NAME, dry-run NAME, run NAME, status, resume RUN-ID oder transcript RUN-ID</translation>
    </message>
    <message>
        <source>run, dry-run: a parameter&apos;s value (repeatable); resume: a secret parameter&apos;s value again.</source>
        <translation>run, dry-run: der Wert eines Parameters (wiederholbar); resume: der Wert eines geheimen Parameters erneut.</translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation (recorded as approved on the command line). Gates are never passed by it.</source>
        <translation>run, resume: jede Bestätigung freigeben (als auf der Befehlszeile freigegeben vermerkt). Schranken werden dadurch nie passiert.</translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation with this reason, which goes into the transcript.</source>
        <translation>run, resume: jede Bestätigung mit dieser Begründung freigeben, die ins Protokoll eingeht.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>resume: try the failed, blocked or interrupted step again.</source>
        <translation>resume: den fehlgeschlagenen, blockierten oder unterbrochenen Schritt erneut versuchen.</translation>
    </message>
    <message>
        <source>Print JSON (progress goes to stderr).</source>
        <translation>JSON ausgeben (der Fortschritt geht nach stderr).</translation>
    </message>
    <message>
        <source>usage: steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME [--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (see --help)</source>
        <translation>Aufruf: steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME [--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (siehe --help)</translation>
    </message>
    <message>
        <source>transcript reads this computer&apos;s history: give at most --server NAME</source>
        <translation>transcript liest den Verlauf dieses Computers: geben Sie höchstens --server NAME an</translation>
    </message>
    <message>
        <source>--approve-all needs a reason</source>
        <translation>--approve-all braucht eine Begründung</translation>
    </message>
    <message>
        <source>approved on the command line (--yes)</source>
        <translation>auf der Befehlszeile freigegeben (--yes)</translation>
    </message>
    <message>
        <source>--retry is for resume</source>
        <translation>--retry gehört zu resume</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>could not read (%1); last read %2: %3</source>
        <translation>nicht lesbar (%1); zuletzt gelesen %2: %3</translation>
    </message>
    <message>
        <source>could not read (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>%1 next %2</source>
        <translation>%1 nächster Lauf %2</translation>
    </message>
    <message>
        <source>timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>web %1; streaming %2</source>
        <translation>Web %1; Streaming %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Refresh and print the status of the inventory&apos;s servers: compose services, systemd units and timers, disks, and the instance&apos;s HTTP health.</source>
        <translation>Den Status der Server im Inventar aktualisieren und ausgeben: Compose-Dienste, systemd-Units und -Timer, Datenträger und den HTTP-Zustand der Instanz.</translation>
    </message>
    <message>
        <source>Exit 1 from this severity on: critical (default) or warning.</source>
        <translation>Ab diesem Schweregrad mit 1 beenden: critical (Standard) oder warning.</translation>
    </message>
    <message>
        <source>Give up on a server after this many seconds (default 60).</source>
        <translation>Einen Server nach so vielen Sekunden aufgeben (Standard 60).</translation>
    </message>
    <message>
        <source>--format takes text or json, --fail-on critical or warning, --timeout a number of seconds</source>
        <translation>--format erwartet text oder json, --fail-on critical oder warning, --timeout eine Anzahl von Sekunden</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n seconds</source>
        <translation>
            <numerusform>nach %n Sekunde aufgegeben</numerusform>
            <numerusform>nach %n Sekunden aufgegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suspiciously small)</source>
        <translation>%1 (verdächtig klein)</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Tools › Credentials, “Mastodon access token”).</source>
        <translation>Es gibt kein Admin-Token für %1: Speichern Sie eines im Schlüsselbund (Werkzeuge › Zugangsdaten, „Mastodon-Zugriffstoken“).</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>There is no server “%1” in the inventory.</source>
        <translation>Im Inventar gibt es keinen Server „%1“.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>it cannot be read (or is over 1 MiB)</source>
        <translation>sie kann nicht gelesen werden (oder ist größer als 1 MiB)</translation>
    </message>
    <message>
        <source>the shipped example (put the group&apos;s own in %1)</source>
        <translation>das mitgelieferte Beispiel (legen Sie das der Gruppe in %1 ab)</translation>
    </message>
    <message>
        <source>the glossary is missing</source>
        <translation>das Glossar fehlt</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation>Aus Ansible-Inventar importieren</translation>
    </message>
    <message>
        <source>Choose the hosts to add to the inventory.</source>
        <translation>Wählen Sie die Hosts, die ins Inventar aufgenommen werden.</translation>
    </message>
    <message>
        <source>The Ansible inventory names no host Steward can reach over SSH.</source>
        <translation>Das Ansible-Inventar nennt keinen Host, den Steward über SSH erreichen kann.</translation>
    </message>
    <message>
        <source>Left out or read with a warning:</source>
        <translation>Ausgelassen oder mit Warnung gelesen:</translation>
    </message>
    <message>
        <source>Reading the Ansible inventory %1…</source>
        <translation>Ansible-Inventar %1 wird gelesen …</translation>
    </message>
</context>
<context>
    <name>Steward::Core</name>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>“%1” must be a single value</source>
        <translation>„%1“ muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>each server must be a mapping of keys to values</source>
        <translation>jeder Server muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>“port” must be a number from 1 to 65535</source>
        <translation>„port“ muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>“role” must be primary, secondary or staging</source>
        <translation>„role“ muss primary, secondary oder staging sein</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>a server has no “name”</source>
        <translation>ein Server hat keinen „name“</translation>
    </message>
    <message>
        <source>server “%1” has no “host”</source>
        <translation>Server „%1“ hat keinen „host“</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; it is not an inventory</source>
        <translation>die Datei ist größer als %1 MiB; sie ist kein Inventar</translation>
    </message>
    <message>
        <source>the file contains binary data; it is not an inventory</source>
        <translation>die Datei enthält Binärdaten; sie ist kein Inventar</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the inventory must be a mapping with a “servers” list</source>
        <translation>das Inventar muss eine Zuordnung mit einer „servers“-Liste sein</translation>
    </message>
    <message>
        <source>“version” must be a positive number</source>
        <translation>„version“ muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>this inventory is format version %1; this Steward reads up to version %2</source>
        <translation>dieses Inventar hat Formatversion %1; dieses Steward liest bis Version %2</translation>
    </message>
    <message>
        <source>“servers” must be a list</source>
        <translation>„servers“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>the name “%1” is used twice</source>
        <translation>der Name „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The host cannot be empty.</source>
        <translation>Der Host darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The host cannot contain spaces.</source>
        <translation>Der Host darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The compose directory must be an absolute path.</source>
        <translation>Das Compose-Verzeichnis muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>%1 is a directory, not an inventory file</source>
        <translation>%1 ist ein Verzeichnis, keine Inventardatei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a “Keyword value” line</source>
        <translation>keine Zeile der Form „Schlüsselwort Wert“</translation>
    </message>
    <message>
        <source>unbalanced quotes</source>
        <translation>Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <source>“%1” has no value</source>
        <translation>„%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>Include nested too deeply</source>
        <translation>Include zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unknown keyword “%1”</source>
        <translation>unbekanntes Schlüsselwort „%1“</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused to open a channel (error %1).</source>
        <translation>Der Server hat das Öffnen eines Kanals abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>The server refused a terminal (error %1).</source>
        <translation>Der Server hat ein Terminal abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>The server refused to run the command (error %1).</source>
        <translation>Der Server hat die Ausführung des Befehls abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>Reading the command&apos;s output failed (error %1).</source>
        <translation>Das Lesen der Befehlsausgabe ist fehlgeschlagen (Fehler %1).</translation>
    </message>
    <message>
        <source>certificate authorities are not supported; line ignored</source>
        <translation>Zertifizierungsstellen werden nicht unterstützt; Zeile ignoriert</translation>
    </message>
    <message>
        <source>malformed marker line ignored</source>
        <translation>fehlerhafte Markierungszeile ignoriert</translation>
    </message>
    <message>
        <source>expected host names, a key type and a key; line ignored</source>
        <translation>Hostnamen, ein Schlüsseltyp und ein Schlüssel erwartet; Zeile ignoriert</translation>
    </message>
    <message>
        <source>unsupported key type %1; line ignored</source>
        <translation>nicht unterstützter Schlüsseltyp %1; Zeile ignoriert</translation>
    </message>
    <message>
        <source>the key is not valid base64 of a %1 key; line ignored</source>
        <translation>der Schlüssel ist kein gültiges Base64 eines %1-Schlüssels; Zeile ignoriert</translation>
    </message>
    <message>
        <source>malformed line ignored</source>
        <translation>fehlerhafte Zeile ignoriert</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out.</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1.</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>%1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>Could not create a socket: %1</source>
        <translation>Es konnte kein Socket angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Keine Verbindung zu %1 Port %2 möglich: %3</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Could not save the host key in %1.</source>
        <translation>Der Host-Schlüssel konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The host key of %1 was not trusted.</source>
        <translation>Dem Host-Schlüssel von %1 wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: no password given.</source>
        <translation>Zugriff verweigert für %1@%2: kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The server %1 did not answer for %2 seconds.</source>
        <translation>Der Server %1 hat %2 Sekunden lang nicht geantwortet.</translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation>Es konnte keine SSH-Sitzung angelegt werden.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed (error %2).</source>
        <translation>Der SSH-Handshake mit %1 ist fehlgeschlagen (Fehler %2).</translation>
    </message>
    <message>
        <source>The server %1 sent no host key.</source>
        <translation>Der Server %1 hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the server was reinstalled. Connection refused; remove the old key from known_hosts only if you know why it changed.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT (jetzt %2 %3). Möglicherweise fängt jemand die Verbindung ab, oder der Server wurde neu installiert. Verbindung abgelehnt; entfernen Sie den alten Schlüssel nur dann aus known_hosts, wenn Sie wissen, warum er sich geändert hat.</translation>
    </message>
    <message>
        <source>The server %1 refused to list authentication methods.</source>
        <translation>Der Server %1 hat es abgelehnt, die Anmeldemethoden aufzulisten.</translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Passphrase für den Schlüssel %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during authentication.</source>
        <translation>Die Verbindung zu %1 wurde während der Anmeldung unterbrochen.</translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation>Passwort für %1@%2</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2 (server offers: %3).</source>
        <translation>Zugriff verweigert für %1@%2 (der Server bietet an: %3).</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: wrong password.</source>
        <translation>Zugriff verweigert für %1@%2: falsches Passwort.</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>SSH-Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>Mastodon access token</source>
        <translation>Mastodon-Zugriffstoken</translation>
    </message>
    <message>
        <source>S3 access key pair</source>
        <translation>S3-Zugriffsschlüsselpaar</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not run %1.</source>
        <translation>%1 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Decryption was stopped (no answer in time).</source>
        <translation>Die Entschlüsselung wurde abgebrochen (keine Antwort innerhalb der Zeit).</translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation>Entschlüsselung nicht möglich: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>The first line is empty; nothing was stored.</source>
        <translation>Die erste Zeile ist leer; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The credential store is gone.</source>
        <translation>Der Speicher für Zugangsdaten ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Kept for this session only as %1 for %2 (no keychain).</source>
        <translation>Nur für diese Sitzung als %1 für %2 behalten (kein Schlüsselbund).</translation>
    </message>
    <message>
        <source>Stored as %1 for %2.</source>
        <translation>Als %1 für %2 gespeichert.</translation>
    </message>
    <message>
        <source>The release list is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Versionsliste ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The release list is not a JSON array of releases.</source>
        <translation>Die Versionsliste ist kein JSON-Array von Versionen.</translation>
    </message>
    <message>
        <source>No saved release list for %1 yet.</source>
        <translation>Noch keine gespeicherte Versionsliste für %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for anonymous requests is used up; try again at %1.</source>
        <translation>GitHubs Limit für anonyme Anfragen ist aufgebraucht; versuchen Sie es um %1 erneut.</translation>
    </message>
    <message>
        <source>GitHub did not answer within %1 seconds.</source>
        <translation>GitHub hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1 for %2.</source>
        <translation>GitHub hat mit HTTP %1 für %2 geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach GitHub: %1</source>
        <translation>GitHub ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 is not a JSON list of releases.</source>
        <translation>Die Antwort von GitHub für %1 ist keine JSON-Liste von Versionen.</translation>
    </message>
    <message>
        <source>The target %1 is not newer than the current version %2.</source>
        <translation>Das Ziel %1 ist nicht neuer als die aktuelle Version %2.</translation>
    </message>
    <message>
        <source>Version %1 is not in the release notes; the newest there is %2.</source>
        <translation>Version %1 steht nicht in den Versionshinweisen; die neueste dort ist %2.</translation>
    </message>
    <message>
        <source>%1 is a prerelease.</source>
        <translation>%1 ist eine Vorabversion.</translation>
    </message>
    <message>
        <source>The notes do not cover %1.%2.0: its upgrade notes, migrations and dependency changes are missing from this plan.</source>
        <translation>Die Hinweise decken %1.%2.0 nicht ab: Deren Upgrade-Hinweise, Migrationen und Änderungen an Abhängigkeiten fehlen in diesem Plan.</translation>
    </message>
    <message>
        <source>%1 %2 needs %3 %4.</source>
        <translation>%1 %2 benötigt %3 %4.</translation>
    </message>
    <message>
        <source>newer than %1</source>
        <translation>neuer als %1</translation>
    </message>
    <message>
        <source>%1 or newer</source>
        <translation>%1 oder neuer</translation>
    </message>
    <message>
        <source>Review the environment variable %1 in .env.production</source>
        <translation>Die Umgebungsvariable %1 in .env.production prüfen</translation>
    </message>
    <message>
        <source>Read the upgrade notes of each release listed</source>
        <translation>Die Upgrade-Hinweise jeder aufgeführten Version lesen</translation>
    </message>
    <message>
        <source>Run the pre-deployment database migrations (SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)</source>
        <translation>Die Datenbankmigrationen vor der Bereitstellung ausführen (SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)</translation>
    </message>
    <message>
        <source>Run the post-deployment database migrations (rails db:migrate) once the new version runs</source>
        <translation>Die Datenbankmigrationen nach der Bereitstellung ausführen (rails db:migrate), sobald die neue Version läuft</translation>
    </message>
    <message>
        <source>%1 does not support updating from before %2: upgrade to the latest %3 first, or stop every Mastodon process during the upgrade.</source>
        <translation>%1 unterstützt kein Update von Versionen vor %2: Aktualisieren Sie zuerst auf die neueste %3 oder halten Sie während des Upgrades jeden Mastodon-Prozess an.</translation>
    </message>
    <message>
        <source>Breaking change in %1.</source>
        <translation>Inkompatible Änderung in %1.</translation>
    </message>
    <message>
        <source>Consider the recommended %1 version</source>
        <translation>Die empfohlene Version von %1 in Betracht ziehen</translation>
    </message>
    <message>
        <source>Make sure %1 is newer than %2</source>
        <translation>Sicherstellen, dass %1 neuer als %2 ist</translation>
    </message>
    <message>
        <source>Make sure %1 is %2 or newer</source>
        <translation>Sicherstellen, dass %1 %2 oder neuer ist</translation>
    </message>
    <message>
        <source>Back up the database (pg_dump -Fc) and .env.production</source>
        <translation>Die Datenbank (pg_dump -Fc) und .env.production sichern</translation>
    </message>
    <message>
        <source>Check out or pull %1 and build or pull the images</source>
        <translation>%1 auschecken oder pullen und die Images bauen oder pullen</translation>
    </message>
    <message>
        <source>Restart every Mastodon process</source>
        <translation>Jeden Mastodon-Prozess neu starten</translation>
    </message>
    <message>
        <source>Upgrade plan: %1 → %2</source>
        <translation>Upgrade-Plan: %1 → %2</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>inkompatibel</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(abgeleitet)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Security fixes</source>
        <translation>Sicherheitskorrekturen</translation>
    </message>
    <message>
        <source>Recommended targets</source>
        <translation>Empfohlene Ziele</translation>
    </message>
    <message>
        <source>Latest patch of the current line: %1</source>
        <translation>Neuester Patch der aktuellen Reihe: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Next line: %1</source>
        <translation>Nächste Reihe: %1</translation>
    </message>
    <message>
        <source>No release headings such as “## [4.4.0] - 2025-07-08” were found; is this a Mastodon CHANGELOG.md?</source>
        <translation>Keine Versionsüberschriften wie „## [4.4.0] - 2025-07-08“ gefunden; ist das eine CHANGELOG.md von Mastodon?</translation>
    </message>
    <message>
        <source>The services run different Mastodon images: %1 and %2.</source>
        <translation>Die Dienste verwenden unterschiedliche Mastodon-Images: %1 und %2.</translation>
    </message>
    <message>
        <source>The Mastodon image has no version tag (“%1”): the version cannot be read from docker-compose.yml.</source>
        <translation>Das Mastodon-Image hat kein Versions-Tag („%1“): Die Version kann nicht aus docker-compose.yml gelesen werden.</translation>
    </message>
    <message>
        <source>docker-compose.yml has no Mastodon image.</source>
        <translation>docker-compose.yml enthält kein Mastodon-Image.</translation>
    </message>
    <message>
        <source>The instance API did not answer with a JSON object.</source>
        <translation>Die Instanz-API hat nicht mit einem JSON-Objekt geantwortet.</translation>
    </message>
    <message>
        <source>The instance API reports the version “%1”, which is not one Steward reads.</source>
        <translation>Die Instanz-API meldet die Version „%1“, die Steward nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1 is a binary file (a NUL byte at offset %2), not a docker-compose.yml.</source>
        <translation>%1 ist eine Binärdatei (ein NUL-Byte bei Offset %2), keine docker-compose.yml.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; a binary file cannot be compared.</source>
        <translation>%1 ist kein UTF-8-Text; eine Binärdatei kann nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (war %2)</translation>
    </message>
    <message>
        <source>image %1: tag %2 → %3</source>
        <translation>Image %1: Tag %2 → %3</translation>
    </message>
    <message>
        <source>image %1 → %2</source>
        <translation>Image %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: a tab in the indentation; YAML indents with spaces only.</source>
        <translation>%1: ein Tabulator in der Einrückung; YAML rückt nur mit Leerzeichen ein.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 ist kein gültiges YAML: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no docker-compose content to compare.</source>
        <translation>%1 ist leer: Es gibt keinen docker-compose-Inhalt zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: the top level is not a mapping.</source>
        <translation>%1 ist keine docker-compose-Datei: Die oberste Ebene ist keine Zuordnung.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: it has no “services” mapping.</source>
        <translation>%1 ist keine docker-compose-Datei: Sie hat keine „services“-Zuordnung.</translation>
    </message>
    <message>
        <source>service %1: added (line %2)</source>
        <translation>Dienst %1: hinzugefügt (Zeile %2)</translation>
    </message>
    <message>
        <source>service %1: removed (was line %2)</source>
        <translation>Dienst %1: entfernt (war Zeile %2)</translation>
    </message>
    <message>
        <source>service %1:</source>
        <translation>Dienst %1:</translation>
    </message>
    <message>
        <source>top level: %1</source>
        <translation>oberste Ebene: %1</translation>
    </message>
    <message>
        <source>No semantic change.</source>
        <translation>Keine inhaltliche Änderung.</translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: %3</source>
        <translation>%1 kann nicht von %2 abgerufen werden: %3</translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: HTTP status %3</source>
        <translation>%1 kann nicht von %2 abgerufen werden: HTTP-Status %3</translation>
    </message>
    <message>
        <source>the jump host refused to forward to %1 port %2 (%3)</source>
        <translation>der Sprung-Host hat die Weiterleitung zu %1 Port %2 abgelehnt (%3)</translation>
    </message>
    <message>
        <source>the forwarded connection failed (error %1)</source>
        <translation>die weitergeleitete Verbindung ist fehlgeschlagen (Fehler %1)</translation>
    </message>
    <message>
        <source>The ProxyJump hop &quot;%1&quot; is not [user@]host[:port].</source>
        <translation>Der ProxyJump-Schritt „%1“ hat nicht die Form [user@]host[:port].</translation>
    </message>
    <message>
        <source>ProxyJump has more than %1 hops.</source>
        <translation>ProxyJump hat mehr als %1 Schritte.</translation>
    </message>
    <message>
        <source>ProxyJump for %1 goes more than %2 hops deep (a loop?).</source>
        <translation>ProxyJump für %1 geht mehr als %2 Schritte tief (eine Schleife?).</translation>
    </message>
    <message>
        <source>Could not reach %1 through the jump host %2: %3</source>
        <translation>%1 ist über den Sprung-Host %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>Wrong password for %1@%2; try again</source>
        <translation>Falsches Passwort für %1@%2; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key %1; try again</source>
        <translation>Falsche Passphrase für den Schlüssel %1; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>The server %1 has no host to connect to.</source>
        <translation>Der Server %1 hat keinen Host, mit dem verbunden werden kann.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no space left on the server&apos;s disk</source>
        <translation>kein Platz mehr auf dem Datenträger des Servers</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>die Datei existiert bereits</translation>
    </message>
    <message>
        <source>a part of the path is not a directory</source>
        <translation>ein Teil des Pfads ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>der Server unterstützt diesen Vorgang nicht</translation>
    </message>
    <message>
        <source>SFTP status %1</source>
        <translation>SFTP-Status %1</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>The server refused SFTP (error %1).</source>
        <translation>Der Server hat SFTP abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>Could not read the attributes of %1</source>
        <translation>Die Attribute von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not upload to %1: it is a directory.</source>
        <translation>Hochladen nach %1 nicht möglich: Es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not read %1: it is a directory.</source>
        <translation>%1 konnte nicht gelesen werden: Es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3 are read).</source>
        <translation>%1 ist zu groß (%2 Bytes; höchstens %3 werden gelesen).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 bytes).</source>
        <translation>%1 ist zu groß (mehr als %2 Bytes).</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>%1 konnte nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>The passphrase kept in the keychain was refused.</source>
        <translation>Die im Schlüsselbund gespeicherte Passphrase wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The password kept in the keychain was refused.</source>
        <translation>Das im Schlüsselbund gespeicherte Passwort wurde abgelehnt.</translation>
    </message>
    <message>
        <source>`tootctl version` printed no version (“%1”).</source>
        <translation>`tootctl version` hat keine Version ausgegeben („%1“).</translation>
    </message>
    <message>
        <source>no SSH connection</source>
        <translation>keine SSH-Verbindung</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>keine Antwort in %1 s</translation>
    </message>
    <message>
        <source>the server has no public URL</source>
        <translation>der Server hat keine öffentliche URL</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: its aliases (*name) expand without bound (an alias inside the node it names, or a “billion laughs” file); refused.</source>
        <translation>%1: Seine Aliasse (*name) wachsen unbegrenzt (ein Alias innerhalb des Knotens, den er benennt, oder eine „Billion Laughs“-Datei); abgelehnt.</translation>
    </message>
    <message>
        <source>%1: its aliases (*name) expand %2 nodes into %3; refused (at most %4).</source>
        <translation>%1: Seine Aliasse (*name) erweitern %2 Knoten auf %3; abgelehnt (höchstens %4).</translation>
    </message>
    <message>
        <source>Cannot compare %1 and %2: %3</source>
        <translation>%1 und %2 können nicht verglichen werden: %3</translation>
    </message>
    <message>
        <source>Cannot open the git repository %1: %2</source>
        <translation>Das Git-Repository %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no docker-compose.yml at %2: %3</source>
        <translation>%1 hat keine docker-compose.yml bei %2: %3</translation>
    </message>
    <message>
        <source>%1: docker-compose.yml at %2 is not a file.</source>
        <translation>%1: docker-compose.yml bei %2 ist keine Datei.</translation>
    </message>
    <message>
        <source>The command timed out (limit: %1 s).</source>
        <translation>Der Befehl hat das Zeitlimit überschritten (Limit: %1 s).</translation>
    </message>
    <message>
        <source>The server %1 stopped answering during authentication (timed out).</source>
        <translation>Der Server %1 hat während der Anmeldung nicht mehr geantwortet (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2.</source>
        <translation>Keine Verbindung zu %1 Port %2 möglich.</translation>
    </message>
    <message>
        <source>GitHub asks to slow down (secondary rate limit); try again at %1.</source>
        <translation>GitHub bittet um langsamere Anfragen (sekundäres Limit); versuchen Sie es um %1 erneut.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for this token is used up; try again at %1.</source>
        <translation>GitHubs Limit für dieses Token ist aufgebraucht; versuchen Sie es um %1 erneut.</translation>
    </message>
    <message>
        <source>GitHub&apos;s next page of releases is on another server (%1); it was not followed.</source>
        <translation>GitHubs nächste Seite der Releases liegt auf einem anderen Server (%1); ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>Hometown %1 merges Mastodon %2 → %3: this plan also reads the notes of those Mastodon releases.</source>
        <translation>Hometown %1 übernimmt Mastodon %2 → %3: Dieser Plan liest auch die Notizen dieser Mastodon-Releases.</translation>
    </message>
    <message>
        <source>This plan changes forks (%1 → %2): it reads the notes of the Mastodon releases up to %3 and of %2 only; read both projects&apos; notes.</source>
        <translation>Dieser Plan wechselt den Fork (%1 → %2): Er liest die Notizen der Mastodon-Releases bis %3 und nur die von %2; lesen Sie die Notizen beider Projekte.</translation>
    </message>
    <message>
        <source>These notes come from Mastodon&apos;s CHANGELOG.md only, which lacks the patch releases made only on stable branches: the latest patch of %1.%2 may be newer than %3; check GitHub&apos;s releases.</source>
        <translation>Diese Notizen stammen nur aus Mastodons CHANGELOG.md, dem die nur auf stabilen Zweigen erschienenen Patch-Releases fehlen: Der neueste Patch von %1.%2 kann neuer als %3 sein; prüfen Sie die Releases auf GitHub.</translation>
    </message>
    <message>
        <source>These notes come from Mastodon&apos;s CHANGELOG.md only, which lacks the patch releases made only on stable branches: a newer patch than those listed may exist; check GitHub&apos;s releases.</source>
        <translation>Diese Notizen stammen nur aus Mastodons CHANGELOG.md, dem die nur auf stabilen Zweigen erschienenen Patch-Releases fehlen: Es kann einen neueren Patch als die aufgeführten geben; prüfen Sie die Releases auf GitHub.</translation>
    </message>
    <message>
        <source>Pre-deployment migration files added in %1: %2 (migrations.tsv)</source>
        <translation>In %1 hinzugefügte Migrationsdateien vor der Bereitstellung: %2 (migrations.tsv)</translation>
    </message>
    <message>
        <source>Post-deployment migration files added in %1: %2 (migrations.tsv)</source>
        <translation>In %1 hinzugefügte Migrationsdateien nach der Bereitstellung: %2 (migrations.tsv)</translation>
    </message>
    <message>
        <source>Feature release %1: likely (most feature releases ship database migrations; these notes do not say)</source>
        <translation>Feature-Release %1: wahrscheinlich (die meisten Feature-Releases bringen Datenbankmigrationen; diese Notizen sagen es nicht)</translation>
    </message>
    <message>
        <source>Line %1 of the migration counts is not “from_tag, to_tag, pre-deployment count, post-deployment count”: %2</source>
        <translation>Zeile %1 der Migrationszahlen ist nicht „from_tag, to_tag, Anzahl vor der Bereitstellung, Anzahl nach der Bereitstellung“: %2</translation>
    </message>
    <message>
        <source>image %1: digest %2 → %3</source>
        <translation>Image %1: Digest %2 → %3</translation>
    </message>
    <message>
        <source>image %1: tag %2 → %3, digest %4 → %5</source>
        <translation>Image %1: Tag %2 → %3, Digest %4 → %5</translation>
    </message>
    <message>
        <source>%1: same items, new order</source>
        <translation>%1: gleiche Einträge, neue Reihenfolge</translation>
    </message>
    <message>
        <source>Read with ansible-inventory (group and host variables resolved by Ansible).</source>
        <translation>Mit ansible-inventory gelesen (Gruppen- und Host-Variablen von Ansible aufgelöst).</translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own INI inventory reader (inline variables, [group:vars], group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation>ansible-inventory ist nicht installiert: mit Stewards eigenem INI-Inventarleser gelesen (Inline-Variablen, [group:vars], group_vars/ und host_vars/; keine Plugins, keine Templates).</translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own YAML inventory reader (hosts, vars, children, group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation>ansible-inventory ist nicht installiert: mit Stewards eigenem YAML-Inventarleser gelesen (hosts, vars, children, group_vars/ und host_vars/; keine Plugins, keine Templates).</translation>
    </message>
    <message>
        <source>The inventory names no host.</source>
        <translation>Das Inventar nennt keinen Host.</translation>
    </message>
    <message>
        <source>%1: “vars” is not a mapping; ignored</source>
        <translation>%1: „vars“ ist keine Zuordnung; ignoriert</translation>
    </message>
    <message>
        <source>%1: %2 is not a single value; ignored</source>
        <translation>%1: %2 ist kein einzelner Wert; ignoriert</translation>
    </message>
    <message>
        <source>groups nested too deep</source>
        <translation>Gruppen zu tief verschachtelt</translation>
    </message>
    <message>
        <source>group “%1” must be a mapping (hosts, vars, children)</source>
        <translation>Gruppe „%1“ muss eine Zuordnung sein (hosts, vars, children)</translation>
    </message>
    <message>
        <source>“hosts” of group “%1” must be a mapping of host names</source>
        <translation>„hosts“ der Gruppe „%1“ muss eine Zuordnung von Hostnamen sein</translation>
    </message>
    <message>
        <source>“children” of group “%1” must be a mapping of groups</source>
        <translation>„children“ der Gruppe „%1“ muss eine Zuordnung von Gruppen sein</translation>
    </message>
    <message>
        <source>group “%1”: unexpected key “%2” (only hosts, vars and children are read); skipped</source>
        <translation>Gruppe „%1“: unerwarteter Schlüssel „%2“ (nur hosts, vars und children werden gelesen); übersprungen</translation>
    </message>
    <message>
        <source>“[%1]” is not a host range (expected [start:end] or [start:end:step])</source>
        <translation>„[%1]“ ist kein Host-Bereich (erwartet [start:end] oder [start:end:step])</translation>
    </message>
    <message>
        <source>the step of host range “[%1]” is not a positive number</source>
        <translation>die Schrittweite des Host-Bereichs „[%1]“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>host range “[%1]” has no end</source>
        <translation>Host-Bereich „[%1]“ hat kein Ende</translation>
    </message>
    <message>
        <source>host range “[%1]” ends before it begins</source>
        <translation>Host-Bereich „[%1]“ endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>host range “[%1]” is too large</source>
        <translation>Host-Bereich „[%1]“ ist zu groß</translation>
    </message>
    <message>
        <source>host range “[%1]” mixes letters and numbers or is not a range</source>
        <translation>Host-Bereich „[%1]“ mischt Buchstaben und Zahlen oder ist kein Bereich</translation>
    </message>
    <message>
        <source>“%1” has “[” without “]”</source>
        <translation>„%1“ enthält „[“ ohne „]“</translation>
    </message>
    <message>
        <source>%1: not an SSH host (ansible_connection=%2); left out</source>
        <translation>%1: kein SSH-Host (ansible_connection=%2); ausgelassen</translation>
    </message>
    <message>
        <source>%1: %2 is a template (%3) that only Ansible can resolve; left out</source>
        <translation>%1: %2 ist ein Template (%3), das nur Ansible auflösen kann; ausgelassen</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a port number; left out</source>
        <translation>%1: %2 „%3“ ist keine Portnummer; ausgelassen</translation>
    </message>
    <message>
        <source>an Ansible inventory</source>
        <translation>ein Ansible-Inventar</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importiert aus %1.</translation>
    </message>
    <message>
        <source>Imported from %1 (groups: %2).</source>
        <translation>Importiert aus %1 (Gruppen: %2).</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: ausgelassen: %2</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not valid JSON (%1 at character %2)</source>
        <translation>die Ausgabe von ansible-inventory ist kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not a JSON object</source>
        <translation>die Ausgabe von ansible-inventory ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has no “all” group (cut short?)</source>
        <translation>die Ausgabe von ansible-inventory hat keine Gruppe „all“ (abgeschnitten?)</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has “_meta” without “hostvars”</source>
        <translation>die Ausgabe von ansible-inventory hat „_meta“ ohne „hostvars“</translation>
    </message>
    <message>
        <source>invalid section “%1”</source>
        <translation>ungültiger Abschnitt „%1“</translation>
    </message>
    <message>
        <source>section [%1] has unknown type “%2”</source>
        <translation>Abschnitt [%1] hat unbekannten Typ „%2“</translation>
    </message>
    <message>
        <source>expected key=value in [%1:vars], got “%2”</source>
        <translation>key=value in [%1:vars] erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <source>expected one group name in [%1:children], got “%2”</source>
        <translation>ein Gruppenname in [%1:children] erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <source>unclosed quote in “%1”</source>
        <translation>nicht geschlossenes Anführungszeichen in „%1“</translation>
    </message>
    <message>
        <source>expected key=value host variable, got “%1”</source>
        <translation>Host-Variable der Form key=value erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>the inventory is empty</source>
        <translation>das Inventar ist leer</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of groups</source>
        <translation>ein YAML-Inventar muss eine Zuordnung von Gruppen sein</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping of variables; ignored</source>
        <translation>%1 ist keine Zuordnung von Variablen; ignoriert</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (%2, line %3); ignored</source>
        <translation>%1 ist kein gültiges YAML (%2, Zeile %3); ignoriert</translation>
    </message>
    <message>
        <source>%1 is too large for an inventory</source>
        <translation>%1 ist zu groß für ein Inventar</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read</source>
        <translation>%1 existiert nicht oder kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>ansible-inventory did not answer within %n second(s); stopped</source>
        <translation>
            <numerusform>ansible-inventory hat nicht innerhalb von %n Sekunde geantwortet; angehalten</numerusform>
            <numerusform>ansible-inventory hat nicht innerhalb von %n Sekunden geantwortet; angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-inventory could not be started: %1</source>
        <translation>ansible-inventory konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>ansible-inventory crashed: %1</source>
        <translation>ansible-inventory ist abgestürzt: %1</translation>
    </message>
    <message>
        <source>ansible-inventory failed (exit status %1): %2</source>
        <translation>ansible-inventory ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>“%1” must be a number from %2 to %3</source>
        <translation>„%1“ muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>“drill” must be a mapping of keys to values</source>
        <translation>„drill“ muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>“work_dir” must be an absolute path</source>
        <translation>„work_dir“ muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>“backup” must be a mapping of keys to values</source>
        <translation>„backup“ muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>“endpoint” must be an http:// or https:// URL</source>
        <translation>„endpoint“ muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>“addressing” must be path or virtual</source>
        <translation>„addressing“ muss path oder virtual sein</translation>
    </message>
    <message>
        <source>“pattern” must contain {timestamp}</source>
        <translation>„pattern“ muss {timestamp} enthalten</translation>
    </message>
    <message>
        <source>“psql” must be a list of arguments, such as [docker, compose, exec, -T, db, psql, -U, postgres]</source>
        <translation>„psql“ muss eine Liste von Argumenten sein, etwa [docker, compose, exec, -T, db, psql, -U, postgres]</translation>
    </message>
    <message>
        <source>“backup” has no “bucket”</source>
        <translation>„backup“ hat kein „bucket“</translation>
    </message>
    <message>
        <source>server “%1”: the drill host “%2” is not a server of the inventory</source>
        <translation>Server „%1“: der Übungs-Host „%2“ ist kein Server des Inventars</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>Es wurde kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server&apos;s question was not answered.</source>
        <translation>Zugriff verweigert für %1@%2: Die Frage des Servers wurde nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1@%2 asks: %3</source>
        <translation>%1@%2 fragt: %3</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server refused the answers.</source>
        <translation>Zugriff verweigert für %1@%2: Der Server hat die Antworten abgelehnt.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: the server and Steward have no cipher, key exchange or host key type in common (%2). Steward offers AES-GCM, chacha20-poly1305 and AES-CTR ciphers, not CBC, 3DES or RC4.</source>
        <translation>Der SSH-Handshake mit %1 ist fehlgeschlagen: Server und Steward haben kein gemeinsames Verschlüsselungsverfahren, keinen gemeinsamen Schlüsselaustausch oder Host-Schlüsseltyp (%2). Steward bietet die Verfahren AES-GCM, chacha20-poly1305 und AES-CTR an, nicht CBC, 3DES oder RC4.</translation>
    </message>
    <message>
        <source>The server %1 presented a %2 key (%3), but it is known under another key type only: %4. The server may have been reinstalled, or someone may be intercepting the connection. Connection refused; check the key on the server before you add it to known_hosts.</source>
        <translation>Der Server %1 hat einen %2-Schlüssel (%3) vorgelegt, ist aber nur unter einem anderen Schlüsseltyp bekannt: %4. Der Server wurde vielleicht neu installiert, oder jemand fängt die Verbindung ab. Verbindung abgelehnt; prüfen Sie den Schlüssel auf dem Server, bevor Sie ihn zu known_hosts hinzufügen.</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>an HTML page “%1”</source>
        <translation>eine HTML-Seite „%1“</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>the error “%1”</source>
        <translation>der Fehler „%1“</translation>
    </message>
    <message>
        <source>“%1…”</source>
        <translation>„%1…“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the health endpoint answered %1 instead of “OK”</source>
        <translation>der Health-Endpunkt hat %1 statt „OK“ geantwortet</translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1, not Mastodon&apos;s JSON</source>
        <translation>/api/v2/instance hat %1 geantwortet, nicht mit dem JSON von Mastodon</translation>
    </message>
    <message>
        <source>/api/v2/instance is not valid JSON (%1 at character %2; cut short?)</source>
        <translation>/api/v2/instance ist kein gültiges JSON (%1 bei Zeichen %2; abgeschnitten?)</translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1</source>
        <translation>/api/v2/instance hat %1 geantwortet</translation>
    </message>
    <message>
        <source>/api/v2/instance has no “version”</source>
        <translation>/api/v2/instance hat keine „version“</translation>
    </message>
    <message>
        <source>/api/v2/instance has no configuration.statuses.max_characters (a number)</source>
        <translation>/api/v2/instance hat kein configuration.statuses.max_characters (eine Zahl)</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 anhalten</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message numerus="yes">
        <source>Scale %1 to %n</source>
        <translation>
            <numerusform>%1 auf %n skalieren</numerusform>
            <numerusform>%1 auf %n skalieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeploy (docker compose up -d)</source>
        <translation>Neu bereitstellen (docker compose up -d)</translation>
    </message>
    <message>
        <source>Start %1 now</source>
        <translation>%1 jetzt starten</translation>
    </message>
    <message>
        <source>stopped by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>No compose service exists in the compose directory.</source>
        <translation>Im Compose-Verzeichnis gibt es keinen Compose-Dienst.</translation>
    </message>
    <message>
        <source>%1 keeps restarting (%2).</source>
        <translation>%1 startet ständig neu (%2).</translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation>%1 läuft nicht (%2).</translation>
    </message>
    <message>
        <source>%1 is unhealthy.</source>
        <translation>%1 ist nicht gesund.</translation>
    </message>
    <message>
        <source>%1 is still starting.</source>
        <translation>%1 startet noch.</translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation>%1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1: the last run ended with “%2”.</source>
        <translation>%1: Der letzte Lauf endete mit „%2“.</translation>
    </message>
    <message>
        <source>The last run of %1 (from %2) failed.</source>
        <translation>Der letzte Lauf von %1 (von %2) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 is not scheduled to run again.</source>
        <translation>%1 ist nicht für einen weiteren Lauf geplant.</translation>
    </message>
    <message>
        <source>%1 should have run at %2 and did not.</source>
        <translation>%1 hätte um %2 laufen sollen und ist es nicht.</translation>
    </message>
    <message>
        <source>%1 is %2 % full.</source>
        <translation>%1 ist zu %2 % voll.</translation>
    </message>
    <message>
        <source>The maintenance page is up (HTTP 503).</source>
        <translation>Die Wartungsseite ist aktiv (HTTP 503).</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2.</source>
        <translation>%1 antwortet mit HTTP %2.</translation>
    </message>
    <message>
        <source>The web service</source>
        <translation>Der Webdienst</translation>
    </message>
    <message>
        <source>The streaming service</source>
        <translation>Der Streaming-Dienst</translation>
    </message>
    <message>
        <source>The instance API</source>
        <translation>Die Instanz-API</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>line %1 is not valid JSON (%2 at character %3)</source>
        <translation>Zeile %1 ist kein gültiges JSON (%2 bei Zeichen %3)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>a container without a name or a state</source>
        <translation>ein Container ohne Namen oder Zustand</translation>
    </message>
    <message>
        <source>block devices nested too deep</source>
        <translation>Blockgeräte zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a block device without a name</source>
        <translation>ein Blockgerät ohne Namen</translation>
    </message>
    <message>
        <source>the size of %1 is not a size</source>
        <translation>die Größe von %1 ist keine Größe</translation>
    </message>
    <message>
        <source>expected a list of containers</source>
        <translation>eine Liste von Containern erwartet</translation>
    </message>
    <message>
        <source>line %1 is not a container</source>
        <translation>Zeile %1 ist kein Container</translation>
    </message>
    <message>
        <source>a unit without an Id (line %1)</source>
        <translation>eine Unit ohne Id (Zeile %1)</translation>
    </message>
    <message>
        <source>%1: no LoadState or ActiveState (cut short?)</source>
        <translation>%1: kein LoadState oder ActiveState (abgeschnitten?)</translation>
    </message>
    <message>
        <source>line %1 is not Key=Value: “%2”</source>
        <translation>Zeile %1 hat nicht die Form Key=Value: „%2“</translation>
    </message>
    <message>
        <source>no NEXT … ACTIVATES header</source>
        <translation>keine Kopfzeile NEXT … ACTIVATES</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>die Kopfzeile hat keine Spalte %1</translation>
    </message>
    <message>
        <source>line %1 is cut short</source>
        <translation>Zeile %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>line %1 has no timer and unit: “%2”</source>
        <translation>Zeile %1 hat keinen Timer und keine Unit: „%2“</translation>
    </message>
    <message>
        <source>line %1: a time that cannot be read: “%2”</source>
        <translation>Zeile %1: eine Zeit, die nicht gelesen werden kann: „%2“</translation>
    </message>
    <message>
        <source>the list ends without its “timers listed” line (cut short?)</source>
        <translation>die Liste endet ohne ihre Zeile „timers listed“ (abgeschnitten?)</translation>
    </message>
    <message>
        <source>df printed nothing</source>
        <translation>df hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>no Filesystem … Mounted on header</source>
        <translation>keine Kopfzeile Filesystem … Mounted on</translation>
    </message>
    <message>
        <source>line %1 is not a filesystem: “%2”</source>
        <translation>Zeile %1 ist kein Dateisystem: „%2“</translation>
    </message>
    <message>
        <source>no “blockdevices” list</source>
        <translation>keine Liste „blockdevices“</translation>
    </message>
    <message>
        <source>no “report” list</source>
        <translation>keine Liste „report“</translation>
    </message>
    <message>
        <source>a logical volume without a name or a size</source>
        <translation>ein logisches Volume ohne Namen oder Größe</translation>
    </message>
    <message>
        <source>the command stopped before this part</source>
        <translation>der Befehl wurde vor diesem Teil beendet</translation>
    </message>
    <message>
        <source>%1: cut short</source>
        <translation>%1: abgeschnitten</translation>
    </message>
    <message>
        <source>%1: the command is not installed on the server (%2)</source>
        <translation>%1: Der Befehl ist auf dem Server nicht installiert (%2)</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Status %2): %3</translation>
    </message>
    <message>
        <source>docker compose ps: %1</source>
        <translation>docker compose ps: %1</translation>
    </message>
    <message>
        <source>systemctl show: %1</source>
        <translation>systemctl show: %1</translation>
    </message>
    <message>
        <source>systemctl list-timers: %1</source>
        <translation>systemctl list-timers: %1</translation>
    </message>
    <message>
        <source>df: %1</source>
        <translation>df: %1</translation>
    </message>
    <message>
        <source>df failed (exit status %1): %2</source>
        <translation>df ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>lsblk failed (exit status %1): %2</source>
        <translation>lsblk ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>lsblk: %1</source>
        <translation>lsblk: %1</translation>
    </message>
    <message>
        <source>Nothing to compare: the old and the new upstream file are both needed.</source>
        <translation>Nichts zu vergleichen: Die alte und die neue Upstream-Datei werden beide benötigt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid upstream reference.</source>
        <translation>„%1“ ist keine gültige Upstream-Referenz.</translation>
    </message>
    <message>
        <source>ansible-playbook&apos;s output is not its JSON report: %1</source>
        <translation>Die Ausgabe von ansible-playbook ist nicht sein JSON-Bericht: %1</translation>
    </message>
    <message>
        <source>The announcement has %1 characters; %2 allows %3. Shorten it before posting.</source>
        <translation>Die Ankündigung hat %1 Zeichen; %2 erlaubt %3. Kürzen Sie sie vor dem Veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2). Retrying is safe: the same Idempotency-Key never makes a second post.</source>
        <translation>%1 hat nicht geantwortet (%2). Ein erneuter Versuch ist sicher: Derselbe Idempotency-Key erzeugt nie einen zweiten Beitrag.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (scheduled status %2).</source>
        <translation>Geplant für %1 (geplanter Beitrag %2).</translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>%1 refused the admin token (%2). Store a valid token of the admin account in the keychain (Tools &gt; Credentials, Mastodon token), then retry.</source>
        <translation>%1 hat das Admin-Token abgelehnt (%2). Speichern Sie ein gültiges Token des Admin-Kontos im Schlüsselbund (Werkzeuge &gt; Zugangsdaten, Mastodon-Token) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 does not let this token post (%2): it needs the write:statuses scope.</source>
        <translation>%1 erlaubt diesem Token keine Beiträge (%2): Es braucht den Scope write:statuses.</translation>
    </message>
    <message>
        <source>%1 refused the text: %2</source>
        <translation>%1 hat den Text abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again after %2.</source>
        <translation>%1 begrenzt, wie oft dieses Konto Beiträge veröffentlicht; versuchen Sie es nach %2 erneut.</translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again later.</source>
        <translation>%1 begrenzt, wie oft dieses Konto Beiträge veröffentlicht; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered %2: the site is down or shows the maintenance page. Post before maintenance starts.</source>
        <translation>%1 hat %2 geantwortet: Die Seite ist nicht erreichbar oder zeigt die Wartungsseite. Veröffentlichen Sie vor Beginn der Wartung.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 hat %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>read %1 on this computer</source>
        <translation>%1 auf diesem Computer lesen</translation>
    </message>
    <message numerus="yes">
        <source>… (%n earlier lines)</source>
        <translation>
            <numerusform>… (%n frühere Zeile)</numerusform>
            <numerusform>… (%n frühere Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation>(Exit-Status %1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Could not run “%1”: %2</source>
        <translation>„%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>“%1” failed with exit status %2.</source>
        <translation>„%1“ ist mit Exit-Status %2 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup newer than %n hour(s)</source>
        <translation>
            <numerusform>Eine Sicherung, die jünger als %n Stunde ist</numerusform>
            <numerusform>Eine Sicherung, die jünger als %n Stunden ist</numerusform>
        </translation>
    </message>
    <message>
        <source>the last run of %1 on the server</source>
        <translation>der letzte Lauf von %1 auf dem Server</translation>
    </message>
    <message>
        <source>Could not read the state of %1: %2</source>
        <translation>Der Zustand von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup unit %1 does not exist on the server.</source>
        <translation>Die Sicherungs-Unit %1 existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>A backup is running now; wait until %1 has finished.</source>
        <translation>Gerade läuft eine Sicherung; warten Sie, bis %1 fertig ist.</translation>
    </message>
    <message>
        <source>The last backup failed (%1: %2).</source>
        <translation>Die letzte Sicherung ist fehlgeschlagen (%1: %2).</translation>
    </message>
    <message>
        <source>%1 has not run since the server started.</source>
        <translation>%1 ist seit dem Start des Servers nicht gelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup finished %1 ago (%2), more than %n hour(s).</source>
        <translation>
            <numerusform>Die letzte Sicherung wurde vor %1 abgeschlossen (%2), vor mehr als %n Stunde.</numerusform>
            <numerusform>Die letzte Sicherung wurde vor %1 abgeschlossen (%2), vor mehr als %n Stunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup finished %1 ago (%2) and succeeded.</source>
        <translation>Die letzte Sicherung wurde vor %1 abgeschlossen (%2) und war erfolgreich.</translation>
    </message>
    <message>
        <source>At least %1 free for %2</source>
        <translation>Mindestens %1 frei auf %2</translation>
    </message>
    <message>
        <source>df on the server</source>
        <translation>df auf dem Server</translation>
    </message>
    <message>
        <source>Could not read df&apos;s answer: %1</source>
        <translation>Die Antwort von df konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is free on %2 (at least %3 needed).</source>
        <translation>Auf %2 sind %1 frei (mindestens %3 benötigt).</translation>
    </message>
    <message>
        <source>Only %1 is free on %2; at least %3 is needed.</source>
        <translation>Auf %2 sind nur %1 frei; mindestens %3 werden benötigt.</translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml is the reviewed file</source>
        <translation>Die docker-compose.yml des Servers ist die geprüfte Datei</translation>
    </message>
    <message>
        <source>SHA-256 of %1 and of the server&apos;s docker-compose.yml</source>
        <translation>SHA-256 von %1 und der docker-compose.yml des Servers</translation>
    </message>
    <message>
        <source>The reviewed file cannot be read: %1</source>
        <translation>Die geprüfte Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source> (reviewed, %n byte(s))</source>
        <translation>
            <numerusform> (geprüft, %n Byte)</numerusform>
            <numerusform> (geprüft, %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs the reviewed docker-compose.yml (%1).</source>
        <translation>Der Server verwendet die geprüfte docker-compose.yml (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml (%1) is not the reviewed file (%2).</source>
        <translation>Die docker-compose.yml des Servers (%1) ist nicht die geprüfte Datei (%2).</translation>
    </message>
    <message>
        <source>Mastodon %1 is running</source>
        <translation>Mastodon %1 läuft</translation>
    </message>
    <message>
        <source>The running Mastodon is older than %1</source>
        <translation>Das laufende Mastodon ist älter als %1</translation>
    </message>
    <message>
        <source>The running Mastodon is %1 or newer</source>
        <translation>Das laufende Mastodon ist %1 oder neuer</translation>
    </message>
    <message>
        <source>tootctl version in the %1 container</source>
        <translation>tootctl version im Container %1</translation>
    </message>
    <message>
        <source>tootctl printed “%1”, which is not a version.</source>
        <translation>tootctl hat „%1“ ausgegeben, was keine Version ist.</translation>
    </message>
    <message>
        <source>“%1” is not a version.</source>
        <translation>„%1“ ist keine Version.</translation>
    </message>
    <message>
        <source>The server runs Mastodon %1.</source>
        <translation>Der Server verwendet Mastodon %1.</translation>
    </message>
    <message>
        <source>No database migration is left to run</source>
        <translation>Keine Datenbankmigration steht mehr aus</translation>
    </message>
    <message>
        <source>The database migrations the new images will run</source>
        <translation>Die Datenbankmigrationen, die die neuen Images ausführen werden</translation>
    </message>
    <message numerus="yes">
        <source>At most %n database migration(s) pending</source>
        <translation>
            <numerusform>Höchstens %n Datenbankmigration ausstehend</numerusform>
            <numerusform>Höchstens %n Datenbankmigrationen ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>rails db:migrate:status in a one-off %1 container</source>
        <translation>rails db:migrate:status in einem einmaligen Container %1</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) known</source>
        <translation>
            <numerusform>%n Migration bekannt</numerusform>
            <numerusform>%n Migrationen bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>db:migrate:status listed no migration; its output is not understood.</source>
        <translation>db:migrate:status hat keine Migration aufgelistet; seine Ausgabe wird nicht verstanden.</translation>
    </message>
    <message>
        <source>Every migration has run.</source>
        <translation>Jede Migration wurde ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) pending.</source>
        <translation>
            <numerusform>%n Migration ausstehend.</numerusform>
            <numerusform>%n Migrationen ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upgrade plan expects: %1.</source>
        <translation>Der Upgrade-Plan erwartet: %1.</translation>
    </message>
    <message>
        <source>Mastodon is up and healthy</source>
        <translation>Mastodon läuft und ist gesund</translation>
    </message>
    <message>
        <source>docker compose ps on the server and the public health endpoints</source>
        <translation>docker compose ps auf dem Server und die öffentlichen Health-Endpunkte</translation>
    </message>
    <message>
        <source>No container exists.</source>
        <translation>Es gibt keinen Container.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 hat %2 geantwortet.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Every service runs and the health endpoints answer 200.</source>
        <translation>Jeder Dienst läuft und die Health-Endpunkte antworten mit 200.</translation>
    </message>
    <message>
        <source>The %1 version</source>
        <translation>Die Version von %1</translation>
    </message>
    <message>
        <source>%1 %2 or newer</source>
        <translation>%1 %2 oder neuer</translation>
    </message>
    <message>
        <source>the version the %1 container runs</source>
        <translation>die Version, die der Container %1 verwendet</translation>
    </message>
    <message>
        <source>%1 %2 runs (no minimum given).</source>
        <translation>%1 %2 läuft (kein Minimum angegeben).</translation>
    </message>
    <message>
        <source>No %1 version in the answer.</source>
        <translation>Keine Version von %1 in der Antwort.</translation>
    </message>
    <message>
        <source>%1 %2 runs (%3 or newer needed).</source>
        <translation>%1 %2 läuft (%3 oder neuer benötigt).</translation>
    </message>
    <message>
        <source>%1 %2 runs; the release needs %3 or newer.</source>
        <translation>%1 %2 läuft; das Release benötigt %3 oder neuer.</translation>
    </message>
    <message>
        <source>Visitors see the maintenance page</source>
        <translation>Besucher sehen die Wartungsseite</translation>
    </message>
    <message>
        <source>Visitors reach Mastodon again</source>
        <translation>Besucher erreichen Mastodon wieder</translation>
    </message>
    <message>
        <source>the answer of %1 from this computer</source>
        <translation>die Antwort von %1 von diesem Computer aus</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>The site answers 503 with the maintenance page.</source>
        <translation>Die Seite antwortet mit 503 und der Wartungsseite.</translation>
    </message>
    <message>
        <source>The site answers 503, but not with the maintenance page (no “%1” in it).</source>
        <translation>Die Seite antwortet mit 503, aber nicht mit der Wartungsseite (kein „%1“ darin).</translation>
    </message>
    <message>
        <source>The site answers %1, not 503: maintenance mode is not on.</source>
        <translation>Die Seite antwortet mit %1, nicht 503: Der Wartungsmodus ist nicht aktiv.</translation>
    </message>
    <message>
        <source>/health answers 200 again.</source>
        <translation>/health antwortet wieder mit 200.</translation>
    </message>
    <message>
        <source>/health answers %1, not 200.</source>
        <translation>/health antwortet mit %1, nicht 200.</translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation>%1 antwortet %2</translation>
    </message>
    <message>
        <source>It answered %1, not %2.</source>
        <translation>Die Antwort war %1, nicht %2.</translation>
    </message>
    <message>
        <source>It answered %1.</source>
        <translation>Die Antwort war %1.</translation>
    </message>
    <message>
        <source>It answered %1 without “%2”.</source>
        <translation>Die Antwort war %1 ohne „%2“.</translation>
    </message>
    <message>
        <source>the output of %1</source>
        <translation>die Ausgabe von %1</translation>
    </message>
    <message>
        <source>It exited with status %1, not %2.</source>
        <translation>Beendet mit Status %1, nicht %2.</translation>
    </message>
    <message>
        <source>Its output does not match “%1”.</source>
        <translation>Die Ausgabe passt nicht zu „%1“.</translation>
    </message>
    <message>
        <source>It exited with status %1 as expected.</source>
        <translation>Wie erwartet mit Status %1 beendet.</translation>
    </message>
    <message>
        <source>%1: running-version needs exactly one of equals, below, at_least</source>
        <translation>%1: running-version braucht genau eines von equals, below, at_least</translation>
    </message>
    <message>
        <source>%1: dependency needs a name (postgresql or redis)</source>
        <translation>%1: dependency braucht einen Namen (postgresql oder redis)</translation>
    </message>
    <message>
        <source>%1: “expect” is not a valid regular expression</source>
        <translation>%1: „expect“ ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>%1: unknown check “%2” (known: %3)</source>
        <translation>%1: unbekannte Prüfung „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>Could not open the repository %1</source>
        <translation>Das Repository %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name</source>
        <translation>„%1“ ist kein gültiger Branch-Name</translation>
    </message>
    <message>
        <source>The repository has no commit to branch from</source>
        <translation>Das Repository hat keinen Commit, von dem abgezweigt werden kann</translation>
    </message>
    <message>
        <source>Could not read the branch&apos;s commit</source>
        <translation>Der Commit des Branches konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the commit&apos;s tree</source>
        <translation>Der Baum des Commits konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not make an index</source>
        <translation>Es konnte kein Index angelegt werden</translation>
    </message>
    <message>
        <source>Could not read the tree</source>
        <translation>Der Baum konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation>%1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not write the tree</source>
        <translation>Der Baum konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Branch %1 already has this %2 (%3).</source>
        <translation>Branch %1 hat diese %2 bereits (%3).</translation>
    </message>
    <message>
        <source>Could not read the new tree</source>
        <translation>Der neue Baum konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not make the commit&apos;s signature</source>
        <translation>Die Signatur des Commits konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not commit</source>
        <translation>Commit nicht möglich</translation>
    </message>
    <message>
        <source>Could not move branch %1</source>
        <translation>Branch %1 konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>Committed %1 on branch %2: %3.</source>
        <translation>%1 auf Branch %2 committet: %3.</translation>
    </message>
    <message>
        <source>The repository has no remote “%1”</source>
        <translation>Das Repository hat kein Remote „%1“</translation>
    </message>
    <message>
        <source>Could not push %1 to %2</source>
        <translation>%1 konnte nicht nach %2 gepusht werden</translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation>%1 nach %2 gepusht.</translation>
    </message>
    <message>
        <source>Dry run of “%1” on %2: nothing is sent.</source>
        <translation>Probelauf von „%1“ auf %2: Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice</source>
        <translation>%1: „%2“ ist zweimal angegeben</translation>
    </message>
    <message>
        <source>%1: unknown variable “${%2}”</source>
        <translation>%1: unbekannte Variable „${%2}“</translation>
    </message>
    <message>
        <source>%1 has no “%2”</source>
        <translation>%1 hat kein „%2“</translation>
    </message>
    <message>
        <source>%1: “%2” must be a single value</source>
        <translation>%1: „%2“ muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list of arguments, such as [docker, compose, pull]</source>
        <translation>%1: „%2“ muss eine Liste von Argumenten sein, etwa [docker, compose, pull]</translation>
    </message>
    <message>
        <source>%1: each item of “%2” must be a single value</source>
        <translation>%1: Jeder Eintrag von „%2“ muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>%1: “%2” is empty</source>
        <translation>%1: „%2“ ist leer</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list</source>
        <translation>%1: „%2“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false</source>
        <translation>%1: „%2“ muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: “%2” must be a number from %3 to %4</source>
        <translation>%1: „%2“ muss eine Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>%1: “%2” must be a duration such as 90s, 5m or 1h30m</source>
        <translation>%1: „%2“ muss eine Dauer wie 90s, 5m oder 1h30m sein</translation>
    </message>
    <message>
        <source>%1: “%2” must be a size such as 512M or 10G</source>
        <translation>%1: „%2“ muss eine Größe wie 512M oder 10G sein</translation>
    </message>
    <message>
        <source>%1: “%2” must be one of: %3</source>
        <translation>%1: „%2“ muss eines der folgenden sein: %3</translation>
    </message>
    <message>
        <source>%1: unknown key “%2”</source>
        <translation>%1: unbekannter Schlüssel „%2“</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird verifiziert</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Blocked by its gate</source>
        <translation>Durch seine Schranke blockiert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Übergangen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>“%1” needs “%2” (%3), which is %4.</source>
        <translation>„%1“ benötigt „%2“ (%3), das %4 ist.</translation>
    </message>
    <message>
        <source>Its verification failed.</source>
        <translation>Die Verifizierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>pre-deployment migrations (%1)</source>
        <translation>Migrationen vor der Bereitstellung (%1)</translation>
    </message>
    <message>
        <source>post-deployment migrations (%1)</source>
        <translation>Migrationen nach der Bereitstellung (%1)</translation>
    </message>
    <message>
        <source>none named in the release notes</source>
        <translation>keine in den Versionshinweisen genannt</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 abgebrochen</translation>
    </message>
    <message>
        <source>larger than 16 MiB</source>
        <translation>größer als 16 MiB</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Keine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>Could not write to the run&apos;s journal on %1: %2</source>
        <translation>In das Journal des Durchlaufs auf %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not create the run&apos;s folder %1 on %2: %3</source>
        <translation>Der Ordner %1 des Durchlaufs konnte auf %2 nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>Could not write a temporary file: %1</source>
        <translation>Eine temporäre Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not start the run&apos;s journal on %1: %2</source>
        <translation>Das Journal des Durchlaufs konnte auf %1 nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation>„%1“ ist keine Durchlauf-ID (wie 20261122-001000-mastodon-upgrade).</translation>
    </message>
    <message>
        <source>No run %1 on %2: %3</source>
        <translation>Kein Durchlauf %1 auf %2: %3</translation>
    </message>
    <message>
        <source>The run&apos;s runbook on %1 cannot be read: %2</source>
        <translation>Das Runbook des Durchlaufs auf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the run&apos;s journal on %1: %2</source>
        <translation>Das Journal des Durchlaufs auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Steward stopped working on it before it ended (a lost connection)</source>
        <translation>Steward hat die Arbeit daran vor dem Ende eingestellt (eine unterbrochene Verbindung)</translation>
    </message>
    <message>
        <source>Approve what ansible-playbook --check --diff showed.</source>
        <translation>Freigeben, was ansible-playbook --check --diff gezeigt hat.</translation>
    </message>
    <message>
        <source>“%1” was interrupted: %2</source>
        <translation>„%1“ wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>the Steward that worked on it stopped before it ended (a restart or a lost connection)</source>
        <translation>das Steward, das daran arbeitete, wurde vor dem Ende beendet (ein Neustart oder eine unterbrochene Verbindung)</translation>
    </message>
    <message>
        <source>the runner on the server ended without recording how the step ended (was the server restarted?)</source>
        <translation>der Runner auf dem Server wurde beendet, ohne festzuhalten, wie der Schritt endete (wurde der Server neu gestartet?)</translation>
    </message>
    <message>
        <source>“%1” did not start: %2</source>
        <translation>„%1“ ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Unknown step type %1.</source>
        <translation>Unbekannter Schritttyp %1.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: %2</source>
        <translation>%1 ist keine docker-compose-Datei: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed file: %1 (%n byte(s), SHA-256 %2)</source>
        <translation>
            <numerusform>Geprüfte Datei: %1 (%n Byte, SHA-256 %2)</numerusform>
            <numerusform>Geprüfte Datei: %1 (%n Bytes, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload to %1 failed: %2</source>
        <translation>Das Hochladen nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Uploaded to %1 atomically.</source>
        <translation>Atomar nach %1 hochgeladen.</translation>
    </message>
    <message>
        <source>Already posted by attempt %1: %2</source>
        <translation>Bereits durch Versuch %1 veröffentlicht: %2</translation>
    </message>
    <message>
        <source>No keychain to read the admin token from.</source>
        <translation>Kein Schlüsselbund, aus dem das Admin-Token gelesen werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Announcement (%n character(s)):</source>
        <translation>
            <numerusform>Ankündigung (%n Zeichen):</numerusform>
            <numerusform>Ankündigung (%n Zeichen):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 characters allowed.</source>
        <translation>%1 von %2 erlaubten Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>Still not healthy after %n second(s): %1</source>
        <translation>
            <numerusform>Nach %n Sekunde immer noch nicht gesund: %1</numerusform>
            <numerusform>Nach %n Sekunden immer noch nicht gesund: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook --check failed; nothing was applied.</source>
        <translation>ansible-playbook --check ist fehlgeschlagen; nichts wurde angewendet.</translation>
    </message>
    <message>
        <source>ansible-playbook failed.</source>
        <translation>ansible-playbook ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s).</source>
        <translation>
            <numerusform>Angewendet: %n Änderung.</numerusform>
            <numerusform>Angewendet: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook could not start: %1</source>
        <translation>ansible-playbook konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Nothing waits for approval in “%1”.</source>
        <translation>In „%1“ wartet nichts auf Freigabe.</translation>
    </message>
    <message>
        <source>“%1” is %2; only a failed, blocked or interrupted step is retried.</source>
        <translation>„%1“ ist %2; nur ein fehlgeschlagener, blockierter oder unterbrochener Schritt wird wiederholt.</translation>
    </message>
    <message>
        <source>Skipping a step needs a reason.</source>
        <translation>Das Überspringen eines Schritts braucht eine Begründung.</translation>
    </message>
    <message>
        <source>“%1” is %2 and cannot be skipped.</source>
        <translation>„%1“ ist %2 und kann nicht übersprungen werden.</translation>
    </message>
    <message>
        <source>Overriding needs a reason.</source>
        <translation>Das Übergehen braucht eine Begründung.</translation>
    </message>
    <message>
        <source>“%1” is not blocked: there is nothing to override.</source>
        <translation>„%1“ ist nicht blockiert: Es gibt nichts zu übergehen.</translation>
    </message>
    <message>
        <source>Running a step again needs a reason.</source>
        <translation>Das erneute Ausführen eines Schritts braucht eine Begründung.</translation>
    </message>
    <message>
        <source>“%1” has not completed; retry it instead.</source>
        <translation>„%1“ ist nicht abgeschlossen; wiederholen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Resuming from a chosen step needs a reason.</source>
        <translation>Das Fortsetzen ab einem gewählten Schritt braucht eine Begründung.</translation>
    </message>
    <message>
        <source>A step is running; wait until it has finished.</source>
        <translation>Ein Schritt läuft; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>resumed from “%1”: %2</source>
        <translation>fortgesetzt ab „%1“: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>In tmux on the server (%1):</source>
        <translation>In tmux auf dem Server (%1):</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>Gesendet als:</translation>
    </message>
    <message>
        <source>Check: %1 (evidence: %2)</source>
        <translation>Prüfung: %1 (Nachweis: %2)</translation>
    </message>
    <message>
        <source>Then verified: %1 (evidence: %2)</source>
        <translation>Danach verifiziert: %1 (Nachweis: %2)</translation>
    </message>
    <message>
        <source>The run %1 could not be kept in the history: %2</source>
        <translation>Der Durchlauf %1 konnte nicht im Verlauf gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>Der Verlauf der Durchläufe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an empty duration</source>
        <translation>eine leere Dauer</translation>
    </message>
    <message>
        <source>“%1” is not a duration such as 90s, 5m or 1h30m</source>
        <translation>„%1“ ist keine Dauer wie 90s, 5m oder 1h30m</translation>
    </message>
    <message>
        <source>“%1” is not a size such as 512M or 10G</source>
        <translation>„%1“ ist keine Größe wie 512M oder 10G</translation>
    </message>
    <message>
        <source>the runbook has no parameter “%1” (it has: %2)</source>
        <translation>das Runbook hat keinen Parameter „%1“ (es hat: %2)</translation>
    </message>
    <message>
        <source>the parameter “%1” (%2) is required</source>
        <translation>der Parameter „%1“ (%2) ist erforderlich</translation>
    </message>
    <message>
        <source>“%1” is not a version (%2)</source>
        <translation>„%1“ ist keine Version (%2)</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>“%1” is not a date and time such as 2026-11-22T00:10:00Z (%2)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit wie 2026-11-22T00:10:00Z (%2)</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2</source>
        <translation>„%1“ muss eines der folgenden sein: %2</translation>
    </message>
    <message>
        <source>%1: no readable file “%2” on this computer</source>
        <translation>%1: keine lesbare Datei „%2“ auf diesem Computer</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>ein Parameter</translation>
    </message>
    <message>
        <source>parameter name “%1”: use lower-case letters, digits and _</source>
        <translation>Parametername „%1“: Verwenden Sie Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>the parameter “%1” is defined twice</source>
        <translation>der Parameter „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <source>parameter “%1”</source>
        <translation>Parameter „%1“</translation>
    </message>
    <message>
        <source>parameter “%1”: a choice needs “choices”</source>
        <translation>Parameter „%1“: Eine Auswahl braucht „choices“</translation>
    </message>
    <message>
        <source>parameter “%1”: a secret has no default</source>
        <translation>Parameter „%1“: Ein Geheimnis hat keinen Standardwert</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>ein Schritt</translation>
    </message>
    <message>
        <source>step id “%1”: use lower-case letters, digits and -</source>
        <translation>Schritt-ID „%1“: Verwenden Sie Kleinbuchstaben, Ziffern und -</translation>
    </message>
    <message>
        <source>the step id “%1” is used twice</source>
        <translation>die Schritt-ID „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>step “%1”</source>
        <translation>Schritt „%1“</translation>
    </message>
    <message>
        <source>step “%1” needs “%2”, which is not a step before it</source>
        <translation>Schritt „%1“ benötigt „%2“, das kein Schritt davor ist</translation>
    </message>
    <message>
        <source>step “%1”: “verify” must be a list of checks</source>
        <translation>Schritt „%1“: „verify“ muss eine Liste von Prüfungen sein</translation>
    </message>
    <message>
        <source>step “%1”, verify %2</source>
        <translation>Schritt „%1“, verify %2</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; it is not a runbook</source>
        <translation>die Datei ist größer als 1 MiB; sie ist kein Runbook</translation>
    </message>
    <message>
        <source>the runbook is empty</source>
        <translation>das Runbook ist leer</translation>
    </message>
    <message>
        <source>the runbook</source>
        <translation>das Runbook</translation>
    </message>
    <message>
        <source>not a runbook: the first key must be “runbook: %1” (the format&apos;s version)</source>
        <translation>kein Runbook: Der erste Schlüssel muss „runbook: %1“ sein (die Version des Formats)</translation>
    </message>
    <message>
        <source>runbook format %1 is not known to this Steward (it reads format %2)</source>
        <translation>das Runbook-Format %1 ist diesem Steward nicht bekannt (es liest Format %2)</translation>
    </message>
    <message>
        <source>runbook id “%1”: use lower-case letters, digits and -</source>
        <translation>Runbook-ID „%1“: Verwenden Sie Kleinbuchstaben, Ziffern und -</translation>
    </message>
    <message>
        <source>“parameters” must be a list</source>
        <translation>„parameters“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>the runbook needs “steps”, a list of steps</source>
        <translation>das Runbook braucht „steps“, eine Liste von Schritten</translation>
    </message>
    <message>
        <source>no runbook “%1” (known: %2)</source>
        <translation>kein Runbook „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>A volunteer approves: %1</source>
        <translation>Eine freiwillige Person gibt frei: %1</translation>
    </message>
    <message>
        <source>git (libgit2): commit %1 as %2 on branch %3 of %4</source>
        <translation>git (libgit2): %1 als %2 auf Branch %3 von %4 committen</translation>
    </message>
    <message>
        <source>git (libgit2): push branch %1 to origin</source>
        <translation>git (libgit2): Branch %1 nach origin pushen</translation>
    </message>
    <message>
        <source>SFTP upload %1 → %2 (a temporary file beside it, renamed over it; the replaced file&apos;s mode kept)</source>
        <translation>SFTP-Upload %1 → %2 (eine temporäre Datei daneben, darüber umbenannt; die Rechte der ersetzten Datei bleiben erhalten)</translation>
    </message>
    <message>
        <source>the reviewed docker-compose.yml: %1</source>
        <translation>die geprüfte docker-compose.yml: %1</translation>
    </message>
    <message>
        <source>Every %1 s for up to %2 s, until all pass:</source>
        <translation>Alle %1 s für bis zu %2 s, bis alle bestehen:</translation>
    </message>
    <message>
        <source>  Authorization: Bearer (the admin token of %1, from the keychain)</source>
        <translation>  Authorization: Bearer (das Admin-Token von %1, aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <source>the Mastodon admin token of %1 in the keychain</source>
        <translation>das Mastodon-Admin-Token von %1 im Schlüsselbund</translation>
    </message>
    <message>
        <source>   (shown first, approved)</source>
        <translation>   (zuerst gezeigt, freigegeben)</translation>
    </message>
    <message>
        <source>ansible-playbook on this computer (Debian&apos;s ansible-core)</source>
        <translation>ansible-playbook auf diesem Computer (ansible-core von Debian)</translation>
    </message>
    <message>
        <source>%1 needs “checks”, a list such as [{check: backup-fresh}]</source>
        <translation>%1 braucht „checks“, eine Liste wie [{check: backup-fresh}]</translation>
    </message>
    <message>
        <source>%1, check %2</source>
        <translation>%1, Prüfung %2</translation>
    </message>
    <message>
        <source>%1, commit</source>
        <translation>%1, Commit</translation>
    </message>
    <message>
        <source>%1 needs “phase”: pre or post</source>
        <translation>%1 braucht „phase“: pre oder post</translation>
    </message>
    <message>
        <source>%1 needs “mode”: on or off</source>
        <translation>%1 braucht „mode“: on oder off</translation>
    </message>
    <message>
        <source>%1: unknown type “%2” (known: %3)</source>
        <translation>%1: unbekannter Typ „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run: `%1` (runbook `%2`)</source>
        <translation>Durchlauf: `%1` (Runbook `%2`)</translation>
    </message>
    <message>
        <source>Started: %1 by %2</source>
        <translation>Gestartet: %1 von %2</translation>
    </message>
    <message>
        <source>done at %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>stopped at %1 by %2: %3</source>
        <translation>angehalten am %1 von %2: %3</translation>
    </message>
    <message>
        <source>in progress (%1)</source>
        <translation>in Arbeit (%1)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>(secret, not recorded)</source>
        <translation>(geheim, nicht aufgezeichnet)</translation>
    </message>
    <message>
        <source>On the server: `%1`</source>
        <translation>Auf dem Server: `%1`</translation>
    </message>
    <message>
        <source>Attempt %1 started %2 by %3</source>
        <translation>Versuch %1 gestartet am %2 von %3</translation>
    </message>
    <message>
        <source>Attempt %1 finished %2 with exit status %3</source>
        <translation>Versuch %1 beendet am %2 mit Exit-Status %3</translation>
    </message>
    <message>
        <source>Gate, %1: %2</source>
        <translation>Schranke, %1: %2</translation>
    </message>
    <message>
        <source>Verification, %1: %2</source>
        <translation>Verifizierung, %1: %2</translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation>Freigegeben am %1 von %2</translation>
    </message>
    <message>
        <source>Overridden %1 by %2: %3</source>
        <translation>Übergangen am %1 von %2: %3</translation>
    </message>
    <message>
        <source>Skipped %1 by %2: %3</source>
        <translation>Übersprungen am %1 von %2: %3</translation>
    </message>
    <message>
        <source>Attempt %1 interrupted (%2): %3</source>
        <translation>Versuch %1 unterbrochen (%2): %3</translation>
    </message>
    <message>
        <source>Run again %1 by %2: %3</source>
        <translation>Erneut ausgeführt am %1 von %2: %3</translation>
    </message>
    <message>
        <source>Uploaded %1 (SHA-256 %2, %3 bytes)</source>
        <translation>%1 hochgeladen (SHA-256 %2, %3 Bytes)</translation>
    </message>
    <message>
        <source>Committed %1 on %2 (%3)%4</source>
        <translation>%1 auf %2 committet (%3)%4</translation>
    </message>
    <message>
        <source>, pushed</source>
        <translation>, gepusht</translation>
    </message>
    <message>
        <source>Announcement %1: %2</source>
        <translation>Ankündigung %1: %2</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>the file is not text (it contains a NUL byte)</source>
        <translation>die Datei ist kein Text (sie enthält ein NUL-Byte)</translation>
    </message>
    <message>
        <source>the document is too large or too deep for a runbook</source>
        <translation>das Dokument ist zu groß oder zu tief verschachtelt für ein Runbook</translation>
    </message>
    <message>
        <source>The history database: %1 (%2)</source>
        <translation>Die Verlaufsdatenbank: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The history database %1 has no readable schema version.</source>
        <translation>Die Verlaufsdatenbank %1 hat keine lesbare Schemaversion.</translation>
    </message>
    <message>
        <source>The history database %1 is version %2, made by a newer Steward; this one reads up to version %3.</source>
        <translation>Die Verlaufsdatenbank %1 hat Version %2, erstellt von einem neueren Steward; dieses liest bis Version %3.</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>eine Migration kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>migration to version %1 failed</source>
        <translation>Migration auf Version %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>There is no connection to %1.</source>
        <translation>Es gibt keine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The server&apos;s clock could not be read.</source>
        <translation>Die Uhr des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>systemctl could not start %1: %2</source>
        <translation>systemctl konnte %1 nicht starten: %2</translation>
    </message>
    <message>
        <source>%1 failed; its journal says nothing more.</source>
        <translation>%1 ist fehlgeschlagen; sein Journal sagt nichts weiter.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has no {timestamp}.</source>
        <translation>Das Namensmuster „%1“ hat kein {timestamp}.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unclosed “{”.</source>
        <translation>Das Namensmuster „%1“ hat eine nicht geschlossene „{“.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unknown field {%2} (known: {database}, {server}, {timestamp}).</source>
        <translation>Das Namensmuster „%1“ hat ein unbekanntes Feld {%2} (bekannt: {database}, {server}, {timestamp}).</translation>
    </message>
    <message>
        <source>The naming pattern “%1” cannot be used.</source>
        <translation>Das Namensmuster „%1“ kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 holds no backups.</source>
        <translation>%1 enthält keine Sicherungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n object(s), none named as this server&apos;s backups (check the naming pattern).</source>
        <translation>
            <numerusform>%1 enthält %n Objekt, aber keines ist wie die Sicherungen dieses Servers benannt (prüfen Sie das Namensmuster).</numerusform>
            <numerusform>%1 enthält %n Objekte, aber keines ist wie die Sicherungen dieses Servers benannt (prüfen Sie das Namensmuster).</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup is %1 old (more than %2 h) and suspiciously small: %3, %4 % of the median of the ones before it.</source>
        <translation>Die neueste Sicherung ist %1 alt (mehr als %2 h) und verdächtig klein: %3, %4 % des Medians der vorherigen.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old, more than %2 h: the backups have stopped.</source>
        <translation>Die neueste Sicherung ist %1 alt, mehr als %2 h: Die Sicherungen haben aufgehört.</translation>
    </message>
    <message>
        <source>The newest backup (%1 old) is suspiciously small: %2, %3 % of the median of the ones before it. A truncated dump looks like this.</source>
        <translation>Die neueste Sicherung (%1 alt) ist verdächtig klein: %2, %3 % des Medians der vorherigen. So sieht ein abgeschnittener Dump aus.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old (%2).</source>
        <translation>Die neueste Sicherung ist %1 alt (%2).</translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or keep the pair in the keychain (Credentials, S3 access key pair).</source>
        <translation>Es gibt kein S3-Schlüsselpaar für %1: Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder speichern Sie das Paar im Schlüsselbund (Zugangsdaten, S3-Zugriffsschlüsselpaar).</translation>
    </message>
    <message>
        <source>The S3 key pair kept for %1 is not “ACCESS_KEY_ID:SECRET_ACCESS_KEY”: replace it in Credentials.</source>
        <translation>Das für %1 gespeicherte S3-Schlüsselpaar hat nicht die Form „ACCESS_KEY_ID:SECRET_ACCESS_KEY“: Ersetzen Sie es unter Zugangsdaten.</translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: keep one in Credentials (S3 access key pair, “ACCESS_KEY_ID:SECRET”), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Es gibt kein S3-Schlüsselpaar für %1: Speichern Sie eines unter Zugangsdaten (S3-Zugriffsschlüsselpaar, „ACCESS_KEY_ID:SECRET“) oder setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The keychain did not give the S3 key pair of %1: %2</source>
        <translation>Der Schlüsselbund hat das S3-Schlüsselpaar von %1 nicht herausgegeben: %2</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory (a “backup:” map with its bucket).</source>
        <translation>%1 hat keine Sicherungseinstellungen im Inventar (eine „backup:“-Zuordnung mit ihrem Bucket).</translation>
    </message>
    <message>
        <source>Drill of %1&apos;s backups on %2.</source>
        <translation>Übung mit den Sicherungen von %1 auf %2.</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory.</source>
        <translation>%1 hat keine Sicherungseinstellungen im Inventar.</translation>
    </message>
    <message>
        <source>The drill host %1 is a primary server: drills run on a secondary or staging host, never beside production&apos;s database.</source>
        <translation>Der Übungs-Host %1 ist ein primärer Server: Übungen laufen auf einem sekundären oder Staging-Host, nie neben der Produktionsdatenbank.</translation>
    </message>
    <message>
        <source>The scratch database would be production&apos;s.</source>
        <translation>Die temporäre Datenbank wäre die der Produktion.</translation>
    </message>
    <message>
        <source>The catalogue is gone.</source>
        <translation>Der Katalog ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 holds no backups: there is nothing to restore.</source>
        <translation>%1 enthält keine Sicherungen: Es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 holds no object named as %2&apos;s backups (pattern “%3”): there is nothing to restore.</source>
        <translation>%1 enthält kein Objekt, das wie die Sicherungen von %2 benannt ist (Muster „%3“): Es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>There is no object “%1” in %2.</source>
        <translation>In %2 gibt es kein Objekt „%1“.</translation>
    </message>
    <message>
        <source>Backup: %1 (%2, %3).</source>
        <translation>Sicherung: %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The object %1 is empty: it is not a dump.</source>
        <translation>Das Objekt %1 ist leer: Es ist kein Dump.</translation>
    </message>
    <message>
        <source>Connecting to %1 (drill host) and %2 (production, read only).</source>
        <translation>Verbindung zu %1 (Übungs-Host) und %2 (Produktion, nur lesend) wird aufgebaut.</translation>
    </message>
    <message>
        <source>Cannot reach the drill host %1: %2</source>
        <translation>Der Übungs-Host %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1 to read production&apos;s counts: %2</source>
        <translation>%1 ist nicht erreichbar, um die Zahlen der Produktion zu lesen: %2</translation>
    </message>
    <message>
        <source>The drill host %1 cannot use %2: %3</source>
        <translation>Der Übungs-Host %1 kann %2 nicht verwenden: %3</translation>
    </message>
    <message>
        <source>The drill host %1 lacks %2 (install postgresql-client and curl there).</source>
        <translation>Dem Übungs-Host %1 fehlt %2 (installieren Sie dort postgresql-client und curl).</translation>
    </message>
    <message>
        <source>The drill host %1 has %2 free in %3; the dump needs about %4 once decompressed. Free some space or set another work_dir.</source>
        <translation>Der Übungs-Host %1 hat %2 frei in %3; der Dump braucht entpackt etwa %4. Geben Sie Platz frei oder setzen Sie ein anderes work_dir.</translation>
    </message>
    <message numerus="yes">
        <source>Drill host %1: %2 free in %3, %n core(s), tools: %4.</source>
        <translation>
            <numerusform>Übungs-Host %1: %2 frei in %3, %n Kern, Werkzeuge: %4.</numerusform>
            <numerusform>Übungs-Host %1: %2 frei in %3, %n Kerne, Werkzeuge: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown space</source>
        <translation>Platz unbekannt</translation>
    </message>
    <message>
        <source>PostgreSQL on the drill host %1 refused: %2</source>
        <translation>PostgreSQL auf dem Übungs-Host %1 hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>Downloading on %1 and decompressing as it arrives (%2) into %3.</source>
        <translation>Download auf %1 und Entpacken beim Eintreffen (%2) nach %3.</translation>
    </message>
    <message>
        <source>Cannot make %1 on %2: %3</source>
        <translation>%1 kann auf %2 nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>The drill host %1 could not download the backup from S3: %2</source>
        <translation>Der Übungs-Host %1 konnte die Sicherung nicht von S3 herunterladen: %2</translation>
    </message>
    <message>
        <source>%1 is not a gzip file, though its name says so: it is not a dump (%2).</source>
        <translation>%1 ist keine gzip-Datei, obwohl der Name das sagt: Es ist kein Dump (%2).</translation>
    </message>
    <message>
        <source>%1 is truncated: the compressed data ends early (%2). The backup that made it did not finish its upload.</source>
        <translation>%1 ist abgeschnitten: Die komprimierten Daten enden zu früh (%2). Die Sicherung, die sie erzeugt hat, hat ihren Upload nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The drill host %1 ran out of disk space in %2 while decompressing (%3).</source>
        <translation>Dem Übungs-Host %1 ist beim Entpacken in %2 der Speicherplatz ausgegangen (%3).</translation>
    </message>
    <message>
        <source>%1 is corrupt: decompressing it failed (%2).</source>
        <translation>%1 ist beschädigt: Das Entpacken ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Downloaded and decompressed in %1 s.</source>
        <translation>In %1 s heruntergeladen und entpackt.</translation>
    </message>
    <message>
        <source>A plain SQL dump: restored with psql, in one session (a plain dump cannot be restored in parallel).</source>
        <translation>Ein reiner SQL-Dump: mit psql in einer Sitzung wiederhergestellt (ein reiner Dump kann nicht parallel wiederhergestellt werden).</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL dump: %2</source>
        <translation>%1 ist kein PostgreSQL-Dump: %2</translation>
    </message>
    <message>
        <source>%1 is a dump of the database “%2”, not of %3&apos;s “%4”.</source>
        <translation>%1 ist ein Dump der Datenbank „%2“, nicht von „%4“ auf %3.</translation>
    </message>
    <message>
        <source>A tar-format dump: pg_restore cannot restore it in parallel.</source>
        <translation>Ein Dump im tar-Format: pg_restore kann ihn nicht parallel wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1 on %2: %3</source>
        <translation>Die temporäre Datenbank %1 kann auf %2 nicht angelegt werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>Scratch database %1 created; restoring with %n job(s).</source>
        <translation>
            <numerusform>Temporäre Datenbank %1 angelegt; Wiederherstellung mit %n Job.</numerusform>
            <numerusform>Temporäre Datenbank %1 angelegt; Wiederherstellung mit %n Jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored in %1 s, no error.</source>
        <translation>In %1 s wiederhergestellt, kein Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>Restored in %1 s with %n error(s).</source>
        <translation>
            <numerusform>In %1 s wiederhergestellt mit %n Fehler.</numerusform>
            <numerusform>In %1 s wiederhergestellt mit %n Fehlern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s counts could not be read on %1: %2</source>
        <translation>Die Zahlen der Produktion konnten auf %1 nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 restores: %2 tables match production (%3 counted exactly, %4 estimated), all %5 migrations of the running version are there, pg_restore reported no error. Restore time %6 s (download %7 s, restore %8 s, verify %9 s).</source>
        <translation>%1 lässt sich wiederherstellen: %2 Tabellen stimmen mit der Produktion überein (%3 exakt gezählt, %4 geschätzt), alle %5 Migrationen der laufenden Version sind vorhanden, pg_restore hat keinen Fehler gemeldet. Wiederherstellungszeit %6 s (Download %7 s, Wiederherstellung %8 s, Prüfung %9 s).</translation>
    </message>
    <message>
        <source>Cancelled during %1: stopping, then cleaning up.</source>
        <translation>Abgebrochen während %1: Anhalten, dann Aufräumen.</translation>
    </message>
    <message>
        <source>Removed %1 on %2.</source>
        <translation>%1 auf %2 entfernt.</translation>
    </message>
    <message>
        <source>the directory %1 on %2 (remove it there with: %3)</source>
        <translation>das Verzeichnis %1 auf %2 (entfernen Sie es dort mit: %3)</translation>
    </message>
    <message>
        <source>Kept the scratch database %1 on %2, as asked (remove it later with: %3).</source>
        <translation>Die temporäre Datenbank %1 auf %2 wurde wie gewünscht behalten (entfernen Sie sie später mit: %3).</translation>
    </message>
    <message>
        <source>Dropped the scratch database %1.</source>
        <translation>Die temporäre Datenbank %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>the database %1 on %2 (remove it there with: %3)</source>
        <translation>die Datenbank %1 auf %2 (entfernen Sie sie dort mit: %3)</translation>
    </message>
    <message>
        <source>The drill was cancelled.</source>
        <translation>Die Übung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>Zurückgelassen: %1.</translation>
    </message>
    <message>
        <source>Nothing was left behind on %1.</source>
        <translation>Auf %1 wurde nichts zurückgelassen.</translation>
    </message>
    <message>
        <source>The drill could not be recorded: %1</source>
        <translation>Die Übung konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>The drill history could not be read: %1</source>
        <translation>Der Verlauf der Übungen konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No drill has passed yet: nobody knows whether the backups restore.</source>
        <translation>Noch keine Übung bestanden: Niemand weiß, ob sich die Sicherungen wiederherstellen lassen.</translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago, more than %2 days: time for another.</source>
        <translation>Die letzte bestandene Übung war vor %1, vor mehr als %2 Tagen: Zeit für eine neue.</translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago (restore time %2 s).</source>
        <translation>Die letzte bestandene Übung war vor %1 (Wiederherstellungszeit %2 s).</translation>
    </message>
    <message>
        <source>not in the restored database</source>
        <translation>nicht in der wiederhergestellten Datenbank</translation>
    </message>
    <message>
        <source>empty after the restore</source>
        <translation>leer nach der Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 % away from production&apos;s count (%2 allowed)</source>
        <translation>%1 % von der Zahl der Produktion entfernt (%2 erlaubt)</translation>
    </message>
    <message>
        <source>not in production (dropped since the backup?)</source>
        <translation>nicht in der Produktion (seit der Sicherung gelöscht?)</translation>
    </message>
    <message>
        <source>Production&apos;s tables could not be counted.</source>
        <translation>Die Tabellen der Produktion konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The restored database has no tables.</source>
        <translation>Die wiederhergestellte Datenbank hat keine Tabellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) do not match production&apos;s counts.</source>
        <translation>
            <numerusform>%n Tabelle stimmt nicht mit den Zahlen der Produktion überein.</numerusform>
            <numerusform>%n Tabellen stimmen nicht mit den Zahlen der Produktion überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s schema_migrations could not be read.</source>
        <translation>schema_migrations der Produktion konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The restored database has no schema_migrations: it is not Mastodon&apos;s database.</source>
        <translation>Die wiederhergestellte Datenbank hat keine schema_migrations: Sie ist nicht die Datenbank von Mastodon.</translation>
    </message>
    <message numerus="yes">
        <source>The restore lacks %n migration(s) that production has run (newest %1): it would not run the running version.</source>
        <translation>
            <numerusform>Der Wiederherstellung fehlt %n Migration, die die Produktion ausgeführt hat (neueste %1): Die laufende Version würde damit nicht laufen.</numerusform>
            <numerusform>Der Wiederherstellung fehlen %n Migrationen, die die Produktion ausgeführt hat (neueste %1): Die laufende Version würde damit nicht laufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore reported %n error(s).</source>
        <translation>
            <numerusform>pg_restore hat %n Fehler gemeldet.</numerusform>
            <numerusform>pg_restore hat %n Fehler gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The S3 endpoint %1 refused the connection: is it up, and is the endpoint in the inventory right?</source>
        <translation>Der S3-Endpunkt %1 hat die Verbindung abgelehnt: Läuft er, und ist der Endpunkt im Inventar richtig?</translation>
    </message>
    <message>
        <source>The S3 endpoint&apos;s host %1 was not found (DNS).</source>
        <translation>Der Host %1 des S3-Endpunkts wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>The S3 endpoint %1 did not answer in time.</source>
        <translation>Der S3-Endpunkt %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The TLS handshake with the S3 endpoint %1 failed: %2</source>
        <translation>Der TLS-Handshake mit dem S3-Endpunkt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot reach the S3 endpoint %1: %2</source>
        <translation>Der S3-Endpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 does not know this S3 access key (InvalidAccessKeyId): check the key pair kept for this server in Credentials, or AWS_ACCESS_KEY_ID.</source>
        <translation>%1 kennt diesen S3-Zugriffsschlüssel nicht (InvalidAccessKeyId): Prüfen Sie das für diesen Server unter Zugangsdaten gespeicherte Schlüsselpaar oder AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>The S3 secret key does not match the access key (SignatureDoesNotMatch at %1): check the key pair kept for this server in Credentials, or AWS_SECRET_ACCESS_KEY.</source>
        <translation>Der geheime S3-Schlüssel passt nicht zum Zugriffsschlüssel (SignatureDoesNotMatch bei %1): Prüfen Sie das für diesen Server unter Zugangsdaten gespeicherte Schlüsselpaar oder AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes away from the S3 server&apos;s (%2): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation>Die Uhr dieses Computers weicht um %1 Minuten von der des S3-Servers ab (%2): S3 lehnt Signaturen ab, die mehr als 15 Minuten abweichen. Stellen Sie die Uhr richtig (NTP) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the S3 server&apos;s (%1): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation>Die Uhr dieses Computers weicht zu stark von der des S3-Servers ab (%1): S3 lehnt Signaturen ab, die mehr als 15 Minuten abweichen. Stellen Sie die Uhr richtig (NTP) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no bucket “%1” at %2: check the bucket in the inventory.</source>
        <translation>Unter %2 gibt es keinen Bucket „%1“: Prüfen Sie den Bucket im Inventar.</translation>
    </message>
    <message>
        <source>The object is not in %1 (any more).</source>
        <translation>Das Objekt ist nicht (mehr) in %1.</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (%3): the key pair is known, but may not read this bucket.</source>
        <translation>%1 hat den Zugriff auf %2 verweigert (%3): Das Schlüsselpaar ist bekannt, darf diesen Bucket aber nicht lesen.</translation>
    </message>
    <message>
        <source>S3 at %1 answered %2 (HTTP %3): %4</source>
        <translation>S3 unter %1 hat %2 geantwortet (HTTP %3): %4</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, which is not an S3 answer: is the endpoint right?</source>
        <translation>%1 hat HTTP %2 geantwortet, was keine S3-Antwort ist: Ist der Endpunkt richtig?</translation>
    </message>
    <message>
        <source>The S3 listing could not be read (%1).</source>
        <translation>Die S3-Auflistung konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The S3 listing says there is more but gives no continuation token.</source>
        <translation>Die S3-Auflistung sagt, es gebe mehr, liefert aber kein Fortsetzungstoken.</translation>
    </message>
    <message>
        <source>A journal line is not a JSON object.</source>
        <translation>Eine Journalzeile ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A journal line is not valid JSON.</source>
        <translation>Eine Journalzeile ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>A journal line is cut short.</source>
        <translation>Eine Journalzeile ist abgeschnitten.</translation>
    </message>
    <message>
        <source>A journal line has a bad escape.</source>
        <translation>Eine Journalzeile enthält eine fehlerhafte Escape-Sequenz.</translation>
    </message>
    <message>
        <source>A journal line has a bad byte array.</source>
        <translation>Eine Journalzeile enthält ein fehlerhaftes Byte-Array.</translation>
    </message>
    <message>
        <source>The journal&apos;s export stream is malformed.</source>
        <translation>Der Exportstrom des Journals ist fehlerhaft.</translation>
    </message>
    <message>
        <source>No way to reach %1.</source>
        <translation>Kein Weg, %1 zu erreichen.</translation>
    </message>
    <message numerus="yes">
        <source>%1; trying again in %n s</source>
        <translation>
            <numerusform>%1; neuer Versuch in %n s</numerusform>
            <numerusform>%1; neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>Der Befehl ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>mit Status %1 beendet</translation>
    </message>
    <message>
        <source>no container of %1 is running</source>
        <translation>kein Container von %1 läuft</translation>
    </message>
    <message>
        <source>Not a time: &quot;%1&quot; (for example 2024-11-22 00:10, 00:10, yesterday, -10min, 2h ago).</source>
        <translation>Keine Zeitangabe: „%1“ (zum Beispiel 2024-11-22 00:10, 00:10, yesterday, -10min, 2h ago).</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <source>following</source>
        <translation>wird verfolgt</translation>
    </message>
    <message>
        <source>connection lost, reconnecting</source>
        <translation>Verbindung unterbrochen, neuer Verbindungsaufbau</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>journal on %1</source>
        <translation>Journal auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (compose) on %2</source>
        <translation>%1 (Compose) auf %2</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Das Muster ist leer.</translation>
    </message>
    <message>
        <source>Bad regular expression: %1 (at character %2).</source>
        <translation>Fehlerhafter regulärer Ausdruck: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>the public key is empty</source>
        <translation>der öffentliche Schlüssel ist leer</translation>
    </message>
    <message>
        <source>a public key is one line: paste the content of the .pub file alone</source>
        <translation>ein öffentlicher Schlüssel ist eine Zeile: Fügen Sie nur den Inhalt der .pub-Datei ein</translation>
    </message>
    <message>
        <source>this is a private key: never send it; send the .pub file&apos;s content instead</source>
        <translation>das ist ein privater Schlüssel: Senden Sie ihn nie; senden Sie stattdessen den Inhalt der .pub-Datei</translation>
    </message>
    <message>
        <source>this is not an OpenSSH public key: it should start with ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, then the key</source>
        <translation>das ist kein öffentlicher OpenSSH-Schlüssel: Er sollte mit ssh-ed25519, ecdsa-sha2-nistp256 oder ssh-rsa beginnen, gefolgt vom Schlüssel</translation>
    </message>
    <message>
        <source>DSA keys (ssh-dss) are no longer accepted by OpenSSH: make an ed25519 key</source>
        <translation>DSA-Schlüssel (ssh-dss) werden von OpenSSH nicht mehr akzeptiert: Erstellen Sie einen ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>this is a certificate, not a public key</source>
        <translation>das ist ein Zertifikat, kein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>the key&apos;s data is not valid base64: was it cut or wrapped?</source>
        <translation>die Daten des Schlüssels sind kein gültiges Base64: Wurde er abgeschnitten oder umbrochen?</translation>
    </message>
    <message>
        <source>the key&apos;s data does not match its type %1</source>
        <translation>die Daten des Schlüssels passen nicht zu seinem Typ %1</translation>
    </message>
    <message>
        <source>this RSA key is shorter than 2048 bits: make an ed25519 key</source>
        <translation>dieser RSA-Schlüssel ist kürzer als 2048 Bit: Erstellen Sie einen ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>the key&apos;s data is cut short or malformed</source>
        <translation>die Daten des Schlüssels sind abgeschnitten oder fehlerhaft</translation>
    </message>
    <message>
        <source>this key (%1) is already authorized</source>
        <translation>dieser Schlüssel (%1) ist bereits berechtigt</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 changed on the server since it was read: load it again and repeat the change</source>
        <translation>%1 wurde auf dem Server geändert, seit es gelesen wurde: Laden Sie es erneut und wiederholen Sie die Änderung</translation>
    </message>
    <message>
        <source>%1 was not read yet</source>
        <translation>%1 wurde noch nicht gelesen</translation>
    </message>
    <message>
        <source>could not write a temporary file: %1</source>
        <translation>eine temporäre Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>each parameter must be a mapping of keys to values</source>
        <translation>jeder Parameter muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>a parameter&apos;s “name” is written in capitals, such as UNIT</source>
        <translation>der „name“ eines Parameters wird in Großbuchstaben geschrieben, etwa UNIT</translation>
    </message>
    <message>
        <source>each command must be a mapping of keys to values</source>
        <translation>jeder Befehl muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as compose-ps</source>
        <translation>„id“ muss aus Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ bestehen (höchstens 64), etwa compose-ps</translation>
    </message>
    <message>
        <source>“argv” is missing</source>
        <translation>„argv“ fehlt</translation>
    </message>
    <message>
        <source>“argv” must be a list of arguments, such as [docker, compose, ps]: each element reaches the program as one argument</source>
        <translation>„argv“ muss eine Liste von Argumenten sein, etwa [docker, compose, ps]: Jedes Element erreicht das Programm als ein Argument</translation>
    </message>
    <message>
        <source>each argument of “argv” must be a non-empty value</source>
        <translation>jedes Argument von „argv“ muss ein nicht leerer Wert sein</translation>
    </message>
    <message>
        <source>“where” must be compose_dir or home</source>
        <translation>„where“ muss compose_dir oder home sein</translation>
    </message>
    <message>
        <source>command “%1” must say whether it changes state (“changes_state: true” or false)</source>
        <translation>Befehl „%1“ muss angeben, ob er den Zustand ändert („changes_state: true“ oder false)</translation>
    </message>
    <message>
        <source>“sample” must be text (a block with |)</source>
        <translation>„sample“ muss Text sein (ein Block mit |)</translation>
    </message>
    <message>
        <source>command “%1” has no “sample”: paste the real output of a run on the lab</source>
        <translation>Befehl „%1“ hat kein „sample“: Fügen Sie die echte Ausgabe eines Laufs im Labor ein</translation>
    </message>
    <message>
        <source>the parameter “%1” is given twice</source>
        <translation>der Parameter „%1“ ist zweimal angegeben</translation>
    </message>
    <message>
        <source>“argv” uses {%1}, which is not among the “parameters”</source>
        <translation>„argv“ verwendet {%1}, das nicht unter den „parameters“ ist</translation>
    </message>
    <message>
        <source>the parameter “%1” is not used in “argv”</source>
        <translation>der Parameter „%1“ wird in „argv“ nicht verwendet</translation>
    </message>
    <message>
        <source>command “%1” cannot be both interactive and followed</source>
        <translation>Befehl „%1“ kann nicht zugleich interaktiv und verfolgt sein</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>ein leerer Wert</translation>
    </message>
    <message>
        <source>“%1” is not a name, unit or number (letters, digits and @ . _ : + = -, not starting with -)</source>
        <translation>„%1“ ist kein Name, keine Unit und keine Zahl (Buchstaben, Ziffern und @ . _ : + = -, nicht am Anfang -)</translation>
    </message>
    <message>
        <source>“%1” has no parameter %2</source>
        <translation>„%1“ hat keinen Parameter %2</translation>
    </message>
    <message>
        <source>the glossary must be a mapping with a “commands” list</source>
        <translation>das Glossar muss eine Zuordnung mit einer „commands“-Liste sein</translation>
    </message>
    <message>
        <source>“commands” must be a list</source>
        <translation>„commands“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>the id “%1” is used twice</source>
        <translation>die ID „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>“%1” needs a terminal: copy it and run it in one</source>
        <translation>„%1“ braucht ein Terminal: Kopieren Sie den Befehl und führen Sie ihn in einem Terminal aus</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab</source>
        <translation>„%1“ ändert den Zustand des Servers: Von hier aus läuft er nur im Labor, und %2 ist nicht das Labor</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab (its sessions do not carry the lab&apos;s mark)</source>
        <translation>„%1“ ändert den Zustand des Servers: Von hier aus läuft er nur im Labor, und %2 ist nicht das Labor (seine Sitzungen tragen nicht die Kennzeichnung des Labors)</translation>
    </message>
    <message>
        <source>ssh-keygen did not finish in time</source>
        <translation>ssh-keygen ist nicht rechtzeitig fertig geworden</translation>
    </message>
    <message>
        <source>a key is being made already</source>
        <translation>es wird bereits ein Schlüssel erstellt</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file name</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>the key&apos;s comment must be one line</source>
        <translation>der Kommentar des Schlüssels muss eine Zeile sein</translation>
    </message>
    <message>
        <source>the passphrase cannot contain a line break</source>
        <translation>die Passphrase darf keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation>ssh-keygen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ssh-keygen made no key</source>
        <translation>ssh-keygen hat keinen Schlüssel erstellt</translation>
    </message>
    <message>
        <source>could not make %1 private (mode 0600)</source>
        <translation>%1 konnte nicht privat gemacht werden (Modus 0600)</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Look at the services and timers</source>
        <translation>Dienste und Timer ansehen</translation>
    </message>
    <message>
        <source>Find the lab&apos;s containers and timers, then scale sidekiq to two containers (docker compose scale sidekiq=2).</source>
        <translation>Finden Sie die Container und Timer des Labors und skalieren Sie dann sidekiq auf zwei Container (docker compose scale sidekiq=2).</translation>
    </message>
    <message>
        <source>Put things back</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <source>Scale sidekiq back to one container, and leave every service running.</source>
        <translation>Skalieren Sie sidekiq zurück auf einen Container und lassen Sie jeden Dienst laufen.</translation>
    </message>
    <message>
        <source>Trigger a backup and follow it</source>
        <translation>Eine Sicherung auslösen und verfolgen</translation>
    </message>
    <message>
        <source>Start the backup unit, follow its journal until the upload is finished.</source>
        <translation>Starten Sie die Sicherungs-Unit und verfolgen Sie ihr Journal, bis der Upload abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Run a restore drill</source>
        <translation>Eine Wiederherstellungsübung durchführen</translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host and compare its counts with production&apos;s.</source>
        <translation>Stellen Sie die neueste Sicherung auf dem Übungs-Host wieder her und vergleichen Sie ihre Zahlen mit denen der Produktion.</translation>
    </message>
    <message>
        <source>The upgrade night, on the lab</source>
        <translation>Die Upgrade-Nacht, im Labor</translation>
    </message>
    <message>
        <source>Review the compose diff to 4.3.0, then run the upgrade runbook on the lab until web runs 4.3.0 and every migration is up.</source>
        <translation>Prüfen Sie den Compose-Vergleich zu 4.3.0 und führen Sie dann das Upgrade-Runbook im Labor aus, bis web 4.3.0 verwendet und jede Migration ausgeführt ist.</translation>
    </message>
    <message>
        <source>A bad night: the migration fails</source>
        <translation>Eine schlechte Nacht: Die Migration schlägt fehl</translation>
    </message>
    <message>
        <source>The lab&apos;s migration fails. Find the error, turn the fault off (steward-lab fault migration off) and finish the upgrade.</source>
        <translation>Die Migration des Labors schlägt fehl. Finden Sie den Fehler, schalten Sie die Störung ab (steward-lab fault migration off) und schließen Sie das Upgrade ab.</translation>
    </message>
    <message>
        <source>A bad night: the disk is full</source>
        <translation>Eine schlechte Nacht: Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The backup fails with “No space left on device”. Find it in the journal and df, free the space (fault off), and get a backup through.</source>
        <translation>Die Sicherung schlägt mit „No space left on device“ fehl. Finden Sie das im Journal und mit df, geben Sie den Platz frei (Störung abschalten) und bringen Sie eine Sicherung durch.</translation>
    </message>
    <message>
        <source>A bad night: the upload fails</source>
        <translation>Eine schlechte Nacht: Der Upload schlägt fehl</translation>
    </message>
    <message>
        <source>The backup&apos;s upload cannot reach the store. Read the error, fix it (fault off), and get a backup through.</source>
        <translation>Der Upload der Sicherung erreicht den Speicher nicht. Lesen Sie den Fehler, beheben Sie ihn (Störung abschalten) und bringen Sie eine Sicherung durch.</translation>
    </message>
    <message>
        <source>A bad night: SSH is gone</source>
        <translation>Eine schlechte Nacht: SSH ist weg</translation>
    </message>
    <message>
        <source>The lab&apos;s sshd stops answering. See how Steward shows it, bring it back (fault off) and connect again.</source>
        <translation>Der sshd des Labors antwortet nicht mehr. Sehen Sie, wie Steward das anzeigt, bringen Sie ihn zurück (Störung abschalten) und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>%1 is not a progress file: %2</source>
        <translation>%1 ist keine Fortschrittsdatei: %2</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>no passed restore drill of %1 is recorded yet</source>
        <translation>für %1 ist noch keine bestandene Wiederherstellungsübung aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <source>the last passed drill of %1 finished at %2, more than %n minute(s) ago</source>
        <translation>
            <numerusform>die letzte bestandene Übung von %1 endete um %2, vor mehr als %n Minute</numerusform>
            <numerusform>die letzte bestandene Übung von %1 endete um %2, vor mehr als %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 wurde mit Status %2 beendet</translation>
    </message>
    <message>
        <source>%1 does not show it yet</source>
        <translation>%1 zeigt es noch nicht</translation>
    </message>
    <message>
        <source>%1 still shows “%2”</source>
        <translation>%1 zeigt noch „%2“</translation>
    </message>
    <message>
        <source>docker compose ps exited with status %1</source>
        <translation>docker compose ps wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>%1 runs %2 containers; the goal is %3</source>
        <translation>%1 hat %2 Container; das Ziel ist %3</translation>
    </message>
    <message>
        <source>systemctl show exited with status %1</source>
        <translation>systemctl show wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 läuft noch</translation>
    </message>
    <message>
        <source>%1&apos;s last run failed (%2)</source>
        <translation>der letzte Lauf von %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not succeeded in the last %n minutes</source>
        <translation>
            <numerusform>%1 war in der letzten %n Minute nicht erfolgreich</numerusform>
            <numerusform>%1 war in den letzten %n Minuten nicht erfolgreich</numerusform>
        </translation>
    </message>
    <message>
        <source>each link must be a mapping with “title” and “url”</source>
        <translation>jeder Link muss eine Zuordnung mit „title“ und „url“ sein</translation>
    </message>
    <message>
        <source>“url” must be an http://, https:// or mailto: address</source>
        <translation>„url“ muss eine http://-, https://- oder mailto:-Adresse sein</translation>
    </message>
    <message>
        <source>the link has a password in it: keep passwords in the keychain and name them under “secrets”</source>
        <translation>der Link enthält ein Passwort: Bewahren Sie Passwörter im Schlüsselbund auf und nennen Sie sie unter „secrets“</translation>
    </message>
    <message>
        <source>“runs_on” must be a server name or a mapping with “server”</source>
        <translation>„runs_on“ muss ein Servername oder eine Zuordnung mit „server“ sein</translation>
    </message>
    <message>
        <source>“unit” must be a systemd unit name such as pg-dump-to-s3.service or certbot.timer</source>
        <translation>„unit“ muss ein systemd-Unit-Name wie pg-dump-to-s3.service oder certbot.timer sein</translation>
    </message>
    <message>
        <source>“compose_service” must be a service name of the compose file</source>
        <translation>„compose_service“ muss ein Dienstname aus der Compose-Datei sein</translation>
    </message>
    <message>
        <source>each service must be a mapping of keys to values</source>
        <translation>jeder Dienst muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as mastodon or s3-backups</source>
        <translation>„id“ muss aus Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ bestehen (höchstens 64), etwa mastodon oder s3-backups</translation>
    </message>
    <message>
        <source>“kind” must be service or supporting</source>
        <translation>„kind“ muss service oder supporting sein</translation>
    </message>
    <message>
        <source>“secrets” must be a list of keychain key names</source>
        <translation>„secrets“ muss eine Liste von Schlüsselnamen im Schlüsselbund sein</translation>
    </message>
    <message>
        <source>each secret must be a keychain key name</source>
        <translation>jedes Geheimnis muss ein Schlüsselname im Schlüsselbund sein</translation>
    </message>
    <message>
        <source>“links” must be a list of title and url</source>
        <translation>„links“ muss eine Liste aus title und url sein</translation>
    </message>
    <message>
        <source>service “%1” says neither where it runs (“runs_on”) nor who hosts it (“provider”)</source>
        <translation>Dienst „%1“ gibt weder an, wo er läuft („runs_on“), noch, wer ihn betreibt („provider“)</translation>
    </message>
    <message>
        <source>an empty keychain key name</source>
        <translation>ein leerer Schlüsselname</translation>
    </message>
    <message>
        <source>this is a private key, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>das ist ein privater Schlüssel, kein Schlüsselname im Schlüsselbund: Die Karte enthält nur die Namen von Geheimnissen, nie ihre Werte</translation>
    </message>
    <message>
        <source>this is a URL with a password in it, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>das ist eine URL mit einem Passwort darin, kein Schlüsselname im Schlüsselbund: Die Karte enthält nur die Namen von Geheimnissen, nie ihre Werte</translation>
    </message>
    <message>
        <source>this looks like a token, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>das sieht nach einem Token aus, nicht nach einem Schlüsselnamen im Schlüsselbund: Die Karte enthält nur die Namen von Geheimnissen, nie ihre Werte</translation>
    </message>
    <message>
        <source>this is not a keychain key name (KIND/NAME, such as s3-access-key/backups.example.org or pass/coop/registrar): the map keeps the names of secrets only, never their values</source>
        <translation>das ist kein Schlüsselname im Schlüsselbund (KIND/NAME, etwa s3-access-key/backups.example.org oder pass/coop/registrar): Die Karte enthält nur die Namen von Geheimnissen, nie ihre Werte</translation>
    </message>
    <message>
        <source>a part of this key name looks like a random secret value: the map keeps the names of secrets only, never their values</source>
        <translation>ein Teil dieses Schlüsselnamens sieht nach einem zufälligen geheimen Wert aus: Die Karte enthält nur die Namen von Geheimnissen, nie ihre Werte</translation>
    </message>
    <message>
        <source>service “%1” runs on “%2”, which is not a server of the inventory</source>
        <translation>Dienst „%1“ läuft auf „%2“, das kein Server des Inventars ist</translation>
    </message>
    <message>
        <source>the services map must be a mapping with a “services” list</source>
        <translation>die Dienstkarte muss eine Zuordnung mit einer „services“-Liste sein</translation>
    </message>
    <message>
        <source>“services” must be a list</source>
        <translation>„services“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation>die Datei ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation>die Datei enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <source>unknown key “%1” (known: %2)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the key “%1” is given twice</source>
        <translation>der Schlüssel „%1“ ist zweimal angegeben</translation>
    </message>
    <message>
        <source>“%1” must be a single value, not a list or a mapping</source>
        <translation>„%1“ muss ein einzelner Wert sein, keine Liste oder Zuordnung</translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation>„%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>“%1” must be a list of values</source>
        <translation>„%1“ muss eine Liste von Werten sein</translation>
    </message>
    <message>
        <source>the file is format version %1; this Steward reads up to version %2</source>
        <translation>die Datei hat Formatversion %1; dieses Steward liest bis Version %2</translation>
    </message>
    <message>
        <source>Read and search logs</source>
        <translation>Logs lesen und durchsuchen</translation>
    </message>
    <message>
        <source>Sidekiq&apos;s jobs stopped in the night. Read sidekiq&apos;s and redis&apos; logs (search them for “redis” and “error”), find which service is down and why, then start it again and leave every service running.</source>
        <translation>Die Jobs von sidekiq sind in der Nacht stehen geblieben. Lesen Sie die Logs von sidekiq und redis (durchsuchen Sie sie nach „redis“ und „error“), finden Sie heraus, welcher Dienst nicht läuft und warum, starten Sie ihn dann wieder und lassen Sie alle Dienste laufen.</translation>
    </message>
</context>
<context>
    <name>Steward::Models</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Compose directory</source>
        <translation>Compose-Verzeichnis</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2 % of the median)</source>
        <translation>%1 (%2 % des Medians)</translation>
    </message>
    <message>
        <source>not a backup name</source>
        <translation>kein Sicherungsname</translation>
    </message>
    <message>
        <source>Much smaller than the backups before it: a truncated dump looks like this.</source>
        <translation>Viel kleiner als die Sicherungen davor: So sieht ein abgeschnittener Dump aus.</translation>
    </message>
    <message>
        <source>The name does not follow the naming pattern; it does not count for freshness.</source>
        <translation>Der Name folgt nicht dem Namensmuster; er zählt nicht für die Aktualität.</translation>
    </message>
    <message>
        <source>A backup of another database; it does not count for freshness.</source>
        <translation>Eine Sicherung einer anderen Datenbank; sie zählt nicht für die Aktualität.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Restored rows</source>
        <translation>Wiederhergestellte Zeilen</translation>
    </message>
    <message>
        <source>Production rows</source>
        <translation>Zeilen in Produktion</translation>
    </message>
    <message>
        <source>Production count</source>
        <translation>Zahl in Produktion</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>This line was longer than %1 MiB and was cut there.</source>
        <translation>Diese Zeile war länger als %1 MiB und wurde dort abgeschnitten.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source> … [%n more bytes]</source>
        <translation>
            <numerusform> … [%n weiteres Byte]</numerusform>
            <numerusform> … [%n weitere Bytes]</numerusform>
        </translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>missing on the server</source>
        <translation>fehlt auf dem Server</translation>
    </message>
    <message>
        <source>%1 (supporting)</source>
        <translation>%1 (unterstützend)</translation>
    </message>
    <message>
        <source>, compose service %1</source>
        <translation>, Compose-Dienst %1</translation>
    </message>
    <message>
        <source>, unit %1</source>
        <translation>, Unit %1</translation>
    </message>
    <message>
        <source>Keychain key names (Tools › Credentials); the values are never in the map.</source>
        <translation>Schlüsselnamen im Schlüsselbund (Werkzeuge › Zugangsdaten); die Werte stehen nie in der Karte.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Wofür er da ist</translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation>Wo er läuft</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Configured in</source>
        <translation>Konfiguriert in</translation>
    </message>
    <message>
        <source>Secrets (key names)</source>
        <translation>Geheimnisse (Schlüsselnamen)</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation>keine bereitgestellte Kopie</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Upstream lines</source>
        <translation>Upstream-Zeilen</translation>
    </message>
    <message>
        <source>Deployed copy</source>
        <translation>Bereitgestellte Kopie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>service added</source>
        <translation>Dienst hinzugefügt</translation>
    </message>
    <message>
        <source>service removed</source>
        <translation>Dienst entfernt</translation>
    </message>
    <message>
        <source>lacks it</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>already has it</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>conflicts with a local change</source>
        <translation>widerspricht einer lokalen Änderung</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): the deployed copy lacks it.</source>
        <translation>Upstream-Änderung %1 (nach Zeile %2 eingefügt): Der bereitgestellten Kopie fehlt sie.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): already in the deployed copy.</source>
        <translation>Upstream-Änderung %1 (nach Zeile %2 eingefügt): schon in der bereitgestellten Kopie.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): conflicts with a local change in the deployed copy.</source>
        <translation>Upstream-Änderung %1 (nach Zeile %2 eingefügt): widerspricht einer lokalen Änderung in der bereitgestellten Kopie.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): the deployed copy lacks it.</source>
        <translation>Upstream-Änderung %1 (Zeilen %2-%3): Der bereitgestellten Kopie fehlt sie.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): already in the deployed copy.</source>
        <translation>Upstream-Änderung %1 (Zeilen %2-%3): schon in der bereitgestellten Kopie.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): conflicts with a local change in the deployed copy.</source>
        <translation>Upstream-Änderung %1 (Zeilen %2-%3): widerspricht einer lokalen Änderung in der bereitgestellten Kopie.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Started, took</source>
        <translation>Gestartet, Dauer</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>LV %1 in VG %2: %3</source>
        <translation>LV %1 in VG %2: %3</translation>
    </message>
    <message>
        <source>Logical volume %1 of volume group %2</source>
        <translation>Logisches Volume %1 der Volume-Gruppe %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mounted on</source>
        <translation>Eingehängt in</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>The last refresh failed; this is from %1.</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen; dies stammt von %1.</translation>
    </message>
    <message>
        <source>Refreshed %1.</source>
        <translation>Aktualisiert: %1.</translation>
    </message>
    <message>
        <source>%1 (security release %2)</source>
        <translation>%1 (Sicherheits-Release %2)</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 verfügbar)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>keine Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Activates</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>Steward::Widgets</name>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>A console for the volunteer tech group of a small cooperative Mastodon instance: servers, release notes, compose diffs, backups and the upgrade runbook.</source>
        <translation>Eine Konsole für die ehrenamtliche Technikgruppe einer kleinen genossenschaftlichen Mastodon-Instanz: Server, Versionshinweise, Compose-Unterschiede, Sicherungen und das Upgrade-Runbook.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Built with %1</source>
        <translation>Erstellt mit %1</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>Ü&amp;ber Steward</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>from ssh config, else your user name</source>
        <translation>aus der SSH-Konfiguration, sonst Ihr Benutzername</translation>
    </message>
    <message>
        <source>optional, e.g. ~/.ssh/id_ed25519</source>
        <translation>optional, z. B. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>B&amp;enutzer:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Compose directory:</source>
        <translation>&amp;Compose-Verzeichnis:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>Öffentliche &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Another server is already called “%1”.</source>
        <translation>Ein anderer Server heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Import from SSH Config…</source>
        <translation>Aus SSH-Konfiguration &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the inventory? Nothing changes on the server itself.</source>
        <translation>„%1“ aus dem Inventar entfernen? Auf dem Server selbst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The inventory %1 could not be read: %2. The file is left as it is and nothing can be edited until it is fixed; correct it in an editor and reload.</source>
        <translation>Das Inventar %1 konnte nicht gelesen werden: %2. Die Datei bleibt unverändert und nichts kann bearbeitet werden, bis sie korrigiert ist; korrigieren Sie sie in einem Editor und laden Sie neu.</translation>
    </message>
    <message>
        <source>This is an example inventory. Change it, or import your hosts from your SSH config; your first change is saved to %1.</source>
        <translation>Dies ist ein Beispielinventar. Ändern Sie es oder importieren Sie Ihre Hosts aus Ihrer SSH-Konfiguration; Ihre erste Änderung wird in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The inventory could not be saved: %1</source>
        <translation>Das Inventar konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Import from SSH Config</source>
        <translation>Aus SSH-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Verbindet mit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Already in the inventory</source>
        <translation>Bereits im Inventar</translation>
    </message>
    <message>
        <source>Your SSH config names no host (entries with only wildcards are not offered).</source>
        <translation>Ihre SSH-Konfiguration nennt keinen Host (Einträge nur mit Platzhaltern werden nicht angeboten).</translation>
    </message>
    <message>
        <source>Choose the hosts to add to the inventory. Entries with only wildcards are not offered.</source>
        <translation>Wählen Sie die Hosts, die ins Inventar aufgenommen werden. Einträge nur mit Platzhaltern werden nicht angeboten.</translation>
    </message>
    <message>
        <source>Lines skipped in your SSH config:</source>
        <translation>Übersprungene Zeilen in Ihrer SSH-Konfiguration:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>From server…</source>
        <translation>Vom Server …</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Vereinheitlicht</translation>
    </message>
    <message>
        <source>Fold unchanged lines</source>
        <translation>Unveränderte Zeilen einklappen</translation>
    </message>
    <message>
        <source>Old upstream: file or mastodon@v4.2.10</source>
        <translation>Altes Upstream: Datei oder mastodon@v4.2.10</translation>
    </message>
    <message>
        <source>New upstream: file or mastodon@v4.3.0</source>
        <translation>Neues Upstream: Datei oder mastodon@v4.3.0</translation>
    </message>
    <message>
        <source>Deployed copy (optional): file</source>
        <translation>Bereitgestellte Kopie (optional): Datei</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Copy patch</source>
        <translation>Patch kopieren</translation>
    </message>
    <message>
        <source>Save patch…</source>
        <translation>Patch speichern …</translation>
    </message>
    <message>
        <source>Deployed copy</source>
        <translation>Bereitgestellte Kopie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Save patch</source>
        <translation>Patch speichern</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Choose the old and the new upstream file.</source>
        <translation>Wählen Sie die alte und die neue Upstream-Datei.</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 unveränderte Zeilen</translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation>Zugangsdaten hinzufügen</translation>
    </message>
    <message>
        <source>web1, github.com, social.coop…</source>
        <translation>web1, github.com, social.coop …</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>For an S3 key pair, enter ACCESS_KEY_ID:SECRET_ACCESS_KEY.</source>
        <translation>Für ein S3-Schlüsselpaar geben Sie ACCESS_KEY_ID:SECRET_ACCESS_KEY ein.</translation>
    </message>
    <message>
        <source>Replace Credential</source>
        <translation>Zugangsdaten ersetzen</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen …</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>&amp;Import from pass…</source>
        <translation>Aus pass &amp;importieren …</translation>
    </message>
    <message>
        <source>Keychain: %1 (checking…)</source>
        <translation>Schlüsselbund: %1 (wird geprüft …)</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Keychain: %1 (unavailable)</source>
        <translation>Schlüsselbund: %1 (nicht verfügbar)</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1). Secrets you enter now are kept for this session only and are never written to disk.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1). Geheimnisse, die Sie jetzt eingeben, werden nur für diese Sitzung behalten und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The keychain no longer holds %1 for %2.</source>
        <translation>Der Schlüsselbund enthält %1 für %2 nicht mehr.</translation>
    </message>
    <message>
        <source>Forget Credential</source>
        <translation>Zugangsdaten vergessen</translation>
    </message>
    <message>
        <source>Forget the %1 for %2? It is removed from the keychain.</source>
        <translation>%1 für %2 vergessen? Der Eintrag wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Import from pass</source>
        <translation>Aus pass importieren</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Password store:</source>
        <translation>Passwortspeicher:</translation>
    </message>
    <message>
        <source>Check the entries to import and say what each one is. Steward runs pass show for each and stores the first line in the keychain.</source>
        <translation>Markieren Sie die zu importierenden Einträge und geben Sie an, was jeder ist. Steward führt für jeden pass show aus und speichert die erste Zeile im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Password Store</source>
        <translation>Passwortspeicher</translation>
    </message>
    <message>
        <source>There is no password store at %1.</source>
        <translation>Unter %1 gibt es keinen Passwortspeicher.</translation>
    </message>
    <message>
        <source>%1 holds no pass entries.</source>
        <translation>%1 enthält keine pass-Einträge.</translation>
    </message>
    <message>
        <source>Name a server first.</source>
        <translation>Geben Sie zuerst einen Server an.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warte …</translation>
    </message>
    <message>
        <source>Check at least one entry with a server.</source>
        <translation>Markieren Sie mindestens einen Eintrag mit einem Server.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled: %1 imported, %2 failed.</source>
        <translation>Import abgebrochen: %1 importiert, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 imported, %2 failed.</source>
        <translation>%1 importiert, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>References from GitHub</source>
        <translation>Referenzen von GitHub</translation>
    </message>
    <message>
        <source>References from a local git checkout</source>
        <translation>Referenzen aus einem lokalen Git-Checkout</translation>
    </message>
    <message>
        <source>Where mastodon@vX.Y.Z references are read: GitHub (cached on disk) or the tags of a local Mastodon git checkout.</source>
        <translation>Woher mastodon@vX.Y.Z-Referenzen gelesen werden: von GitHub (auf der Festplatte zwischengespeichert) oder aus den Tags eines lokalen Mastodon-Git-Checkouts.</translation>
    </message>
    <message>
        <source>Path of the Mastodon git checkout</source>
        <translation>Pfad des Mastodon-Git-Checkouts</translation>
    </message>
    <message>
        <source>Reading the deployed docker-compose.yml from the server…</source>
        <translation>Die bereitgestellte docker-compose.yml wird vom Server gelesen …</translation>
    </message>
    <message>
        <source>The deployed copy could not be read: %1</source>
        <translation>Die bereitgestellte Kopie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Comparison cancelled; the previous comparison is still shown.</source>
        <translation>Vergleich abgebrochen; der vorherige Vergleich wird weiterhin angezeigt.</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <source>Choose the local git checkout to read references from.</source>
        <translation>Wählen Sie den lokalen Git-Checkout, aus dem Referenzen gelesen werden.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <source>Upgrade notes</source>
        <translation>Upgrade-Hinweise</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Hometown</translation>
    </message>
    <message>
        <source>%1 from GitHub</source>
        <translation>%1 von GitHub</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 zwischengespeichert</translation>
    </message>
    <message>
        <source>bundled CHANGELOG.md</source>
        <translation>mitgelieferte CHANGELOG.md</translation>
    </message>
    <message>
        <source>%1 (CHANGELOG)</source>
        <translation>%1 (CHANGELOG)</translation>
    </message>
    <message>
        <source>%1 unavailable</source>
        <translation>%1 nicht verfügbar</translation>
    </message>
    <message>
        <source>Show prereleases</source>
        <translation>Vorabversionen anzeigen</translation>
    </message>
    <message>
        <source>Export plan as Markdown…</source>
        <translation>Plan als Markdown exportieren …</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Search versions and notes</source>
        <translation>Versionen und Hinweise durchsuchen</translation>
    </message>
    <message>
        <source>Running version, e.g. 4.2.10</source>
        <translation>Laufende Version, z. B. 4.2.10</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Von Hand eingegeben</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Upgrade plan</source>
        <translation>Upgrade-Plan</translation>
    </message>
    <message>
        <source>Fetching release notes from GitHub (%1 of %2 done)…</source>
        <translation>Versionshinweise werden von GitHub abgerufen (%1 von %2 fertig) …</translation>
    </message>
    <message>
        <source>Fetch cancelled.</source>
        <translation>Abruf abgebrochen.</translation>
    </message>
    <message>
        <source>Release notes not fetched yet.</source>
        <translation>Versionshinweise noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Fetching release notes from GitHub (0 of %1 done)…</source>
        <translation>Versionshinweise werden von GitHub abgerufen (0 von %1 fertig) …</translation>
    </message>
    <message>
        <source>Reading release notes…</source>
        <translation>Versionshinweise werden gelesen …</translation>
    </message>
    <message>
        <source>Releases: %1 · %2</source>
        <translation>Versionen: %1 · %2</translation>
    </message>
    <message>
        <source>Hometown %1</source>
        <translation>Hometown %1</translation>
    </message>
    <message>
        <source>Mastodon %1</source>
        <translation>Mastodon %1</translation>
    </message>
    <message>
        <source>Released %1 · %2</source>
        <translation>Veröffentlicht am %1 · %2</translation>
    </message>
    <message>
        <source>%1 runs %2 (from %3)</source>
        <translation>%1 verwendet %2 (laut %3)</translation>
    </message>
    <message>
        <source>%1 (latest patch of %2.%3)</source>
        <translation>%1 (neuester Patch von %2.%3)</translation>
    </message>
    <message>
        <source>%1 (next line)</source>
        <translation>%1 (nächste Reihe)</translation>
    </message>
    <message>
        <source>Type the version a server runs to plan its upgrade.</source>
        <translation>Geben Sie die Version ein, die ein Server verwendet, um sein Upgrade zu planen.</translation>
    </message>
    <message>
        <source>“%1” is not a Mastodon or Hometown version.</source>
        <translation>„%1“ ist keine Mastodon- oder Hometown-Version.</translation>
    </message>
    <message>
        <source>No release notes yet.</source>
        <translation>Noch keine Versionshinweise.</translation>
    </message>
    <message>
        <source>The notes hold no release newer than %1.</source>
        <translation>Die Hinweise enthalten keine Version, die neuer als %1 ist.</translation>
    </message>
    <message>
        <source>Export plan as Markdown</source>
        <translation>Plan als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Plan written to %1.</source>
        <translation>Plan in %1 geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>Steward has never connected to &lt;b&gt;%1&lt;/b&gt; before and cannot tell whether this is really that server. Compare the key below with what the server&apos;s administrator reads on the server itself:</source>
        <translation>Steward hat sich noch nie mit &lt;b&gt;%1&lt;/b&gt; verbunden und kann nicht feststellen, ob das wirklich dieser Server ist. Vergleichen Sie den Schlüssel unten mit dem, was die Administration des Servers auf dem Server selbst abliest:</translation>
    </message>
    <message>
        <source>Trust it only if the fingerprints are the same.</source>
        <translation>Vertrauen Sie ihm nur, wenn die Fingerabdrücke gleich sind.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Kept once it has worked.</source>
        <translation>Wird gespeichert, sobald es funktioniert hat.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Read the deployed docker-compose.yml of the chosen server over SSH (SFTP).</source>
        <translation>Die bereitgestellte docker-compose.yml des gewählten Servers über SSH (SFTP) lesen.</translation>
    </message>
    <message>
        <source>The server whose deployed copy is compared.</source>
        <translation>Der Server, dessen bereitgestellte Kopie verglichen wird.</translation>
    </message>
    <message>
        <source>(typed by hand)</source>
        <translation>(von Hand eingegeben)</translation>
    </message>
    <message>
        <source>Plan from the version a connected server runs.</source>
        <translation>Von der Version aus planen, die ein verbundener Server verwendet.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect Again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation>Zusammengeführtes Ergebnis</translation>
    </message>
    <message>
        <source>The deployed copy with the ticked upstream changes; each upstream change&apos;s lines are marked by where ours stands on it.</source>
        <translation>Die bereitgestellte Kopie mit den angehakten Upstream-Änderungen; die Zeilen jeder Upstream-Änderung sind danach markiert, wie unsere Kopie zu ihr steht.</translation>
    </message>
    <message>
        <source>Where the deployed copy stands on each upstream change, as marked beside the diff, in the overview bar and in the Merged result tab.</source>
        <translation>Wie die bereitgestellte Kopie zu jeder Upstream-Änderung steht, markiert neben dem Diff, in der Übersichtsleiste und im Tab „Zusammengeführtes Ergebnis“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>legend: status, number of upstream changes</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deployed copy:</source>
        <translation>Bereitgestellte Kopie:</translation>
    </message>
    <message>
        <source>%1
Applied in the merged result.</source>
        <translation>%1
Im zusammengeführten Ergebnis übernommen.</translation>
    </message>
    <message>
        <source>%1
Not applied: the deployed copy&apos;s lines are kept.</source>
        <translation>%1
Nicht übernommen: Die Zeilen der bereitgestellten Kopie bleiben.</translation>
    </message>
    <message>
        <source>bundled CHANGELOG.md for %1</source>
        <translation>mitgelieferte CHANGELOG.md für %1</translation>
    </message>
    <message>
        <source>%1 (CHANGELOG) for %2</source>
        <translation>%1 (CHANGELOG) für %2</translation>
    </message>
    <message>
        <source>No release list and no saved copy for %1: its releases come from %2 instead, which lacks the upgrade notes of GitHub&apos;s releases and the patch releases made only on stable branches.</source>
        <translation>Keine Release-Liste und keine gespeicherte Kopie für %1: Seine Releases stammen stattdessen aus %2, dem die Upgrade-Hinweise der GitHub-Releases und die nur auf stabilen Zweigen erschienenen Patch-Releases fehlen.</translation>
    </message>
    <message>
        <source>the bundled CHANGELOG.md</source>
        <translation>die mitgelieferte CHANGELOG.md</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Start the backup unit now and follow it.</source>
        <translation>Die Sicherungs-Unit jetzt starten und verfolgen.</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Wiederherstellungsübung</translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host into a scratch database, prove it against production, then drop it.</source>
        <translation>Die neueste Sicherung auf dem Übungs-Host in eine temporäre Datenbank wiederherstellen, sie mit der Produktion abgleichen und dann löschen.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Start the backup unit with “Back up now”.</source>
        <translation>Starten Sie die Sicherungs-Unit mit „Jetzt sichern“.</translation>
    </message>
    <message>
        <source>Open the unit&apos;s journal in Logs</source>
        <translation>Das Journal der Unit unter Logs öffnen</translation>
    </message>
    <message>
        <source>Follow the backup unit&apos;s journal on the server in the Logs panel, to search and save it</source>
        <translation>Das Journal der Sicherungs-Unit auf dem Server in der Ansicht Logs verfolgen, um es zu durchsuchen und zu speichern</translation>
    </message>
    <message>
        <source>Backup run</source>
        <translation>Sicherungslauf</translation>
    </message>
    <message>
        <source>No drill in this session yet.</source>
        <translation>In dieser Sitzung noch keine Übung.</translation>
    </message>
    <message>
        <source>Open in Logs</source>
        <translation>Unter Logs öffnen</translation>
    </message>
    <message>
        <source>Open the drill&apos;s log in the Logs panel, to search and save it</source>
        <translation>Das Log der Übung in der Ansicht Logs öffnen, um es zu durchsuchen und zu speichern</translation>
    </message>
    <message>
        <source>restore drill · %1</source>
        <translation>Wiederherstellungsübung · %1</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Drill history</source>
        <translation>Verlauf der Übungen</translation>
    </message>
    <message>
        <source>No server of the inventory has backup settings. Add a “backup:” map with its bucket to a server (docs/backups.md).</source>
        <translation>Kein Server des Inventars hat Sicherungseinstellungen. Fügen Sie einem Server eine „backup:“-Zuordnung mit ihrem Bucket hinzu (docs/backups.md).</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Verdächtig</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Keine Sicherungen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <source>Backup size and interval</source>
        <translation>Größe und Abstand der Sicherungen</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <source>Suspiciously small</source>
        <translation>Verdächtig klein</translation>
    </message>
    <message>
        <source>Hours since the previous</source>
        <translation>Stunden seit der vorherigen</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Measured restore time</source>
        <translation>Gemessene Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>Passed (s)</source>
        <translation>Bestanden (s)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut …</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>Die Sicherung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Running: %1 s of about %2 s (the last successful run).</source>
        <translation>Läuft: %1 s von etwa %2 s (der letzte erfolgreiche Lauf).</translation>
    </message>
    <message>
        <source>Running: %1 s (no earlier run to compare with).</source>
        <translation>Läuft: %1 s (kein früherer Lauf zum Vergleich).</translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s.</source>
        <translation>%1 war in %2 s erfolgreich.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No longer following %1 (the unit goes on).</source>
        <translation>%1 wird nicht mehr verfolgt (die Unit läuft weiter).</translation>
    </message>
    <message>
        <source>%1 has no drill host in the inventory.</source>
        <translation>%1 hat keinen Übungs-Host im Inventar.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Drill passed on %1, %2.</source>
        <translation>Übung auf %1 bestanden, %2.</translation>
    </message>
    <message>
        <source>Drill cancelled on %1.</source>
        <translation>Übung auf %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Drill FAILED on %1 (%2).</source>
        <translation>Übung auf %1 FEHLGESCHLAGEN (%2).</translation>
    </message>
    <message>
        <source>Last drill: %1</source>
        <translation>Letzte Übung: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Info und schlimmer</translation>
    </message>
    <message>
        <source>Notice and worse</source>
        <translation>Notice und schlimmer</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Zeilen filtern …</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Hide matching</source>
        <translation>Treffer ausblenden</translation>
    </message>
    <message>
        <source>From (e.g. -1h, 09:30)</source>
        <translation>Von (z. B. -1h, 09:30)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Keep the newest lines in view (End)</source>
        <translation>Die neuesten Zeilen im Blick behalten (Ende)</translation>
    </message>
    <message>
        <source>Jump to time…</source>
        <translation>Zu Zeitpunkt springen …</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s): End or Follow to see them</source>
        <translation>
            <numerusform>%n neue Zeile: Ende oder Verfolgen, um sie zu sehen</numerusform>
            <numerusform>%n neue Zeilen: Ende oder Verfolgen, um sie zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 von %2 Zeilen angezeigt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Log speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>Textdateien (*.txt *.log)</translation>
    </message>
    <message>
        <source>Jump to time: %1</source>
        <translation>Zu Zeitpunkt springen: %1</translation>
    </message>
    <message>
        <source>New here: your key</source>
        <translation>Neu hier: Ihr Schlüssel</translation>
    </message>
    <message>
        <source>Make your own SSH key, send its public part to a member of the tech group, and check that it lets you in once they have added it. Its passphrase is kept in your keychain.</source>
        <translation>Erstellen Sie Ihren eigenen SSH-Schlüssel, senden Sie seinen öffentlichen Teil an ein Mitglied der Technikgruppe und prüfen Sie, ob er Sie hineinlässt, sobald er hinzugefügt wurde. Seine Passphrase wird in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Who the key is, as the members will see it in the servers&apos; authorized_keys</source>
        <translation>Wem der Schlüssel gehört, so wie die Mitglieder es in den authorized_keys der Server sehen</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Name on the key:</source>
        <translation>Name am Schlüssel:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <source>Make my key</source>
        <translation>Meinen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Your public key shows here: the line to send.</source>
        <translation>Hier erscheint Ihr öffentlicher Schlüssel: die Zeile zum Versenden.</translation>
    </message>
    <message>
        <source>Copy the public key, to send it to the tech group</source>
        <translation>Den öffentlichen Schlüssel kopieren, um ihn an die Technikgruppe zu senden</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Zugang prüfen</translation>
    </message>
    <message>
        <source>Log in to the server with this key only (no agent, no other key), then log out</source>
        <translation>Nur mit diesem Schlüssel am Server anmelden (kein Agent, kein anderer Schlüssel), dann abmelden</translation>
    </message>
    <message>
        <source>A member: give or take access</source>
        <translation>Für Mitglieder: Zugang geben oder entziehen</translation>
    </message>
    <message>
        <source>Add a newcomer&apos;s public key to a server&apos;s authorized_keys, or remove a key. The file&apos;s other lines stay as they are.</source>
        <translation>Den öffentlichen Schlüssel einer neuen Person zu den authorized_keys eines Servers hinzufügen oder einen Schlüssel entfernen. Die übrigen Zeilen der Datei bleiben unverändert.</translation>
    </message>
    <message>
        <source>The authorized_keys file on the server (from the SSH user&apos;s home when relative). On the lab, Steward asks the lab where its own is.</source>
        <translation>Die Datei authorized_keys auf dem Server (relativ zum Home-Verzeichnis des SSH-Benutzers). Im Labor fragt Steward das Labor, wo seine eigene liegt.</translation>
    </message>
    <message>
        <source>File on the server:</source>
        <translation>Datei auf dem Server:</translation>
    </message>
    <message>
        <source>List keys</source>
        <translation>Schlüssel auflisten</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s public key: ssh-ed25519 AAAA… name</source>
        <translation>Öffentlichen Schlüssel der neuen Person einfügen: ssh-ed25519 AAAA… name</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>There is a key in this file already: its public key is shown below. Choose another file name to make a new one.</source>
        <translation>In dieser Datei gibt es bereits einen Schlüssel: Sein öffentlicher Schlüssel wird unten angezeigt. Wählen Sie einen anderen Dateinamen, um einen neuen zu erstellen.</translation>
    </message>
    <message>
        <source>The file is being replaced in one step: this cannot be stopped halfway.</source>
        <translation>Die Datei wird in einem Schritt ersetzt: Das kann nicht mittendrin angehalten werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Say where the key goes (a file name).</source>
        <translation>Geben Sie an, wohin der Schlüssel kommt (ein Dateiname).</translation>
    </message>
    <message>
        <source>Choose a passphrase: it protects the key if your computer is lost. Steward keeps it in your keychain.</source>
        <translation>Wählen Sie eine Passphrase: Sie schützt den Schlüssel, wenn Ihr Computer verloren geht. Steward speichert sie in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Making the key (ssh-keygen)…</source>
        <translation>Schlüssel wird erstellt (ssh-keygen) …</translation>
    </message>
    <message>
        <source>The key was not made: %1</source>
        <translation>Der Schlüssel wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Your key is made. Steward has no keychain here: it will ask for the passphrase when it uses the key.</source>
        <translation>Ihr Schlüssel ist erstellt. Steward hat hier keinen Schlüsselbund: Es fragt nach der Passphrase, wenn es den Schlüssel verwendet.</translation>
    </message>
    <message>
        <source>Keeping the passphrase in the keychain…</source>
        <translation>Passphrase wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Your key is made and its passphrase is kept in the keychain. Send the public key below to the tech group.</source>
        <translation>Ihr Schlüssel ist erstellt und seine Passphrase im Schlüsselbund gespeichert. Senden Sie den öffentlichen Schlüssel unten an die Technikgruppe.</translation>
    </message>
    <message>
        <source>Your key is made. The keychain is not available: Steward keeps the passphrase until it quits.</source>
        <translation>Ihr Schlüssel ist erstellt. Der Schlüsselbund ist nicht verfügbar: Steward behält die Passphrase, bis es beendet wird.</translation>
    </message>
    <message>
        <source>Your key is made, but the keychain did not keep its passphrase: %1</source>
        <translation>Ihr Schlüssel ist erstellt, aber der Schlüsselbund hat seine Passphrase nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>There is no key in %1 yet: make it first.</source>
        <translation>In %1 gibt es noch keinen Schlüssel: Erstellen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Logging in to %1 with %2…</source>
        <translation>Anmeldung an %1 mit %2 …</translation>
    </message>
    <message>
        <source>Asking the keychain for the key&apos;s passphrase…</source>
        <translation>Der Schlüsselbund wird nach der Passphrase des Schlüssels gefragt …</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Access granted: your key logs in to %1 as %2.</source>
        <translation>Zugang gewährt: Ihr Schlüssel meldet sich an %1 als %2 an.</translation>
    </message>
    <message>
        <source>Steward does not know the server&apos;s host key yet: connect to it once from the Servers panel, then check again.</source>
        <translation>Steward kennt den Host-Schlüssel des Servers noch nicht: Verbinden Sie sich einmal aus der Ansicht Server damit und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>No access to %1 with this key yet: %2</source>
        <translation>Noch kein Zugang zu %1 mit diesem Schlüssel: %2</translation>
    </message>
    <message>
        <source>This is not a public key Steward can add: %1</source>
        <translation>Das ist kein öffentlicher Schlüssel, den Steward hinzufügen kann: %1</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Add the key “%1” (%2) to %3 on %4?

Whoever holds its private key can then log in to %4 as its SSH user.</source>
        <translation>Den Schlüssel „%1“ (%2) zu %3 auf %4 hinzufügen?

Wer den zugehörigen privaten Schlüssel besitzt, kann sich dann als dessen SSH-Benutzer an %4 anmelden.</translation>
    </message>
    <message>
        <source>Remove a key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the key “%1” (%2) from %3 on %4?

Whoever logs in to %4 with it will no longer be able to.</source>
        <translation>Den Schlüssel „%1“ (%2) aus %3 auf %4 entfernen?

Wer sich damit an %4 anmeldet, kann das dann nicht mehr.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Asking the lab where its authorized_keys is…</source>
        <translation>Das Labor wird gefragt, wo seine authorized_keys liegt …</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation>%1 auf %2 wird gelesen …</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>The key “%1” can now log in to %2.</source>
        <translation>Der Schlüssel „%1“ kann sich jetzt an %2 anmelden.</translation>
    </message>
    <message>
        <source>The key “%1” no longer logs in to %2.</source>
        <translation>Der Schlüssel „%1“ kann sich nicht mehr an %2 anmelden.</translation>
    </message>
    <message>
        <source>The key “%1” is no longer in %2 on %3.</source>
        <translation>Der Schlüssel „%1“ ist nicht mehr in %2 auf %3.</translation>
    </message>
    <message>
        <source>Writing %1 on %2…</source>
        <translation>%1 auf %2 wird geschrieben …</translation>
    </message>
    <message>
        <source>(no name on the key)</source>
        <translation>(kein Name am Schlüssel)</translation>
    </message>
    <message>
        <source>Edit the services map</source>
        <translation>Dienstkarte bearbeiten</translation>
    </message>
    <message>
        <source>%1: checked when you save; nothing is written while it has an error (docs/onboarding.md has the format).</source>
        <translation>%1: wird beim Speichern geprüft; solange ein Fehler darin ist, wird nichts geschrieben (das Format steht in docs/onboarding.md).</translation>
    </message>
    <message>
        <source>The map is over 1 MiB: Steward does not read it.</source>
        <translation>Die Karte ist größer als 1 MiB: Steward liest sie nicht.</translation>
    </message>
    <message>
        <source>Not saved: line %1, column %2: %3</source>
        <translation>Nicht gespeichert: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: the folder %1 cannot be made.</source>
        <translation>Nicht gespeichert: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Not saved: %1 cannot be written: %2</source>
        <translation>Nicht gespeichert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Edit map…</source>
        <translation>Karte bearbeiten …</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Try on the lab shows the real output here.</source>
        <translation>„Im Labor ausprobieren“ zeigt hier die echte Ausgabe.</translation>
    </message>
    <message>
        <source>Copy the command for a terminal on the server</source>
        <translation>Den Befehl für ein Terminal auf dem Server kopieren</translation>
    </message>
    <message>
        <source>Try on the lab</source>
        <translation>Im Labor ausprobieren</translation>
    </message>
    <message>
        <source>What its output looks like:</source>
        <translation>So sieht die Ausgabe aus:</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Check my goal on the lab</source>
        <translation>Mein Ziel im Labor prüfen</translation>
    </message>
    <message>
        <source>Prepare the lab for this lesson</source>
        <translation>Das Labor für diese Lektion vorbereiten</translation>
    </message>
    <message>
        <source>Resets the lab when the lesson starts from a clean lab, and switches its faults on or off as the lesson needs.</source>
        <translation>Setzt das Labor zurück, wenn die Lektion mit einem sauberen Labor beginnt, und schaltet seine Störungen ein oder aus, wie die Lektion es braucht.</translation>
    </message>
    <message>
        <source>Lessons on the lab</source>
        <translation>Lektionen im Labor</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>The services map %1 does not load: %2</source>
        <translation>Die Dienstkarte %1 lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <source>The group&apos;s services, from %1. Hover a row for its links.</source>
        <translation>Die Dienste der Gruppe, aus %1. Fahren Sie über eine Zeile, um ihre Links zu sehen.</translation>
    </message>
    <message>
        <source>Edit %1 in Steward</source>
        <translation>%1 in Steward bearbeiten</translation>
    </message>
    <message>
        <source>The services map %1 cannot be opened: %2</source>
        <translation>Die Dienstkarte %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is over 1 MiB</source>
        <translation>sie ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>The command glossary does not load: %1</source>
        <translation>Das Befehlsglossar lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Changes the server&apos;s state: tried on the lab only</source>
        <translation>Ändert den Zustand des Servers: nur im Labor ausprobiert</translation>
    </message>
    <message>
        <source>What it does: %1</source>
        <translation>Was er tut: %1</translation>
    </message>
    <message>
        <source>When to use it: %1</source>
        <translation>Wann man ihn verwendet: %1</translation>
    </message>
    <message>
        <source>What the output means: %1</source>
        <translation>Was die Ausgabe bedeutet: %1</translation>
    </message>
    <message>
        <source>It changes the server&apos;s state: from here it runs on the lab only.</source>
        <translation>Er ändert den Zustand des Servers: Von hier aus läuft er nur im Labor.</translation>
    </message>
    <message>
        <source>It needs a terminal: copy it, it is not tried from here.</source>
        <translation>Er braucht ein Terminal: Kopieren Sie ihn, von hier aus wird er nicht ausprobiert.</translation>
    </message>
    <message>
        <source>Start Steward with --lab to try commands on the lab.</source>
        <translation>Starten Sie Steward mit --lab, um Befehle im Labor auszuprobieren.</translation>
    </message>
    <message>
        <source>[stopped following after a few seconds]</source>
        <translation>[Verfolgung nach einigen Sekunden beendet]</translation>
    </message>
    <message>
        <source>A bad night: the lab&apos;s %1 fault is on for this lesson (steward-lab fault NAME on).</source>
        <translation>Eine schlechte Nacht: Die Störung %1 des Labors ist für diese Lektion eingeschaltet (steward-lab fault NAME on).</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Erledigt am %1.</translation>
    </message>
    <message>
        <source>Start Steward with --lab to practise.</source>
        <translation>Starten Sie Steward mit --lab, um zu üben.</translation>
    </message>
    <message>
        <source>Looking at the lab…</source>
        <translation>Das Labor wird angesehen …</translation>
    </message>
    <message>
        <source>Goal reached: the lesson is marked done.</source>
        <translation>Ziel erreicht: Die Lektion ist als erledigt markiert.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Noch nicht: %1</translation>
    </message>
    <message>
        <source>Steward cannot check this goal yet: %1</source>
        <translation>Steward kann dieses Ziel noch nicht prüfen: %1</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>The lab cannot be reached: %1</source>
        <translation>Das Labor ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Resetting the lab (a minute or two)…</source>
        <translation>Das Labor wird zurückgesetzt (ein bis zwei Minuten) …</translation>
    </message>
    <message>
        <source>Switching the lab&apos;s faults…</source>
        <translation>Die Störungen des Labors werden umgeschaltet …</translation>
    </message>
    <message>
        <source>The lab is ready for this lesson.</source>
        <translation>Das Labor ist bereit für diese Lektion.</translation>
    </message>
    <message>
        <source>The lab could not be prepared: %1</source>
        <translation>Das Labor konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Welcome to Steward</source>
        <translation>Willkommen bei Steward</translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config…</source>
        <translation>Aus ~/.ssh/config importieren …</translation>
    </message>
    <message>
        <source>Import an Ansible inventory…</source>
        <translation>Ein Ansible-Inventar importieren …</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Einen Server hinzufügen …</translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation>Das Labor öffnen</translation>
    </message>
    <message>
        <source>The servers you already reach with ssh: Steward takes their host names, users, ports and keys from your SSH configuration.</source>
        <translation>Die Server, die Sie schon mit ssh erreichen: Steward übernimmt deren Hostnamen, Benutzer, Ports und Schlüssel aus Ihrer SSH-Konfiguration.</translation>
    </message>
    <message>
        <source>If your group sets up its servers with Ansible: its inventory file lists them.</source>
        <translation>Wenn Ihre Gruppe ihre Server mit Ansible einrichtet: Ihre Inventardatei listet sie auf.</translation>
    </message>
    <message>
        <source>Type in one server yourself: a name, its address and the SSH user.</source>
        <translation>Geben Sie selbst einen Server ein: einen Namen, seine Adresse und den SSH-Benutzer.</translation>
    </message>
    <message>
        <source>Practise first: a rehearsal Mastodon server on this computer, reached over SSH like the real one. Nothing you try there touches production.</source>
        <translation>Erst üben: ein Probe-Mastodon-Server auf diesem Computer, über SSH erreichbar wie der echte. Nichts, was Sie dort ausprobieren, berührt die Produktion.</translation>
    </message>
    <message>
        <source>All of this stays in the Servers panel&apos;s toolbar; this page goes away once your inventory has a server.</source>
        <translation>All das bleibt in der Werkzeugleiste der Ansicht Server; diese Seite verschwindet, sobald Ihr Inventar einen Server enthält.</translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and it does not know them yet: the table below is only an example. Tell it where your servers are, in one of these ways:</source>
        <translation>Steward betreut die Server Ihrer Gruppe über SSH und kennt sie noch nicht: Die Tabelle unten ist nur ein Beispiel. Sagen Sie ihm auf eine dieser Arten, wo Ihre Server sind:</translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and your inventory has none yet. Tell it where your servers are, in one of these ways:</source>
        <translation>Steward betreut die Server Ihrer Gruppe über SSH, und Ihr Inventar enthält noch keinen. Sagen Sie ihm auf eine dieser Arten, wo Ihre Server sind:</translation>
    </message>
    <message>
        <source>The lab is not installed here. Where it is (a Steward built from its sources, or the Debian package), start Steward with “steward --lab” to open it on the lab.</source>
        <translation>Das Labor ist hier nicht installiert. Wo es vorhanden ist (ein aus den Quellen gebautes Steward oder das Debian-Paket), starten Sie Steward mit „steward --lab“, um es mit dem Labor zu öffnen.</translation>
    </message>
    <message>
        <source>Starting the lab…</source>
        <translation>Das Labor wird gestartet …</translation>
    </message>
    <message>
        <source>The lab did not start: %1</source>
        <translation>Das Labor ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Prepare the upgrade run…</source>
        <translation>Upgrade-Durchlauf vorbereiten …</translation>
    </message>
    <message>
        <source>Open the upgrade runbook with this plan: its target, the migrations to expect and the dependency floors it checks on the server</source>
        <translation>Das Upgrade-Runbook mit diesem Plan öffnen: sein Ziel, die zu erwartenden Migrationen und die Mindestversionen der Abhängigkeiten, die es auf dem Server prüft</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Show exactly what each step will send or do, without running anything</source>
        <translation>Genau anzeigen, was jeder Schritt senden oder tun wird, ohne etwas auszuführen</translation>
    </message>
    <message>
        <source>Start run…</source>
        <translation>Durchlauf starten …</translation>
    </message>
    <message>
        <source>Run id (steward runbook status lists them)</source>
        <translation>Durchlauf-ID (steward runbook status listet sie auf)</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Durchlauf öffnen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Show the run&apos;s transcript: every step, command, output, approval and override, with times</source>
        <translation>Das Protokoll des Durchlaufs anzeigen: jeden Schritt, Befehl, jede Ausgabe, Freigabe und Übergehung, mit Zeiten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the run&apos;s transcript as a Markdown file</source>
        <translation>Das Protokoll des Durchlaufs als Markdown-Datei speichern</translation>
    </message>
    <message>
        <source>Open the selected step&apos;s output in the Logs panel, to search and save it</source>
        <translation>Die Ausgabe des gewählten Schritts in der Ansicht Logs öffnen, um sie zu durchsuchen und zu speichern</translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation>Runbook:</translation>
    </message>
    <message>
        <source>Reason (recorded; needed to skip, override or stop)</source>
        <translation>Begründung (wird aufgezeichnet; nötig zum Überspringen, Übergehen oder Anhalten)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übergehen</translation>
    </message>
    <message>
        <source>Stop run</source>
        <translation>Durchlauf anhalten</translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Some runbooks do not load:
%1</source>
        <translation>Einige Runbooks lassen sich nicht laden:
%1</translation>
    </message>
    <message>
        <source>Choose a runbook and a server first.</source>
        <translation>Wählen Sie zuerst ein Runbook und einen Server.</translation>
    </message>
    <message>
        <source>A run is open in this panel (%1). Stop it, or let it finish, first.</source>
        <translation>In dieser Ansicht ist ein Durchlauf geöffnet (%1). Halten Sie ihn zuerst an oder lassen Sie ihn zu Ende laufen.</translation>
    </message>
    <message>
        <source>There is no runbook “%1”.</source>
        <translation>Es gibt kein Runbook „%1“.</translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Read the dry run, then start.</source>
        <translation>Aus dem Upgrade-Plan ausgefüllt. Lesen Sie den Probelauf und starten Sie dann.</translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Still to fill: %1.</source>
        <translation>Aus dem Upgrade-Plan ausgefüllt. Noch auszufüllen: %1.</translation>
    </message>
    <message>
        <source>Announcement: %1 of %2 characters</source>
        <translation>Ankündigung: %1 von %2 Zeichen</translation>
    </message>
    <message>
        <source> (Mastodon&apos;s default; %1&apos;s own limit is read when it is refreshed)</source>
        <translation> (Standard von Mastodon; das eigene Limit von %1 wird beim Aktualisieren gelesen)</translation>
    </message>
    <message>
        <source> — too long: the step would refuse it. Shorten the template or the parameters.</source>
        <translation> — zu lang: Der Schritt würde sie ablehnen. Kürzen Sie die Vorlage oder die Parameter.</translation>
    </message>
    <message>
        <source>No run is open: start one or open one first.</source>
        <translation>Kein Durchlauf geöffnet: Starten oder öffnen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1: %2</source>
        <translation>Das Protokoll konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>Protokoll in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Durchlauf starten</translation>
    </message>
    <message>
        <source>Run “%1” on %2 now? Its steps act on the server (%3 steps; the dry run shows each one). Confirmations and failures stop for you.</source>
        <translation>„%1“ jetzt auf %2 ausführen? Seine Schritte wirken auf den Server (%3 Schritte; der Probelauf zeigt jeden einzelnen). Bei Bestätigungen und Fehlern hält er für Sie an.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Choose the server the run is on first.</source>
        <translation>Wählen Sie zuerst den Server für den Durchlauf.</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation>„%1“ ist keine Durchlauf-ID (wie 20261122-001000-mastodon-upgrade).</translation>
    </message>
    <message>
        <source>The connection was lost (%1). The running step goes on on the server; Steward connects again and picks the run up.</source>
        <translation>Die Verbindung wurde unterbrochen (%1). Der laufende Schritt läuft auf dem Server weiter; Steward verbindet sich erneut und nimmt den Durchlauf wieder auf.</translation>
    </message>
    <message>
        <source>No run open. Start one, or open a run that exists on the server.</source>
        <translation>Kein Durchlauf geöffnet. Starten Sie einen oder öffnen Sie einen, der auf dem Server existiert.</translation>
    </message>
    <message>
        <source>Opening the run on %1…</source>
        <translation>Der Durchlauf auf %1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Run %1 on %2: %3 (%4 of %5 steps done). Watch it on the server: %6</source>
        <translation>Durchlauf %1 auf %2: %3 (%4 von %5 Schritten erledigt). Auf dem Server beobachten: %6</translation>
    </message>
    <message>
        <source>The run could not be made or opened: %1</source>
        <translation>Der Durchlauf konnte nicht angelegt oder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nichts wartet auf Sie.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Say why the step is skipped: the reason is recorded in the run.</source>
        <translation>Geben Sie an, warum der Schritt übersprungen wird: Die Begründung wird im Durchlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>Say why the gate is overridden: the reason is recorded in the run.</source>
        <translation>Geben Sie an, warum die Schranke übergangen wird: Die Begründung wird im Durchlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>Say why the run stops: the reason is recorded in the run.</source>
        <translation>Geben Sie an, warum der Durchlauf anhält: Die Begründung wird im Durchlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Durchlauf anhalten</translation>
    </message>
    <message>
        <source>Stop run %1 after the running step? The step finishes on the server; nothing new starts.</source>
        <translation>Durchlauf %1 nach dem laufenden Schritt anhalten? Der Schritt wird auf dem Server abgeschlossen; nichts Neues startet.</translation>
    </message>
    <message>
        <source>Units and timers</source>
        <translation>Units und Timer</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Neu starten …</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>&amp;Anhalten …</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten …</translation>
    </message>
    <message>
        <source>Sc&amp;ale…</source>
        <translation>S&amp;kalieren …</translation>
    </message>
    <message>
        <source>Re&amp;deploy (up -d)…</source>
        <translation>Neu &amp;bereitstellen (up -d) …</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Logs</translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation>Befehl k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the restart command for a terminal</source>
        <translation>Den Befehl zum Neustarten für ein Terminal kopieren</translation>
    </message>
    <message>
        <source>Start &amp;Now…</source>
        <translation>Jetzt s&amp;tarten …</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>%1 skalieren</translation>
    </message>
    <message>
        <source>How many %1 containers should run?</source>
        <translation>Wie viele Container von %1 sollen laufen?</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>%1 gelesen.</translation>
    </message>
    <message>
        <source>Could not read: %1. Shown: what was read %2.</source>
        <translation>Nicht lesbar: %1. Angezeigt: was %2 gelesen wurde.</translation>
    </message>
    <message>
        <source>Could not read: %1.</source>
        <translation>Nicht lesbar: %1.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Select a server to see its services, units, disks and health.</source>
        <translation>Wählen Sie einen Server, um seine Dienste, Units, Datenträger und seinen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>%1: not checked yet. Refresh to read its state.</source>
        <translation>%1: noch nicht geprüft. Aktualisieren Sie, um seinen Zustand zu lesen.</translation>
    </message>
    <message>
        <source>refreshed %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert …</translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation>Timer: %1</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Aufteilung: %1</translation>
    </message>
    <message>
        <source>The inventory gives no public URL for this server, so its HTTP health is not checked.</source>
        <translation>Das Inventar nennt keine öffentliche URL für diesen Server, daher wird sein HTTP-Zustand nicht geprüft.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Checked %1 from this computer, at %2.</source>
        <translation>%1 von diesem Computer aus geprüft, unter %2.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Instance API</source>
        <translation>Instanz-API</translation>
    </message>
    <message>
        <source>Running version: %1</source>
        <translation>Laufende Version: %1</translation>
    </message>
    <message>
        <source>The maintenance page is up.</source>
        <translation>Die Wartungsseite ist aktiv.</translation>
    </message>
    <message>
        <source>Import from &amp;Ansible Inventory…</source>
        <translation>Aus &amp;Ansible-Inventar importieren …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Refresh A&amp;ll</source>
        <translation>A&amp;lle aktualisieren</translation>
    </message>
    <message>
        <source>S&amp;top Refresh</source>
        <translation>Aktualisierung s&amp;toppen</translation>
    </message>
    <message>
        <source>Refresh every server on its own at this interval (paused while the window is hidden)</source>
        <translation>Jeden Server einzeln in diesem Abstand aktualisieren (pausiert, solange das Fenster verborgen ist)</translation>
    </message>
    <message>
        <source>Refresh: off</source>
        <translation>Aktualisieren: aus</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>Alle 30 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>%1 on %2? Users of the instance may notice while it happens.

The command:
%3</source>
        <translation>%1 auf %2? Nutzer der Instanz können es bemerken, während es geschieht.

Der Befehl:
%3</translation>
    </message>
    <message>
        <source>%1 on %2?

The command:
%3</source>
        <translation>%1 auf %2?

Der Befehl:
%3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation>Aus Ansible-Inventar importieren</translation>
    </message>
    <message>
        <source>Ansible inventories (hosts *.ini *.yml *.yaml inventory*)</source>
        <translation>Ansible-Inventare (hosts *.ini *.yml *.yaml inventory*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Already in the inventory as “%1” (same host, port and user)</source>
        <translation>Bereits im Inventar als „%1“ (gleicher Host, Port und Benutzer)</translation>
    </message>
    <message>
        <source>The same host, port and user as “%1” above</source>
        <translation>Gleicher Host, Port und Benutzer wie „%1“ oben</translation>
    </message>
    <message>
        <source>On the server: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Auf dem Server: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Question from the server</source>
        <translation>Frage vom Server</translation>
    </message>
    <message>
        <source>Answers to the server&apos;s questions are never kept.</source>
        <translation>Antworten auf die Fragen des Servers werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Not a usable value: %1</source>
        <translation>Kein verwendbarer Wert: %1</translation>
    </message>
</context>
</TS>
