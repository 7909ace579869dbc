<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Steward::App</name>
    <message>
        <source>Show Steward in this language (%1).</source>
        <translation>Afficher Steward dans cette langue (%1).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Use this inventory file instead of the one in your configuration folder.</source>
        <translation>Utiliser ce fichier d’inventaire au lieu de celui de votre dossier de configuration.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Open this panel (servers).</source>
        <translation>Ouvrir ce panneau (servers).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation>Utiliser une palette claire ou sombre au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans ce fichier PNG dès qu’elle s’affiche, puis quitter.</translation>
    </message>
    <message>
        <source>Steward: a console for the tech group of a small Mastodon instance.</source>
        <translation>Steward : une console pour l’équipe technique d’une petite instance Mastodon.</translation>
    </message>
    <message>
        <source>A command to run without a window:</source>
        <translation>Une commande qui s’exécute sans fenêtre :</translation>
    </message>
    <message>
        <source>steward: unknown command “%1”; see steward --help</source>
        <translation>steward : commande inconnue « %1 » ; voir steward --help</translation>
    </message>
    <message>
        <source>steward: --color-scheme takes “light” or “dark”, not “%1”</source>
        <translation>steward : --color-scheme accepte « light » ou « dark », pas « %1 »</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Inventory: %1 (unreadable)</source>
        <translation>Inventaire : %1 (illisible)</translation>
    </message>
    <message>
        <source>Inventory: built-in example</source>
        <translation>Inventaire : exemple intégré</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventaire : %1</translation>
    </message>
    <message>
        <source>No translation for “%1”; Steward is shown in English. Available: en, %2.</source>
        <translation>Pas de traduction pour « %1 » ; Steward s’affiche en anglais. Disponibles : en, %2.</translation>
    </message>
    <message>
        <source>Start the local rehearsal host (or use the running one) and open Steward on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the upgrade plan between two versions (steward plan --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml versions with the deployed copy (steward compose-diff --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, stop, reset or break the local rehearsal host (steward lab help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward: --lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml files (OLD, NEW) and, when given, our DEPLOYED copy. Each may be a file or an upstream reference such as mastodon@v4.2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: summary, json, patch or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch upstream files from this base URL instead of raw.githubusercontent.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream file before the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream file after the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our deployed copy (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected OLD NEW [DEPLOYED]; see steward compose-diff --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes summary, json, patch or merged, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream lines %1-%2: %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab is not installed (%1 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the upgrade plan between two Mastodon versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target version, or “latest”, “patch” (newest of the current line) or “next” (newest of the next line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notes from this CHANGELOG.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notes from a GitHub “list releases” JSON: a URL or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include betas and release candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the notes with --changelog FILE or --feed URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes “markdown” or “json”, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10 or v4.3.0-rc.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10, nor one the notes hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Core</name>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>“%1” must be a single value</source>
        <translation>« %1 » doit être une valeur unique</translation>
    </message>
    <message>
        <source>each server must be a mapping of keys to values</source>
        <translation>chaque serveur doit être une table de clés et de valeurs</translation>
    </message>
    <message>
        <source>“port” must be a number from 1 to 65535</source>
        <translation>« port » doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>“role” must be primary, secondary or staging</source>
        <translation>« role » doit être primary, secondary ou staging</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>a server has no “name”</source>
        <translation>un serveur n’a pas de « name »</translation>
    </message>
    <message>
        <source>server “%1” has no “host”</source>
        <translation>le serveur « %1 » n’a pas de « host »</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; it is not an inventory</source>
        <translation>le fichier dépasse %1 Mio ; ce n’est pas un inventaire</translation>
    </message>
    <message>
        <source>the file contains binary data; it is not an inventory</source>
        <translation>le fichier contient des données binaires ; ce n’est pas un inventaire</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>the inventory must be a mapping with a “servers” list</source>
        <translation>l’inventaire doit être une table avec une liste « servers »</translation>
    </message>
    <message>
        <source>“version” must be a positive number</source>
        <translation>« version » doit être un nombre positif</translation>
    </message>
    <message>
        <source>this inventory is format version %1; this Steward reads up to version %2</source>
        <translation>cet inventaire est au format version %1 ; ce Steward lit jusqu’à la version %2</translation>
    </message>
    <message>
        <source>“servers” must be a list</source>
        <translation>« servers » doit être une liste</translation>
    </message>
    <message>
        <source>the name “%1” is used twice</source>
        <translation>le nom « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The host cannot be empty.</source>
        <translation>L’hôte ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The host cannot contain spaces.</source>
        <translation>L’hôte ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The compose directory must be an absolute path.</source>
        <translation>Le dossier compose doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>%1 is a directory, not an inventory file</source>
        <translation>%1 est un dossier, pas un fichier d’inventaire</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>impossible de lire le fichier</translation>
    </message>
    <message>
        <source>not a “Keyword value” line</source>
        <translation>pas une ligne « Mot-clé valeur »</translation>
    </message>
    <message>
        <source>unbalanced quotes</source>
        <translation>guillemets non fermés</translation>
    </message>
    <message>
        <source>“%1” has no value</source>
        <translation>« %1 » n’a pas de valeur</translation>
    </message>
    <message>
        <source>Include nested too deeply</source>
        <translation>Include imbriqué trop profondément</translation>
    </message>
    <message>
        <source>unknown keyword “%1”</source>
        <translation>mot-clé inconnu « %1 »</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to open a channel (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a terminal (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to run the command (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the command&apos;s output failed (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate authorities are not supported; line ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed marker line ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected host names, a key type and a key; line ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported key type %1; line ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not valid base64 of a %1 key; line ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed line ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyJump (%1) is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the host key in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: no password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer for %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the server was reinstalled. Connection refused; remove the old key from known_hosts only if you know why it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused to list authentication methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost during authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1@%2 (server offers: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 access key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (libsecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption was stopped (no answer in time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only as %1 for %2 (no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release list is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release list is not a JSON array of releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved release list for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for anonymous requests is used up; try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach GitHub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 is not a JSON list of releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 is not newer than the current version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not in the release notes; the newest there is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hometown: this plan reads the notes of the Mastodon versions underneath; read Hometown&apos;s own notes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a prerelease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes do not cover %1.%2.0: its upgrade notes, migrations and dependency changes are missing from this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 needs %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the environment variable %1 in .env.production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the upgrade notes of each release listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pre-deployment database migrations (SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the post-deployment database migrations (rails db:migrate) once the new version runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support updating from before %2: upgrade to the latest %3 first, or stop every Mastodon process during the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking change in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider the recommended %1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure %1 is newer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure %1 is %2 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database (pg_dump -Fc) and .env.production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out or pull %1 and build or pull the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart every Mastodon process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade plan: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest patch of the current line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature release %1: feature releases ship database migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release headings such as “## [4.4.0] - 2025-07-08” were found; is this a Mastodon CHANGELOG.md?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services run different Mastodon images: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mastodon image has no version tag (“%1”): the version cannot be read from docker-compose.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-compose.yml has no Mastodon image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance API did not answer with a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance API reports the version “%1”, which is not one Steward reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file (a NUL byte at offset %2), not a docker-compose.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; a binary file cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: same items, new order or form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: tag %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a tab in the indentation; YAML indents with spaces only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no docker-compose content to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: the top level is not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: it has no “services” mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1: added (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1: removed (was line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No semantic change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: HTTP status %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Models</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Compose directory</source>
        <translation>Dossier compose</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Steward::Widgets</name>
    <message>
        <source>About Steward</source>
        <translation>À propos de Steward</translation>
    </message>
    <message>
        <source>A console for the volunteer tech group of a small cooperative Mastodon instance: servers, release notes, compose diffs, backups and the upgrade runbook.</source>
        <translation>Une console pour l’équipe technique bénévole d’une petite instance Mastodon coopérative : serveurs, notes de version, différences compose, sauvegardes et procédure de mise à jour.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Built with %1</source>
        <translation>Compilé avec %1</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>À &amp;propos de Steward</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>Modifier le serveur</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>nom d’hôte ou adresse</translation>
    </message>
    <message>
        <source>from ssh config, else your user name</source>
        <translation>de la configuration SSH, sinon votre nom d’utilisateur</translation>
    </message>
    <message>
        <source>optional, e.g. ~/.ssh/id_ed25519</source>
        <translation>facultatif, p. ex. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Compose directory:</source>
        <translation>Dossier &amp;compose :</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>&amp;URL publique :</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>Fichier d’&amp;identité :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Another server is already called “%1”.</source>
        <translation>Un autre serveur s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;Import from SSH Config…</source>
        <translation>&amp;Importer depuis la configuration SSH…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Remove “%1” from the inventory? Nothing changes on the server itself.</source>
        <translation>Retirer « %1 » de l’inventaire ? Rien ne change sur le serveur lui-même.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The inventory %1 could not be read: %2. The file is left as it is and nothing can be edited until it is fixed; correct it in an editor and reload.</source>
        <translation>L’inventaire %1 n’a pas pu être lu : %2. Le fichier est laissé tel quel et rien ne peut être modifié tant qu’il n’est pas corrigé ; corrigez-le dans un éditeur et rechargez.</translation>
    </message>
    <message>
        <source>This is an example inventory. Change it, or import your hosts from your SSH config; your first change is saved to %1.</source>
        <translation>Ceci est un inventaire d’exemple. Modifiez-le ou importez vos hôtes depuis votre configuration SSH ; votre première modification est enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The inventory could not be saved: %1</source>
        <translation>L’inventaire n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Import from SSH Config</source>
        <translation>Importer depuis la configuration SSH</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Se connecte à</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Already in the inventory</source>
        <translation>Déjà dans l’inventaire</translation>
    </message>
    <message>
        <source>Your SSH config names no host (entries with only wildcards are not offered).</source>
        <translation>Votre configuration SSH ne nomme aucun hôte (les entrées composées uniquement de jokers ne sont pas proposées).</translation>
    </message>
    <message>
        <source>Choose the hosts to add to the inventory. Entries with only wildcards are not offered.</source>
        <translation>Choisissez les hôtes à ajouter à l’inventaire. Les entrées composées uniquement de jokers ne sont pas proposées.</translation>
    </message>
    <message>
        <source>Lines skipped in your SSH config:</source>
        <translation>Lignes ignorées dans votre configuration SSH :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old upstream: file or mastodon@v4.2.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New upstream: file or mastodon@v4.3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed copy (optional): file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the deployed copy over SFTP needs the SSH engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save patch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the old and the new upstream file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lacks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts with a local change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web1, github.com, social.coop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an S3 key pair, enter ACCESS_KEY_ID:SECRET_ACCESS_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1 (checking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1 (unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1). Secrets you enter now are kept for this session only and are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer holds %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the %1 for %2? It is removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the entries to import and say what each one is. Steward runs pass show for each and stores the first line in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no password store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no pass entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one entry with a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: %1 imported, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
