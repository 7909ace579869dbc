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
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>  stages: preflight %1 s, download %2 s, restore %3 s, verify %4 s, cleanup %5 s; restore time %6 s (%7 jobs, %8 format)</source>
        <translation>  étapes : vérifications préalables %1 s, téléchargement %2 s, restauration %3 s, vérification %4 s, nettoyage %5 s ; durée de restauration %6 s (%7 tâches, format %8)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>  schema_migrations: %1 restored, %2 in production, %3 missing</source>
        <translation>  schema_migrations : %1 restaurées, %2 en production, %3 manquantes</translation>
    </message>
    <message>
        <source>  LEFT BEHIND: %1</source>
        <translation>  LAISSÉ SUR PLACE : %1</translation>
    </message>
    <message>
        <source>no server of the inventory has backup settings (a “backup:” map)</source>
        <translation>aucun serveur de l’inventaire n’a de réglages de sauvegarde (une table « backup: »)</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory</source>
        <translation>%1 n’a pas de réglages de sauvegarde dans l’inventaire</translation>
    </message>
    <message>
        <source>several servers have backups: choose one with --server</source>
        <translation>plusieurs serveurs ont des sauvegardes : choisissez-en un avec --server</translation>
    </message>
    <message>
        <source>no selected server has backup settings (a “backup:” map in the inventory)</source>
        <translation>aucun serveur choisi n’a de réglages de sauvegarde (une table « backup: » dans l’inventaire)</translation>
    </message>
    <message>
        <source>, SUSPICIOUSLY SMALL</source>
        <translation>, ANORMALEMENT PETITE</translation>
    </message>
    <message>
        <source>  [suspiciously small]</source>
        <translation>  [anormalement petite]</translation>
    </message>
    <message>
        <source>  [not a backup name]</source>
        <translation>  [pas un nom de sauvegarde]</translation>
    </message>
    <message>
        <source>  [another database]</source>
        <translation>  [autre base de données]</translation>
    </message>
    <message>
        <source>%1 s of about %2 s</source>
        <translation>%1 s sur environ %2 s</translation>
    </message>
    <message>
        <source>Starting %1 on %2…</source>
        <translation>Démarrage de %1 sur %2…</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s (the last successful run took %3 s).</source>
        <translation>%1 a réussi en %2 s (la dernière exécution réussie a pris %3 s).</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 has no drill host: give one with --drill-host, or set backup.drill.host in the inventory</source>
        <translation>%1 n’a pas d’hôte d’exercice : indiquez-en un avec --drill-host, ou définissez backup.drill.host dans l’inventaire</translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory</source>
        <translation>l’inventaire ne contient aucun serveur « %1 »</translation>
    </message>
    <message>
        <source>The database backups of the inventory&apos;s servers: list the catalogue and its freshness, run the backup unit now, or run a restore drill.</source>
        <translation>Les sauvegardes de base de données des serveurs de l’inventaire : lister le catalogue et sa fraîcheur, lancer l’unité de sauvegarde maintenant, ou lancer un exercice de restauration.</translation>
    </message>
    <message>
        <source>list, run or drill</source>
        <translation>list, run ou drill</translation>
    </message>
    <message>
        <source>drill: restore on this inventory server.</source>
        <translation>drill : restaurer sur ce serveur de l’inventaire.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>drill: this object key (default: the newest backup).</source>
        <translation>drill : cette clé d’objet (par défaut : la sauvegarde la plus récente).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>drill: keep the scratch database when the drill passes.</source>
        <translation>drill : conserver la base temporaire quand l’exercice réussit.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>usage: steward backup list|run|drill [--server NAME] [--drill-host NAME] [--backup KEY] [--keep] [--format text|json] (see --help)</source>
        <translation>utilisation : steward backup list|run|drill [--server NAME] [--drill-host NAME] [--backup KEY] [--keep] [--format text|json] (voir --help)</translation>
    </message>
    <message>
        <source>Refresh and print the status of the servers (steward status --help).</source>
        <translation>Actualiser et afficher l’état des serveurs (steward status --help).</translation>
    </message>
    <message>
        <source>Print the journals and compose logs of a server, merged in time order (steward logs --help).</source>
        <translation>Afficher les journaux systemd et les journaux compose d’un serveur, fusionnés par ordre chronologique (steward logs --help).</translation>
    </message>
    <message>
        <source>List the backups and their freshness, run the backup now, or run a restore drill (steward backup --help).</source>
        <translation>Lister les sauvegardes et leur fraîcheur, lancer la sauvegarde maintenant ou lancer un exercice de restauration (steward backup --help).</translation>
    </message>
    <message>
        <source>List, show, run, follow and resume runbooks such as the upgrade night, in tmux on a server (steward runbook --help).</source>
        <translation>Lister, afficher, exécuter, suivre et reprendre des procédures comme la nuit de mise à jour, dans tmux sur un serveur (steward runbook --help).</translation>
    </message>
    <message>
        <source>the comparison did not finish</source>
        <translation>la comparaison n’a pas abouti</translation>
    </message>
    <message>
        <source>Use this inventory file instead of ~/.config/steward/inventory.yaml.</source>
        <translation>Utiliser ce fichier d’inventaire au lieu de ~/.config/steward/inventory.yaml.</translation>
    </message>
    <message>
        <source>Start (or reuse) the lab, the local rehearsal host, and use its inventory.</source>
        <translation>Démarrer (ou réutiliser) le labo, l’hôte de répétition local, et utiliser son inventaire.</translation>
    </message>
    <message>
        <source>Only this server of the inventory (repeatable); default: every server.</source>
        <translation>Seulement ce serveur de l’inventaire (répétable) ; par défaut : tous les serveurs.</translation>
    </message>
    <message>
        <source>--lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation>--lab utilise l’inventaire du labo ; omettez --inventory</translation>
    </message>
    <message>
        <source>the lab did not start</source>
        <translation>le labo n’a pas démarré</translation>
    </message>
    <message>
        <source>the lab did not say where its inventory is</source>
        <translation>le labo n’a pas indiqué où se trouve son inventaire</translation>
    </message>
    <message>
        <source>there is no inventory at %1 (give one with --inventory FILE, or try --lab)</source>
        <translation>il n’y a pas d’inventaire dans %1 (indiquez-en un avec --inventory FILE, ou essayez --lab)</translation>
    </message>
    <message>
        <source>cannot read the inventory %1: %2</source>
        <translation>impossible de lire l’inventaire %1 : %2</translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory (it has: %2)</source>
        <translation>l’inventaire ne contient aucun serveur « %1 » (il contient : %2)</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3). Headless commands never accept a new key: check it with the server&apos;s administrator and accept it once in Steward&apos;s window, or add it to ~/.ssh/known_hosts.</source>
        <translation>la clé d’hôte de %1 n’est pas connue (%2 %3). Les commandes sans fenêtre n’acceptent jamais une nouvelle clé : vérifiez-la avec l’administrateur du serveur et acceptez-la une fois dans la fenêtre de Steward, ou ajoutez-la à ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>%1 (the keychain holds no answer, and headless commands never ask: load the key into ssh-agent, or keep the secret in the keychain from Steward&apos;s window)</source>
        <translation>%1 (le trousseau ne contient aucune réponse, et les commandes sans fenêtre ne posent jamais de question : chargez la clé dans ssh-agent, ou conservez le secret dans le trousseau depuis la fenêtre de Steward)</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>bash could not be run: %1</source>
        <translation>bash n’a pas pu être exécuté : %1</translation>
    </message>
    <message>
        <source>the lab did not start within ten minutes</source>
        <translation>le labo n’a pas démarré en dix minutes</translation>
    </message>
    <message>
        <source>steward-lab ended with status %1</source>
        <translation>steward-lab s’est terminé avec le statut %1</translation>
    </message>
    <message>
        <source>Print the journals of systemd units and the logs of compose services of a server, merged in time order.</source>
        <translation>Afficher les journaux des unités systemd et les journaux des services compose d’un serveur, fusionnés par ordre chronologique.</translation>
    </message>
    <message>
        <source>A systemd unit&apos;s journal (repeatable). Without --unit and --service: the whole journal.</source>
        <translation>Le journal d’une unité systemd (répétable). Sans --unit ni --service : tout le journal.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>A compose service&apos;s logs (repeatable), in the server&apos;s compose folder.</source>
        <translation>Les journaux d’un service compose (répétable), dans le dossier compose du serveur.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>Lines from this time on: &quot;2024-11-22 00:10&quot;, &quot;-10min&quot;, &quot;2h ago&quot;, &quot;today&quot;, &quot;@EPOCH&quot;... (local time unless it says UTC).</source>
        <translation>Les lignes à partir de ce moment : &quot;2024-11-22 00:10&quot;, &quot;-10min&quot;, &quot;2h ago&quot;, &quot;today&quot;, &quot;@EPOCH&quot;... (heure locale sauf mention de UTC).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The last N lines of each source (default 100; with --since: every line since).</source>
        <translation>Les N dernières lignes de chaque source (100 par défaut ; avec --since : toutes les lignes depuis ce moment).</translation>
    </message>
    <message>
        <source>Then print new lines as they come, until interrupted.</source>
        <translation>Puis afficher les nouvelles lignes à mesure qu’elles arrivent, jusqu’à interruption.</translation>
    </message>
    <message>
        <source>Only lines containing this text (without case unless it has an upper case letter).</source>
        <translation>Seulement les lignes contenant ce texte (sans tenir compte de la casse, sauf s’il contient une majuscule).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>--grep is a regular expression (PCRE).</source>
        <translation>--grep est une expression régulière (PCRE).</translation>
    </message>
    <message>
        <source>Only lines of this level or more severe: emerg, alert, crit, err, warning, notice, info, debug (or 0-7).</source>
        <translation>Seulement les lignes de ce niveau ou d’un niveau plus grave : emerg, alert, crit, err, warning, notice, info, debug (ou 0-7).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>One JSON object a line (docs/logs.md).</source>
        <translation>Un objet JSON par ligne (docs/logs.md).</translation>
    </message>
    <message>
        <source>unexpected argument “%1” (see steward logs --help)</source>
        <translation>argument inattendu « %1 » (voir steward logs --help)</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since : %1</translation>
    </message>
    <message>
        <source>--lines takes a number of lines (0 or more)</source>
        <translation>--lines accepte un nombre de lignes (0 ou plus)</translation>
    </message>
    <message>
        <source>--priority: unknown level “%1” (emerg, alert, crit, err, warning, notice, info, debug, or 0-7)</source>
        <translation>--priority : niveau inconnu « %1 » (emerg, alert, crit, err, warning, notice, info, debug, ou 0-7)</translation>
    </message>
    <message>
        <source>--regex goes with --grep PATTERN</source>
        <translation>--regex va avec --grep PATTERN</translation>
    </message>
    <message>
        <source>--grep: %1</source>
        <translation>--grep : %1</translation>
    </message>
    <message>
        <source>the inventory has no server</source>
        <translation>l’inventaire ne contient aucun serveur</translation>
    </message>
    <message>
        <source>say which server with --server NAME</source>
        <translation>indiquez le serveur avec --server NAME</translation>
    </message>
    <message>
        <source>%1: following again</source>
        <translation>%1 : suivi repris</translation>
    </message>
    <message>
        <source>Run made by %1 at %2.</source>
        <translation>Exécution lancée par %1 le %2.</translation>
    </message>
    <message>
        <source>▶ %1: %2 (attempt %3, by %4)</source>
        <translation>▶ %1 : %2 (tentative %3, par %4)</translation>
    </message>
    <message>
        <source>✔ %1: its checks passed</source>
        <translation>✔ %1 : ses contrôles sont passés</translation>
    </message>
    <message>
        <source>✔ %1: finished</source>
        <translation>✔ %1 : terminée</translation>
    </message>
    <message>
        <source>✘ %1: blocked by its checks</source>
        <translation>✘ %1 : bloquée par ses contrôles</translation>
    </message>
    <message>
        <source>✘ %1: failed with exit status %2</source>
        <translation>✘ %1 : échec avec le statut de sortie %2</translation>
    </message>
    <message>
        <source>✘ %1: failed: %2</source>
        <translation>✘ %1 : échec : %2</translation>
    </message>
    <message>
        <source>✔ %1: verified</source>
        <translation>✔ %1 : vérifiée</translation>
    </message>
    <message>
        <source>✘ %1: its verification failed</source>
        <translation>✘ %1 : sa vérification a échoué</translation>
    </message>
    <message>
        <source>✔ %1: approved by %2</source>
        <translation>✔ %1 : approuvée par %2</translation>
    </message>
    <message>
        <source>✔ %1: approved by %2 (%3)</source>
        <translation>✔ %1 : approuvée par %2 (%3)</translation>
    </message>
    <message>
        <source>! %1: overridden by %2: %3</source>
        <translation>! %1 : forcée par %2 : %3</translation>
    </message>
    <message>
        <source>- %1: skipped by %2: %3</source>
        <translation>- %1 : sautée par %2 : %3</translation>
    </message>
    <message>
        <source>! %1: interrupted: %2</source>
        <translation>! %1 : interrompue : %2</translation>
    </message>
    <message>
        <source>↻ %1: to run again (%2: %3)</source>
        <translation>↻ %1 : à relancer (%2 : %3)</translation>
    </message>
    <message>
        <source>  %1: uploaded %2 (SHA-256 %3)</source>
        <translation>  %1 : %2 téléversé (SHA-256 %3)</translation>
    </message>
    <message>
        <source>  %1: committed %2 on %3</source>
        <translation>  %1 : commit de %2 sur %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>  %1: ansible-playbook %2: %3 change(s)</source>
        <translation>  %1 : ansible-playbook %2 : %3 modification(s)</translation>
    </message>
    <message>
        <source>■ Stopped by %1: %2</source>
        <translation>■ Arrêtée par %1 : %2</translation>
    </message>
    <message>
        <source>▶ Resumed by %1.</source>
        <translation>▶ Reprise par %1.</translation>
    </message>
    <message>
        <source>■ Done (%1).</source>
        <translation>■ Terminée (%1).</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>fournie</translation>
    </message>
    <message>
        <source>INVALID  %1</source>
        <translation>INVALIDE  %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>No runbooks.</source>
        <translation>Aucune procédure.</translation>
    </message>
    <message>
        <source>Parameters (--set NAME=VALUE):</source>
        <translation>Paramètres (--set NAME=VALUE) :</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>parmi : %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>nécessite : %1</translation>
    </message>
    <message>
        <source>a run is on one server: give --server once</source>
        <translation>une exécution porte sur un seul serveur : indiquez --server une seule fois</translation>
    </message>
    <message>
        <source>choose the server with --server NAME (the inventory has: %1)</source>
        <translation>choisissez le serveur avec --server NAME (l’inventaire contient : %1)</translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Credentials, “Mastodon access token”) or set STEWARD_MASTODON_TOKEN.</source>
        <translation>Il n’y a pas de jeton d’administration pour %1 : conservez-en un dans le trousseau (Identifiants, « Jeton d’accès Mastodon ») ou définissez STEWARD_MASTODON_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain did not give the admin token of %1: %2</source>
        <translation>Le trousseau n’a pas fourni le jeton d’administration de %1 : %2</translation>
    </message>
    <message>
        <source>Run %1 of “%2” on %3.</source>
        <translation>Exécution %1 de « %2 » sur %3.</translation>
    </message>
    <message>
        <source>To watch it on the server: %1</source>
        <translation>Pour la suivre sur le serveur : %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2); trying again. A running step goes on on the server.</source>
        <translation>La connexion à %1 a été perdue (%2) ; nouvelle tentative. Une étape en cours continue sur le serveur.</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>De nouveau connecté à %1.</translation>
    </message>
    <message>
        <source>The run is done.</source>
        <translation>L’exécution est terminée.</translation>
    </message>
    <message>
        <source>The run was stopped (%1). To go on: %2</source>
        <translation>L’exécution a été arrêtée (%1). Pour continuer : %2</translation>
    </message>
    <message>
        <source>“%1” waits for approval:
%2</source>
        <translation>« %1 » attend une approbation :
%2</translation>
    </message>
    <message>
        <source>Approve? Type yes to approve, anything else stops here: </source>
        <translation>Approuver ? Tapez yes pour approuver, toute autre réponse arrête ici : </translation>
    </message>
    <message>
        <source>“%1” was not approved. The run waits there; to go on: %2</source>
        <translation>« %1 » n’a pas été approuvée. L’exécution attend à cette étape ; pour continuer : %2</translation>
    </message>
    <message>
        <source>“%1” waits for a person&apos;s approval:
%2
Nothing was approved: without a terminal, a confirmation needs --yes (or --approve-all REASON). To approve it and go on: %3</source>
        <translation>« %1 » attend l’approbation d’une personne :
%2
Rien n’a été approuvé : sans terminal, une confirmation nécessite --yes (ou --approve-all REASON). Pour l’approuver et continuer : %3</translation>
    </message>
    <message>
        <source>%1
The run stopped at “%2”. Look at its output, set right what went wrong, then try it again: %3</source>
        <translation>%1
L’exécution s’est arrêtée à « %2 ». Examinez sa sortie, corrigez ce qui n’a pas fonctionné, puis réessayez-la : %3</translation>
    </message>
    <message>
        <source>%1
The run stopped at the gate “%2” (a gate is never passed by --yes). Set right what it found, then check it again: %3; or override it with a reason in Steward&apos;s window.</source>
        <translation>%1
L’exécution s’est arrêtée au point de contrôle « %2 » (--yes ne franchit jamais un point de contrôle). Corrigez ce qu’il a relevé, puis relancez le contrôle : %3 ; ou forcez-le avec une raison dans la fenêtre de Steward.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>Stopped following. The run goes on in tmux on %1 (a running step finishes there, and nothing new starts); to follow and drive it again: %2</source>
        <translation>Suivi arrêté. L’exécution continue dans tmux sur %1 (une étape en cours s’y termine, et rien de nouveau ne démarre) ; pour la suivre et la piloter à nouveau : %2</translation>
    </message>
    <message>
        <source>--set takes NAME=VALUE, not “%1”</source>
        <translation>--set accepte NAME=VALUE, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 (see steward runbook show %2)</source>
        <translation>%1 (voir steward runbook show %2)</translation>
    </message>
    <message>
        <source>no run %1 is kept on this computer (a run is kept once Steward has followed it here; steward runbook status lists the server&apos;s runs)</source>
        <translation>aucune exécution %1 n’est conservée sur cet ordinateur (une exécution est conservée une fois que Steward l’a suivie ici ; steward runbook status liste les exécutions du serveur)</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade; steward runbook status lists them)</source>
        <translation>« %1 » n’est pas un identifiant d’exécution (comme 20261122-001000-mastodon-upgrade ; steward runbook status les liste)</translation>
    </message>
    <message>
        <source>%1  unreadable: %2</source>
        <translation>%1  illisible : %2</translation>
    </message>
    <message>
        <source>at %1 (%2: %3)</source>
        <translation>à l’étape %1 (%2 : %3)</translation>
    </message>
    <message>
        <source>%1 of %2 steps done; by %3, %4</source>
        <translation>%1 étapes sur %2 terminées ; par %3, %4</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêtée : %1</translation>
    </message>
    <message>
        <source>No runs on %1.</source>
        <translation>Aucune exécution sur %1.</translation>
    </message>
    <message>
        <source>Runbooks: the upgrade night as steps that run in tmux on the server, gated on evidence and resumable (docs/runbook.md).</source>
        <translation>Procédures : la nuit de mise à jour sous forme d’étapes exécutées dans tmux sur le serveur, conditionnées à des preuves et reprenables (docs/runbook.md).</translation>
    </message>
    <message>
        <source>list, show NAME, dry-run NAME, run NAME, status, resume RUN-ID, or transcript RUN-ID</source>
        <translation>list, show NAME, dry-run NAME, run NAME, status, resume RUN-ID ou transcript RUN-ID</translation>
    </message>
    <message>
        <source>run, dry-run: a parameter&apos;s value (repeatable); resume: a secret parameter&apos;s value again.</source>
        <translation>run, dry-run : la valeur d’un paramètre (répétable) ; resume : à nouveau la valeur d’un paramètre secret.</translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation (recorded as approved on the command line). Gates are never passed by it.</source>
        <translation>run, resume : approuver toutes les confirmations (enregistrées comme approuvées en ligne de commande). Les points de contrôle ne sont jamais franchis ainsi.</translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation with this reason, which goes into the transcript.</source>
        <translation>run, resume : approuver toutes les confirmations avec cette raison, qui est inscrite dans le compte rendu.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>resume: try the failed, blocked or interrupted step again.</source>
        <translation>resume : réessayer l’étape échouée, bloquée ou interrompue.</translation>
    </message>
    <message>
        <source>Print JSON (progress goes to stderr).</source>
        <translation>Afficher du JSON (la progression va sur stderr).</translation>
    </message>
    <message>
        <source>usage: steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME [--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (see --help)</source>
        <translation>utilisation : steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME [--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (voir --help)</translation>
    </message>
    <message>
        <source>transcript reads this computer&apos;s history: give at most --server NAME</source>
        <translation>transcript lit l’historique de cet ordinateur : indiquez au plus --server NAME</translation>
    </message>
    <message>
        <source>--approve-all needs a reason</source>
        <translation>--approve-all nécessite une raison</translation>
    </message>
    <message>
        <source>approved on the command line (--yes)</source>
        <translation>approuvé en ligne de commande (--yes)</translation>
    </message>
    <message>
        <source>--retry is for resume</source>
        <translation>--retry est réservé à resume</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>could not read (%1); last read %2: %3</source>
        <translation>lecture impossible (%1) ; dernière lecture %2 : %3</translation>
    </message>
    <message>
        <source>could not read (%1)</source>
        <translation>lecture impossible (%1)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>%1 next %2</source>
        <translation>%1 prochaine exécution %2</translation>
    </message>
    <message>
        <source>timers</source>
        <translation>minuteurs</translation>
    </message>
    <message>
        <source>disks</source>
        <translation>disques</translation>
    </message>
    <message>
        <source>web %1; streaming %2</source>
        <translation>web %1 ; streaming %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>Refresh and print the status of the inventory&apos;s servers: compose services, systemd units and timers, disks, and the instance&apos;s HTTP health.</source>
        <translation>Actualiser et afficher l’état des serveurs de l’inventaire : services compose, unités et minuteurs systemd, disques et santé HTTP de l’instance.</translation>
    </message>
    <message>
        <source>Exit 1 from this severity on: critical (default) or warning.</source>
        <translation>Sortir avec le code 1 à partir de cette gravité : critical (par défaut) ou warning.</translation>
    </message>
    <message>
        <source>Give up on a server after this many seconds (default 60).</source>
        <translation>Abandonner un serveur après ce nombre de secondes (60 par défaut).</translation>
    </message>
    <message>
        <source>--format takes text or json, --fail-on critical or warning, --timeout a number of seconds</source>
        <translation>--format accepte text ou json, --fail-on critical ou warning, --timeout un nombre de secondes</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n seconds</source>
        <translation>
            <numerusform>abandon après %n seconde</numerusform>
            <numerusform>abandon après %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suspiciously small)</source>
        <translation>%1 (anormalement petite)</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (périmée)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Tools › Credentials, “Mastodon access token”).</source>
        <translation>Il n’y a pas de jeton d’administration pour %1 : conservez-en un dans le trousseau (Outils › Identifiants, « Jeton d’accès Mastodon »).</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>There is no server “%1” in the inventory.</source>
        <translation>L’inventaire ne contient aucun serveur « %1 ».</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>it cannot be read (or is over 1 MiB)</source>
        <translation>il ne peut pas être lu (ou dépasse 1 Mio)</translation>
    </message>
    <message>
        <source>the shipped example (put the group&apos;s own in %1)</source>
        <translation>l’exemple fourni (mettez celui du groupe dans %1)</translation>
    </message>
    <message>
        <source>the glossary is missing</source>
        <translation>le glossaire est manquant</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation>Importer depuis un inventaire Ansible</translation>
    </message>
    <message>
        <source>Choose the hosts to add to the inventory.</source>
        <translation>Choisissez les hôtes à ajouter à l’inventaire.</translation>
    </message>
    <message>
        <source>The Ansible inventory names no host Steward can reach over SSH.</source>
        <translation>L’inventaire Ansible ne nomme aucun hôte que Steward puisse joindre par SSH.</translation>
    </message>
    <message>
        <source>Left out or read with a warning:</source>
        <translation>Omis ou lus avec un avertissement :</translation>
    </message>
    <message>
        <source>Reading the Ansible inventory %1…</source>
        <translation>Lecture de l’inventaire Ansible %1…</translation>
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
    <message>
        <source>Read with ansible-inventory (group and host variables resolved by Ansible).</source>
        <translation>Lu avec ansible-inventory (variables de groupe et d’hôte résolues par Ansible).</translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own INI inventory reader (inline variables, [group:vars], group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation>ansible-inventory n’est pas installé : lu avec le lecteur d’inventaire INI de Steward (variables en ligne, [group:vars], group_vars/ et host_vars/ ; pas de plugins, pas de modèles).</translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own YAML inventory reader (hosts, vars, children, group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation>ansible-inventory n’est pas installé : lu avec le lecteur d’inventaire YAML de Steward (hosts, vars, children, group_vars/ et host_vars/ ; pas de plugins, pas de modèles).</translation>
    </message>
    <message>
        <source>The inventory names no host.</source>
        <translation>L’inventaire ne nomme aucun hôte.</translation>
    </message>
    <message>
        <source>%1: “vars” is not a mapping; ignored</source>
        <translation>%1 : « vars » n’est pas une table ; ignoré</translation>
    </message>
    <message>
        <source>%1: %2 is not a single value; ignored</source>
        <translation>%1 : %2 n’est pas une valeur unique ; ignoré</translation>
    </message>
    <message>
        <source>groups nested too deep</source>
        <translation>groupes imbriqués trop profondément</translation>
    </message>
    <message>
        <source>group “%1” must be a mapping (hosts, vars, children)</source>
        <translation>le groupe « %1 » doit être une table (hosts, vars, children)</translation>
    </message>
    <message>
        <source>“hosts” of group “%1” must be a mapping of host names</source>
        <translation>« hosts » du groupe « %1 » doit être une table de noms d’hôtes</translation>
    </message>
    <message>
        <source>“children” of group “%1” must be a mapping of groups</source>
        <translation>« children » du groupe « %1 » doit être une table de groupes</translation>
    </message>
    <message>
        <source>group “%1”: unexpected key “%2” (only hosts, vars and children are read); skipped</source>
        <translation>groupe « %1 » : clé inattendue « %2 » (seuls hosts, vars et children sont lus) ; ignorée</translation>
    </message>
    <message>
        <source>“[%1]” is not a host range (expected [start:end] or [start:end:step])</source>
        <translation>« [%1] » n’est pas une plage d’hôtes (attendu : [start:end] ou [start:end:step])</translation>
    </message>
    <message>
        <source>the step of host range “[%1]” is not a positive number</source>
        <translation>le pas de la plage d’hôtes « [%1] » n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>host range “[%1]” has no end</source>
        <translation>la plage d’hôtes « [%1] » n’a pas de fin</translation>
    </message>
    <message>
        <source>host range “[%1]” ends before it begins</source>
        <translation>la plage d’hôtes « [%1] » se termine avant de commencer</translation>
    </message>
    <message>
        <source>host range “[%1]” is too large</source>
        <translation>la plage d’hôtes « [%1] » est trop grande</translation>
    </message>
    <message>
        <source>host range “[%1]” mixes letters and numbers or is not a range</source>
        <translation>la plage d’hôtes « [%1] » mélange lettres et chiffres ou n’est pas une plage</translation>
    </message>
    <message>
        <source>“%1” has “[” without “]”</source>
        <translation>« %1 » contient « [ » sans « ] »</translation>
    </message>
    <message>
        <source>%1: not an SSH host (ansible_connection=%2); left out</source>
        <translation>%1 : pas un hôte SSH (ansible_connection=%2) ; omis</translation>
    </message>
    <message>
        <source>%1: %2 is a template (%3) that only Ansible can resolve; left out</source>
        <translation>%1 : %2 est un modèle (%3) que seul Ansible peut résoudre ; omis</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a port number; left out</source>
        <translation>%1 : %2 « %3 » n’est pas un numéro de port ; omis</translation>
    </message>
    <message>
        <source>an Ansible inventory</source>
        <translation>un inventaire Ansible</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importé depuis %1.</translation>
    </message>
    <message>
        <source>Imported from %1 (groups: %2).</source>
        <translation>Importé depuis %1 (groupes : %2).</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1 : omis : %2</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not valid JSON (%1 at character %2)</source>
        <translation>la sortie d’ansible-inventory n’est pas du JSON valide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not a JSON object</source>
        <translation>la sortie d’ansible-inventory n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has no “all” group (cut short?)</source>
        <translation>la sortie d’ansible-inventory n’a pas de groupe « all » (tronquée ?)</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has “_meta” without “hostvars”</source>
        <translation>la sortie d’ansible-inventory a « _meta » sans « hostvars »</translation>
    </message>
    <message>
        <source>invalid section “%1”</source>
        <translation>section « %1 » non valide</translation>
    </message>
    <message>
        <source>section [%1] has unknown type “%2”</source>
        <translation>la section [%1] a un type inconnu « %2 »</translation>
    </message>
    <message>
        <source>expected key=value in [%1:vars], got “%2”</source>
        <translation>key=value attendu dans [%1:vars], « %2 » trouvé</translation>
    </message>
    <message>
        <source>expected one group name in [%1:children], got “%2”</source>
        <translation>un seul nom de groupe attendu dans [%1:children], « %2 » trouvé</translation>
    </message>
    <message>
        <source>unclosed quote in “%1”</source>
        <translation>guillemet non fermé dans « %1 »</translation>
    </message>
    <message>
        <source>expected key=value host variable, got “%1”</source>
        <translation>variable d’hôte key=value attendue, « %1 » trouvé</translation>
    </message>
    <message>
        <source>the inventory is empty</source>
        <translation>l’inventaire est vide</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of groups</source>
        <translation>un inventaire YAML doit être une table de groupes</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping of variables; ignored</source>
        <translation>%1 n’est pas une table de variables ; ignoré</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (%2, line %3); ignored</source>
        <translation>%1 n’est pas du YAML valide (%2, ligne %3) ; ignoré</translation>
    </message>
    <message>
        <source>%1 is too large for an inventory</source>
        <translation>%1 est trop volumineux pour un inventaire</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read</source>
        <translation>%1 n’existe pas ou ne peut pas être lu</translation>
    </message>
    <message numerus="yes">
        <source>ansible-inventory did not answer within %n second(s); stopped</source>
        <translation>
            <numerusform>ansible-inventory n’a pas répondu en %n seconde ; arrêté</numerusform>
            <numerusform>ansible-inventory n’a pas répondu en %n secondes ; arrêté</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-inventory could not be started: %1</source>
        <translation>ansible-inventory n’a pas pu être lancé : %1</translation>
    </message>
    <message>
        <source>ansible-inventory crashed: %1</source>
        <translation>ansible-inventory a planté : %1</translation>
    </message>
    <message>
        <source>ansible-inventory failed (exit status %1): %2</source>
        <translation>ansible-inventory a échoué (statut de sortie %1) : %2</translation>
    </message>
    <message>
        <source>“%1” must be a number from %2 to %3</source>
        <translation>« %1 » doit être un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>“drill” must be a mapping of keys to values</source>
        <translation>« drill » doit être une table de clés et de valeurs</translation>
    </message>
    <message>
        <source>“work_dir” must be an absolute path</source>
        <translation>« work_dir » doit être un chemin absolu</translation>
    </message>
    <message>
        <source>“backup” must be a mapping of keys to values</source>
        <translation>« backup » doit être une table de clés et de valeurs</translation>
    </message>
    <message>
        <source>“endpoint” must be an http:// or https:// URL</source>
        <translation>« endpoint » doit être une URL http:// ou https://</translation>
    </message>
    <message>
        <source>“addressing” must be path or virtual</source>
        <translation>« addressing » doit valoir path ou virtual</translation>
    </message>
    <message>
        <source>“pattern” must contain {timestamp}</source>
        <translation>« pattern » doit contenir {timestamp}</translation>
    </message>
    <message>
        <source>“psql” must be a list of arguments, such as [docker, compose, exec, -T, db, psql, -U, postgres]</source>
        <translation>« psql » doit être une liste d’arguments, comme [docker, compose, exec, -T, db, psql, -U, postgres]</translation>
    </message>
    <message>
        <source>“backup” has no “bucket”</source>
        <translation>« backup » n’a pas de « bucket »</translation>
    </message>
    <message>
        <source>server “%1”: the drill host “%2” is not a server of the inventory</source>
        <translation>serveur « %1 » : l’hôte d’exercice « %2 » n’est pas un serveur de l’inventaire</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>Aucune commande n’a été donnée.</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server&apos;s question was not answered.</source>
        <translation>Permission refusée pour %1@%2 : la question du serveur n’a pas reçu de réponse.</translation>
    </message>
    <message>
        <source>%1@%2 asks: %3</source>
        <translation>%1@%2 demande : %3</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server refused the answers.</source>
        <translation>Permission refusée pour %1@%2 : le serveur a refusé les réponses.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: the server and Steward have no cipher, key exchange or host key type in common (%2). Steward offers AES-GCM, chacha20-poly1305 and AES-CTR ciphers, not CBC, 3DES or RC4.</source>
        <translation>La négociation SSH avec %1 a échoué : le serveur et Steward n’ont aucun algorithme de chiffrement, d’échange de clés ou de type de clé d’hôte en commun (%2). Steward propose les chiffrements AES-GCM, chacha20-poly1305 et AES-CTR, pas CBC, 3DES ni RC4.</translation>
    </message>
    <message>
        <source>The server %1 presented a %2 key (%3), but it is known under another key type only: %4. The server may have been reinstalled, or someone may be intercepting the connection. Connection refused; check the key on the server before you add it to known_hosts.</source>
        <translation>Le serveur %1 a présenté une clé %2 (%3), mais il n’est connu que sous un autre type de clé : %4. Le serveur a peut-être été réinstallé, ou quelqu’un intercepte peut-être la connexion. Connexion refusée ; vérifiez la clé sur le serveur avant de l’ajouter à known_hosts.</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>une réponse vide</translation>
    </message>
    <message>
        <source>an HTML page “%1”</source>
        <translation>une page HTML « %1 »</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>une page HTML</translation>
    </message>
    <message>
        <source>the error “%1”</source>
        <translation>l’erreur « %1 »</translation>
    </message>
    <message>
        <source>“%1…”</source>
        <translation>« %1… »</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>the health endpoint answered %1 instead of “OK”</source>
        <translation>le point d’accès de santé a répondu %1 au lieu de « OK »</translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1, not Mastodon&apos;s JSON</source>
        <translation>/api/v2/instance a répondu %1, pas le JSON de Mastodon</translation>
    </message>
    <message>
        <source>/api/v2/instance is not valid JSON (%1 at character %2; cut short?)</source>
        <translation>/api/v2/instance n’est pas du JSON valide (%1 au caractère %2 ; tronqué ?)</translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1</source>
        <translation>/api/v2/instance a répondu %1</translation>
    </message>
    <message>
        <source>/api/v2/instance has no “version”</source>
        <translation>/api/v2/instance n’a pas de « version »</translation>
    </message>
    <message>
        <source>/api/v2/instance has no configuration.statuses.max_characters (a number)</source>
        <translation>/api/v2/instance n’a pas de configuration.statuses.max_characters (un nombre)</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Démarrer %1</translation>
    </message>
    <message numerus="yes">
        <source>Scale %1 to %n</source>
        <translation>
            <numerusform>Passer %1 à %n conteneur</numerusform>
            <numerusform>Passer %1 à %n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeploy (docker compose up -d)</source>
        <translation>Redéployer (docker compose up -d)</translation>
    </message>
    <message>
        <source>Start %1 now</source>
        <translation>Démarrer %1 maintenant</translation>
    </message>
    <message>
        <source>stopped by signal %1</source>
        <translation>arrêté par le signal %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>En bonne santé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>No compose service exists in the compose directory.</source>
        <translation>Aucun service compose n’existe dans le dossier compose.</translation>
    </message>
    <message>
        <source>%1 keeps restarting (%2).</source>
        <translation>%1 redémarre sans cesse (%2).</translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation>%1 ne tourne pas (%2).</translation>
    </message>
    <message>
        <source>%1 is unhealthy.</source>
        <translation>%1 n’est pas en bonne santé.</translation>
    </message>
    <message>
        <source>%1 is still starting.</source>
        <translation>%1 est encore en train de démarrer.</translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation>%1 a échoué (%2).</translation>
    </message>
    <message>
        <source>%1: the last run ended with “%2”.</source>
        <translation>%1 : la dernière exécution s’est terminée par « %2 ».</translation>
    </message>
    <message>
        <source>The last run of %1 (from %2) failed.</source>
        <translation>La dernière exécution de %1 (depuis %2) a échoué.</translation>
    </message>
    <message>
        <source>%1 is not scheduled to run again.</source>
        <translation>%1 n’est pas programmé pour s’exécuter à nouveau.</translation>
    </message>
    <message>
        <source>%1 should have run at %2 and did not.</source>
        <translation>%1 aurait dû s’exécuter à %2 et ne l’a pas fait.</translation>
    </message>
    <message>
        <source>%1 is %2 % full.</source>
        <translation>%1 est plein à %2 %.</translation>
    </message>
    <message>
        <source>The maintenance page is up (HTTP 503).</source>
        <translation>La page de maintenance est affichée (HTTP 503).</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 ne répond pas : %2</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2.</source>
        <translation>%1 répond HTTP %2.</translation>
    </message>
    <message>
        <source>The web service</source>
        <translation>Le service web</translation>
    </message>
    <message>
        <source>The streaming service</source>
        <translation>Le service de streaming</translation>
    </message>
    <message>
        <source>The instance API</source>
        <translation>L’API de l’instance</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>line %1 is not valid JSON (%2 at character %3)</source>
        <translation>la ligne %1 n’est pas du JSON valide (%2 au caractère %3)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>JSON non valide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>a container without a name or a state</source>
        <translation>un conteneur sans nom ni état</translation>
    </message>
    <message>
        <source>block devices nested too deep</source>
        <translation>périphériques de bloc imbriqués trop profondément</translation>
    </message>
    <message>
        <source>a block device without a name</source>
        <translation>un périphérique de bloc sans nom</translation>
    </message>
    <message>
        <source>the size of %1 is not a size</source>
        <translation>la taille de %1 n’est pas une taille</translation>
    </message>
    <message>
        <source>expected a list of containers</source>
        <translation>une liste de conteneurs était attendue</translation>
    </message>
    <message>
        <source>line %1 is not a container</source>
        <translation>la ligne %1 n’est pas un conteneur</translation>
    </message>
    <message>
        <source>a unit without an Id (line %1)</source>
        <translation>une unité sans Id (ligne %1)</translation>
    </message>
    <message>
        <source>%1: no LoadState or ActiveState (cut short?)</source>
        <translation>%1 : pas de LoadState ni d’ActiveState (tronqué ?)</translation>
    </message>
    <message>
        <source>line %1 is not Key=Value: “%2”</source>
        <translation>la ligne %1 n’est pas de la forme Key=Value : « %2 »</translation>
    </message>
    <message>
        <source>no NEXT … ACTIVATES header</source>
        <translation>pas d’en-tête NEXT … ACTIVATES</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>l’en-tête n’a pas de colonne %1</translation>
    </message>
    <message>
        <source>line %1 is cut short</source>
        <translation>la ligne %1 est tronquée</translation>
    </message>
    <message>
        <source>line %1 has no timer and unit: “%2”</source>
        <translation>la ligne %1 n’a ni minuteur ni unité : « %2 »</translation>
    </message>
    <message>
        <source>line %1: a time that cannot be read: “%2”</source>
        <translation>ligne %1 : une heure illisible : « %2 »</translation>
    </message>
    <message>
        <source>the list ends without its “timers listed” line (cut short?)</source>
        <translation>la liste se termine sans sa ligne « timers listed » (tronquée ?)</translation>
    </message>
    <message>
        <source>df printed nothing</source>
        <translation>df n’a rien affiché</translation>
    </message>
    <message>
        <source>no Filesystem … Mounted on header</source>
        <translation>pas d’en-tête Filesystem … Mounted on</translation>
    </message>
    <message>
        <source>line %1 is not a filesystem: “%2”</source>
        <translation>la ligne %1 n’est pas un système de fichiers : « %2 »</translation>
    </message>
    <message>
        <source>no “blockdevices” list</source>
        <translation>pas de liste « blockdevices »</translation>
    </message>
    <message>
        <source>no “report” list</source>
        <translation>pas de liste « report »</translation>
    </message>
    <message>
        <source>a logical volume without a name or a size</source>
        <translation>un volume logique sans nom ou sans taille</translation>
    </message>
    <message>
        <source>the command stopped before this part</source>
        <translation>la commande s’est arrêtée avant cette partie</translation>
    </message>
    <message>
        <source>%1: cut short</source>
        <translation>%1 : tronqué</translation>
    </message>
    <message>
        <source>%1: the command is not installed on the server (%2)</source>
        <translation>%1 : la commande n’est pas installée sur le serveur (%2)</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation>%1 a échoué (statut de sortie %2) : %3</translation>
    </message>
    <message>
        <source>docker compose ps: %1</source>
        <translation>docker compose ps : %1</translation>
    </message>
    <message>
        <source>systemctl show: %1</source>
        <translation>systemctl show : %1</translation>
    </message>
    <message>
        <source>systemctl list-timers: %1</source>
        <translation>systemctl list-timers : %1</translation>
    </message>
    <message>
        <source>df: %1</source>
        <translation>df : %1</translation>
    </message>
    <message>
        <source>df failed (exit status %1): %2</source>
        <translation>df a échoué (statut de sortie %1) : %2</translation>
    </message>
    <message>
        <source>lsblk failed (exit status %1): %2</source>
        <translation>lsblk a échoué (statut de sortie %1) : %2</translation>
    </message>
    <message>
        <source>lsblk: %1</source>
        <translation>lsblk : %1</translation>
    </message>
    <message>
        <source>Nothing to compare: the old and the new upstream file are both needed.</source>
        <translation>Rien à comparer : l’ancien et le nouveau fichier amont sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>“%1” is not a valid upstream reference.</source>
        <translation>« %1 » n’est pas une référence amont valide.</translation>
    </message>
    <message>
        <source>ansible-playbook&apos;s output is not its JSON report: %1</source>
        <translation>La sortie d’ansible-playbook n’est pas son rapport JSON : %1</translation>
    </message>
    <message>
        <source>The announcement has %1 characters; %2 allows %3. Shorten it before posting.</source>
        <translation>L’annonce fait %1 caractères ; %2 en autorise %3. Raccourcissez-la avant de la publier.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2). Retrying is safe: the same Idempotency-Key never makes a second post.</source>
        <translation>%1 n’a pas répondu (%2). Réessayer est sans risque : la même Idempotency-Key ne crée jamais une deuxième publication.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (scheduled status %2).</source>
        <translation>Programmée pour %1 (statut programmé %2).</translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation>Publiée : %1</translation>
    </message>
    <message>
        <source>%1 refused the admin token (%2). Store a valid token of the admin account in the keychain (Tools &gt; Credentials, Mastodon token), then retry.</source>
        <translation>%1 a refusé le jeton d’administration (%2). Enregistrez un jeton valide du compte administrateur dans le trousseau (Outils &gt; Identifiants, jeton Mastodon), puis réessayez.</translation>
    </message>
    <message>
        <source>%1 does not let this token post (%2): it needs the write:statuses scope.</source>
        <translation>%1 ne permet pas à ce jeton de publier (%2) : il lui faut la portée write:statuses.</translation>
    </message>
    <message>
        <source>%1 refused the text: %2</source>
        <translation>%1 a refusé le texte : %2</translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again after %2.</source>
        <translation>%1 limite la fréquence des publications de ce compte ; réessayez après %2.</translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again later.</source>
        <translation>%1 limite la fréquence des publications de ce compte ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered %2: the site is down or shows the maintenance page. Post before maintenance starts.</source>
        <translation>%1 a répondu %2 : le site est hors service ou affiche la page de maintenance. Publiez avant le début de la maintenance.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2 : %3</translation>
    </message>
    <message>
        <source>read %1 on this computer</source>
        <translation>lire %1 sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>… (%n earlier lines)</source>
        <translation>
            <numerusform>… (%n ligne précédente)</numerusform>
            <numerusform>… (%n lignes précédentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation>(statut de sortie %1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Could not run “%1”: %2</source>
        <translation>Impossible d’exécuter « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” failed with exit status %2.</source>
        <translation>« %1 » a échoué avec le statut de sortie %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup newer than %n hour(s)</source>
        <translation>
            <numerusform>Une sauvegarde de moins de %n heure</numerusform>
            <numerusform>Une sauvegarde de moins de %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>the last run of %1 on the server</source>
        <translation>la dernière exécution de %1 sur le serveur</translation>
    </message>
    <message>
        <source>Could not read the state of %1: %2</source>
        <translation>Impossible de lire l’état de %1 : %2</translation>
    </message>
    <message>
        <source>The backup unit %1 does not exist on the server.</source>
        <translation>L’unité de sauvegarde %1 n’existe pas sur le serveur.</translation>
    </message>
    <message>
        <source>A backup is running now; wait until %1 has finished.</source>
        <translation>Une sauvegarde est en cours ; attendez que %1 soit terminé.</translation>
    </message>
    <message>
        <source>The last backup failed (%1: %2).</source>
        <translation>La dernière sauvegarde a échoué (%1 : %2).</translation>
    </message>
    <message>
        <source>%1 has not run since the server started.</source>
        <translation>%1 ne s’est pas exécuté depuis le démarrage du serveur.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup finished %1 ago (%2), more than %n hour(s).</source>
        <translation>
            <numerusform>La dernière sauvegarde s’est terminée il y a %1 (%2), plus de %n heure.</numerusform>
            <numerusform>La dernière sauvegarde s’est terminée il y a %1 (%2), plus de %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup finished %1 ago (%2) and succeeded.</source>
        <translation>La dernière sauvegarde s’est terminée il y a %1 (%2) et a réussi.</translation>
    </message>
    <message>
        <source>At least %1 free for %2</source>
        <translation>Au moins %1 libres pour %2</translation>
    </message>
    <message>
        <source>df on the server</source>
        <translation>df sur le serveur</translation>
    </message>
    <message>
        <source>Could not read df&apos;s answer: %1</source>
        <translation>Impossible de lire la réponse de df : %1</translation>
    </message>
    <message>
        <source>%1 is free on %2 (at least %3 needed).</source>
        <translation>%1 libres sur %2 (au moins %3 nécessaires).</translation>
    </message>
    <message>
        <source>Only %1 is free on %2; at least %3 is needed.</source>
        <translation>Seulement %1 libres sur %2 ; au moins %3 sont nécessaires.</translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml is the reviewed file</source>
        <translation>Le docker-compose.yml du serveur est le fichier relu</translation>
    </message>
    <message>
        <source>SHA-256 of %1 and of the server&apos;s docker-compose.yml</source>
        <translation>SHA-256 de %1 et du docker-compose.yml du serveur</translation>
    </message>
    <message>
        <source>The reviewed file cannot be read: %1</source>
        <translation>Le fichier relu ne peut pas être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source> (reviewed, %n byte(s))</source>
        <translation>
            <numerusform> (relu, %n octet)</numerusform>
            <numerusform> (relu, %n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs the reviewed docker-compose.yml (%1).</source>
        <translation>Le serveur utilise le docker-compose.yml relu (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml (%1) is not the reviewed file (%2).</source>
        <translation>Le docker-compose.yml du serveur (%1) n’est pas le fichier relu (%2).</translation>
    </message>
    <message>
        <source>Mastodon %1 is running</source>
        <translation>Mastodon %1 est en service</translation>
    </message>
    <message>
        <source>The running Mastodon is older than %1</source>
        <translation>Le Mastodon en service est antérieur à %1</translation>
    </message>
    <message>
        <source>The running Mastodon is %1 or newer</source>
        <translation>Le Mastodon en service est en version %1 ou plus récente</translation>
    </message>
    <message>
        <source>tootctl version in the %1 container</source>
        <translation>tootctl version dans le conteneur %1</translation>
    </message>
    <message>
        <source>tootctl printed “%1”, which is not a version.</source>
        <translation>tootctl a affiché « %1 », qui n’est pas une version.</translation>
    </message>
    <message>
        <source>“%1” is not a version.</source>
        <translation>« %1 » n’est pas une version.</translation>
    </message>
    <message>
        <source>The server runs Mastodon %1.</source>
        <translation>Le serveur exécute Mastodon %1.</translation>
    </message>
    <message>
        <source>No database migration is left to run</source>
        <translation>Aucune migration de base de données ne reste à exécuter</translation>
    </message>
    <message>
        <source>The database migrations the new images will run</source>
        <translation>Les migrations de base de données que les nouvelles images exécuteront</translation>
    </message>
    <message numerus="yes">
        <source>At most %n database migration(s) pending</source>
        <translation>
            <numerusform>Au plus %n migration de base de données en attente</numerusform>
            <numerusform>Au plus %n migrations de base de données en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>rails db:migrate:status in a one-off %1 container</source>
        <translation>rails db:migrate:status dans un conteneur %1 ponctuel</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) known</source>
        <translation>
            <numerusform>%n migration connue</numerusform>
            <numerusform>%n migrations connues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>db:migrate:status listed no migration; its output is not understood.</source>
        <translation>db:migrate:status n’a listé aucune migration ; sa sortie n’est pas comprise.</translation>
    </message>
    <message>
        <source>Every migration has run.</source>
        <translation>Toutes les migrations ont été exécutées.</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) pending.</source>
        <translation>
            <numerusform>%n migration en attente.</numerusform>
            <numerusform>%n migrations en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upgrade plan expects: %1.</source>
        <translation>Le plan de mise à jour prévoit : %1.</translation>
    </message>
    <message>
        <source>Mastodon is up and healthy</source>
        <translation>Mastodon est en service et en bonne santé</translation>
    </message>
    <message>
        <source>docker compose ps on the server and the public health endpoints</source>
        <translation>docker compose ps sur le serveur et les points d’accès de santé publics</translation>
    </message>
    <message>
        <source>No container exists.</source>
        <translation>Aucun conteneur n’existe.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 est %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 a répondu %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Every service runs and the health endpoints answer 200.</source>
        <translation>Tous les services tournent et les points d’accès de santé répondent 200.</translation>
    </message>
    <message>
        <source>The %1 version</source>
        <translation>La version de %1</translation>
    </message>
    <message>
        <source>%1 %2 or newer</source>
        <translation>%1 %2 ou plus récent</translation>
    </message>
    <message>
        <source>the version the %1 container runs</source>
        <translation>la version qu’exécute le conteneur %1</translation>
    </message>
    <message>
        <source>%1 %2 runs (no minimum given).</source>
        <translation>%1 %2 en service (aucun minimum indiqué).</translation>
    </message>
    <message>
        <source>No %1 version in the answer.</source>
        <translation>Aucune version de %1 dans la réponse.</translation>
    </message>
    <message>
        <source>%1 %2 runs (%3 or newer needed).</source>
        <translation>%1 %2 en service (%3 ou plus récent nécessaire).</translation>
    </message>
    <message>
        <source>%1 %2 runs; the release needs %3 or newer.</source>
        <translation>%1 %2 en service ; la version nécessite %3 ou plus récent.</translation>
    </message>
    <message>
        <source>Visitors see the maintenance page</source>
        <translation>Les visiteurs voient la page de maintenance</translation>
    </message>
    <message>
        <source>Visitors reach Mastodon again</source>
        <translation>Les visiteurs accèdent de nouveau à Mastodon</translation>
    </message>
    <message>
        <source>the answer of %1 from this computer</source>
        <translation>la réponse de %1 depuis cet ordinateur</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 n’a pas répondu : %2</translation>
    </message>
    <message>
        <source>The site answers 503 with the maintenance page.</source>
        <translation>Le site répond 503 avec la page de maintenance.</translation>
    </message>
    <message>
        <source>The site answers 503, but not with the maintenance page (no “%1” in it).</source>
        <translation>Le site répond 503, mais pas avec la page de maintenance (pas de « %1 » dedans).</translation>
    </message>
    <message>
        <source>The site answers %1, not 503: maintenance mode is not on.</source>
        <translation>Le site répond %1, pas 503 : le mode maintenance n’est pas activé.</translation>
    </message>
    <message>
        <source>/health answers 200 again.</source>
        <translation>/health répond de nouveau 200.</translation>
    </message>
    <message>
        <source>/health answers %1, not 200.</source>
        <translation>/health répond %1, pas 200.</translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation>%1 répond %2</translation>
    </message>
    <message>
        <source>It answered %1, not %2.</source>
        <translation>Réponse : %1, pas %2.</translation>
    </message>
    <message>
        <source>It answered %1.</source>
        <translation>Réponse : %1.</translation>
    </message>
    <message>
        <source>It answered %1 without “%2”.</source>
        <translation>Réponse : %1, sans « %2 ».</translation>
    </message>
    <message>
        <source>the output of %1</source>
        <translation>la sortie de %1</translation>
    </message>
    <message>
        <source>It exited with status %1, not %2.</source>
        <translation>Statut de sortie %1, pas %2.</translation>
    </message>
    <message>
        <source>Its output does not match “%1”.</source>
        <translation>Sa sortie ne correspond pas à « %1 ».</translation>
    </message>
    <message>
        <source>It exited with status %1 as expected.</source>
        <translation>Statut de sortie %1, comme prévu.</translation>
    </message>
    <message>
        <source>%1: running-version needs exactly one of equals, below, at_least</source>
        <translation>%1 : running-version nécessite exactement un seul parmi equals, below, at_least</translation>
    </message>
    <message>
        <source>%1: dependency needs a name (postgresql or redis)</source>
        <translation>%1 : dependency nécessite un nom (postgresql ou redis)</translation>
    </message>
    <message>
        <source>%1: “expect” is not a valid regular expression</source>
        <translation>%1 : « expect » n’est pas une expression régulière valide</translation>
    </message>
    <message>
        <source>%1: unknown check “%2” (known: %3)</source>
        <translation>%1 : contrôle inconnu « %2 » (connus : %3)</translation>
    </message>
    <message>
        <source>Could not open the repository %1</source>
        <translation>Impossible d’ouvrir le dépôt %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name</source>
        <translation>« %1 » n’est pas un nom de branche valide</translation>
    </message>
    <message>
        <source>The repository has no commit to branch from</source>
        <translation>Le dépôt n’a aucun commit à partir duquel créer une branche</translation>
    </message>
    <message>
        <source>Could not read the branch&apos;s commit</source>
        <translation>Impossible de lire le commit de la branche</translation>
    </message>
    <message>
        <source>Could not read the commit&apos;s tree</source>
        <translation>Impossible de lire l’arbre du commit</translation>
    </message>
    <message>
        <source>Could not make an index</source>
        <translation>Impossible de créer un index</translation>
    </message>
    <message>
        <source>Could not read the tree</source>
        <translation>Impossible de lire l’arbre</translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation>Impossible d’ajouter %1</translation>
    </message>
    <message>
        <source>Could not write the tree</source>
        <translation>Impossible d’écrire l’arbre</translation>
    </message>
    <message>
        <source>Branch %1 already has this %2 (%3).</source>
        <translation>La branche %1 contient déjà cette version de %2 (%3).</translation>
    </message>
    <message>
        <source>Could not read the new tree</source>
        <translation>Impossible de lire le nouvel arbre</translation>
    </message>
    <message>
        <source>Could not make the commit&apos;s signature</source>
        <translation>Impossible de créer la signature du commit</translation>
    </message>
    <message>
        <source>Could not commit</source>
        <translation>Impossible de commiter</translation>
    </message>
    <message>
        <source>Could not move branch %1</source>
        <translation>Impossible de déplacer la branche %1</translation>
    </message>
    <message>
        <source>Committed %1 on branch %2: %3.</source>
        <translation>%1 commité sur la branche %2 : %3.</translation>
    </message>
    <message>
        <source>The repository has no remote “%1”</source>
        <translation>Le dépôt n’a pas de dépôt distant « %1 »</translation>
    </message>
    <message>
        <source>Could not push %1 to %2</source>
        <translation>Impossible de pousser %1 vers %2</translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation>%1 poussé vers %2.</translation>
    </message>
    <message>
        <source>Dry run of “%1” on %2: nothing is sent.</source>
        <translation>Simulation de « %1 » sur %2 : rien n’est envoyé.</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 doit être une table de clés et de valeurs</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice</source>
        <translation>%1 : « %2 » est indiqué deux fois</translation>
    </message>
    <message>
        <source>%1: unknown variable “${%2}”</source>
        <translation>%1 : variable inconnue « ${%2} »</translation>
    </message>
    <message>
        <source>%1 has no “%2”</source>
        <translation>%1 n’a pas de « %2 »</translation>
    </message>
    <message>
        <source>%1: “%2” must be a single value</source>
        <translation>%1 : « %2 » doit être une valeur unique</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list of arguments, such as [docker, compose, pull]</source>
        <translation>%1 : « %2 » doit être une liste d’arguments, comme [docker, compose, pull]</translation>
    </message>
    <message>
        <source>%1: each item of “%2” must be a single value</source>
        <translation>%1 : chaque élément de « %2 » doit être une valeur unique</translation>
    </message>
    <message>
        <source>%1: “%2” is empty</source>
        <translation>%1 : « %2 » est vide</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list</source>
        <translation>%1 : « %2 » doit être une liste</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false</source>
        <translation>%1 : « %2 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: “%2” must be a number from %3 to %4</source>
        <translation>%1 : « %2 » doit être un nombre de %3 à %4</translation>
    </message>
    <message>
        <source>%1: “%2” must be a duration such as 90s, 5m or 1h30m</source>
        <translation>%1 : « %2 » doit être une durée comme 90s, 5m ou 1h30m</translation>
    </message>
    <message>
        <source>%1: “%2” must be a size such as 512M or 10G</source>
        <translation>%1 : « %2 » doit être une taille comme 512M ou 10G</translation>
    </message>
    <message>
        <source>%1: “%2” must be one of: %3</source>
        <translation>%1 : « %2 » doit valoir l’une de ces valeurs : %3</translation>
    </message>
    <message>
        <source>%1: unknown key “%2”</source>
        <translation>%1 : clé inconnue « %2 »</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Blocked by its gate</source>
        <translation>Bloquée par son point de contrôle</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Forcée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <source>“%1” needs “%2” (%3), which is %4.</source>
        <translation>« %1 » nécessite « %2 » (%3), qui est %4.</translation>
    </message>
    <message>
        <source>Its verification failed.</source>
        <translation>Sa vérification a échoué.</translation>
    </message>
    <message>
        <source>pre-deployment migrations (%1)</source>
        <translation>migrations d’avant déploiement (%1)</translation>
    </message>
    <message>
        <source>post-deployment migrations (%1)</source>
        <translation>migrations d’après déploiement (%1)</translation>
    </message>
    <message>
        <source>none named in the release notes</source>
        <translation>aucune nommée dans les notes de version</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>tué par le signal %1</translation>
    </message>
    <message>
        <source>larger than 16 MiB</source>
        <translation>plus de 16 Mio</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Pas de connexion à %1.</translation>
    </message>
    <message>
        <source>Could not write to the run&apos;s journal on %1: %2</source>
        <translation>Impossible d’écrire dans le journal de l’exécution sur %1 : %2</translation>
    </message>
    <message>
        <source>Could not create the run&apos;s folder %1 on %2: %3</source>
        <translation>Impossible de créer le dossier de l’exécution %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Could not write a temporary file: %1</source>
        <translation>Impossible d’écrire un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>Could not start the run&apos;s journal on %1: %2</source>
        <translation>Impossible de démarrer le journal de l’exécution sur %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation>« %1 » n’est pas un identifiant d’exécution (comme 20261122-001000-mastodon-upgrade).</translation>
    </message>
    <message>
        <source>No run %1 on %2: %3</source>
        <translation>Aucune exécution %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The run&apos;s runbook on %1 cannot be read: %2</source>
        <translation>La procédure de l’exécution sur %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>Could not read the run&apos;s journal on %1: %2</source>
        <translation>Impossible de lire le journal de l’exécution sur %1 : %2</translation>
    </message>
    <message>
        <source>Steward stopped working on it before it ended (a lost connection)</source>
        <translation>Steward a cessé de s’en occuper avant qu’elle se termine (une connexion perdue)</translation>
    </message>
    <message>
        <source>Approve what ansible-playbook --check --diff showed.</source>
        <translation>Approuvez ce qu’a montré ansible-playbook --check --diff.</translation>
    </message>
    <message>
        <source>“%1” was interrupted: %2</source>
        <translation>« %1 » a été interrompue : %2</translation>
    </message>
    <message>
        <source>the Steward that worked on it stopped before it ended (a restart or a lost connection)</source>
        <translation>le Steward qui s’en occupait s’est arrêté avant qu’elle se termine (un redémarrage ou une connexion perdue)</translation>
    </message>
    <message>
        <source>the runner on the server ended without recording how the step ended (was the server restarted?)</source>
        <translation>l’exécuteur sur le serveur s’est terminé sans enregistrer comment l’étape s’est terminée (le serveur a-t-il redémarré ?)</translation>
    </message>
    <message>
        <source>“%1” did not start: %2</source>
        <translation>« %1 » n’a pas démarré : %2</translation>
    </message>
    <message>
        <source>Unknown step type %1.</source>
        <translation>Type d’étape inconnu %1.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: %2</source>
        <translation>%1 n’est pas un fichier docker-compose : %2</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed file: %1 (%n byte(s), SHA-256 %2)</source>
        <translation>
            <numerusform>Fichier relu : %1 (%n octet, SHA-256 %2)</numerusform>
            <numerusform>Fichier relu : %1 (%n octets, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload to %1 failed: %2</source>
        <translation>Le téléversement vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Uploaded to %1 atomically.</source>
        <translation>Téléversé vers %1 de manière atomique.</translation>
    </message>
    <message>
        <source>Already posted by attempt %1: %2</source>
        <translation>Déjà publiée par la tentative %1 : %2</translation>
    </message>
    <message>
        <source>No keychain to read the admin token from.</source>
        <translation>Aucun trousseau où lire le jeton d’administration.</translation>
    </message>
    <message numerus="yes">
        <source>Announcement (%n character(s)):</source>
        <translation>
            <numerusform>Annonce (%n caractère) :</numerusform>
            <numerusform>Annonce (%n caractères) :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 characters allowed.</source>
        <translation>%1 caractères sur %2 autorisés.</translation>
    </message>
    <message numerus="yes">
        <source>Still not healthy after %n second(s): %1</source>
        <translation>
            <numerusform>Toujours pas en bonne santé après %n seconde : %1</numerusform>
            <numerusform>Toujours pas en bonne santé après %n secondes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook --check failed; nothing was applied.</source>
        <translation>ansible-playbook --check a échoué ; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>ansible-playbook failed.</source>
        <translation>ansible-playbook a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s).</source>
        <translation>
            <numerusform>Appliqué : %n modification.</numerusform>
            <numerusform>Appliqué : %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook could not start: %1</source>
        <translation>ansible-playbook n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Nothing waits for approval in “%1”.</source>
        <translation>Rien n’attend d’approbation dans « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is %2; only a failed, blocked or interrupted step is retried.</source>
        <translation>« %1 » est %2 ; seule une étape échouée, bloquée ou interrompue peut être réessayée.</translation>
    </message>
    <message>
        <source>Skipping a step needs a reason.</source>
        <translation>Sauter une étape nécessite une raison.</translation>
    </message>
    <message>
        <source>“%1” is %2 and cannot be skipped.</source>
        <translation>« %1 » est %2 et ne peut pas être sautée.</translation>
    </message>
    <message>
        <source>Overriding needs a reason.</source>
        <translation>Forcer nécessite une raison.</translation>
    </message>
    <message>
        <source>“%1” is not blocked: there is nothing to override.</source>
        <translation>« %1 » n’est pas bloquée : il n’y a rien à forcer.</translation>
    </message>
    <message>
        <source>Running a step again needs a reason.</source>
        <translation>Relancer une étape nécessite une raison.</translation>
    </message>
    <message>
        <source>“%1” has not completed; retry it instead.</source>
        <translation>« %1 » ne s’est pas terminée ; réessayez-la plutôt.</translation>
    </message>
    <message>
        <source>Resuming from a chosen step needs a reason.</source>
        <translation>Reprendre à partir d’une étape choisie nécessite une raison.</translation>
    </message>
    <message>
        <source>A step is running; wait until it has finished.</source>
        <translation>Une étape est en cours ; attendez qu’elle soit terminée.</translation>
    </message>
    <message>
        <source>resumed from “%1”: %2</source>
        <translation>reprise à partir de « %1 » : %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>In tmux on the server (%1):</source>
        <translation>Dans tmux sur le serveur (%1) :</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>Envoyé sous la forme :</translation>
    </message>
    <message>
        <source>Check: %1 (evidence: %2)</source>
        <translation>Contrôle : %1 (preuve : %2)</translation>
    </message>
    <message>
        <source>Then verified: %1 (evidence: %2)</source>
        <translation>Puis vérifié : %1 (preuve : %2)</translation>
    </message>
    <message>
        <source>The run %1 could not be kept in the history: %2</source>
        <translation>L’exécution %1 n’a pas pu être conservée dans l’historique : %2</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>L’historique des exécutions n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>an empty duration</source>
        <translation>une durée vide</translation>
    </message>
    <message>
        <source>“%1” is not a duration such as 90s, 5m or 1h30m</source>
        <translation>« %1 » n’est pas une durée comme 90s, 5m ou 1h30m</translation>
    </message>
    <message>
        <source>“%1” is not a size such as 512M or 10G</source>
        <translation>« %1 » n’est pas une taille comme 512M ou 10G</translation>
    </message>
    <message>
        <source>the runbook has no parameter “%1” (it has: %2)</source>
        <translation>la procédure n’a pas de paramètre « %1 » (elle a : %2)</translation>
    </message>
    <message>
        <source>the parameter “%1” (%2) is required</source>
        <translation>le paramètre « %1 » (%2) est obligatoire</translation>
    </message>
    <message>
        <source>“%1” is not a version (%2)</source>
        <translation>« %1 » n’est pas une version (%2)</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>“%1” is not a date and time such as 2026-11-22T00:10:00Z (%2)</source>
        <translation>« %1 » n’est pas une date et heure comme 2026-11-22T00:10:00Z (%2)</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2</source>
        <translation>« %1 » doit valoir l’une de ces valeurs : %2</translation>
    </message>
    <message>
        <source>%1: no readable file “%2” on this computer</source>
        <translation>%1 : aucun fichier lisible « %2 » sur cet ordinateur</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>un paramètre</translation>
    </message>
    <message>
        <source>parameter name “%1”: use lower-case letters, digits and _</source>
        <translation>nom de paramètre « %1 » : utilisez des lettres minuscules, des chiffres et _</translation>
    </message>
    <message>
        <source>the parameter “%1” is defined twice</source>
        <translation>le paramètre « %1 » est défini deux fois</translation>
    </message>
    <message>
        <source>parameter “%1”</source>
        <translation>paramètre « %1 »</translation>
    </message>
    <message>
        <source>parameter “%1”: a choice needs “choices”</source>
        <translation>paramètre « %1 » : un choix nécessite « choices »</translation>
    </message>
    <message>
        <source>parameter “%1”: a secret has no default</source>
        <translation>paramètre « %1 » : un secret n’a pas de valeur par défaut</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>une étape</translation>
    </message>
    <message>
        <source>step id “%1”: use lower-case letters, digits and -</source>
        <translation>identifiant d’étape « %1 » : utilisez des lettres minuscules, des chiffres et -</translation>
    </message>
    <message>
        <source>the step id “%1” is used twice</source>
        <translation>l’identifiant d’étape « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>step “%1”</source>
        <translation>étape « %1 »</translation>
    </message>
    <message>
        <source>step “%1” needs “%2”, which is not a step before it</source>
        <translation>l’étape « %1 » nécessite « %2 », qui n’est pas une étape antérieure</translation>
    </message>
    <message>
        <source>step “%1”: “verify” must be a list of checks</source>
        <translation>étape « %1 » : « verify » doit être une liste de contrôles</translation>
    </message>
    <message>
        <source>step “%1”, verify %2</source>
        <translation>étape « %1 », verify %2</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; it is not a runbook</source>
        <translation>le fichier dépasse 1 Mio ; ce n’est pas une procédure</translation>
    </message>
    <message>
        <source>the runbook is empty</source>
        <translation>la procédure est vide</translation>
    </message>
    <message>
        <source>the runbook</source>
        <translation>la procédure</translation>
    </message>
    <message>
        <source>not a runbook: the first key must be “runbook: %1” (the format&apos;s version)</source>
        <translation>pas une procédure : la première clé doit être « runbook: %1 » (la version du format)</translation>
    </message>
    <message>
        <source>runbook format %1 is not known to this Steward (it reads format %2)</source>
        <translation>le format de procédure %1 est inconnu de ce Steward (il lit le format %2)</translation>
    </message>
    <message>
        <source>runbook id “%1”: use lower-case letters, digits and -</source>
        <translation>identifiant de procédure « %1 » : utilisez des lettres minuscules, des chiffres et -</translation>
    </message>
    <message>
        <source>“parameters” must be a list</source>
        <translation>« parameters » doit être une liste</translation>
    </message>
    <message>
        <source>the runbook needs “steps”, a list of steps</source>
        <translation>la procédure nécessite « steps », une liste d’étapes</translation>
    </message>
    <message>
        <source>no runbook “%1” (known: %2)</source>
        <translation>aucune procédure « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>A volunteer approves: %1</source>
        <translation>Un bénévole approuve : %1</translation>
    </message>
    <message>
        <source>git (libgit2): commit %1 as %2 on branch %3 of %4</source>
        <translation>git (libgit2) : commit de %1 en tant que %2 sur la branche %3 de %4</translation>
    </message>
    <message>
        <source>git (libgit2): push branch %1 to origin</source>
        <translation>git (libgit2) : push de la branche %1 vers origin</translation>
    </message>
    <message>
        <source>SFTP upload %1 → %2 (a temporary file beside it, renamed over it; the replaced file&apos;s mode kept)</source>
        <translation>Téléversement SFTP %1 → %2 (un fichier temporaire à côté, renommé par-dessus ; le mode du fichier remplacé est conservé)</translation>
    </message>
    <message>
        <source>the reviewed docker-compose.yml: %1</source>
        <translation>le docker-compose.yml relu : %1</translation>
    </message>
    <message>
        <source>Every %1 s for up to %2 s, until all pass:</source>
        <translation>Toutes les %1 s pendant au plus %2 s, jusqu’à ce que tout passe :</translation>
    </message>
    <message>
        <source>  Authorization: Bearer (the admin token of %1, from the keychain)</source>
        <translation>  Authorization: Bearer (le jeton d’administration de %1, depuis le trousseau)</translation>
    </message>
    <message>
        <source>the Mastodon admin token of %1 in the keychain</source>
        <translation>le jeton d’administration Mastodon de %1 dans le trousseau</translation>
    </message>
    <message>
        <source>   (shown first, approved)</source>
        <translation>   (montré d’abord, approuvé)</translation>
    </message>
    <message>
        <source>ansible-playbook on this computer (Debian&apos;s ansible-core)</source>
        <translation>ansible-playbook sur cet ordinateur (ansible-core de Debian)</translation>
    </message>
    <message>
        <source>%1 needs “checks”, a list such as [{check: backup-fresh}]</source>
        <translation>%1 nécessite « checks », une liste comme [{check: backup-fresh}]</translation>
    </message>
    <message>
        <source>%1, check %2</source>
        <translation>%1, contrôle %2</translation>
    </message>
    <message>
        <source>%1, commit</source>
        <translation>%1, commit</translation>
    </message>
    <message>
        <source>%1 needs “phase”: pre or post</source>
        <translation>%1 nécessite « phase » : pre ou post</translation>
    </message>
    <message>
        <source>%1 needs “mode”: on or off</source>
        <translation>%1 nécessite « mode » : on ou off</translation>
    </message>
    <message>
        <source>%1: unknown type “%2” (known: %3)</source>
        <translation>%1 : type inconnu « %2 » (connus : %3)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>preuve : %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Run: `%1` (runbook `%2`)</source>
        <translation>Exécution : `%1` (procédure `%2`)</translation>
    </message>
    <message>
        <source>Started: %1 by %2</source>
        <translation>Démarrée : le %1 par %2</translation>
    </message>
    <message>
        <source>done at %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <source>stopped at %1 by %2: %3</source>
        <translation>arrêtée le %1 par %2 : %3</translation>
    </message>
    <message>
        <source>in progress (%1)</source>
        <translation>en cours (%1)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>(secret, not recorded)</source>
        <translation>(secret, non enregistré)</translation>
    </message>
    <message>
        <source>On the server: `%1`</source>
        <translation>Sur le serveur : `%1`</translation>
    </message>
    <message>
        <source>Attempt %1 started %2 by %3</source>
        <translation>Tentative %1 démarrée le %2 par %3</translation>
    </message>
    <message>
        <source>Attempt %1 finished %2 with exit status %3</source>
        <translation>Tentative %1 terminée le %2 avec le statut de sortie %3</translation>
    </message>
    <message>
        <source>Gate, %1: %2</source>
        <translation>Point de contrôle, %1 : %2</translation>
    </message>
    <message>
        <source>Verification, %1: %2</source>
        <translation>Vérification, %1 : %2</translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation>Approuvée le %1 par %2</translation>
    </message>
    <message>
        <source>Overridden %1 by %2: %3</source>
        <translation>Forcée le %1 par %2 : %3</translation>
    </message>
    <message>
        <source>Skipped %1 by %2: %3</source>
        <translation>Sautée le %1 par %2 : %3</translation>
    </message>
    <message>
        <source>Attempt %1 interrupted (%2): %3</source>
        <translation>Tentative %1 interrompue (%2) : %3</translation>
    </message>
    <message>
        <source>Run again %1 by %2: %3</source>
        <translation>Relancée le %1 par %2 : %3</translation>
    </message>
    <message>
        <source>Uploaded %1 (SHA-256 %2, %3 bytes)</source>
        <translation>%1 téléversé (SHA-256 %2, %3 octets)</translation>
    </message>
    <message>
        <source>Committed %1 on %2 (%3)%4</source>
        <translation>%1 commité sur %2 (%3)%4</translation>
    </message>
    <message>
        <source>, pushed</source>
        <translation>, poussé</translation>
    </message>
    <message>
        <source>Announcement %1: %2</source>
        <translation>Annonce, %1 : %2</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Non exécutée.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>détail</translation>
    </message>
    <message>
        <source>the file is not text (it contains a NUL byte)</source>
        <translation>le fichier n’est pas du texte (il contient un octet NUL)</translation>
    </message>
    <message>
        <source>the document is too large or too deep for a runbook</source>
        <translation>le document est trop volumineux ou trop profond pour une procédure</translation>
    </message>
    <message>
        <source>The history database: %1 (%2)</source>
        <translation>La base de données d’historique : %1 (%2)</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>The history database %1 has no readable schema version.</source>
        <translation>La base de données d’historique %1 n’a pas de version de schéma lisible.</translation>
    </message>
    <message>
        <source>The history database %1 is version %2, made by a newer Steward; this one reads up to version %3.</source>
        <translation>La base de données d’historique %1 est en version %2, créée par un Steward plus récent ; celui-ci lit jusqu’à la version %3.</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>impossible de démarrer une migration</translation>
    </message>
    <message>
        <source>migration to version %1 failed</source>
        <translation>la migration vers la version %1 a échoué</translation>
    </message>
    <message>
        <source>There is no connection to %1.</source>
        <translation>Il n’y a pas de connexion à %1.</translation>
    </message>
    <message>
        <source>The server&apos;s clock could not be read.</source>
        <translation>L’horloge du serveur n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>systemctl could not start %1: %2</source>
        <translation>systemctl n’a pas pu démarrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 failed; its journal says nothing more.</source>
        <translation>%1 a échoué ; son journal n’en dit pas plus.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has no {timestamp}.</source>
        <translation>Le modèle de nom « %1 » n’a pas de {timestamp}.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unclosed “{”.</source>
        <translation>Le modèle de nom « %1 » a une « { » non fermée.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unknown field {%2} (known: {database}, {server}, {timestamp}).</source>
        <translation>Le modèle de nom « %1 » a un champ inconnu {%2} (connus : {database}, {server}, {timestamp}).</translation>
    </message>
    <message>
        <source>The naming pattern “%1” cannot be used.</source>
        <translation>Le modèle de nom « %1 » ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 holds no backups.</source>
        <translation>%1 ne contient aucune sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n object(s), none named as this server&apos;s backups (check the naming pattern).</source>
        <translation>
            <numerusform>%1 contient %n objet, dont aucun n’est nommé comme les sauvegardes de ce serveur (vérifiez le modèle de nom).</numerusform>
            <numerusform>%1 contient %n objets, dont aucun n’est nommé comme les sauvegardes de ce serveur (vérifiez le modèle de nom).</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup is %1 old (more than %2 h) and suspiciously small: %3, %4 % of the median of the ones before it.</source>
        <translation>La sauvegarde la plus récente date de %1 (plus de %2 h) et est anormalement petite : %3, %4 % de la médiane des précédentes.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old, more than %2 h: the backups have stopped.</source>
        <translation>La sauvegarde la plus récente date de %1, plus de %2 h : les sauvegardes se sont arrêtées.</translation>
    </message>
    <message>
        <source>The newest backup (%1 old) is suspiciously small: %2, %3 % of the median of the ones before it. A truncated dump looks like this.</source>
        <translation>La sauvegarde la plus récente (datant de %1) est anormalement petite : %2, %3 % de la médiane des précédentes. Un dump tronqué ressemble à cela.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old (%2).</source>
        <translation>La sauvegarde la plus récente date de %1 (%2).</translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or keep the pair in the keychain (Credentials, S3 access key pair).</source>
        <translation>Il n’y a pas de paire de clés S3 pour %1 : définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou conservez la paire dans le trousseau (Identifiants, Paire de clés d’accès S3).</translation>
    </message>
    <message>
        <source>The S3 key pair kept for %1 is not “ACCESS_KEY_ID:SECRET_ACCESS_KEY”: replace it in Credentials.</source>
        <translation>La paire de clés S3 conservée pour %1 n’est pas de la forme « ACCESS_KEY_ID:SECRET_ACCESS_KEY » : remplacez-la dans Identifiants.</translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: keep one in Credentials (S3 access key pair, “ACCESS_KEY_ID:SECRET”), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Il n’y a pas de paire de clés S3 pour %1 : conservez-en une dans Identifiants (Paire de clés d’accès S3, « ACCESS_KEY_ID:SECRET »), ou définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The keychain did not give the S3 key pair of %1: %2</source>
        <translation>Le trousseau n’a pas fourni la paire de clés S3 de %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory (a “backup:” map with its bucket).</source>
        <translation>%1 n’a pas de réglages de sauvegarde dans l’inventaire (une table « backup: » avec son bucket).</translation>
    </message>
    <message>
        <source>Drill of %1&apos;s backups on %2.</source>
        <translation>Exercice sur les sauvegardes de %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory.</source>
        <translation>%1 n’a pas de réglages de sauvegarde dans l’inventaire.</translation>
    </message>
    <message>
        <source>The drill host %1 is a primary server: drills run on a secondary or staging host, never beside production&apos;s database.</source>
        <translation>L’hôte d’exercice %1 est un serveur principal : les exercices s’exécutent sur un hôte secondaire ou de préproduction, jamais à côté de la base de données de production.</translation>
    </message>
    <message>
        <source>The scratch database would be production&apos;s.</source>
        <translation>La base temporaire serait celle de la production.</translation>
    </message>
    <message>
        <source>The catalogue is gone.</source>
        <translation>Le catalogue a disparu.</translation>
    </message>
    <message>
        <source>%1 holds no backups: there is nothing to restore.</source>
        <translation>%1 ne contient aucune sauvegarde : il n’y a rien à restaurer.</translation>
    </message>
    <message>
        <source>%1 holds no object named as %2&apos;s backups (pattern “%3”): there is nothing to restore.</source>
        <translation>%1 ne contient aucun objet nommé comme les sauvegardes de %2 (modèle « %3 ») : il n’y a rien à restaurer.</translation>
    </message>
    <message>
        <source>There is no object “%1” in %2.</source>
        <translation>Il n’y a pas d’objet « %1 » dans %2.</translation>
    </message>
    <message>
        <source>Backup: %1 (%2, %3).</source>
        <translation>Sauvegarde : %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The object %1 is empty: it is not a dump.</source>
        <translation>L’objet %1 est vide : ce n’est pas un dump.</translation>
    </message>
    <message>
        <source>Connecting to %1 (drill host) and %2 (production, read only).</source>
        <translation>Connexion à %1 (hôte d’exercice) et à %2 (production, en lecture seule).</translation>
    </message>
    <message>
        <source>Cannot reach the drill host %1: %2</source>
        <translation>Impossible de joindre l’hôte d’exercice %1 : %2</translation>
    </message>
    <message>
        <source>Cannot reach %1 to read production&apos;s counts: %2</source>
        <translation>Impossible de joindre %1 pour lire les comptages de la production : %2</translation>
    </message>
    <message>
        <source>The drill host %1 cannot use %2: %3</source>
        <translation>L’hôte d’exercice %1 ne peut pas utiliser %2 : %3</translation>
    </message>
    <message>
        <source>The drill host %1 lacks %2 (install postgresql-client and curl there).</source>
        <translation>Il manque %2 à l’hôte d’exercice %1 (installez-y postgresql-client et curl).</translation>
    </message>
    <message>
        <source>The drill host %1 has %2 free in %3; the dump needs about %4 once decompressed. Free some space or set another work_dir.</source>
        <translation>L’hôte d’exercice %1 a %2 libres dans %3 ; le dump a besoin d’environ %4 une fois décompressé. Libérez de l’espace ou définissez un autre work_dir.</translation>
    </message>
    <message numerus="yes">
        <source>Drill host %1: %2 free in %3, %n core(s), tools: %4.</source>
        <translation>
            <numerusform>Hôte d’exercice %1 : %2 libres dans %3, %n cœur, outils : %4.</numerusform>
            <numerusform>Hôte d’exercice %1 : %2 libres dans %3, %n cœurs, outils : %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown space</source>
        <translation>espace inconnu</translation>
    </message>
    <message>
        <source>PostgreSQL on the drill host %1 refused: %2</source>
        <translation>PostgreSQL sur l’hôte d’exercice %1 a refusé : %2</translation>
    </message>
    <message>
        <source>Downloading on %1 and decompressing as it arrives (%2) into %3.</source>
        <translation>Téléchargement sur %1 et décompression au fil de l’arrivée (%2) dans %3.</translation>
    </message>
    <message>
        <source>Cannot make %1 on %2: %3</source>
        <translation>Impossible de créer %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The drill host %1 could not download the backup from S3: %2</source>
        <translation>L’hôte d’exercice %1 n’a pas pu télécharger la sauvegarde depuis S3 : %2</translation>
    </message>
    <message>
        <source>%1 is not a gzip file, though its name says so: it is not a dump (%2).</source>
        <translation>%1 n’est pas un fichier gzip, bien que son nom le dise : ce n’est pas un dump (%2).</translation>
    </message>
    <message>
        <source>%1 is truncated: the compressed data ends early (%2). The backup that made it did not finish its upload.</source>
        <translation>%1 est tronqué : les données compressées s’arrêtent trop tôt (%2). La sauvegarde qui l’a produit n’a pas terminé son téléversement.</translation>
    </message>
    <message>
        <source>The drill host %1 ran out of disk space in %2 while decompressing (%3).</source>
        <translation>L’hôte d’exercice %1 a manqué d’espace disque dans %2 pendant la décompression (%3).</translation>
    </message>
    <message>
        <source>%1 is corrupt: decompressing it failed (%2).</source>
        <translation>%1 est corrompu : sa décompression a échoué (%2).</translation>
    </message>
    <message>
        <source>Downloaded and decompressed in %1 s.</source>
        <translation>Téléchargé et décompressé en %1 s.</translation>
    </message>
    <message>
        <source>A plain SQL dump: restored with psql, in one session (a plain dump cannot be restored in parallel).</source>
        <translation>Un dump SQL brut : restauré avec psql, en une seule session (un dump brut ne peut pas être restauré en parallèle).</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL dump: %2</source>
        <translation>%1 n’est pas un dump PostgreSQL : %2</translation>
    </message>
    <message>
        <source>%1 is a dump of the database “%2”, not of %3&apos;s “%4”.</source>
        <translation>%1 est un dump de la base de données « %2 », pas de la base « %4 » de %3.</translation>
    </message>
    <message>
        <source>A tar-format dump: pg_restore cannot restore it in parallel.</source>
        <translation>Un dump au format tar : pg_restore ne peut pas le restaurer en parallèle.</translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1 on %2: %3</source>
        <translation>Impossible de créer la base temporaire %1 sur %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Scratch database %1 created; restoring with %n job(s).</source>
        <translation>
            <numerusform>Base temporaire %1 créée ; restauration avec %n tâche.</numerusform>
            <numerusform>Base temporaire %1 créée ; restauration avec %n tâches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored in %1 s, no error.</source>
        <translation>Restauré en %1 s, sans erreur.</translation>
    </message>
    <message numerus="yes">
        <source>Restored in %1 s with %n error(s).</source>
        <translation>
            <numerusform>Restauré en %1 s avec %n erreur.</numerusform>
            <numerusform>Restauré en %1 s avec %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s counts could not be read on %1: %2</source>
        <translation>Les comptages de la production n’ont pas pu être lus sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 restores: %2 tables match production (%3 counted exactly, %4 estimated), all %5 migrations of the running version are there, pg_restore reported no error. Restore time %6 s (download %7 s, restore %8 s, verify %9 s).</source>
        <translation>%1 se restaure : %2 tables correspondent à la production (%3 comptées exactement, %4 estimées), les %5 migrations de la version en service sont toutes présentes, pg_restore n’a signalé aucune erreur. Durée de restauration %6 s (téléchargement %7 s, restauration %8 s, vérification %9 s).</translation>
    </message>
    <message>
        <source>Cancelled during %1: stopping, then cleaning up.</source>
        <translation>Annulé pendant %1 : arrêt, puis nettoyage.</translation>
    </message>
    <message>
        <source>Removed %1 on %2.</source>
        <translation>%1 supprimé sur %2.</translation>
    </message>
    <message>
        <source>the directory %1 on %2 (remove it there with: %3)</source>
        <translation>le dossier %1 sur %2 (supprimez-le là-bas avec : %3)</translation>
    </message>
    <message>
        <source>Kept the scratch database %1 on %2, as asked (remove it later with: %3).</source>
        <translation>Base temporaire %1 conservée sur %2, comme demandé (supprimez-la plus tard avec : %3).</translation>
    </message>
    <message>
        <source>Dropped the scratch database %1.</source>
        <translation>Base temporaire %1 supprimée.</translation>
    </message>
    <message>
        <source>the database %1 on %2 (remove it there with: %3)</source>
        <translation>la base de données %1 sur %2 (supprimez-la là-bas avec : %3)</translation>
    </message>
    <message>
        <source>The drill was cancelled.</source>
        <translation>L’exercice a été annulé.</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>Laissé sur place : %1.</translation>
    </message>
    <message>
        <source>Nothing was left behind on %1.</source>
        <translation>Rien n’a été laissé sur place sur %1.</translation>
    </message>
    <message>
        <source>The drill could not be recorded: %1</source>
        <translation>L’exercice n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The drill history could not be read: %1</source>
        <translation>L’historique des exercices n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No drill has passed yet: nobody knows whether the backups restore.</source>
        <translation>Aucun exercice n’a encore réussi : personne ne sait si les sauvegardes se restaurent.</translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago, more than %2 days: time for another.</source>
        <translation>Le dernier exercice réussi date de %1, plus de %2 jours : il est temps d’en faire un autre.</translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago (restore time %2 s).</source>
        <translation>Le dernier exercice réussi date de %1 (durée de restauration %2 s).</translation>
    </message>
    <message>
        <source>not in the restored database</source>
        <translation>absente de la base restaurée</translation>
    </message>
    <message>
        <source>empty after the restore</source>
        <translation>vide après la restauration</translation>
    </message>
    <message>
        <source>%1 % away from production&apos;s count (%2 allowed)</source>
        <translation>écart de %1 % par rapport au comptage de la production (%2 autorisé)</translation>
    </message>
    <message>
        <source>not in production (dropped since the backup?)</source>
        <translation>absente de la production (supprimée depuis la sauvegarde ?)</translation>
    </message>
    <message>
        <source>Production&apos;s tables could not be counted.</source>
        <translation>Les tables de la production n’ont pas pu être comptées.</translation>
    </message>
    <message>
        <source>The restored database has no tables.</source>
        <translation>La base restaurée n’a aucune table.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) do not match production&apos;s counts.</source>
        <translation>
            <numerusform>%n table ne correspond pas aux comptages de la production.</numerusform>
            <numerusform>%n tables ne correspondent pas aux comptages de la production.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s schema_migrations could not be read.</source>
        <translation>Les schema_migrations de la production n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The restored database has no schema_migrations: it is not Mastodon&apos;s database.</source>
        <translation>La base restaurée n’a pas de schema_migrations : ce n’est pas la base de données de Mastodon.</translation>
    </message>
    <message numerus="yes">
        <source>The restore lacks %n migration(s) that production has run (newest %1): it would not run the running version.</source>
        <translation>
            <numerusform>Il manque à la restauration %n migration que la production a exécutée (la plus récente : %1) : elle ne ferait pas tourner la version en service.</numerusform>
            <numerusform>Il manque à la restauration %n migrations que la production a exécutées (la plus récente : %1) : elle ne ferait pas tourner la version en service.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore reported %n error(s).</source>
        <translation>
            <numerusform>pg_restore a signalé %n erreur.</numerusform>
            <numerusform>pg_restore a signalé %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The S3 endpoint %1 refused the connection: is it up, and is the endpoint in the inventory right?</source>
        <translation>Le point d’accès S3 %1 a refusé la connexion : est-il en service, et le point d’accès indiqué dans l’inventaire est-il correct ?</translation>
    </message>
    <message>
        <source>The S3 endpoint&apos;s host %1 was not found (DNS).</source>
        <translation>L’hôte du point d’accès S3 %1 est introuvable (DNS).</translation>
    </message>
    <message>
        <source>The S3 endpoint %1 did not answer in time.</source>
        <translation>Le point d’accès S3 %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The TLS handshake with the S3 endpoint %1 failed: %2</source>
        <translation>La négociation TLS avec le point d’accès S3 %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cannot reach the S3 endpoint %1: %2</source>
        <translation>Impossible de joindre le point d’accès S3 %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not know this S3 access key (InvalidAccessKeyId): check the key pair kept for this server in Credentials, or AWS_ACCESS_KEY_ID.</source>
        <translation>%1 ne connaît pas cette clé d’accès S3 (InvalidAccessKeyId) : vérifiez la paire de clés conservée pour ce serveur dans Identifiants, ou AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>The S3 secret key does not match the access key (SignatureDoesNotMatch at %1): check the key pair kept for this server in Credentials, or AWS_SECRET_ACCESS_KEY.</source>
        <translation>La clé secrète S3 ne correspond pas à la clé d’accès (SignatureDoesNotMatch à %1) : vérifiez la paire de clés conservée pour ce serveur dans Identifiants, ou AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes away from the S3 server&apos;s (%2): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation>L’horloge de cet ordinateur a %1 minutes d’écart avec celle du serveur S3 (%2) : S3 refuse les signatures décalées de plus de 15 minutes. Remettez l’horloge à l’heure (NTP) et réessayez.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the S3 server&apos;s (%1): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation>L’horloge de cet ordinateur est trop éloignée de celle du serveur S3 (%1) : S3 refuse les signatures décalées de plus de 15 minutes. Remettez l’horloge à l’heure (NTP) et réessayez.</translation>
    </message>
    <message>
        <source>There is no bucket “%1” at %2: check the bucket in the inventory.</source>
        <translation>Il n’y a pas de bucket « %1 » sur %2 : vérifiez le bucket dans l’inventaire.</translation>
    </message>
    <message>
        <source>The object is not in %1 (any more).</source>
        <translation>L’objet n’est pas (plus) dans %1.</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (%3): the key pair is known, but may not read this bucket.</source>
        <translation>%1 a refusé l’accès à %2 (%3) : la paire de clés est connue, mais n’a peut-être pas le droit de lire ce bucket.</translation>
    </message>
    <message>
        <source>S3 at %1 answered %2 (HTTP %3): %4</source>
        <translation>S3 sur %1 a répondu %2 (HTTP %3) : %4</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, which is not an S3 answer: is the endpoint right?</source>
        <translation>%1 a répondu HTTP %2, ce qui n’est pas une réponse S3 : le point d’accès est-il correct ?</translation>
    </message>
    <message>
        <source>The S3 listing could not be read (%1).</source>
        <translation>La liste S3 n’a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>The S3 listing says there is more but gives no continuation token.</source>
        <translation>La liste S3 indique qu’il y a d’autres éléments, mais ne donne aucun jeton de continuation.</translation>
    </message>
    <message>
        <source>A journal line is not a JSON object.</source>
        <translation>Une ligne du journal n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>A journal line is not valid JSON.</source>
        <translation>Une ligne du journal n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>A journal line is cut short.</source>
        <translation>Une ligne du journal est tronquée.</translation>
    </message>
    <message>
        <source>A journal line has a bad escape.</source>
        <translation>Une ligne du journal contient un échappement incorrect.</translation>
    </message>
    <message>
        <source>A journal line has a bad byte array.</source>
        <translation>Une ligne du journal contient un tableau d’octets incorrect.</translation>
    </message>
    <message>
        <source>The journal&apos;s export stream is malformed.</source>
        <translation>Le flux d’export du journal est mal formé.</translation>
    </message>
    <message>
        <source>No way to reach %1.</source>
        <translation>Aucun moyen de joindre %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1; trying again in %n s</source>
        <translation>
            <numerusform>%1 ; nouvelle tentative dans %n s</numerusform>
            <numerusform>%1 ; nouvelle tentative dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>La commande a échoué.</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>terminé avec le statut %1</translation>
    </message>
    <message>
        <source>no container of %1 is running</source>
        <translation>aucun conteneur de %1 ne tourne</translation>
    </message>
    <message>
        <source>Not a time: &quot;%1&quot; (for example 2024-11-22 00:10, 00:10, yesterday, -10min, 2h ago).</source>
        <translation>Pas une heure : &quot;%1&quot; (par exemple 2024-11-22 00:10, 00:10, yesterday, -10min, 2h ago).</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>following</source>
        <translation>suivi en direct</translation>
    </message>
    <message>
        <source>connection lost, reconnecting</source>
        <translation>connexion perdue, reconnexion</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>journal on %1</source>
        <translation>journal sur %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (compose) on %2</source>
        <translation>%1 (compose) sur %2</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Le motif est vide.</translation>
    </message>
    <message>
        <source>Bad regular expression: %1 (at character %2).</source>
        <translation>Expression régulière incorrecte : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>the public key is empty</source>
        <translation>la clé publique est vide</translation>
    </message>
    <message>
        <source>a public key is one line: paste the content of the .pub file alone</source>
        <translation>une clé publique tient sur une ligne : collez uniquement le contenu du fichier .pub</translation>
    </message>
    <message>
        <source>this is a private key: never send it; send the .pub file&apos;s content instead</source>
        <translation>ceci est une clé privée : ne l’envoyez jamais ; envoyez plutôt le contenu du fichier .pub</translation>
    </message>
    <message>
        <source>this is not an OpenSSH public key: it should start with ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, then the key</source>
        <translation>ceci n’est pas une clé publique OpenSSH : elle devrait commencer par ssh-ed25519, ecdsa-sha2-nistp256 ou ssh-rsa, suivi de la clé</translation>
    </message>
    <message>
        <source>DSA keys (ssh-dss) are no longer accepted by OpenSSH: make an ed25519 key</source>
        <translation>les clés DSA (ssh-dss) ne sont plus acceptées par OpenSSH : créez une clé ed25519</translation>
    </message>
    <message>
        <source>this is a certificate, not a public key</source>
        <translation>ceci est un certificat, pas une clé publique</translation>
    </message>
    <message>
        <source>the key&apos;s data is not valid base64: was it cut or wrapped?</source>
        <translation>les données de la clé ne sont pas du base64 valide : a-t-elle été coupée ou renvoyée à la ligne ?</translation>
    </message>
    <message>
        <source>the key&apos;s data does not match its type %1</source>
        <translation>les données de la clé ne correspondent pas à son type %1</translation>
    </message>
    <message>
        <source>this RSA key is shorter than 2048 bits: make an ed25519 key</source>
        <translation>cette clé RSA fait moins de 2048 bits : créez une clé ed25519</translation>
    </message>
    <message>
        <source>the key&apos;s data is cut short or malformed</source>
        <translation>les données de la clé sont tronquées ou mal formées</translation>
    </message>
    <message>
        <source>this key (%1) is already authorized</source>
        <translation>cette clé (%1) est déjà autorisée</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 changed on the server since it was read: load it again and repeat the change</source>
        <translation>%1 a changé sur le serveur depuis sa lecture : rechargez-le et refaites la modification</translation>
    </message>
    <message>
        <source>%1 was not read yet</source>
        <translation>%1 n’a pas encore été lu</translation>
    </message>
    <message>
        <source>could not write a temporary file: %1</source>
        <translation>impossible d’écrire un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>each parameter must be a mapping of keys to values</source>
        <translation>chaque paramètre doit être une table de clés et de valeurs</translation>
    </message>
    <message>
        <source>a parameter&apos;s “name” is written in capitals, such as UNIT</source>
        <translation>le « name » d’un paramètre s’écrit en majuscules, comme UNIT</translation>
    </message>
    <message>
        <source>each command must be a mapping of keys to values</source>
        <translation>chaque commande doit être une table de clés et de valeurs</translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as compose-ps</source>
        <translation>« id » doit être composé de lettres minuscules, de chiffres, de &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (64 au plus), comme compose-ps</translation>
    </message>
    <message>
        <source>“argv” is missing</source>
        <translation>« argv » est manquant</translation>
    </message>
    <message>
        <source>“argv” must be a list of arguments, such as [docker, compose, ps]: each element reaches the program as one argument</source>
        <translation>« argv » doit être une liste d’arguments, comme [docker, compose, ps] : chaque élément parvient au programme comme un seul argument</translation>
    </message>
    <message>
        <source>each argument of “argv” must be a non-empty value</source>
        <translation>chaque argument de « argv » doit être une valeur non vide</translation>
    </message>
    <message>
        <source>“where” must be compose_dir or home</source>
        <translation>« where » doit valoir compose_dir ou home</translation>
    </message>
    <message>
        <source>command “%1” must say whether it changes state (“changes_state: true” or false)</source>
        <translation>la commande « %1 » doit indiquer si elle modifie l’état (« changes_state: true » ou false)</translation>
    </message>
    <message>
        <source>“sample” must be text (a block with |)</source>
        <translation>« sample » doit être du texte (un bloc avec |)</translation>
    </message>
    <message>
        <source>command “%1” has no “sample”: paste the real output of a run on the lab</source>
        <translation>la commande « %1 » n’a pas de « sample » : collez la vraie sortie d’une exécution sur le labo</translation>
    </message>
    <message>
        <source>the parameter “%1” is given twice</source>
        <translation>le paramètre « %1 » est indiqué deux fois</translation>
    </message>
    <message>
        <source>“argv” uses {%1}, which is not among the “parameters”</source>
        <translation>« argv » utilise {%1}, qui ne fait pas partie des « parameters »</translation>
    </message>
    <message>
        <source>the parameter “%1” is not used in “argv”</source>
        <translation>le paramètre « %1 » n’est pas utilisé dans « argv »</translation>
    </message>
    <message>
        <source>command “%1” cannot be both interactive and followed</source>
        <translation>la commande « %1 » ne peut pas être à la fois interactive et suivie</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>une valeur vide</translation>
    </message>
    <message>
        <source>“%1” is not a name, unit or number (letters, digits and @ . _ : + = -, not starting with -)</source>
        <translation>« %1 » n’est pas un nom, une unité ou un nombre (lettres, chiffres et @ . _ : + = -, sans commencer par -)</translation>
    </message>
    <message>
        <source>“%1” has no parameter %2</source>
        <translation>« %1 » n’a pas de paramètre %2</translation>
    </message>
    <message>
        <source>the glossary must be a mapping with a “commands” list</source>
        <translation>le glossaire doit être une table avec une liste « commands »</translation>
    </message>
    <message>
        <source>“commands” must be a list</source>
        <translation>« commands » doit être une liste</translation>
    </message>
    <message>
        <source>the id “%1” is used twice</source>
        <translation>l’identifiant « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>“%1” needs a terminal: copy it and run it in one</source>
        <translation>« %1 » nécessite un terminal : copiez-la et exécutez-la dans un terminal</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>non connecté à %1</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab</source>
        <translation>« %1 » modifie l’état du serveur : depuis ici, elle ne s’exécute que sur le labo, et %2 n’est pas le labo</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab (its sessions do not carry the lab&apos;s mark)</source>
        <translation>« %1 » modifie l’état du serveur : depuis ici, elle ne s’exécute que sur le labo, et %2 n’est pas le labo (ses sessions ne portent pas la marque du labo)</translation>
    </message>
    <message>
        <source>ssh-keygen did not finish in time</source>
        <translation>ssh-keygen ne s’est pas terminé à temps</translation>
    </message>
    <message>
        <source>a key is being made already</source>
        <translation>une clé est déjà en cours de création</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file name</source>
        <translation>%1 existe déjà : choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>the key&apos;s comment must be one line</source>
        <translation>le commentaire de la clé doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>the passphrase cannot contain a line break</source>
        <translation>la phrase de passe ne peut pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation>impossible d’exécuter %1 : %2</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation>ssh-keygen a échoué : %1</translation>
    </message>
    <message>
        <source>ssh-keygen made no key</source>
        <translation>ssh-keygen n’a créé aucune clé</translation>
    </message>
    <message>
        <source>could not make %1 private (mode 0600)</source>
        <translation>impossible de rendre %1 privé (mode 0600)</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Look at the services and timers</source>
        <translation>Observer les services et les minuteurs</translation>
    </message>
    <message>
        <source>Find the lab&apos;s containers and timers, then scale sidekiq to two containers (docker compose scale sidekiq=2).</source>
        <translation>Trouvez les conteneurs et les minuteurs du labo, puis passez sidekiq à deux conteneurs (docker compose scale sidekiq=2).</translation>
    </message>
    <message>
        <source>Put things back</source>
        <translation>Tout remettre en place</translation>
    </message>
    <message>
        <source>Scale sidekiq back to one container, and leave every service running.</source>
        <translation>Repassez sidekiq à un seul conteneur, et laissez tous les services tourner.</translation>
    </message>
    <message>
        <source>Trigger a backup and follow it</source>
        <translation>Déclencher une sauvegarde et la suivre</translation>
    </message>
    <message>
        <source>Start the backup unit, follow its journal until the upload is finished.</source>
        <translation>Démarrez l’unité de sauvegarde, suivez son journal jusqu’à la fin du téléversement.</translation>
    </message>
    <message>
        <source>Run a restore drill</source>
        <translation>Faire un exercice de restauration</translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host and compare its counts with production&apos;s.</source>
        <translation>Restaurez la sauvegarde la plus récente sur l’hôte d’exercice et comparez ses comptages avec ceux de la production.</translation>
    </message>
    <message>
        <source>The upgrade night, on the lab</source>
        <translation>La nuit de mise à jour, sur le labo</translation>
    </message>
    <message>
        <source>Review the compose diff to 4.3.0, then run the upgrade runbook on the lab until web runs 4.3.0 and every migration is up.</source>
        <translation>Examinez les différences compose jusqu’à 4.3.0, puis exécutez la procédure de mise à jour sur le labo jusqu’à ce que web exécute 4.3.0 et que toutes les migrations soient passées.</translation>
    </message>
    <message>
        <source>A bad night: the migration fails</source>
        <translation>Une mauvaise nuit : la migration échoue</translation>
    </message>
    <message>
        <source>The lab&apos;s migration fails. Find the error, turn the fault off (steward-lab fault migration off) and finish the upgrade.</source>
        <translation>La migration du labo échoue. Trouvez l’erreur, désactivez la panne (steward-lab fault migration off) et terminez la mise à jour.</translation>
    </message>
    <message>
        <source>A bad night: the disk is full</source>
        <translation>Une mauvaise nuit : le disque est plein</translation>
    </message>
    <message>
        <source>The backup fails with “No space left on device”. Find it in the journal and df, free the space (fault off), and get a backup through.</source>
        <translation>La sauvegarde échoue avec « No space left on device ». Trouvez-la dans le journal et avec df, libérez l’espace (fault off), et menez une sauvegarde à bien.</translation>
    </message>
    <message>
        <source>A bad night: the upload fails</source>
        <translation>Une mauvaise nuit : le téléversement échoue</translation>
    </message>
    <message>
        <source>The backup&apos;s upload cannot reach the store. Read the error, fix it (fault off), and get a backup through.</source>
        <translation>Le téléversement de la sauvegarde ne peut pas joindre le stockage. Lisez l’erreur, corrigez-la (fault off), et menez une sauvegarde à bien.</translation>
    </message>
    <message>
        <source>A bad night: SSH is gone</source>
        <translation>Une mauvaise nuit : SSH a disparu</translation>
    </message>
    <message>
        <source>The lab&apos;s sshd stops answering. See how Steward shows it, bring it back (fault off) and connect again.</source>
        <translation>Le sshd du labo ne répond plus. Voyez comment Steward l’affiche, rétablissez-le (fault off) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 is not a progress file: %2</source>
        <translation>%1 n’est pas un fichier de progression : %2</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>no passed restore drill of %1 is recorded yet</source>
        <translation>aucun exercice de restauration réussi de %1 n’est encore enregistré</translation>
    </message>
    <message numerus="yes">
        <source>the last passed drill of %1 finished at %2, more than %n minute(s) ago</source>
        <translation>
            <numerusform>le dernier exercice réussi de %1 s’est terminé à %2, il y a plus de %n minute</numerusform>
            <numerusform>le dernier exercice réussi de %1 s’est terminé à %2, il y a plus de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 s’est terminé avec le statut %2</translation>
    </message>
    <message>
        <source>%1 does not show it yet</source>
        <translation>%1 ne l’affiche pas encore</translation>
    </message>
    <message>
        <source>%1 still shows “%2”</source>
        <translation>%1 affiche encore « %2 »</translation>
    </message>
    <message>
        <source>docker compose ps exited with status %1</source>
        <translation>docker compose ps s’est terminé avec le statut %1</translation>
    </message>
    <message>
        <source>%1 runs %2 containers; the goal is %3</source>
        <translation>%1 exécute %2 conteneurs ; l’objectif est %3</translation>
    </message>
    <message>
        <source>systemctl show exited with status %1</source>
        <translation>systemctl show s’est terminé avec le statut %1</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 est encore en cours d’exécution</translation>
    </message>
    <message>
        <source>%1&apos;s last run failed (%2)</source>
        <translation>la dernière exécution de %1 a échoué (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not succeeded in the last %n minutes</source>
        <translation>
            <numerusform>%1 n’a pas réussi depuis %n minute</numerusform>
            <numerusform>%1 n’a pas réussi depuis %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>each link must be a mapping with “title” and “url”</source>
        <translation>chaque lien doit être une table avec « title » et « url »</translation>
    </message>
    <message>
        <source>“url” must be an http://, https:// or mailto: address</source>
        <translation>« url » doit être une adresse http://, https:// ou mailto:</translation>
    </message>
    <message>
        <source>the link has a password in it: keep passwords in the keychain and name them under “secrets”</source>
        <translation>le lien contient un mot de passe : conservez les mots de passe dans le trousseau et nommez-les sous « secrets »</translation>
    </message>
    <message>
        <source>“runs_on” must be a server name or a mapping with “server”</source>
        <translation>« runs_on » doit être un nom de serveur ou une table avec « server »</translation>
    </message>
    <message>
        <source>“unit” must be a systemd unit name such as pg-dump-to-s3.service or certbot.timer</source>
        <translation>« unit » doit être un nom d’unité systemd comme pg-dump-to-s3.service ou certbot.timer</translation>
    </message>
    <message>
        <source>“compose_service” must be a service name of the compose file</source>
        <translation>« compose_service » doit être un nom de service du fichier compose</translation>
    </message>
    <message>
        <source>each service must be a mapping of keys to values</source>
        <translation>chaque service doit être une table de clés et de valeurs</translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as mastodon or s3-backups</source>
        <translation>« id » doit être composé de lettres minuscules, de chiffres, de &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (64 au plus), comme mastodon ou s3-backups</translation>
    </message>
    <message>
        <source>“kind” must be service or supporting</source>
        <translation>« kind » doit valoir service ou supporting</translation>
    </message>
    <message>
        <source>“secrets” must be a list of keychain key names</source>
        <translation>« secrets » doit être une liste de noms de clés du trousseau</translation>
    </message>
    <message>
        <source>each secret must be a keychain key name</source>
        <translation>chaque secret doit être un nom de clé du trousseau</translation>
    </message>
    <message>
        <source>“links” must be a list of title and url</source>
        <translation>« links » doit être une liste de title et url</translation>
    </message>
    <message>
        <source>service “%1” says neither where it runs (“runs_on”) nor who hosts it (“provider”)</source>
        <translation>le service « %1 » n’indique ni où il tourne (« runs_on ») ni qui l’héberge (« provider »)</translation>
    </message>
    <message>
        <source>an empty keychain key name</source>
        <translation>un nom de clé du trousseau vide</translation>
    </message>
    <message>
        <source>this is a private key, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>ceci est une clé privée, pas un nom de clé du trousseau : la carte ne conserve que les noms des secrets, jamais leurs valeurs</translation>
    </message>
    <message>
        <source>this is a URL with a password in it, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>ceci est une URL contenant un mot de passe, pas un nom de clé du trousseau : la carte ne conserve que les noms des secrets, jamais leurs valeurs</translation>
    </message>
    <message>
        <source>this looks like a token, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>ceci ressemble à un jeton, pas à un nom de clé du trousseau : la carte ne conserve que les noms des secrets, jamais leurs valeurs</translation>
    </message>
    <message>
        <source>this is not a keychain key name (KIND/NAME, such as s3-access-key/backups.example.org or pass/coop/registrar): the map keeps the names of secrets only, never their values</source>
        <translation>ceci n’est pas un nom de clé du trousseau (KIND/NAME, comme s3-access-key/backups.example.org ou pass/coop/registrar) : la carte ne conserve que les noms des secrets, jamais leurs valeurs</translation>
    </message>
    <message>
        <source>a part of this key name looks like a random secret value: the map keeps the names of secrets only, never their values</source>
        <translation>une partie de ce nom de clé ressemble à une valeur secrète aléatoire : la carte ne conserve que les noms des secrets, jamais leurs valeurs</translation>
    </message>
    <message>
        <source>service “%1” runs on “%2”, which is not a server of the inventory</source>
        <translation>le service « %1 » tourne sur « %2 », qui n’est pas un serveur de l’inventaire</translation>
    </message>
    <message>
        <source>the services map must be a mapping with a “services” list</source>
        <translation>la carte des services doit être une table avec une liste « services »</translation>
    </message>
    <message>
        <source>“services” must be a list</source>
        <translation>« services » doit être une liste</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation>le fichier dépasse %1 Kio</translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation>le fichier contient des données binaires, pas du texte</translation>
    </message>
    <message>
        <source>unknown key “%1” (known: %2)</source>
        <translation>clé inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>the key “%1” is given twice</source>
        <translation>la clé « %1 » est indiquée deux fois</translation>
    </message>
    <message>
        <source>“%1” must be a single value, not a list or a mapping</source>
        <translation>« %1 » doit être une valeur unique, pas une liste ni une table</translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation>« %1 » ne doit pas être vide</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>« %1 » est manquant</translation>
    </message>
    <message>
        <source>“%1” must be a list of values</source>
        <translation>« %1 » doit être une liste de valeurs</translation>
    </message>
    <message>
        <source>the file is format version %1; this Steward reads up to version %2</source>
        <translation>le fichier est au format version %1 ; ce Steward lit jusqu’à la version %2</translation>
    </message>
    <message>
        <source>Read and search logs</source>
        <translation>Lire et fouiller les journaux</translation>
    </message>
    <message>
        <source>Sidekiq&apos;s jobs stopped in the night. Read sidekiq&apos;s and redis&apos; logs (search them for “redis” and “error”), find which service is down and why, then start it again and leave every service running.</source>
        <translation>Les tâches de sidekiq se sont arrêtées dans la nuit. Lisez les journaux de sidekiq et de redis (cherchez-y « redis » et « error »), trouvez quel service est arrêté et pourquoi, puis redémarrez-le et laissez tous les services tourner.</translation>
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
    <message>
        <source>%1 (%2 % of the median)</source>
        <translation>%1 (%2 % de la médiane)</translation>
    </message>
    <message>
        <source>not a backup name</source>
        <translation>pas un nom de sauvegarde</translation>
    </message>
    <message>
        <source>Much smaller than the backups before it: a truncated dump looks like this.</source>
        <translation>Bien plus petite que les sauvegardes précédentes : un dump tronqué ressemble à cela.</translation>
    </message>
    <message>
        <source>The name does not follow the naming pattern; it does not count for freshness.</source>
        <translation>Le nom ne suit pas le modèle de nom ; elle ne compte pas pour la fraîcheur.</translation>
    </message>
    <message>
        <source>A backup of another database; it does not count for freshness.</source>
        <translation>Une sauvegarde d’une autre base de données ; elle ne compte pas pour la fraîcheur.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Échec (%1)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation>Durée de restauration</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Restored rows</source>
        <translation>Lignes restaurées</translation>
    </message>
    <message>
        <source>Production rows</source>
        <translation>Lignes en production</translation>
    </message>
    <message>
        <source>Production count</source>
        <translation>Comptage en production</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>This line was longer than %1 MiB and was cut there.</source>
        <translation>Cette ligne dépassait %1 Mio et a été coupée à cette longueur.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source> … [%n more bytes]</source>
        <translation>
            <numerusform> … [%n octet de plus]</numerusform>
            <numerusform> … [%n octets de plus]</numerusform>
        </translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>ailleurs</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>missing on the server</source>
        <translation>absent du serveur</translation>
    </message>
    <message>
        <source>%1 (supporting)</source>
        <translation>%1 (annexe)</translation>
    </message>
    <message>
        <source>, compose service %1</source>
        <translation>, service compose %1</translation>
    </message>
    <message>
        <source>, unit %1</source>
        <translation>, unité %1</translation>
    </message>
    <message>
        <source>Keychain key names (Tools › Credentials); the values are never in the map.</source>
        <translation>Noms de clés du trousseau (Outils › Identifiants) ; les valeurs ne figurent jamais dans la carte.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation>Où il tourne</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>Qui contacter</translation>
    </message>
    <message>
        <source>Configured in</source>
        <translation>Configuré dans</translation>
    </message>
    <message>
        <source>Secrets (key names)</source>
        <translation>Secrets (noms de clés)</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation>pas de copie déployée</translation>
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
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
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
        <translation>Étape</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Started, took</source>
        <translation>Début, durée</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(disparue)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>LV %1 in VG %2: %3</source>
        <translation>LV %1 dans le VG %2 : %3</translation>
    </message>
    <message>
        <source>Logical volume %1 of volume group %2</source>
        <translation>Volume logique %1 du groupe de volumes %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mounted on</source>
        <translation>Monté sur</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>The last refresh failed; this is from %1.</source>
        <translation>La dernière actualisation a échoué ; ces données datent du %1.</translation>
    </message>
    <message>
        <source>Refreshed %1.</source>
        <translation>Actualisé le %1.</translation>
    </message>
    <message>
        <source>%1 (security release %2)</source>
        <translation>%1 (version de sécurité %2)</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 disponible)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>pas de contrôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non programmé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en cours d’exécution</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Activates</source>
        <translation>Déclenche</translation>
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
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Start the backup unit now and follow it.</source>
        <translation>Démarrer l’unité de sauvegarde maintenant et la suivre.</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Exercice de restauration</translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host into a scratch database, prove it against production, then drop it.</source>
        <translation>Restaurer la sauvegarde la plus récente sur l’hôte d’exercice dans une base temporaire, la comparer à la production, puis la supprimer.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Start the backup unit with “Back up now”.</source>
        <translation>Démarrez l’unité de sauvegarde avec « Sauvegarder maintenant ».</translation>
    </message>
    <message>
        <source>Open the unit&apos;s journal in Logs</source>
        <translation>Ouvrir le journal de l’unité dans Journaux</translation>
    </message>
    <message>
        <source>Follow the backup unit&apos;s journal on the server in the Logs panel, to search and save it</source>
        <translation>Suivre le journal de l’unité de sauvegarde sur le serveur dans le panneau Journaux, pour le parcourir et l’enregistrer</translation>
    </message>
    <message>
        <source>Backup run</source>
        <translation>Exécution de la sauvegarde</translation>
    </message>
    <message>
        <source>No drill in this session yet.</source>
        <translation>Aucun exercice dans cette session pour l’instant.</translation>
    </message>
    <message>
        <source>Open in Logs</source>
        <translation>Ouvrir dans Journaux</translation>
    </message>
    <message>
        <source>Open the drill&apos;s log in the Logs panel, to search and save it</source>
        <translation>Ouvrir le journal de l’exercice dans le panneau Journaux, pour le parcourir et l’enregistrer</translation>
    </message>
    <message>
        <source>restore drill · %1</source>
        <translation>exercice de restauration · %1</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Drill history</source>
        <translation>Historique des exercices</translation>
    </message>
    <message>
        <source>No server of the inventory has backup settings. Add a “backup:” map with its bucket to a server (docs/backups.md).</source>
        <translation>Aucun serveur de l’inventaire n’a de réglages de sauvegarde. Ajoutez à un serveur une table « backup: » avec son bucket (docs/backups.md).</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Suspecte</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Récente</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>Backup size and interval</source>
        <translation>Taille et intervalle des sauvegardes</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Taille (Mo)</translation>
    </message>
    <message>
        <source>Suspiciously small</source>
        <translation>Anormalement petite</translation>
    </message>
    <message>
        <source>Hours since the previous</source>
        <translation>Heures depuis la précédente</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Measured restore time</source>
        <translation>Durée de restauration mesurée</translation>
    </message>
    <message>
        <source>Passed (s)</source>
        <translation>Réussi (s)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>Impossible de démarrer la sauvegarde : %1</translation>
    </message>
    <message>
        <source>Running: %1 s of about %2 s (the last successful run).</source>
        <translation>En cours : %1 s sur environ %2 s (la dernière exécution réussie).</translation>
    </message>
    <message>
        <source>Running: %1 s (no earlier run to compare with).</source>
        <translation>En cours : %1 s (aucune exécution antérieure pour comparer).</translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s.</source>
        <translation>%1 a réussi en %2 s.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>No longer following %1 (the unit goes on).</source>
        <translation>%1 n’est plus suivi (l’unité continue).</translation>
    </message>
    <message>
        <source>%1 has no drill host in the inventory.</source>
        <translation>%1 n’a pas d’hôte d’exercice dans l’inventaire.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>Drill passed on %1, %2.</source>
        <translation>Exercice réussi sur %1, le %2.</translation>
    </message>
    <message>
        <source>Drill cancelled on %1.</source>
        <translation>Exercice annulé sur %1.</translation>
    </message>
    <message>
        <source>Drill FAILED on %1 (%2).</source>
        <translation>Exercice ÉCHOUÉ sur %1 (%2).</translation>
    </message>
    <message>
        <source>Last drill: %1</source>
        <translation>Dernier exercice : %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Info et plus grave</translation>
    </message>
    <message>
        <source>Notice and worse</source>
        <translation>Notice et plus grave</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Hide matching</source>
        <translation>Masquer les correspondances</translation>
    </message>
    <message>
        <source>From (e.g. -1h, 09:30)</source>
        <translation>De (p. ex. -1h, 09:30)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Correspondance précédente (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Correspondance suivante (F3)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest lines in view (End)</source>
        <translation>Garder les lignes les plus récentes à l’écran (Fin)</translation>
    </message>
    <message>
        <source>Jump to time…</source>
        <translation>Aller à l’heure…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s): End or Follow to see them</source>
        <translation>
            <numerusform>%n nouvelle ligne : Fin ou Suivre pour la voir</numerusform>
            <numerusform>%n nouvelles lignes : Fin ou Suivre pour les voir</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 lignes affichées sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>Fichiers texte (*.txt *.log)</translation>
    </message>
    <message>
        <source>Jump to time: %1</source>
        <translation>Aller à l’heure : %1</translation>
    </message>
    <message>
        <source>New here: your key</source>
        <translation>Nouveau venu : votre clé</translation>
    </message>
    <message>
        <source>Make your own SSH key, send its public part to a member of the tech group, and check that it lets you in once they have added it. Its passphrase is kept in your keychain.</source>
        <translation>Créez votre propre clé SSH, envoyez sa partie publique à un membre de l’équipe technique, et vérifiez qu’elle vous permet de vous connecter une fois qu’il l’a ajoutée. Sa phrase de passe est conservée dans votre trousseau.</translation>
    </message>
    <message>
        <source>Who the key is, as the members will see it in the servers&apos; authorized_keys</source>
        <translation>Qui est derrière la clé, tel que les membres le verront dans les authorized_keys des serveurs</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>Name on the key:</source>
        <translation>Nom sur la clé :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Phrase de passe (confirmation) :</translation>
    </message>
    <message>
        <source>Make my key</source>
        <translation>Créer ma clé</translation>
    </message>
    <message>
        <source>Your public key shows here: the line to send.</source>
        <translation>Votre clé publique s’affiche ici : la ligne à envoyer.</translation>
    </message>
    <message>
        <source>Copy the public key, to send it to the tech group</source>
        <translation>Copier la clé publique, pour l’envoyer à l’équipe technique</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Vérifier l’accès</translation>
    </message>
    <message>
        <source>Log in to the server with this key only (no agent, no other key), then log out</source>
        <translation>Se connecter au serveur avec cette clé uniquement (sans agent, sans autre clé), puis se déconnecter</translation>
    </message>
    <message>
        <source>A member: give or take access</source>
        <translation>Membre : donner ou retirer un accès</translation>
    </message>
    <message>
        <source>Add a newcomer&apos;s public key to a server&apos;s authorized_keys, or remove a key. The file&apos;s other lines stay as they are.</source>
        <translation>Ajouter la clé publique d’un nouveau venu aux authorized_keys d’un serveur, ou retirer une clé. Les autres lignes du fichier restent telles quelles.</translation>
    </message>
    <message>
        <source>The authorized_keys file on the server (from the SSH user&apos;s home when relative). On the lab, Steward asks the lab where its own is.</source>
        <translation>Le fichier authorized_keys sur le serveur (depuis le dossier personnel de l’utilisateur SSH s’il est relatif). Sur le labo, Steward demande au labo où se trouve le sien.</translation>
    </message>
    <message>
        <source>File on the server:</source>
        <translation>Fichier sur le serveur :</translation>
    </message>
    <message>
        <source>List keys</source>
        <translation>Lister les clés</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s public key: ssh-ed25519 AAAA… name</source>
        <translation>Collez la clé publique du nouveau venu : ssh-ed25519 AAAA… nom</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>There is a key in this file already: its public key is shown below. Choose another file name to make a new one.</source>
        <translation>Ce fichier contient déjà une clé : sa clé publique s’affiche ci-dessous. Choisissez un autre nom de fichier pour en créer une nouvelle.</translation>
    </message>
    <message>
        <source>The file is being replaced in one step: this cannot be stopped halfway.</source>
        <translation>Le fichier est remplacé en une seule étape : cela ne peut pas être interrompu à mi-chemin.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Say where the key goes (a file name).</source>
        <translation>Indiquez où va la clé (un nom de fichier).</translation>
    </message>
    <message>
        <source>Choose a passphrase: it protects the key if your computer is lost. Steward keeps it in your keychain.</source>
        <translation>Choisissez une phrase de passe : elle protège la clé si votre ordinateur est perdu. Steward la conserve dans votre trousseau.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation>Les deux phrases de passe diffèrent : saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Making the key (ssh-keygen)…</source>
        <translation>Création de la clé (ssh-keygen)…</translation>
    </message>
    <message>
        <source>The key was not made: %1</source>
        <translation>La clé n’a pas été créée : %1</translation>
    </message>
    <message>
        <source>Your key is made. Steward has no keychain here: it will ask for the passphrase when it uses the key.</source>
        <translation>Votre clé est créée. Steward n’a pas de trousseau ici : il demandera la phrase de passe quand il utilisera la clé.</translation>
    </message>
    <message>
        <source>Keeping the passphrase in the keychain…</source>
        <translation>Conservation de la phrase de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>Your key is made and its passphrase is kept in the keychain. Send the public key below to the tech group.</source>
        <translation>Votre clé est créée et sa phrase de passe est conservée dans le trousseau. Envoyez la clé publique ci-dessous à l’équipe technique.</translation>
    </message>
    <message>
        <source>Your key is made. The keychain is not available: Steward keeps the passphrase until it quits.</source>
        <translation>Votre clé est créée. Le trousseau n’est pas disponible : Steward conserve la phrase de passe jusqu’à ce qu’il quitte.</translation>
    </message>
    <message>
        <source>Your key is made, but the keychain did not keep its passphrase: %1</source>
        <translation>Votre clé est créée, mais le trousseau n’a pas conservé sa phrase de passe : %1</translation>
    </message>
    <message>
        <source>There is no key in %1 yet: make it first.</source>
        <translation>Il n’y a pas encore de clé dans %1 : créez-la d’abord.</translation>
    </message>
    <message>
        <source>Logging in to %1 with %2…</source>
        <translation>Connexion à %1 avec %2…</translation>
    </message>
    <message>
        <source>Asking the keychain for the key&apos;s passphrase…</source>
        <translation>Demande de la phrase de passe de la clé au trousseau…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Access granted: your key logs in to %1 as %2.</source>
        <translation>Accès accordé : votre clé se connecte à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Steward does not know the server&apos;s host key yet: connect to it once from the Servers panel, then check again.</source>
        <translation>Steward ne connaît pas encore la clé d’hôte du serveur : connectez-vous-y une fois depuis le panneau Serveurs, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>No access to %1 with this key yet: %2</source>
        <translation>Pas encore d’accès à %1 avec cette clé : %2</translation>
    </message>
    <message>
        <source>This is not a public key Steward can add: %1</source>
        <translation>Ce n’est pas une clé publique que Steward peut ajouter : %1</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>Add the key “%1” (%2) to %3 on %4?

Whoever holds its private key can then log in to %4 as its SSH user.</source>
        <translation>Ajouter la clé « %1 » (%2) à %3 sur %4 ?

Quiconque détient sa clé privée pourra alors se connecter à %4 en tant que son utilisateur SSH.</translation>
    </message>
    <message>
        <source>Remove a key</source>
        <translation>Retirer une clé</translation>
    </message>
    <message>
        <source>Remove the key “%1” (%2) from %3 on %4?

Whoever logs in to %4 with it will no longer be able to.</source>
        <translation>Retirer la clé « %1 » (%2) de %3 sur %4 ?

Quiconque se connecte à %4 avec elle ne le pourra plus.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <source>Asking the lab where its authorized_keys is…</source>
        <translation>Demande au labo de l’emplacement de son authorized_keys…</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>La connexion a été perdue.</translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation>Lecture de %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The key “%1” can now log in to %2.</source>
        <translation>La clé « %1 » peut maintenant se connecter à %2.</translation>
    </message>
    <message>
        <source>The key “%1” no longer logs in to %2.</source>
        <translation>La clé « %1 » ne se connecte plus à %2.</translation>
    </message>
    <message>
        <source>The key “%1” is no longer in %2 on %3.</source>
        <translation>La clé « %1 » n’est plus dans %2 sur %3.</translation>
    </message>
    <message>
        <source>Writing %1 on %2…</source>
        <translation>Écriture de %1 sur %2…</translation>
    </message>
    <message>
        <source>(no name on the key)</source>
        <translation>(pas de nom sur la clé)</translation>
    </message>
    <message>
        <source>Edit the services map</source>
        <translation>Modifier la carte des services</translation>
    </message>
    <message>
        <source>%1: checked when you save; nothing is written while it has an error (docs/onboarding.md has the format).</source>
        <translation>%1 : vérifié à l’enregistrement ; rien n’est écrit tant qu’il contient une erreur (le format est décrit dans docs/onboarding.md).</translation>
    </message>
    <message>
        <source>The map is over 1 MiB: Steward does not read it.</source>
        <translation>La carte dépasse 1 Mio : Steward ne la lit pas.</translation>
    </message>
    <message>
        <source>Not saved: line %1, column %2: %3</source>
        <translation>Non enregistrée : ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>Not saved: the folder %1 cannot be made.</source>
        <translation>Non enregistrée : le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Not saved: %1 cannot be written: %2</source>
        <translation>Non enregistrée : %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Edit map…</source>
        <translation>Modifier la carte…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Try on the lab shows the real output here.</source>
        <translation>« Essayer sur le labo » affiche ici la vraie sortie.</translation>
    </message>
    <message>
        <source>Copy the command for a terminal on the server</source>
        <translation>Copier la commande pour un terminal sur le serveur</translation>
    </message>
    <message>
        <source>Try on the lab</source>
        <translation>Essayer sur le labo</translation>
    </message>
    <message>
        <source>What its output looks like:</source>
        <translation>À quoi ressemble sa sortie :</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Check my goal on the lab</source>
        <translation>Vérifier mon objectif sur le labo</translation>
    </message>
    <message>
        <source>Prepare the lab for this lesson</source>
        <translation>Préparer le labo pour cette leçon</translation>
    </message>
    <message>
        <source>Resets the lab when the lesson starts from a clean lab, and switches its faults on or off as the lesson needs.</source>
        <translation>Réinitialise le labo quand la leçon part d’un labo propre, et active ou désactive ses pannes selon les besoins de la leçon.</translation>
    </message>
    <message>
        <source>Lessons on the lab</source>
        <translation>Leçons sur le labo</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>The services map %1 does not load: %2</source>
        <translation>La carte des services %1 ne se charge pas : %2</translation>
    </message>
    <message>
        <source>The group&apos;s services, from %1. Hover a row for its links.</source>
        <translation>Les services du groupe, d’après %1. Survolez une ligne pour voir ses liens.</translation>
    </message>
    <message>
        <source>Edit %1 in Steward</source>
        <translation>Modifier %1 dans Steward</translation>
    </message>
    <message>
        <source>The services map %1 cannot be opened: %2</source>
        <translation>La carte des services %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>it is over 1 MiB</source>
        <translation>elle dépasse 1 Mio</translation>
    </message>
    <message>
        <source>The command glossary does not load: %1</source>
        <translation>Le glossaire des commandes ne se charge pas : %1</translation>
    </message>
    <message>
        <source>Changes the server&apos;s state: tried on the lab only</source>
        <translation>Modifie l’état du serveur : essayée sur le labo uniquement</translation>
    </message>
    <message>
        <source>What it does: %1</source>
        <translation>Ce qu’elle fait : %1</translation>
    </message>
    <message>
        <source>When to use it: %1</source>
        <translation>Quand l’utiliser : %1</translation>
    </message>
    <message>
        <source>What the output means: %1</source>
        <translation>Ce que signifie la sortie : %1</translation>
    </message>
    <message>
        <source>It changes the server&apos;s state: from here it runs on the lab only.</source>
        <translation>Elle modifie l’état du serveur : depuis ici, elle ne s’exécute que sur le labo.</translation>
    </message>
    <message>
        <source>It needs a terminal: copy it, it is not tried from here.</source>
        <translation>Elle nécessite un terminal : copiez-la, elle n’est pas essayée depuis ici.</translation>
    </message>
    <message>
        <source>Start Steward with --lab to try commands on the lab.</source>
        <translation>Démarrez Steward avec --lab pour essayer des commandes sur le labo.</translation>
    </message>
    <message>
        <source>[stopped following after a few seconds]</source>
        <translation>[suivi arrêté au bout de quelques secondes]</translation>
    </message>
    <message>
        <source>A bad night: the lab&apos;s %1 fault is on for this lesson (steward-lab fault NAME on).</source>
        <translation>Une mauvaise nuit : la panne %1 du labo est activée pour cette leçon (steward-lab fault NAME on).</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Terminée le %1.</translation>
    </message>
    <message>
        <source>Start Steward with --lab to practise.</source>
        <translation>Démarrez Steward avec --lab pour vous exercer.</translation>
    </message>
    <message>
        <source>Looking at the lab…</source>
        <translation>Observation du labo…</translation>
    </message>
    <message>
        <source>Goal reached: the lesson is marked done.</source>
        <translation>Objectif atteint : la leçon est marquée comme terminée.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Pas encore : %1</translation>
    </message>
    <message>
        <source>Steward cannot check this goal yet: %1</source>
        <translation>Steward ne peut pas encore vérifier cet objectif : %1</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>La vérification n’a pas pu s’exécuter : %1</translation>
    </message>
    <message>
        <source>The lab cannot be reached: %1</source>
        <translation>Le labo est injoignable : %1</translation>
    </message>
    <message>
        <source>Resetting the lab (a minute or two)…</source>
        <translation>Réinitialisation du labo (une minute ou deux)…</translation>
    </message>
    <message>
        <source>Switching the lab&apos;s faults…</source>
        <translation>Changement des pannes du labo…</translation>
    </message>
    <message>
        <source>The lab is ready for this lesson.</source>
        <translation>Le labo est prêt pour cette leçon.</translation>
    </message>
    <message>
        <source>The lab could not be prepared: %1</source>
        <translation>Le labo n’a pas pu être préparé : %1</translation>
    </message>
    <message>
        <source>Welcome to Steward</source>
        <translation>Bienvenue dans Steward</translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config…</source>
        <translation>Importer depuis ~/.ssh/config…</translation>
    </message>
    <message>
        <source>Import an Ansible inventory…</source>
        <translation>Importer un inventaire Ansible…</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation>Ouvrir le labo</translation>
    </message>
    <message>
        <source>The servers you already reach with ssh: Steward takes their host names, users, ports and keys from your SSH configuration.</source>
        <translation>Les serveurs que vous joignez déjà avec ssh : Steward reprend leurs noms d’hôtes, utilisateurs, ports et clés depuis votre configuration SSH.</translation>
    </message>
    <message>
        <source>If your group sets up its servers with Ansible: its inventory file lists them.</source>
        <translation>Si votre groupe installe ses serveurs avec Ansible : son fichier d’inventaire les liste.</translation>
    </message>
    <message>
        <source>Type in one server yourself: a name, its address and the SSH user.</source>
        <translation>Saisissez vous-même un serveur : un nom, son adresse et l’utilisateur SSH.</translation>
    </message>
    <message>
        <source>Practise first: a rehearsal Mastodon server on this computer, reached over SSH like the real one. Nothing you try there touches production.</source>
        <translation>Entraînez-vous d’abord : un serveur Mastodon de répétition sur cet ordinateur, joint par SSH comme le vrai. Rien de ce que vous y essayez ne touche la production.</translation>
    </message>
    <message>
        <source>All of this stays in the Servers panel&apos;s toolbar; this page goes away once your inventory has a server.</source>
        <translation>Tout cela reste dans la barre d’outils du panneau Serveurs ; cette page disparaît dès que votre inventaire contient un serveur.</translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and it does not know them yet: the table below is only an example. Tell it where your servers are, in one of these ways:</source>
        <translation>Steward s’occupe des serveurs de votre groupe par SSH, et il ne les connaît pas encore : le tableau ci-dessous n’est qu’un exemple. Indiquez-lui où sont vos serveurs, de l’une de ces façons :</translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and your inventory has none yet. Tell it where your servers are, in one of these ways:</source>
        <translation>Steward s’occupe des serveurs de votre groupe par SSH, et votre inventaire n’en contient encore aucun. Indiquez-lui où sont vos serveurs, de l’une de ces façons :</translation>
    </message>
    <message>
        <source>The lab is not installed here. Where it is (a Steward built from its sources, or the Debian package), start Steward with “steward --lab” to open it on the lab.</source>
        <translation>Le labo n’est pas installé ici. Là où il l’est (un Steward compilé depuis ses sources, ou le paquet Debian), démarrez Steward avec « steward --lab » pour l’ouvrir sur le labo.</translation>
    </message>
    <message>
        <source>Starting the lab…</source>
        <translation>Démarrage du labo…</translation>
    </message>
    <message>
        <source>The lab did not start: %1</source>
        <translation>Le labo n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Prepare the upgrade run…</source>
        <translation>Préparer l’exécution de la mise à jour…</translation>
    </message>
    <message>
        <source>Open the upgrade runbook with this plan: its target, the migrations to expect and the dependency floors it checks on the server</source>
        <translation>Ouvrir la procédure de mise à jour avec ce plan : sa cible, les migrations attendues et les versions minimales des dépendances qu’elle vérifie sur le serveur</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Show exactly what each step will send or do, without running anything</source>
        <translation>Montrer exactement ce que chaque étape enverra ou fera, sans rien exécuter</translation>
    </message>
    <message>
        <source>Start run…</source>
        <translation>Lancer l’exécution…</translation>
    </message>
    <message>
        <source>Run id (steward runbook status lists them)</source>
        <translation>Identifiant d’exécution (steward runbook status les liste)</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Ouvrir l’exécution</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Show the run&apos;s transcript: every step, command, output, approval and override, with times</source>
        <translation>Afficher le compte rendu de l’exécution : chaque étape, commande, sortie, approbation et forçage, avec les heures</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the run&apos;s transcript as a Markdown file</source>
        <translation>Enregistrer le compte rendu de l’exécution dans un fichier Markdown</translation>
    </message>
    <message>
        <source>Open the selected step&apos;s output in the Logs panel, to search and save it</source>
        <translation>Ouvrir la sortie de l’étape sélectionnée dans le panneau Journaux, pour la parcourir et l’enregistrer</translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation>Procédure :</translation>
    </message>
    <message>
        <source>Reason (recorded; needed to skip, override or stop)</source>
        <translation>Raison (enregistrée ; nécessaire pour sauter, forcer ou arrêter)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Sauter</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Forcer</translation>
    </message>
    <message>
        <source>Stop run</source>
        <translation>Arrêter l’exécution</translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Some runbooks do not load:
%1</source>
        <translation>Certaines procédures ne se chargent pas :
%1</translation>
    </message>
    <message>
        <source>Choose a runbook and a server first.</source>
        <translation>Choisissez d’abord une procédure et un serveur.</translation>
    </message>
    <message>
        <source>A run is open in this panel (%1). Stop it, or let it finish, first.</source>
        <translation>Une exécution est ouverte dans ce panneau (%1). Arrêtez-la ou laissez-la se terminer d’abord.</translation>
    </message>
    <message>
        <source>There is no runbook “%1”.</source>
        <translation>Il n’y a pas de procédure « %1 ».</translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Read the dry run, then start.</source>
        <translation>Rempli d’après le plan de mise à jour. Lisez la simulation, puis lancez.</translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Still to fill: %1.</source>
        <translation>Rempli d’après le plan de mise à jour. Reste à remplir : %1.</translation>
    </message>
    <message>
        <source>Announcement: %1 of %2 characters</source>
        <translation>Annonce : %1 caractères sur %2</translation>
    </message>
    <message>
        <source> (Mastodon&apos;s default; %1&apos;s own limit is read when it is refreshed)</source>
        <translation> (valeur par défaut de Mastodon ; la limite propre à %1 est lue lors de son actualisation)</translation>
    </message>
    <message>
        <source> — too long: the step would refuse it. Shorten the template or the parameters.</source>
        <translation> — trop longue : l’étape la refuserait. Raccourcissez le modèle ou les paramètres.</translation>
    </message>
    <message>
        <source>No run is open: start one or open one first.</source>
        <translation>Aucune exécution n’est ouverte : lancez-en une ou ouvrez-en une d’abord.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1: %2</source>
        <translation>Le compte rendu n’a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>Compte rendu enregistré dans %1.</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Lancer l’exécution</translation>
    </message>
    <message>
        <source>Run “%1” on %2 now? Its steps act on the server (%3 steps; the dry run shows each one). Confirmations and failures stop for you.</source>
        <translation>Exécuter « %1 » sur %2 maintenant ? Ses étapes agissent sur le serveur (%3 étapes ; la simulation montre chacune d’elles). Les confirmations et les échecs s’arrêtent pour vous attendre.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Choose the server the run is on first.</source>
        <translation>Choisissez d’abord le serveur de l’exécution.</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation>« %1 » n’est pas un identifiant d’exécution (comme 20261122-001000-mastodon-upgrade).</translation>
    </message>
    <message>
        <source>The connection was lost (%1). The running step goes on on the server; Steward connects again and picks the run up.</source>
        <translation>La connexion a été perdue (%1). L’étape en cours continue sur le serveur ; Steward se reconnecte et reprend le suivi de l’exécution.</translation>
    </message>
    <message>
        <source>No run open. Start one, or open a run that exists on the server.</source>
        <translation>Aucune exécution ouverte. Lancez-en une, ou ouvrez une exécution qui existe sur le serveur.</translation>
    </message>
    <message>
        <source>Opening the run on %1…</source>
        <translation>Ouverture de l’exécution sur %1…</translation>
    </message>
    <message>
        <source>Run %1 on %2: %3 (%4 of %5 steps done). Watch it on the server: %6</source>
        <translation>Exécution %1 sur %2 : %3 (%4 étapes sur %5 terminées). Suivez-la sur le serveur : %6</translation>
    </message>
    <message>
        <source>The run could not be made or opened: %1</source>
        <translation>L’exécution n’a pas pu être créée ou ouverte : %1</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Rien ne vous attend.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Say why the step is skipped: the reason is recorded in the run.</source>
        <translation>Indiquez pourquoi l’étape est sautée : la raison est enregistrée dans l’exécution.</translation>
    </message>
    <message>
        <source>Say why the gate is overridden: the reason is recorded in the run.</source>
        <translation>Indiquez pourquoi le point de contrôle est forcé : la raison est enregistrée dans l’exécution.</translation>
    </message>
    <message>
        <source>Say why the run stops: the reason is recorded in the run.</source>
        <translation>Indiquez pourquoi l’exécution s’arrête : la raison est enregistrée dans l’exécution.</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Arrêter l’exécution</translation>
    </message>
    <message>
        <source>Stop run %1 after the running step? The step finishes on the server; nothing new starts.</source>
        <translation>Arrêter l’exécution %1 après l’étape en cours ? L’étape se termine sur le serveur ; rien de nouveau ne démarre.</translation>
    </message>
    <message>
        <source>Units and timers</source>
        <translation>Unités et minuteurs</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Redémarrer…</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>A&amp;rrêter…</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Démarrer…</translation>
    </message>
    <message>
        <source>Sc&amp;ale…</source>
        <translation>Ajuster le &amp;nombre…</translation>
    </message>
    <message>
        <source>Re&amp;deploy (up -d)…</source>
        <translation>Red&amp;éployer (up -d)…</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Journaux</translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation>&amp;Copier la commande</translation>
    </message>
    <message>
        <source>Copy the restart command for a terminal</source>
        <translation>Copier la commande de redémarrage pour un terminal</translation>
    </message>
    <message>
        <source>Start &amp;Now…</source>
        <translation>Démarrer &amp;maintenant…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Nombre de conteneurs %1</translation>
    </message>
    <message>
        <source>How many %1 containers should run?</source>
        <translation>Combien de conteneurs %1 doivent tourner ?</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Lu %1.</translation>
    </message>
    <message>
        <source>Could not read: %1. Shown: what was read %2.</source>
        <translation>Lecture impossible : %1. Affiché : ce qui a été lu %2.</translation>
    </message>
    <message>
        <source>Could not read: %1.</source>
        <translation>Lecture impossible : %1.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message>
        <source>Select a server to see its services, units, disks and health.</source>
        <translation>Sélectionnez un serveur pour voir ses services, unités, disques et sa santé.</translation>
    </message>
    <message>
        <source>%1: not checked yet. Refresh to read its state.</source>
        <translation>%1 : pas encore vérifié. Actualisez pour lire son état.</translation>
    </message>
    <message>
        <source>refreshed %1</source>
        <translation>actualisé %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>actualisation…</translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation>Minuteurs : %1</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Disposition : %1</translation>
    </message>
    <message>
        <source>The inventory gives no public URL for this server, so its HTTP health is not checked.</source>
        <translation>L’inventaire n’indique pas d’URL publique pour ce serveur, donc sa santé HTTP n’est pas vérifiée.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Checked %1 from this computer, at %2.</source>
        <translation>Vérifié %1 depuis cet ordinateur, sur %2.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>pas de réponse : %1</translation>
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
        <translation>API de l’instance</translation>
    </message>
    <message>
        <source>Running version: %1</source>
        <translation>Version en service : %1</translation>
    </message>
    <message>
        <source>The maintenance page is up.</source>
        <translation>La page de maintenance est affichée.</translation>
    </message>
    <message>
        <source>Import from &amp;Ansible Inventory…</source>
        <translation>Importer depuis un inventaire &amp;Ansible…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh A&amp;ll</source>
        <translation>Tout actua&amp;liser</translation>
    </message>
    <message>
        <source>S&amp;top Refresh</source>
        <translation>A&amp;rrêter l’actualisation</translation>
    </message>
    <message>
        <source>Refresh every server on its own at this interval (paused while the window is hidden)</source>
        <translation>Actualiser chaque serveur séparément à cet intervalle (en pause tant que la fenêtre est masquée)</translation>
    </message>
    <message>
        <source>Refresh: off</source>
        <translation>Actualisation : désactivée</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>Toutes les 30 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>%1 on %2? Users of the instance may notice while it happens.

The command:
%3</source>
        <translation>%1 sur %2 ? Les utilisateurs de l’instance pourront s’en apercevoir pendant l’opération.

La commande :
%3</translation>
    </message>
    <message>
        <source>%1 on %2?

The command:
%3</source>
        <translation>%1 sur %2 ?

La commande :
%3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation>Importer depuis un inventaire Ansible</translation>
    </message>
    <message>
        <source>Ansible inventories (hosts *.ini *.yml *.yaml inventory*)</source>
        <translation>Inventaires Ansible (hosts *.ini *.yml *.yaml inventory*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Already in the inventory as “%1” (same host, port and user)</source>
        <translation>Déjà dans l’inventaire sous le nom « %1 » (même hôte, port et utilisateur)</translation>
    </message>
    <message>
        <source>The same host, port and user as “%1” above</source>
        <translation>Même hôte, port et utilisateur que « %1 » ci-dessus</translation>
    </message>
    <message>
        <source>On the server: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Sur le serveur : &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Question from the server</source>
        <translation>Question du serveur</translation>
    </message>
    <message>
        <source>Answers to the server&apos;s questions are never kept.</source>
        <translation>Les réponses aux questions du serveur ne sont jamais conservées.</translation>
    </message>
    <message>
        <source>Not a usable value: %1</source>
        <translation>Valeur inutilisable : %1</translation>
    </message>
</context>
</TS>
