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
        <source>Use a light or dark palette instead of the system's.</source>
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
</context>
</TS>
