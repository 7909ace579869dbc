<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca">
<context>
    <name>Steward::App</name>
    <message>
        <source>Show Steward in this language (%1).</source>
        <translation>Mostra Steward en aquesta llengua (%1).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codi</translation>
    </message>
    <message>
        <source>Use this inventory file instead of the one in your configuration folder.</source>
        <translation>Fes servir aquest fitxer d’inventari en lloc del de la carpeta de configuració.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fitxer</translation>
    </message>
    <message>
        <source>Open this panel (%1).</source>
        <translation>Obre aquest panell (%1).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation>Fes servir una paleta clara o fosca en lloc de la del sistema.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit.</source>
        <translation>Desa una imatge de la finestra en aquest fitxer PNG tan bon punt es mostri i surt.</translation>
    </message>
    <message>
        <source>Steward: a console for the tech group of a small Mastodon instance.</source>
        <translation>Steward: una consola per al grup tècnic d’una petita instància de Mastodon.</translation>
    </message>
    <message>
        <source>A command to run without a window:</source>
        <translation>Una ordre que s’executa sense finestra:</translation>
    </message>
    <message>
        <source>steward: unknown command “%1”; see steward --help</source>
        <translation>steward: ordre desconeguda «%1»; vegeu steward --help</translation>
    </message>
    <message>
        <source>steward: --color-scheme takes “light” or “dark”, not “%1”</source>
        <translation>steward: --color-scheme admet «light» o «dark», no «%1»</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidors</translation>
    </message>
    <message>
        <source>Inventory: %1 (unreadable)</source>
        <translation>Inventari: %1 (il·legible)</translation>
    </message>
    <message>
        <source>Inventory: built-in example</source>
        <translation>Inventari: exemple integrat</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventari: %1</translation>
    </message>
    <message>
        <source>No translation for “%1”; Steward is shown in English. Available: en, %2.</source>
        <translation>No hi ha traducció per a «%1»; Steward es mostra en anglès. Disponibles: en, %2.</translation>
    </message>
    <message>
        <source>Start the local rehearsal host (or use the running one) and open Steward on it.</source>
        <translation>Inicia l’amfitrió d’assaig local (o fes servir el que ja funciona) i obre-hi Steward.</translation>
    </message>
    <message>
        <source>Print the upgrade plan between two versions (steward plan --help).</source>
        <translation>Mostra el pla d’actualització entre dues versions (steward plan --help).</translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml versions with the deployed copy (steward compose-diff --help).</source>
        <translation>Compara versions originals de docker-compose.yml amb la còpia desplegada (steward compose-diff --help).</translation>
    </message>
    <message>
        <source>Start, stop, reset or break the local rehearsal host (steward lab help).</source>
        <translation>Inicia, atura, restableix o espatlla l’amfitrió d’assaig local (steward lab help).</translation>
    </message>
    <message>
        <source>steward: --lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation>steward: --lab fa servir l’inventari del laboratori; ometeu --inventory</translation>
    </message>
    <message>
        <source>Output: summary, json, patch or merged.</source>
        <translation>Sortida: summary, json, patch o merged.</translation>
    </message>
    <message>
        <source>Fetch upstream files from this base URL instead of raw.githubusercontent.com.</source>
        <translation>Obté els fitxers originals d’aquest URL base en lloc de raw.githubusercontent.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The upstream file before the upgrade.</source>
        <translation>El fitxer original abans de l’actualització.</translation>
    </message>
    <message>
        <source>The upstream file after the upgrade.</source>
        <translation>El fitxer original després de l’actualització.</translation>
    </message>
    <message>
        <source>Our deployed copy (optional).</source>
        <translation>La nostra còpia desplegada (opcional).</translation>
    </message>
    <message>
        <source>expected OLD NEW [DEPLOYED]; see steward compose-diff --help</source>
        <translation>s’esperava OLD NEW [DEPLOYED]; vegeu steward compose-diff --help</translation>
    </message>
    <message>
        <source>--format takes summary, json, patch or merged, not “%1”</source>
        <translation>--format admet summary, json, patch o merged, no «%1»</translation>
    </message>
    <message>
        <source>The lab is not installed (%1 is missing).</source>
        <translation>El laboratori no està instal·lat (falta %1).</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>no es pot llegir «%1»: %2</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>no es pot obtenir %1: %2</translation>
    </message>
    <message>
        <source>Print the upgrade plan between two Mastodon versions.</source>
        <translation>Mostra el pla d’actualització entre dues versions de Mastodon.</translation>
    </message>
    <message>
        <source>The running version.</source>
        <translation>La versió en execució.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versió</translation>
    </message>
    <message>
        <source>The target version, or “latest”, “patch” (newest of the current line) or “next” (newest of the next line).</source>
        <translation>La versió de destinació, o «latest», «patch» (la més recent de la línia actual) o «next» (la més recent de la línia següent).</translation>
    </message>
    <message>
        <source>Read the notes from this CHANGELOG.md.</source>
        <translation>Llegeix les notes d’aquest CHANGELOG.md.</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation>markdown (per defecte) o json.</translation>
    </message>
    <message>
        <source>Include betas and release candidates.</source>
        <translation>Inclou les versions beta i les candidates.</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from i --to són obligatoris</translation>
    </message>
    <message>
        <source>give the notes with --changelog FILE or --feed URL</source>
        <translation>indiqueu les notes amb --changelog FILE o --feed URL</translation>
    </message>
    <message>
        <source>--format takes “markdown” or “json”, not “%1”</source>
        <translation>--format admet «markdown» o «json», no «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10 or v4.3.0-rc.1</source>
        <translation>«%1» no és una versió com ara 4.2.10 o v4.3.0-rc.1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10, nor one the notes hold</source>
        <translation>«%1» no és una versió com ara 4.2.10, ni cap de les que contenen les notes</translation>
    </message>
    <message>
        <source>Compose diff</source>
        <translation>Diferències de compose</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Eines</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credencials…</translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml files (OLD, NEW) and, when given, our DEPLOYED copy. Each may be a file or an upstream reference such as mastodon@v4.2.0 (fetched from GitHub, or read from --checkout).</source>
        <translation>Compara fitxers docker-compose.yml originals (OLD, NEW) i, si s’indica, la nostra còpia desplegada (DEPLOYED). Cadascun pot ser un fitxer o una referència original com ara mastodon@v4.2.0 (obtinguda de GitHub o llegida de --checkout).</translation>
    </message>
    <message>
        <source>Read upstream references (mastodon@v4.2.10) from this local git repository instead of GitHub.</source>
        <translation>Llegeix les referències originals (mastodon@v4.2.10) d’aquest repositori git local en lloc de GitHub.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>camí</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Notes de versió</translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation>Sessió iniciada amb %1</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: connectat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: the running version could not be read (%2)</source>
        <translation>%1: no s’ha pogut llegir la versió en execució (%2)</translation>
    </message>
    <message>
        <source>Could not keep the secret in the keychain: %1</source>
        <translation>No s’ha pogut desar el secret al clauer: %1</translation>
    </message>
    <message>
        <source>the inventory has no server “%1”</source>
        <translation>l’inventari no té cap servidor «%1»</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: not yet in %3</source>
        <translation>línies originals %1-%2: encara no són a %3</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: already in %3</source>
        <translation>línies originals %1-%2: ja són a %3</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: conflicts with a local change in %3</source>
        <translation>línies originals %1-%2: entren en conflicte amb un canvi local a %3</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: not yet in %2</source>
        <translation>línies originals afegides després de la línia %1: encara no són a %2</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: already in %2</source>
        <translation>línies originals afegides després de la línia %1: ja són a %2</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: conflicts with a local change in %2</source>
        <translation>línies originals afegides després de la línia %1: entren en conflicte amb un canvi local a %2</translation>
    </message>
    <message>
        <source>%1 (%2: using the saved copy)</source>
        <translation>%1 (%2: s’usa la còpia desada)</translation>
    </message>
    <message>
        <source>Read the notes from a GitHub “list releases” JSON: a URL (every page; GITHUB_TOKEN is sent when set) or a file.</source>
        <translation>Llegeix les notes d’un JSON «list releases» de GitHub: un URL (totes les pàgines; s’envia GITHUB_TOKEN si està definit) o un fitxer.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconegut</translation>
    </message>
    <message>
        <source>  stages: preflight %1 s, download %2 s, restore %3 s, verify %4 s, cleanup %5 s; restore time %6 s (%7 jobs, %8 format)</source>
        <translation>  fases: comprovació prèvia %1 s, baixada %2 s, restauració %3 s, verificació %4 s, neteja %5 s; temps de restauració %6 s (%7 treballs, format %8)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimat</translation>
    </message>
    <message>
        <source>  schema_migrations: %1 restored, %2 in production, %3 missing</source>
        <translation>  schema_migrations: %1 restaurades, %2 a producció, %3 que falten</translation>
    </message>
    <message>
        <source>  LEFT BEHIND: %1</source>
        <translation>  S’HA DEIXAT: %1</translation>
    </message>
    <message>
        <source>no server of the inventory has backup settings (a “backup:” map)</source>
        <translation>cap servidor de l’inventari no té configuració de còpies de seguretat (una assignació «backup:»)</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory</source>
        <translation>%1 no té configuració de còpies de seguretat a l’inventari</translation>
    </message>
    <message>
        <source>several servers have backups: choose one with --server</source>
        <translation>diversos servidors tenen còpies de seguretat: trieu-ne un amb --server</translation>
    </message>
    <message>
        <source>no selected server has backup settings (a “backup:” map in the inventory)</source>
        <translation>cap servidor seleccionat no té configuració de còpies de seguretat (una assignació «backup:» a l’inventari)</translation>
    </message>
    <message>
        <source>, SUSPICIOUSLY SMALL</source>
        <translation>, SOSPITOSAMENT PETITA</translation>
    </message>
    <message>
        <source>  [suspiciously small]</source>
        <translation>  [sospitosament petita]</translation>
    </message>
    <message>
        <source>  [not a backup name]</source>
        <translation>  [no és un nom de còpia de seguretat]</translation>
    </message>
    <message>
        <source>  [another database]</source>
        <translation>  [una altra base de dades]</translation>
    </message>
    <message>
        <source>%1 s of about %2 s</source>
        <translation>%1 s d’uns %2 s</translation>
    </message>
    <message>
        <source>Starting %1 on %2…</source>
        <translation>S’està iniciant %1 a %2…</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interromput</translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s (the last successful run took %3 s).</source>
        <translation>%1 ha acabat bé en %2 s (la darrera execució correcta va trigar %3 s).</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 has no drill host: give one with --drill-host, or set backup.drill.host in the inventory</source>
        <translation>%1 no té amfitrió de simulacre: indiqueu-ne un amb --drill-host o definiu backup.drill.host a l’inventari</translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory</source>
        <translation>no hi ha cap servidor «%1» a l’inventari</translation>
    </message>
    <message>
        <source>The database backups of the inventory&apos;s servers: list the catalogue and its freshness, run the backup unit now, or run a restore drill.</source>
        <translation>Les còpies de seguretat de la base de dades dels servidors de l’inventari: llista el catàleg i com són de recents, executa ara la unitat de còpia de seguretat o fes un simulacre de restauració.</translation>
    </message>
    <message>
        <source>list, run or drill</source>
        <translation>list, run o drill</translation>
    </message>
    <message>
        <source>drill: restore on this inventory server.</source>
        <translation>drill: restaura en aquest servidor de l’inventari.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>drill: this object key (default: the newest backup).</source>
        <translation>drill: aquesta clau d’objecte (per defecte: la còpia de seguretat més recent).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clau</translation>
    </message>
    <message>
        <source>drill: keep the scratch database when the drill passes.</source>
        <translation>drill: conserva la base de dades temporal quan se supera el simulacre.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (per defecte) o json.</translation>
    </message>
    <message>
        <source>usage: steward backup list|run|drill [--server NAME] [--drill-host NAME] [--backup KEY] [--keep] [--format text|json] (see --help)</source>
        <translation>ús: steward backup list|run|drill [--server NAME] [--drill-host NAME] [--backup KEY] [--keep] [--format text|json] (vegeu --help)</translation>
    </message>
    <message>
        <source>Refresh and print the status of the servers (steward status --help).</source>
        <translation>Actualitza i mostra l’estat dels servidors (steward status --help).</translation>
    </message>
    <message>
        <source>Print the journals and compose logs of a server, merged in time order (steward logs --help).</source>
        <translation>Mostra els diaris i els registres de compose d’un servidor, combinats per ordre temporal (steward logs --help).</translation>
    </message>
    <message>
        <source>List the backups and their freshness, run the backup now, or run a restore drill (steward backup --help).</source>
        <translation>Llista les còpies de seguretat i com són de recents, fes la còpia de seguretat ara o fes un simulacre de restauració (steward backup --help).</translation>
    </message>
    <message>
        <source>List, show, run, follow and resume runbooks such as the upgrade night, in tmux on a server (steward runbook --help).</source>
        <translation>Llista, mostra, executa, segueix i reprèn procediments com ara la nit d’actualització, en tmux en un servidor (steward runbook --help).</translation>
    </message>
    <message>
        <source>the comparison did not finish</source>
        <translation>la comparació no ha acabat</translation>
    </message>
    <message>
        <source>Use this inventory file instead of ~/.config/steward/inventory.yaml.</source>
        <translation>Fes servir aquest fitxer d’inventari en lloc de ~/.config/steward/inventory.yaml.</translation>
    </message>
    <message>
        <source>Start (or reuse) the lab, the local rehearsal host, and use its inventory.</source>
        <translation>Inicia (o reutilitza) el laboratori, l’amfitrió d’assaig local, i fes servir el seu inventari.</translation>
    </message>
    <message>
        <source>Only this server of the inventory (repeatable); default: every server.</source>
        <translation>Només aquest servidor de l’inventari (repetible); per defecte: tots els servidors.</translation>
    </message>
    <message>
        <source>--lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation>--lab fa servir l’inventari del laboratori; ometeu --inventory</translation>
    </message>
    <message>
        <source>the lab did not start</source>
        <translation>el laboratori no s’ha iniciat</translation>
    </message>
    <message>
        <source>the lab did not say where its inventory is</source>
        <translation>el laboratori no ha indicat on és el seu inventari</translation>
    </message>
    <message>
        <source>there is no inventory at %1 (give one with --inventory FILE, or try --lab)</source>
        <translation>no hi ha cap inventari a %1 (indiqueu-ne un amb --inventory FILE o proveu --lab)</translation>
    </message>
    <message>
        <source>cannot read the inventory %1: %2</source>
        <translation>no es pot llegir l’inventari %1: %2</translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory (it has: %2)</source>
        <translation>no hi ha cap servidor «%1» a l’inventari (té: %2)</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3). Headless commands never accept a new key: check it with the server&apos;s administrator and accept it once in Steward&apos;s window, or add it to ~/.ssh/known_hosts.</source>
        <translation>no es coneix la clau d’amfitrió de %1 (%2 %3). Les ordres sense finestra no accepten mai una clau nova: comproveu-la amb l’administrador del servidor i accepteu-la un cop a la finestra de Steward, o afegiu-la a ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>%1 (the keychain holds no answer, and headless commands never ask: load the key into ssh-agent, or keep the secret in the keychain from Steward&apos;s window)</source>
        <translation>%1 (el clauer no conté cap resposta i les ordres sense finestra no pregunten mai: carregueu la clau a ssh-agent o deseu el secret al clauer des de la finestra de Steward)</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>s’ha tancat la connexió</translation>
    </message>
    <message>
        <source>bash could not be run: %1</source>
        <translation>no s’ha pogut executar bash: %1</translation>
    </message>
    <message>
        <source>the lab did not start within ten minutes</source>
        <translation>el laboratori no s’ha iniciat en deu minuts</translation>
    </message>
    <message>
        <source>steward-lab ended with status %1</source>
        <translation>steward-lab ha acabat amb l’estat %1</translation>
    </message>
    <message>
        <source>Print the journals of systemd units and the logs of compose services of a server, merged in time order.</source>
        <translation>Mostra els diaris de les unitats de systemd i els registres dels serveis de compose d’un servidor, combinats per ordre temporal.</translation>
    </message>
    <message>
        <source>A systemd unit&apos;s journal (repeatable). Without --unit and --service: the whole journal.</source>
        <translation>El diari d’una unitat de systemd (repetible). Sense --unit ni --service: tot el diari.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unitat</translation>
    </message>
    <message>
        <source>A compose service&apos;s logs (repeatable), in the server&apos;s compose folder.</source>
        <translation>Els registres d’un servei de compose (repetible), a la carpeta de compose del servidor.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servei</translation>
    </message>
    <message>
        <source>Lines from this time on: &quot;2024-11-22 00:10&quot;, &quot;-10min&quot;, &quot;2h ago&quot;, &quot;today&quot;, &quot;@EPOCH&quot;... (local time unless it says UTC).</source>
        <translation>Línies a partir d’aquest moment: «2024-11-22 00:10», «-10min», «2h ago», «today», «@EPOCH»... (hora local tret que digui UTC).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>The last N lines of each source (default 100; with --since: every line since).</source>
        <translation>Les darreres N línies de cada font (per defecte 100; amb --since: totes les línies des d’aleshores).</translation>
    </message>
    <message>
        <source>Then print new lines as they come, until interrupted.</source>
        <translation>Després mostra les línies noves a mesura que arriben, fins que s’interromp.</translation>
    </message>
    <message>
        <source>Only lines containing this text (without case unless it has an upper case letter).</source>
        <translation>Només les línies que contenen aquest text (sense distingir majúscules i minúscules tret que en tingui alguna majúscula).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patró</translation>
    </message>
    <message>
        <source>--grep is a regular expression (PCRE).</source>
        <translation>--grep és una expressió regular (PCRE).</translation>
    </message>
    <message>
        <source>Only lines of this level or more severe: emerg, alert, crit, err, warning, notice, info, debug (or 0-7).</source>
        <translation>Només les línies d’aquest nivell o més greus: emerg, alert, crit, err, warning, notice, info, debug (o 0-7).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivell</translation>
    </message>
    <message>
        <source>One JSON object a line (docs/logs.md).</source>
        <translation>Un objecte JSON per línia (docs/logs.md).</translation>
    </message>
    <message>
        <source>unexpected argument “%1” (see steward logs --help)</source>
        <translation>argument inesperat «%1» (vegeu steward logs --help)</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since: %1</translation>
    </message>
    <message>
        <source>--lines takes a number of lines (0 or more)</source>
        <translation>--lines admet un nombre de línies (0 o més)</translation>
    </message>
    <message>
        <source>--priority: unknown level “%1” (emerg, alert, crit, err, warning, notice, info, debug, or 0-7)</source>
        <translation>--priority: nivell desconegut «%1» (emerg, alert, crit, err, warning, notice, info, debug o 0-7)</translation>
    </message>
    <message>
        <source>--regex goes with --grep PATTERN</source>
        <translation>--regex va amb --grep PATTERN</translation>
    </message>
    <message>
        <source>--grep: %1</source>
        <translation>--grep: %1</translation>
    </message>
    <message>
        <source>the inventory has no server</source>
        <translation>l’inventari no té cap servidor</translation>
    </message>
    <message>
        <source>say which server with --server NAME</source>
        <translation>indiqueu quin servidor amb --server NAME</translation>
    </message>
    <message>
        <source>%1: following again</source>
        <translation>%1: es torna a seguir</translation>
    </message>
    <message>
        <source>Run made by %1 at %2.</source>
        <translation>Execució creada per %1 el %2.</translation>
    </message>
    <message>
        <source>▶ %1: %2 (attempt %3, by %4)</source>
        <translation>▶ %1: %2 (intent %3, per %4)</translation>
    </message>
    <message>
        <source>✔ %1: its checks passed</source>
        <translation>✔ %1: ha superat les comprovacions</translation>
    </message>
    <message>
        <source>✔ %1: finished</source>
        <translation>✔ %1: acabat</translation>
    </message>
    <message>
        <source>✘ %1: blocked by its checks</source>
        <translation>✘ %1: bloquejat per les comprovacions</translation>
    </message>
    <message>
        <source>✘ %1: failed with exit status %2</source>
        <translation>✘ %1: ha fallat amb l’estat de sortida %2</translation>
    </message>
    <message>
        <source>✘ %1: failed: %2</source>
        <translation>✘ %1: ha fallat: %2</translation>
    </message>
    <message>
        <source>✔ %1: verified</source>
        <translation>✔ %1: verificat</translation>
    </message>
    <message>
        <source>✘ %1: its verification failed</source>
        <translation>✘ %1: ha fallat la verificació</translation>
    </message>
    <message>
        <source>✔ %1: approved by %2</source>
        <translation>✔ %1: aprovat per %2</translation>
    </message>
    <message>
        <source>✔ %1: approved by %2 (%3)</source>
        <translation>✔ %1: aprovat per %2 (%3)</translation>
    </message>
    <message>
        <source>! %1: overridden by %2: %3</source>
        <translation>! %1: forçat per %2: %3</translation>
    </message>
    <message>
        <source>- %1: skipped by %2: %3</source>
        <translation>- %1: omès per %2: %3</translation>
    </message>
    <message>
        <source>! %1: interrupted: %2</source>
        <translation>! %1: interromput: %2</translation>
    </message>
    <message>
        <source>↻ %1: to run again (%2: %3)</source>
        <translation>↻ %1: per tornar a executar (%2: %3)</translation>
    </message>
    <message>
        <source>  %1: uploaded %2 (SHA-256 %3)</source>
        <translation>  %1: s’ha pujat %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>  %1: committed %2 on %3</source>
        <translation>  %1: s’ha fet commit de %2 a %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  %1: ansible-playbook %2: %3 change(s)</source>
        <translation>  %1: ansible-playbook %2: %3 canvi(s)</translation>
    </message>
    <message>
        <source>■ Stopped by %1: %2</source>
        <translation>■ Aturat per %1: %2</translation>
    </message>
    <message>
        <source>▶ Resumed by %1.</source>
        <translation>▶ Représ per %1.</translation>
    </message>
    <message>
        <source>■ Done (%1).</source>
        <translation>■ Fet (%1).</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>inclòs</translation>
    </message>
    <message>
        <source>INVALID  %1</source>
        <translation>NO VÀLID  %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n pas</numerusform>
            <numerusform>%n passos</numerusform>
        </translation>
    </message>
    <message>
        <source>No runbooks.</source>
        <translation>No hi ha cap procediment.</translation>
    </message>
    <message>
        <source>Parameters (--set NAME=VALUE):</source>
        <translation>Paràmetres (--set NAME=VALUE):</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatori</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>per defecte: %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>un d’aquests: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Passos:</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>necessita: %1</translation>
    </message>
    <message>
        <source>a run is on one server: give --server once</source>
        <translation>una execució és en un sol servidor: indiqueu --server una sola vegada</translation>
    </message>
    <message>
        <source>choose the server with --server NAME (the inventory has: %1)</source>
        <translation>trieu el servidor amb --server NAME (l’inventari té: %1)</translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Credentials, “Mastodon access token”) or set STEWARD_MASTODON_TOKEN.</source>
        <translation>No hi ha cap testimoni d’administració per a %1: deseu-ne un al clauer (Credencials, «Testimoni d’accés de Mastodon») o definiu STEWARD_MASTODON_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain did not give the admin token of %1: %2</source>
        <translation>El clauer no ha donat el testimoni d’administració de %1: %2</translation>
    </message>
    <message>
        <source>Run %1 of “%2” on %3.</source>
        <translation>Execució %1 de «%2» a %3.</translation>
    </message>
    <message>
        <source>To watch it on the server: %1</source>
        <translation>Per seguir-la al servidor: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2); trying again. A running step goes on on the server.</source>
        <translation>S’ha perdut la connexió amb %1 (%2); s’està tornant a provar. Un pas en execució continua al servidor.</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>S’ha tornat a connectar amb %1.</translation>
    </message>
    <message>
        <source>The run is done.</source>
        <translation>L’execució ha acabat.</translation>
    </message>
    <message>
        <source>The run was stopped (%1). To go on: %2</source>
        <translation>S’ha aturat l’execució (%1). Per continuar: %2</translation>
    </message>
    <message>
        <source>“%1” waits for approval:
%2</source>
        <translation>«%1» espera aprovació:
%2</translation>
    </message>
    <message>
        <source>Approve? Type yes to approve, anything else stops here: </source>
        <translation>Voleu aprovar-ho? Escriviu yes per aprovar-ho; qualsevol altra cosa atura l’execució aquí: </translation>
    </message>
    <message>
        <source>“%1” was not approved. The run waits there; to go on: %2</source>
        <translation>«%1» no s’ha aprovat. L’execució s’hi queda esperant; per continuar: %2</translation>
    </message>
    <message>
        <source>“%1” waits for a person&apos;s approval:
%2
Nothing was approved: without a terminal, a confirmation needs --yes (or --approve-all REASON). To approve it and go on: %3</source>
        <translation>«%1» espera l’aprovació d’una persona:
%2
No s’ha aprovat res: sense terminal, una confirmació necessita --yes (o --approve-all REASON). Per aprovar-ho i continuar: %3</translation>
    </message>
    <message>
        <source>%1
The run stopped at “%2”. Look at its output, set right what went wrong, then try it again: %3</source>
        <translation>%1
L’execució s’ha aturat a «%2». Mireu-ne la sortida, corregiu el que ha fallat i torneu-ho a provar: %3</translation>
    </message>
    <message>
        <source>%1
The run stopped at the gate “%2” (a gate is never passed by --yes). Set right what it found, then check it again: %3; or override it with a reason in Steward&apos;s window.</source>
        <translation>%1
L’execució s’ha aturat a la barrera «%2» (--yes no passa mai una barrera). Corregiu el que ha trobat i torneu-la a comprovar: %3; o forceu-la amb un motiu a la finestra de Steward.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interromput.</translation>
    </message>
    <message>
        <source>Stopped following. The run goes on in tmux on %1 (a running step finishes there, and nothing new starts); to follow and drive it again: %2</source>
        <translation>S’ha deixat de seguir. L’execució continua en tmux a %1 (un pas en execució hi acaba i no se n’inicia cap de nou); per tornar a seguir-la i dirigir-la: %2</translation>
    </message>
    <message>
        <source>--set takes NAME=VALUE, not “%1”</source>
        <translation>--set admet NAME=VALUE, no «%1»</translation>
    </message>
    <message>
        <source>%1 (see steward runbook show %2)</source>
        <translation>%1 (vegeu steward runbook show %2)</translation>
    </message>
    <message>
        <source>no run %1 is kept on this computer (a run is kept once Steward has followed it here; steward runbook status lists the server&apos;s runs)</source>
        <translation>no hi ha cap execució %1 desada en aquest ordinador (una execució es desa un cop Steward l’ha seguida aquí; steward runbook status llista les execucions del servidor)</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade; steward runbook status lists them)</source>
        <translation>«%1» no és un id d’execució (com ara 20261122-001000-mastodon-upgrade; steward runbook status els llista)</translation>
    </message>
    <message>
        <source>%1  unreadable: %2</source>
        <translation>%1  il·legible: %2</translation>
    </message>
    <message>
        <source>at %1 (%2: %3)</source>
        <translation>a %1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1 of %2 steps done; by %3, %4</source>
        <translation>%1 de %2 passos fets; per %3, %4</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>aturada: %1</translation>
    </message>
    <message>
        <source>No runs on %1.</source>
        <translation>No hi ha cap execució a %1.</translation>
    </message>
    <message>
        <source>Runbooks: the upgrade night as steps that run in tmux on the server, gated on evidence and resumable (docs/runbook.md).</source>
        <translation>Procediments: la nit d’actualització com a passos que s’executen en tmux al servidor, condicionats a proves i que es poden reprendre (docs/runbook.md).</translation>
    </message>
    <message>
        <source>list, show NAME, dry-run NAME, run NAME, status, resume RUN-ID, or transcript RUN-ID</source>
        <translation>list, show NAME, dry-run NAME, run NAME, status, resume RUN-ID o transcript RUN-ID</translation>
    </message>
    <message>
        <source>run, dry-run: a parameter&apos;s value (repeatable); resume: a secret parameter&apos;s value again.</source>
        <translation>run, dry-run: el valor d’un paràmetre (repetible); resume: el valor d’un paràmetre secret, un altre cop.</translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation (recorded as approved on the command line). Gates are never passed by it.</source>
        <translation>run, resume: aprova totes les confirmacions (queden registrades com a aprovades a la línia d’ordres). Les barreres no es passen mai així.</translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation with this reason, which goes into the transcript.</source>
        <translation>run, resume: aprova totes les confirmacions amb aquest motiu, que s’afegeix a la transcripció.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motiu</translation>
    </message>
    <message>
        <source>resume: try the failed, blocked or interrupted step again.</source>
        <translation>resume: torna a provar el pas fallit, bloquejat o interromput.</translation>
    </message>
    <message>
        <source>Print JSON (progress goes to stderr).</source>
        <translation>Mostra JSON (el progrés va a stderr).</translation>
    </message>
    <message>
        <source>usage: steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME [--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (see --help)</source>
        <translation>ús: steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME [--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (vegeu --help)</translation>
    </message>
    <message>
        <source>transcript reads this computer&apos;s history: give at most --server NAME</source>
        <translation>transcript llegeix l’historial d’aquest ordinador: indiqueu com a màxim --server NAME</translation>
    </message>
    <message>
        <source>--approve-all needs a reason</source>
        <translation>--approve-all necessita un motiu</translation>
    </message>
    <message>
        <source>approved on the command line (--yes)</source>
        <translation>aprovat a la línia d’ordres (--yes)</translation>
    </message>
    <message>
        <source>--retry is for resume</source>
        <translation>--retry és per a resume</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>could not read (%1); last read %2: %3</source>
        <translation>no s’ha pogut llegir (%1); darrera lectura %2: %3</translation>
    </message>
    <message>
        <source>could not read (%1)</source>
        <translation>no s’ha pogut llegir (%1)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no llegit</translation>
    </message>
    <message>
        <source>services</source>
        <translation>serveis</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unitats</translation>
    </message>
    <message>
        <source>%1 next %2</source>
        <translation>%1 propera %2</translation>
    </message>
    <message>
        <source>timers</source>
        <translation>temporitzadors</translation>
    </message>
    <message>
        <source>disks</source>
        <translation>discos</translation>
    </message>
    <message>
        <source>web %1; streaming %2</source>
        <translation>web %1; streaming %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versió %1</translation>
    </message>
    <message>
        <source>health</source>
        <translation>salut</translation>
    </message>
    <message>
        <source>Refresh and print the status of the inventory&apos;s servers: compose services, systemd units and timers, disks, and the instance&apos;s HTTP health.</source>
        <translation>Actualitza i mostra l’estat dels servidors de l’inventari: serveis de compose, unitats i temporitzadors de systemd, discos i la salut HTTP de la instància.</translation>
    </message>
    <message>
        <source>Exit 1 from this severity on: critical (default) or warning.</source>
        <translation>Surt amb 1 a partir d’aquesta gravetat: critical (per defecte) o warning.</translation>
    </message>
    <message>
        <source>Give up on a server after this many seconds (default 60).</source>
        <translation>Abandona un servidor al cap d’aquest nombre de segons (per defecte 60).</translation>
    </message>
    <message>
        <source>--format takes text or json, --fail-on critical or warning, --timeout a number of seconds</source>
        <translation>--format admet text o json, --fail-on critical o warning, --timeout un nombre de segons</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n seconds</source>
        <translation>
            <numerusform>abandonat al cap de %n segon</numerusform>
            <numerusform>abandonat al cap de %n segons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>sense resposta en %n segon</numerusform>
            <numerusform>sense resposta en %n segons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suspiciously small)</source>
        <translation>%1 (sospitosament petita)</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (antiga)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Còpies de seguretat</translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Tools › Credentials, “Mastodon access token”).</source>
        <translation>No hi ha cap testimoni d’administració per a %1: deseu-ne un al clauer (Eines › Credencials, «Testimoni d’accés de Mastodon»).</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procediment</translation>
    </message>
    <message>
        <source>There is no server “%1” in the inventory.</source>
        <translation>No hi ha cap servidor «%1» a l’inventari.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>it cannot be read (or is over 1 MiB)</source>
        <translation>no es pot llegir (o ocupa més d’1 MiB)</translation>
    </message>
    <message>
        <source>the shipped example (put the group&apos;s own in %1)</source>
        <translation>l’exemple inclòs (poseu el del grup a %1)</translation>
    </message>
    <message>
        <source>the glossary is missing</source>
        <translation>falta el glossari</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Incorporació</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation>Importa d’un inventari d’Ansible</translation>
    </message>
    <message>
        <source>Choose the hosts to add to the inventory.</source>
        <translation>Trieu els amfitrions que s’afegiran a l’inventari.</translation>
    </message>
    <message>
        <source>The Ansible inventory names no host Steward can reach over SSH.</source>
        <translation>L’inventari d’Ansible no anomena cap amfitrió al qual Steward pugui accedir per SSH.</translation>
    </message>
    <message>
        <source>Left out or read with a warning:</source>
        <translation>Omesos o llegits amb un avís:</translation>
    </message>
    <message>
        <source>Reading the Ansible inventory %1…</source>
        <translation>S’està llegint l’inventari d’Ansible %1…</translation>
    </message>
</context>
<context>
    <name>Steward::Core</name>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (línia %2, columna %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línia %2)</translation>
    </message>
    <message>
        <source>“%1” must be a single value</source>
        <translation>«%1» ha de ser un sol valor</translation>
    </message>
    <message>
        <source>each server must be a mapping of keys to values</source>
        <translation>cada servidor ha de ser una assignació de claus a valors</translation>
    </message>
    <message>
        <source>“port” must be a number from 1 to 65535</source>
        <translation>«port» ha de ser un nombre d’1 a 65535</translation>
    </message>
    <message>
        <source>“role” must be primary, secondary or staging</source>
        <translation>«role» ha de ser primary, secondary o staging</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>clau desconeguda «%1»</translation>
    </message>
    <message>
        <source>a server has no “name”</source>
        <translation>un servidor no té «name»</translation>
    </message>
    <message>
        <source>server “%1” has no “host”</source>
        <translation>el servidor «%1» no té «host»</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; it is not an inventory</source>
        <translation>el fitxer ocupa més de %1 MiB; no és un inventari</translation>
    </message>
    <message>
        <source>the file contains binary data; it is not an inventory</source>
        <translation>el fitxer conté dades binàries; no és un inventari</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>el fitxer no és text UTF-8 vàlid</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML no vàlid: %1</translation>
    </message>
    <message>
        <source>the inventory must be a mapping with a “servers” list</source>
        <translation>l’inventari ha de ser una assignació amb una llista «servers»</translation>
    </message>
    <message>
        <source>“version” must be a positive number</source>
        <translation>«version» ha de ser un nombre positiu</translation>
    </message>
    <message>
        <source>this inventory is format version %1; this Steward reads up to version %2</source>
        <translation>aquest inventari té la versió de format %1; aquest Steward llegeix fins a la versió %2</translation>
    </message>
    <message>
        <source>“servers” must be a list</source>
        <translation>«servers» ha de ser una llista</translation>
    </message>
    <message>
        <source>the name “%1” is used twice</source>
        <translation>el nom «%1» s’usa dues vegades</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>El nom no pot estar buit.</translation>
    </message>
    <message>
        <source>The host cannot be empty.</source>
        <translation>L’amfitrió no pot estar buit.</translation>
    </message>
    <message>
        <source>The host cannot contain spaces.</source>
        <translation>L’amfitrió no pot contenir espais.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El port ha de ser un nombre d’1 a 65535.</translation>
    </message>
    <message>
        <source>The compose directory must be an absolute path.</source>
        <translation>El directori de compose ha de ser un camí absolut.</translation>
    </message>
    <message>
        <source>%1 is a directory, not an inventory file</source>
        <translation>%1 és un directori, no un fitxer d’inventari</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no es pot crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no es pot escriure %1: %2</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundari</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Proves</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>no es pot llegir el fitxer</translation>
    </message>
    <message>
        <source>not a “Keyword value” line</source>
        <translation>no és una línia «Paraula_clau valor»</translation>
    </message>
    <message>
        <source>unbalanced quotes</source>
        <translation>cometes sense tancar</translation>
    </message>
    <message>
        <source>“%1” has no value</source>
        <translation>«%1» no té valor</translation>
    </message>
    <message>
        <source>Include nested too deeply</source>
        <translation>Include imbricat massa profundament</translation>
    </message>
    <message>
        <source>unknown keyword “%1”</source>
        <translation>paraula clau desconeguda «%1»</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>S’ha cancel·lat l’ordre.</translation>
    </message>
    <message>
        <source>The server refused to open a channel (error %1).</source>
        <translation>El servidor ha refusat obrir un canal (error %1).</translation>
    </message>
    <message>
        <source>The server refused a terminal (error %1).</source>
        <translation>El servidor ha refusat un terminal (error %1).</translation>
    </message>
    <message>
        <source>The server refused to run the command (error %1).</source>
        <translation>El servidor ha refusat executar l’ordre (error %1).</translation>
    </message>
    <message>
        <source>Reading the command&apos;s output failed (error %1).</source>
        <translation>Ha fallat la lectura de la sortida de l’ordre (error %1).</translation>
    </message>
    <message>
        <source>certificate authorities are not supported; line ignored</source>
        <translation>les autoritats de certificació no són compatibles; s’ignora la línia</translation>
    </message>
    <message>
        <source>malformed marker line ignored</source>
        <translation>s’ignora una línia de marcador mal formada</translation>
    </message>
    <message>
        <source>expected host names, a key type and a key; line ignored</source>
        <translation>s’esperaven noms d’amfitrió, un tipus de clau i una clau; s’ignora la línia</translation>
    </message>
    <message>
        <source>unsupported key type %1; line ignored</source>
        <translation>el tipus de clau %1 no és compatible; s’ignora la línia</translation>
    </message>
    <message>
        <source>the key is not valid base64 of a %1 key; line ignored</source>
        <translation>la clau no és un base64 vàlid d’una clau %1; s’ignora la línia</translation>
    </message>
    <message>
        <source>malformed line ignored</source>
        <translation>s’ignora una línia mal formada</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out.</source>
        <translation>S’ha esgotat el temps de connexió amb %1.</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>No s’ha pogut resoldre %1: %2</translation>
    </message>
    <message>
        <source>Could not create a socket: %1</source>
        <translation>No s’ha pogut crear un sòcol: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>No s’ha pogut connectar amb %1 al port %2: %3</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>S’ha perdut la connexió amb %1.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No connectat.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>S’ha tancat la connexió.</translation>
    </message>
    <message>
        <source>Could not save the host key in %1.</source>
        <translation>No s’ha pogut desar la clau d’amfitrió a %1.</translation>
    </message>
    <message>
        <source>The host key of %1 was not trusted.</source>
        <translation>No s’ha confiat en la clau d’amfitrió de %1.</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: no password given.</source>
        <translation>Permís denegat per a %1@%2: no s’ha donat cap contrasenya.</translation>
    </message>
    <message>
        <source>The server %1 did not answer for %2 seconds.</source>
        <translation>El servidor %1 no ha respost durant %2 segons.</translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation>No s’ha pogut crear una sessió SSH.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed (error %2).</source>
        <translation>Ha fallat la negociació SSH amb %1 (error %2).</translation>
    </message>
    <message>
        <source>The server %1 sent no host key.</source>
        <translation>El servidor %1 no ha enviat cap clau d’amfitrió.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the server was reinstalled. Connection refused; remove the old key from known_hosts only if you know why it changed.</source>
        <translation>La clau d’amfitrió de %1 HA CANVIAT (ara %2 %3). Pot ser que algú estigui interceptant la connexió, o que s’hagi reinstal·lat el servidor. S’ha refusat la connexió; suprimiu la clau antiga de known_hosts només si sabeu per què ha canviat.</translation>
    </message>
    <message>
        <source>The server %1 refused to list authentication methods.</source>
        <translation>El servidor %1 ha refusat llistar els mètodes d’autenticació.</translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Frase de pas de la clau %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during authentication.</source>
        <translation>S’ha perdut la connexió amb %1 durant l’autenticació.</translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation>Contrasenya de %1@%2</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2 (server offers: %3).</source>
        <translation>Permís denegat per a %1@%2 (el servidor ofereix: %3).</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: wrong password.</source>
        <translation>Permís denegat per a %1@%2: contrasenya incorrecta.</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Contrasenya SSH</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Frase de pas de la clau SSH</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Testimoni de GitHub</translation>
    </message>
    <message>
        <source>Mastodon access token</source>
        <translation>Testimoni d’accés de Mastodon</translation>
    </message>
    <message>
        <source>S3 access key pair</source>
        <translation>Parell de claus d’accés S3</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contrasenya de la base de dades</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Clauer del macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credencials del Windows</translation>
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
        <translation>El clauer s’hi ha negat: %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El clauer no ha respost en %n segon.</numerusform>
            <numerusform>El clauer no ha respost en %n segons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not run %1.</source>
        <translation>No s’ha pogut executar %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancel·lat.</translation>
    </message>
    <message>
        <source>Decryption was stopped (no answer in time).</source>
        <translation>S’ha aturat el desxifratge (no hi ha hagut resposta a temps).</translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation>No s’ha pogut desxifrar: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>codi de sortida %1</translation>
    </message>
    <message>
        <source>The first line is empty; nothing was stored.</source>
        <translation>La primera línia és buida; no s’ha desat res.</translation>
    </message>
    <message>
        <source>The credential store is gone.</source>
        <translation>El magatzem de credencials ja no existeix.</translation>
    </message>
    <message>
        <source>Kept for this session only as %1 for %2 (no keychain).</source>
        <translation>Es conserva només per a aquesta sessió com a %1 de %2 (sense clauer).</translation>
    </message>
    <message>
        <source>Stored as %1 for %2.</source>
        <translation>Desat com a %1 de %2.</translation>
    </message>
    <message>
        <source>The release list is not valid JSON: %1 (at byte %2).</source>
        <translation>La llista de versions no és JSON vàlid: %1 (al byte %2).</translation>
    </message>
    <message>
        <source>The release list is not a JSON array of releases.</source>
        <translation>La llista de versions no és una matriu JSON de versions.</translation>
    </message>
    <message>
        <source>No saved release list for %1 yet.</source>
        <translation>Encara no hi ha cap llista de versions desada per a %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for anonymous requests is used up; try again at %1.</source>
        <translation>S’ha esgotat el límit de GitHub per a sol·licituds anònimes; torneu-ho a provar a les %1.</translation>
    </message>
    <message>
        <source>GitHub did not answer within %1 seconds.</source>
        <translation>GitHub no ha respost en %1 segons.</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1 for %2.</source>
        <translation>GitHub ha respost HTTP %1 per a %2.</translation>
    </message>
    <message>
        <source>Could not reach GitHub: %1</source>
        <translation>No s’ha pogut accedir a GitHub: %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 is not a JSON list of releases.</source>
        <translation>La resposta de GitHub per a %1 no és una llista JSON de versions.</translation>
    </message>
    <message>
        <source>The target %1 is not newer than the current version %2.</source>
        <translation>La destinació %1 no és més recent que la versió actual %2.</translation>
    </message>
    <message>
        <source>Version %1 is not in the release notes; the newest there is %2.</source>
        <translation>La versió %1 no és a les notes de versió; la més recent és %2.</translation>
    </message>
    <message>
        <source>%1 is a prerelease.</source>
        <translation>%1 és una versió preliminar.</translation>
    </message>
    <message>
        <source>The notes do not cover %1.%2.0: its upgrade notes, migrations and dependency changes are missing from this plan.</source>
        <translation>Les notes no cobreixen %1.%2.0: en aquest pla hi falten les seves notes d’actualització, migracions i canvis de dependències.</translation>
    </message>
    <message>
        <source>%1 %2 needs %3 %4.</source>
        <translation>%1 %2 necessita %3 %4.</translation>
    </message>
    <message>
        <source>newer than %1</source>
        <translation>posterior a %1</translation>
    </message>
    <message>
        <source>%1 or newer</source>
        <translation>%1 o posterior</translation>
    </message>
    <message>
        <source>Review the environment variable %1 in .env.production</source>
        <translation>Reviseu la variable d’entorn %1 a .env.production</translation>
    </message>
    <message>
        <source>Read the upgrade notes of each release listed</source>
        <translation>Llegiu les notes d’actualització de cada versió llistada</translation>
    </message>
    <message>
        <source>Run the pre-deployment database migrations (SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)</source>
        <translation>Executeu les migracions de base de dades prèvies al desplegament (SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)</translation>
    </message>
    <message>
        <source>Run the post-deployment database migrations (rails db:migrate) once the new version runs</source>
        <translation>Executeu les migracions de base de dades posteriors al desplegament (rails db:migrate) un cop funcioni la versió nova</translation>
    </message>
    <message>
        <source>%1 does not support updating from before %2: upgrade to the latest %3 first, or stop every Mastodon process during the upgrade.</source>
        <translation>%1 no admet actualitzar des de versions anteriors a %2: actualitzeu primer a la darrera %3, o atureu tots els processos de Mastodon durant l’actualització.</translation>
    </message>
    <message>
        <source>Breaking change in %1.</source>
        <translation>Canvi incompatible a %1.</translation>
    </message>
    <message>
        <source>Consider the recommended %1 version</source>
        <translation>Considereu la versió recomanada de %1</translation>
    </message>
    <message>
        <source>Make sure %1 is newer than %2</source>
        <translation>Assegureu-vos que %1 és posterior a %2</translation>
    </message>
    <message>
        <source>Make sure %1 is %2 or newer</source>
        <translation>Assegureu-vos que %1 és %2 o posterior</translation>
    </message>
    <message>
        <source>Back up the database (pg_dump -Fc) and .env.production</source>
        <translation>Feu una còpia de seguretat de la base de dades (pg_dump -Fc) i de .env.production</translation>
    </message>
    <message>
        <source>Check out or pull %1 and build or pull the images</source>
        <translation>Obteniu o actualitzeu %1 i construïu o baixeu les imatges</translation>
    </message>
    <message>
        <source>Restart every Mastodon process</source>
        <translation>Reinicieu tots els processos de Mastodon</translation>
    </message>
    <message>
        <source>Upgrade plan: %1 → %2</source>
        <translation>Pla d’actualització: %1 → %2</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>security</source>
        <translation>seguretat</translation>
    </message>
    <message>
        <source>migrations</source>
        <translation>migracions</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>incompatible</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Llista de comprovació</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(deduït)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Security fixes</source>
        <translation>Correccions de seguretat</translation>
    </message>
    <message>
        <source>Recommended targets</source>
        <translation>Destinacions recomanades</translation>
    </message>
    <message>
        <source>Latest patch of the current line: %1</source>
        <translation>Darrer pedaç de la línia actual: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <source>Next line: %1</source>
        <translation>Línia següent: %1</translation>
    </message>
    <message>
        <source>No release headings such as “## [4.4.0] - 2025-07-08” were found; is this a Mastodon CHANGELOG.md?</source>
        <translation>No s’ha trobat cap encapçalament de versió com ara «## [4.4.0] - 2025-07-08»; és un CHANGELOG.md de Mastodon?</translation>
    </message>
    <message>
        <source>The services run different Mastodon images: %1 and %2.</source>
        <translation>Els serveis fan servir imatges de Mastodon diferents: %1 i %2.</translation>
    </message>
    <message>
        <source>The Mastodon image has no version tag (“%1”): the version cannot be read from docker-compose.yml.</source>
        <translation>La imatge de Mastodon no té etiqueta de versió («%1»): no es pot llegir la versió de docker-compose.yml.</translation>
    </message>
    <message>
        <source>docker-compose.yml has no Mastodon image.</source>
        <translation>docker-compose.yml no té cap imatge de Mastodon.</translation>
    </message>
    <message>
        <source>The instance API did not answer with a JSON object.</source>
        <translation>L’API de la instància no ha respost amb un objecte JSON.</translation>
    </message>
    <message>
        <source>The instance API reports the version “%1”, which is not one Steward reads.</source>
        <translation>L’API de la instància indica la versió «%1», que Steward no sap llegir.</translation>
    </message>
    <message>
        <source>%1 is a binary file (a NUL byte at offset %2), not a docker-compose.yml.</source>
        <translation>%1 és un fitxer binari (un byte NUL a la posició %2), no un docker-compose.yml.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; a binary file cannot be compared.</source>
        <translation>%1 no és text UTF-8; un fitxer binari no es pot comparar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 afegit: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 suprimit (era %2)</translation>
    </message>
    <message>
        <source>image %1: tag %2 → %3</source>
        <translation>imatge %1: etiqueta %2 → %3</translation>
    </message>
    <message>
        <source>image %1 → %2</source>
        <translation>imatge %1 → %2</translation>
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
        <translation>%1: una tabulació al sagnat; YAML només sagna amb espais.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 no és YAML vàlid: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no docker-compose content to compare.</source>
        <translation>%1 és buit: no hi ha contingut de docker-compose per comparar.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: the top level is not a mapping.</source>
        <translation>%1 no és un fitxer docker-compose: el nivell superior no és una assignació.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: it has no “services” mapping.</source>
        <translation>%1 no és un fitxer docker-compose: no té cap assignació «services».</translation>
    </message>
    <message>
        <source>service %1: added (line %2)</source>
        <translation>servei %1: afegit (línia %2)</translation>
    </message>
    <message>
        <source>service %1: removed (was line %2)</source>
        <translation>servei %1: suprimit (era la línia %2)</translation>
    </message>
    <message>
        <source>service %1:</source>
        <translation>servei %1:</translation>
    </message>
    <message>
        <source>top level: %1</source>
        <translation>nivell superior: %1</translation>
    </message>
    <message>
        <source>No semantic change.</source>
        <translation>Cap canvi semàntic.</translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: %3</source>
        <translation>No es pot obtenir %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: HTTP status %3</source>
        <translation>No es pot obtenir %1 de %2: estat HTTP %3</translation>
    </message>
    <message>
        <source>the jump host refused to forward to %1 port %2 (%3)</source>
        <translation>l’amfitrió de salt ha refusat reenviar a %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>the forwarded connection failed (error %1)</source>
        <translation>ha fallat la connexió reenviada (error %1)</translation>
    </message>
    <message>
        <source>The ProxyJump hop &quot;%1&quot; is not [user@]host[:port].</source>
        <translation>El salt de ProxyJump «%1» no té la forma [user@]host[:port].</translation>
    </message>
    <message>
        <source>ProxyJump has more than %1 hops.</source>
        <translation>ProxyJump té més de %1 salts.</translation>
    </message>
    <message>
        <source>ProxyJump for %1 goes more than %2 hops deep (a loop?).</source>
        <translation>ProxyJump per a %1 té més de %2 salts de profunditat (un bucle?).</translation>
    </message>
    <message>
        <source>Could not reach %1 through the jump host %2: %3</source>
        <translation>No s’ha pogut accedir a %1 a través de l’amfitrió de salt %2: %3</translation>
    </message>
    <message>
        <source>Wrong password for %1@%2; try again</source>
        <translation>Contrasenya incorrecta per a %1@%2; torneu-ho a provar</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key %1; try again</source>
        <translation>Frase de pas incorrecta per a la clau %1; torneu-ho a provar</translation>
    </message>
    <message>
        <source>The server %1 has no host to connect to.</source>
        <translation>El servidor %1 no té cap amfitrió on connectar-se.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No es pot connectar amb %1: %2</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>no existeix el fitxer o el directori</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permís denegat</translation>
    </message>
    <message>
        <source>no space left on the server&apos;s disk</source>
        <translation>no queda espai al disc del servidor</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>el fitxer ja existeix</translation>
    </message>
    <message>
        <source>a part of the path is not a directory</source>
        <translation>una part del camí no és un directori</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>el servidor no admet aquesta operació</translation>
    </message>
    <message>
        <source>SFTP status %1</source>
        <translation>estat SFTP %1</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>S’ha cancel·lat la transferència.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>The server refused SFTP (error %1).</source>
        <translation>El servidor ha refusat SFTP (error %1).</translation>
    </message>
    <message>
        <source>Could not read the attributes of %1</source>
        <translation>No s’han pogut llegir els atributs de %1</translation>
    </message>
    <message>
        <source>Could not upload to %1: it is a directory.</source>
        <translation>No s’ha pogut pujar a %1: és un directori.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No s’ha pogut llegir %1: %2</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>No s’ha pogut crear %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No s’ha pogut obrir %1</translation>
    </message>
    <message>
        <source>Could not read %1: it is a directory.</source>
        <translation>No s’ha pogut llegir %1: és un directori.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3 are read).</source>
        <translation>%1 és massa gran (%2 bytes; se’n llegeixen com a màxim %3).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No s’ha pogut escriure %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>No s’ha pogut llegir %1</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 bytes).</source>
        <translation>%1 és massa gran (més de %2 bytes).</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No s’ha pogut escriure %1</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>No s’ha pogut canviar el nom de %1 a %2</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>No s’ha pogut canviar el nom de %1 a %2: %3</translation>
    </message>
    <message>
        <source>The passphrase kept in the keychain was refused.</source>
        <translation>S’ha refusat la frase de pas desada al clauer.</translation>
    </message>
    <message>
        <source>The password kept in the keychain was refused.</source>
        <translation>S’ha refusat la contrasenya desada al clauer.</translation>
    </message>
    <message>
        <source>`tootctl version` printed no version (“%1”).</source>
        <translation>`tootctl version` no ha mostrat cap versió («%1»).</translation>
    </message>
    <message>
        <source>no SSH connection</source>
        <translation>sense connexió SSH</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estat de sortida %1</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>sense resposta en %1 s</translation>
    </message>
    <message>
        <source>the server has no public URL</source>
        <translation>el servidor no té URL públic</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>S’ha cancel·lat la comparació.</translation>
    </message>
    <message>
        <source>%1: its aliases (*name) expand without bound (an alias inside the node it names, or a “billion laughs” file); refused.</source>
        <translation>%1: els seus àlies (*nom) s’expandeixen sense límit (un àlies dins del node que anomena, o un fitxer «billion laughs»); refusat.</translation>
    </message>
    <message>
        <source>%1: its aliases (*name) expand %2 nodes into %3; refused (at most %4).</source>
        <translation>%1: els seus àlies (*nom) expandeixen %2 nodes a %3; refusat (com a màxim %4).</translation>
    </message>
    <message>
        <source>Cannot compare %1 and %2: %3</source>
        <translation>No es poden comparar %1 i %2: %3</translation>
    </message>
    <message>
        <source>Cannot open the git repository %1: %2</source>
        <translation>No es pot obrir el repositori git %1: %2</translation>
    </message>
    <message>
        <source>%1 has no docker-compose.yml at %2: %3</source>
        <translation>%1 no té docker-compose.yml a %2: %3</translation>
    </message>
    <message>
        <source>%1: docker-compose.yml at %2 is not a file.</source>
        <translation>%1: docker-compose.yml a %2 no és un fitxer.</translation>
    </message>
    <message>
        <source>The command timed out (limit: %1 s).</source>
        <translation>L’ordre ha superat el temps límit (límit: %1 s).</translation>
    </message>
    <message>
        <source>The server %1 stopped answering during authentication (timed out).</source>
        <translation>El servidor %1 ha deixat de respondre durant l’autenticació (temps esgotat).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2.</source>
        <translation>No s’ha pogut connectar a %1, port %2.</translation>
    </message>
    <message>
        <source>GitHub asks to slow down (secondary rate limit); try again at %1.</source>
        <translation>GitHub demana anar més a poc a poc (límit secundari); torneu-ho a provar a les %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for this token is used up; try again at %1.</source>
        <translation>S’ha esgotat el límit de GitHub per a aquest testimoni; torneu-ho a provar a les %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s next page of releases is on another server (%1); it was not followed.</source>
        <translation>La pàgina següent de versions de GitHub és en un altre servidor (%1); no s’ha seguit.</translation>
    </message>
    <message>
        <source>Hometown %1 merges Mastodon %2 → %3: this plan also reads the notes of those Mastodon releases.</source>
        <translation>Hometown %1 incorpora Mastodon %2 → %3: aquest pla també llegeix les notes d’aquestes versions de Mastodon.</translation>
    </message>
    <message>
        <source>This plan changes forks (%1 → %2): it reads the notes of the Mastodon releases up to %3 and of %2 only; read both projects&apos; notes.</source>
        <translation>Aquest pla canvia de fork (%1 → %2): llegeix les notes de les versions de Mastodon fins a %3 i només les de %2; llegiu les notes de tots dos projectes.</translation>
    </message>
    <message>
        <source>These notes come from Mastodon&apos;s CHANGELOG.md only, which lacks the patch releases made only on stable branches: the latest patch of %1.%2 may be newer than %3; check GitHub&apos;s releases.</source>
        <translation>Aquestes notes només vénen del CHANGELOG.md de Mastodon, que no té les versions de pedaç publicades només a les branques estables: el darrer pedaç de %1.%2 pot ser més nou que %3; consulteu les versions a GitHub.</translation>
    </message>
    <message>
        <source>These notes come from Mastodon&apos;s CHANGELOG.md only, which lacks the patch releases made only on stable branches: a newer patch than those listed may exist; check GitHub&apos;s releases.</source>
        <translation>Aquestes notes només vénen del CHANGELOG.md de Mastodon, que no té les versions de pedaç publicades només a les branques estables: pot existir un pedaç més nou que els llistats; consulteu les versions a GitHub.</translation>
    </message>
    <message>
        <source>Pre-deployment migration files added in %1: %2 (migrations.tsv)</source>
        <translation>Fitxers de migració previs al desplegament afegits a %1: %2 (migrations.tsv)</translation>
    </message>
    <message>
        <source>Post-deployment migration files added in %1: %2 (migrations.tsv)</source>
        <translation>Fitxers de migració posteriors al desplegament afegits a %1: %2 (migrations.tsv)</translation>
    </message>
    <message>
        <source>Feature release %1: likely (most feature releases ship database migrations; these notes do not say)</source>
        <translation>Versió de funcionalitats %1: probable (la majoria de versions de funcionalitats porten migracions de base de dades; aquestes notes no ho diuen)</translation>
    </message>
    <message>
        <source>Line %1 of the migration counts is not “from_tag, to_tag, pre-deployment count, post-deployment count”: %2</source>
        <translation>La línia %1 dels recomptes de migracions no és «from_tag, to_tag, recompte previ al desplegament, recompte posterior al desplegament»: %2</translation>
    </message>
    <message>
        <source>image %1: digest %2 → %3</source>
        <translation>imatge %1: resum %2 → %3</translation>
    </message>
    <message>
        <source>image %1: tag %2 → %3, digest %4 → %5</source>
        <translation>imatge %1: etiqueta %2 → %3, resum %4 → %5</translation>
    </message>
    <message>
        <source>%1: same items, new order</source>
        <translation>%1: mateixos elements, ordre nou</translation>
    </message>
    <message>
        <source>Read with ansible-inventory (group and host variables resolved by Ansible).</source>
        <translation>Llegit amb ansible-inventory (variables de grup i d’amfitrió resoltes per Ansible).</translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own INI inventory reader (inline variables, [group:vars], group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation>ansible-inventory no està instal·lat: llegit amb el lector d’inventaris INI propi de Steward (variables en línia, [group:vars], group_vars/ i host_vars/; sense connectors ni plantilles).</translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own YAML inventory reader (hosts, vars, children, group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation>ansible-inventory no està instal·lat: llegit amb el lector d’inventaris YAML propi de Steward (hosts, vars, children, group_vars/ i host_vars/; sense connectors ni plantilles).</translation>
    </message>
    <message>
        <source>The inventory names no host.</source>
        <translation>L’inventari no anomena cap amfitrió.</translation>
    </message>
    <message>
        <source>%1: “vars” is not a mapping; ignored</source>
        <translation>%1: «vars» no és una assignació; s’ignora</translation>
    </message>
    <message>
        <source>%1: %2 is not a single value; ignored</source>
        <translation>%1: %2 no és un sol valor; s’ignora</translation>
    </message>
    <message>
        <source>groups nested too deep</source>
        <translation>grups imbricats massa profundament</translation>
    </message>
    <message>
        <source>group “%1” must be a mapping (hosts, vars, children)</source>
        <translation>el grup «%1» ha de ser una assignació (hosts, vars, children)</translation>
    </message>
    <message>
        <source>“hosts” of group “%1” must be a mapping of host names</source>
        <translation>«hosts» del grup «%1» ha de ser una assignació de noms d’amfitrió</translation>
    </message>
    <message>
        <source>“children” of group “%1” must be a mapping of groups</source>
        <translation>«children» del grup «%1» ha de ser una assignació de grups</translation>
    </message>
    <message>
        <source>group “%1”: unexpected key “%2” (only hosts, vars and children are read); skipped</source>
        <translation>grup «%1»: clau inesperada «%2» (només es llegeixen hosts, vars i children); s’omet</translation>
    </message>
    <message>
        <source>“[%1]” is not a host range (expected [start:end] or [start:end:step])</source>
        <translation>«[%1]» no és un interval d’amfitrions (s’esperava [start:end] o [start:end:step])</translation>
    </message>
    <message>
        <source>the step of host range “[%1]” is not a positive number</source>
        <translation>el pas de l’interval d’amfitrions «[%1]» no és un nombre positiu</translation>
    </message>
    <message>
        <source>host range “[%1]” has no end</source>
        <translation>l’interval d’amfitrions «[%1]» no té final</translation>
    </message>
    <message>
        <source>host range “[%1]” ends before it begins</source>
        <translation>l’interval d’amfitrions «[%1]» acaba abans de començar</translation>
    </message>
    <message>
        <source>host range “[%1]” is too large</source>
        <translation>l’interval d’amfitrions «[%1]» és massa gran</translation>
    </message>
    <message>
        <source>host range “[%1]” mixes letters and numbers or is not a range</source>
        <translation>l’interval d’amfitrions «[%1]» barreja lletres i nombres o no és un interval</translation>
    </message>
    <message>
        <source>“%1” has “[” without “]”</source>
        <translation>«%1» té «[» sense «]»</translation>
    </message>
    <message>
        <source>%1: not an SSH host (ansible_connection=%2); left out</source>
        <translation>%1: no és un amfitrió SSH (ansible_connection=%2); s’omet</translation>
    </message>
    <message>
        <source>%1: %2 is a template (%3) that only Ansible can resolve; left out</source>
        <translation>%1: %2 és una plantilla (%3) que només Ansible pot resoldre; s’omet</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a port number; left out</source>
        <translation>%1: %2 «%3» no és un número de port; s’omet</translation>
    </message>
    <message>
        <source>an Ansible inventory</source>
        <translation>un inventari d’Ansible</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importat de %1.</translation>
    </message>
    <message>
        <source>Imported from %1 (groups: %2).</source>
        <translation>Importat de %1 (grups: %2).</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: omès: %2</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not valid JSON (%1 at character %2)</source>
        <translation>la sortida d’ansible-inventory no és JSON vàlid (%1 al caràcter %2)</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not a JSON object</source>
        <translation>la sortida d’ansible-inventory no és un objecte JSON</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has no “all” group (cut short?)</source>
        <translation>la sortida d’ansible-inventory no té cap grup «all» (s’ha tallat?)</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has “_meta” without “hostvars”</source>
        <translation>la sortida d’ansible-inventory té «_meta» sense «hostvars»</translation>
    </message>
    <message>
        <source>invalid section “%1”</source>
        <translation>secció no vàlida «%1»</translation>
    </message>
    <message>
        <source>section [%1] has unknown type “%2”</source>
        <translation>la secció [%1] té un tipus desconegut «%2»</translation>
    </message>
    <message>
        <source>expected key=value in [%1:vars], got “%2”</source>
        <translation>s’esperava key=value a [%1:vars], s’ha trobat «%2»</translation>
    </message>
    <message>
        <source>expected one group name in [%1:children], got “%2”</source>
        <translation>s’esperava un nom de grup a [%1:children], s’ha trobat «%2»</translation>
    </message>
    <message>
        <source>unclosed quote in “%1”</source>
        <translation>cometes sense tancar a «%1»</translation>
    </message>
    <message>
        <source>expected key=value host variable, got “%1”</source>
        <translation>s’esperava una variable d’amfitrió key=value, s’ha trobat «%1»</translation>
    </message>
    <message>
        <source>the inventory is empty</source>
        <translation>l’inventari és buit</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of groups</source>
        <translation>un inventari YAML ha de ser una assignació de grups</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>no s’ha pogut llegir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping of variables; ignored</source>
        <translation>%1 no és una assignació de variables; s’ignora</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (%2, line %3); ignored</source>
        <translation>%1 no és YAML vàlid (%2, línia %3); s’ignora</translation>
    </message>
    <message>
        <source>%1 is too large for an inventory</source>
        <translation>%1 és massa gran per ser un inventari</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read</source>
        <translation>%1 no existeix o no es pot llegir</translation>
    </message>
    <message numerus="yes">
        <source>ansible-inventory did not answer within %n second(s); stopped</source>
        <translation>
            <numerusform>ansible-inventory no ha respost en %n segon; s’ha aturat</numerusform>
            <numerusform>ansible-inventory no ha respost en %n segons; s’ha aturat</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-inventory could not be started: %1</source>
        <translation>no s’ha pogut iniciar ansible-inventory: %1</translation>
    </message>
    <message>
        <source>ansible-inventory crashed: %1</source>
        <translation>ansible-inventory ha fallat inesperadament: %1</translation>
    </message>
    <message>
        <source>ansible-inventory failed (exit status %1): %2</source>
        <translation>ansible-inventory ha fallat (estat de sortida %1): %2</translation>
    </message>
    <message>
        <source>“%1” must be a number from %2 to %3</source>
        <translation>«%1» ha de ser un nombre de %2 a %3</translation>
    </message>
    <message>
        <source>“drill” must be a mapping of keys to values</source>
        <translation>«drill» ha de ser una assignació de claus a valors</translation>
    </message>
    <message>
        <source>“work_dir” must be an absolute path</source>
        <translation>«work_dir» ha de ser un camí absolut</translation>
    </message>
    <message>
        <source>“backup” must be a mapping of keys to values</source>
        <translation>«backup» ha de ser una assignació de claus a valors</translation>
    </message>
    <message>
        <source>“endpoint” must be an http:// or https:// URL</source>
        <translation>«endpoint» ha de ser un URL http:// o https://</translation>
    </message>
    <message>
        <source>“addressing” must be path or virtual</source>
        <translation>«addressing» ha de ser path o virtual</translation>
    </message>
    <message>
        <source>“pattern” must contain {timestamp}</source>
        <translation>«pattern» ha de contenir {timestamp}</translation>
    </message>
    <message>
        <source>“psql” must be a list of arguments, such as [docker, compose, exec, -T, db, psql, -U, postgres]</source>
        <translation>«psql» ha de ser una llista d’arguments, com ara [docker, compose, exec, -T, db, psql, -U, postgres]</translation>
    </message>
    <message>
        <source>“backup” has no “bucket”</source>
        <translation>«backup» no té «bucket»</translation>
    </message>
    <message>
        <source>server “%1”: the drill host “%2” is not a server of the inventory</source>
        <translation>servidor «%1»: l’amfitrió de simulacre «%2» no és un servidor de l’inventari</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>No s’ha indicat cap ordre.</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server&apos;s question was not answered.</source>
        <translation>Permís denegat per a %1@%2: no s’ha respost la pregunta del servidor.</translation>
    </message>
    <message>
        <source>%1@%2 asks: %3</source>
        <translation>%1@%2 pregunta: %3</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server refused the answers.</source>
        <translation>Permís denegat per a %1@%2: el servidor ha refusat les respostes.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: the server and Steward have no cipher, key exchange or host key type in common (%2). Steward offers AES-GCM, chacha20-poly1305 and AES-CTR ciphers, not CBC, 3DES or RC4.</source>
        <translation>Ha fallat la negociació SSH amb %1: el servidor i Steward no tenen cap xifratge, intercanvi de claus o tipus de clau d’amfitrió en comú (%2). Steward ofereix els xifratges AES-GCM, chacha20-poly1305 i AES-CTR, no CBC, 3DES ni RC4.</translation>
    </message>
    <message>
        <source>The server %1 presented a %2 key (%3), but it is known under another key type only: %4. The server may have been reinstalled, or someone may be intercepting the connection. Connection refused; check the key on the server before you add it to known_hosts.</source>
        <translation>El servidor %1 ha presentat una clau %2 (%3), però només se’l coneix amb un altre tipus de clau: %4. Pot ser que el servidor s’hagi reinstal·lat o que algú estigui interceptant la connexió. S’ha refusat la connexió; comproveu la clau al servidor abans d’afegir-la a known_hosts.</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>una resposta buida</translation>
    </message>
    <message>
        <source>an HTML page “%1”</source>
        <translation>una pàgina HTML «%1»</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>una pàgina HTML</translation>
    </message>
    <message>
        <source>the error “%1”</source>
        <translation>l’error «%1»</translation>
    </message>
    <message>
        <source>“%1…”</source>
        <translation>«%1…»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>the health endpoint answered %1 instead of “OK”</source>
        <translation>el punt final de salut ha respost %1 en lloc de «OK»</translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1, not Mastodon&apos;s JSON</source>
        <translation>/api/v2/instance ha respost %1, no el JSON de Mastodon</translation>
    </message>
    <message>
        <source>/api/v2/instance is not valid JSON (%1 at character %2; cut short?)</source>
        <translation>/api/v2/instance no és JSON vàlid (%1 al caràcter %2; s’ha tallat?)</translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1</source>
        <translation>/api/v2/instance ha respost %1</translation>
    </message>
    <message>
        <source>/api/v2/instance has no “version”</source>
        <translation>/api/v2/instance no té «version»</translation>
    </message>
    <message>
        <source>/api/v2/instance has no configuration.statuses.max_characters (a number)</source>
        <translation>/api/v2/instance no té configuration.statuses.max_characters (un nombre)</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Reinicia %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Atura %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Inicia %1</translation>
    </message>
    <message numerus="yes">
        <source>Scale %1 to %n</source>
        <translation>
            <numerusform>Escala %1 a %n</numerusform>
            <numerusform>Escala %1 a %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeploy (docker compose up -d)</source>
        <translation>Torna a desplegar (docker compose up -d)</translation>
    </message>
    <message>
        <source>Start %1 now</source>
        <translation>Inicia %1 ara</translation>
    </message>
    <message>
        <source>stopped by signal %1</source>
        <translation>aturat pel senyal %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Encara no comprovat</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>En bon estat</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avís</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccessible</translation>
    </message>
    <message>
        <source>No compose service exists in the compose directory.</source>
        <translation>No hi ha cap servei de compose al directori de compose.</translation>
    </message>
    <message>
        <source>%1 keeps restarting (%2).</source>
        <translation>%1 es reinicia contínuament (%2).</translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation>%1 no s’està executant (%2).</translation>
    </message>
    <message>
        <source>%1 is unhealthy.</source>
        <translation>%1 no està en bon estat.</translation>
    </message>
    <message>
        <source>%1 is still starting.</source>
        <translation>%1 encara s’està iniciant.</translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation>%1 ha fallat (%2).</translation>
    </message>
    <message>
        <source>%1: the last run ended with “%2”.</source>
        <translation>%1: la darrera execució ha acabat amb «%2».</translation>
    </message>
    <message>
        <source>The last run of %1 (from %2) failed.</source>
        <translation>Ha fallat la darrera execució de %1 (llançada per %2).</translation>
    </message>
    <message>
        <source>%1 is not scheduled to run again.</source>
        <translation>%1 no està programat per tornar-se a executar.</translation>
    </message>
    <message>
        <source>%1 should have run at %2 and did not.</source>
        <translation>%1 s’havia d’executar el %2 i no ho ha fet.</translation>
    </message>
    <message>
        <source>%1 is %2 % full.</source>
        <translation>%1 és ple al %2 %.</translation>
    </message>
    <message>
        <source>The maintenance page is up (HTTP 503).</source>
        <translation>La pàgina de manteniment és activa (HTTP 503).</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 no respon: %2</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2.</source>
        <translation>%1 respon HTTP %2.</translation>
    </message>
    <message>
        <source>The web service</source>
        <translation>El servei web</translation>
    </message>
    <message>
        <source>The streaming service</source>
        <translation>El servei de streaming</translation>
    </message>
    <message>
        <source>The instance API</source>
        <translation>L’API de la instància</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>No connectat a %1.</translation>
    </message>
    <message>
        <source>line %1 is not valid JSON (%2 at character %3)</source>
        <translation>la línia %1 no és JSON vàlid (%2 al caràcter %3)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>JSON no vàlid (%1 al caràcter %2)</translation>
    </message>
    <message>
        <source>a container without a name or a state</source>
        <translation>un contenidor sense nom o sense estat</translation>
    </message>
    <message>
        <source>block devices nested too deep</source>
        <translation>dispositius de blocs imbricats massa profundament</translation>
    </message>
    <message>
        <source>a block device without a name</source>
        <translation>un dispositiu de blocs sense nom</translation>
    </message>
    <message>
        <source>the size of %1 is not a size</source>
        <translation>la mida de %1 no és una mida</translation>
    </message>
    <message>
        <source>expected a list of containers</source>
        <translation>s’esperava una llista de contenidors</translation>
    </message>
    <message>
        <source>line %1 is not a container</source>
        <translation>la línia %1 no és un contenidor</translation>
    </message>
    <message>
        <source>a unit without an Id (line %1)</source>
        <translation>una unitat sense Id (línia %1)</translation>
    </message>
    <message>
        <source>%1: no LoadState or ActiveState (cut short?)</source>
        <translation>%1: no hi ha LoadState ni ActiveState (s’ha tallat?)</translation>
    </message>
    <message>
        <source>line %1 is not Key=Value: “%2”</source>
        <translation>la línia %1 no és Key=Value: «%2»</translation>
    </message>
    <message>
        <source>no NEXT … ACTIVATES header</source>
        <translation>no hi ha la capçalera NEXT … ACTIVATES</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>la capçalera no té la columna %1</translation>
    </message>
    <message>
        <source>line %1 is cut short</source>
        <translation>la línia %1 està tallada</translation>
    </message>
    <message>
        <source>line %1 has no timer and unit: “%2”</source>
        <translation>la línia %1 no té temporitzador i unitat: «%2»</translation>
    </message>
    <message>
        <source>line %1: a time that cannot be read: “%2”</source>
        <translation>línia %1: una hora que no es pot llegir: «%2»</translation>
    </message>
    <message>
        <source>the list ends without its “timers listed” line (cut short?)</source>
        <translation>la llista acaba sense la línia «timers listed» (s’ha tallat?)</translation>
    </message>
    <message>
        <source>df printed nothing</source>
        <translation>df no ha mostrat res</translation>
    </message>
    <message>
        <source>no Filesystem … Mounted on header</source>
        <translation>no hi ha la capçalera Filesystem … Mounted on</translation>
    </message>
    <message>
        <source>line %1 is not a filesystem: “%2”</source>
        <translation>la línia %1 no és un sistema de fitxers: «%2»</translation>
    </message>
    <message>
        <source>no “blockdevices” list</source>
        <translation>no hi ha cap llista «blockdevices»</translation>
    </message>
    <message>
        <source>no “report” list</source>
        <translation>no hi ha cap llista «report»</translation>
    </message>
    <message>
        <source>a logical volume without a name or a size</source>
        <translation>un volum lògic sense nom o sense mida</translation>
    </message>
    <message>
        <source>the command stopped before this part</source>
        <translation>l’ordre s’ha aturat abans d’aquesta part</translation>
    </message>
    <message>
        <source>%1: cut short</source>
        <translation>%1: tallat</translation>
    </message>
    <message>
        <source>%1: the command is not installed on the server (%2)</source>
        <translation>%1: l’ordre no està instal·lada al servidor (%2)</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation>%1 ha fallat (estat de sortida %2): %3</translation>
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
        <translation>df ha fallat (estat de sortida %1): %2</translation>
    </message>
    <message>
        <source>lsblk failed (exit status %1): %2</source>
        <translation>lsblk ha fallat (estat de sortida %1): %2</translation>
    </message>
    <message>
        <source>lsblk: %1</source>
        <translation>lsblk: %1</translation>
    </message>
    <message>
        <source>Nothing to compare: the old and the new upstream file are both needed.</source>
        <translation>No hi ha res per comparar: calen tant el fitxer original antic com el nou.</translation>
    </message>
    <message>
        <source>“%1” is not a valid upstream reference.</source>
        <translation>«%1» no és una referència original vàlida.</translation>
    </message>
    <message>
        <source>ansible-playbook&apos;s output is not its JSON report: %1</source>
        <translation>la sortida d’ansible-playbook no és el seu informe JSON: %1</translation>
    </message>
    <message>
        <source>The announcement has %1 characters; %2 allows %3. Shorten it before posting.</source>
        <translation>L’anunci té %1 caràcters; %2 en permet %3. Escurceu-lo abans de publicar-lo.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2). Retrying is safe: the same Idempotency-Key never makes a second post.</source>
        <translation>%1 no ha respost (%2). Es pot tornar a provar sense perill: la mateixa Idempotency-Key no fa mai una segona publicació.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (scheduled status %2).</source>
        <translation>Programat per al %1 (publicació programada %2).</translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation>Publicat: %1</translation>
    </message>
    <message>
        <source>%1 refused the admin token (%2). Store a valid token of the admin account in the keychain (Tools &gt; Credentials, Mastodon token), then retry.</source>
        <translation>%1 ha refusat el testimoni d’administració (%2). Deseu un testimoni vàlid del compte d’administració al clauer (Eines &gt; Credencials, testimoni de Mastodon) i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>%1 does not let this token post (%2): it needs the write:statuses scope.</source>
        <translation>%1 no permet publicar amb aquest testimoni (%2): necessita l’àmbit write:statuses.</translation>
    </message>
    <message>
        <source>%1 refused the text: %2</source>
        <translation>%1 ha refusat el text: %2</translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again after %2.</source>
        <translation>%1 limita la freqüència de publicació d’aquest compte; torneu-ho a provar després de %2.</translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again later.</source>
        <translation>%1 limita la freqüència de publicació d’aquest compte; torneu-ho a provar més tard.</translation>
    </message>
    <message>
        <source>%1 answered %2: the site is down or shows the maintenance page. Post before maintenance starts.</source>
        <translation>%1 ha respost %2: el lloc no funciona o mostra la pàgina de manteniment. Publiqueu abans que comenci el manteniment.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 ha respost %2: %3</translation>
    </message>
    <message>
        <source>read %1 on this computer</source>
        <translation>llegeix %1 en aquest ordinador</translation>
    </message>
    <message numerus="yes">
        <source>… (%n earlier lines)</source>
        <translation>
            <numerusform>… (%n línia anterior)</numerusform>
            <numerusform>… (%n línies anteriors)</numerusform>
        </translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation>(estat de sortida %1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sense resposta</translation>
    </message>
    <message>
        <source>Could not run “%1”: %2</source>
        <translation>No s’ha pogut executar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” failed with exit status %2.</source>
        <translation>«%1» ha fallat amb l’estat de sortida %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n hores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup newer than %n hour(s)</source>
        <translation>
            <numerusform>Una còpia de seguretat de menys d’%n hora</numerusform>
            <numerusform>Una còpia de seguretat de menys de %n hores</numerusform>
        </translation>
    </message>
    <message>
        <source>the last run of %1 on the server</source>
        <translation>la darrera execució de %1 al servidor</translation>
    </message>
    <message>
        <source>Could not read the state of %1: %2</source>
        <translation>No s’ha pogut llegir l’estat de %1: %2</translation>
    </message>
    <message>
        <source>The backup unit %1 does not exist on the server.</source>
        <translation>La unitat de còpia de seguretat %1 no existeix al servidor.</translation>
    </message>
    <message>
        <source>A backup is running now; wait until %1 has finished.</source>
        <translation>Ara s’està fent una còpia de seguretat; espereu que %1 acabi.</translation>
    </message>
    <message>
        <source>The last backup failed (%1: %2).</source>
        <translation>Ha fallat la darrera còpia de seguretat (%1: %2).</translation>
    </message>
    <message>
        <source>%1 has not run since the server started.</source>
        <translation>%1 no s’ha executat des que s’ha iniciat el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup finished %1 ago (%2), more than %n hour(s).</source>
        <translation>
            <numerusform>La darrera còpia de seguretat va acabar fa %1 (%2), fa més d’%n hora.</numerusform>
            <numerusform>La darrera còpia de seguretat va acabar fa %1 (%2), fa més de %n hores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup finished %1 ago (%2) and succeeded.</source>
        <translation>La darrera còpia de seguretat va acabar fa %1 (%2) i va ser correcta.</translation>
    </message>
    <message>
        <source>At least %1 free for %2</source>
        <translation>Almenys %1 lliures per a %2</translation>
    </message>
    <message>
        <source>df on the server</source>
        <translation>df al servidor</translation>
    </message>
    <message>
        <source>Could not read df&apos;s answer: %1</source>
        <translation>No s’ha pogut llegir la resposta de df: %1</translation>
    </message>
    <message>
        <source>%1 is free on %2 (at least %3 needed).</source>
        <translation>Hi ha %1 lliures a %2 (en calen almenys %3).</translation>
    </message>
    <message>
        <source>Only %1 is free on %2; at least %3 is needed.</source>
        <translation>Només hi ha %1 lliures a %2; en calen almenys %3.</translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml is the reviewed file</source>
        <translation>El docker-compose.yml del servidor és el fitxer revisat</translation>
    </message>
    <message>
        <source>SHA-256 of %1 and of the server&apos;s docker-compose.yml</source>
        <translation>SHA-256 de %1 i del docker-compose.yml del servidor</translation>
    </message>
    <message>
        <source>The reviewed file cannot be read: %1</source>
        <translation>No es pot llegir el fitxer revisat: %1</translation>
    </message>
    <message numerus="yes">
        <source> (reviewed, %n byte(s))</source>
        <translation>
            <numerusform> (revisat, %n byte)</numerusform>
            <numerusform> (revisat, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs the reviewed docker-compose.yml (%1).</source>
        <translation>El servidor fa servir el docker-compose.yml revisat (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml (%1) is not the reviewed file (%2).</source>
        <translation>El docker-compose.yml del servidor (%1) no és el fitxer revisat (%2).</translation>
    </message>
    <message>
        <source>Mastodon %1 is running</source>
        <translation>S’executa Mastodon %1</translation>
    </message>
    <message>
        <source>The running Mastodon is older than %1</source>
        <translation>El Mastodon en execució és anterior a %1</translation>
    </message>
    <message>
        <source>The running Mastodon is %1 or newer</source>
        <translation>El Mastodon en execució és %1 o posterior</translation>
    </message>
    <message>
        <source>tootctl version in the %1 container</source>
        <translation>tootctl version al contenidor %1</translation>
    </message>
    <message>
        <source>tootctl printed “%1”, which is not a version.</source>
        <translation>tootctl ha mostrat «%1», que no és una versió.</translation>
    </message>
    <message>
        <source>“%1” is not a version.</source>
        <translation>«%1» no és una versió.</translation>
    </message>
    <message>
        <source>The server runs Mastodon %1.</source>
        <translation>El servidor executa Mastodon %1.</translation>
    </message>
    <message>
        <source>No database migration is left to run</source>
        <translation>No queda cap migració de base de dades per executar</translation>
    </message>
    <message>
        <source>The database migrations the new images will run</source>
        <translation>Les migracions de base de dades que executaran les imatges noves</translation>
    </message>
    <message numerus="yes">
        <source>At most %n database migration(s) pending</source>
        <translation>
            <numerusform>Com a màxim %n migració de base de dades pendent</numerusform>
            <numerusform>Com a màxim %n migracions de base de dades pendents</numerusform>
        </translation>
    </message>
    <message>
        <source>rails db:migrate:status in a one-off %1 container</source>
        <translation>rails db:migrate:status en un contenidor %1 d’un sol ús</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) known</source>
        <translation>
            <numerusform>%n migració coneguda</numerusform>
            <numerusform>%n migracions conegudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendent</numerusform>
            <numerusform>%n pendents</numerusform>
        </translation>
    </message>
    <message>
        <source>db:migrate:status listed no migration; its output is not understood.</source>
        <translation>db:migrate:status no ha llistat cap migració; no s’entén la seva sortida.</translation>
    </message>
    <message>
        <source>Every migration has run.</source>
        <translation>S’han executat totes les migracions.</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) pending.</source>
        <translation>
            <numerusform>%n migració pendent.</numerusform>
            <numerusform>%n migracions pendents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upgrade plan expects: %1.</source>
        <translation>El pla d’actualització espera: %1.</translation>
    </message>
    <message>
        <source>Mastodon is up and healthy</source>
        <translation>Mastodon funciona i està en bon estat</translation>
    </message>
    <message>
        <source>docker compose ps on the server and the public health endpoints</source>
        <translation>docker compose ps al servidor i els punts finals de salut públics</translation>
    </message>
    <message>
        <source>No container exists.</source>
        <translation>No hi ha cap contenidor.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 està %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 ha respost %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>res</translation>
    </message>
    <message>
        <source>Every service runs and the health endpoints answer 200.</source>
        <translation>Tots els serveis funcionen i els punts finals de salut responen 200.</translation>
    </message>
    <message>
        <source>The %1 version</source>
        <translation>La versió de %1</translation>
    </message>
    <message>
        <source>%1 %2 or newer</source>
        <translation>%1 %2 o posterior</translation>
    </message>
    <message>
        <source>the version the %1 container runs</source>
        <translation>la versió que executa el contenidor %1</translation>
    </message>
    <message>
        <source>%1 %2 runs (no minimum given).</source>
        <translation>S’executa %1 %2 (no s’ha indicat cap mínim).</translation>
    </message>
    <message>
        <source>No %1 version in the answer.</source>
        <translation>No hi ha cap versió de %1 a la resposta.</translation>
    </message>
    <message>
        <source>%1 %2 runs (%3 or newer needed).</source>
        <translation>S’executa %1 %2 (cal %3 o posterior).</translation>
    </message>
    <message>
        <source>%1 %2 runs; the release needs %3 or newer.</source>
        <translation>S’executa %1 %2; la versió nova necessita %3 o posterior.</translation>
    </message>
    <message>
        <source>Visitors see the maintenance page</source>
        <translation>Els visitants veuen la pàgina de manteniment</translation>
    </message>
    <message>
        <source>Visitors reach Mastodon again</source>
        <translation>Els visitants tornen a accedir a Mastodon</translation>
    </message>
    <message>
        <source>the answer of %1 from this computer</source>
        <translation>la resposta de %1 des d’aquest ordinador</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 no ha respost: %2</translation>
    </message>
    <message>
        <source>The site answers 503 with the maintenance page.</source>
        <translation>El lloc respon 503 amb la pàgina de manteniment.</translation>
    </message>
    <message>
        <source>The site answers 503, but not with the maintenance page (no “%1” in it).</source>
        <translation>El lloc respon 503, però no amb la pàgina de manteniment (no hi ha «%1»).</translation>
    </message>
    <message>
        <source>The site answers %1, not 503: maintenance mode is not on.</source>
        <translation>El lloc respon %1, no 503: el mode de manteniment no està activat.</translation>
    </message>
    <message>
        <source>/health answers 200 again.</source>
        <translation>/health torna a respondre 200.</translation>
    </message>
    <message>
        <source>/health answers %1, not 200.</source>
        <translation>/health respon %1, no 200.</translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation>%1 respon %2</translation>
    </message>
    <message>
        <source>It answered %1, not %2.</source>
        <translation>Ha respost %1, no %2.</translation>
    </message>
    <message>
        <source>It answered %1.</source>
        <translation>Ha respost %1.</translation>
    </message>
    <message>
        <source>It answered %1 without “%2”.</source>
        <translation>Ha respost %1 sense «%2».</translation>
    </message>
    <message>
        <source>the output of %1</source>
        <translation>la sortida de %1</translation>
    </message>
    <message>
        <source>It exited with status %1, not %2.</source>
        <translation>Ha sortit amb l’estat %1, no %2.</translation>
    </message>
    <message>
        <source>Its output does not match “%1”.</source>
        <translation>La seva sortida no coincideix amb «%1».</translation>
    </message>
    <message>
        <source>It exited with status %1 as expected.</source>
        <translation>Ha sortit amb l’estat %1, com s’esperava.</translation>
    </message>
    <message>
        <source>%1: running-version needs exactly one of equals, below, at_least</source>
        <translation>%1: running-version necessita exactament un d’aquests: equals, below, at_least</translation>
    </message>
    <message>
        <source>%1: dependency needs a name (postgresql or redis)</source>
        <translation>%1: dependency necessita un nom (postgresql o redis)</translation>
    </message>
    <message>
        <source>%1: “expect” is not a valid regular expression</source>
        <translation>%1: «expect» no és una expressió regular vàlida</translation>
    </message>
    <message>
        <source>%1: unknown check “%2” (known: %3)</source>
        <translation>%1: comprovació desconeguda «%2» (conegudes: %3)</translation>
    </message>
    <message>
        <source>Could not open the repository %1</source>
        <translation>No s’ha pogut obrir el repositori %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name</source>
        <translation>«%1» no és un nom de branca vàlid</translation>
    </message>
    <message>
        <source>The repository has no commit to branch from</source>
        <translation>El repositori no té cap commit d’on crear una branca</translation>
    </message>
    <message>
        <source>Could not read the branch&apos;s commit</source>
        <translation>No s’ha pogut llegir el commit de la branca</translation>
    </message>
    <message>
        <source>Could not read the commit&apos;s tree</source>
        <translation>No s’ha pogut llegir l’arbre del commit</translation>
    </message>
    <message>
        <source>Could not make an index</source>
        <translation>No s’ha pogut crear un índex</translation>
    </message>
    <message>
        <source>Could not read the tree</source>
        <translation>No s’ha pogut llegir l’arbre</translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation>No s’ha pogut afegir %1</translation>
    </message>
    <message>
        <source>Could not write the tree</source>
        <translation>No s’ha pogut escriure l’arbre</translation>
    </message>
    <message>
        <source>Branch %1 already has this %2 (%3).</source>
        <translation>La branca %1 ja té aquest %2 (%3).</translation>
    </message>
    <message>
        <source>Could not read the new tree</source>
        <translation>No s’ha pogut llegir l’arbre nou</translation>
    </message>
    <message>
        <source>Could not make the commit&apos;s signature</source>
        <translation>No s’ha pogut crear la signatura del commit</translation>
    </message>
    <message>
        <source>Could not commit</source>
        <translation>No s’ha pogut fer el commit</translation>
    </message>
    <message>
        <source>Could not move branch %1</source>
        <translation>No s’ha pogut moure la branca %1</translation>
    </message>
    <message>
        <source>Committed %1 on branch %2: %3.</source>
        <translation>S’ha fet commit de %1 a la branca %2: %3.</translation>
    </message>
    <message>
        <source>The repository has no remote “%1”</source>
        <translation>El repositori no té cap remot «%1»</translation>
    </message>
    <message>
        <source>Could not push %1 to %2</source>
        <translation>No s’ha pogut fer push de %1 a %2</translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation>S’ha fet push de %1 a %2.</translation>
    </message>
    <message>
        <source>Dry run of “%1” on %2: nothing is sent.</source>
        <translation>Execució de prova de «%1» a %2: no s’envia res.</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 ha de ser una assignació de claus a valors</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice</source>
        <translation>%1: «%2» s’indica dues vegades</translation>
    </message>
    <message>
        <source>%1: unknown variable “${%2}”</source>
        <translation>%1: variable desconeguda «${%2}»</translation>
    </message>
    <message>
        <source>%1 has no “%2”</source>
        <translation>%1 no té «%2»</translation>
    </message>
    <message>
        <source>%1: “%2” must be a single value</source>
        <translation>%1: «%2» ha de ser un sol valor</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list of arguments, such as [docker, compose, pull]</source>
        <translation>%1: «%2» ha de ser una llista d’arguments, com ara [docker, compose, pull]</translation>
    </message>
    <message>
        <source>%1: each item of “%2” must be a single value</source>
        <translation>%1: cada element de «%2» ha de ser un sol valor</translation>
    </message>
    <message>
        <source>%1: “%2” is empty</source>
        <translation>%1: «%2» és buit</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list</source>
        <translation>%1: «%2» ha de ser una llista</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false</source>
        <translation>%1: «%2» ha de ser true o false</translation>
    </message>
    <message>
        <source>%1: “%2” must be a number from %3 to %4</source>
        <translation>%1: «%2» ha de ser un nombre de %3 a %4</translation>
    </message>
    <message>
        <source>%1: “%2” must be a duration such as 90s, 5m or 1h30m</source>
        <translation>%1: «%2» ha de ser una durada com ara 90s, 5m o 1h30m</translation>
    </message>
    <message>
        <source>%1: “%2” must be a size such as 512M or 10G</source>
        <translation>%1: «%2» ha de ser una mida com ara 512M o 10G</translation>
    </message>
    <message>
        <source>%1: “%2” must be one of: %3</source>
        <translation>%1: «%2» ha de ser un d’aquests: %3</translation>
    </message>
    <message>
        <source>%1: unknown key “%2”</source>
        <translation>%1: clau desconeguda «%2»</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendent</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En execució</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>En verificació</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperant aprovació</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallit</translation>
    </message>
    <message>
        <source>Blocked by its gate</source>
        <translation>Bloquejat per la barrera</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interromput</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Forçat</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omès</translation>
    </message>
    <message>
        <source>“%1” needs “%2” (%3), which is %4.</source>
        <translation>«%1» necessita «%2» (%3), l’estat del qual és: %4.</translation>
    </message>
    <message>
        <source>Its verification failed.</source>
        <translation>Ha fallat la verificació.</translation>
    </message>
    <message>
        <source>pre-deployment migrations (%1)</source>
        <translation>migracions prèvies al desplegament (%1)</translation>
    </message>
    <message>
        <source>post-deployment migrations (%1)</source>
        <translation>migracions posteriors al desplegament (%1)</translation>
    </message>
    <message>
        <source>none named in the release notes</source>
        <translation>les notes de versió no n’anomenen cap</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>No connectat al servidor.</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>mort pel senyal %1</translation>
    </message>
    <message>
        <source>larger than 16 MiB</source>
        <translation>més gran de 16 MiB</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>No hi ha connexió amb %1.</translation>
    </message>
    <message>
        <source>Could not write to the run&apos;s journal on %1: %2</source>
        <translation>No s’ha pogut escriure al diari de l’execució a %1: %2</translation>
    </message>
    <message>
        <source>Could not create the run&apos;s folder %1 on %2: %3</source>
        <translation>No s’ha pogut crear la carpeta de l’execució %1 a %2: %3</translation>
    </message>
    <message>
        <source>Could not write a temporary file: %1</source>
        <translation>No s’ha pogut escriure un fitxer temporal: %1</translation>
    </message>
    <message>
        <source>Could not start the run&apos;s journal on %1: %2</source>
        <translation>No s’ha pogut iniciar el diari de l’execució a %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation>«%1» no és un id d’execució (com ara 20261122-001000-mastodon-upgrade).</translation>
    </message>
    <message>
        <source>No run %1 on %2: %3</source>
        <translation>No hi ha cap execució %1 a %2: %3</translation>
    </message>
    <message>
        <source>The run&apos;s runbook on %1 cannot be read: %2</source>
        <translation>No es pot llegir el procediment de l’execució a %1: %2</translation>
    </message>
    <message>
        <source>Could not read the run&apos;s journal on %1: %2</source>
        <translation>No s’ha pogut llegir el diari de l’execució a %1: %2</translation>
    </message>
    <message>
        <source>Steward stopped working on it before it ended (a lost connection)</source>
        <translation>Steward va deixar de treballar-hi abans que acabés (una connexió perduda)</translation>
    </message>
    <message>
        <source>Approve what ansible-playbook --check --diff showed.</source>
        <translation>Aproveu el que ha mostrat ansible-playbook --check --diff.</translation>
    </message>
    <message>
        <source>“%1” was interrupted: %2</source>
        <translation>«%1» s’ha interromput: %2</translation>
    </message>
    <message>
        <source>the Steward that worked on it stopped before it ended (a restart or a lost connection)</source>
        <translation>el Steward que hi treballava es va aturar abans que acabés (un reinici o una connexió perduda)</translation>
    </message>
    <message>
        <source>the runner on the server ended without recording how the step ended (was the server restarted?)</source>
        <translation>l’executor del servidor va acabar sense registrar com va acabar el pas (s’ha reiniciat el servidor?)</translation>
    </message>
    <message>
        <source>“%1” did not start: %2</source>
        <translation>«%1» no s’ha iniciat: %2</translation>
    </message>
    <message>
        <source>Unknown step type %1.</source>
        <translation>Tipus de pas desconegut %1.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: %2</source>
        <translation>%1 no és un fitxer docker-compose: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed file: %1 (%n byte(s), SHA-256 %2)</source>
        <translation>
            <numerusform>Fitxer revisat: %1 (%n byte, SHA-256 %2)</numerusform>
            <numerusform>Fitxer revisat: %1 (%n bytes, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload to %1 failed: %2</source>
        <translation>Ha fallat la pujada a %1: %2</translation>
    </message>
    <message>
        <source>Uploaded to %1 atomically.</source>
        <translation>S’ha pujat a %1 de manera atòmica.</translation>
    </message>
    <message>
        <source>Already posted by attempt %1: %2</source>
        <translation>Ja publicat per l’intent %1: %2</translation>
    </message>
    <message>
        <source>No keychain to read the admin token from.</source>
        <translation>No hi ha cap clauer d’on llegir el testimoni d’administració.</translation>
    </message>
    <message numerus="yes">
        <source>Announcement (%n character(s)):</source>
        <translation>
            <numerusform>Anunci (%n caràcter):</numerusform>
            <numerusform>Anunci (%n caràcters):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 characters allowed.</source>
        <translation>%1 de %2 caràcters permesos.</translation>
    </message>
    <message numerus="yes">
        <source>Still not healthy after %n second(s): %1</source>
        <translation>
            <numerusform>Encara no està en bon estat al cap de %n segon: %1</numerusform>
            <numerusform>Encara no està en bon estat al cap de %n segons: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook --check failed; nothing was applied.</source>
        <translation>ansible-playbook --check ha fallat; no s’ha aplicat res.</translation>
    </message>
    <message>
        <source>ansible-playbook failed.</source>
        <translation>ansible-playbook ha fallat.</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s).</source>
        <translation>
            <numerusform>Aplicat: %n canvi.</numerusform>
            <numerusform>Aplicats: %n canvis.</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook could not start: %1</source>
        <translation>no s’ha pogut iniciar ansible-playbook: %1</translation>
    </message>
    <message>
        <source>Nothing waits for approval in “%1”.</source>
        <translation>Res no espera aprovació a «%1».</translation>
    </message>
    <message>
        <source>“%1” is %2; only a failed, blocked or interrupted step is retried.</source>
        <translation>L’estat de «%1» és %2; només es torna a provar un pas fallit, bloquejat o interromput.</translation>
    </message>
    <message>
        <source>Skipping a step needs a reason.</source>
        <translation>Per ometre un pas cal un motiu.</translation>
    </message>
    <message>
        <source>“%1” is %2 and cannot be skipped.</source>
        <translation>L’estat de «%1» és %2 i no es pot ometre.</translation>
    </message>
    <message>
        <source>Overriding needs a reason.</source>
        <translation>Per forçar cal un motiu.</translation>
    </message>
    <message>
        <source>“%1” is not blocked: there is nothing to override.</source>
        <translation>«%1» no està bloquejat: no hi ha res a forçar.</translation>
    </message>
    <message>
        <source>Running a step again needs a reason.</source>
        <translation>Per tornar a executar un pas cal un motiu.</translation>
    </message>
    <message>
        <source>“%1” has not completed; retry it instead.</source>
        <translation>«%1» no s’ha completat; torneu-lo a provar.</translation>
    </message>
    <message>
        <source>Resuming from a chosen step needs a reason.</source>
        <translation>Per reprendre des d’un pas triat cal un motiu.</translation>
    </message>
    <message>
        <source>A step is running; wait until it has finished.</source>
        <translation>Hi ha un pas en execució; espereu que acabi.</translation>
    </message>
    <message>
        <source>resumed from “%1”: %2</source>
        <translation>représ des de «%1»: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>aturat</translation>
    </message>
    <message>
        <source>In tmux on the server (%1):</source>
        <translation>En tmux al servidor (%1):</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>S’envia com a:</translation>
    </message>
    <message>
        <source>Check: %1 (evidence: %2)</source>
        <translation>Comprovació: %1 (prova: %2)</translation>
    </message>
    <message>
        <source>Then verified: %1 (evidence: %2)</source>
        <translation>Després es verifica: %1 (prova: %2)</translation>
    </message>
    <message>
        <source>The run %1 could not be kept in the history: %2</source>
        <translation>No s’ha pogut desar l’execució %1 a l’historial: %2</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>No s’ha pogut llegir l’historial d’execucions: %1</translation>
    </message>
    <message>
        <source>an empty duration</source>
        <translation>una durada buida</translation>
    </message>
    <message>
        <source>“%1” is not a duration such as 90s, 5m or 1h30m</source>
        <translation>«%1» no és una durada com ara 90s, 5m o 1h30m</translation>
    </message>
    <message>
        <source>“%1” is not a size such as 512M or 10G</source>
        <translation>«%1» no és una mida com ara 512M o 10G</translation>
    </message>
    <message>
        <source>the runbook has no parameter “%1” (it has: %2)</source>
        <translation>el procediment no té cap paràmetre «%1» (té: %2)</translation>
    </message>
    <message>
        <source>the parameter “%1” (%2) is required</source>
        <translation>el paràmetre «%1» (%2) és obligatori</translation>
    </message>
    <message>
        <source>“%1” is not a version (%2)</source>
        <translation>«%1» no és una versió (%2)</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>«%1» ha de ser true o false</translation>
    </message>
    <message>
        <source>“%1” is not a date and time such as 2026-11-22T00:10:00Z (%2)</source>
        <translation>«%1» no és una data i hora com ara 2026-11-22T00:10:00Z (%2)</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2</source>
        <translation>«%1» ha de ser un d’aquests: %2</translation>
    </message>
    <message>
        <source>%1: no readable file “%2” on this computer</source>
        <translation>%1: no hi ha cap fitxer llegible «%2» en aquest ordinador</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>un paràmetre</translation>
    </message>
    <message>
        <source>parameter name “%1”: use lower-case letters, digits and _</source>
        <translation>nom de paràmetre «%1»: feu servir lletres minúscules, xifres i _</translation>
    </message>
    <message>
        <source>the parameter “%1” is defined twice</source>
        <translation>el paràmetre «%1» es defineix dues vegades</translation>
    </message>
    <message>
        <source>parameter “%1”</source>
        <translation>paràmetre «%1»</translation>
    </message>
    <message>
        <source>parameter “%1”: a choice needs “choices”</source>
        <translation>paràmetre «%1»: una opció necessita «choices»</translation>
    </message>
    <message>
        <source>parameter “%1”: a secret has no default</source>
        <translation>paràmetre «%1»: un secret no té valor per defecte</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>un pas</translation>
    </message>
    <message>
        <source>step id “%1”: use lower-case letters, digits and -</source>
        <translation>id de pas «%1»: feu servir lletres minúscules, xifres i -</translation>
    </message>
    <message>
        <source>the step id “%1” is used twice</source>
        <translation>l’id de pas «%1» s’usa dues vegades</translation>
    </message>
    <message>
        <source>step “%1”</source>
        <translation>pas «%1»</translation>
    </message>
    <message>
        <source>step “%1” needs “%2”, which is not a step before it</source>
        <translation>el pas «%1» necessita «%2», que no és un pas anterior</translation>
    </message>
    <message>
        <source>step “%1”: “verify” must be a list of checks</source>
        <translation>pas «%1»: «verify» ha de ser una llista de comprovacions</translation>
    </message>
    <message>
        <source>step “%1”, verify %2</source>
        <translation>pas «%1», verify %2</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; it is not a runbook</source>
        <translation>el fitxer ocupa més d’1 MiB; no és un procediment</translation>
    </message>
    <message>
        <source>the runbook is empty</source>
        <translation>el procediment és buit</translation>
    </message>
    <message>
        <source>the runbook</source>
        <translation>el procediment</translation>
    </message>
    <message>
        <source>not a runbook: the first key must be “runbook: %1” (the format&apos;s version)</source>
        <translation>no és un procediment: la primera clau ha de ser «runbook: %1» (la versió del format)</translation>
    </message>
    <message>
        <source>runbook format %1 is not known to this Steward (it reads format %2)</source>
        <translation>aquest Steward no coneix el format de procediment %1 (llegeix el format %2)</translation>
    </message>
    <message>
        <source>runbook id “%1”: use lower-case letters, digits and -</source>
        <translation>id de procediment «%1»: feu servir lletres minúscules, xifres i -</translation>
    </message>
    <message>
        <source>“parameters” must be a list</source>
        <translation>«parameters» ha de ser una llista</translation>
    </message>
    <message>
        <source>the runbook needs “steps”, a list of steps</source>
        <translation>el procediment necessita «steps», una llista de passos</translation>
    </message>
    <message>
        <source>no runbook “%1” (known: %2)</source>
        <translation>no hi ha cap procediment «%1» (coneguts: %2)</translation>
    </message>
    <message>
        <source>A volunteer approves: %1</source>
        <translation>Un voluntari aprova: %1</translation>
    </message>
    <message>
        <source>git (libgit2): commit %1 as %2 on branch %3 of %4</source>
        <translation>git (libgit2): commit de %1 com a %2 a la branca %3 de %4</translation>
    </message>
    <message>
        <source>git (libgit2): push branch %1 to origin</source>
        <translation>git (libgit2): push de la branca %1 a origin</translation>
    </message>
    <message>
        <source>SFTP upload %1 → %2 (a temporary file beside it, renamed over it; the replaced file&apos;s mode kept)</source>
        <translation>Pujada SFTP %1 → %2 (un fitxer temporal al costat, reanomenat a sobre; es conserva el mode del fitxer substituït)</translation>
    </message>
    <message>
        <source>the reviewed docker-compose.yml: %1</source>
        <translation>el docker-compose.yml revisat: %1</translation>
    </message>
    <message>
        <source>Every %1 s for up to %2 s, until all pass:</source>
        <translation>Cada %1 s durant %2 s com a màxim, fins que totes se superin:</translation>
    </message>
    <message>
        <source>  Authorization: Bearer (the admin token of %1, from the keychain)</source>
        <translation>  Authorization: Bearer (el testimoni d’administració de %1, del clauer)</translation>
    </message>
    <message>
        <source>the Mastodon admin token of %1 in the keychain</source>
        <translation>el testimoni d’administració de Mastodon de %1 al clauer</translation>
    </message>
    <message>
        <source>   (shown first, approved)</source>
        <translation>   (mostrat primer, aprovat)</translation>
    </message>
    <message>
        <source>ansible-playbook on this computer (Debian&apos;s ansible-core)</source>
        <translation>ansible-playbook en aquest ordinador (ansible-core de Debian)</translation>
    </message>
    <message>
        <source>%1 needs “checks”, a list such as [{check: backup-fresh}]</source>
        <translation>%1 necessita «checks», una llista com ara [{check: backup-fresh}]</translation>
    </message>
    <message>
        <source>%1, check %2</source>
        <translation>%1, comprovació %2</translation>
    </message>
    <message>
        <source>%1, commit</source>
        <translation>%1, commit</translation>
    </message>
    <message>
        <source>%1 needs “phase”: pre or post</source>
        <translation>%1 necessita «phase»: pre o post</translation>
    </message>
    <message>
        <source>%1 needs “mode”: on or off</source>
        <translation>%1 necessita «mode»: on o off</translation>
    </message>
    <message>
        <source>%1: unknown type “%2” (known: %3)</source>
        <translation>%1: tipus desconegut «%2» (coneguts: %3)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>prova: %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>intent %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>sortida %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superat</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallit</translation>
    </message>
    <message>
        <source>Run: `%1` (runbook `%2`)</source>
        <translation>Execució: `%1` (procediment `%2`)</translation>
    </message>
    <message>
        <source>Started: %1 by %2</source>
        <translation>Iniciada: %1 per %2</translation>
    </message>
    <message>
        <source>done at %1</source>
        <translation>acabada el %1</translation>
    </message>
    <message>
        <source>stopped at %1 by %2: %3</source>
        <translation>aturada el %1 per %2: %3</translation>
    </message>
    <message>
        <source>in progress (%1)</source>
        <translation>en curs (%1)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultat: %1</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paràmetres:</translation>
    </message>
    <message>
        <source>(secret, not recorded)</source>
        <translation>(secret, no registrat)</translation>
    </message>
    <message>
        <source>On the server: `%1`</source>
        <translation>Al servidor: `%1`</translation>
    </message>
    <message>
        <source>Attempt %1 started %2 by %3</source>
        <translation>Intent %1 iniciat el %2 per %3</translation>
    </message>
    <message>
        <source>Attempt %1 finished %2 with exit status %3</source>
        <translation>Intent %1 acabat el %2 amb l’estat de sortida %3</translation>
    </message>
    <message>
        <source>Gate, %1: %2</source>
        <translation>Barrera, %1: %2</translation>
    </message>
    <message>
        <source>Verification, %1: %2</source>
        <translation>Verificació, %1: %2</translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation>Aprovat el %1 per %2</translation>
    </message>
    <message>
        <source>Overridden %1 by %2: %3</source>
        <translation>Forçat el %1 per %2: %3</translation>
    </message>
    <message>
        <source>Skipped %1 by %2: %3</source>
        <translation>Omès el %1 per %2: %3</translation>
    </message>
    <message>
        <source>Attempt %1 interrupted (%2): %3</source>
        <translation>Intent %1 interromput (%2): %3</translation>
    </message>
    <message>
        <source>Run again %1 by %2: %3</source>
        <translation>Tornat a executar el %1 per %2: %3</translation>
    </message>
    <message>
        <source>Uploaded %1 (SHA-256 %2, %3 bytes)</source>
        <translation>S’ha pujat %1 (SHA-256 %2, %3 bytes)</translation>
    </message>
    <message>
        <source>Committed %1 on %2 (%3)%4</source>
        <translation>S’ha fet commit de %1 a %2 (%3)%4</translation>
    </message>
    <message>
        <source>, pushed</source>
        <translation>, i s’ha fet push</translation>
    </message>
    <message>
        <source>Announcement %1: %2</source>
        <translation>Anunci %1: %2</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>No executat.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diari</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>event</source>
        <translation>esdeveniment</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detall</translation>
    </message>
    <message>
        <source>the file is not text (it contains a NUL byte)</source>
        <translation>el fitxer no és text (conté un byte NUL)</translation>
    </message>
    <message>
        <source>the document is too large or too deep for a runbook</source>
        <translation>el document és massa gran o massa profund per a un procediment</translation>
    </message>
    <message>
        <source>The history database: %1 (%2)</source>
        <translation>La base de dades de l’historial: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>no es pot obrir %1</translation>
    </message>
    <message>
        <source>The history database %1 has no readable schema version.</source>
        <translation>La base de dades de l’historial %1 no té cap versió d’esquema llegible.</translation>
    </message>
    <message>
        <source>The history database %1 is version %2, made by a newer Steward; this one reads up to version %3.</source>
        <translation>La base de dades de l’historial %1 és de la versió %2, creada per un Steward més nou; aquest llegeix fins a la versió %3.</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>no es pot iniciar una migració</translation>
    </message>
    <message>
        <source>migration to version %1 failed</source>
        <translation>ha fallat la migració a la versió %1</translation>
    </message>
    <message>
        <source>There is no connection to %1.</source>
        <translation>No hi ha connexió amb %1.</translation>
    </message>
    <message>
        <source>The server&apos;s clock could not be read.</source>
        <translation>No s’ha pogut llegir el rellotge del servidor.</translation>
    </message>
    <message>
        <source>systemctl could not start %1: %2</source>
        <translation>systemctl no ha pogut iniciar %1: %2</translation>
    </message>
    <message>
        <source>%1 failed; its journal says nothing more.</source>
        <translation>%1 ha fallat; el seu diari no diu res més.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has no {timestamp}.</source>
        <translation>El patró de noms «%1» no té {timestamp}.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unclosed “{”.</source>
        <translation>El patró de noms «%1» té una «{» sense tancar.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unknown field {%2} (known: {database}, {server}, {timestamp}).</source>
        <translation>El patró de noms «%1» té un camp desconegut {%2} (coneguts: {database}, {server}, {timestamp}).</translation>
    </message>
    <message>
        <source>The naming pattern “%1” cannot be used.</source>
        <translation>El patró de noms «%1» no es pot fer servir.</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>en el futur</translation>
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
        <translation>%1 no conté cap còpia de seguretat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n object(s), none named as this server&apos;s backups (check the naming pattern).</source>
        <translation>
            <numerusform>%1 conté %n objecte, que no té nom de còpia de seguretat d’aquest servidor (comproveu el patró de noms).</numerusform>
            <numerusform>%1 conté %n objectes, cap amb nom de còpia de seguretat d’aquest servidor (comproveu el patró de noms).</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup is %1 old (more than %2 h) and suspiciously small: %3, %4 % of the median of the ones before it.</source>
        <translation>La còpia de seguretat més recent és de fa %1 (més de %2 h) i és sospitosament petita: %3, el %4 % de la mediana de les anteriors.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old, more than %2 h: the backups have stopped.</source>
        <translation>La còpia de seguretat més recent és de fa %1, més de %2 h: les còpies de seguretat s’han aturat.</translation>
    </message>
    <message>
        <source>The newest backup (%1 old) is suspiciously small: %2, %3 % of the median of the ones before it. A truncated dump looks like this.</source>
        <translation>La còpia de seguretat més recent (de fa %1) és sospitosament petita: %2, el %3 % de la mediana de les anteriors. Així és com es veu un bolcat truncat.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old (%2).</source>
        <translation>La còpia de seguretat més recent és de fa %1 (%2).</translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or keep the pair in the keychain (Credentials, S3 access key pair).</source>
        <translation>No hi ha cap parell de claus S3 per a %1: definiu AWS_ACCESS_KEY_ID i AWS_SECRET_ACCESS_KEY, o deseu el parell al clauer (Credencials, Parell de claus d’accés S3).</translation>
    </message>
    <message>
        <source>The S3 key pair kept for %1 is not “ACCESS_KEY_ID:SECRET_ACCESS_KEY”: replace it in Credentials.</source>
        <translation>El parell de claus S3 desat per a %1 no té la forma «ACCESS_KEY_ID:SECRET_ACCESS_KEY»: substituïu-lo a Credencials.</translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: keep one in Credentials (S3 access key pair, “ACCESS_KEY_ID:SECRET”), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>No hi ha cap parell de claus S3 per a %1: deseu-ne un a Credencials (Parell de claus d’accés S3, «ACCESS_KEY_ID:SECRET»), o definiu AWS_ACCESS_KEY_ID i AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The keychain did not give the S3 key pair of %1: %2</source>
        <translation>El clauer no ha donat el parell de claus S3 de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory (a “backup:” map with its bucket).</source>
        <translation>%1 no té configuració de còpies de seguretat a l’inventari (una assignació «backup:» amb el seu bucket).</translation>
    </message>
    <message>
        <source>Drill of %1&apos;s backups on %2.</source>
        <translation>Simulacre de les còpies de seguretat de %1 a %2.</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory.</source>
        <translation>%1 no té configuració de còpies de seguretat a l’inventari.</translation>
    </message>
    <message>
        <source>The drill host %1 is a primary server: drills run on a secondary or staging host, never beside production&apos;s database.</source>
        <translation>L’amfitrió de simulacre %1 és un servidor principal: els simulacres s’executen en un amfitrió secundari o de proves, mai al costat de la base de dades de producció.</translation>
    </message>
    <message>
        <source>The scratch database would be production&apos;s.</source>
        <translation>La base de dades temporal seria la de producció.</translation>
    </message>
    <message>
        <source>The catalogue is gone.</source>
        <translation>El catàleg ja no existeix.</translation>
    </message>
    <message>
        <source>%1 holds no backups: there is nothing to restore.</source>
        <translation>%1 no conté cap còpia de seguretat: no hi ha res a restaurar.</translation>
    </message>
    <message>
        <source>%1 holds no object named as %2&apos;s backups (pattern “%3”): there is nothing to restore.</source>
        <translation>%1 no conté cap objecte amb nom de còpia de seguretat de %2 (patró «%3»): no hi ha res a restaurar.</translation>
    </message>
    <message>
        <source>There is no object “%1” in %2.</source>
        <translation>No hi ha cap objecte «%1» a %2.</translation>
    </message>
    <message>
        <source>Backup: %1 (%2, %3).</source>
        <translation>Còpia de seguretat: %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The object %1 is empty: it is not a dump.</source>
        <translation>L’objecte %1 és buit: no és un bolcat.</translation>
    </message>
    <message>
        <source>Connecting to %1 (drill host) and %2 (production, read only).</source>
        <translation>S’està connectant a %1 (amfitrió de simulacre) i a %2 (producció, només lectura).</translation>
    </message>
    <message>
        <source>Cannot reach the drill host %1: %2</source>
        <translation>No es pot accedir a l’amfitrió de simulacre %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1 to read production&apos;s counts: %2</source>
        <translation>No es pot accedir a %1 per llegir els recomptes de producció: %2</translation>
    </message>
    <message>
        <source>The drill host %1 cannot use %2: %3</source>
        <translation>L’amfitrió de simulacre %1 no pot fer servir %2: %3</translation>
    </message>
    <message>
        <source>The drill host %1 lacks %2 (install postgresql-client and curl there).</source>
        <translation>A l’amfitrió de simulacre %1 li falta %2 (instal·leu-hi postgresql-client i curl).</translation>
    </message>
    <message>
        <source>The drill host %1 has %2 free in %3; the dump needs about %4 once decompressed. Free some space or set another work_dir.</source>
        <translation>L’amfitrió de simulacre %1 té %2 lliures a %3; el bolcat necessita uns %4 un cop descomprimit. Allibereu espai o definiu un altre work_dir.</translation>
    </message>
    <message numerus="yes">
        <source>Drill host %1: %2 free in %3, %n core(s), tools: %4.</source>
        <translation>
            <numerusform>Amfitrió de simulacre %1: %2 lliures a %3, %n nucli, eines: %4.</numerusform>
            <numerusform>Amfitrió de simulacre %1: %2 lliures a %3, %n nuclis, eines: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown space</source>
        <translation>espai desconegut</translation>
    </message>
    <message>
        <source>PostgreSQL on the drill host %1 refused: %2</source>
        <translation>El PostgreSQL de l’amfitrió de simulacre %1 ha refusat: %2</translation>
    </message>
    <message>
        <source>Downloading on %1 and decompressing as it arrives (%2) into %3.</source>
        <translation>S’està baixant a %1 i descomprimint a mesura que arriba (%2) a %3.</translation>
    </message>
    <message>
        <source>Cannot make %1 on %2: %3</source>
        <translation>No es pot crear %1 a %2: %3</translation>
    </message>
    <message>
        <source>The drill host %1 could not download the backup from S3: %2</source>
        <translation>L’amfitrió de simulacre %1 no ha pogut baixar la còpia de seguretat d’S3: %2</translation>
    </message>
    <message>
        <source>%1 is not a gzip file, though its name says so: it is not a dump (%2).</source>
        <translation>%1 no és un fitxer gzip, tot i que el nom ho diu: no és un bolcat (%2).</translation>
    </message>
    <message>
        <source>%1 is truncated: the compressed data ends early (%2). The backup that made it did not finish its upload.</source>
        <translation>%1 està truncat: les dades comprimides s’acaben abans d’hora (%2). La còpia de seguretat que el va crear no va acabar de pujar-lo.</translation>
    </message>
    <message>
        <source>The drill host %1 ran out of disk space in %2 while decompressing (%3).</source>
        <translation>L’amfitrió de simulacre %1 s’ha quedat sense espai al disc a %2 mentre descomprimia (%3).</translation>
    </message>
    <message>
        <source>%1 is corrupt: decompressing it failed (%2).</source>
        <translation>%1 està malmès: ha fallat la descompressió (%2).</translation>
    </message>
    <message>
        <source>Downloaded and decompressed in %1 s.</source>
        <translation>Baixat i descomprimit en %1 s.</translation>
    </message>
    <message>
        <source>A plain SQL dump: restored with psql, in one session (a plain dump cannot be restored in parallel).</source>
        <translation>Un bolcat SQL pla: restaurat amb psql, en una sola sessió (un bolcat pla no es pot restaurar en paral·lel).</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL dump: %2</source>
        <translation>%1 no és un bolcat de PostgreSQL: %2</translation>
    </message>
    <message>
        <source>%1 is a dump of the database “%2”, not of %3&apos;s “%4”.</source>
        <translation>%1 és un bolcat de la base de dades «%2», no de «%4» de %3.</translation>
    </message>
    <message>
        <source>A tar-format dump: pg_restore cannot restore it in parallel.</source>
        <translation>Un bolcat en format tar: pg_restore no el pot restaurar en paral·lel.</translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1 on %2: %3</source>
        <translation>No es pot crear la base de dades temporal %1 a %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Scratch database %1 created; restoring with %n job(s).</source>
        <translation>
            <numerusform>S’ha creat la base de dades temporal %1; s’està restaurant amb %n treball.</numerusform>
            <numerusform>S’ha creat la base de dades temporal %1; s’està restaurant amb %n treballs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored in %1 s, no error.</source>
        <translation>Restaurat en %1 s, sense errors.</translation>
    </message>
    <message numerus="yes">
        <source>Restored in %1 s with %n error(s).</source>
        <translation>
            <numerusform>Restaurat en %1 s amb %n error.</numerusform>
            <numerusform>Restaurat en %1 s amb %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s counts could not be read on %1: %2</source>
        <translation>No s’han pogut llegir els recomptes de producció a %1: %2</translation>
    </message>
    <message>
        <source>%1 restores: %2 tables match production (%3 counted exactly, %4 estimated), all %5 migrations of the running version are there, pg_restore reported no error. Restore time %6 s (download %7 s, restore %8 s, verify %9 s).</source>
        <translation>%1 es restaura: %2 taules coincideixen amb producció (%3 comptades exactament, %4 estimades), hi són totes les %5 migracions de la versió en execució i pg_restore no ha informat de cap error. Temps de restauració %6 s (baixada %7 s, restauració %8 s, verificació %9 s).</translation>
    </message>
    <message>
        <source>Cancelled during %1: stopping, then cleaning up.</source>
        <translation>Cancel·lat durant %1: s’està aturant i després es netejarà.</translation>
    </message>
    <message>
        <source>Removed %1 on %2.</source>
        <translation>S’ha suprimit %1 a %2.</translation>
    </message>
    <message>
        <source>the directory %1 on %2 (remove it there with: %3)</source>
        <translation>el directori %1 a %2 (suprimiu-lo allà amb: %3)</translation>
    </message>
    <message>
        <source>Kept the scratch database %1 on %2, as asked (remove it later with: %3).</source>
        <translation>S’ha conservat la base de dades temporal %1 a %2, tal com s’ha demanat (suprimiu-la més tard amb: %3).</translation>
    </message>
    <message>
        <source>Dropped the scratch database %1.</source>
        <translation>S’ha eliminat la base de dades temporal %1.</translation>
    </message>
    <message>
        <source>the database %1 on %2 (remove it there with: %3)</source>
        <translation>la base de dades %1 a %2 (suprimiu-la allà amb: %3)</translation>
    </message>
    <message>
        <source>The drill was cancelled.</source>
        <translation>S’ha cancel·lat el simulacre.</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>S’ha deixat: %1.</translation>
    </message>
    <message>
        <source>Nothing was left behind on %1.</source>
        <translation>No s’ha deixat res a %1.</translation>
    </message>
    <message>
        <source>The drill could not be recorded: %1</source>
        <translation>No s’ha pogut registrar el simulacre: %1</translation>
    </message>
    <message>
        <source>The drill history could not be read: %1</source>
        <translation>No s’ha pogut llegir l’historial de simulacres: %1</translation>
    </message>
    <message>
        <source>No drill has passed yet: nobody knows whether the backups restore.</source>
        <translation>Encara no s’ha superat cap simulacre: ningú no sap si les còpies de seguretat es poden restaurar.</translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago, more than %2 days: time for another.</source>
        <translation>El darrer simulacre superat va ser fa %1, més de %2 dies: és hora de fer-ne un altre.</translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago (restore time %2 s).</source>
        <translation>El darrer simulacre superat va ser fa %1 (temps de restauració %2 s).</translation>
    </message>
    <message>
        <source>not in the restored database</source>
        <translation>no és a la base de dades restaurada</translation>
    </message>
    <message>
        <source>empty after the restore</source>
        <translation>buida després de la restauració</translation>
    </message>
    <message>
        <source>%1 % away from production&apos;s count (%2 allowed)</source>
        <translation>a un %1 % del recompte de producció (se’n permet un %2 %)</translation>
    </message>
    <message>
        <source>not in production (dropped since the backup?)</source>
        <translation>no és a producció (eliminada després de la còpia de seguretat?)</translation>
    </message>
    <message>
        <source>Production&apos;s tables could not be counted.</source>
        <translation>No s’han pogut comptar les taules de producció.</translation>
    </message>
    <message>
        <source>The restored database has no tables.</source>
        <translation>La base de dades restaurada no té taules.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) do not match production&apos;s counts.</source>
        <translation>
            <numerusform>%n taula no coincideix amb els recomptes de producció.</numerusform>
            <numerusform>%n taules no coincideixen amb els recomptes de producció.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s schema_migrations could not be read.</source>
        <translation>No s’ha pogut llegir la taula schema_migrations de producció.</translation>
    </message>
    <message>
        <source>The restored database has no schema_migrations: it is not Mastodon&apos;s database.</source>
        <translation>La base de dades restaurada no té schema_migrations: no és la base de dades de Mastodon.</translation>
    </message>
    <message numerus="yes">
        <source>The restore lacks %n migration(s) that production has run (newest %1): it would not run the running version.</source>
        <translation>
            <numerusform>A la restauració li falta %n migració que producció ha executat (la més recent, %1): no podria fer funcionar la versió en execució.</numerusform>
            <numerusform>A la restauració li falten %n migracions que producció ha executat (la més recent, %1): no podria fer funcionar la versió en execució.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore reported %n error(s).</source>
        <translation>
            <numerusform>pg_restore ha informat d’%n error.</numerusform>
            <numerusform>pg_restore ha informat de %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>The S3 endpoint %1 refused the connection: is it up, and is the endpoint in the inventory right?</source>
        <translation>El punt final S3 %1 ha refusat la connexió: funciona, i el punt final de l’inventari és correcte?</translation>
    </message>
    <message>
        <source>The S3 endpoint&apos;s host %1 was not found (DNS).</source>
        <translation>No s’ha trobat l’amfitrió del punt final S3 %1 (DNS).</translation>
    </message>
    <message>
        <source>The S3 endpoint %1 did not answer in time.</source>
        <translation>El punt final S3 %1 no ha respost a temps.</translation>
    </message>
    <message>
        <source>The TLS handshake with the S3 endpoint %1 failed: %2</source>
        <translation>Ha fallat la negociació TLS amb el punt final S3 %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the S3 endpoint %1: %2</source>
        <translation>No es pot accedir al punt final S3 %1: %2</translation>
    </message>
    <message>
        <source>%1 does not know this S3 access key (InvalidAccessKeyId): check the key pair kept for this server in Credentials, or AWS_ACCESS_KEY_ID.</source>
        <translation>%1 no coneix aquesta clau d’accés S3 (InvalidAccessKeyId): comproveu el parell de claus desat per a aquest servidor a Credencials, o AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>The S3 secret key does not match the access key (SignatureDoesNotMatch at %1): check the key pair kept for this server in Credentials, or AWS_SECRET_ACCESS_KEY.</source>
        <translation>La clau secreta S3 no correspon a la clau d’accés (SignatureDoesNotMatch a %1): comproveu el parell de claus desat per a aquest servidor a Credencials, o AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes away from the S3 server&apos;s (%2): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation>El rellotge d’aquest ordinador té %1 minuts de diferència amb el del servidor S3 (%2): S3 refusa les signatures desfasades més de 15 minuts. Poseu el rellotge en hora (NTP) i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the S3 server&apos;s (%1): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation>El rellotge d’aquest ordinador està massa desfasat respecte al del servidor S3 (%1): S3 refusa les signatures desfasades més de 15 minuts. Poseu el rellotge en hora (NTP) i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>There is no bucket “%1” at %2: check the bucket in the inventory.</source>
        <translation>No hi ha cap bucket «%1» a %2: comproveu el bucket a l’inventari.</translation>
    </message>
    <message>
        <source>The object is not in %1 (any more).</source>
        <translation>L’objecte no és (ja) a %1.</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (%3): the key pair is known, but may not read this bucket.</source>
        <translation>%1 ha refusat l’accés a %2 (%3): el parell de claus és conegut, però potser no té permís per llegir aquest bucket.</translation>
    </message>
    <message>
        <source>S3 at %1 answered %2 (HTTP %3): %4</source>
        <translation>S3 a %1 ha respost %2 (HTTP %3): %4</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, which is not an S3 answer: is the endpoint right?</source>
        <translation>%1 ha respost HTTP %2, que no és una resposta d’S3: el punt final és correcte?</translation>
    </message>
    <message>
        <source>The S3 listing could not be read (%1).</source>
        <translation>No s’ha pogut llegir el llistat d’S3 (%1).</translation>
    </message>
    <message>
        <source>The S3 listing says there is more but gives no continuation token.</source>
        <translation>El llistat d’S3 diu que n’hi ha més però no dona cap testimoni de continuació.</translation>
    </message>
    <message>
        <source>A journal line is not a JSON object.</source>
        <translation>Una línia del diari no és un objecte JSON.</translation>
    </message>
    <message>
        <source>A journal line is not valid JSON.</source>
        <translation>Una línia del diari no és JSON vàlid.</translation>
    </message>
    <message>
        <source>A journal line is cut short.</source>
        <translation>Una línia del diari està tallada.</translation>
    </message>
    <message>
        <source>A journal line has a bad escape.</source>
        <translation>Una línia del diari té una seqüència d’escapament incorrecta.</translation>
    </message>
    <message>
        <source>A journal line has a bad byte array.</source>
        <translation>Una línia del diari té una matriu de bytes incorrecta.</translation>
    </message>
    <message>
        <source>The journal&apos;s export stream is malformed.</source>
        <translation>El flux d’exportació del diari està mal format.</translation>
    </message>
    <message>
        <source>No way to reach %1.</source>
        <translation>No hi ha manera d’accedir a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1; trying again in %n s</source>
        <translation>
            <numerusform>%1; es tornarà a provar d’aquí a %n s</numerusform>
            <numerusform>%1; es tornarà a provar d’aquí a %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>L’ordre ha fallat.</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>ha sortit amb l’estat %1</translation>
    </message>
    <message>
        <source>no container of %1 is running</source>
        <translation>no s’executa cap contenidor de %1</translation>
    </message>
    <message>
        <source>Not a time: &quot;%1&quot; (for example 2024-11-22 00:10, 00:10, yesterday, -10min, 2h ago).</source>
        <translation>No és una hora: «%1» (per exemple 2024-11-22 00:10, 00:10, yesterday, -10min, 2h ago).</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>s’està connectant</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>s’està carregant</translation>
    </message>
    <message>
        <source>following</source>
        <translation>en seguiment</translation>
    </message>
    <message>
        <source>connection lost, reconnecting</source>
        <translation>connexió perduda, s’està reconnectant</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>acabat</translation>
    </message>
    <message>
        <source>journal on %1</source>
        <translation>diari a %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 (compose) on %2</source>
        <translation>%1 (compose) a %2</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>El patró és buit.</translation>
    </message>
    <message>
        <source>Bad regular expression: %1 (at character %2).</source>
        <translation>Expressió regular incorrecta: %1 (al caràcter %2).</translation>
    </message>
    <message>
        <source>the public key is empty</source>
        <translation>la clau pública és buida</translation>
    </message>
    <message>
        <source>a public key is one line: paste the content of the .pub file alone</source>
        <translation>una clau pública és una sola línia: enganxeu-hi només el contingut del fitxer .pub</translation>
    </message>
    <message>
        <source>this is a private key: never send it; send the .pub file&apos;s content instead</source>
        <translation>això és una clau privada: no l’envieu mai; envieu el contingut del fitxer .pub</translation>
    </message>
    <message>
        <source>this is not an OpenSSH public key: it should start with ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, then the key</source>
        <translation>això no és una clau pública d’OpenSSH: hauria de començar amb ssh-ed25519, ecdsa-sha2-nistp256 o ssh-rsa, seguit de la clau</translation>
    </message>
    <message>
        <source>DSA keys (ssh-dss) are no longer accepted by OpenSSH: make an ed25519 key</source>
        <translation>OpenSSH ja no accepta claus DSA (ssh-dss): creeu una clau ed25519</translation>
    </message>
    <message>
        <source>this is a certificate, not a public key</source>
        <translation>això és un certificat, no una clau pública</translation>
    </message>
    <message>
        <source>the key&apos;s data is not valid base64: was it cut or wrapped?</source>
        <translation>les dades de la clau no són base64 vàlid: s’ha tallat o partit en línies?</translation>
    </message>
    <message>
        <source>the key&apos;s data does not match its type %1</source>
        <translation>les dades de la clau no corresponen al seu tipus %1</translation>
    </message>
    <message>
        <source>this RSA key is shorter than 2048 bits: make an ed25519 key</source>
        <translation>aquesta clau RSA té menys de 2048 bits: creeu una clau ed25519</translation>
    </message>
    <message>
        <source>the key&apos;s data is cut short or malformed</source>
        <translation>les dades de la clau estan tallades o mal formades</translation>
    </message>
    <message>
        <source>this key (%1) is already authorized</source>
        <translation>aquesta clau (%1) ja està autoritzada</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no connectat</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no és un fitxer normal</translation>
    </message>
    <message>
        <source>%1 changed on the server since it was read: load it again and repeat the change</source>
        <translation>%1 ha canviat al servidor des que es va llegir: torneu-lo a carregar i repetiu el canvi</translation>
    </message>
    <message>
        <source>%1 was not read yet</source>
        <translation>encara no s’ha llegit %1</translation>
    </message>
    <message>
        <source>could not write a temporary file: %1</source>
        <translation>no s’ha pogut escriure un fitxer temporal: %1</translation>
    </message>
    <message>
        <source>each parameter must be a mapping of keys to values</source>
        <translation>cada paràmetre ha de ser una assignació de claus a valors</translation>
    </message>
    <message>
        <source>a parameter&apos;s “name” is written in capitals, such as UNIT</source>
        <translation>el «name» d’un paràmetre s’escriu en majúscules, com ara UNIT</translation>
    </message>
    <message>
        <source>each command must be a mapping of keys to values</source>
        <translation>cada ordre ha de ser una assignació de claus a valors</translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as compose-ps</source>
        <translation>«id» ha de tenir lletres minúscules, xifres, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (com a màxim 64), com ara compose-ps</translation>
    </message>
    <message>
        <source>“argv” is missing</source>
        <translation>falta «argv»</translation>
    </message>
    <message>
        <source>“argv” must be a list of arguments, such as [docker, compose, ps]: each element reaches the program as one argument</source>
        <translation>«argv» ha de ser una llista d’arguments, com ara [docker, compose, ps]: cada element arriba al programa com un sol argument</translation>
    </message>
    <message>
        <source>each argument of “argv” must be a non-empty value</source>
        <translation>cada argument d’«argv» ha de ser un valor no buit</translation>
    </message>
    <message>
        <source>“where” must be compose_dir or home</source>
        <translation>«where» ha de ser compose_dir o home</translation>
    </message>
    <message>
        <source>command “%1” must say whether it changes state (“changes_state: true” or false)</source>
        <translation>l’ordre «%1» ha d’indicar si canvia l’estat («changes_state: true» o false)</translation>
    </message>
    <message>
        <source>“sample” must be text (a block with |)</source>
        <translation>«sample» ha de ser text (un bloc amb |)</translation>
    </message>
    <message>
        <source>command “%1” has no “sample”: paste the real output of a run on the lab</source>
        <translation>l’ordre «%1» no té «sample»: enganxeu-hi la sortida real d’una execució al laboratori</translation>
    </message>
    <message>
        <source>the parameter “%1” is given twice</source>
        <translation>el paràmetre «%1» s’indica dues vegades</translation>
    </message>
    <message>
        <source>“argv” uses {%1}, which is not among the “parameters”</source>
        <translation>«argv» fa servir {%1}, que no és entre els «parameters»</translation>
    </message>
    <message>
        <source>the parameter “%1” is not used in “argv”</source>
        <translation>el paràmetre «%1» no s’usa a «argv»</translation>
    </message>
    <message>
        <source>command “%1” cannot be both interactive and followed</source>
        <translation>l’ordre «%1» no pot ser alhora interactiva i seguida</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>un valor buit</translation>
    </message>
    <message>
        <source>“%1” is not a name, unit or number (letters, digits and @ . _ : + = -, not starting with -)</source>
        <translation>«%1» no és un nom, una unitat ni un nombre (lletres, xifres i @ . _ : + = -, sense començar amb -)</translation>
    </message>
    <message>
        <source>“%1” has no parameter %2</source>
        <translation>«%1» no té el paràmetre %2</translation>
    </message>
    <message>
        <source>the glossary must be a mapping with a “commands” list</source>
        <translation>el glossari ha de ser una assignació amb una llista «commands»</translation>
    </message>
    <message>
        <source>“commands” must be a list</source>
        <translation>«commands» ha de ser una llista</translation>
    </message>
    <message>
        <source>the id “%1” is used twice</source>
        <translation>l’id «%1» s’usa dues vegades</translation>
    </message>
    <message>
        <source>“%1” needs a terminal: copy it and run it in one</source>
        <translation>«%1» necessita un terminal: copieu-la i executeu-la en un</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>no connectat a %1</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab</source>
        <translation>«%1» canvia l’estat del servidor: des d’aquí només s’executa al laboratori, i %2 no és el laboratori</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab (its sessions do not carry the lab&apos;s mark)</source>
        <translation>«%1» canvia l’estat del servidor: des d’aquí només s’executa al laboratori, i %2 no és el laboratori (les seves sessions no porten la marca del laboratori)</translation>
    </message>
    <message>
        <source>ssh-keygen did not finish in time</source>
        <translation>ssh-keygen no ha acabat a temps</translation>
    </message>
    <message>
        <source>a key is being made already</source>
        <translation>ja s’està creant una clau</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file name</source>
        <translation>%1 ja existeix: trieu un altre nom de fitxer</translation>
    </message>
    <message>
        <source>the key&apos;s comment must be one line</source>
        <translation>el comentari de la clau ha de ser d’una sola línia</translation>
    </message>
    <message>
        <source>the passphrase cannot contain a line break</source>
        <translation>la frase de pas no pot contenir un salt de línia</translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation>no s’ha pogut executar %1: %2</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation>ssh-keygen ha fallat: %1</translation>
    </message>
    <message>
        <source>ssh-keygen made no key</source>
        <translation>ssh-keygen no ha creat cap clau</translation>
    </message>
    <message>
        <source>could not make %1 private (mode 0600)</source>
        <translation>no s’ha pogut fer privat %1 (mode 0600)</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>no s’ha pogut llegir %1: %2</translation>
    </message>
    <message>
        <source>Look at the services and timers</source>
        <translation>Mirar els serveis i els temporitzadors</translation>
    </message>
    <message>
        <source>Find the lab&apos;s containers and timers, then scale sidekiq to two containers (docker compose scale sidekiq=2).</source>
        <translation>Trobeu els contenidors i els temporitzadors del laboratori i després escaleu sidekiq a dos contenidors (docker compose scale sidekiq=2).</translation>
    </message>
    <message>
        <source>Put things back</source>
        <translation>Deixar-ho tot com estava</translation>
    </message>
    <message>
        <source>Scale sidekiq back to one container, and leave every service running.</source>
        <translation>Torneu a escalar sidekiq a un sol contenidor i deixeu tots els serveis en execució.</translation>
    </message>
    <message>
        <source>Trigger a backup and follow it</source>
        <translation>Llançar una còpia de seguretat i seguir-la</translation>
    </message>
    <message>
        <source>Start the backup unit, follow its journal until the upload is finished.</source>
        <translation>Inicieu la unitat de còpia de seguretat i seguiu-ne el diari fins que la pujada hagi acabat.</translation>
    </message>
    <message>
        <source>Run a restore drill</source>
        <translation>Fer un simulacre de restauració</translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host and compare its counts with production&apos;s.</source>
        <translation>Restaureu la còpia de seguretat més recent a l’amfitrió de simulacre i compareu-ne els recomptes amb els de producció.</translation>
    </message>
    <message>
        <source>The upgrade night, on the lab</source>
        <translation>La nit d’actualització, al laboratori</translation>
    </message>
    <message>
        <source>Review the compose diff to 4.3.0, then run the upgrade runbook on the lab until web runs 4.3.0 and every migration is up.</source>
        <translation>Reviseu les diferències de compose fins a la 4.3.0 i després executeu el procediment d’actualització al laboratori fins que web executi la 4.3.0 i s’hagin aplicat totes les migracions.</translation>
    </message>
    <message>
        <source>A bad night: the migration fails</source>
        <translation>Una mala nit: falla la migració</translation>
    </message>
    <message>
        <source>The lab&apos;s migration fails. Find the error, turn the fault off (steward-lab fault migration off) and finish the upgrade.</source>
        <translation>La migració del laboratori falla. Trobeu l’error, desactiveu l’avaria (steward-lab fault migration off) i acabeu l’actualització.</translation>
    </message>
    <message>
        <source>A bad night: the disk is full</source>
        <translation>Una mala nit: el disc és ple</translation>
    </message>
    <message>
        <source>The backup fails with “No space left on device”. Find it in the journal and df, free the space (fault off), and get a backup through.</source>
        <translation>La còpia de seguretat falla amb «No space left on device». Trobeu-ho al diari i amb df, allibereu l’espai (desactiveu l’avaria) i aconseguiu fer una còpia de seguretat.</translation>
    </message>
    <message>
        <source>A bad night: the upload fails</source>
        <translation>Una mala nit: falla la pujada</translation>
    </message>
    <message>
        <source>The backup&apos;s upload cannot reach the store. Read the error, fix it (fault off), and get a backup through.</source>
        <translation>La pujada de la còpia de seguretat no arriba al magatzem. Llegiu l’error, corregiu-lo (desactiveu l’avaria) i aconseguiu fer una còpia de seguretat.</translation>
    </message>
    <message>
        <source>A bad night: SSH is gone</source>
        <translation>Una mala nit: l’SSH ha desaparegut</translation>
    </message>
    <message>
        <source>The lab&apos;s sshd stops answering. See how Steward shows it, bring it back (fault off) and connect again.</source>
        <translation>L’sshd del laboratori deixa de respondre. Mireu com ho mostra Steward, torneu-lo a posar en marxa (desactiveu l’avaria) i torneu-vos a connectar.</translation>
    </message>
    <message>
        <source>%1 is not a progress file: %2</source>
        <translation>%1 no és un fitxer de progrés: %2</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>objectiu assolit</translation>
    </message>
    <message>
        <source>no passed restore drill of %1 is recorded yet</source>
        <translation>encara no hi ha registrat cap simulacre de restauració superat de %1</translation>
    </message>
    <message numerus="yes">
        <source>the last passed drill of %1 finished at %2, more than %n minute(s) ago</source>
        <translation>
            <numerusform>el darrer simulacre superat de %1 va acabar el %2, fa més d’%n minut</numerusform>
            <numerusform>el darrer simulacre superat de %1 va acabar el %2, fa més de %n minuts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 ha sortit amb l’estat %2</translation>
    </message>
    <message>
        <source>%1 does not show it yet</source>
        <translation>%1 encara no ho mostra</translation>
    </message>
    <message>
        <source>%1 still shows “%2”</source>
        <translation>%1 encara mostra «%2»</translation>
    </message>
    <message>
        <source>docker compose ps exited with status %1</source>
        <translation>docker compose ps ha sortit amb l’estat %1</translation>
    </message>
    <message>
        <source>%1 runs %2 containers; the goal is %3</source>
        <translation>%1 executa %2 contenidors; l’objectiu és %3</translation>
    </message>
    <message>
        <source>systemctl show exited with status %1</source>
        <translation>systemctl show ha sortit amb l’estat %1</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 encara s’està executant</translation>
    </message>
    <message>
        <source>%1&apos;s last run failed (%2)</source>
        <translation>ha fallat la darrera execució de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not succeeded in the last %n minutes</source>
        <translation>
            <numerusform>%1 no ha acabat bé en el darrer %n minut</numerusform>
            <numerusform>%1 no ha acabat bé en els darrers %n minuts</numerusform>
        </translation>
    </message>
    <message>
        <source>each link must be a mapping with “title” and “url”</source>
        <translation>cada enllaç ha de ser una assignació amb «title» i «url»</translation>
    </message>
    <message>
        <source>“url” must be an http://, https:// or mailto: address</source>
        <translation>«url» ha de ser una adreça http://, https:// o mailto:</translation>
    </message>
    <message>
        <source>the link has a password in it: keep passwords in the keychain and name them under “secrets”</source>
        <translation>l’enllaç conté una contrasenya: deseu les contrasenyes al clauer i anomeneu-les a «secrets»</translation>
    </message>
    <message>
        <source>“runs_on” must be a server name or a mapping with “server”</source>
        <translation>«runs_on» ha de ser un nom de servidor o una assignació amb «server»</translation>
    </message>
    <message>
        <source>“unit” must be a systemd unit name such as pg-dump-to-s3.service or certbot.timer</source>
        <translation>«unit» ha de ser un nom d’unitat de systemd com ara pg-dump-to-s3.service o certbot.timer</translation>
    </message>
    <message>
        <source>“compose_service” must be a service name of the compose file</source>
        <translation>«compose_service» ha de ser un nom de servei del fitxer de compose</translation>
    </message>
    <message>
        <source>each service must be a mapping of keys to values</source>
        <translation>cada servei ha de ser una assignació de claus a valors</translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as mastodon or s3-backups</source>
        <translation>«id» ha de tenir lletres minúscules, xifres, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (com a màxim 64), com ara mastodon o s3-backups</translation>
    </message>
    <message>
        <source>“kind” must be service or supporting</source>
        <translation>«kind» ha de ser service o supporting</translation>
    </message>
    <message>
        <source>“secrets” must be a list of keychain key names</source>
        <translation>«secrets» ha de ser una llista de noms de clau del clauer</translation>
    </message>
    <message>
        <source>each secret must be a keychain key name</source>
        <translation>cada secret ha de ser un nom de clau del clauer</translation>
    </message>
    <message>
        <source>“links” must be a list of title and url</source>
        <translation>«links» ha de ser una llista de title i url</translation>
    </message>
    <message>
        <source>service “%1” says neither where it runs (“runs_on”) nor who hosts it (“provider”)</source>
        <translation>el servei «%1» no diu ni on s’executa («runs_on») ni qui l’allotja («provider»)</translation>
    </message>
    <message>
        <source>an empty keychain key name</source>
        <translation>un nom de clau del clauer buit</translation>
    </message>
    <message>
        <source>this is a private key, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>això és una clau privada, no un nom de clau del clauer: el mapa només conté els noms dels secrets, mai els seus valors</translation>
    </message>
    <message>
        <source>this is a URL with a password in it, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>això és un URL amb una contrasenya, no un nom de clau del clauer: el mapa només conté els noms dels secrets, mai els seus valors</translation>
    </message>
    <message>
        <source>this looks like a token, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>això sembla un testimoni, no un nom de clau del clauer: el mapa només conté els noms dels secrets, mai els seus valors</translation>
    </message>
    <message>
        <source>this is not a keychain key name (KIND/NAME, such as s3-access-key/backups.example.org or pass/coop/registrar): the map keeps the names of secrets only, never their values</source>
        <translation>això no és un nom de clau del clauer (KIND/NAME, com ara s3-access-key/backups.example.org o pass/coop/registrar): el mapa només conté els noms dels secrets, mai els seus valors</translation>
    </message>
    <message>
        <source>a part of this key name looks like a random secret value: the map keeps the names of secrets only, never their values</source>
        <translation>una part d’aquest nom de clau sembla un valor secret aleatori: el mapa només conté els noms dels secrets, mai els seus valors</translation>
    </message>
    <message>
        <source>service “%1” runs on “%2”, which is not a server of the inventory</source>
        <translation>el servei «%1» s’executa a «%2», que no és un servidor de l’inventari</translation>
    </message>
    <message>
        <source>the services map must be a mapping with a “services” list</source>
        <translation>el mapa de serveis ha de ser una assignació amb una llista «services»</translation>
    </message>
    <message>
        <source>“services” must be a list</source>
        <translation>«services» ha de ser una llista</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation>el fitxer ocupa més de %1 KiB</translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation>el fitxer conté dades binàries, no text</translation>
    </message>
    <message>
        <source>unknown key “%1” (known: %2)</source>
        <translation>clau desconeguda «%1» (conegudes: %2)</translation>
    </message>
    <message>
        <source>the key “%1” is given twice</source>
        <translation>la clau «%1» s’indica dues vegades</translation>
    </message>
    <message>
        <source>“%1” must be a single value, not a list or a mapping</source>
        <translation>«%1» ha de ser un sol valor, no una llista ni una assignació</translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation>«%1» no pot estar buit</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>falta «%1»</translation>
    </message>
    <message>
        <source>“%1” must be a list of values</source>
        <translation>«%1» ha de ser una llista de valors</translation>
    </message>
    <message>
        <source>the file is format version %1; this Steward reads up to version %2</source>
        <translation>el fitxer té la versió de format %1; aquest Steward llegeix fins a la versió %2</translation>
    </message>
    <message>
        <source>Read and search logs</source>
        <translation>Llegir i cercar als registres</translation>
    </message>
    <message>
        <source>Sidekiq&apos;s jobs stopped in the night. Read sidekiq&apos;s and redis&apos; logs (search them for “redis” and “error”), find which service is down and why, then start it again and leave every service running.</source>
        <translation>Les tasques de sidekiq es van aturar durant la nit. Llegiu els registres de sidekiq i de redis (cerqueu-hi «redis» i «error»), esbrineu quin servei està aturat i per què, després torneu-lo a iniciar i deixeu tots els serveis en marxa.</translation>
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
        <translation>Amfitrió</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuari</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funció</translation>
    </message>
    <message>
        <source>Compose directory</source>
        <translation>Directori de compose</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No connectat</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>S’està connectant…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>S’està iniciant la sessió…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connectat</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexió perduda</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tancada</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexió</translation>
    </message>
    <message>
        <source>%1 (%2 % of the median)</source>
        <translation>%1 (el %2 % de la mediana)</translation>
    </message>
    <message>
        <source>not a backup name</source>
        <translation>no és un nom de còpia de seguretat</translation>
    </message>
    <message>
        <source>Much smaller than the backups before it: a truncated dump looks like this.</source>
        <translation>Molt més petita que les còpies de seguretat anteriors: així és com es veu un bolcat truncat.</translation>
    </message>
    <message>
        <source>The name does not follow the naming pattern; it does not count for freshness.</source>
        <translation>El nom no segueix el patró de noms; no compta per determinar si les còpies són recents.</translation>
    </message>
    <message>
        <source>A backup of another database; it does not count for freshness.</source>
        <translation>Una còpia de seguretat d’una altra base de dades; no compta per determinar si les còpies són recents.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mida</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objecte</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de dades</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancel·lat</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallit</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fallit (%1)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation>Temps de restauració</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixada</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauració</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificació</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Còpia de seguretat</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimat</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincideix</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taula</translation>
    </message>
    <message>
        <source>Restored rows</source>
        <translation>Files restaurades</translation>
    </message>
    <message>
        <source>Production rows</source>
        <translation>Files a producció</translation>
    </message>
    <message>
        <source>Production count</source>
        <translation>Recompte de producció</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>This line was longer than %1 MiB and was cut there.</source>
        <translation>Aquesta línia superava %1 MiB i s’ha tallat en aquest punt.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivell</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Missatge</translation>
    </message>
    <message numerus="yes">
        <source> … [%n more bytes]</source>
        <translation>
            <numerusform> … [%n byte més]</numerusform>
            <numerusform> … [%n bytes més]</numerusform>
        </translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>en un altre lloc</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>encara no se sap</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en execució</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradat</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>aturat</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallit</translation>
    </message>
    <message>
        <source>missing on the server</source>
        <translation>no és al servidor</translation>
    </message>
    <message>
        <source>%1 (supporting)</source>
        <translation>%1 (de suport)</translation>
    </message>
    <message>
        <source>, compose service %1</source>
        <translation>, servei de compose %1</translation>
    </message>
    <message>
        <source>, unit %1</source>
        <translation>, unitat %1</translation>
    </message>
    <message>
        <source>Keychain key names (Tools › Credentials); the values are never in the map.</source>
        <translation>Noms de clau del clauer (Eines › Credencials); els valors no són mai al mapa.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Per a què serveix</translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation>On s’executa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>A qui preguntar</translation>
    </message>
    <message>
        <source>Configured in</source>
        <translation>Configurat a</translation>
    </message>
    <message>
        <source>Secrets (key names)</source>
        <translation>Secrets (noms de clau)</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>després de %1</translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation>sense còpia desplegada</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplica</translation>
    </message>
    <message>
        <source>Upstream lines</source>
        <translation>Línies originals</translation>
    </message>
    <message>
        <source>Deployed copy</source>
        <translation>Còpia desplegada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Canvi</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivell superior)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paràmetre</translation>
    </message>
    <message>
        <source>service added</source>
        <translation>servei afegit</translation>
    </message>
    <message>
        <source>service removed</source>
        <translation>servei suprimit</translation>
    </message>
    <message>
        <source>lacks it</source>
        <translation>hi falta</translation>
    </message>
    <message>
        <source>already has it</source>
        <translation>ja hi és</translation>
    </message>
    <message>
        <source>conflicts with a local change</source>
        <translation>entra en conflicte amb un canvi local</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): the deployed copy lacks it.</source>
        <translation>Canvi original %1 (afegit després de la línia %2): la còpia desplegada no el té.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): already in the deployed copy.</source>
        <translation>Canvi original %1 (afegit després de la línia %2): ja és a la còpia desplegada.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): conflicts with a local change in the deployed copy.</source>
        <translation>Canvi original %1 (afegit després de la línia %2): entra en conflicte amb un canvi local de la còpia desplegada.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): the deployed copy lacks it.</source>
        <translation>Canvi original %1 (línies %2-%3): la còpia desplegada no el té.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): already in the deployed copy.</source>
        <translation>Canvi original %1 (línies %2-%3): ja és a la còpia desplegada.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): conflicts with a local change in the deployed copy.</source>
        <translation>Canvi original %1 (línies %2-%3): entra en conflicte amb un canvi local de la còpia desplegada.</translation>
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
        <translation>Pas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intents</translation>
    </message>
    <message>
        <source>Started, took</source>
        <translation>Inici, durada</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidit per</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(ja no existeix)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>S’està executant…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>LV %1 in VG %2: %3</source>
        <translation>LV %1 al VG %2: %3</translation>
    </message>
    <message>
        <source>Logical volume %1 of volume group %2</source>
        <translation>Volum lògic %1 del grup de volums %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mounted on</source>
        <translation>Muntat a</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Ús</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usat</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Lliure</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositiu</translation>
    </message>
    <message>
        <source>The last refresh failed; this is from %1.</source>
        <translation>Ha fallat la darrera actualització; aquestes dades són de %1.</translation>
    </message>
    <message>
        <source>Refreshed %1.</source>
        <translation>Actualitzat: %1.</translation>
    </message>
    <message>
        <source>%1 (security release %2)</source>
        <translation>%1 (versió de seguretat %2)</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 disponible)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versió</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Darrera còpia de seguretat</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creat: %1</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>sense comprovació</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salut</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dies</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>ara</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>d’aquí a %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>fa %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instal·lat</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitat</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Darrer resultat</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Darrera execució</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>no programat</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en execució ara</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporitzador</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Propera execució</translation>
    </message>
    <message>
        <source>Activates</source>
        <translation>Activa</translation>
    </message>
</context>
<context>
    <name>Steward::Widgets</name>
    <message>
        <source>About Steward</source>
        <translation>Quant a Steward</translation>
    </message>
    <message>
        <source>A console for the volunteer tech group of a small cooperative Mastodon instance: servers, release notes, compose diffs, backups and the upgrade runbook.</source>
        <translation>Una consola per al grup tècnic voluntari d’una petita instància cooperativa de Mastodon: servidors, notes de versió, diferències de compose, còpies de seguretat i el procediment d’actualització.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Programari lliure sota la Llicència Pública General de GNU, versió 3 o posterior.</translation>
    </message>
    <message>
        <source>Built with %1</source>
        <translation>Compilat amb %1</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>&amp;Quant a Steward</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Quant a &amp;Qt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Afegeix un servidor</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>Edita el servidor</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>nom d’amfitrió o adreça</translation>
    </message>
    <message>
        <source>from ssh config, else your user name</source>
        <translation>de la configuració d’SSH o, si no, el vostre nom d’usuari</translation>
    </message>
    <message>
        <source>optional, e.g. ~/.ssh/id_ed25519</source>
        <translation>opcional, p. ex. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Amfitrió:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuari:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funció:</translation>
    </message>
    <message>
        <source>&amp;Compose directory:</source>
        <translation>&amp;Directori de compose:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>&amp;URL pública:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>Fitxer d’&amp;identitat:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Another server is already called “%1”.</source>
        <translation>Ja hi ha un altre servidor anomenat «%1».</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidors</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Afegeix…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Suprimeix…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mou &amp;amunt</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mou a&amp;vall</translation>
    </message>
    <message>
        <source>&amp;Import from SSH Config…</source>
        <translation>&amp;Importa de la configuració d’SSH…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Torna a carregar</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Suprimeix el servidor</translation>
    </message>
    <message>
        <source>Remove “%1” from the inventory? Nothing changes on the server itself.</source>
        <translation>Voleu suprimir «%1» de l’inventari? Al servidor mateix no canvia res.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Suprimeix</translation>
    </message>
    <message>
        <source>The inventory %1 could not be read: %2. The file is left as it is and nothing can be edited until it is fixed; correct it in an editor and reload.</source>
        <translation>No s’ha pogut llegir l’inventari %1: %2. El fitxer es deixa tal com és i no es pot editar res fins que es corregeixi; corregiu-lo en un editor i torneu-lo a carregar.</translation>
    </message>
    <message>
        <source>This is an example inventory. Change it, or import your hosts from your SSH config; your first change is saved to %1.</source>
        <translation>Aquest és un inventari d’exemple. Canvieu-lo o importeu els amfitrions de la configuració d’SSH; el primer canvi es desa a %1.</translation>
    </message>
    <message>
        <source>The inventory could not be saved: %1</source>
        <translation>No s’ha pogut desar l’inventari: %1</translation>
    </message>
    <message>
        <source>Import from SSH Config</source>
        <translation>Importa de la configuració d’SSH</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Amfitrió</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Es connecta a</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuari</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Already in the inventory</source>
        <translation>Ja és a l’inventari</translation>
    </message>
    <message>
        <source>Your SSH config names no host (entries with only wildcards are not offered).</source>
        <translation>La configuració d’SSH no anomena cap amfitrió (les entrades només amb comodins no s’ofereixen).</translation>
    </message>
    <message>
        <source>Choose the hosts to add to the inventory. Entries with only wildcards are not offered.</source>
        <translation>Trieu els amfitrions que s’afegiran a l’inventari. Les entrades només amb comodins no s’ofereixen.</translation>
    </message>
    <message>
        <source>Lines skipped in your SSH config:</source>
        <translation>Línies omeses a la configuració d’SSH:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compara</translation>
    </message>
    <message>
        <source>From server…</source>
        <translation>Del servidor…</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unificat</translation>
    </message>
    <message>
        <source>Fold unchanged lines</source>
        <translation>Plega les línies sense canvis</translation>
    </message>
    <message>
        <source>Old upstream: file or mastodon@v4.2.10</source>
        <translation>Original antic: fitxer o mastodon@v4.2.10</translation>
    </message>
    <message>
        <source>New upstream: file or mastodon@v4.3.0</source>
        <translation>Original nou: fitxer o mastodon@v4.3.0</translation>
    </message>
    <message>
        <source>Deployed copy (optional): file</source>
        <translation>Còpia desplegada (opcional): fitxer</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Canvi anterior</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Canvi següent</translation>
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
        <translation>Copia el pedaç</translation>
    </message>
    <message>
        <source>Save patch…</source>
        <translation>Desa el pedaç…</translation>
    </message>
    <message>
        <source>Deployed copy</source>
        <translation>Còpia desplegada</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resum</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Pedaç</translation>
    </message>
    <message>
        <source>Save patch</source>
        <translation>Desa el pedaç</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No es pot desar %1: %2</translation>
    </message>
    <message>
        <source>Choose the old and the new upstream file.</source>
        <translation>Trieu el fitxer original antic i el nou.</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 línies sense canvis</translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation>Afegeix una credencial</translation>
    </message>
    <message>
        <source>web1, github.com, social.coop…</source>
        <translation>web1, github.com, social.coop…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipus:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret:</translation>
    </message>
    <message>
        <source>For an S3 key pair, enter ACCESS_KEY_ID:SECRET_ACCESS_KEY.</source>
        <translation>Per a un parell de claus S3, introduïu ACCESS_KEY_ID:SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Replace Credential</source>
        <translation>Substitueix la credencial</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>S&amp;ubstitueix…</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Oblida…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credencials</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Desat a</translation>
    </message>
    <message>
        <source>&amp;Import from pass…</source>
        <translation>&amp;Importa de pass…</translation>
    </message>
    <message>
        <source>Keychain: %1 (checking…)</source>
        <translation>Clauer: %1 (s’està comprovant…)</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Clauer: %1</translation>
    </message>
    <message>
        <source>Keychain: %1 (unavailable)</source>
        <translation>Clauer: %1 (no disponible)</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1). Secrets you enter now are kept for this session only and are never written to disk.</source>
        <translation>El clauer no està disponible (%1). Els secrets que introduïu ara es conserven només per a aquesta sessió i no s’escriuen mai al disc.</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Només aquesta sessió</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Clauer</translation>
    </message>
    <message>
        <source>The keychain no longer holds %1 for %2.</source>
        <translation>El clauer ja no conté %1 de %2.</translation>
    </message>
    <message>
        <source>Forget Credential</source>
        <translation>Oblida la credencial</translation>
    </message>
    <message>
        <source>Forget the %1 for %2? It is removed from the keychain.</source>
        <translation>Voleu oblidar %1 de %2? Se suprimirà del clauer.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oblida</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tanca</translation>
    </message>
    <message>
        <source>Import from pass</source>
        <translation>Importa de pass</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Navega…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Carrega</translation>
    </message>
    <message>
        <source>Password store:</source>
        <translation>Magatzem de contrasenyes:</translation>
    </message>
    <message>
        <source>Check the entries to import and say what each one is. Steward runs pass show for each and stores the first line in the keychain.</source>
        <translation>Marqueu les entrades que voleu importar i indiqueu què és cadascuna. Steward executa pass show per a cadascuna i desa la primera línia al clauer.</translation>
    </message>
    <message>
        <source>Password Store</source>
        <translation>Magatzem de contrasenyes</translation>
    </message>
    <message>
        <source>There is no password store at %1.</source>
        <translation>No hi ha cap magatzem de contrasenyes a %1.</translation>
    </message>
    <message>
        <source>%1 holds no pass entries.</source>
        <translation>%1 no conté cap entrada de pass.</translation>
    </message>
    <message>
        <source>Name a server first.</source>
        <translation>Primer indiqueu un servidor.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>S’està esperant…</translation>
    </message>
    <message>
        <source>Check at least one entry with a server.</source>
        <translation>Marqueu almenys una entrada amb un servidor.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;l·la</translation>
    </message>
    <message>
        <source>Import cancelled: %1 imported, %2 failed.</source>
        <translation>Importació cancel·lada: %1 importades, %2 fallides.</translation>
    </message>
    <message>
        <source>%1 imported, %2 failed.</source>
        <translation>%1 importades, %2 fallides.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>References from GitHub</source>
        <translation>Referències de GitHub</translation>
    </message>
    <message>
        <source>References from a local git checkout</source>
        <translation>Referències d’una còpia local de git</translation>
    </message>
    <message>
        <source>Where mastodon@vX.Y.Z references are read: GitHub (cached on disk) or the tags of a local Mastodon git checkout.</source>
        <translation>D’on es llegeixen les referències mastodon@vX.Y.Z: de GitHub (en memòria cau al disc) o de les etiquetes d’una còpia local del repositori git de Mastodon.</translation>
    </message>
    <message>
        <source>Path of the Mastodon git checkout</source>
        <translation>Camí de la còpia local del repositori git de Mastodon</translation>
    </message>
    <message>
        <source>Reading the deployed docker-compose.yml from the server…</source>
        <translation>S’està llegint el docker-compose.yml desplegat del servidor…</translation>
    </message>
    <message>
        <source>The deployed copy could not be read: %1</source>
        <translation>No s’ha pogut llegir la còpia desplegada: %1</translation>
    </message>
    <message>
        <source>Comparison cancelled; the previous comparison is still shown.</source>
        <translation>S’ha cancel·lat la comparació; es continua mostrant la comparació anterior.</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>S’ha cancel·lat la comparació.</translation>
    </message>
    <message>
        <source>Choose the local git checkout to read references from.</source>
        <translation>Trieu la còpia local de git d’on es llegiran les referències.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguretat</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migracions</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Incompatible</translation>
    </message>
    <message>
        <source>Upgrade notes</source>
        <translation>Notes d’actualització</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Versió preliminar</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Hometown</translation>
    </message>
    <message>
        <source>%1 from GitHub</source>
        <translation>%1 de GitHub</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 en memòria cau</translation>
    </message>
    <message>
        <source>bundled CHANGELOG.md</source>
        <translation>CHANGELOG.md inclòs</translation>
    </message>
    <message>
        <source>%1 (CHANGELOG)</source>
        <translation>%1 (CHANGELOG)</translation>
    </message>
    <message>
        <source>%1 unavailable</source>
        <translation>%1 no disponible</translation>
    </message>
    <message>
        <source>Show prereleases</source>
        <translation>Mostra les versions preliminars</translation>
    </message>
    <message>
        <source>Export plan as Markdown…</source>
        <translation>Exporta el pla com a Markdown…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualitza</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Totes</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Search versions and notes</source>
        <translation>Cerca versions i notes</translation>
    </message>
    <message>
        <source>Running version, e.g. 4.2.10</source>
        <translation>Versió en execució, p. ex. 4.2.10</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Escrita a mà</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Upgrade plan</source>
        <translation>Pla d’actualització</translation>
    </message>
    <message>
        <source>Fetching release notes from GitHub (%1 of %2 done)…</source>
        <translation>S’estan obtenint les notes de versió de GitHub (%1 de %2 fetes)…</translation>
    </message>
    <message>
        <source>Fetch cancelled.</source>
        <translation>S’ha cancel·lat l’obtenció.</translation>
    </message>
    <message>
        <source>Release notes not fetched yet.</source>
        <translation>Encara no s’han obtingut les notes de versió.</translation>
    </message>
    <message>
        <source>Fetching release notes from GitHub (0 of %1 done)…</source>
        <translation>S’estan obtenint les notes de versió de GitHub (0 de %1 fetes)…</translation>
    </message>
    <message>
        <source>Reading release notes…</source>
        <translation>S’estan llegint les notes de versió…</translation>
    </message>
    <message>
        <source>Releases: %1 · %2</source>
        <translation>Versions: %1 · %2</translation>
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
        <translation>Publicada el %1 · %2</translation>
    </message>
    <message>
        <source>%1 runs %2 (from %3)</source>
        <translation>%1 executa %2 (segons %3)</translation>
    </message>
    <message>
        <source>%1 (latest patch of %2.%3)</source>
        <translation>%1 (darrer pedaç de %2.%3)</translation>
    </message>
    <message>
        <source>%1 (next line)</source>
        <translation>%1 (línia següent)</translation>
    </message>
    <message>
        <source>Type the version a server runs to plan its upgrade.</source>
        <translation>Escriviu la versió que executa un servidor per planificar-ne l’actualització.</translation>
    </message>
    <message>
        <source>“%1” is not a Mastodon or Hometown version.</source>
        <translation>«%1» no és una versió de Mastodon ni de Hometown.</translation>
    </message>
    <message>
        <source>No release notes yet.</source>
        <translation>Encara no hi ha notes de versió.</translation>
    </message>
    <message>
        <source>The notes hold no release newer than %1.</source>
        <translation>Les notes no contenen cap versió posterior a %1.</translation>
    </message>
    <message>
        <source>Export plan as Markdown</source>
        <translation>Exporta el pla com a Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No s’ha pogut escriure %1: %2</translation>
    </message>
    <message>
        <source>Plan written to %1.</source>
        <translation>S’ha escrit el pla a %1.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecta</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clau d’amfitrió desconeguda</translation>
    </message>
    <message>
        <source>Steward has never connected to &lt;b&gt;%1&lt;/b&gt; before and cannot tell whether this is really that server. Compare the key below with what the server&apos;s administrator reads on the server itself:</source>
        <translation>Steward no s’ha connectat mai a &lt;b&gt;%1&lt;/b&gt; i no pot saber si és realment aquest servidor. Compareu la clau de sota amb el que llegeix l’administrador del servidor al mateix servidor:</translation>
    </message>
    <message>
        <source>Trust it only if the fingerprints are the same.</source>
        <translation>Confieu-hi només si les empremtes són iguals.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Confia i connecta</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de pas de la clau</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Contrasenya SSH</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recorda al clauer</translation>
    </message>
    <message>
        <source>Kept once it has worked.</source>
        <translation>Es desa un cop ha funcionat.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>No hi ha cap clauer disponible.</translation>
    </message>
    <message>
        <source>Read the deployed docker-compose.yml of the chosen server over SSH (SFTP).</source>
        <translation>Llegeix el docker-compose.yml desplegat del servidor triat per SSH (SFTP).</translation>
    </message>
    <message>
        <source>The server whose deployed copy is compared.</source>
        <translation>El servidor la còpia desplegada del qual es compara.</translation>
    </message>
    <message>
        <source>(typed by hand)</source>
        <translation>(escrita a mà)</translation>
    </message>
    <message>
        <source>Plan from the version a connected server runs.</source>
        <translation>Planifica a partir de la versió que executa un servidor connectat.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect Again</source>
        <translation>Torna a connectar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation>Resultat combinat</translation>
    </message>
    <message>
        <source>The deployed copy with the ticked upstream changes; each upstream change&apos;s lines are marked by where ours stands on it.</source>
        <translation>La còpia desplegada amb els canvis originals marcats; les línies de cada canvi original es marquen segons com hi està la nostra.</translation>
    </message>
    <message>
        <source>Where the deployed copy stands on each upstream change, as marked beside the diff, in the overview bar and in the Merged result tab.</source>
        <translation>Com està la còpia desplegada respecte a cada canvi original, marcat al costat del diff, a la barra de visió general i a la pestanya Resultat combinat.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>legend: status, number of upstream changes</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deployed copy:</source>
        <translation>Còpia desplegada:</translation>
    </message>
    <message>
        <source>%1
Applied in the merged result.</source>
        <translation>%1
Aplicat al resultat combinat.</translation>
    </message>
    <message>
        <source>%1
Not applied: the deployed copy&apos;s lines are kept.</source>
        <translation>%1
No aplicat: es mantenen les línies de la còpia desplegada.</translation>
    </message>
    <message>
        <source>bundled CHANGELOG.md for %1</source>
        <translation>CHANGELOG.md inclòs per a %1</translation>
    </message>
    <message>
        <source>%1 (CHANGELOG) for %2</source>
        <translation>%1 (CHANGELOG) per a %2</translation>
    </message>
    <message>
        <source>No release list and no saved copy for %1: its releases come from %2 instead, which lacks the upgrade notes of GitHub&apos;s releases and the patch releases made only on stable branches.</source>
        <translation>No hi ha llista de versions ni còpia desada per a %1: les seves versions vénen de %2, que no té les notes d’actualització de les versions de GitHub ni les versions de pedaç publicades només a les branques estables.</translation>
    </message>
    <message>
        <source>the bundled CHANGELOG.md</source>
        <translation>el CHANGELOG.md inclòs</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fes la còpia de seguretat ara</translation>
    </message>
    <message>
        <source>Start the backup unit now and follow it.</source>
        <translation>Inicia ara la unitat de còpia de seguretat i segueix-la.</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Simulacre de restauració</translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host into a scratch database, prove it against production, then drop it.</source>
        <translation>Restaura la còpia de seguretat més recent a l’amfitrió de simulacre en una base de dades temporal, la contrasta amb producció i després l’elimina.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catàleg</translation>
    </message>
    <message>
        <source>Start the backup unit with “Back up now”.</source>
        <translation>Inicieu la unitat de còpia de seguretat amb «Fes la còpia de seguretat ara».</translation>
    </message>
    <message>
        <source>Open the unit&apos;s journal in Logs</source>
        <translation>Obre el diari de la unitat a Registres</translation>
    </message>
    <message>
        <source>Follow the backup unit&apos;s journal on the server in the Logs panel, to search and save it</source>
        <translation>Segueix el diari de la unitat de còpia de seguretat al servidor des del panell Registres, per cercar-hi i desar-lo</translation>
    </message>
    <message>
        <source>Backup run</source>
        <translation>Execució de la còpia de seguretat</translation>
    </message>
    <message>
        <source>No drill in this session yet.</source>
        <translation>Encara no hi ha cap simulacre en aquesta sessió.</translation>
    </message>
    <message>
        <source>Open in Logs</source>
        <translation>Obre a Registres</translation>
    </message>
    <message>
        <source>Open the drill&apos;s log in the Logs panel, to search and save it</source>
        <translation>Obre el registre del simulacre al panell Registres, per cercar-hi i desar-lo</translation>
    </message>
    <message>
        <source>restore drill · %1</source>
        <translation>simulacre de restauració · %1</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Simulacre</translation>
    </message>
    <message>
        <source>Drill history</source>
        <translation>Historial de simulacres</translation>
    </message>
    <message>
        <source>No server of the inventory has backup settings. Add a “backup:” map with its bucket to a server (docs/backups.md).</source>
        <translation>Cap servidor de l’inventari no té configuració de còpies de seguretat. Afegiu una assignació «backup:» amb el seu bucket a un servidor (docs/backups.md).</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Sospitosa</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Antiga</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Cap còpia de seguretat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconegut</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Encara no llegit</translation>
    </message>
    <message>
        <source>Backup size and interval</source>
        <translation>Mida i interval de les còpies de seguretat</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Mida (MB)</translation>
    </message>
    <message>
        <source>Suspiciously small</source>
        <translation>Sospitosament petita</translation>
    </message>
    <message>
        <source>Hours since the previous</source>
        <translation>Hores des de l’anterior</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hores</translation>
    </message>
    <message>
        <source>Measured restore time</source>
        <translation>Temps de restauració mesurat</translation>
    </message>
    <message>
        <source>Passed (s)</source>
        <translation>Superat (s)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallit</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segons</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>S’està connectant a %1…</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>No es pot iniciar la còpia de seguretat: %1</translation>
    </message>
    <message>
        <source>Running: %1 s of about %2 s (the last successful run).</source>
        <translation>En execució: %1 s d’uns %2 s (la darrera execució correcta).</translation>
    </message>
    <message>
        <source>Running: %1 s (no earlier run to compare with).</source>
        <translation>En execució: %1 s (no hi ha cap execució anterior per comparar).</translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s.</source>
        <translation>%1 ha acabat bé en %2 s.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallat: %2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Ha fallat la còpia de seguretat: %1</translation>
    </message>
    <message>
        <source>No longer following %1 (the unit goes on).</source>
        <translation>Ja no se segueix %1 (la unitat continua).</translation>
    </message>
    <message>
        <source>%1 has no drill host in the inventory.</source>
        <translation>%1 no té cap amfitrió de simulacre a l’inventari.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Drill passed on %1, %2.</source>
        <translation>Simulacre superat a %1, %2.</translation>
    </message>
    <message>
        <source>Drill cancelled on %1.</source>
        <translation>Simulacre cancel·lat a %1.</translation>
    </message>
    <message>
        <source>Drill FAILED on %1 (%2).</source>
        <translation>Simulacre FALLIT a %1 (%2).</translation>
    </message>
    <message>
        <source>Last drill: %1</source>
        <translation>Darrer simulacre: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Atura</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reinicia</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tots els nivells</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Info i més greus</translation>
    </message>
    <message>
        <source>Notice and worse</source>
        <translation>Notice i més greus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos i errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Només errors</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Filtra les línies…</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Expressió regular</translation>
    </message>
    <message>
        <source>Hide matching</source>
        <translation>Amaga les coincidències</translation>
    </message>
    <message>
        <source>From (e.g. -1h, 09:30)</source>
        <translation>Des de (p. ex. -1h, 09:30)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fins a</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidència anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Següent</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidència següent (F3)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Segueix</translation>
    </message>
    <message>
        <source>Keep the newest lines in view (End)</source>
        <translation>Mantén visibles les línies més noves (Fi)</translation>
    </message>
    <message>
        <source>Jump to time…</source>
        <translation>Salta a una hora…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Desa…</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s): End or Follow to see them</source>
        <translation>
            <numerusform>%n línia nova: Fi o Segueix per veure-la</numerusform>
            <numerusform>%n línies noves: Fi o Segueix per veure-les</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Cerca: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>S’està cercant…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Cap coincidència</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidència</numerusform>
            <numerusform>%n coincidències</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 línies</translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>Es mostren %1 de %2 línies</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No es pot escriure %1: %2</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Desa el registre</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>Fitxers de text (*.txt *.log)</translation>
    </message>
    <message>
        <source>Jump to time: %1</source>
        <translation>Salta a l’hora: %1</translation>
    </message>
    <message>
        <source>New here: your key</source>
        <translation>Nouvingut: la vostra clau</translation>
    </message>
    <message>
        <source>Make your own SSH key, send its public part to a member of the tech group, and check that it lets you in once they have added it. Its passphrase is kept in your keychain.</source>
        <translation>Creeu la vostra clau SSH, envieu-ne la part pública a un membre del grup tècnic i comproveu que us deixa entrar un cop l’hagin afegida. La seva frase de pas es desa al vostre clauer.</translation>
    </message>
    <message>
        <source>Who the key is, as the members will see it in the servers&apos; authorized_keys</source>
        <translation>De qui és la clau, tal com la veuran els membres al fitxer authorized_keys dels servidors</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fitxer de clau:</translation>
    </message>
    <message>
        <source>Name on the key:</source>
        <translation>Nom a la clau:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de pas:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Repetiu la frase de pas:</translation>
    </message>
    <message>
        <source>Make my key</source>
        <translation>Crea la meva clau</translation>
    </message>
    <message>
        <source>Your public key shows here: the line to send.</source>
        <translation>Aquí es mostra la vostra clau pública: la línia que cal enviar.</translation>
    </message>
    <message>
        <source>Copy the public key, to send it to the tech group</source>
        <translation>Copia la clau pública per enviar-la al grup tècnic</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Comprova l’accés</translation>
    </message>
    <message>
        <source>Log in to the server with this key only (no agent, no other key), then log out</source>
        <translation>Inicia la sessió al servidor només amb aquesta clau (sense agent ni cap altra clau) i després tanca-la</translation>
    </message>
    <message>
        <source>A member: give or take access</source>
        <translation>Un membre: dona o retira l’accés</translation>
    </message>
    <message>
        <source>Add a newcomer&apos;s public key to a server&apos;s authorized_keys, or remove a key. The file&apos;s other lines stay as they are.</source>
        <translation>Afegeix la clau pública d’un nouvingut al fitxer authorized_keys d’un servidor, o suprimeix-ne una clau. Les altres línies del fitxer es queden com estan.</translation>
    </message>
    <message>
        <source>The authorized_keys file on the server (from the SSH user&apos;s home when relative). On the lab, Steward asks the lab where its own is.</source>
        <translation>El fitxer authorized_keys del servidor (des del directori personal de l’usuari SSH si és relatiu). Al laboratori, Steward pregunta al laboratori on és el seu.</translation>
    </message>
    <message>
        <source>File on the server:</source>
        <translation>Fitxer al servidor:</translation>
    </message>
    <message>
        <source>List keys</source>
        <translation>Llista les claus</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Suprimeix…</translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s public key: ssh-ed25519 AAAA… name</source>
        <translation>Enganxeu la clau pública del nouvingut: ssh-ed25519 AAAA… nom</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Afegeix…</translation>
    </message>
    <message>
        <source>There is a key in this file already: its public key is shown below. Choose another file name to make a new one.</source>
        <translation>Ja hi ha una clau en aquest fitxer: la seva clau pública es mostra a sota. Trieu un altre nom de fitxer per crear-ne una de nova.</translation>
    </message>
    <message>
        <source>The file is being replaced in one step: this cannot be stopped halfway.</source>
        <translation>El fitxer s’està substituint d’un sol cop: això no es pot aturar a mig camí.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancel·lat.</translation>
    </message>
    <message>
        <source>Say where the key goes (a file name).</source>
        <translation>Indiqueu on va la clau (un nom de fitxer).</translation>
    </message>
    <message>
        <source>Choose a passphrase: it protects the key if your computer is lost. Steward keeps it in your keychain.</source>
        <translation>Trieu una frase de pas: protegeix la clau si perdeu l’ordinador. Steward la desa al vostre clauer.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation>Les dues frases de pas no coincideixen: torneu-les a escriure.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>No es pot crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Making the key (ssh-keygen)…</source>
        <translation>S’està creant la clau (ssh-keygen)…</translation>
    </message>
    <message>
        <source>The key was not made: %1</source>
        <translation>No s’ha creat la clau: %1</translation>
    </message>
    <message>
        <source>Your key is made. Steward has no keychain here: it will ask for the passphrase when it uses the key.</source>
        <translation>S’ha creat la clau. Steward no té clauer aquí: demanarà la frase de pas quan faci servir la clau.</translation>
    </message>
    <message>
        <source>Keeping the passphrase in the keychain…</source>
        <translation>S’està desant la frase de pas al clauer…</translation>
    </message>
    <message>
        <source>Your key is made and its passphrase is kept in the keychain. Send the public key below to the tech group.</source>
        <translation>S’ha creat la clau i la seva frase de pas s’ha desat al clauer. Envieu la clau pública de sota al grup tècnic.</translation>
    </message>
    <message>
        <source>Your key is made. The keychain is not available: Steward keeps the passphrase until it quits.</source>
        <translation>S’ha creat la clau. El clauer no està disponible: Steward conserva la frase de pas fins que surti.</translation>
    </message>
    <message>
        <source>Your key is made, but the keychain did not keep its passphrase: %1</source>
        <translation>S’ha creat la clau, però el clauer no n’ha desat la frase de pas: %1</translation>
    </message>
    <message>
        <source>There is no key in %1 yet: make it first.</source>
        <translation>Encara no hi ha cap clau a %1: creeu-la primer.</translation>
    </message>
    <message>
        <source>Logging in to %1 with %2…</source>
        <translation>S’està iniciant la sessió a %1 amb %2…</translation>
    </message>
    <message>
        <source>Asking the keychain for the key&apos;s passphrase…</source>
        <translation>S’està demanant al clauer la frase de pas de la clau…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>S’està iniciant la sessió…</translation>
    </message>
    <message>
        <source>Access granted: your key logs in to %1 as %2.</source>
        <translation>Accés concedit: la vostra clau inicia la sessió a %1 com a %2.</translation>
    </message>
    <message>
        <source>Steward does not know the server&apos;s host key yet: connect to it once from the Servers panel, then check again.</source>
        <translation>Steward encara no coneix la clau d’amfitrió del servidor: connecteu-vos-hi un cop des del panell Servidors i torneu-ho a comprovar.</translation>
    </message>
    <message>
        <source>No access to %1 with this key yet: %2</source>
        <translation>Encara no hi ha accés a %1 amb aquesta clau: %2</translation>
    </message>
    <message>
        <source>This is not a public key Steward can add: %1</source>
        <translation>Això no és una clau pública que Steward pugui afegir: %1</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Afegeix una clau</translation>
    </message>
    <message>
        <source>Add the key “%1” (%2) to %3 on %4?

Whoever holds its private key can then log in to %4 as its SSH user.</source>
        <translation>Voleu afegir la clau «%1» (%2) a %3 a %4?

Qui tingui la seva clau privada podrà iniciar la sessió a %4 com el seu usuari SSH.</translation>
    </message>
    <message>
        <source>Remove a key</source>
        <translation>Suprimeix una clau</translation>
    </message>
    <message>
        <source>Remove the key “%1” (%2) from %3 on %4?

Whoever logs in to %4 with it will no longer be able to.</source>
        <translation>Voleu suprimir la clau «%1» (%2) de %3 a %4?

Qui iniciï la sessió a %4 amb aquesta clau ja no podrà fer-ho.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No es pot accedir a %1: %2</translation>
    </message>
    <message>
        <source>Asking the lab where its authorized_keys is…</source>
        <translation>S’està preguntant al laboratori on és el seu authorized_keys…</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>S’ha perdut la connexió.</translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation>S’està llegint %1 a %2…</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 a %2: %3</translation>
    </message>
    <message>
        <source>The key “%1” can now log in to %2.</source>
        <translation>Ara la clau «%1» pot iniciar la sessió a %2.</translation>
    </message>
    <message>
        <source>The key “%1” no longer logs in to %2.</source>
        <translation>La clau «%1» ja no inicia la sessió a %2.</translation>
    </message>
    <message>
        <source>The key “%1” is no longer in %2 on %3.</source>
        <translation>La clau «%1» ja no és a %2 a %3.</translation>
    </message>
    <message>
        <source>Writing %1 on %2…</source>
        <translation>S’està escrivint %1 a %2…</translation>
    </message>
    <message>
        <source>(no name on the key)</source>
        <translation>(la clau no té nom)</translation>
    </message>
    <message>
        <source>Edit the services map</source>
        <translation>Edita el mapa de serveis</translation>
    </message>
    <message>
        <source>%1: checked when you save; nothing is written while it has an error (docs/onboarding.md has the format).</source>
        <translation>%1: es comprova quan deseu; no s’escriu res mentre tingui un error (el format és a docs/onboarding.md).</translation>
    </message>
    <message>
        <source>The map is over 1 MiB: Steward does not read it.</source>
        <translation>El mapa ocupa més d’1 MiB: Steward no el llegeix.</translation>
    </message>
    <message>
        <source>Not saved: line %1, column %2: %3</source>
        <translation>No desat: línia %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No desat: %1</translation>
    </message>
    <message>
        <source>Not saved: the folder %1 cannot be made.</source>
        <translation>No desat: no es pot crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Not saved: %1 cannot be written: %2</source>
        <translation>No desat: no es pot escriure %1: %2</translation>
    </message>
    <message>
        <source>Edit map…</source>
        <translation>Edita el mapa…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
    <message>
        <source>Try on the lab shows the real output here.</source>
        <translation>«Prova-ho al laboratori» mostra aquí la sortida real.</translation>
    </message>
    <message>
        <source>Copy the command for a terminal on the server</source>
        <translation>Copia l’ordre per a un terminal al servidor</translation>
    </message>
    <message>
        <source>Try on the lab</source>
        <translation>Prova-ho al laboratori</translation>
    </message>
    <message>
        <source>What its output looks like:</source>
        <translation>Com és la seva sortida:</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Ordres</translation>
    </message>
    <message>
        <source>Check my goal on the lab</source>
        <translation>Comprova el meu objectiu al laboratori</translation>
    </message>
    <message>
        <source>Prepare the lab for this lesson</source>
        <translation>Prepara el laboratori per a aquesta lliçó</translation>
    </message>
    <message>
        <source>Resets the lab when the lesson starts from a clean lab, and switches its faults on or off as the lesson needs.</source>
        <translation>Restableix el laboratori quan la lliçó comença amb un laboratori net i n’activa o desactiva les avaries segons el que necessiti la lliçó.</translation>
    </message>
    <message>
        <source>Lessons on the lab</source>
        <translation>Lliçons al laboratori</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accés</translation>
    </message>
    <message>
        <source>The services map %1 does not load: %2</source>
        <translation>El mapa de serveis %1 no es carrega: %2</translation>
    </message>
    <message>
        <source>The group&apos;s services, from %1. Hover a row for its links.</source>
        <translation>Els serveis del grup, segons %1. Passeu el ratolí per sobre d’una fila per veure’n els enllaços.</translation>
    </message>
    <message>
        <source>Edit %1 in Steward</source>
        <translation>Edita %1 a Steward</translation>
    </message>
    <message>
        <source>The services map %1 cannot be opened: %2</source>
        <translation>No es pot obrir el mapa de serveis %1: %2</translation>
    </message>
    <message>
        <source>it is over 1 MiB</source>
        <translation>ocupa més d’1 MiB</translation>
    </message>
    <message>
        <source>The command glossary does not load: %1</source>
        <translation>El glossari d’ordres no es carrega: %1</translation>
    </message>
    <message>
        <source>Changes the server&apos;s state: tried on the lab only</source>
        <translation>Canvia l’estat del servidor: només es prova al laboratori</translation>
    </message>
    <message>
        <source>What it does: %1</source>
        <translation>Què fa: %1</translation>
    </message>
    <message>
        <source>When to use it: %1</source>
        <translation>Quan fer-la servir: %1</translation>
    </message>
    <message>
        <source>What the output means: %1</source>
        <translation>Què vol dir la sortida: %1</translation>
    </message>
    <message>
        <source>It changes the server&apos;s state: from here it runs on the lab only.</source>
        <translation>Canvia l’estat del servidor: des d’aquí només s’executa al laboratori.</translation>
    </message>
    <message>
        <source>It needs a terminal: copy it, it is not tried from here.</source>
        <translation>Necessita un terminal: copieu-la, no es prova des d’aquí.</translation>
    </message>
    <message>
        <source>Start Steward with --lab to try commands on the lab.</source>
        <translation>Inicieu Steward amb --lab per provar ordres al laboratori.</translation>
    </message>
    <message>
        <source>[stopped following after a few seconds]</source>
        <translation>[s’ha deixat de seguir al cap d’uns segons]</translation>
    </message>
    <message>
        <source>A bad night: the lab&apos;s %1 fault is on for this lesson (steward-lab fault NAME on).</source>
        <translation>Una mala nit: l’avaria %1 del laboratori està activada per a aquesta lliçó (steward-lab fault NAME on).</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Feta el %1.</translation>
    </message>
    <message>
        <source>Start Steward with --lab to practise.</source>
        <translation>Inicieu Steward amb --lab per practicar.</translation>
    </message>
    <message>
        <source>Looking at the lab…</source>
        <translation>S’està mirant el laboratori…</translation>
    </message>
    <message>
        <source>Goal reached: the lesson is marked done.</source>
        <translation>Objectiu assolit: la lliçó es marca com a feta.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Encara no: %1</translation>
    </message>
    <message>
        <source>Steward cannot check this goal yet: %1</source>
        <translation>Steward encara no pot comprovar aquest objectiu: %1</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>No s’ha pogut executar la comprovació: %1</translation>
    </message>
    <message>
        <source>The lab cannot be reached: %1</source>
        <translation>No es pot accedir al laboratori: %1</translation>
    </message>
    <message>
        <source>Resetting the lab (a minute or two)…</source>
        <translation>S’està restablint el laboratori (un minut o dos)…</translation>
    </message>
    <message>
        <source>Switching the lab&apos;s faults…</source>
        <translation>S’estan canviant les avaries del laboratori…</translation>
    </message>
    <message>
        <source>The lab is ready for this lesson.</source>
        <translation>El laboratori està a punt per a aquesta lliçó.</translation>
    </message>
    <message>
        <source>The lab could not be prepared: %1</source>
        <translation>No s’ha pogut preparar el laboratori: %1</translation>
    </message>
    <message>
        <source>Welcome to Steward</source>
        <translation>Us donem la benvinguda a Steward</translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config…</source>
        <translation>Importa de ~/.ssh/config…</translation>
    </message>
    <message>
        <source>Import an Ansible inventory…</source>
        <translation>Importa un inventari d’Ansible…</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Afegeix un servidor…</translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation>Obre el laboratori</translation>
    </message>
    <message>
        <source>The servers you already reach with ssh: Steward takes their host names, users, ports and keys from your SSH configuration.</source>
        <translation>Els servidors als quals ja accediu amb ssh: Steward n’agafa els noms d’amfitrió, els usuaris, els ports i les claus de la vostra configuració d’SSH.</translation>
    </message>
    <message>
        <source>If your group sets up its servers with Ansible: its inventory file lists them.</source>
        <translation>Si el vostre grup configura els servidors amb Ansible: el seu fitxer d’inventari els llista.</translation>
    </message>
    <message>
        <source>Type in one server yourself: a name, its address and the SSH user.</source>
        <translation>Escriviu vosaltres mateixos un servidor: un nom, la seva adreça i l’usuari SSH.</translation>
    </message>
    <message>
        <source>Practise first: a rehearsal Mastodon server on this computer, reached over SSH like the real one. Nothing you try there touches production.</source>
        <translation>Practiqueu primer: un servidor de Mastodon d’assaig en aquest ordinador, al qual s’accedeix per SSH com al real. Res del que hi proveu no toca producció.</translation>
    </message>
    <message>
        <source>All of this stays in the Servers panel&apos;s toolbar; this page goes away once your inventory has a server.</source>
        <translation>Tot això continua a la barra d’eines del panell Servidors; aquesta pàgina desapareix quan l’inventari té un servidor.</translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and it does not know them yet: the table below is only an example. Tell it where your servers are, in one of these ways:</source>
        <translation>Steward té cura dels servidors del vostre grup per SSH, i encara no els coneix: la taula de sota és només un exemple. Digueu-li on són els vostres servidors d’una d’aquestes maneres:</translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and your inventory has none yet. Tell it where your servers are, in one of these ways:</source>
        <translation>Steward té cura dels servidors del vostre grup per SSH, i el vostre inventari encara no en té cap. Digueu-li on són els vostres servidors d’una d’aquestes maneres:</translation>
    </message>
    <message>
        <source>The lab is not installed here. Where it is (a Steward built from its sources, or the Debian package), start Steward with “steward --lab” to open it on the lab.</source>
        <translation>El laboratori no està instal·lat aquí. On ho estigui (un Steward compilat a partir del codi font o el paquet de Debian), inicieu Steward amb «steward --lab» per obrir-lo al laboratori.</translation>
    </message>
    <message>
        <source>Starting the lab…</source>
        <translation>S’està iniciant el laboratori…</translation>
    </message>
    <message>
        <source>The lab did not start: %1</source>
        <translation>El laboratori no s’ha iniciat: %1</translation>
    </message>
    <message>
        <source>Prepare the upgrade run…</source>
        <translation>Prepara l’execució de l’actualització…</translation>
    </message>
    <message>
        <source>Open the upgrade runbook with this plan: its target, the migrations to expect and the dependency floors it checks on the server</source>
        <translation>Obre el procediment d’actualització amb aquest pla: la seva destinació, les migracions esperades i les versions mínimes de dependències que comprova al servidor</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Execució de prova</translation>
    </message>
    <message>
        <source>Show exactly what each step will send or do, without running anything</source>
        <translation>Mostra exactament què enviarà o farà cada pas, sense executar res</translation>
    </message>
    <message>
        <source>Start run…</source>
        <translation>Inicia l’execució…</translation>
    </message>
    <message>
        <source>Run id (steward runbook status lists them)</source>
        <translation>Id d’execució (steward runbook status els llista)</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Obre l’execució</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripció</translation>
    </message>
    <message>
        <source>Show the run&apos;s transcript: every step, command, output, approval and override, with times</source>
        <translation>Mostra la transcripció de l’execució: cada pas, ordre, sortida, aprovació i forçament, amb les hores</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporta…</translation>
    </message>
    <message>
        <source>Save the run&apos;s transcript as a Markdown file</source>
        <translation>Desa la transcripció de l’execució com a fitxer Markdown</translation>
    </message>
    <message>
        <source>Open the selected step&apos;s output in the Logs panel, to search and save it</source>
        <translation>Obre la sortida del pas seleccionat al panell Registres, per cercar-hi i desar-la</translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation>Procediment:</translation>
    </message>
    <message>
        <source>Reason (recorded; needed to skip, override or stop)</source>
        <translation>Motiu (es registra; cal per ometre, forçar o aturar)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprova</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Torna-ho a provar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omet</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Força</translation>
    </message>
    <message>
        <source>Stop run</source>
        <translation>Atura l’execució</translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation>Exporta la transcripció</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Some runbooks do not load:
%1</source>
        <translation>Alguns procediments no es carreguen:
%1</translation>
    </message>
    <message>
        <source>Choose a runbook and a server first.</source>
        <translation>Primer trieu un procediment i un servidor.</translation>
    </message>
    <message>
        <source>A run is open in this panel (%1). Stop it, or let it finish, first.</source>
        <translation>Hi ha una execució oberta en aquest panell (%1). Primer atureu-la o deixeu que acabi.</translation>
    </message>
    <message>
        <source>There is no runbook “%1”.</source>
        <translation>No hi ha cap procediment «%1».</translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Read the dry run, then start.</source>
        <translation>Emplenat a partir del pla d’actualització. Llegiu l’execució de prova i després comenceu.</translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Still to fill: %1.</source>
        <translation>Emplenat a partir del pla d’actualització. Encara falta emplenar: %1.</translation>
    </message>
    <message>
        <source>Announcement: %1 of %2 characters</source>
        <translation>Anunci: %1 de %2 caràcters</translation>
    </message>
    <message>
        <source> (Mastodon&apos;s default; %1&apos;s own limit is read when it is refreshed)</source>
        <translation> (el valor per defecte de Mastodon; el límit propi de %1 es llegeix quan s’actualitza)</translation>
    </message>
    <message>
        <source> — too long: the step would refuse it. Shorten the template or the parameters.</source>
        <translation> — massa llarg: el pas el refusaria. Escurceu la plantilla o els paràmetres.</translation>
    </message>
    <message>
        <source>No run is open: start one or open one first.</source>
        <translation>No hi ha cap execució oberta: primer inicieu-ne o obriu-ne una.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1: %2</source>
        <translation>No s’ha pogut desar la transcripció a %1: %2</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>S’ha desat la transcripció a %1.</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Inicia l’execució</translation>
    </message>
    <message>
        <source>Run “%1” on %2 now? Its steps act on the server (%3 steps; the dry run shows each one). Confirmations and failures stop for you.</source>
        <translation>Voleu executar «%1» a %2 ara? Els seus passos actuen sobre el servidor (%3 passos; l’execució de prova els mostra un per un). Les confirmacions i els errors s’aturen per esperar-vos.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicia</translation>
    </message>
    <message>
        <source>Choose the server the run is on first.</source>
        <translation>Primer trieu el servidor de l’execució.</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation>«%1» no és un id d’execució (com ara 20261122-001000-mastodon-upgrade).</translation>
    </message>
    <message>
        <source>The connection was lost (%1). The running step goes on on the server; Steward connects again and picks the run up.</source>
        <translation>S’ha perdut la connexió (%1). El pas en execució continua al servidor; Steward es torna a connectar i reprèn el seguiment de l’execució.</translation>
    </message>
    <message>
        <source>No run open. Start one, or open a run that exists on the server.</source>
        <translation>No hi ha cap execució oberta. Inicieu-ne una o obriu-ne una que existeixi al servidor.</translation>
    </message>
    <message>
        <source>Opening the run on %1…</source>
        <translation>S’està obrint l’execució a %1…</translation>
    </message>
    <message>
        <source>Run %1 on %2: %3 (%4 of %5 steps done). Watch it on the server: %6</source>
        <translation>Execució %1 a %2: %3 (%4 de %5 passos fets). Seguiu-la al servidor: %6</translation>
    </message>
    <message>
        <source>The run could not be made or opened: %1</source>
        <translation>No s’ha pogut crear ni obrir l’execució: %1</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Res no us espera.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Pas %1: %2</translation>
    </message>
    <message>
        <source>Say why the step is skipped: the reason is recorded in the run.</source>
        <translation>Digueu per què s’omet el pas: el motiu queda registrat a l’execució.</translation>
    </message>
    <message>
        <source>Say why the gate is overridden: the reason is recorded in the run.</source>
        <translation>Digueu per què es força la barrera: el motiu queda registrat a l’execució.</translation>
    </message>
    <message>
        <source>Say why the run stops: the reason is recorded in the run.</source>
        <translation>Digueu per què s’atura l’execució: el motiu queda registrat a l’execució.</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Atura l’execució</translation>
    </message>
    <message>
        <source>Stop run %1 after the running step? The step finishes on the server; nothing new starts.</source>
        <translation>Voleu aturar l’execució %1 després del pas en execució? El pas acaba al servidor; no se n’inicia cap de nou.</translation>
    </message>
    <message>
        <source>Units and timers</source>
        <translation>Unitats i temporitzadors</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salut</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitat</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Reinicia…</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>&amp;Atura…</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Inicia…</translation>
    </message>
    <message>
        <source>Sc&amp;ale…</source>
        <translation>&amp;Escala…</translation>
    </message>
    <message>
        <source>Re&amp;deploy (up -d)…</source>
        <translation>Torna a &amp;desplegar (up -d)…</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>Re&amp;gistres</translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation>&amp;Copia l’ordre</translation>
    </message>
    <message>
        <source>Copy the restart command for a terminal</source>
        <translation>Copia l’ordre de reinici per a un terminal</translation>
    </message>
    <message>
        <source>Start &amp;Now…</source>
        <translation>Inicia &amp;ara…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diari</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Escala %1</translation>
    </message>
    <message>
        <source>How many %1 containers should run?</source>
        <translation>Quants contenidors de %1 s’han d’executar?</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Llegit %1.</translation>
    </message>
    <message>
        <source>Could not read: %1. Shown: what was read %2.</source>
        <translation>No s’ha pogut llegir: %1. Es mostra el que es va llegir %2.</translation>
    </message>
    <message>
        <source>Could not read: %1.</source>
        <translation>No s’ha pogut llegir: %1.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Encara no llegit.</translation>
    </message>
    <message>
        <source>Select a server to see its services, units, disks and health.</source>
        <translation>Seleccioneu un servidor per veure’n els serveis, les unitats, els discos i la salut.</translation>
    </message>
    <message>
        <source>%1: not checked yet. Refresh to read its state.</source>
        <translation>%1: encara no comprovat. Actualitzeu per llegir-ne l’estat.</translation>
    </message>
    <message>
        <source>refreshed %1</source>
        <translation>actualitzat %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>s’està actualitzant…</translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation>Temporitzadors: %1</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Disposició: %1</translation>
    </message>
    <message>
        <source>The inventory gives no public URL for this server, so its HTTP health is not checked.</source>
        <translation>L’inventari no indica cap URL pública per a aquest servidor, així que no se’n comprova la salut HTTP.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Encara no comprovat.</translation>
    </message>
    <message>
        <source>Checked %1 from this computer, at %2.</source>
        <translation>Comprovat %1 des d’aquest ordinador, a %2.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>sense resposta: %1</translation>
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
        <translation>API de la instància</translation>
    </message>
    <message>
        <source>Running version: %1</source>
        <translation>Versió en execució: %1</translation>
    </message>
    <message>
        <source>The maintenance page is up.</source>
        <translation>La pàgina de manteniment és activa.</translation>
    </message>
    <message>
        <source>Import from &amp;Ansible Inventory…</source>
        <translation>Importa d’un inventari d’A&amp;nsible…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualit&amp;za</translation>
    </message>
    <message>
        <source>Refresh A&amp;ll</source>
        <translation>Actualitza-&amp;ho tot</translation>
    </message>
    <message>
        <source>S&amp;top Refresh</source>
        <translation>Atu&amp;ra l’actualització</translation>
    </message>
    <message>
        <source>Refresh every server on its own at this interval (paused while the window is hidden)</source>
        <translation>Actualitza cada servidor pel seu compte amb aquest interval (en pausa mentre la finestra està amagada)</translation>
    </message>
    <message>
        <source>Refresh: off</source>
        <translation>Actualització: desactivada</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>Cada 30 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minut</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minuts</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minuts</translation>
    </message>
    <message>
        <source>%1 on %2? Users of the instance may notice while it happens.

The command:
%3</source>
        <translation>%1 a %2? Els usuaris de la instància ho poden notar mentre passa.

L’ordre:
%3</translation>
    </message>
    <message>
        <source>%1 on %2?

The command:
%3</source>
        <translation>%1 a %2?

L’ordre:
%3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiat: %1</translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation>Importa d’un inventari d’Ansible</translation>
    </message>
    <message>
        <source>Ansible inventories (hosts *.ini *.yml *.yaml inventory*)</source>
        <translation>Inventaris d’Ansible (hosts *.ini *.yml *.yaml inventory*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No s’ha importat res: %1</translation>
    </message>
    <message>
        <source>Already in the inventory as “%1” (same host, port and user)</source>
        <translation>Ja és a l’inventari com a «%1» (mateix amfitrió, port i usuari)</translation>
    </message>
    <message>
        <source>The same host, port and user as “%1” above</source>
        <translation>El mateix amfitrió, port i usuari que «%1» més amunt</translation>
    </message>
    <message>
        <source>On the server: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Al servidor: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Question from the server</source>
        <translation>Pregunta del servidor</translation>
    </message>
    <message>
        <source>Answers to the server&apos;s questions are never kept.</source>
        <translation>Les respostes a les preguntes del servidor no es desen mai.</translation>
    </message>
    <message>
        <source>Not a usable value: %1</source>
        <translation>Valor no utilitzable: %1</translation>
    </message>
</context>
</TS>
