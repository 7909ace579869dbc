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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stages: preflight %1 s, download %2 s, restore %3 s, verify %4 s, cleanup %5 s; restore time %6 s (%7 jobs, %8 format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  schema_migrations: %1 restored, %2 in production, %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  LEFT BEHIND: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server of the inventory has backup settings (a “backup:” map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several servers have backups: choose one with --server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no selected server has backup settings (a “backup:” map in the inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, SUSPICIOUSLY SMALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [suspiciously small]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [not a backup name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [another database]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s of about %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s (the last successful run took %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no drill host: give one with --drill-host, or set backup.drill.host in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database backups of the inventory&apos;s servers: list the catalogue and its freshness, run the backup unit now, or run a restore drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, run or drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill: restore on this inventory server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill: this object key (default: the newest backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill: keep the scratch database when the drill passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: steward backup list|run|drill [--server NAME] [--drill-host NAME] [--backup KEY] [--keep] [--format text|json] (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh and print the status of the servers (steward status --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the journals and compose logs of a server, merged in time order (steward logs --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups and their freshness, run the backup now, or run a restore drill (steward backup --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show, run, follow and resume runbooks such as the upgrade night, in tmux on a server (steward runbook --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comparison did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this inventory file instead of ~/.config/steward/inventory.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (or reuse) the lab, the local rehearsal host, and use its inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this server of the inventory (repeatable); default: every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab did not say where its inventory is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no inventory at %1 (give one with --inventory FILE, or try --lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the inventory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3). Headless commands never accept a new key: check it with the server&apos;s administrator and accept it once in Steward&apos;s window, or add it to ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the keychain holds no answer, and headless commands never ask: load the key into ssh-agent, or keep the secret in the keychain from Steward&apos;s window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab has no fault named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bash could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab did not start within ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-lab ended with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the journals of systemd units and the logs of compose services of a server, merged in time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A systemd unit&apos;s journal (repeatable). Without --unit and --service: the whole journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compose service&apos;s logs (repeatable), in the server&apos;s compose folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines from this time on: &quot;2024-11-22 00:10&quot;, &quot;-10min&quot;, &quot;2h ago&quot;, &quot;today&quot;, &quot;@EPOCH&quot;... (local time unless it says UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last N lines of each source (default 100; with --since: every line since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then print new lines as they come, until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines containing this text (without case unless it has an upper case letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grep is a regular expression (PCRE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines of this level or more severe: emerg, alert, crit, err, warning, notice, info, debug (or 0-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object a line (docs/logs.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1” (see steward logs --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lines takes a number of lines (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority: unknown level “%1” (emerg, alert, crit, err, warning, notice, info, debug, or 0-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--regex goes with --grep PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory has no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which server with --server NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: following again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run made by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1: %2 (attempt %3, by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: its checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1: blocked by its checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1: failed with exit status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1: its verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: approved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: approved by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1: overridden by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1: skipped by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1: interrupted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↻ %1: to run again (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: uploaded %2 (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: committed %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: ansible-playbook %2: %3 change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stopped by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Resumed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Done (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No runbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (--set NAME=VALUE):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run is on one server: give --server once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the server with --server NAME (the inventory has: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Credentials, “Mastodon access token”) or set STEWARD_MASTODON_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the admin token of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of “%2” on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To watch it on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2); trying again. A running step goes on on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped (%1). To go on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits for approval:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve? Type yes to approve, anything else stops here: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not approved. The run waits there; to go on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits for a person&apos;s approval:
%2
Nothing was approved: without a terminal, a confirmation needs --yes (or --approve-all REASON). To approve it and go on: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The run stopped at “%2”. Look at its output, set right what went wrong, then try it again: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The run stopped at the gate “%2” (a gate is never passed by --yes). Set right what it found, then check it again: %3; or override it with a reason in Steward&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following. The run goes on in tmux on %1 (a running step finishes there, and nothing new starts); to follow and drive it again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes NAME=VALUE, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (see steward runbook show %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run %1 is kept on this computer (a run is kept once Steward has followed it here; steward runbook status lists the server&apos;s runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade; steward runbook status lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done; by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks: the upgrade night as steps that run in tmux on the server, gated on evidence and resumable (docs/runbook.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show NAME, dry-run NAME, run NAME, status, resume RUN-ID, or transcript RUN-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run, dry-run: a parameter&apos;s value (repeatable); resume: a secret parameter&apos;s value again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation (recorded as approved on the command line). Gates are never passed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation with this reason, which goes into the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume: try the failed, blocked or interrupted step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (progress goes to stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME [--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript reads this computer&apos;s history: give at most --server NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--approve-all needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved on the command line (--yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry is for resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read (%1); last read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web %1; streaming %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh and print the status of the inventory&apos;s servers: compose services, systemd units and timers, disks, and the instance&apos;s HTTP health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 from this severity on: critical (default) or warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a server after this many seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text or json, --fail-on critical or warning, --timeout a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suspiciously small)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">cap</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Tools › Credentials, “Mastodon access token”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server “%1” in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (or is over 1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped example (put the group&apos;s own in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the glossary is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the hosts to add to the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ansible inventory names no host Steward can reach over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out or read with a warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Ansible inventory %1…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own INI inventory reader (inline variables, [group:vars], group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own YAML inventory reader (hosts, vars, children, group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “vars” is not a mapping; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a single value; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups nested too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group “%1” must be a mapping (hosts, vars, children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“hosts” of group “%1” must be a mapping of host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“children” of group “%1” must be a mapping of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group “%1”: unexpected key “%2” (only hosts, vars and children are read); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“[%1]” is not a host range (expected [start:end] or [start:end:step])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step of host range “[%1]” is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host range “[%1]” has no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host range “[%1]” ends before it begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host range “[%1]” is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host range “[%1]” mixes letters and numbers or is not a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has “[” without “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an SSH host (ansible_connection=%2); left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a template (%3) that only Ansible can resolve; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a port number; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ansible inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 (groups: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has no “all” group (cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has “_meta” without “hostvars”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] has unknown type “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected key=value in [%1:vars], got “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one group name in [%1:children], got “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed quote in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected key=value host variable, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mapping of variables; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML (%2, line %3); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ansible-inventory did not answer within %n second(s); stopped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-inventory could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-inventory crashed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-inventory failed (exit status %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“drill” must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“work_dir” must be an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“backup” must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“endpoint” must be an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“addressing” must be path or virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“pattern” must contain {timestamp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“psql” must be a list of arguments, such as [docker, compose, exec, -T, db, psql, -U, postgres]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“backup” has no “bucket”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server “%1”: the drill host “%2” is not a server of the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server&apos;s question was not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2 asks: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server refused the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: the server and Steward have no cipher, key exchange or host key type in common (%2). Steward offers AES-GCM, chacha20-poly1305 and AES-CTR ciphers, not CBC, 3DES or RC4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a %2 key (%3), but it is known under another key type only: %4. The server may have been reinstalled, or someone may be intercepting the connection. Connection refused; check the key on the server before you add it to known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the error “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health endpoint answered %1 instead of “OK”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1, not Mastodon&apos;s JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api/v2/instance is not valid JSON (%1 at character %2; cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api/v2/instance has no “version”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api/v2/instance has no configuration.statuses.max_characters (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scale %1 to %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Redeploy (docker compose up -d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compose service exists in the compose directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps restarting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unhealthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last run ended with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run of %1 (from %2) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not scheduled to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should have run at %2 and did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 % full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance page is up (HTTP 503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The streaming service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not valid JSON (%2 at character %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container without a name or a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block devices nested too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of %1 is not a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit without an Id (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no LoadState or ActiveState (cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not Key=Value: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NEXT … ACTIVATES header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has no timer and unit: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a time that cannot be read: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list ends without its “timers listed” line (cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df printed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Filesystem … Mounted on header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a filesystem: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “blockdevices” list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “report” list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a logical volume without a name or a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command stopped before this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command is not installed on the server (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose ps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl list-timers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df failed (exit status %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lsblk failed (exit status %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lsblk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare: the old and the new upstream file are both needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid upstream reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-playbook&apos;s output is not its JSON report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement has %1 characters; %2 allows %3. Shorten it before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer (%2). Retrying is safe: the same Idempotency-Key never makes a second post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1 (scheduled status %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the admin token (%2). Store a valid token of the admin account in the keychain (Tools &gt; Credentials, Mastodon token), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not let this token post (%2): it needs the write:statuses scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2: the site is down or shows the maintenance page. Post before maintenance starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… (%n earlier lines)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed with exit status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup newer than %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the last run of %1 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the state of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup unit %1 does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is running now; wait until %1 has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup failed (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not run since the server started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last backup finished %1 ago (%2), more than %n hour(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup finished %1 ago (%2) and succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 free for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read df&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free on %2 (at least %3 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 is free on %2; at least %3 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml is the reviewed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of %1 and of the server&apos;s docker-compose.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewed file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (reviewed, %n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs the reviewed docker-compose.yml (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml (%1) is not the reviewed file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon %1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Mastodon is older than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Mastodon is %1 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tootctl version in the %1 container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tootctl printed “%1”, which is not a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server runs Mastodon %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database migration is left to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database migrations the new images will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n database migration(s) pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rails db:migrate:status in a one-off %1 container</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) known</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>db:migrate:status listed no migration; its output is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every migration has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) pending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The upgrade plan expects: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon is up and healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose ps on the server and the public health endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service runs and the health endpoints answer 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version the %1 container runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 runs (no minimum given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 version in the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 runs (%3 or newer needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 runs; the release needs %3 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors see the maintenance page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors reach Mastodon again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answers 503 with the maintenance page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answers 503, but not with the maintenance page (no “%1” in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answers %1, not 503: maintenance mode is not on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/health answers 200 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/health answers %1, not 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered %1 without “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It exited with status %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its output does not match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It exited with status %1 as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: running-version needs exactly one of equals, below, at_least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dependency needs a name (postgresql or redis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “expect” is not a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown check “%2” (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has no commit to branch from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the branch&apos;s commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the commit&apos;s tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 already has this %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the new tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the commit&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 on branch %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has no remote “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not push %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of “%1” on %2: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown variable “${%2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a list of arguments, such as [docker, compose, pull]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each item of “%2” must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a duration such as 90s, 5m or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a size such as 512M or 10G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by its gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs “%2” (%3), which is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its verification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-deployment migrations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-deployment migrations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named in the release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the run&apos;s journal on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the run&apos;s folder %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the run&apos;s journal on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s runbook on %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the run&apos;s journal on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward stopped working on it before it ended (a lost connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve what ansible-playbook --check --diff showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was interrupted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Steward that worked on it stopped before it ended (a restart or a lost connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runner on the server ended without recording how the step ended (was the server restarted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reviewed file: %1 (%n byte(s), SHA-256 %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The upload to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to %1 atomically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already posted by attempt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain to read the admin token from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Announcement (%n character(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 characters allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still not healthy after %n second(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook --check failed; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-playbook failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for approval in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; only a failed, blocked or interrupted step is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping a step needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 and cannot be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not blocked: there is nothing to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a step again needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has not completed; retry it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming from a chosen step needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is running; wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed from “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In tmux on the server (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1 (evidence: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then verified: %1 (evidence: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run %1 could not be kept in the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a duration such as 90s, 5m or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a size such as 512M or 10G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook has no parameter “%1” (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter “%1” (%2) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a version (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time such as 2026-11-22T00:10:00Z (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readable file “%2” on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter name “%1”: use lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter “%1” is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter “%1”: a choice needs “choices”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter “%1”: a secret has no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step id “%1”: use lower-case letters, digits and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step id “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step “%1” needs “%2”, which is not a step before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step “%1”: “verify” must be a list of checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step “%1”, verify %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; it is not a runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a runbook: the first key must be “runbook: %1” (the format&apos;s version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook format %1 is not known to this Steward (it reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook id “%1”: use lower-case letters, digits and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“parameters” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook needs “steps”, a list of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runbook “%1” (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volunteer approves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git (libgit2): commit %1 as %2 on branch %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git (libgit2): push branch %1 to origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP upload %1 → %2 (a temporary file beside it, renamed over it; the replaced file&apos;s mode kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewed docker-compose.yml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 s for up to %2 s, until all pass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Authorization: Bearer (the admin token of %1, from the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Mastodon admin token of %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (shown first, approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible-playbook on this computer (Debian&apos;s ansible-core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs “checks”, a list such as [{check: backup-fresh}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, check %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs “phase”: pre or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs “mode”: on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown type “%2” (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: `%1` (runbook `%2`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret, not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 started %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 finished %2 with exit status %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 interrupted (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1 (SHA-256 %2, %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 on %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not text (it contains a NUL byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large or too deep for a runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 has no readable schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 is version %2, made by a newer Steward; this one reads up to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to version %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s clock could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed; its journal says nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naming pattern “%1” has no {timestamp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unclosed “{”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unknown field {%2} (known: {database}, {server}, {timestamp}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naming pattern “%1” cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n object(s), none named as this server&apos;s backups (check the naming pattern).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup is %1 old (more than %2 h) and suspiciously small: %3, %4 % of the median of the ones before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1 old, more than %2 h: the backups have stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup (%1 old) is suspiciously small: %2, %3 % of the median of the ones before it. A truncated dump looks like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1 old (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or keep the pair in the keychain (Credentials, S3 access key pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 key pair kept for %1 is not “ACCESS_KEY_ID:SECRET_ACCESS_KEY”: replace it in Credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: keep one in Credentials (S3 access key pair, “ACCESS_KEY_ID:SECRET”), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the S3 key pair of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory (a “backup:” map with its bucket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill of %1&apos;s backups on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill host %1 is a primary server: drills run on a secondary or staging host, never beside production&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch database would be production&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no backups: there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no object named as %2&apos;s backups (pattern “%3”): there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no object “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 is empty: it is not a dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (drill host) and %2 (production, read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the drill host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 to read production&apos;s counts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill host %1 cannot use %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill host %1 lacks %2 (install postgresql-client and curl there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill host %1 has %2 free in %3; the dump needs about %4 once decompressed. Free some space or set another work_dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drill host %1: %2 free in %3, %n core(s), tools: %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL on the drill host %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading on %1 and decompressing as it arrives (%2) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill host %1 could not download the backup from S3: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a gzip file, though its name says so: it is not a dump (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: the compressed data ends early (%2). The backup that made it did not finish its upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill host %1 ran out of disk space in %2 while decompressing (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt: decompressing it failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded and decompressed in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain SQL dump: restored with psql, in one session (a plain dump cannot be restored in parallel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL dump: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a dump of the database “%2”, not of %3&apos;s “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tar-format dump: pg_restore cannot restore it in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scratch database %1 created; restoring with %n job(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restored in %1 s, no error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored in %1 s with %n error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s counts could not be read on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restores: %2 tables match production (%3 counted exactly, %4 estimated), all %5 migrations of the running version are there, pg_restore reported no error. Restore time %6 s (download %7 s, restore %8 s, verify %9 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during %1: stopping, then cleaning up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory %1 on %2 (remove it there with: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the scratch database %1 on %2, as asked (remove it later with: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped the scratch database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 on %2 (remove it there with: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left behind on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill has passed yet: nobody knows whether the backups restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago, more than %2 days: time for another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago (restore time %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the restored database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty after the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % away from production&apos;s count (%2 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in production (dropped since the backup?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production&apos;s tables could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) do not match production&apos;s counts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s schema_migrations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database has no schema_migrations: it is not Mastodon&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The restore lacks %n migration(s) that production has run (newest %1): it would not run the running version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore reported %n error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The S3 endpoint %1 refused the connection: is it up, and is the endpoint in the inventory right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 endpoint&apos;s host %1 was not found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 endpoint %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with the S3 endpoint %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the S3 endpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know this S3 access key (InvalidAccessKeyId): check the key pair kept for this server in Credentials, or AWS_ACCESS_KEY_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 secret key does not match the access key (SignatureDoesNotMatch at %1): check the key pair kept for this server in Credentials, or AWS_SECRET_ACCESS_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes away from the S3 server&apos;s (%2): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the S3 server&apos;s (%1): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bucket “%1” at %2: check the bucket in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is not in %1 (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access to %2 (%3): the key pair is known, but may not read this bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 at %1 answered %2 (HTTP %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, which is not an S3 answer: is the endpoint right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 listing could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 listing says there is more but gives no continuation token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal line is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal line is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal line is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal line has a bad escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal line has a bad byte array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s export stream is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way to reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; trying again in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container of %1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time: &quot;%1&quot; (for example 2024-11-22 00:10, 00:10, yesterday, -10min, 2h ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (compose) on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad regular expression: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public key is one line: paste the content of the .pub file alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a private key: never send it; send the .pub file&apos;s content instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an OpenSSH public key: it should start with ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, then the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA keys (ssh-dss) are no longer accepted by OpenSSH: make an ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a certificate, not a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s data is not valid base64: was it cut or wrapped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s data does not match its type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this RSA key is shorter than 2048 bits: make an ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s data is cut short or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key (%1) is already authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the server since it was read: load it again and repeat the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each parameter must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter&apos;s “name” is written in capitals, such as UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each command must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as compose-ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“argv” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“argv” must be a list of arguments, such as [docker, compose, ps]: each element reaches the program as one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each argument of “argv” must be a non-empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“where” must be compose_dir or home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command “%1” must say whether it changes state (“changes_state: true” or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sample” must be text (a block with |)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command “%1” has no “sample”: paste the real output of a run on the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter “%1” is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“argv” uses {%1}, which is not among the “parameters”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter “%1” is not used in “argv”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command “%1” cannot be both interactive and followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a name, unit or number (letters, digits and @ . _ : + = -, not starting with -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no parameter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the glossary must be a mapping with a “commands” list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“commands” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a terminal: copy it and run it in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab (its sessions do not carry the lab&apos;s mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is being made already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s comment must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase cannot contain a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen made no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not make %1 private (mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the services and timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the lab&apos;s containers and timers, then scale sidekiq to two containers (docker compose scale sidekiq=2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put things back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale sidekiq back to one container, and leave every service running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger a backup and follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the backup unit, follow its journal until the upload is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host and compare its counts with production&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade night, on the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the compose diff to 4.3.0, then run the upgrade runbook on the lab until web runs 4.3.0 and every migration is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad night: the migration fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s migration fails. Find the error, turn the fault off (steward-lab fault migration off) and finish the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad night: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup fails with “No space left on device”. Find it in the journal and df, free the space (fault off), and get a backup through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad night: the upload fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s upload cannot reach the store. Read the error, fix it (fault off), and get a backup through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad night: SSH is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s sshd stops answering. See how Steward shows it, bring it back (fault off) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a progress file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passed restore drill of %1 is recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the last passed drill of %1 finished at %2, more than %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not show it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still shows “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose ps exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 containers; the goal is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl show exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s last run failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has not succeeded in the last %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>each link must be a mapping with “title” and “url”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“url” must be an http://, https:// or mailto: address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link has a password in it: keep passwords in the keychain and name them under “secrets”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“runs_on” must be a server name or a mapping with “server”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“unit” must be a systemd unit name such as pg-dump-to-s3.service or certbot.timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“compose_service” must be a service name of the compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each service must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as mastodon or s3-backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“kind” must be service or supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“secrets” must be a list of keychain key names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each secret must be a keychain key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“links” must be a list of title and url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service “%1” says neither where it runs (“runs_on”) nor who hosts it (“provider”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty keychain key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a private key, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a URL with a password in it, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a token, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a keychain key name (KIND/NAME, such as s3-access-key/backups.example.org or pass/coop/registrar): the map keeps the names of secrets only, never their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of this key name looks like a random secret value: the map keeps the names of secrets only, never their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service “%1” runs on “%2”, which is not a server of the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the services map must be a mapping with a “services” list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“services” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key “%1” (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a single value, not a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is format version %1; this Steward reads up to version %2</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a backup name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much smaller than the backups before it: a truncated dump looks like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not follow the naming pattern; it does not count for freshness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of another database; it does not count for freshness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line was longer than %1 MiB and was cut there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> … [%n more bytes]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (supporting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, compose service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain key names (Tools › Credentials); the values are never in the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Servei</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (key names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished">després de %1</translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation type="unfinished">sense còpia desplegada</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">Aplica</translation>
    </message>
    <message>
        <source>Upstream lines</source>
        <translation type="unfinished">Línies originals</translation>
    </message>
    <message>
        <source>Deployed copy</source>
        <translation type="unfinished">Còpia desplegada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Canvi</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished">(nivell superior)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished">Paràmetre</translation>
    </message>
    <message>
        <source>service added</source>
        <translation type="unfinished">servei afegit</translation>
    </message>
    <message>
        <source>service removed</source>
        <translation type="unfinished">servei suprimit</translation>
    </message>
    <message>
        <source>lacks it</source>
        <translation type="unfinished">hi falta</translation>
    </message>
    <message>
        <source>already has it</source>
        <translation type="unfinished">ja hi és</translation>
    </message>
    <message>
        <source>conflicts with a local change</source>
        <translation type="unfinished">entra en conflicte amb un canvi local</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): the deployed copy lacks it.</source>
        <translation type="unfinished">Canvi original %1 (afegit després de la línia %2): la còpia desplegada no el té.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): already in the deployed copy.</source>
        <translation type="unfinished">Canvi original %1 (afegit després de la línia %2): ja és a la còpia desplegada.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): conflicts with a local change in the deployed copy.</source>
        <translation type="unfinished">Canvi original %1 (afegit després de la línia %2): entra en conflicte amb un canvi local de la còpia desplegada.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): the deployed copy lacks it.</source>
        <translation type="unfinished">Canvi original %1 (línies %2-%3): la còpia desplegada no el té.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): already in the deployed copy.</source>
        <translation type="unfinished">Canvi original %1 (línies %2-%3): ja és a la còpia desplegada.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): conflicts with a local change in the deployed copy.</source>
        <translation type="unfinished">Canvi original %1 (línies %2-%3): entra en conflicte amb un canvi local de la còpia desplegada.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started, took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished">Servidor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Resultat</translation>
    </message>
    <message>
        <source>LV %1 in VG %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical volume %1 of volume group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh failed; this is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (security release %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activates</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the backup unit now and follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host into a scratch database, prove it against production, then drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the backup unit with “Back up now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the unit&apos;s journal in Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the backup unit&apos;s journal on the server in the Logs panel, to search and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drill&apos;s log in the Logs panel, to search and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore drill · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server of the inventory has backup settings. Add a “backup:” map with its bucket to a server (docs/backups.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup size and interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspiciously small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours since the previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured restore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 s of about %2 s (the last successful run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 s (no earlier run to compare with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer following %1 (the unit goes on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no drill host in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill passed on %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill cancelled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill FAILED on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice and worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (e.g. -1h, 09:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest lines in view (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s): End or Follow to see them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here: your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own SSH key, send its public part to a member of the tech group, and check that it lets you in once they have added it. Its passphrase is kept in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the key is, as the members will see it in the servers&apos; authorized_keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your public key shows here: the line to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public key, to send it to the tech group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the server with this key only (no agent, no other key), then log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member: give or take access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a newcomer&apos;s public key to a server&apos;s authorized_keys, or remove a key. The file&apos;s other lines stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorized_keys file on the server (from the SSH user&apos;s home when relative). On the lab, Steward asks the lab where its own is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s public key: ssh-ed25519 AAAA… name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a key in this file already: its public key is shown below. Choose another file name to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is being replaced in one step: this cannot be stopped halfway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished">Cancel·lat.</translation>
    </message>
    <message>
        <source>Say where the key goes (a file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: it protects the key if your computer is lost. Steward keeps it in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the key (ssh-keygen)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is made. Steward has no keychain here: it will ask for the passphrase when it uses the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the passphrase in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is made and its passphrase is kept in the keychain. Send the public key below to the tech group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is made. The keychain is not available: Steward keeps the passphrase until it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is made, but the keychain did not keep its passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key in %1 yet: make it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain for the key&apos;s passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">S’està iniciant la sessió…</translation>
    </message>
    <message>
        <source>Access granted: your key logs in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward does not know the server&apos;s host key yet: connect to it once from the Servers panel, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to %1 with this key yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a public key Steward can add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the key “%1” (%2) to %3 on %4?

Whoever holds its private key can then log in to %4 as its SSH user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key “%1” (%2) from %3 on %4?

Whoever logs in to %4 with it will no longer be able to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the lab where its authorized_keys is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” can now log in to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” no longer logs in to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” is no longer in %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name on the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the services map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checked when you save; nothing is written while it has an error (docs/onboarding.md has the format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is over 1 MiB: Steward does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try on the lab shows the real output here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command for a terminal on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try on the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What its output looks like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my goal on the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the lab for this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets the lab when the lesson starts from a clean lab, and switches its faults on or off as the lesson needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons on the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services map %1 does not load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s services, from %1. Hover a row for its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 in Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services map %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is over 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command glossary does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server&apos;s state: tried on the lab only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the output means: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It changes the server&apos;s state: from here it runs on the lab only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs a terminal: copy it, it is not tried from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Steward with --lab to try commands on the lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[stopped following after a few seconds]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad night: the lab&apos;s %1 fault is on for this lesson (steward-lab fault NAME on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Steward with --lab to practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reached: the lesson is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward cannot check this goal yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the lab (a minute or two)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the lab&apos;s faults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab is ready for this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Ansible inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers you already reach with ssh: Steward takes their host names, users, ports and keys from your SSH configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your group sets up its servers with Ansible: its inventory file lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in one server yourself: a name, its address and the SSH user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise first: a rehearsal Mastodon server on this computer, reached over SSH like the real one. Nothing you try there touches production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of this stays in the Servers panel&apos;s toolbar; this page goes away once your inventory has a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and it does not know them yet: the table below is only an example. Tell it where your servers are, in one of these ways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and your inventory has none yet. Tell it where your servers are, in one of these ways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab is not installed here. Where it is (a Steward built from its sources, or the Debian package), start Steward with “steward --lab” to open it on the lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the upgrade run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the upgrade runbook with this plan: its target, the migrations to expect and the dependency floors it checks on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exactly what each step will send or do, without running anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id (steward runbook status lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run&apos;s transcript: every step, command, output, approval and override, with times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run&apos;s transcript as a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected step&apos;s output in the Logs panel, to search and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (recorded; needed to skip, override or stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some runbooks do not load:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a runbook and a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is open in this panel (%1). Stop it, or let it finish, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no runbook “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Read the dry run, then start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Still to fill: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement: %1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Mastodon&apos;s default; %1&apos;s own limit is read when it is refreshed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — too long: the step would refuse it. Shorten the template or the parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is open: start one or open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” on %2 now? Its steps act on the server (%3 steps; the dry run shows each one). Confirmations and failures stop for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server the run is on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost (%1). The running step goes on on the server; Steward connects again and picks the run up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run open. Start one, or open a run that exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the run on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on %2: %3 (%4 of %5 steps done). Watch it on the server: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be made or opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the step is skipped: the reason is recorded in the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the gate is overridden: the reason is recorded in the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the run stops: the reason is recorded in the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop run %1 after the running step? The step finishes on the server; nothing new starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units and timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;deploy (up -d)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the restart command for a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many %1 containers should run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1. Shown: what was read %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to see its services, units, disks and health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not checked yet. Refresh to read its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory gives no public URL for this server, so its HTTP health is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 from this computer, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance page is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Ansible Inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every server on its own at this interval (paused while the window is hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2? Users of the instance may notice while it happens.

The command:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2?

The command:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansible inventories (hosts *.ini *.yml *.yaml inventory*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the inventory as “%1” (same host, port and user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same host, port and user as “%1” above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to the server&apos;s questions are never kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
