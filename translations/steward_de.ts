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
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
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
        <source>service added</source>
        <translation>Dienst hinzugefügt</translation>
    </message>
    <message>
        <source>service removed</source>
        <translation>Dienst entfernt</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation>keine bereitgestellte Kopie</translation>
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
        <translation>kollidiert mit einer lokalen Änderung</translation>
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
        <source>On the server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;</source>
        <translation>Auf dem Server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;</translation>
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
        <source>after %1</source>
        <translation>nach %1</translation>
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
</context>
</TS>
