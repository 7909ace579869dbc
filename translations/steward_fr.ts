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
        <source>Open this panel (%1).</source>
        <translation>Ouvrir ce panneau (%1).</translation>
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
        <translation>Démarrer l’hôte de répétition local (ou utiliser celui qui tourne) et y ouvrir Steward.</translation>
    </message>
    <message>
        <source>Print the upgrade plan between two versions (steward plan --help).</source>
        <translation>Afficher le plan de mise à jour entre deux versions (steward plan --help).</translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml versions with the deployed copy (steward compose-diff --help).</source>
        <translation>Comparer des versions amont de docker-compose.yml avec la copie déployée (steward compose-diff --help).</translation>
    </message>
    <message>
        <source>Start, stop, reset or break the local rehearsal host (steward lab help).</source>
        <translation>Démarrer, arrêter, réinitialiser ou casser l’hôte de répétition local (steward lab help).</translation>
    </message>
    <message>
        <source>steward: --lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation>steward : --lab utilise l’inventaire du labo ; omettez --inventory</translation>
    </message>
    <message>
        <source>Output: summary, json, patch or merged.</source>
        <translation>Sortie : summary, json, patch ou merged.</translation>
    </message>
    <message>
        <source>Fetch upstream files from this base URL instead of raw.githubusercontent.com.</source>
        <translation>Récupérer les fichiers amont depuis cette URL de base au lieu de raw.githubusercontent.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The upstream file before the upgrade.</source>
        <translation>Le fichier amont avant la mise à jour.</translation>
    </message>
    <message>
        <source>The upstream file after the upgrade.</source>
        <translation>Le fichier amont après la mise à jour.</translation>
    </message>
    <message>
        <source>Our deployed copy (optional).</source>
        <translation>Notre copie déployée (facultatif).</translation>
    </message>
    <message>
        <source>expected OLD NEW [DEPLOYED]; see steward compose-diff --help</source>
        <translation>OLD NEW [DEPLOYED] attendus ; voir steward compose-diff --help</translation>
    </message>
    <message>
        <source>--format takes summary, json, patch or merged, not “%1”</source>
        <translation>--format accepte summary, json, patch ou merged, pas « %1 »</translation>
    </message>
    <message>
        <source>The lab is not installed (%1 is missing).</source>
        <translation>Le labo n’est pas installé (%1 manque).</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <source>Print the upgrade plan between two Mastodon versions.</source>
        <translation>Afficher le plan de mise à jour entre deux versions de Mastodon.</translation>
    </message>
    <message>
        <source>The running version.</source>
        <translation>La version en service.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>The target version, or “latest”, “patch” (newest of the current line) or “next” (newest of the next line).</source>
        <translation>La version cible, ou « latest », « patch » (la plus récente de la branche actuelle) ou « next » (la plus récente de la branche suivante).</translation>
    </message>
    <message>
        <source>Read the notes from this CHANGELOG.md.</source>
        <translation>Lire les notes depuis ce CHANGELOG.md.</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation>markdown (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Include betas and release candidates.</source>
        <translation>Inclure les bêtas et les versions candidates.</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from et --to sont obligatoires</translation>
    </message>
    <message>
        <source>give the notes with --changelog FILE or --feed URL</source>
        <translation>indiquez les notes avec --changelog FILE ou --feed URL</translation>
    </message>
    <message>
        <source>--format takes “markdown” or “json”, not “%1”</source>
        <translation>--format accepte « markdown » ou « json », pas « %1 »</translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10 or v4.3.0-rc.1</source>
        <translation>« %1 » n’est pas une version telle que 4.2.10 ou v4.3.0-rc.1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10, nor one the notes hold</source>
        <translation>« %1 » n’est ni une version telle que 4.2.10, ni une version présente dans les notes</translation>
    </message>
    <message>
        <source>Compose diff</source>
        <translation>Différences compose</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Identifiants…</translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml files (OLD, NEW) and, when given, our DEPLOYED copy. Each may be a file or an upstream reference such as mastodon@v4.2.0 (fetched from GitHub, or read from --checkout).</source>
        <translation>Comparer des fichiers docker-compose.yml amont (OLD, NEW) et, s’il est indiqué, notre copie déployée (DEPLOYED). Chacun peut être un fichier ou une référence amont comme mastodon@v4.2.0 (récupérée depuis GitHub ou lue depuis --checkout).</translation>
    </message>
    <message>
        <source>Read upstream references (mastodon@v4.2.10) from this local git repository instead of GitHub.</source>
        <translation>Lire les références amont (mastodon@v4.2.10) depuis ce dépôt git local au lieu de GitHub.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation>Connecté avec %1</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1 : connecté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: the running version could not be read (%2)</source>
        <translation>%1 : la version en service n’a pas pu être lue (%2)</translation>
    </message>
    <message>
        <source>Could not keep the secret in the keychain: %1</source>
        <translation>Impossible de conserver le secret dans le trousseau : %1</translation>
    </message>
    <message>
        <source>the inventory has no server “%1”</source>
        <translation>l’inventaire ne contient aucun serveur « %1 »</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: not yet in %3</source>
        <translation>lignes amont %1-%2 : pas encore dans %3</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: already in %3</source>
        <translation>lignes amont %1-%2 : déjà dans %3</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: conflicts with a local change in %3</source>
        <translation>lignes amont %1-%2 : en conflit avec une modification locale dans %3</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: not yet in %2</source>
        <translation>lignes amont ajoutées après la ligne %1 : pas encore dans %2</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: already in %2</source>
        <translation>lignes amont ajoutées après la ligne %1 : déjà dans %2</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: conflicts with a local change in %2</source>
        <translation>lignes amont ajoutées après la ligne %1 : en conflit avec une modification locale dans %2</translation>
    </message>
    <message>
        <source>%1 (%2: using the saved copy)</source>
        <translation>%1 (%2 : copie enregistrée utilisée)</translation>
    </message>
    <message>
        <source>Read the notes from a GitHub “list releases” JSON: a URL (every page; GITHUB_TOKEN is sent when set) or a file.</source>
        <translation>Lire les notes d’un JSON « list releases » de GitHub : une URL (toutes les pages ; GITHUB_TOKEN est envoyé s’il est défini) ou un fichier.</translation>
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
        <translation>La commande a été annulée.</translation>
    </message>
    <message>
        <source>The server refused to open a channel (error %1).</source>
        <translation>Le serveur a refusé d’ouvrir un canal (erreur %1).</translation>
    </message>
    <message>
        <source>The server refused a terminal (error %1).</source>
        <translation>Le serveur a refusé un terminal (erreur %1).</translation>
    </message>
    <message>
        <source>The server refused to run the command (error %1).</source>
        <translation>Le serveur a refusé d’exécuter la commande (erreur %1).</translation>
    </message>
    <message>
        <source>Reading the command&apos;s output failed (error %1).</source>
        <translation>La lecture de la sortie de la commande a échoué (erreur %1).</translation>
    </message>
    <message>
        <source>certificate authorities are not supported; line ignored</source>
        <translation>les autorités de certification ne sont pas prises en charge ; ligne ignorée</translation>
    </message>
    <message>
        <source>malformed marker line ignored</source>
        <translation>ligne de marqueur mal formée ignorée</translation>
    </message>
    <message>
        <source>expected host names, a key type and a key; line ignored</source>
        <translation>noms d’hôtes, type de clé et clé attendus ; ligne ignorée</translation>
    </message>
    <message>
        <source>unsupported key type %1; line ignored</source>
        <translation>type de clé %1 non pris en charge ; ligne ignorée</translation>
    </message>
    <message>
        <source>the key is not valid base64 of a %1 key; line ignored</source>
        <translation>la clé n’est pas un base64 valide d’une clé %1 ; ligne ignorée</translation>
    </message>
    <message>
        <source>malformed line ignored</source>
        <translation>ligne mal formée ignorée</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out.</source>
        <translation>La connexion à %1 a expiré.</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>Impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <source>Could not create a socket: %1</source>
        <translation>Impossible de créer un socket : %1</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Impossible de se connecter à %1 sur le port %2 : %3</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Could not save the host key in %1.</source>
        <translation>Impossible d’enregistrer la clé d’hôte dans %1.</translation>
    </message>
    <message>
        <source>The host key of %1 was not trusted.</source>
        <translation>La clé d’hôte de %1 n’a pas été approuvée.</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: no password given.</source>
        <translation>Permission refusée pour %1@%2 : aucun mot de passe fourni.</translation>
    </message>
    <message>
        <source>The server %1 did not answer for %2 seconds.</source>
        <translation>Le serveur %1 n’a pas répondu pendant %2 secondes.</translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation>Impossible de créer une session SSH.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed (error %2).</source>
        <translation>La négociation SSH avec %1 a échoué (erreur %2).</translation>
    </message>
    <message>
        <source>The server %1 sent no host key.</source>
        <translation>Le serveur %1 n’a envoyé aucune clé d’hôte.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the server was reinstalled. Connection refused; remove the old key from known_hosts only if you know why it changed.</source>
        <translation>La clé d’hôte de %1 a CHANGÉ (maintenant %2 %3). Quelqu’un intercepte peut-être la connexion, ou le serveur a été réinstallé. Connexion refusée ; ne retirez l’ancienne clé de known_hosts que si vous savez pourquoi elle a changé.</translation>
    </message>
    <message>
        <source>The server %1 refused to list authentication methods.</source>
        <translation>Le serveur %1 a refusé de lister les méthodes d’authentification.</translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Phrase de passe de la clé %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during authentication.</source>
        <translation>La connexion à %1 a été perdue pendant l’authentification.</translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation>Mot de passe de %1@%2</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2 (server offers: %3).</source>
        <translation>Permission refusée pour %1@%2 (le serveur propose : %3).</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: wrong password.</source>
        <translation>Permission refusée pour %1@%2 : mot de passe incorrect.</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Phrase de passe de clé SSH</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <source>Mastodon access token</source>
        <translation>Jeton d’accès Mastodon</translation>
    </message>
    <message>
        <source>S3 access key pair</source>
        <translation>Paire de clés d’accès S3</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d’identification Windows</translation>
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
        <translation>Le trousseau a refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not run %1.</source>
        <translation>Impossible d’exécuter %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Decryption was stopped (no answer in time).</source>
        <translation>Le déchiffrement a été arrêté (pas de réponse à temps).</translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation>Impossible de déchiffrer : %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>The first line is empty; nothing was stored.</source>
        <translation>La première ligne est vide ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The credential store is gone.</source>
        <translation>Le magasin d’identifiants a disparu.</translation>
    </message>
    <message>
        <source>Kept for this session only as %1 for %2 (no keychain).</source>
        <translation>Conservé pour cette session seulement comme %1 pour %2 (pas de trousseau).</translation>
    </message>
    <message>
        <source>Stored as %1 for %2.</source>
        <translation>Enregistré comme %1 pour %2.</translation>
    </message>
    <message>
        <source>The release list is not valid JSON: %1 (at byte %2).</source>
        <translation>La liste des versions n’est pas du JSON valide : %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>The release list is not a JSON array of releases.</source>
        <translation>La liste des versions n’est pas un tableau JSON de versions.</translation>
    </message>
    <message>
        <source>No saved release list for %1 yet.</source>
        <translation>Pas encore de liste des versions enregistrée pour %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for anonymous requests is used up; try again at %1.</source>
        <translation>La limite de GitHub pour les requêtes anonymes est épuisée ; réessayez à %1.</translation>
    </message>
    <message>
        <source>GitHub did not answer within %1 seconds.</source>
        <translation>GitHub n’a pas répondu en %1 secondes.</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1 for %2.</source>
        <translation>GitHub a répondu HTTP %1 pour %2.</translation>
    </message>
    <message>
        <source>Could not reach GitHub: %1</source>
        <translation>Impossible de joindre GitHub : %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 is not a JSON list of releases.</source>
        <translation>La réponse de GitHub pour %1 n’est pas une liste JSON de versions.</translation>
    </message>
    <message>
        <source>The target %1 is not newer than the current version %2.</source>
        <translation>La cible %1 n’est pas plus récente que la version actuelle %2.</translation>
    </message>
    <message>
        <source>Version %1 is not in the release notes; the newest there is %2.</source>
        <translation>La version %1 n’est pas dans les notes de version ; la plus récente est %2.</translation>
    </message>
    <message>
        <source>%1 is a prerelease.</source>
        <translation>%1 est une préversion.</translation>
    </message>
    <message>
        <source>The notes do not cover %1.%2.0: its upgrade notes, migrations and dependency changes are missing from this plan.</source>
        <translation>Les notes ne couvrent pas %1.%2.0 : ses notes de mise à jour, migrations et changements de dépendances manquent dans ce plan.</translation>
    </message>
    <message>
        <source>%1 %2 needs %3 %4.</source>
        <translation>%1 %2 nécessite %3 %4.</translation>
    </message>
    <message>
        <source>newer than %1</source>
        <translation>plus récent que %1</translation>
    </message>
    <message>
        <source>%1 or newer</source>
        <translation>%1 ou plus récent</translation>
    </message>
    <message>
        <source>Review the environment variable %1 in .env.production</source>
        <translation>Vérifier la variable d’environnement %1 dans .env.production</translation>
    </message>
    <message>
        <source>Read the upgrade notes of each release listed</source>
        <translation>Lire les notes de mise à jour de chaque version listée</translation>
    </message>
    <message>
        <source>Run the pre-deployment database migrations (SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)</source>
        <translation>Exécuter les migrations de base de données d’avant déploiement (SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)</translation>
    </message>
    <message>
        <source>Run the post-deployment database migrations (rails db:migrate) once the new version runs</source>
        <translation>Exécuter les migrations de base de données d’après déploiement (rails db:migrate) une fois la nouvelle version en service</translation>
    </message>
    <message>
        <source>%1 does not support updating from before %2: upgrade to the latest %3 first, or stop every Mastodon process during the upgrade.</source>
        <translation>%1 ne prend pas en charge la mise à jour depuis une version antérieure à %2 : passez d’abord à la dernière %3, ou arrêtez tous les processus Mastodon pendant la mise à jour.</translation>
    </message>
    <message>
        <source>Breaking change in %1.</source>
        <translation>Changement incompatible dans %1.</translation>
    </message>
    <message>
        <source>Consider the recommended %1 version</source>
        <translation>Envisager la version recommandée de %1</translation>
    </message>
    <message>
        <source>Make sure %1 is newer than %2</source>
        <translation>S’assurer que %1 est plus récent que %2</translation>
    </message>
    <message>
        <source>Make sure %1 is %2 or newer</source>
        <translation>S’assurer que %1 est en version %2 ou plus récente</translation>
    </message>
    <message>
        <source>Back up the database (pg_dump -Fc) and .env.production</source>
        <translation>Sauvegarder la base de données (pg_dump -Fc) et .env.production</translation>
    </message>
    <message>
        <source>Check out or pull %1 and build or pull the images</source>
        <translation>Faire un checkout ou un pull de %1, puis construire ou récupérer les images</translation>
    </message>
    <message>
        <source>Restart every Mastodon process</source>
        <translation>Redémarrer tous les processus Mastodon</translation>
    </message>
    <message>
        <source>Upgrade plan: %1 → %2</source>
        <translation>Plan de mise à jour : %1 → %2</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>migrations</source>
        <translation>migrations</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>incompatible</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(déduit)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Security fixes</source>
        <translation>Correctifs de sécurité</translation>
    </message>
    <message>
        <source>Recommended targets</source>
        <translation>Cibles recommandées</translation>
    </message>
    <message>
        <source>Latest patch of the current line: %1</source>
        <translation>Dernier correctif de la branche actuelle : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Next line: %1</source>
        <translation>Branche suivante : %1</translation>
    </message>
    <message>
        <source>No release headings such as “## [4.4.0] - 2025-07-08” were found; is this a Mastodon CHANGELOG.md?</source>
        <translation>Aucun titre de version comme « ## [4.4.0] - 2025-07-08 » n’a été trouvé ; est-ce bien un CHANGELOG.md de Mastodon ?</translation>
    </message>
    <message>
        <source>The services run different Mastodon images: %1 and %2.</source>
        <translation>Les services utilisent des images Mastodon différentes : %1 et %2.</translation>
    </message>
    <message>
        <source>The Mastodon image has no version tag (“%1”): the version cannot be read from docker-compose.yml.</source>
        <translation>L’image Mastodon n’a pas d’étiquette de version (« %1 ») : la version ne peut pas être lue dans docker-compose.yml.</translation>
    </message>
    <message>
        <source>docker-compose.yml has no Mastodon image.</source>
        <translation>docker-compose.yml ne contient aucune image Mastodon.</translation>
    </message>
    <message>
        <source>The instance API did not answer with a JSON object.</source>
        <translation>L’API de l’instance n’a pas répondu par un objet JSON.</translation>
    </message>
    <message>
        <source>The instance API reports the version “%1”, which is not one Steward reads.</source>
        <translation>L’API de l’instance indique la version « %1 », que Steward ne sait pas lire.</translation>
    </message>
    <message>
        <source>%1 is a binary file (a NUL byte at offset %2), not a docker-compose.yml.</source>
        <translation>%1 est un fichier binaire (un octet NUL à la position %2), pas un docker-compose.yml.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; a binary file cannot be compared.</source>
        <translation>%1 n’est pas du texte UTF-8 ; un fichier binaire ne peut pas être comparé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 ajouté : %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 retiré (était %2)</translation>
    </message>
    <message>
        <source>image %1: tag %2 → %3</source>
        <translation>image %1 : étiquette %2 → %3</translation>
    </message>
    <message>
        <source>image %1 → %2</source>
        <translation>image %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: a tab in the indentation; YAML indents with spaces only.</source>
        <translation>%1 : une tabulation dans l’indentation ; YAML n’indente qu’avec des espaces.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 n’est pas du YAML valide : %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no docker-compose content to compare.</source>
        <translation>%1 est vide : il n’y a aucun contenu docker-compose à comparer.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: the top level is not a mapping.</source>
        <translation>%1 n’est pas un fichier docker-compose : le niveau supérieur n’est pas une table.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: it has no “services” mapping.</source>
        <translation>%1 n’est pas un fichier docker-compose : il n’a pas de table « services ».</translation>
    </message>
    <message>
        <source>service %1: added (line %2)</source>
        <translation>service %1 : ajouté (ligne %2)</translation>
    </message>
    <message>
        <source>service %1: removed (was line %2)</source>
        <translation>service %1 : retiré (était ligne %2)</translation>
    </message>
    <message>
        <source>service %1:</source>
        <translation>service %1 :</translation>
    </message>
    <message>
        <source>top level: %1</source>
        <translation>niveau supérieur : %1</translation>
    </message>
    <message>
        <source>No semantic change.</source>
        <translation>Aucun changement sémantique.</translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: %3</source>
        <translation>Impossible de récupérer %1 depuis %2 : %3</translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: HTTP status %3</source>
        <translation>Impossible de récupérer %1 depuis %2 : statut HTTP %3</translation>
    </message>
    <message>
        <source>the jump host refused to forward to %1 port %2 (%3)</source>
        <translation>l’hôte de rebond a refusé la redirection vers %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>the forwarded connection failed (error %1)</source>
        <translation>la connexion redirigée a échoué (erreur %1)</translation>
    </message>
    <message>
        <source>The ProxyJump hop &quot;%1&quot; is not [user@]host[:port].</source>
        <translation>L’étape ProxyJump « %1 » n’est pas de la forme [user@]host[:port].</translation>
    </message>
    <message>
        <source>ProxyJump has more than %1 hops.</source>
        <translation>ProxyJump a plus de %1 étapes.</translation>
    </message>
    <message>
        <source>ProxyJump for %1 goes more than %2 hops deep (a loop?).</source>
        <translation>ProxyJump pour %1 dépasse %2 étapes de profondeur (une boucle ?).</translation>
    </message>
    <message>
        <source>Could not reach %1 through the jump host %2: %3</source>
        <translation>Impossible de joindre %1 via l’hôte de rebond %2 : %3</translation>
    </message>
    <message>
        <source>Wrong password for %1@%2; try again</source>
        <translation>Mot de passe incorrect pour %1@%2 ; réessayez</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key %1; try again</source>
        <translation>Phrase de passe incorrecte pour la clé %1 ; réessayez</translation>
    </message>
    <message>
        <source>The server %1 has no host to connect to.</source>
        <translation>Le serveur %1 n’a pas d’hôte auquel se connecter.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>no space left on the server&apos;s disk</source>
        <translation>plus d’espace libre sur le disque du serveur</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <source>a part of the path is not a directory</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>le serveur ne prend pas en charge cette opération</translation>
    </message>
    <message>
        <source>SFTP status %1</source>
        <translation>statut SFTP %1</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>The server refused SFTP (error %1).</source>
        <translation>Le serveur a refusé SFTP (erreur %1).</translation>
    </message>
    <message>
        <source>Could not read the attributes of %1</source>
        <translation>Impossible de lire les attributs de %1</translation>
    </message>
    <message>
        <source>Could not upload to %1: it is a directory.</source>
        <translation>Impossible de téléverser vers %1 : c’est un dossier.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Could not read %1: it is a directory.</source>
        <translation>Impossible de lire %1 : c’est un dossier.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3 are read).</source>
        <translation>%1 est trop volumineux (%2 octets ; %3 au plus sont lus).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 bytes).</source>
        <translation>%1 est trop volumineux (plus de %2 octets).</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>Impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>The passphrase kept in the keychain was refused.</source>
        <translation>La phrase de passe conservée dans le trousseau a été refusée.</translation>
    </message>
    <message>
        <source>The password kept in the keychain was refused.</source>
        <translation>Le mot de passe conservé dans le trousseau a été refusé.</translation>
    </message>
    <message>
        <source>`tootctl version` printed no version (“%1”).</source>
        <translation>`tootctl version` n’a affiché aucune version (« %1 »).</translation>
    </message>
    <message>
        <source>no SSH connection</source>
        <translation>pas de connexion SSH</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>statut de sortie %1</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>the server has no public URL</source>
        <translation>le serveur n’a pas d’URL publique</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>La comparaison a été annulée.</translation>
    </message>
    <message>
        <source>%1: its aliases (*name) expand without bound (an alias inside the node it names, or a “billion laughs” file); refused.</source>
        <translation>%1 : ses alias (*nom) se développent sans limite (un alias à l’intérieur du nœud qu’il nomme, ou un fichier « billion laughs ») ; refusé.</translation>
    </message>
    <message>
        <source>%1: its aliases (*name) expand %2 nodes into %3; refused (at most %4).</source>
        <translation>%1 : ses alias (*nom) développent %2 nœuds en %3 ; refusé (au plus %4).</translation>
    </message>
    <message>
        <source>Cannot compare %1 and %2: %3</source>
        <translation>Impossible de comparer %1 et %2 : %3</translation>
    </message>
    <message>
        <source>Cannot open the git repository %1: %2</source>
        <translation>Impossible d’ouvrir le dépôt git %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no docker-compose.yml at %2: %3</source>
        <translation>%1 n’a pas de docker-compose.yml à %2 : %3</translation>
    </message>
    <message>
        <source>%1: docker-compose.yml at %2 is not a file.</source>
        <translation>%1 : docker-compose.yml à %2 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The command timed out (limit: %1 s).</source>
        <translation>La commande a dépassé le délai (limite : %1 s).</translation>
    </message>
    <message>
        <source>The server %1 stopped answering during authentication (timed out).</source>
        <translation>Le serveur %1 a cessé de répondre pendant l’authentification (délai dépassé).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2.</source>
        <translation>Impossible de se connecter à %1 port %2.</translation>
    </message>
    <message>
        <source>GitHub asks to slow down (secondary rate limit); try again at %1.</source>
        <translation>GitHub demande de ralentir (limite secondaire) ; réessayez à %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for this token is used up; try again at %1.</source>
        <translation>La limite de GitHub pour ce jeton est épuisée ; réessayez à %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s next page of releases is on another server (%1); it was not followed.</source>
        <translation>La page suivante des versions GitHub est sur un autre serveur (%1) ; elle n’a pas été suivie.</translation>
    </message>
    <message>
        <source>Hometown %1 merges Mastodon %2 → %3: this plan also reads the notes of those Mastodon releases.</source>
        <translation>Hometown %1 intègre Mastodon %2 → %3 : ce plan lit aussi les notes de ces versions de Mastodon.</translation>
    </message>
    <message>
        <source>This plan changes forks (%1 → %2): it reads the notes of the Mastodon releases up to %3 and of %2 only; read both projects&apos; notes.</source>
        <translation>Ce plan change de fork (%1 → %2) : il lit les notes des versions de Mastodon jusqu’à %3 et seulement celles de %2 ; lisez les notes des deux projets.</translation>
    </message>
    <message>
        <source>These notes come from Mastodon&apos;s CHANGELOG.md only, which lacks the patch releases made only on stable branches: the latest patch of %1.%2 may be newer than %3; check GitHub&apos;s releases.</source>
        <translation>Ces notes ne viennent que du CHANGELOG.md de Mastodon, qui n’a pas les versions correctives publiées seulement sur les branches stables : le dernier correctif de %1.%2 peut être plus récent que %3 ; vérifiez les versions sur GitHub.</translation>
    </message>
    <message>
        <source>These notes come from Mastodon&apos;s CHANGELOG.md only, which lacks the patch releases made only on stable branches: a newer patch than those listed may exist; check GitHub&apos;s releases.</source>
        <translation>Ces notes ne viennent que du CHANGELOG.md de Mastodon, qui n’a pas les versions correctives publiées seulement sur les branches stables : un correctif plus récent que ceux listés peut exister ; vérifiez les versions sur GitHub.</translation>
    </message>
    <message>
        <source>Pre-deployment migration files added in %1: %2 (migrations.tsv)</source>
        <translation>Fichiers de migration avant déploiement ajoutés dans %1 : %2 (migrations.tsv)</translation>
    </message>
    <message>
        <source>Post-deployment migration files added in %1: %2 (migrations.tsv)</source>
        <translation>Fichiers de migration après déploiement ajoutés dans %1 : %2 (migrations.tsv)</translation>
    </message>
    <message>
        <source>Feature release %1: likely (most feature releases ship database migrations; these notes do not say)</source>
        <translation>Version de fonctionnalités %1 : probable (la plupart des versions de fonctionnalités apportent des migrations de base de données ; ces notes ne le disent pas)</translation>
    </message>
    <message>
        <source>Line %1 of the migration counts is not “from_tag, to_tag, pre-deployment count, post-deployment count”: %2</source>
        <translation>La ligne %1 des nombres de migrations n’est pas « from_tag, to_tag, nombre avant déploiement, nombre après déploiement » : %2</translation>
    </message>
    <message>
        <source>image %1: digest %2 → %3</source>
        <translation>image %1 : empreinte %2 → %3</translation>
    </message>
    <message>
        <source>image %1: tag %2 → %3, digest %4 → %5</source>
        <translation>image %1 : étiquette %2 → %3, empreinte %4 → %5</translation>
    </message>
    <message>
        <source>%1: same items, new order</source>
        <translation>%1 : mêmes éléments, nouvel ordre</translation>
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
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
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
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
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
        <translation>Comparer</translation>
    </message>
    <message>
        <source>From server…</source>
        <translation>Depuis le serveur…</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unifié</translation>
    </message>
    <message>
        <source>Fold unchanged lines</source>
        <translation>Replier les lignes inchangées</translation>
    </message>
    <message>
        <source>Old upstream: file or mastodon@v4.2.10</source>
        <translation>Ancienne version amont : fichier ou mastodon@v4.2.10</translation>
    </message>
    <message>
        <source>New upstream: file or mastodon@v4.3.0</source>
        <translation>Nouvelle version amont : fichier ou mastodon@v4.3.0</translation>
    </message>
    <message>
        <source>Deployed copy (optional): file</source>
        <translation>Copie déployée (facultatif) : fichier</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Changement précédent</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Changement suivant</translation>
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
        <translation>Copier le patch</translation>
    </message>
    <message>
        <source>Save patch…</source>
        <translation>Enregistrer le patch…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Upstream lines</source>
        <translation>Lignes amont</translation>
    </message>
    <message>
        <source>Deployed copy</source>
        <translation>Copie déployée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Save patch</source>
        <translation>Enregistrer le patch</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Choose the old and the new upstream file.</source>
        <translation>Choisissez l’ancien et le nouveau fichier amont.</translation>
    </message>
    <message>
        <source>service added</source>
        <translation>service ajouté</translation>
    </message>
    <message>
        <source>service removed</source>
        <translation>service retiré</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation>pas de copie déployée</translation>
    </message>
    <message>
        <source>lacks it</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>already has it</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <source>conflicts with a local change</source>
        <translation>entre en conflit avec une modification locale</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 lignes inchangées</translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation>Ajouter un identifiant</translation>
    </message>
    <message>
        <source>web1, github.com, social.coop…</source>
        <translation>web1, github.com, social.coop…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret :</translation>
    </message>
    <message>
        <source>For an S3 key pair, enter ACCESS_KEY_ID:SECRET_ACCESS_KEY.</source>
        <translation>Pour une paire de clés S3, saisissez ACCESS_KEY_ID:SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Replace Credential</source>
        <translation>Remplacer l’identifiant</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Affi&amp;cher</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Oublier…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Conservé dans</translation>
    </message>
    <message>
        <source>&amp;Import from pass…</source>
        <translation>&amp;Importer depuis pass…</translation>
    </message>
    <message>
        <source>Keychain: %1 (checking…)</source>
        <translation>Trousseau : %1 (vérification…)</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Trousseau : %1</translation>
    </message>
    <message>
        <source>Keychain: %1 (unavailable)</source>
        <translation>Trousseau : %1 (indisponible)</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1). Secrets you enter now are kept for this session only and are never written to disk.</source>
        <translation>Le trousseau est indisponible (%1). Les secrets saisis maintenant sont conservés pour cette session seulement et ne sont jamais écrits sur le disque.</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Cette session seulement</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>The keychain no longer holds %1 for %2.</source>
        <translation>Le trousseau ne contient plus %1 pour %2.</translation>
    </message>
    <message>
        <source>Forget Credential</source>
        <translation>Oublier l’identifiant</translation>
    </message>
    <message>
        <source>Forget the %1 for %2? It is removed from the keychain.</source>
        <translation>Oublier %1 pour %2 ? L’élément est retiré du trousseau.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Import from pass</source>
        <translation>Importer depuis pass</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Password store:</source>
        <translation>Magasin de mots de passe :</translation>
    </message>
    <message>
        <source>Check the entries to import and say what each one is. Steward runs pass show for each and stores the first line in the keychain.</source>
        <translation>Cochez les entrées à importer et indiquez ce qu’est chacune. Steward exécute pass show pour chacune et enregistre la première ligne dans le trousseau.</translation>
    </message>
    <message>
        <source>Password Store</source>
        <translation>Magasin de mots de passe</translation>
    </message>
    <message>
        <source>There is no password store at %1.</source>
        <translation>Il n’y a pas de magasin de mots de passe dans %1.</translation>
    </message>
    <message>
        <source>%1 holds no pass entries.</source>
        <translation>%1 ne contient aucune entrée pass.</translation>
    </message>
    <message>
        <source>Name a server first.</source>
        <translation>Indiquez d’abord un serveur.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Check at least one entry with a server.</source>
        <translation>Cochez au moins une entrée avec un serveur.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Import cancelled: %1 imported, %2 failed.</source>
        <translation>Importation annulée : %1 importées, %2 en échec.</translation>
    </message>
    <message>
        <source>%1 imported, %2 failed.</source>
        <translation>%1 importées, %2 en échec.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>References from GitHub</source>
        <translation>Références depuis GitHub</translation>
    </message>
    <message>
        <source>References from a local git checkout</source>
        <translation>Références depuis une copie git locale</translation>
    </message>
    <message>
        <source>Where mastodon@vX.Y.Z references are read: GitHub (cached on disk) or the tags of a local Mastodon git checkout.</source>
        <translation>Où les références mastodon@vX.Y.Z sont lues : depuis GitHub (mis en cache sur le disque) ou depuis les étiquettes d’une copie git locale de Mastodon.</translation>
    </message>
    <message>
        <source>Path of the Mastodon git checkout</source>
        <translation>Chemin de la copie git locale de Mastodon</translation>
    </message>
    <message>
        <source>Reading the deployed docker-compose.yml from the server…</source>
        <translation>Lecture du docker-compose.yml déployé sur le serveur…</translation>
    </message>
    <message>
        <source>The deployed copy could not be read: %1</source>
        <translation>La copie déployée n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Comparison cancelled; the previous comparison is still shown.</source>
        <translation>Comparaison annulée ; la comparaison précédente reste affichée.</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <source>Choose the local git checkout to read references from.</source>
        <translation>Choisissez la copie git locale où lire les références.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Incompatible</translation>
    </message>
    <message>
        <source>Upgrade notes</source>
        <translation>Notes de mise à jour</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Préversion</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Hometown</translation>
    </message>
    <message>
        <source>%1 from GitHub</source>
        <translation>%1 depuis GitHub</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 en cache</translation>
    </message>
    <message>
        <source>bundled CHANGELOG.md</source>
        <translation>CHANGELOG.md intégré</translation>
    </message>
    <message>
        <source>%1 (CHANGELOG)</source>
        <translation>%1 (CHANGELOG)</translation>
    </message>
    <message>
        <source>%1 unavailable</source>
        <translation>%1 indisponible</translation>
    </message>
    <message>
        <source>Show prereleases</source>
        <translation>Afficher les préversions</translation>
    </message>
    <message>
        <source>Export plan as Markdown…</source>
        <translation>Exporter le plan en Markdown…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Search versions and notes</source>
        <translation>Rechercher dans les versions et les notes</translation>
    </message>
    <message>
        <source>Running version, e.g. 4.2.10</source>
        <translation>Version en service, p. ex. 4.2.10</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Saisie à la main</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Upgrade plan</source>
        <translation>Plan de mise à jour</translation>
    </message>
    <message>
        <source>Fetching release notes from GitHub (%1 of %2 done)…</source>
        <translation>Récupération des notes de version depuis GitHub (%1 sur %2 terminées)…</translation>
    </message>
    <message>
        <source>Fetch cancelled.</source>
        <translation>Récupération annulée.</translation>
    </message>
    <message>
        <source>Release notes not fetched yet.</source>
        <translation>Notes de version pas encore récupérées.</translation>
    </message>
    <message>
        <source>Fetching release notes from GitHub (0 of %1 done)…</source>
        <translation>Récupération des notes de version depuis GitHub (0 sur %1 terminée)…</translation>
    </message>
    <message>
        <source>Reading release notes…</source>
        <translation>Lecture des notes de version…</translation>
    </message>
    <message>
        <source>Releases: %1 · %2</source>
        <translation>Versions : %1 · %2</translation>
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
        <translation>Publiée le %1 · %2</translation>
    </message>
    <message>
        <source>%1 runs %2 (from %3)</source>
        <translation>%1 exécute %2 (d’après %3)</translation>
    </message>
    <message>
        <source>%1 (latest patch of %2.%3)</source>
        <translation>%1 (dernier correctif de %2.%3)</translation>
    </message>
    <message>
        <source>%1 (next line)</source>
        <translation>%1 (branche suivante)</translation>
    </message>
    <message>
        <source>Type the version a server runs to plan its upgrade.</source>
        <translation>Saisissez la version qu’exécute un serveur pour planifier sa mise à jour.</translation>
    </message>
    <message>
        <source>“%1” is not a Mastodon or Hometown version.</source>
        <translation>« %1 » n’est pas une version de Mastodon ou de Hometown.</translation>
    </message>
    <message>
        <source>No release notes yet.</source>
        <translation>Pas encore de notes de version.</translation>
    </message>
    <message>
        <source>The notes hold no release newer than %1.</source>
        <translation>Les notes ne contiennent aucune version plus récente que %1.</translation>
    </message>
    <message>
        <source>Export plan as Markdown</source>
        <translation>Exporter le plan en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Plan written to %1.</source>
        <translation>Plan écrit dans %1.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d’hôte inconnue</translation>
    </message>
    <message>
        <source>Steward has never connected to &lt;b&gt;%1&lt;/b&gt; before and cannot tell whether this is really that server. Compare the key below with what the server&apos;s administrator reads on the server itself:</source>
        <translation>Steward ne s’est jamais connecté à &lt;b&gt;%1&lt;/b&gt; et ne peut pas savoir s’il s’agit vraiment de ce serveur. Comparez la clé ci-dessous avec ce que l’administrateur du serveur lit sur le serveur lui-même :</translation>
    </message>
    <message>
        <source>On the server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;</source>
        <translation>Sur le serveur : &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Trust it only if the fingerprints are the same.</source>
        <translation>Ne lui faites confiance que si les empreintes sont identiques.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Kept once it has worked.</source>
        <translation>Conservé une fois qu’il a fonctionné.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n’est disponible.</translation>
    </message>
    <message>
        <source>Read the deployed docker-compose.yml of the chosen server over SSH (SFTP).</source>
        <translation>Lire le docker-compose.yml déployé du serveur choisi par SSH (SFTP).</translation>
    </message>
    <message>
        <source>The server whose deployed copy is compared.</source>
        <translation>Le serveur dont la copie déployée est comparée.</translation>
    </message>
    <message>
        <source>(typed by hand)</source>
        <translation>(saisie à la main)</translation>
    </message>
    <message>
        <source>Plan from the version a connected server runs.</source>
        <translation>Planifier à partir de la version qu’exécute un serveur connecté.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect Again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation>Résultat fusionné</translation>
    </message>
    <message>
        <source>The deployed copy with the ticked upstream changes; each upstream change&apos;s lines are marked by where ours stands on it.</source>
        <translation>La copie déployée avec les modifications amont cochées ; les lignes de chaque modification amont sont marquées selon où en est la nôtre.</translation>
    </message>
    <message>
        <source>Where the deployed copy stands on each upstream change, as marked beside the diff, in the overview bar and in the Merged result tab.</source>
        <translation>Où en est la copie déployée pour chaque modification amont, marqué à côté du diff, dans la barre d’aperçu et dans l’onglet Résultat fusionné.</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>legend: status, number of upstream changes</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Deployed copy:</source>
        <translation>Copie déployée :</translation>
    </message>
    <message>
        <source>%1
Applied in the merged result.</source>
        <translation>%1
Appliquée dans le résultat fusionné.</translation>
    </message>
    <message>
        <source>%1
Not applied: the deployed copy&apos;s lines are kept.</source>
        <translation>%1
Non appliquée : les lignes de la copie déployée sont conservées.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): the deployed copy lacks it.</source>
        <translation>Modification amont %1 (ajoutée après la ligne %2) : absente de la copie déployée.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): already in the deployed copy.</source>
        <translation>Modification amont %1 (ajoutée après la ligne %2) : déjà dans la copie déployée.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): conflicts with a local change in the deployed copy.</source>
        <translation>Modification amont %1 (ajoutée après la ligne %2) : en conflit avec une modification locale de la copie déployée.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): the deployed copy lacks it.</source>
        <translation>Modification amont %1 (lignes %2-%3) : absente de la copie déployée.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): already in the deployed copy.</source>
        <translation>Modification amont %1 (lignes %2-%3) : déjà dans la copie déployée.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): conflicts with a local change in the deployed copy.</source>
        <translation>Modification amont %1 (lignes %2-%3) : en conflit avec une modification locale de la copie déployée.</translation>
    </message>
    <message>
        <source>bundled CHANGELOG.md for %1</source>
        <translation>CHANGELOG.md fourni pour %1</translation>
    </message>
    <message>
        <source>%1 (CHANGELOG) for %2</source>
        <translation>%1 (CHANGELOG) pour %2</translation>
    </message>
    <message>
        <source>No release list and no saved copy for %1: its releases come from %2 instead, which lacks the upgrade notes of GitHub&apos;s releases and the patch releases made only on stable branches.</source>
        <translation>Pas de liste de versions ni de copie enregistrée pour %1 : ses versions viennent plutôt de %2, qui n’a pas les notes de mise à niveau des versions GitHub ni les versions correctives publiées seulement sur les branches stables.</translation>
    </message>
    <message>
        <source>the bundled CHANGELOG.md</source>
        <translation>le CHANGELOG.md fourni</translation>
    </message>
</context>
</TS>
