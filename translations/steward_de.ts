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
        <source>Open this panel (servers).</source>
        <translation>Diese Ansicht öffnen (servers).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system's.</source>
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
</context>
</TS>
