<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Steward::App</name>
    <message>
        <source>Show Steward in this language (%1).</source>
        <translation>Mostrar Steward en este idioma (%1).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Use this inventory file instead of the one in your configuration folder.</source>
        <translation>Usar este archivo de inventario en lugar del de su carpeta de configuración.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Open this panel (%1).</source>
        <translation>Abrir este panel (%1).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation>Usar una paleta clara u oscura en lugar de la del sistema.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit.</source>
        <translation>Guardar una imagen de la ventana en este archivo PNG en cuanto se muestre y salir.</translation>
    </message>
    <message>
        <source>Steward: a console for the tech group of a small Mastodon instance.</source>
        <translation>Steward: una consola para el grupo técnico de una pequeña instancia de Mastodon.</translation>
    </message>
    <message>
        <source>A command to run without a window:</source>
        <translation>Una orden que se ejecuta sin ventana:</translation>
    </message>
    <message>
        <source>steward: unknown command “%1”; see steward --help</source>
        <translation>steward: orden desconocida «%1»; consulte steward --help</translation>
    </message>
    <message>
        <source>steward: --color-scheme takes “light” or “dark”, not “%1”</source>
        <translation>steward: --color-scheme admite «light» o «dark», no «%1»</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Inventory: %1 (unreadable)</source>
        <translation>Inventario: %1 (ilegible)</translation>
    </message>
    <message>
        <source>Inventory: built-in example</source>
        <translation>Inventario: ejemplo incorporado</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventario: %1</translation>
    </message>
    <message>
        <source>No translation for “%1”; Steward is shown in English. Available: en, %2.</source>
        <translation>No hay traducción para «%1»; Steward se muestra en inglés. Disponibles: en, %2.</translation>
    </message>
    <message>
        <source>Start the local rehearsal host (or use the running one) and open Steward on it.</source>
        <translation>Iniciar el host de ensayo local (o usar el que está en marcha) y abrir Steward en él.</translation>
    </message>
    <message>
        <source>Print the upgrade plan between two versions (steward plan --help).</source>
        <translation>Mostrar el plan de actualización entre dos versiones (steward plan --help).</translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml versions with the deployed copy (steward compose-diff --help).</source>
        <translation>Comparar versiones de origen de docker-compose.yml con la copia desplegada (steward compose-diff --help).</translation>
    </message>
    <message>
        <source>Start, stop, reset or break the local rehearsal host (steward lab help).</source>
        <translation>Iniciar, detener, restablecer o averiar el host de ensayo local (steward lab help).</translation>
    </message>
    <message>
        <source>steward: --lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation>steward: --lab usa el inventario del laboratorio; omita --inventory</translation>
    </message>
    <message>
        <source>Output: summary, json, patch or merged.</source>
        <translation>Salida: summary, json, patch o merged.</translation>
    </message>
    <message>
        <source>Fetch upstream files from this base URL instead of raw.githubusercontent.com.</source>
        <translation>Obtener los archivos de origen de esta URL base en lugar de raw.githubusercontent.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The upstream file before the upgrade.</source>
        <translation>El archivo de origen antes de la actualización.</translation>
    </message>
    <message>
        <source>The upstream file after the upgrade.</source>
        <translation>El archivo de origen después de la actualización.</translation>
    </message>
    <message>
        <source>Our deployed copy (optional).</source>
        <translation>Nuestra copia desplegada (opcional).</translation>
    </message>
    <message>
        <source>expected OLD NEW [DEPLOYED]; see steward compose-diff --help</source>
        <translation>se esperaba OLD NEW [DEPLOYED]; consulte steward compose-diff --help</translation>
    </message>
    <message>
        <source>--format takes summary, json, patch or merged, not “%1”</source>
        <translation>--format admite summary, json, patch o merged, no «%1»</translation>
    </message>
    <message>
        <source>The lab is not installed (%1 is missing).</source>
        <translation>El laboratorio no está instalado (falta %1).</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>no se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>no se puede obtener %1: %2</translation>
    </message>
    <message>
        <source>Print the upgrade plan between two Mastodon versions.</source>
        <translation>Mostrar el plan de actualización entre dos versiones de Mastodon.</translation>
    </message>
    <message>
        <source>The running version.</source>
        <translation>La versión en ejecución.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>The target version, or “latest”, “patch” (newest of the current line) or “next” (newest of the next line).</source>
        <translation>La versión de destino, o «latest», «patch» (la más reciente de la línea actual) o «next» (la más reciente de la línea siguiente).</translation>
    </message>
    <message>
        <source>Read the notes from this CHANGELOG.md.</source>
        <translation>Leer las notas de este CHANGELOG.md.</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation>markdown (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Include betas and release candidates.</source>
        <translation>Incluir versiones beta y candidatas.</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from y --to son obligatorios</translation>
    </message>
    <message>
        <source>give the notes with --changelog FILE or --feed URL</source>
        <translation>indique las notas con --changelog FILE o --feed URL</translation>
    </message>
    <message>
        <source>--format takes “markdown” or “json”, not “%1”</source>
        <translation>--format admite «markdown» o «json», no «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10 or v4.3.0-rc.1</source>
        <translation>«%1» no es una versión como 4.2.10 o v4.3.0-rc.1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a version such as 4.2.10, nor one the notes hold</source>
        <translation>«%1» no es una versión como 4.2.10 ni ninguna de las que contienen las notas</translation>
    </message>
    <message>
        <source>Compose diff</source>
        <translation>Diferencias de compose</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <source>Compare upstream docker-compose.yml files (OLD, NEW) and, when given, our DEPLOYED copy. Each may be a file or an upstream reference such as mastodon@v4.2.0 (fetched from GitHub, or read from --checkout).</source>
        <translation>Comparar los archivos docker-compose.yml de origen (OLD, NEW) y, si se indica, nuestra copia desplegada (DEPLOYED). Cada uno puede ser un archivo o una referencia de origen como mastodon@v4.2.0 (obtenida de GitHub o leída de --checkout).</translation>
    </message>
    <message>
        <source>Read upstream references (mastodon@v4.2.10) from this local git repository instead of GitHub.</source>
        <translation>Leer las referencias de origen (mastodon@v4.2.10) de este repositorio git local en lugar de GitHub.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Notas de versión</translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation>Sesión iniciada con %1</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: conectado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: the running version could not be read (%2)</source>
        <translation>%1: no se pudo leer la versión en ejecución (%2)</translation>
    </message>
    <message>
        <source>Could not keep the secret in the keychain: %1</source>
        <translation>No se pudo guardar el secreto en el llavero: %1</translation>
    </message>
    <message>
        <source>the inventory has no server “%1”</source>
        <translation>el inventario no tiene ningún servidor «%1»</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: not yet in %3</source>
        <translation>líneas de origen %1-%2: aún no están en %3</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: already in %3</source>
        <translation>líneas de origen %1-%2: ya están en %3</translation>
    </message>
    <message>
        <source>upstream lines %1-%2: conflicts with a local change in %3</source>
        <translation>líneas de origen %1-%2: chocan con un cambio local en %3</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: not yet in %2</source>
        <translation>líneas de origen añadidas tras la línea %1: aún no están en %2</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: already in %2</source>
        <translation>líneas de origen añadidas tras la línea %1: ya están en %2</translation>
    </message>
    <message>
        <source>upstream lines added after line %1: conflicts with a local change in %2</source>
        <translation>líneas de origen añadidas tras la línea %1: chocan con un cambio local en %2</translation>
    </message>
    <message>
        <source>%1 (%2: using the saved copy)</source>
        <translation>%1 (%2: se usa la copia guardada)</translation>
    </message>
    <message>
        <source>Read the notes from a GitHub “list releases” JSON: a URL (every page; GITHUB_TOKEN is sent when set) or a file.</source>
        <translation>Leer las notas de un JSON «list releases» de GitHub: una URL (todas las páginas; se envía GITHUB_TOKEN si está definido) o un archivo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>  stages: preflight %1 s, download %2 s, restore %3 s, verify %4 s, cleanup %5 s; restore time %6 s (%7 jobs, %8 format)</source>
        <translation>  etapas: comprobación previa %1 s, descarga %2 s, restauración %3 s, verificación %4 s, limpieza %5 s; tiempo de restauración %6 s (%7 trabajos, formato %8)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <source>  schema_migrations: %1 restored, %2 in production, %3 missing</source>
        <translation>  schema_migrations: %1 restauradas, %2 en producción, %3 ausentes</translation>
    </message>
    <message>
        <source>  LEFT BEHIND: %1</source>
        <translation>  DEJADO ATRÁS: %1</translation>
    </message>
    <message>
        <source>no server of the inventory has backup settings (a “backup:” map)</source>
        <translation>ningún servidor del inventario tiene ajustes de copia de seguridad (un mapa «backup:»)</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory</source>
        <translation>%1 no tiene ajustes de copia de seguridad en el inventario</translation>
    </message>
    <message>
        <source>several servers have backups: choose one with --server</source>
        <translation>varios servidores tienen copias de seguridad: elija uno con --server</translation>
    </message>
    <message>
        <source>no selected server has backup settings (a “backup:” map in the inventory)</source>
        <translation>ningún servidor seleccionado tiene ajustes de copia de seguridad (un mapa «backup:» en el inventario)</translation>
    </message>
    <message>
        <source>, SUSPICIOUSLY SMALL</source>
        <translation>, SOSPECHOSAMENTE PEQUEÑA</translation>
    </message>
    <message>
        <source>  [suspiciously small]</source>
        <translation>  [sospechosamente pequeña]</translation>
    </message>
    <message>
        <source>  [not a backup name]</source>
        <translation>  [no es un nombre de copia de seguridad]</translation>
    </message>
    <message>
        <source>  [another database]</source>
        <translation>  [otra base de datos]</translation>
    </message>
    <message>
        <source>%1 s of about %2 s</source>
        <translation>%1 s de unos %2 s</translation>
    </message>
    <message>
        <source>Starting %1 on %2…</source>
        <translation>Iniciando %1 en %2…</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s (the last successful run took %3 s).</source>
        <translation>%1 terminó correctamente en %2 s (la última ejecución correcta tardó %3 s).</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 has no drill host: give one with --drill-host, or set backup.drill.host in the inventory</source>
        <translation>%1 no tiene host de simulacro: indique uno con --drill-host o defina backup.drill.host en el inventario</translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory</source>
        <translation>no hay ningún servidor «%1» en el inventario</translation>
    </message>
    <message>
        <source>The database backups of the inventory&apos;s servers: list the catalogue and its freshness, run the backup unit now, or run a restore drill.</source>
        <translation>Las copias de seguridad de las bases de datos de los servidores del inventario: mostrar el catálogo y su antigüedad, ejecutar ahora la unidad de copia de seguridad o hacer un simulacro de restauración.</translation>
    </message>
    <message>
        <source>list, run or drill</source>
        <translation>list, run o drill</translation>
    </message>
    <message>
        <source>drill: restore on this inventory server.</source>
        <translation>drill: restaurar en este servidor del inventario.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>drill: this object key (default: the newest backup).</source>
        <translation>drill: esta clave de objeto (predeterminada: la copia de seguridad más reciente).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>drill: keep the scratch database when the drill passes.</source>
        <translation>drill: conservar la base de datos temporal cuando el simulacro sale bien.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>usage: steward backup list|run|drill [--server NAME] [--drill-host NAME] [--backup KEY] [--keep] [--format text|json] (see --help)</source>
        <translation>uso: steward backup list|run|drill [--server NAME] [--drill-host NAME] [--backup KEY] [--keep] [--format text|json] (consulte --help)</translation>
    </message>
    <message>
        <source>Refresh and print the status of the servers (steward status --help).</source>
        <translation>Actualizar y mostrar el estado de los servidores (steward status --help).</translation>
    </message>
    <message>
        <source>Print the journals and compose logs of a server, merged in time order (steward logs --help).</source>
        <translation>Mostrar los diarios y los registros de compose de un servidor, combinados en orden cronológico (steward logs --help).</translation>
    </message>
    <message>
        <source>List the backups and their freshness, run the backup now, or run a restore drill (steward backup --help).</source>
        <translation>Mostrar las copias de seguridad y su antigüedad, ejecutar ahora la copia de seguridad o hacer un simulacro de restauración (steward backup --help).</translation>
    </message>
    <message>
        <source>List, show, run, follow and resume runbooks such as the upgrade night, in tmux on a server (steward runbook --help).</source>
        <translation>Mostrar, consultar, ejecutar, seguir y reanudar procedimientos como la noche de actualización, en tmux en un servidor (steward runbook --help).</translation>
    </message>
    <message>
        <source>the comparison did not finish</source>
        <translation>la comparación no terminó</translation>
    </message>
    <message>
        <source>Use this inventory file instead of ~/.config/steward/inventory.yaml.</source>
        <translation>Usar este archivo de inventario en lugar de ~/.config/steward/inventory.yaml.</translation>
    </message>
    <message>
        <source>Start (or reuse) the lab, the local rehearsal host, and use its inventory.</source>
        <translation>Iniciar (o reutilizar) el laboratorio, el host de ensayo local, y usar su inventario.</translation>
    </message>
    <message>
        <source>Only this server of the inventory (repeatable); default: every server.</source>
        <translation>Solo este servidor del inventario (se puede repetir); predeterminado: todos los servidores.</translation>
    </message>
    <message>
        <source>--lab uses the lab&apos;s inventory; leave out --inventory</source>
        <translation>--lab usa el inventario del laboratorio; omita --inventory</translation>
    </message>
    <message>
        <source>the lab did not start</source>
        <translation>el laboratorio no se inició</translation>
    </message>
    <message>
        <source>the lab did not say where its inventory is</source>
        <translation>el laboratorio no indicó dónde está su inventario</translation>
    </message>
    <message>
        <source>there is no inventory at %1 (give one with --inventory FILE, or try --lab)</source>
        <translation>no hay ningún inventario en %1 (indique uno con --inventory FILE o pruebe --lab)</translation>
    </message>
    <message>
        <source>cannot read the inventory %1: %2</source>
        <translation>no se puede leer el inventario %1: %2</translation>
    </message>
    <message>
        <source>there is no server “%1” in the inventory (it has: %2)</source>
        <translation>no hay ningún servidor «%1» en el inventario (tiene: %2)</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3). Headless commands never accept a new key: check it with the server&apos;s administrator and accept it once in Steward&apos;s window, or add it to ~/.ssh/known_hosts.</source>
        <translation>la clave de host de %1 no es conocida (%2 %3). Las órdenes sin ventana nunca aceptan una clave nueva: compruébela con el administrador del servidor y acéptela una vez en la ventana de Steward, o añádala a ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>%1 (the keychain holds no answer, and headless commands never ask: load the key into ssh-agent, or keep the secret in the keychain from Steward&apos;s window)</source>
        <translation>%1 (el llavero no tiene ninguna respuesta y las órdenes sin ventana nunca preguntan: cargue la clave en ssh-agent o guarde el secreto en el llavero desde la ventana de Steward)</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message>
        <source>bash could not be run: %1</source>
        <translation>no se pudo ejecutar bash: %1</translation>
    </message>
    <message>
        <source>the lab did not start within ten minutes</source>
        <translation>el laboratorio no se inició en diez minutos</translation>
    </message>
    <message>
        <source>steward-lab ended with status %1</source>
        <translation>steward-lab terminó con el estado %1</translation>
    </message>
    <message>
        <source>Print the journals of systemd units and the logs of compose services of a server, merged in time order.</source>
        <translation>Mostrar los diarios de las unidades de systemd y los registros de los servicios de compose de un servidor, combinados en orden cronológico.</translation>
    </message>
    <message>
        <source>A systemd unit&apos;s journal (repeatable). Without --unit and --service: the whole journal.</source>
        <translation>El diario de una unidad de systemd (se puede repetir). Sin --unit ni --service: todo el diario.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>A compose service&apos;s logs (repeatable), in the server&apos;s compose folder.</source>
        <translation>Los registros de un servicio de compose (se puede repetir), en la carpeta de compose del servidor.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>Lines from this time on: &quot;2024-11-22 00:10&quot;, &quot;-10min&quot;, &quot;2h ago&quot;, &quot;today&quot;, &quot;@EPOCH&quot;... (local time unless it says UTC).</source>
        <translation>Líneas a partir de este momento: &quot;2024-11-22 00:10&quot;, &quot;-10min&quot;, &quot;2h ago&quot;, &quot;today&quot;, &quot;@EPOCH&quot;... (hora local salvo que indique UTC).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>The last N lines of each source (default 100; with --since: every line since).</source>
        <translation>Las últimas N líneas de cada fuente (100 de forma predeterminada; con --since: todas las líneas desde entonces).</translation>
    </message>
    <message>
        <source>Then print new lines as they come, until interrupted.</source>
        <translation>Después mostrar las líneas nuevas a medida que llegan, hasta que se interrumpa.</translation>
    </message>
    <message>
        <source>Only lines containing this text (without case unless it has an upper case letter).</source>
        <translation>Solo las líneas que contienen este texto (sin distinguir mayúsculas salvo que contenga alguna mayúscula).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patrón</translation>
    </message>
    <message>
        <source>--grep is a regular expression (PCRE).</source>
        <translation>--grep es una expresión regular (PCRE).</translation>
    </message>
    <message>
        <source>Only lines of this level or more severe: emerg, alert, crit, err, warning, notice, info, debug (or 0-7).</source>
        <translation>Solo las líneas de este nivel o más graves: emerg, alert, crit, err, warning, notice, info, debug (o 0-7).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>One JSON object a line (docs/logs.md).</source>
        <translation>Un objeto JSON por línea (docs/logs.md).</translation>
    </message>
    <message>
        <source>unexpected argument “%1” (see steward logs --help)</source>
        <translation>argumento inesperado «%1» (consulte steward logs --help)</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since: %1</translation>
    </message>
    <message>
        <source>--lines takes a number of lines (0 or more)</source>
        <translation>--lines admite un número de líneas (0 o más)</translation>
    </message>
    <message>
        <source>--priority: unknown level “%1” (emerg, alert, crit, err, warning, notice, info, debug, or 0-7)</source>
        <translation>--priority: nivel desconocido «%1» (emerg, alert, crit, err, warning, notice, info, debug o 0-7)</translation>
    </message>
    <message>
        <source>--regex goes with --grep PATTERN</source>
        <translation>--regex va con --grep PATTERN</translation>
    </message>
    <message>
        <source>--grep: %1</source>
        <translation>--grep: %1</translation>
    </message>
    <message>
        <source>the inventory has no server</source>
        <translation>el inventario no tiene ningún servidor</translation>
    </message>
    <message>
        <source>say which server with --server NAME</source>
        <translation>indique el servidor con --server NAME</translation>
    </message>
    <message>
        <source>%1: following again</source>
        <translation>%1: siguiendo de nuevo</translation>
    </message>
    <message>
        <source>Run made by %1 at %2.</source>
        <translation>Ejecución hecha por %1 el %2.</translation>
    </message>
    <message>
        <source>▶ %1: %2 (attempt %3, by %4)</source>
        <translation>▶ %1: %2 (intento %3, por %4)</translation>
    </message>
    <message>
        <source>✔ %1: its checks passed</source>
        <translation>✔ %1: sus comprobaciones se superaron</translation>
    </message>
    <message>
        <source>✔ %1: finished</source>
        <translation>✔ %1: terminado</translation>
    </message>
    <message>
        <source>✘ %1: blocked by its checks</source>
        <translation>✘ %1: bloqueado por sus comprobaciones</translation>
    </message>
    <message>
        <source>✘ %1: failed with exit status %2</source>
        <translation>✘ %1: falló con el estado de salida %2</translation>
    </message>
    <message>
        <source>✘ %1: failed: %2</source>
        <translation>✘ %1: falló: %2</translation>
    </message>
    <message>
        <source>✔ %1: verified</source>
        <translation>✔ %1: verificado</translation>
    </message>
    <message>
        <source>✘ %1: its verification failed</source>
        <translation>✘ %1: su verificación falló</translation>
    </message>
    <message>
        <source>✔ %1: approved by %2</source>
        <translation>✔ %1: aprobado por %2</translation>
    </message>
    <message>
        <source>✔ %1: approved by %2 (%3)</source>
        <translation>✔ %1: aprobado por %2 (%3)</translation>
    </message>
    <message>
        <source>! %1: overridden by %2: %3</source>
        <translation>! %1: forzado por %2: %3</translation>
    </message>
    <message>
        <source>- %1: skipped by %2: %3</source>
        <translation>- %1: omitido por %2: %3</translation>
    </message>
    <message>
        <source>! %1: interrupted: %2</source>
        <translation>! %1: interrumpido: %2</translation>
    </message>
    <message>
        <source>↻ %1: to run again (%2: %3)</source>
        <translation>↻ %1: por ejecutar de nuevo (%2: %3)</translation>
    </message>
    <message>
        <source>  %1: uploaded %2 (SHA-256 %3)</source>
        <translation>  %1: subido %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>  %1: committed %2 on %3</source>
        <translation>  %1: confirmado %2 en %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  %1: ansible-playbook %2: %3 change(s)</source>
        <translation>  %1: ansible-playbook %2: %3 cambio(s)</translation>
    </message>
    <message>
        <source>■ Stopped by %1: %2</source>
        <translation>■ Detenido por %1: %2</translation>
    </message>
    <message>
        <source>▶ Resumed by %1.</source>
        <translation>▶ Reanudado por %1.</translation>
    </message>
    <message>
        <source>■ Done (%1).</source>
        <translation>■ Hecho (%1).</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>INVALID  %1</source>
        <translation>NO VÁLIDO  %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>No runbooks.</source>
        <translation>No hay procedimientos.</translation>
    </message>
    <message>
        <source>Parameters (--set NAME=VALUE):</source>
        <translation>Parámetros (--set NAME=VALUE):</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>necesita: %1</translation>
    </message>
    <message>
        <source>a run is on one server: give --server once</source>
        <translation>una ejecución es en un solo servidor: indique --server una vez</translation>
    </message>
    <message>
        <source>choose the server with --server NAME (the inventory has: %1)</source>
        <translation>elija el servidor con --server NAME (el inventario tiene: %1)</translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Credentials, “Mastodon access token”) or set STEWARD_MASTODON_TOKEN.</source>
        <translation>No hay ningún token de administración para %1: guarde uno en el llavero (Credenciales, «Token de acceso de Mastodon») o defina STEWARD_MASTODON_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain did not give the admin token of %1: %2</source>
        <translation>El llavero no dio el token de administración de %1: %2</translation>
    </message>
    <message>
        <source>Run %1 of “%2” on %3.</source>
        <translation>Ejecución %1 de «%2» en %3.</translation>
    </message>
    <message>
        <source>To watch it on the server: %1</source>
        <translation>Para verla en el servidor: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2); trying again. A running step goes on on the server.</source>
        <translation>Se perdió la conexión con %1 (%2); se vuelve a intentar. Un paso en curso sigue ejecutándose en el servidor.</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>Conectado de nuevo a %1.</translation>
    </message>
    <message>
        <source>The run is done.</source>
        <translation>La ejecución ha terminado.</translation>
    </message>
    <message>
        <source>The run was stopped (%1). To go on: %2</source>
        <translation>Se detuvo la ejecución (%1). Para continuar: %2</translation>
    </message>
    <message>
        <source>“%1” waits for approval:
%2</source>
        <translation>«%1» espera aprobación:
%2</translation>
    </message>
    <message>
        <source>Approve? Type yes to approve, anything else stops here: </source>
        <translation>¿Aprobar? Escriba yes para aprobar; cualquier otra cosa se detiene aquí: </translation>
    </message>
    <message>
        <source>“%1” was not approved. The run waits there; to go on: %2</source>
        <translation>«%1» no se aprobó. La ejecución espera ahí; para continuar: %2</translation>
    </message>
    <message>
        <source>“%1” waits for a person&apos;s approval:
%2
Nothing was approved: without a terminal, a confirmation needs --yes (or --approve-all REASON). To approve it and go on: %3</source>
        <translation>«%1» espera la aprobación de una persona:
%2
No se aprobó nada: sin terminal, una confirmación necesita --yes (o --approve-all REASON). Para aprobarla y continuar: %3</translation>
    </message>
    <message>
        <source>%1
The run stopped at “%2”. Look at its output, set right what went wrong, then try it again: %3</source>
        <translation>%1
La ejecución se detuvo en «%2». Revise su salida, corrija lo que falló y vuelva a intentarlo: %3</translation>
    </message>
    <message>
        <source>%1
The run stopped at the gate “%2” (a gate is never passed by --yes). Set right what it found, then check it again: %3; or override it with a reason in Steward&apos;s window.</source>
        <translation>%1
La ejecución se detuvo en el punto de control «%2» (--yes nunca supera un punto de control). Corrija lo que encontró y vuelva a comprobarlo: %3; o fuércelo con un motivo en la ventana de Steward.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>Stopped following. The run goes on in tmux on %1 (a running step finishes there, and nothing new starts); to follow and drive it again: %2</source>
        <translation>Se dejó de seguir. La ejecución continúa en tmux en %1 (un paso en curso termina allí y no empieza nada nuevo); para seguirla y dirigirla de nuevo: %2</translation>
    </message>
    <message>
        <source>--set takes NAME=VALUE, not “%1”</source>
        <translation>--set admite NAME=VALUE, no «%1»</translation>
    </message>
    <message>
        <source>%1 (see steward runbook show %2)</source>
        <translation>%1 (consulte steward runbook show %2)</translation>
    </message>
    <message>
        <source>no run %1 is kept on this computer (a run is kept once Steward has followed it here; steward runbook status lists the server&apos;s runs)</source>
        <translation>no se guarda ninguna ejecución %1 en este equipo (una ejecución se guarda cuando Steward la ha seguido aquí; steward runbook status muestra las ejecuciones del servidor)</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade; steward runbook status lists them)</source>
        <translation>«%1» no es un id de ejecución (como 20261122-001000-mastodon-upgrade; steward runbook status los muestra)</translation>
    </message>
    <message>
        <source>%1  unreadable: %2</source>
        <translation>%1  ilegible: %2</translation>
    </message>
    <message>
        <source>at %1 (%2: %3)</source>
        <translation>en %1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1 of %2 steps done; by %3, %4</source>
        <translation>%1 de %2 pasos hechos; por %3, %4</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>detenida: %1</translation>
    </message>
    <message>
        <source>No runs on %1.</source>
        <translation>No hay ejecuciones en %1.</translation>
    </message>
    <message>
        <source>Runbooks: the upgrade night as steps that run in tmux on the server, gated on evidence and resumable (docs/runbook.md).</source>
        <translation>Procedimientos: la noche de actualización como pasos que se ejecutan en tmux en el servidor, condicionados a pruebas y reanudables (docs/runbook.md).</translation>
    </message>
    <message>
        <source>list, show NAME, dry-run NAME, run NAME, status, resume RUN-ID, or transcript RUN-ID</source>
        <translation>list, show NAME, dry-run NAME, run NAME, status, resume RUN-ID o transcript RUN-ID</translation>
    </message>
    <message>
        <source>run, dry-run: a parameter&apos;s value (repeatable); resume: a secret parameter&apos;s value again.</source>
        <translation>run, dry-run: el valor de un parámetro (se puede repetir); resume: de nuevo el valor de un parámetro secreto.</translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation (recorded as approved on the command line). Gates are never passed by it.</source>
        <translation>run, resume: aprobar todas las confirmaciones (se registran como aprobadas en la línea de órdenes). Nunca supera los puntos de control.</translation>
    </message>
    <message>
        <source>run, resume: approve every confirmation with this reason, which goes into the transcript.</source>
        <translation>run, resume: aprobar todas las confirmaciones con este motivo, que se anota en la transcripción.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>resume: try the failed, blocked or interrupted step again.</source>
        <translation>resume: volver a intentar el paso fallido, bloqueado o interrumpido.</translation>
    </message>
    <message>
        <source>Print JSON (progress goes to stderr).</source>
        <translation>Mostrar JSON (el progreso va a stderr).</translation>
    </message>
    <message>
        <source>usage: steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME [--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (see --help)</source>
        <translation>uso: steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME [--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (consulte --help)</translation>
    </message>
    <message>
        <source>transcript reads this computer&apos;s history: give at most --server NAME</source>
        <translation>transcript lee el historial de este equipo: indique como mucho --server NAME</translation>
    </message>
    <message>
        <source>--approve-all needs a reason</source>
        <translation>--approve-all necesita un motivo</translation>
    </message>
    <message>
        <source>approved on the command line (--yes)</source>
        <translation>aprobado en la línea de órdenes (--yes)</translation>
    </message>
    <message>
        <source>--retry is for resume</source>
        <translation>--retry es para resume</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>could not read (%1); last read %2: %3</source>
        <translation>no se pudo leer (%1); última lectura %2: %3</translation>
    </message>
    <message>
        <source>could not read (%1)</source>
        <translation>no se pudo leer (%1)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>sin leer</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>%1 next %2</source>
        <translation>%1 siguiente %2</translation>
    </message>
    <message>
        <source>timers</source>
        <translation>temporizadores</translation>
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
        <translation>versión %1</translation>
    </message>
    <message>
        <source>health</source>
        <translation>salud</translation>
    </message>
    <message>
        <source>Refresh and print the status of the inventory&apos;s servers: compose services, systemd units and timers, disks, and the instance&apos;s HTTP health.</source>
        <translation>Actualizar y mostrar el estado de los servidores del inventario: servicios de compose, unidades y temporizadores de systemd, discos y la salud HTTP de la instancia.</translation>
    </message>
    <message>
        <source>Exit 1 from this severity on: critical (default) or warning.</source>
        <translation>Salir con 1 a partir de esta gravedad: critical (predeterminado) o warning.</translation>
    </message>
    <message>
        <source>Give up on a server after this many seconds (default 60).</source>
        <translation>Abandonar un servidor tras este número de segundos (60 de forma predeterminada).</translation>
    </message>
    <message>
        <source>--format takes text or json, --fail-on critical or warning, --timeout a number of seconds</source>
        <translation>--format admite text o json, --fail-on critical o warning, --timeout un número de segundos</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n seconds</source>
        <translation>
            <numerusform>se abandonó tras %n segundo</numerusform>
            <numerusform>se abandonó tras %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suspiciously small)</source>
        <translation>%1 (sospechosamente pequeña)</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (obsoleta)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>There is no admin token for %1: keep one in the keychain (Tools › Credentials, “Mastodon access token”).</source>
        <translation>No hay ningún token de administración para %1: guarde uno en el llavero (Herramientas › Credenciales, «Token de acceso de Mastodon»).</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>There is no server “%1” in the inventory.</source>
        <translation>No hay ningún servidor «%1» en el inventario.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>it cannot be read (or is over 1 MiB)</source>
        <translation>no se puede leer (o ocupa más de 1 MiB)</translation>
    </message>
    <message>
        <source>the shipped example (put the group&apos;s own in %1)</source>
        <translation>el ejemplo incluido (ponga el del grupo en %1)</translation>
    </message>
    <message>
        <source>the glossary is missing</source>
        <translation>falta el glosario</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation>Importar de un inventario de Ansible</translation>
    </message>
    <message>
        <source>Choose the hosts to add to the inventory.</source>
        <translation>Elija los hosts que se añadirán al inventario.</translation>
    </message>
    <message>
        <source>The Ansible inventory names no host Steward can reach over SSH.</source>
        <translation>El inventario de Ansible no nombra ningún host al que Steward pueda llegar por SSH.</translation>
    </message>
    <message>
        <source>Left out or read with a warning:</source>
        <translation>Omitidos o leídos con una advertencia:</translation>
    </message>
    <message>
        <source>Reading the Ansible inventory %1…</source>
        <translation>Leyendo el inventario de Ansible %1…</translation>
    </message>
</context>
<context>
    <name>Steward::Core</name>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (línea %2, columna %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>“%1” must be a single value</source>
        <translation>«%1» debe ser un único valor</translation>
    </message>
    <message>
        <source>each server must be a mapping of keys to values</source>
        <translation>cada servidor debe ser una asignación de claves a valores</translation>
    </message>
    <message>
        <source>“port” must be a number from 1 to 65535</source>
        <translation>«port» debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>“role” must be primary, secondary or staging</source>
        <translation>«role» debe ser primary, secondary o staging</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>a server has no “name”</source>
        <translation>un servidor no tiene «name»</translation>
    </message>
    <message>
        <source>server “%1” has no “host”</source>
        <translation>el servidor «%1» no tiene «host»</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; it is not an inventory</source>
        <translation>el archivo ocupa más de %1 MiB; no es un inventario</translation>
    </message>
    <message>
        <source>the file contains binary data; it is not an inventory</source>
        <translation>el archivo contiene datos binarios; no es un inventario</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>el archivo no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>the inventory must be a mapping with a “servers” list</source>
        <translation>el inventario debe ser una asignación con una lista «servers»</translation>
    </message>
    <message>
        <source>“version” must be a positive number</source>
        <translation>«version» debe ser un número positivo</translation>
    </message>
    <message>
        <source>this inventory is format version %1; this Steward reads up to version %2</source>
        <translation>este inventario tiene la versión de formato %1; este Steward lee hasta la versión %2</translation>
    </message>
    <message>
        <source>“servers” must be a list</source>
        <translation>«servers» debe ser una lista</translation>
    </message>
    <message>
        <source>the name “%1” is used twice</source>
        <translation>el nombre «%1» se usa dos veces</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>The host cannot be empty.</source>
        <translation>El host no puede estar vacío.</translation>
    </message>
    <message>
        <source>The host cannot contain spaces.</source>
        <translation>El host no puede contener espacios.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The compose directory must be an absolute path.</source>
        <translation>El directorio de compose debe ser una ruta absoluta.</translation>
    </message>
    <message>
        <source>%1 is a directory, not an inventory file</source>
        <translation>%1 es un directorio, no un archivo de inventario</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>not a “Keyword value” line</source>
        <translation>no es una línea «Palabra_clave valor»</translation>
    </message>
    <message>
        <source>unbalanced quotes</source>
        <translation>comillas sin cerrar</translation>
    </message>
    <message>
        <source>“%1” has no value</source>
        <translation>«%1» no tiene valor</translation>
    </message>
    <message>
        <source>Include nested too deeply</source>
        <translation>Include anidado demasiado profundamente</translation>
    </message>
    <message>
        <source>unknown keyword “%1”</source>
        <translation>palabra clave desconocida «%1»</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>Se canceló la orden.</translation>
    </message>
    <message>
        <source>The server refused to open a channel (error %1).</source>
        <translation>El servidor se negó a abrir un canal (error %1).</translation>
    </message>
    <message>
        <source>The server refused a terminal (error %1).</source>
        <translation>El servidor se negó a abrir un terminal (error %1).</translation>
    </message>
    <message>
        <source>The server refused to run the command (error %1).</source>
        <translation>El servidor se negó a ejecutar la orden (error %1).</translation>
    </message>
    <message>
        <source>Reading the command&apos;s output failed (error %1).</source>
        <translation>Falló la lectura de la salida de la orden (error %1).</translation>
    </message>
    <message>
        <source>certificate authorities are not supported; line ignored</source>
        <translation>las autoridades de certificación no son compatibles; línea ignorada</translation>
    </message>
    <message>
        <source>malformed marker line ignored</source>
        <translation>línea de marcador mal formada ignorada</translation>
    </message>
    <message>
        <source>expected host names, a key type and a key; line ignored</source>
        <translation>se esperaban nombres de host, un tipo de clave y una clave; línea ignorada</translation>
    </message>
    <message>
        <source>unsupported key type %1; line ignored</source>
        <translation>tipo de clave %1 no compatible; línea ignorada</translation>
    </message>
    <message>
        <source>the key is not valid base64 of a %1 key; line ignored</source>
        <translation>la clave no es un base64 válido de una clave %1; línea ignorada</translation>
    </message>
    <message>
        <source>malformed line ignored</source>
        <translation>línea mal formada ignorada</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out.</source>
        <translation>Se agotó el tiempo de conexión con %1.</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>No se pudo resolver %1: %2</translation>
    </message>
    <message>
        <source>Could not create a socket: %1</source>
        <translation>No se pudo crear un socket: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>No se pudo conectar con %1 en el puerto %2: %3</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Se perdió la conexión con %1.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>Could not save the host key in %1.</source>
        <translation>No se pudo guardar la clave de host en %1.</translation>
    </message>
    <message>
        <source>The host key of %1 was not trusted.</source>
        <translation>No se confió en la clave de host de %1.</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: no password given.</source>
        <translation>Permiso denegado para %1@%2: no se dio ninguna contraseña.</translation>
    </message>
    <message>
        <source>The server %1 did not answer for %2 seconds.</source>
        <translation>El servidor %1 no respondió durante %2 segundos.</translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation>No se pudo crear una sesión SSH.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed (error %2).</source>
        <translation>Falló la negociación SSH con %1 (error %2).</translation>
    </message>
    <message>
        <source>The server %1 sent no host key.</source>
        <translation>El servidor %1 no envió ninguna clave de host.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the server was reinstalled. Connection refused; remove the old key from known_hosts only if you know why it changed.</source>
        <translation>La clave de host de %1 ha CAMBIADO (ahora %2 %3). Puede que alguien esté interceptando la conexión o que el servidor se haya reinstalado. Conexión rechazada; elimine la clave antigua de known_hosts solo si sabe por qué ha cambiado.</translation>
    </message>
    <message>
        <source>The server %1 refused to list authentication methods.</source>
        <translation>El servidor %1 se negó a enumerar los métodos de autenticación.</translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Frase de contraseña de la clave %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during authentication.</source>
        <translation>Se perdió la conexión con %1 durante la autenticación.</translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation>Contraseña de %1@%2</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2 (server offers: %3).</source>
        <translation>Permiso denegado para %1@%2 (el servidor ofrece: %3).</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: wrong password.</source>
        <translation>Permiso denegado para %1@%2: contraseña incorrecta.</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Contraseña SSH</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Frase de contraseña de la clave SSH</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Token de GitHub</translation>
    </message>
    <message>
        <source>Mastodon access token</source>
        <translation>Token de acceso de Mastodon</translation>
    </message>
    <message>
        <source>S3 access key pair</source>
        <translation>Par de claves de acceso S3</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
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
        <translation>El llavero se negó: %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not run %1.</source>
        <translation>No se pudo ejecutar %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Decryption was stopped (no answer in time).</source>
        <translation>Se detuvo el descifrado (sin respuesta a tiempo).</translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation>No se pudo descifrar: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>The first line is empty; nothing was stored.</source>
        <translation>La primera línea está vacía; no se guardó nada.</translation>
    </message>
    <message>
        <source>The credential store is gone.</source>
        <translation>El almacén de credenciales ya no existe.</translation>
    </message>
    <message>
        <source>Kept for this session only as %1 for %2 (no keychain).</source>
        <translation>Guardado solo para esta sesión como %1 de %2 (sin llavero).</translation>
    </message>
    <message>
        <source>Stored as %1 for %2.</source>
        <translation>Guardado como %1 de %2.</translation>
    </message>
    <message>
        <source>The release list is not valid JSON: %1 (at byte %2).</source>
        <translation>La lista de versiones no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The release list is not a JSON array of releases.</source>
        <translation>La lista de versiones no es una matriz JSON de versiones.</translation>
    </message>
    <message>
        <source>No saved release list for %1 yet.</source>
        <translation>Aún no hay ninguna lista de versiones guardada para %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for anonymous requests is used up; try again at %1.</source>
        <translation>Se agotó el límite de GitHub para solicitudes anónimas; vuelva a intentarlo a las %1.</translation>
    </message>
    <message>
        <source>GitHub did not answer within %1 seconds.</source>
        <translation>GitHub no respondió en %1 segundos.</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1 for %2.</source>
        <translation>GitHub respondió HTTP %1 para %2.</translation>
    </message>
    <message>
        <source>Could not reach GitHub: %1</source>
        <translation>No se pudo contactar con GitHub: %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 is not a JSON list of releases.</source>
        <translation>La respuesta de GitHub para %1 no es una lista JSON de versiones.</translation>
    </message>
    <message>
        <source>The target %1 is not newer than the current version %2.</source>
        <translation>El destino %1 no es más reciente que la versión actual %2.</translation>
    </message>
    <message>
        <source>Version %1 is not in the release notes; the newest there is %2.</source>
        <translation>La versión %1 no está en las notas de versión; la más reciente es %2.</translation>
    </message>
    <message>
        <source>%1 is a prerelease.</source>
        <translation>%1 es una versión preliminar.</translation>
    </message>
    <message>
        <source>The notes do not cover %1.%2.0: its upgrade notes, migrations and dependency changes are missing from this plan.</source>
        <translation>Las notas no cubren %1.%2.0: faltan en este plan sus notas de actualización, migraciones y cambios de dependencias.</translation>
    </message>
    <message>
        <source>%1 %2 needs %3 %4.</source>
        <translation>%1 %2 necesita %3 %4.</translation>
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
        <translation>Revisar la variable de entorno %1 en .env.production</translation>
    </message>
    <message>
        <source>Read the upgrade notes of each release listed</source>
        <translation>Leer las notas de actualización de cada versión listada</translation>
    </message>
    <message>
        <source>Run the pre-deployment database migrations (SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)</source>
        <translation>Ejecutar las migraciones de base de datos previas al despliegue (SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)</translation>
    </message>
    <message>
        <source>Run the post-deployment database migrations (rails db:migrate) once the new version runs</source>
        <translation>Ejecutar las migraciones de base de datos posteriores al despliegue (rails db:migrate) cuando la nueva versión esté en marcha</translation>
    </message>
    <message>
        <source>%1 does not support updating from before %2: upgrade to the latest %3 first, or stop every Mastodon process during the upgrade.</source>
        <translation>%1 no admite actualizar desde versiones anteriores a %2: actualice primero a la última %3 o detenga todos los procesos de Mastodon durante la actualización.</translation>
    </message>
    <message>
        <source>Breaking change in %1.</source>
        <translation>Cambio incompatible en %1.</translation>
    </message>
    <message>
        <source>Consider the recommended %1 version</source>
        <translation>Considerar la versión recomendada de %1</translation>
    </message>
    <message>
        <source>Make sure %1 is newer than %2</source>
        <translation>Asegurarse de que %1 es posterior a %2</translation>
    </message>
    <message>
        <source>Make sure %1 is %2 or newer</source>
        <translation>Asegurarse de que %1 es %2 o posterior</translation>
    </message>
    <message>
        <source>Back up the database (pg_dump -Fc) and .env.production</source>
        <translation>Hacer una copia de seguridad de la base de datos (pg_dump -Fc) y de .env.production</translation>
    </message>
    <message>
        <source>Check out or pull %1 and build or pull the images</source>
        <translation>Extraer o actualizar %1 y compilar o descargar las imágenes</translation>
    </message>
    <message>
        <source>Restart every Mastodon process</source>
        <translation>Reiniciar todos los procesos de Mastodon</translation>
    </message>
    <message>
        <source>Upgrade plan: %1 → %2</source>
        <translation>Plan de actualización: %1 → %2</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>security</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <source>migrations</source>
        <translation>migraciones</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>incompatible</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(deducido)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Security fixes</source>
        <translation>Correcciones de seguridad</translation>
    </message>
    <message>
        <source>Recommended targets</source>
        <translation>Destinos recomendados</translation>
    </message>
    <message>
        <source>Latest patch of the current line: %1</source>
        <translation>Último parche de la línea actual: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Next line: %1</source>
        <translation>Línea siguiente: %1</translation>
    </message>
    <message>
        <source>No release headings such as “## [4.4.0] - 2025-07-08” were found; is this a Mastodon CHANGELOG.md?</source>
        <translation>No se encontraron encabezados de versión como «## [4.4.0] - 2025-07-08»; ¿es esto un CHANGELOG.md de Mastodon?</translation>
    </message>
    <message>
        <source>The services run different Mastodon images: %1 and %2.</source>
        <translation>Los servicios usan imágenes de Mastodon distintas: %1 y %2.</translation>
    </message>
    <message>
        <source>The Mastodon image has no version tag (“%1”): the version cannot be read from docker-compose.yml.</source>
        <translation>La imagen de Mastodon no tiene etiqueta de versión («%1»): no se puede leer la versión de docker-compose.yml.</translation>
    </message>
    <message>
        <source>docker-compose.yml has no Mastodon image.</source>
        <translation>docker-compose.yml no tiene ninguna imagen de Mastodon.</translation>
    </message>
    <message>
        <source>The instance API did not answer with a JSON object.</source>
        <translation>La API de la instancia no respondió con un objeto JSON.</translation>
    </message>
    <message>
        <source>The instance API reports the version “%1”, which is not one Steward reads.</source>
        <translation>La API de la instancia indica la versión «%1», que Steward no sabe leer.</translation>
    </message>
    <message>
        <source>%1 is a binary file (a NUL byte at offset %2), not a docker-compose.yml.</source>
        <translation>%1 es un archivo binario (un byte NUL en la posición %2), no un docker-compose.yml.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; a binary file cannot be compared.</source>
        <translation>%1 no es texto UTF-8; un archivo binario no se puede comparar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 añadido: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 eliminado (era %2)</translation>
    </message>
    <message>
        <source>image %1: tag %2 → %3</source>
        <translation>imagen %1: etiqueta %2 → %3</translation>
    </message>
    <message>
        <source>image %1 → %2</source>
        <translation>imagen %1 → %2</translation>
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
        <translation>%1: un tabulador en la sangría; YAML sangra solo con espacios.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 no es YAML válido: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no docker-compose content to compare.</source>
        <translation>%1 está vacío: no hay contenido de docker-compose que comparar.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: the top level is not a mapping.</source>
        <translation>%1 no es un archivo docker-compose: el nivel superior no es una asignación.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: it has no “services” mapping.</source>
        <translation>%1 no es un archivo docker-compose: no tiene ninguna asignación «services».</translation>
    </message>
    <message>
        <source>service %1: added (line %2)</source>
        <translation>servicio %1: añadido (línea %2)</translation>
    </message>
    <message>
        <source>service %1: removed (was line %2)</source>
        <translation>servicio %1: eliminado (era la línea %2)</translation>
    </message>
    <message>
        <source>service %1:</source>
        <translation>servicio %1:</translation>
    </message>
    <message>
        <source>top level: %1</source>
        <translation>nivel superior: %1</translation>
    </message>
    <message>
        <source>No semantic change.</source>
        <translation>Ningún cambio semántico.</translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: %3</source>
        <translation>No se puede obtener %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cannot fetch %1 from %2: HTTP status %3</source>
        <translation>No se puede obtener %1 de %2: estado HTTP %3</translation>
    </message>
    <message>
        <source>the jump host refused to forward to %1 port %2 (%3)</source>
        <translation>el host de salto se negó a reenviar a %1 puerto %2 (%3)</translation>
    </message>
    <message>
        <source>the forwarded connection failed (error %1)</source>
        <translation>falló la conexión reenviada (error %1)</translation>
    </message>
    <message>
        <source>The ProxyJump hop &quot;%1&quot; is not [user@]host[:port].</source>
        <translation>El salto de ProxyJump «%1» no tiene la forma [user@]host[:port].</translation>
    </message>
    <message>
        <source>ProxyJump has more than %1 hops.</source>
        <translation>ProxyJump tiene más de %1 saltos.</translation>
    </message>
    <message>
        <source>ProxyJump for %1 goes more than %2 hops deep (a loop?).</source>
        <translation>ProxyJump para %1 tiene más de %2 saltos de profundidad (¿un bucle?).</translation>
    </message>
    <message>
        <source>Could not reach %1 through the jump host %2: %3</source>
        <translation>No se pudo llegar a %1 a través del host de salto %2: %3</translation>
    </message>
    <message>
        <source>Wrong password for %1@%2; try again</source>
        <translation>Contraseña incorrecta para %1@%2; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key %1; try again</source>
        <translation>Frase de contraseña incorrecta para la clave %1; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>The server %1 has no host to connect to.</source>
        <translation>El servidor %1 no tiene ningún host al que conectarse.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>no existe el archivo o el directorio</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>no space left on the server&apos;s disk</source>
        <translation>no queda espacio en el disco del servidor</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>el archivo ya existe</translation>
    </message>
    <message>
        <source>a part of the path is not a directory</source>
        <translation>una parte de la ruta no es un directorio</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>el servidor no admite esta operación</translation>
    </message>
    <message>
        <source>SFTP status %1</source>
        <translation>estado SFTP %1</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Se canceló la transferencia.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>The server refused SFTP (error %1).</source>
        <translation>El servidor rechazó SFTP (error %1).</translation>
    </message>
    <message>
        <source>Could not read the attributes of %1</source>
        <translation>No se pudieron leer los atributos de %1</translation>
    </message>
    <message>
        <source>Could not upload to %1: it is a directory.</source>
        <translation>No se pudo subir a %1: es un directorio.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>No se pudo crear %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>Could not read %1: it is a directory.</source>
        <translation>No se pudo leer %1: es un directorio.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3 are read).</source>
        <translation>%1 es demasiado grande (%2 bytes; se leen como máximo %3).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>No se pudo leer %1</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 bytes).</source>
        <translation>%1 es demasiado grande (más de %2 bytes).</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>No se pudo cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>No se pudo cambiar el nombre de %1 a %2: %3</translation>
    </message>
    <message>
        <source>The passphrase kept in the keychain was refused.</source>
        <translation>Se rechazó la frase de contraseña guardada en el llavero.</translation>
    </message>
    <message>
        <source>The password kept in the keychain was refused.</source>
        <translation>Se rechazó la contraseña guardada en el llavero.</translation>
    </message>
    <message>
        <source>`tootctl version` printed no version (“%1”).</source>
        <translation>`tootctl version` no mostró ninguna versión («%1»).</translation>
    </message>
    <message>
        <source>no SSH connection</source>
        <translation>sin conexión SSH</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estado de salida %1</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>the server has no public URL</source>
        <translation>el servidor no tiene URL pública</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Se canceló la comparación.</translation>
    </message>
    <message>
        <source>%1: its aliases (*name) expand without bound (an alias inside the node it names, or a “billion laughs” file); refused.</source>
        <translation>%1: sus alias (*nombre) se expanden sin límite (un alias dentro del nodo que nombra, o un archivo «billion laughs»); rechazado.</translation>
    </message>
    <message>
        <source>%1: its aliases (*name) expand %2 nodes into %3; refused (at most %4).</source>
        <translation>%1: sus alias (*nombre) expanden %2 nodos a %3; rechazado (como máximo %4).</translation>
    </message>
    <message>
        <source>Cannot compare %1 and %2: %3</source>
        <translation>No se pueden comparar %1 y %2: %3</translation>
    </message>
    <message>
        <source>Cannot open the git repository %1: %2</source>
        <translation>No se puede abrir el repositorio git %1: %2</translation>
    </message>
    <message>
        <source>%1 has no docker-compose.yml at %2: %3</source>
        <translation>%1 no tiene docker-compose.yml en %2: %3</translation>
    </message>
    <message>
        <source>%1: docker-compose.yml at %2 is not a file.</source>
        <translation>%1: docker-compose.yml en %2 no es un archivo.</translation>
    </message>
    <message>
        <source>The command timed out (limit: %1 s).</source>
        <translation>El comando superó el tiempo límite (límite: %1 s).</translation>
    </message>
    <message>
        <source>The server %1 stopped answering during authentication (timed out).</source>
        <translation>El servidor %1 dejó de responder durante la autenticación (tiempo agotado).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2.</source>
        <translation>No se pudo conectar con %1, puerto %2.</translation>
    </message>
    <message>
        <source>GitHub asks to slow down (secondary rate limit); try again at %1.</source>
        <translation>GitHub pide ir más despacio (límite secundario); vuelva a intentarlo a las %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for this token is used up; try again at %1.</source>
        <translation>Se agotó el límite de GitHub para este token; vuelva a intentarlo a las %1.</translation>
    </message>
    <message>
        <source>GitHub&apos;s next page of releases is on another server (%1); it was not followed.</source>
        <translation>La siguiente página de versiones de GitHub está en otro servidor (%1); no se siguió.</translation>
    </message>
    <message>
        <source>Hometown %1 merges Mastodon %2 → %3: this plan also reads the notes of those Mastodon releases.</source>
        <translation>Hometown %1 incorpora Mastodon %2 → %3: este plan también lee las notas de esas versiones de Mastodon.</translation>
    </message>
    <message>
        <source>This plan changes forks (%1 → %2): it reads the notes of the Mastodon releases up to %3 and of %2 only; read both projects&apos; notes.</source>
        <translation>Este plan cambia de fork (%1 → %2): lee las notas de las versiones de Mastodon hasta %3 y solo las de %2; lea las notas de ambos proyectos.</translation>
    </message>
    <message>
        <source>These notes come from Mastodon&apos;s CHANGELOG.md only, which lacks the patch releases made only on stable branches: the latest patch of %1.%2 may be newer than %3; check GitHub&apos;s releases.</source>
        <translation>Estas notas solo vienen del CHANGELOG.md de Mastodon, al que le faltan las versiones de parche publicadas solo en ramas estables: el último parche de %1.%2 puede ser más reciente que %3; consulte las versiones en GitHub.</translation>
    </message>
    <message>
        <source>These notes come from Mastodon&apos;s CHANGELOG.md only, which lacks the patch releases made only on stable branches: a newer patch than those listed may exist; check GitHub&apos;s releases.</source>
        <translation>Estas notas solo vienen del CHANGELOG.md de Mastodon, al que le faltan las versiones de parche publicadas solo en ramas estables: puede existir un parche más reciente que los listados; consulte las versiones en GitHub.</translation>
    </message>
    <message>
        <source>Pre-deployment migration files added in %1: %2 (migrations.tsv)</source>
        <translation>Archivos de migración previos al despliegue añadidos en %1: %2 (migrations.tsv)</translation>
    </message>
    <message>
        <source>Post-deployment migration files added in %1: %2 (migrations.tsv)</source>
        <translation>Archivos de migración posteriores al despliegue añadidos en %1: %2 (migrations.tsv)</translation>
    </message>
    <message>
        <source>Feature release %1: likely (most feature releases ship database migrations; these notes do not say)</source>
        <translation>Versión de funciones %1: probable (la mayoría de las versiones de funciones traen migraciones de base de datos; estas notas no lo dicen)</translation>
    </message>
    <message>
        <source>Line %1 of the migration counts is not “from_tag, to_tag, pre-deployment count, post-deployment count”: %2</source>
        <translation>La línea %1 de los recuentos de migraciones no es «from_tag, to_tag, recuento previo al despliegue, recuento posterior al despliegue»: %2</translation>
    </message>
    <message>
        <source>image %1: digest %2 → %3</source>
        <translation>imagen %1: digest %2 → %3</translation>
    </message>
    <message>
        <source>image %1: tag %2 → %3, digest %4 → %5</source>
        <translation>imagen %1: etiqueta %2 → %3, digest %4 → %5</translation>
    </message>
    <message>
        <source>%1: same items, new order</source>
        <translation>%1: mismos elementos, nuevo orden</translation>
    </message>
    <message>
        <source>Read with ansible-inventory (group and host variables resolved by Ansible).</source>
        <translation>Leído con ansible-inventory (variables de grupo y de host resueltas por Ansible).</translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own INI inventory reader (inline variables, [group:vars], group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation>ansible-inventory no está instalado: leído con el lector de inventarios INI propio de Steward (variables en línea, [group:vars], group_vars/ y host_vars/; sin plugins ni plantillas).</translation>
    </message>
    <message>
        <source>ansible-inventory is not installed: read with Steward&apos;s own YAML inventory reader (hosts, vars, children, group_vars/ and host_vars/; no plugins, no templates).</source>
        <translation>ansible-inventory no está instalado: leído con el lector de inventarios YAML propio de Steward (hosts, vars, children, group_vars/ y host_vars/; sin plugins ni plantillas).</translation>
    </message>
    <message>
        <source>The inventory names no host.</source>
        <translation>El inventario no nombra ningún host.</translation>
    </message>
    <message>
        <source>%1: “vars” is not a mapping; ignored</source>
        <translation>%1: «vars» no es una asignación; se ignora</translation>
    </message>
    <message>
        <source>%1: %2 is not a single value; ignored</source>
        <translation>%1: %2 no es un único valor; se ignora</translation>
    </message>
    <message>
        <source>groups nested too deep</source>
        <translation>grupos anidados demasiado profundamente</translation>
    </message>
    <message>
        <source>group “%1” must be a mapping (hosts, vars, children)</source>
        <translation>el grupo «%1» debe ser una asignación (hosts, vars, children)</translation>
    </message>
    <message>
        <source>“hosts” of group “%1” must be a mapping of host names</source>
        <translation>«hosts» del grupo «%1» debe ser una asignación de nombres de host</translation>
    </message>
    <message>
        <source>“children” of group “%1” must be a mapping of groups</source>
        <translation>«children» del grupo «%1» debe ser una asignación de grupos</translation>
    </message>
    <message>
        <source>group “%1”: unexpected key “%2” (only hosts, vars and children are read); skipped</source>
        <translation>grupo «%1»: clave inesperada «%2» (solo se leen hosts, vars y children); se omite</translation>
    </message>
    <message>
        <source>“[%1]” is not a host range (expected [start:end] or [start:end:step])</source>
        <translation>«[%1]» no es un rango de hosts (se esperaba [start:end] o [start:end:step])</translation>
    </message>
    <message>
        <source>the step of host range “[%1]” is not a positive number</source>
        <translation>el paso del rango de hosts «[%1]» no es un número positivo</translation>
    </message>
    <message>
        <source>host range “[%1]” has no end</source>
        <translation>el rango de hosts «[%1]» no tiene final</translation>
    </message>
    <message>
        <source>host range “[%1]” ends before it begins</source>
        <translation>el rango de hosts «[%1]» termina antes de empezar</translation>
    </message>
    <message>
        <source>host range “[%1]” is too large</source>
        <translation>el rango de hosts «[%1]» es demasiado grande</translation>
    </message>
    <message>
        <source>host range “[%1]” mixes letters and numbers or is not a range</source>
        <translation>el rango de hosts «[%1]» mezcla letras y números o no es un rango</translation>
    </message>
    <message>
        <source>“%1” has “[” without “]”</source>
        <translation>«%1» tiene «[» sin «]»</translation>
    </message>
    <message>
        <source>%1: not an SSH host (ansible_connection=%2); left out</source>
        <translation>%1: no es un host SSH (ansible_connection=%2); se omite</translation>
    </message>
    <message>
        <source>%1: %2 is a template (%3) that only Ansible can resolve; left out</source>
        <translation>%1: %2 es una plantilla (%3) que solo Ansible puede resolver; se omite</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a port number; left out</source>
        <translation>%1: %2 «%3» no es un número de puerto; se omite</translation>
    </message>
    <message>
        <source>an Ansible inventory</source>
        <translation>un inventario de Ansible</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importado de %1.</translation>
    </message>
    <message>
        <source>Imported from %1 (groups: %2).</source>
        <translation>Importado de %1 (grupos: %2).</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: omitido: %2</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not valid JSON (%1 at character %2)</source>
        <translation>la salida de ansible-inventory no es JSON válido (%1 en el carácter %2)</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output is not a JSON object</source>
        <translation>la salida de ansible-inventory no es un objeto JSON</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has no “all” group (cut short?)</source>
        <translation>la salida de ansible-inventory no tiene ningún grupo «all» (¿cortada?)</translation>
    </message>
    <message>
        <source>ansible-inventory&apos;s output has “_meta” without “hostvars”</source>
        <translation>la salida de ansible-inventory tiene «_meta» sin «hostvars»</translation>
    </message>
    <message>
        <source>invalid section “%1”</source>
        <translation>sección no válida «%1»</translation>
    </message>
    <message>
        <source>section [%1] has unknown type “%2”</source>
        <translation>la sección [%1] tiene un tipo desconocido «%2»</translation>
    </message>
    <message>
        <source>expected key=value in [%1:vars], got “%2”</source>
        <translation>se esperaba clave=valor en [%1:vars], se obtuvo «%2»</translation>
    </message>
    <message>
        <source>expected one group name in [%1:children], got “%2”</source>
        <translation>se esperaba un nombre de grupo en [%1:children], se obtuvo «%2»</translation>
    </message>
    <message>
        <source>unclosed quote in “%1”</source>
        <translation>comillas sin cerrar en «%1»</translation>
    </message>
    <message>
        <source>expected key=value host variable, got “%1”</source>
        <translation>se esperaba una variable de host clave=valor, se obtuvo «%1»</translation>
    </message>
    <message>
        <source>the inventory is empty</source>
        <translation>el inventario está vacío</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of groups</source>
        <translation>un inventario YAML debe ser una asignación de grupos</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping of variables; ignored</source>
        <translation>%1 no es una asignación de variables; se ignora</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (%2, line %3); ignored</source>
        <translation>%1 no es YAML válido (%2, línea %3); se ignora</translation>
    </message>
    <message>
        <source>%1 is too large for an inventory</source>
        <translation>%1 es demasiado grande para un inventario</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read</source>
        <translation>%1 no existe o no se puede leer</translation>
    </message>
    <message numerus="yes">
        <source>ansible-inventory did not answer within %n second(s); stopped</source>
        <translation>
            <numerusform>ansible-inventory no respondió en %n segundo; detenido</numerusform>
            <numerusform>ansible-inventory no respondió en %n segundos; detenido</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-inventory could not be started: %1</source>
        <translation>no se pudo iniciar ansible-inventory: %1</translation>
    </message>
    <message>
        <source>ansible-inventory crashed: %1</source>
        <translation>ansible-inventory se bloqueó: %1</translation>
    </message>
    <message>
        <source>ansible-inventory failed (exit status %1): %2</source>
        <translation>ansible-inventory falló (estado de salida %1): %2</translation>
    </message>
    <message>
        <source>“%1” must be a number from %2 to %3</source>
        <translation>«%1» debe ser un número de %2 a %3</translation>
    </message>
    <message>
        <source>“drill” must be a mapping of keys to values</source>
        <translation>«drill» debe ser una asignación de claves a valores</translation>
    </message>
    <message>
        <source>“work_dir” must be an absolute path</source>
        <translation>«work_dir» debe ser una ruta absoluta</translation>
    </message>
    <message>
        <source>“backup” must be a mapping of keys to values</source>
        <translation>«backup» debe ser una asignación de claves a valores</translation>
    </message>
    <message>
        <source>“endpoint” must be an http:// or https:// URL</source>
        <translation>«endpoint» debe ser una URL http:// o https://</translation>
    </message>
    <message>
        <source>“addressing” must be path or virtual</source>
        <translation>«addressing» debe ser path o virtual</translation>
    </message>
    <message>
        <source>“pattern” must contain {timestamp}</source>
        <translation>«pattern» debe contener {timestamp}</translation>
    </message>
    <message>
        <source>“psql” must be a list of arguments, such as [docker, compose, exec, -T, db, psql, -U, postgres]</source>
        <translation>«psql» debe ser una lista de argumentos, como [docker, compose, exec, -T, db, psql, -U, postgres]</translation>
    </message>
    <message>
        <source>“backup” has no “bucket”</source>
        <translation>«backup» no tiene «bucket»</translation>
    </message>
    <message>
        <source>server “%1”: the drill host “%2” is not a server of the inventory</source>
        <translation>servidor «%1»: el host de simulacro «%2» no es un servidor del inventario</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>No se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server&apos;s question was not answered.</source>
        <translation>Permiso denegado para %1@%2: no se respondió a la pregunta del servidor.</translation>
    </message>
    <message>
        <source>%1@%2 asks: %3</source>
        <translation>%1@%2 pregunta: %3</translation>
    </message>
    <message>
        <source>Permission denied for %1@%2: the server refused the answers.</source>
        <translation>Permiso denegado para %1@%2: el servidor rechazó las respuestas.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: the server and Steward have no cipher, key exchange or host key type in common (%2). Steward offers AES-GCM, chacha20-poly1305 and AES-CTR ciphers, not CBC, 3DES or RC4.</source>
        <translation>Falló la negociación SSH con %1: el servidor y Steward no tienen en común ningún cifrado, intercambio de claves ni tipo de clave de host (%2). Steward ofrece los cifrados AES-GCM, chacha20-poly1305 y AES-CTR, no CBC, 3DES ni RC4.</translation>
    </message>
    <message>
        <source>The server %1 presented a %2 key (%3), but it is known under another key type only: %4. The server may have been reinstalled, or someone may be intercepting the connection. Connection refused; check the key on the server before you add it to known_hosts.</source>
        <translation>El servidor %1 presentó una clave %2 (%3), pero solo se conoce con otro tipo de clave: %4. Puede que el servidor se haya reinstalado o que alguien esté interceptando la conexión. Conexión rechazada; compruebe la clave en el servidor antes de añadirla a known_hosts.</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>una respuesta vacía</translation>
    </message>
    <message>
        <source>an HTML page “%1”</source>
        <translation>una página HTML «%1»</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>una página HTML</translation>
    </message>
    <message>
        <source>the error “%1”</source>
        <translation>el error «%1»</translation>
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
        <translation>el punto de salud respondió %1 en lugar de «OK»</translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1, not Mastodon&apos;s JSON</source>
        <translation>/api/v2/instance respondió %1, no el JSON de Mastodon</translation>
    </message>
    <message>
        <source>/api/v2/instance is not valid JSON (%1 at character %2; cut short?)</source>
        <translation>/api/v2/instance no es JSON válido (%1 en el carácter %2; ¿cortado?)</translation>
    </message>
    <message>
        <source>/api/v2/instance answered %1</source>
        <translation>/api/v2/instance respondió %1</translation>
    </message>
    <message>
        <source>/api/v2/instance has no “version”</source>
        <translation>/api/v2/instance no tiene «version»</translation>
    </message>
    <message>
        <source>/api/v2/instance has no configuration.statuses.max_characters (a number)</source>
        <translation>/api/v2/instance no tiene configuration.statuses.max_characters (un número)</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Reiniciar %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Detener %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Iniciar %1</translation>
    </message>
    <message numerus="yes">
        <source>Scale %1 to %n</source>
        <translation>
            <numerusform>Escalar %1 a %n</numerusform>
            <numerusform>Escalar %1 a %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeploy (docker compose up -d)</source>
        <translation>Volver a desplegar (docker compose up -d)</translation>
    </message>
    <message>
        <source>Start %1 now</source>
        <translation>Iniciar %1 ahora</translation>
    </message>
    <message>
        <source>stopped by signal %1</source>
        <translation>detenido por la señal %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sano</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inalcanzable</translation>
    </message>
    <message>
        <source>No compose service exists in the compose directory.</source>
        <translation>No existe ningún servicio de compose en el directorio de compose.</translation>
    </message>
    <message>
        <source>%1 keeps restarting (%2).</source>
        <translation>%1 se reinicia una y otra vez (%2).</translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation>%1 no está en ejecución (%2).</translation>
    </message>
    <message>
        <source>%1 is unhealthy.</source>
        <translation>%1 no está sano.</translation>
    </message>
    <message>
        <source>%1 is still starting.</source>
        <translation>%1 todavía se está iniciando.</translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation>%1 falló (%2).</translation>
    </message>
    <message>
        <source>%1: the last run ended with “%2”.</source>
        <translation>%1: la última ejecución terminó con «%2».</translation>
    </message>
    <message>
        <source>The last run of %1 (from %2) failed.</source>
        <translation>La última ejecución de %1 (de %2) falló.</translation>
    </message>
    <message>
        <source>%1 is not scheduled to run again.</source>
        <translation>%1 no tiene programada otra ejecución.</translation>
    </message>
    <message>
        <source>%1 should have run at %2 and did not.</source>
        <translation>%1 debía ejecutarse a las %2 y no lo hizo.</translation>
    </message>
    <message>
        <source>%1 is %2 % full.</source>
        <translation>%1 está lleno al %2 %.</translation>
    </message>
    <message>
        <source>The maintenance page is up (HTTP 503).</source>
        <translation>La página de mantenimiento está activa (HTTP 503).</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 no responde: %2</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2.</source>
        <translation>%1 responde HTTP %2.</translation>
    </message>
    <message>
        <source>The web service</source>
        <translation>El servicio web</translation>
    </message>
    <message>
        <source>The streaming service</source>
        <translation>El servicio de streaming</translation>
    </message>
    <message>
        <source>The instance API</source>
        <translation>La API de la instancia</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>No conectado a %1.</translation>
    </message>
    <message>
        <source>line %1 is not valid JSON (%2 at character %3)</source>
        <translation>la línea %1 no es JSON válido (%2 en el carácter %3)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>no es JSON válido (%1 en el carácter %2)</translation>
    </message>
    <message>
        <source>a container without a name or a state</source>
        <translation>un contenedor sin nombre o sin estado</translation>
    </message>
    <message>
        <source>block devices nested too deep</source>
        <translation>dispositivos de bloques anidados demasiado profundamente</translation>
    </message>
    <message>
        <source>a block device without a name</source>
        <translation>un dispositivo de bloques sin nombre</translation>
    </message>
    <message>
        <source>the size of %1 is not a size</source>
        <translation>el tamaño de %1 no es un tamaño</translation>
    </message>
    <message>
        <source>expected a list of containers</source>
        <translation>se esperaba una lista de contenedores</translation>
    </message>
    <message>
        <source>line %1 is not a container</source>
        <translation>la línea %1 no es un contenedor</translation>
    </message>
    <message>
        <source>a unit without an Id (line %1)</source>
        <translation>una unidad sin Id (línea %1)</translation>
    </message>
    <message>
        <source>%1: no LoadState or ActiveState (cut short?)</source>
        <translation>%1: sin LoadState ni ActiveState (¿cortado?)</translation>
    </message>
    <message>
        <source>line %1 is not Key=Value: “%2”</source>
        <translation>la línea %1 no es Clave=Valor: «%2»</translation>
    </message>
    <message>
        <source>no NEXT … ACTIVATES header</source>
        <translation>no hay ninguna cabecera NEXT … ACTIVATES</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>la cabecera no tiene ninguna columna %1</translation>
    </message>
    <message>
        <source>line %1 is cut short</source>
        <translation>la línea %1 está cortada</translation>
    </message>
    <message>
        <source>line %1 has no timer and unit: “%2”</source>
        <translation>la línea %1 no tiene temporizador ni unidad: «%2»</translation>
    </message>
    <message>
        <source>line %1: a time that cannot be read: “%2”</source>
        <translation>línea %1: una hora que no se puede leer: «%2»</translation>
    </message>
    <message>
        <source>the list ends without its “timers listed” line (cut short?)</source>
        <translation>la lista termina sin su línea «timers listed» (¿cortada?)</translation>
    </message>
    <message>
        <source>df printed nothing</source>
        <translation>df no mostró nada</translation>
    </message>
    <message>
        <source>no Filesystem … Mounted on header</source>
        <translation>no hay ninguna cabecera Filesystem … Mounted on</translation>
    </message>
    <message>
        <source>line %1 is not a filesystem: “%2”</source>
        <translation>la línea %1 no es un sistema de archivos: «%2»</translation>
    </message>
    <message>
        <source>no “blockdevices” list</source>
        <translation>no hay ninguna lista «blockdevices»</translation>
    </message>
    <message>
        <source>no “report” list</source>
        <translation>no hay ninguna lista «report»</translation>
    </message>
    <message>
        <source>a logical volume without a name or a size</source>
        <translation>un volumen lógico sin nombre o sin tamaño</translation>
    </message>
    <message>
        <source>the command stopped before this part</source>
        <translation>la orden se detuvo antes de esta parte</translation>
    </message>
    <message>
        <source>%1: cut short</source>
        <translation>%1: cortado</translation>
    </message>
    <message>
        <source>%1: the command is not installed on the server (%2)</source>
        <translation>%1: la orden no está instalada en el servidor (%2)</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation>%1 falló (estado de salida %2): %3</translation>
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
        <translation>df falló (estado de salida %1): %2</translation>
    </message>
    <message>
        <source>lsblk failed (exit status %1): %2</source>
        <translation>lsblk falló (estado de salida %1): %2</translation>
    </message>
    <message>
        <source>lsblk: %1</source>
        <translation>lsblk: %1</translation>
    </message>
    <message>
        <source>Nothing to compare: the old and the new upstream file are both needed.</source>
        <translation>Nada que comparar: se necesitan tanto el archivo de origen anterior como el nuevo.</translation>
    </message>
    <message>
        <source>“%1” is not a valid upstream reference.</source>
        <translation>«%1» no es una referencia de origen válida.</translation>
    </message>
    <message>
        <source>ansible-playbook&apos;s output is not its JSON report: %1</source>
        <translation>La salida de ansible-playbook no es su informe JSON: %1</translation>
    </message>
    <message>
        <source>The announcement has %1 characters; %2 allows %3. Shorten it before posting.</source>
        <translation>El anuncio tiene %1 caracteres; %2 admite %3. Acórtelo antes de publicarlo.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2). Retrying is safe: the same Idempotency-Key never makes a second post.</source>
        <translation>%1 no respondió (%2). Es seguro volver a intentarlo: la misma Idempotency-Key nunca crea una segunda publicación.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (scheduled status %2).</source>
        <translation>Programado para %1 (estado programado %2).</translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation>Publicado: %1</translation>
    </message>
    <message>
        <source>%1 refused the admin token (%2). Store a valid token of the admin account in the keychain (Tools &gt; Credentials, Mastodon token), then retry.</source>
        <translation>%1 rechazó el token de administración (%2). Guarde un token válido de la cuenta de administración en el llavero (Herramientas &gt; Credenciales, token de Mastodon) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 does not let this token post (%2): it needs the write:statuses scope.</source>
        <translation>%1 no permite publicar con este token (%2): necesita el ámbito write:statuses.</translation>
    </message>
    <message>
        <source>%1 refused the text: %2</source>
        <translation>%1 rechazó el texto: %2</translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again after %2.</source>
        <translation>%1 limita la frecuencia con que publica esta cuenta; vuelva a intentarlo después de %2.</translation>
    </message>
    <message>
        <source>%1 limits how often this account posts; try again later.</source>
        <translation>%1 limita la frecuencia con que publica esta cuenta; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 answered %2: the site is down or shows the maintenance page. Post before maintenance starts.</source>
        <translation>%1 respondió %2: el sitio está caído o muestra la página de mantenimiento. Publique antes de que empiece el mantenimiento.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondió %2: %3</translation>
    </message>
    <message>
        <source>read %1 on this computer</source>
        <translation>leer %1 en este equipo</translation>
    </message>
    <message numerus="yes">
        <source>… (%n earlier lines)</source>
        <translation>
            <numerusform>… (%n línea anterior)</numerusform>
            <numerusform>… (%n líneas anteriores)</numerusform>
        </translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation>(estado de salida %1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Could not run “%1”: %2</source>
        <translation>No se pudo ejecutar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” failed with exit status %2.</source>
        <translation>«%1» falló con el estado de salida %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup newer than %n hour(s)</source>
        <translation>
            <numerusform>Una copia de seguridad de menos de %n hora</numerusform>
            <numerusform>Una copia de seguridad de menos de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>the last run of %1 on the server</source>
        <translation>la última ejecución de %1 en el servidor</translation>
    </message>
    <message>
        <source>Could not read the state of %1: %2</source>
        <translation>No se pudo leer el estado de %1: %2</translation>
    </message>
    <message>
        <source>The backup unit %1 does not exist on the server.</source>
        <translation>La unidad de copia de seguridad %1 no existe en el servidor.</translation>
    </message>
    <message>
        <source>A backup is running now; wait until %1 has finished.</source>
        <translation>Hay una copia de seguridad en curso; espere a que termine %1.</translation>
    </message>
    <message>
        <source>The last backup failed (%1: %2).</source>
        <translation>La última copia de seguridad falló (%1: %2).</translation>
    </message>
    <message>
        <source>%1 has not run since the server started.</source>
        <translation>%1 no se ha ejecutado desde que se inició el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup finished %1 ago (%2), more than %n hour(s).</source>
        <translation>
            <numerusform>La última copia de seguridad terminó hace %1 (%2), más de %n hora.</numerusform>
            <numerusform>La última copia de seguridad terminó hace %1 (%2), más de %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup finished %1 ago (%2) and succeeded.</source>
        <translation>La última copia de seguridad terminó hace %1 (%2) y salió bien.</translation>
    </message>
    <message>
        <source>At least %1 free for %2</source>
        <translation>Al menos %1 libres para %2</translation>
    </message>
    <message>
        <source>df on the server</source>
        <translation>df en el servidor</translation>
    </message>
    <message>
        <source>Could not read df&apos;s answer: %1</source>
        <translation>No se pudo leer la respuesta de df: %1</translation>
    </message>
    <message>
        <source>%1 is free on %2 (at least %3 needed).</source>
        <translation>Hay %1 libres en %2 (se necesitan al menos %3).</translation>
    </message>
    <message>
        <source>Only %1 is free on %2; at least %3 is needed.</source>
        <translation>Solo hay %1 libres en %2; se necesitan al menos %3.</translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml is the reviewed file</source>
        <translation>El docker-compose.yml del servidor es el archivo revisado</translation>
    </message>
    <message>
        <source>SHA-256 of %1 and of the server&apos;s docker-compose.yml</source>
        <translation>SHA-256 de %1 y del docker-compose.yml del servidor</translation>
    </message>
    <message>
        <source>The reviewed file cannot be read: %1</source>
        <translation>No se puede leer el archivo revisado: %1</translation>
    </message>
    <message numerus="yes">
        <source> (reviewed, %n byte(s))</source>
        <translation>
            <numerusform> (revisado, %n byte)</numerusform>
            <numerusform> (revisado, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs the reviewed docker-compose.yml (%1).</source>
        <translation>El servidor usa el docker-compose.yml revisado (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s docker-compose.yml (%1) is not the reviewed file (%2).</source>
        <translation>El docker-compose.yml del servidor (%1) no es el archivo revisado (%2).</translation>
    </message>
    <message>
        <source>Mastodon %1 is running</source>
        <translation>Mastodon %1 está en ejecución</translation>
    </message>
    <message>
        <source>The running Mastodon is older than %1</source>
        <translation>El Mastodon en ejecución es anterior a %1</translation>
    </message>
    <message>
        <source>The running Mastodon is %1 or newer</source>
        <translation>El Mastodon en ejecución es %1 o posterior</translation>
    </message>
    <message>
        <source>tootctl version in the %1 container</source>
        <translation>tootctl version en el contenedor %1</translation>
    </message>
    <message>
        <source>tootctl printed “%1”, which is not a version.</source>
        <translation>tootctl mostró «%1», que no es una versión.</translation>
    </message>
    <message>
        <source>“%1” is not a version.</source>
        <translation>«%1» no es una versión.</translation>
    </message>
    <message>
        <source>The server runs Mastodon %1.</source>
        <translation>El servidor ejecuta Mastodon %1.</translation>
    </message>
    <message>
        <source>No database migration is left to run</source>
        <translation>No queda ninguna migración de base de datos por ejecutar</translation>
    </message>
    <message>
        <source>The database migrations the new images will run</source>
        <translation>Las migraciones de base de datos que ejecutarán las imágenes nuevas</translation>
    </message>
    <message numerus="yes">
        <source>At most %n database migration(s) pending</source>
        <translation>
            <numerusform>Como mucho %n migración de base de datos pendiente</numerusform>
            <numerusform>Como mucho %n migraciones de base de datos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>rails db:migrate:status in a one-off %1 container</source>
        <translation>rails db:migrate:status en un contenedor %1 de un solo uso</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) known</source>
        <translation>
            <numerusform>%n migración conocida</numerusform>
            <numerusform>%n migraciones conocidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>db:migrate:status listed no migration; its output is not understood.</source>
        <translation>db:migrate:status no mostró ninguna migración; no se entiende su salida.</translation>
    </message>
    <message>
        <source>Every migration has run.</source>
        <translation>Se han ejecutado todas las migraciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) pending.</source>
        <translation>
            <numerusform>%n migración pendiente.</numerusform>
            <numerusform>%n migraciones pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upgrade plan expects: %1.</source>
        <translation>El plan de actualización espera: %1.</translation>
    </message>
    <message>
        <source>Mastodon is up and healthy</source>
        <translation>Mastodon está en marcha y sano</translation>
    </message>
    <message>
        <source>docker compose ps on the server and the public health endpoints</source>
        <translation>docker compose ps en el servidor y los puntos de salud públicos</translation>
    </message>
    <message>
        <source>No container exists.</source>
        <translation>No existe ningún contenedor.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 está %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 respondió %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Every service runs and the health endpoints answer 200.</source>
        <translation>Todos los servicios están en ejecución y los puntos de salud responden 200.</translation>
    </message>
    <message>
        <source>The %1 version</source>
        <translation>La versión de %1</translation>
    </message>
    <message>
        <source>%1 %2 or newer</source>
        <translation>%1 %2 o posterior</translation>
    </message>
    <message>
        <source>the version the %1 container runs</source>
        <translation>la versión que ejecuta el contenedor %1</translation>
    </message>
    <message>
        <source>%1 %2 runs (no minimum given).</source>
        <translation>Se ejecuta %1 %2 (no se indicó ningún mínimo).</translation>
    </message>
    <message>
        <source>No %1 version in the answer.</source>
        <translation>No hay ninguna versión de %1 en la respuesta.</translation>
    </message>
    <message>
        <source>%1 %2 runs (%3 or newer needed).</source>
        <translation>Se ejecuta %1 %2 (se necesita %3 o posterior).</translation>
    </message>
    <message>
        <source>%1 %2 runs; the release needs %3 or newer.</source>
        <translation>Se ejecuta %1 %2; la versión necesita %3 o posterior.</translation>
    </message>
    <message>
        <source>Visitors see the maintenance page</source>
        <translation>Los visitantes ven la página de mantenimiento</translation>
    </message>
    <message>
        <source>Visitors reach Mastodon again</source>
        <translation>Los visitantes vuelven a llegar a Mastodon</translation>
    </message>
    <message>
        <source>the answer of %1 from this computer</source>
        <translation>la respuesta de %1 desde este equipo</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 no respondió: %2</translation>
    </message>
    <message>
        <source>The site answers 503 with the maintenance page.</source>
        <translation>El sitio responde 503 con la página de mantenimiento.</translation>
    </message>
    <message>
        <source>The site answers 503, but not with the maintenance page (no “%1” in it).</source>
        <translation>El sitio responde 503, pero no con la página de mantenimiento (no contiene «%1»).</translation>
    </message>
    <message>
        <source>The site answers %1, not 503: maintenance mode is not on.</source>
        <translation>El sitio responde %1, no 503: el modo de mantenimiento no está activado.</translation>
    </message>
    <message>
        <source>/health answers 200 again.</source>
        <translation>/health vuelve a responder 200.</translation>
    </message>
    <message>
        <source>/health answers %1, not 200.</source>
        <translation>/health responde %1, no 200.</translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation>%1 responde %2</translation>
    </message>
    <message>
        <source>It answered %1, not %2.</source>
        <translation>Respondió %1, no %2.</translation>
    </message>
    <message>
        <source>It answered %1.</source>
        <translation>Respondió %1.</translation>
    </message>
    <message>
        <source>It answered %1 without “%2”.</source>
        <translation>Respondió %1 sin «%2».</translation>
    </message>
    <message>
        <source>the output of %1</source>
        <translation>la salida de %1</translation>
    </message>
    <message>
        <source>It exited with status %1, not %2.</source>
        <translation>Terminó con el estado %1, no %2.</translation>
    </message>
    <message>
        <source>Its output does not match “%1”.</source>
        <translation>Su salida no coincide con «%1».</translation>
    </message>
    <message>
        <source>It exited with status %1 as expected.</source>
        <translation>Terminó con el estado %1, como se esperaba.</translation>
    </message>
    <message>
        <source>%1: running-version needs exactly one of equals, below, at_least</source>
        <translation>%1: running-version necesita exactamente uno de equals, below, at_least</translation>
    </message>
    <message>
        <source>%1: dependency needs a name (postgresql or redis)</source>
        <translation>%1: dependency necesita un nombre (postgresql o redis)</translation>
    </message>
    <message>
        <source>%1: “expect” is not a valid regular expression</source>
        <translation>%1: «expect» no es una expresión regular válida</translation>
    </message>
    <message>
        <source>%1: unknown check “%2” (known: %3)</source>
        <translation>%1: comprobación desconocida «%2» (conocidas: %3)</translation>
    </message>
    <message>
        <source>Could not open the repository %1</source>
        <translation>No se pudo abrir el repositorio %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name</source>
        <translation>«%1» no es un nombre de rama válido</translation>
    </message>
    <message>
        <source>The repository has no commit to branch from</source>
        <translation>El repositorio no tiene ningún commit del que crear la rama</translation>
    </message>
    <message>
        <source>Could not read the branch&apos;s commit</source>
        <translation>No se pudo leer el commit de la rama</translation>
    </message>
    <message>
        <source>Could not read the commit&apos;s tree</source>
        <translation>No se pudo leer el árbol del commit</translation>
    </message>
    <message>
        <source>Could not make an index</source>
        <translation>No se pudo crear un índice</translation>
    </message>
    <message>
        <source>Could not read the tree</source>
        <translation>No se pudo leer el árbol</translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation>No se pudo añadir %1</translation>
    </message>
    <message>
        <source>Could not write the tree</source>
        <translation>No se pudo escribir el árbol</translation>
    </message>
    <message>
        <source>Branch %1 already has this %2 (%3).</source>
        <translation>La rama %1 ya tiene este %2 (%3).</translation>
    </message>
    <message>
        <source>Could not read the new tree</source>
        <translation>No se pudo leer el árbol nuevo</translation>
    </message>
    <message>
        <source>Could not make the commit&apos;s signature</source>
        <translation>No se pudo crear la firma del commit</translation>
    </message>
    <message>
        <source>Could not commit</source>
        <translation>No se pudo hacer el commit</translation>
    </message>
    <message>
        <source>Could not move branch %1</source>
        <translation>No se pudo mover la rama %1</translation>
    </message>
    <message>
        <source>Committed %1 on branch %2: %3.</source>
        <translation>Se hizo commit de %1 en la rama %2: %3.</translation>
    </message>
    <message>
        <source>The repository has no remote “%1”</source>
        <translation>El repositorio no tiene ningún remoto «%1»</translation>
    </message>
    <message>
        <source>Could not push %1 to %2</source>
        <translation>No se pudo enviar %1 a %2</translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation>Se envió %1 a %2.</translation>
    </message>
    <message>
        <source>Dry run of “%1” on %2: nothing is sent.</source>
        <translation>Simulación de «%1» en %2: no se envía nada.</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 debe ser una asignación de claves a valores</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice</source>
        <translation>%1: «%2» se indica dos veces</translation>
    </message>
    <message>
        <source>%1: unknown variable “${%2}”</source>
        <translation>%1: variable desconocida «${%2}»</translation>
    </message>
    <message>
        <source>%1 has no “%2”</source>
        <translation>%1 no tiene «%2»</translation>
    </message>
    <message>
        <source>%1: “%2” must be a single value</source>
        <translation>%1: «%2» debe ser un único valor</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list of arguments, such as [docker, compose, pull]</source>
        <translation>%1: «%2» debe ser una lista de argumentos, como [docker, compose, pull]</translation>
    </message>
    <message>
        <source>%1: each item of “%2” must be a single value</source>
        <translation>%1: cada elemento de «%2» debe ser un único valor</translation>
    </message>
    <message>
        <source>%1: “%2” is empty</source>
        <translation>%1: «%2» está vacío</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list</source>
        <translation>%1: «%2» debe ser una lista</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false</source>
        <translation>%1: «%2» debe ser true o false</translation>
    </message>
    <message>
        <source>%1: “%2” must be a number from %3 to %4</source>
        <translation>%1: «%2» debe ser un número de %3 a %4</translation>
    </message>
    <message>
        <source>%1: “%2” must be a duration such as 90s, 5m or 1h30m</source>
        <translation>%1: «%2» debe ser una duración como 90s, 5m o 1h30m</translation>
    </message>
    <message>
        <source>%1: “%2” must be a size such as 512M or 10G</source>
        <translation>%1: «%2» debe ser un tamaño como 512M o 10G</translation>
    </message>
    <message>
        <source>%1: “%2” must be one of: %3</source>
        <translation>%1: «%2» debe ser uno de: %3</translation>
    </message>
    <message>
        <source>%1: unknown key “%2”</source>
        <translation>%1: clave desconocida «%2»</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperando aprobación</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Blocked by its gate</source>
        <translation>Bloqueado por su punto de control</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Forzado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>“%1” needs “%2” (%3), which is %4.</source>
        <translation>«%1» necesita «%2» (%3), que está %4.</translation>
    </message>
    <message>
        <source>Its verification failed.</source>
        <translation>Su verificación falló.</translation>
    </message>
    <message>
        <source>pre-deployment migrations (%1)</source>
        <translation>migraciones previas al despliegue (%1)</translation>
    </message>
    <message>
        <source>post-deployment migrations (%1)</source>
        <translation>migraciones posteriores al despliegue (%1)</translation>
    </message>
    <message>
        <source>none named in the release notes</source>
        <translation>ninguna nombrada en las notas de versión</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>No conectado al servidor.</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>terminado por la señal %1</translation>
    </message>
    <message>
        <source>larger than 16 MiB</source>
        <translation>mayor de 16 MiB</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>No hay conexión con %1.</translation>
    </message>
    <message>
        <source>Could not write to the run&apos;s journal on %1: %2</source>
        <translation>No se pudo escribir en el diario de la ejecución en %1: %2</translation>
    </message>
    <message>
        <source>Could not create the run&apos;s folder %1 on %2: %3</source>
        <translation>No se pudo crear la carpeta de la ejecución %1 en %2: %3</translation>
    </message>
    <message>
        <source>Could not write a temporary file: %1</source>
        <translation>No se pudo escribir un archivo temporal: %1</translation>
    </message>
    <message>
        <source>Could not start the run&apos;s journal on %1: %2</source>
        <translation>No se pudo iniciar el diario de la ejecución en %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation>«%1» no es un id de ejecución (como 20261122-001000-mastodon-upgrade).</translation>
    </message>
    <message>
        <source>No run %1 on %2: %3</source>
        <translation>No hay ninguna ejecución %1 en %2: %3</translation>
    </message>
    <message>
        <source>The run&apos;s runbook on %1 cannot be read: %2</source>
        <translation>No se puede leer el procedimiento de la ejecución en %1: %2</translation>
    </message>
    <message>
        <source>Could not read the run&apos;s journal on %1: %2</source>
        <translation>No se pudo leer el diario de la ejecución en %1: %2</translation>
    </message>
    <message>
        <source>Steward stopped working on it before it ended (a lost connection)</source>
        <translation>Steward dejó de trabajar en él antes de que terminara (se perdió la conexión)</translation>
    </message>
    <message>
        <source>Approve what ansible-playbook --check --diff showed.</source>
        <translation>Aprobar lo que mostró ansible-playbook --check --diff.</translation>
    </message>
    <message>
        <source>“%1” was interrupted: %2</source>
        <translation>«%1» se interrumpió: %2</translation>
    </message>
    <message>
        <source>the Steward that worked on it stopped before it ended (a restart or a lost connection)</source>
        <translation>el Steward que trabajaba en él se detuvo antes de que terminara (un reinicio o una conexión perdida)</translation>
    </message>
    <message>
        <source>the runner on the server ended without recording how the step ended (was the server restarted?)</source>
        <translation>el ejecutor del servidor terminó sin registrar cómo terminó el paso (¿se reinició el servidor?)</translation>
    </message>
    <message>
        <source>“%1” did not start: %2</source>
        <translation>«%1» no empezó: %2</translation>
    </message>
    <message>
        <source>Unknown step type %1.</source>
        <translation>Tipo de paso desconocido %1.</translation>
    </message>
    <message>
        <source>%1 is not a docker-compose file: %2</source>
        <translation>%1 no es un archivo docker-compose: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed file: %1 (%n byte(s), SHA-256 %2)</source>
        <translation>
            <numerusform>Archivo revisado: %1 (%n byte, SHA-256 %2)</numerusform>
            <numerusform>Archivo revisado: %1 (%n bytes, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload to %1 failed: %2</source>
        <translation>Falló la subida a %1: %2</translation>
    </message>
    <message>
        <source>Uploaded to %1 atomically.</source>
        <translation>Subido a %1 de forma atómica.</translation>
    </message>
    <message>
        <source>Already posted by attempt %1: %2</source>
        <translation>Ya publicado por el intento %1: %2</translation>
    </message>
    <message>
        <source>No keychain to read the admin token from.</source>
        <translation>No hay ningún llavero del que leer el token de administración.</translation>
    </message>
    <message numerus="yes">
        <source>Announcement (%n character(s)):</source>
        <translation>
            <numerusform>Anuncio (%n carácter):</numerusform>
            <numerusform>Anuncio (%n caracteres):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 characters allowed.</source>
        <translation>%1 de %2 caracteres permitidos.</translation>
    </message>
    <message numerus="yes">
        <source>Still not healthy after %n second(s): %1</source>
        <translation>
            <numerusform>Todavía no está sano tras %n segundo: %1</numerusform>
            <numerusform>Todavía no está sano tras %n segundos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook --check failed; nothing was applied.</source>
        <translation>ansible-playbook --check falló; no se aplicó nada.</translation>
    </message>
    <message>
        <source>ansible-playbook failed.</source>
        <translation>ansible-playbook falló.</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s).</source>
        <translation>
            <numerusform>Aplicado: %n cambio.</numerusform>
            <numerusform>Aplicado: %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook could not start: %1</source>
        <translation>no se pudo iniciar ansible-playbook: %1</translation>
    </message>
    <message>
        <source>Nothing waits for approval in “%1”.</source>
        <translation>Nada espera aprobación en «%1».</translation>
    </message>
    <message>
        <source>“%1” is %2; only a failed, blocked or interrupted step is retried.</source>
        <translation>«%1» está %2; solo se reintenta un paso fallido, bloqueado o interrumpido.</translation>
    </message>
    <message>
        <source>Skipping a step needs a reason.</source>
        <translation>Omitir un paso necesita un motivo.</translation>
    </message>
    <message>
        <source>“%1” is %2 and cannot be skipped.</source>
        <translation>«%1» está %2 y no se puede omitir.</translation>
    </message>
    <message>
        <source>Overriding needs a reason.</source>
        <translation>Forzar necesita un motivo.</translation>
    </message>
    <message>
        <source>“%1” is not blocked: there is nothing to override.</source>
        <translation>«%1» no está bloqueado: no hay nada que forzar.</translation>
    </message>
    <message>
        <source>Running a step again needs a reason.</source>
        <translation>Volver a ejecutar un paso necesita un motivo.</translation>
    </message>
    <message>
        <source>“%1” has not completed; retry it instead.</source>
        <translation>«%1» no ha terminado; reinténtelo en su lugar.</translation>
    </message>
    <message>
        <source>Resuming from a chosen step needs a reason.</source>
        <translation>Reanudar desde un paso elegido necesita un motivo.</translation>
    </message>
    <message>
        <source>A step is running; wait until it has finished.</source>
        <translation>Hay un paso en ejecución; espere a que termine.</translation>
    </message>
    <message>
        <source>resumed from “%1”: %2</source>
        <translation>reanudado desde «%1»: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>In tmux on the server (%1):</source>
        <translation>En tmux en el servidor (%1):</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>Enviado como:</translation>
    </message>
    <message>
        <source>Check: %1 (evidence: %2)</source>
        <translation>Comprobación: %1 (prueba: %2)</translation>
    </message>
    <message>
        <source>Then verified: %1 (evidence: %2)</source>
        <translation>Después se verificó: %1 (prueba: %2)</translation>
    </message>
    <message>
        <source>The run %1 could not be kept in the history: %2</source>
        <translation>No se pudo guardar la ejecución %1 en el historial: %2</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>No se pudo leer el historial de ejecuciones: %1</translation>
    </message>
    <message>
        <source>an empty duration</source>
        <translation>una duración vacía</translation>
    </message>
    <message>
        <source>“%1” is not a duration such as 90s, 5m or 1h30m</source>
        <translation>«%1» no es una duración como 90s, 5m o 1h30m</translation>
    </message>
    <message>
        <source>“%1” is not a size such as 512M or 10G</source>
        <translation>«%1» no es un tamaño como 512M o 10G</translation>
    </message>
    <message>
        <source>the runbook has no parameter “%1” (it has: %2)</source>
        <translation>el procedimiento no tiene ningún parámetro «%1» (tiene: %2)</translation>
    </message>
    <message>
        <source>the parameter “%1” (%2) is required</source>
        <translation>el parámetro «%1» (%2) es obligatorio</translation>
    </message>
    <message>
        <source>“%1” is not a version (%2)</source>
        <translation>«%1» no es una versión (%2)</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>“%1” is not a date and time such as 2026-11-22T00:10:00Z (%2)</source>
        <translation>«%1» no es una fecha y hora como 2026-11-22T00:10:00Z (%2)</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2</source>
        <translation>«%1» debe ser uno de: %2</translation>
    </message>
    <message>
        <source>%1: no readable file “%2” on this computer</source>
        <translation>%1: no hay ningún archivo legible «%2» en este equipo</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>un parámetro</translation>
    </message>
    <message>
        <source>parameter name “%1”: use lower-case letters, digits and _</source>
        <translation>nombre de parámetro «%1»: use letras minúsculas, dígitos y _</translation>
    </message>
    <message>
        <source>the parameter “%1” is defined twice</source>
        <translation>el parámetro «%1» está definido dos veces</translation>
    </message>
    <message>
        <source>parameter “%1”</source>
        <translation>parámetro «%1»</translation>
    </message>
    <message>
        <source>parameter “%1”: a choice needs “choices”</source>
        <translation>parámetro «%1»: una elección necesita «choices»</translation>
    </message>
    <message>
        <source>parameter “%1”: a secret has no default</source>
        <translation>parámetro «%1»: un secreto no tiene valor predeterminado</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>un paso</translation>
    </message>
    <message>
        <source>step id “%1”: use lower-case letters, digits and -</source>
        <translation>id de paso «%1»: use letras minúsculas, dígitos y -</translation>
    </message>
    <message>
        <source>the step id “%1” is used twice</source>
        <translation>el id de paso «%1» se usa dos veces</translation>
    </message>
    <message>
        <source>step “%1”</source>
        <translation>paso «%1»</translation>
    </message>
    <message>
        <source>step “%1” needs “%2”, which is not a step before it</source>
        <translation>el paso «%1» necesita «%2», que no es un paso anterior a él</translation>
    </message>
    <message>
        <source>step “%1”: “verify” must be a list of checks</source>
        <translation>paso «%1»: «verify» debe ser una lista de comprobaciones</translation>
    </message>
    <message>
        <source>step “%1”, verify %2</source>
        <translation>paso «%1», verify %2</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; it is not a runbook</source>
        <translation>el archivo ocupa más de 1 MiB; no es un procedimiento</translation>
    </message>
    <message>
        <source>the runbook is empty</source>
        <translation>el procedimiento está vacío</translation>
    </message>
    <message>
        <source>the runbook</source>
        <translation>el procedimiento</translation>
    </message>
    <message>
        <source>not a runbook: the first key must be “runbook: %1” (the format&apos;s version)</source>
        <translation>no es un procedimiento: la primera clave debe ser «runbook: %1» (la versión del formato)</translation>
    </message>
    <message>
        <source>runbook format %1 is not known to this Steward (it reads format %2)</source>
        <translation>este Steward no conoce el formato de procedimiento %1 (lee el formato %2)</translation>
    </message>
    <message>
        <source>runbook id “%1”: use lower-case letters, digits and -</source>
        <translation>id de procedimiento «%1»: use letras minúsculas, dígitos y -</translation>
    </message>
    <message>
        <source>“parameters” must be a list</source>
        <translation>«parameters» debe ser una lista</translation>
    </message>
    <message>
        <source>the runbook needs “steps”, a list of steps</source>
        <translation>el procedimiento necesita «steps», una lista de pasos</translation>
    </message>
    <message>
        <source>no runbook “%1” (known: %2)</source>
        <translation>no hay ningún procedimiento «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>A volunteer approves: %1</source>
        <translation>Una persona voluntaria aprueba: %1</translation>
    </message>
    <message>
        <source>git (libgit2): commit %1 as %2 on branch %3 of %4</source>
        <translation>git (libgit2): commit %1 como %2 en la rama %3 de %4</translation>
    </message>
    <message>
        <source>git (libgit2): push branch %1 to origin</source>
        <translation>git (libgit2): enviar la rama %1 a origin</translation>
    </message>
    <message>
        <source>SFTP upload %1 → %2 (a temporary file beside it, renamed over it; the replaced file&apos;s mode kept)</source>
        <translation>Subida SFTP %1 → %2 (un archivo temporal a su lado, renombrado sobre él; se conserva el modo del archivo reemplazado)</translation>
    </message>
    <message>
        <source>the reviewed docker-compose.yml: %1</source>
        <translation>el docker-compose.yml revisado: %1</translation>
    </message>
    <message>
        <source>Every %1 s for up to %2 s, until all pass:</source>
        <translation>Cada %1 s durante un máximo de %2 s, hasta que todas se superen:</translation>
    </message>
    <message>
        <source>  Authorization: Bearer (the admin token of %1, from the keychain)</source>
        <translation>  Authorization: Bearer (el token de administración de %1, del llavero)</translation>
    </message>
    <message>
        <source>the Mastodon admin token of %1 in the keychain</source>
        <translation>el token de administración de Mastodon de %1 en el llavero</translation>
    </message>
    <message>
        <source>   (shown first, approved)</source>
        <translation>   (mostrado antes, aprobado)</translation>
    </message>
    <message>
        <source>ansible-playbook on this computer (Debian&apos;s ansible-core)</source>
        <translation>ansible-playbook en este equipo (ansible-core de Debian)</translation>
    </message>
    <message>
        <source>%1 needs “checks”, a list such as [{check: backup-fresh}]</source>
        <translation>%1 necesita «checks», una lista como [{check: backup-fresh}]</translation>
    </message>
    <message>
        <source>%1, check %2</source>
        <translation>%1, comprobación %2</translation>
    </message>
    <message>
        <source>%1, commit</source>
        <translation>%1, commit</translation>
    </message>
    <message>
        <source>%1 needs “phase”: pre or post</source>
        <translation>%1 necesita «phase»: pre o post</translation>
    </message>
    <message>
        <source>%1 needs “mode”: on or off</source>
        <translation>%1 necesita «mode»: on u off</translation>
    </message>
    <message>
        <source>%1: unknown type “%2” (known: %3)</source>
        <translation>%1: tipo desconocido «%2» (conocidos: %3)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>prueba: %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>intento %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Run: `%1` (runbook `%2`)</source>
        <translation>Ejecución: `%1` (procedimiento `%2`)</translation>
    </message>
    <message>
        <source>Started: %1 by %2</source>
        <translation>Iniciada: %1 por %2</translation>
    </message>
    <message>
        <source>done at %1</source>
        <translation>terminada el %1</translation>
    </message>
    <message>
        <source>stopped at %1 by %2: %3</source>
        <translation>detenida el %1 por %2: %3</translation>
    </message>
    <message>
        <source>in progress (%1)</source>
        <translation>en curso (%1)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>(secret, not recorded)</source>
        <translation>(secreto, no registrado)</translation>
    </message>
    <message>
        <source>On the server: `%1`</source>
        <translation>En el servidor: `%1`</translation>
    </message>
    <message>
        <source>Attempt %1 started %2 by %3</source>
        <translation>Intento %1 iniciado %2 por %3</translation>
    </message>
    <message>
        <source>Attempt %1 finished %2 with exit status %3</source>
        <translation>Intento %1 terminado %2 con el estado de salida %3</translation>
    </message>
    <message>
        <source>Gate, %1: %2</source>
        <translation>Punto de control, %1: %2</translation>
    </message>
    <message>
        <source>Verification, %1: %2</source>
        <translation>Verificación, %1: %2</translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation>Aprobado %1 por %2</translation>
    </message>
    <message>
        <source>Overridden %1 by %2: %3</source>
        <translation>Forzado %1 por %2: %3</translation>
    </message>
    <message>
        <source>Skipped %1 by %2: %3</source>
        <translation>Omitido %1 por %2: %3</translation>
    </message>
    <message>
        <source>Attempt %1 interrupted (%2): %3</source>
        <translation>Intento %1 interrumpido (%2): %3</translation>
    </message>
    <message>
        <source>Run again %1 by %2: %3</source>
        <translation>Ejecutado de nuevo %1 por %2: %3</translation>
    </message>
    <message>
        <source>Uploaded %1 (SHA-256 %2, %3 bytes)</source>
        <translation>Subido %1 (SHA-256 %2, %3 bytes)</translation>
    </message>
    <message>
        <source>Committed %1 on %2 (%3)%4</source>
        <translation>Commit de %1 en %2 (%3)%4</translation>
    </message>
    <message>
        <source>, pushed</source>
        <translation>, enviado</translation>
    </message>
    <message>
        <source>Announcement %1: %2</source>
        <translation>Anuncio %1: %2</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>No ejecutado.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalle</translation>
    </message>
    <message>
        <source>the file is not text (it contains a NUL byte)</source>
        <translation>el archivo no es texto (contiene un byte NUL)</translation>
    </message>
    <message>
        <source>the document is too large or too deep for a runbook</source>
        <translation>el documento es demasiado grande o demasiado profundo para un procedimiento</translation>
    </message>
    <message>
        <source>The history database: %1 (%2)</source>
        <translation>La base de datos del historial: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <source>The history database %1 has no readable schema version.</source>
        <translation>La base de datos del historial %1 no tiene ninguna versión de esquema legible.</translation>
    </message>
    <message>
        <source>The history database %1 is version %2, made by a newer Steward; this one reads up to version %3.</source>
        <translation>La base de datos del historial %1 tiene la versión %2, creada por un Steward más reciente; este lee hasta la versión %3.</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>no se puede iniciar una migración</translation>
    </message>
    <message>
        <source>migration to version %1 failed</source>
        <translation>falló la migración a la versión %1</translation>
    </message>
    <message>
        <source>There is no connection to %1.</source>
        <translation>No hay conexión con %1.</translation>
    </message>
    <message>
        <source>The server&apos;s clock could not be read.</source>
        <translation>No se pudo leer el reloj del servidor.</translation>
    </message>
    <message>
        <source>systemctl could not start %1: %2</source>
        <translation>systemctl no pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>%1 failed; its journal says nothing more.</source>
        <translation>%1 falló; su diario no dice nada más.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has no {timestamp}.</source>
        <translation>El patrón de nombres «%1» no tiene {timestamp}.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unclosed “{”.</source>
        <translation>El patrón de nombres «%1» tiene una «{» sin cerrar.</translation>
    </message>
    <message>
        <source>The naming pattern “%1” has an unknown field {%2} (known: {database}, {server}, {timestamp}).</source>
        <translation>El patrón de nombres «%1» tiene un campo desconocido {%2} (conocidos: {database}, {server}, {timestamp}).</translation>
    </message>
    <message>
        <source>The naming pattern “%1” cannot be used.</source>
        <translation>No se puede usar el patrón de nombres «%1».</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>en el futuro</translation>
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
        <translation>%1 no contiene ninguna copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n object(s), none named as this server&apos;s backups (check the naming pattern).</source>
        <translation>
            <numerusform>%1 contiene %n objeto, ninguno con nombre de copia de seguridad de este servidor (compruebe el patrón de nombres).</numerusform>
            <numerusform>%1 contiene %n objetos, ninguno con nombre de copia de seguridad de este servidor (compruebe el patrón de nombres).</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup is %1 old (more than %2 h) and suspiciously small: %3, %4 % of the median of the ones before it.</source>
        <translation>La copia de seguridad más reciente tiene %1 de antigüedad (más de %2 h) y es sospechosamente pequeña: %3, el %4 % de la mediana de las anteriores.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old, more than %2 h: the backups have stopped.</source>
        <translation>La copia de seguridad más reciente tiene %1 de antigüedad, más de %2 h: las copias de seguridad se han detenido.</translation>
    </message>
    <message>
        <source>The newest backup (%1 old) is suspiciously small: %2, %3 % of the median of the ones before it. A truncated dump looks like this.</source>
        <translation>La copia de seguridad más reciente (de hace %1) es sospechosamente pequeña: %2, el %3 % de la mediana de las anteriores. Así es como se ve un volcado truncado.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old (%2).</source>
        <translation>La copia de seguridad más reciente tiene %1 de antigüedad (%2).</translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or keep the pair in the keychain (Credentials, S3 access key pair).</source>
        <translation>No hay ningún par de claves S3 para %1: defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY o guarde el par en el llavero (Credenciales, Par de claves de acceso S3).</translation>
    </message>
    <message>
        <source>The S3 key pair kept for %1 is not “ACCESS_KEY_ID:SECRET_ACCESS_KEY”: replace it in Credentials.</source>
        <translation>El par de claves S3 guardado para %1 no es «ACCESS_KEY_ID:SECRET_ACCESS_KEY»: reemplácelo en Credenciales.</translation>
    </message>
    <message>
        <source>There is no S3 key pair for %1: keep one in Credentials (S3 access key pair, “ACCESS_KEY_ID:SECRET”), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>No hay ningún par de claves S3 para %1: guarde uno en Credenciales (Par de claves de acceso S3, «ACCESS_KEY_ID:SECRET») o defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The keychain did not give the S3 key pair of %1: %2</source>
        <translation>El llavero no dio el par de claves S3 de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory (a “backup:” map with its bucket).</source>
        <translation>%1 no tiene ajustes de copia de seguridad en el inventario (un mapa «backup:» con su bucket).</translation>
    </message>
    <message>
        <source>Drill of %1&apos;s backups on %2.</source>
        <translation>Simulacro de las copias de seguridad de %1 en %2.</translation>
    </message>
    <message>
        <source>%1 has no backup settings in the inventory.</source>
        <translation>%1 no tiene ajustes de copia de seguridad en el inventario.</translation>
    </message>
    <message>
        <source>The drill host %1 is a primary server: drills run on a secondary or staging host, never beside production&apos;s database.</source>
        <translation>El host de simulacro %1 es un servidor principal: los simulacros se ejecutan en un host secundario o de pruebas, nunca junto a la base de datos de producción.</translation>
    </message>
    <message>
        <source>The scratch database would be production&apos;s.</source>
        <translation>La base de datos temporal sería la de producción.</translation>
    </message>
    <message>
        <source>The catalogue is gone.</source>
        <translation>El catálogo ya no existe.</translation>
    </message>
    <message>
        <source>%1 holds no backups: there is nothing to restore.</source>
        <translation>%1 no contiene ninguna copia de seguridad: no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>%1 holds no object named as %2&apos;s backups (pattern “%3”): there is nothing to restore.</source>
        <translation>%1 no contiene ningún objeto con nombre de copia de seguridad de %2 (patrón «%3»): no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>There is no object “%1” in %2.</source>
        <translation>No hay ningún objeto «%1» en %2.</translation>
    </message>
    <message>
        <source>Backup: %1 (%2, %3).</source>
        <translation>Copia de seguridad: %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The object %1 is empty: it is not a dump.</source>
        <translation>El objeto %1 está vacío: no es un volcado.</translation>
    </message>
    <message>
        <source>Connecting to %1 (drill host) and %2 (production, read only).</source>
        <translation>Conectando con %1 (host de simulacro) y %2 (producción, solo lectura).</translation>
    </message>
    <message>
        <source>Cannot reach the drill host %1: %2</source>
        <translation>No se puede llegar al host de simulacro %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1 to read production&apos;s counts: %2</source>
        <translation>No se puede llegar a %1 para leer los recuentos de producción: %2</translation>
    </message>
    <message>
        <source>The drill host %1 cannot use %2: %3</source>
        <translation>El host de simulacro %1 no puede usar %2: %3</translation>
    </message>
    <message>
        <source>The drill host %1 lacks %2 (install postgresql-client and curl there).</source>
        <translation>Al host de simulacro %1 le falta %2 (instale allí postgresql-client y curl).</translation>
    </message>
    <message>
        <source>The drill host %1 has %2 free in %3; the dump needs about %4 once decompressed. Free some space or set another work_dir.</source>
        <translation>El host de simulacro %1 tiene %2 libres en %3; el volcado necesita unos %4 una vez descomprimido. Libere espacio o defina otro work_dir.</translation>
    </message>
    <message numerus="yes">
        <source>Drill host %1: %2 free in %3, %n core(s), tools: %4.</source>
        <translation>
            <numerusform>Host de simulacro %1: %2 libres en %3, %n núcleo, herramientas: %4.</numerusform>
            <numerusform>Host de simulacro %1: %2 libres en %3, %n núcleos, herramientas: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown space</source>
        <translation>espacio desconocido</translation>
    </message>
    <message>
        <source>PostgreSQL on the drill host %1 refused: %2</source>
        <translation>PostgreSQL en el host de simulacro %1 se negó: %2</translation>
    </message>
    <message>
        <source>Downloading on %1 and decompressing as it arrives (%2) into %3.</source>
        <translation>Descargando en %1 y descomprimiendo a medida que llega (%2) en %3.</translation>
    </message>
    <message>
        <source>Cannot make %1 on %2: %3</source>
        <translation>No se puede crear %1 en %2: %3</translation>
    </message>
    <message>
        <source>The drill host %1 could not download the backup from S3: %2</source>
        <translation>El host de simulacro %1 no pudo descargar la copia de seguridad de S3: %2</translation>
    </message>
    <message>
        <source>%1 is not a gzip file, though its name says so: it is not a dump (%2).</source>
        <translation>%1 no es un archivo gzip, aunque su nombre lo indique: no es un volcado (%2).</translation>
    </message>
    <message>
        <source>%1 is truncated: the compressed data ends early (%2). The backup that made it did not finish its upload.</source>
        <translation>%1 está truncado: los datos comprimidos terminan antes de tiempo (%2). La copia de seguridad que lo creó no terminó de subirlo.</translation>
    </message>
    <message>
        <source>The drill host %1 ran out of disk space in %2 while decompressing (%3).</source>
        <translation>El host de simulacro %1 se quedó sin espacio en disco en %2 al descomprimir (%3).</translation>
    </message>
    <message>
        <source>%1 is corrupt: decompressing it failed (%2).</source>
        <translation>%1 está dañado: falló su descompresión (%2).</translation>
    </message>
    <message>
        <source>Downloaded and decompressed in %1 s.</source>
        <translation>Descargado y descomprimido en %1 s.</translation>
    </message>
    <message>
        <source>A plain SQL dump: restored with psql, in one session (a plain dump cannot be restored in parallel).</source>
        <translation>Un volcado SQL plano: restaurado con psql, en una sola sesión (un volcado plano no se puede restaurar en paralelo).</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL dump: %2</source>
        <translation>%1 no es un volcado de PostgreSQL: %2</translation>
    </message>
    <message>
        <source>%1 is a dump of the database “%2”, not of %3&apos;s “%4”.</source>
        <translation>%1 es un volcado de la base de datos «%2», no de «%4» de %3.</translation>
    </message>
    <message>
        <source>A tar-format dump: pg_restore cannot restore it in parallel.</source>
        <translation>Un volcado en formato tar: pg_restore no puede restaurarlo en paralelo.</translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1 on %2: %3</source>
        <translation>No se puede crear la base de datos temporal %1 en %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Scratch database %1 created; restoring with %n job(s).</source>
        <translation>
            <numerusform>Base de datos temporal %1 creada; restaurando con %n trabajo.</numerusform>
            <numerusform>Base de datos temporal %1 creada; restaurando con %n trabajos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored in %1 s, no error.</source>
        <translation>Restaurado en %1 s, sin errores.</translation>
    </message>
    <message numerus="yes">
        <source>Restored in %1 s with %n error(s).</source>
        <translation>
            <numerusform>Restaurado en %1 s con %n error.</numerusform>
            <numerusform>Restaurado en %1 s con %n errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s counts could not be read on %1: %2</source>
        <translation>No se pudieron leer los recuentos de producción en %1: %2</translation>
    </message>
    <message>
        <source>%1 restores: %2 tables match production (%3 counted exactly, %4 estimated), all %5 migrations of the running version are there, pg_restore reported no error. Restore time %6 s (download %7 s, restore %8 s, verify %9 s).</source>
        <translation>%1 se restaura: %2 tablas coinciden con producción (%3 contadas exactamente, %4 estimadas), están las %5 migraciones de la versión en ejecución, pg_restore no informó de ningún error. Tiempo de restauración %6 s (descarga %7 s, restauración %8 s, verificación %9 s).</translation>
    </message>
    <message>
        <source>Cancelled during %1: stopping, then cleaning up.</source>
        <translation>Cancelado durante %1: deteniendo y después limpiando.</translation>
    </message>
    <message>
        <source>Removed %1 on %2.</source>
        <translation>Se eliminó %1 en %2.</translation>
    </message>
    <message>
        <source>the directory %1 on %2 (remove it there with: %3)</source>
        <translation>el directorio %1 en %2 (elimínelo allí con: %3)</translation>
    </message>
    <message>
        <source>Kept the scratch database %1 on %2, as asked (remove it later with: %3).</source>
        <translation>Se conservó la base de datos temporal %1 en %2, como se pidió (elimínela más tarde con: %3).</translation>
    </message>
    <message>
        <source>Dropped the scratch database %1.</source>
        <translation>Se eliminó la base de datos temporal %1.</translation>
    </message>
    <message>
        <source>the database %1 on %2 (remove it there with: %3)</source>
        <translation>la base de datos %1 en %2 (elimínela allí con: %3)</translation>
    </message>
    <message>
        <source>The drill was cancelled.</source>
        <translation>Se canceló el simulacro.</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>Dejado atrás: %1.</translation>
    </message>
    <message>
        <source>Nothing was left behind on %1.</source>
        <translation>No se dejó nada atrás en %1.</translation>
    </message>
    <message>
        <source>The drill could not be recorded: %1</source>
        <translation>No se pudo registrar el simulacro: %1</translation>
    </message>
    <message>
        <source>The drill history could not be read: %1</source>
        <translation>No se pudo leer el historial de simulacros: %1</translation>
    </message>
    <message>
        <source>No drill has passed yet: nobody knows whether the backups restore.</source>
        <translation>Todavía no se ha superado ningún simulacro: nadie sabe si las copias de seguridad se restauran.</translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago, more than %2 days: time for another.</source>
        <translation>El último simulacro superado fue hace %1, más de %2 días: toca otro.</translation>
    </message>
    <message>
        <source>The last passing drill was %1 ago (restore time %2 s).</source>
        <translation>El último simulacro superado fue hace %1 (tiempo de restauración %2 s).</translation>
    </message>
    <message>
        <source>not in the restored database</source>
        <translation>no está en la base de datos restaurada</translation>
    </message>
    <message>
        <source>empty after the restore</source>
        <translation>vacía tras la restauración</translation>
    </message>
    <message>
        <source>%1 % away from production&apos;s count (%2 allowed)</source>
        <translation>a un %1 % del recuento de producción (se admite %2)</translation>
    </message>
    <message>
        <source>not in production (dropped since the backup?)</source>
        <translation>no está en producción (¿eliminada desde la copia de seguridad?)</translation>
    </message>
    <message>
        <source>Production&apos;s tables could not be counted.</source>
        <translation>No se pudieron contar las tablas de producción.</translation>
    </message>
    <message>
        <source>The restored database has no tables.</source>
        <translation>La base de datos restaurada no tiene tablas.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) do not match production&apos;s counts.</source>
        <translation>
            <numerusform>%n tabla no coincide con los recuentos de producción.</numerusform>
            <numerusform>%n tablas no coinciden con los recuentos de producción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production&apos;s schema_migrations could not be read.</source>
        <translation>No se pudo leer la schema_migrations de producción.</translation>
    </message>
    <message>
        <source>The restored database has no schema_migrations: it is not Mastodon&apos;s database.</source>
        <translation>La base de datos restaurada no tiene schema_migrations: no es la base de datos de Mastodon.</translation>
    </message>
    <message numerus="yes">
        <source>The restore lacks %n migration(s) that production has run (newest %1): it would not run the running version.</source>
        <translation>
            <numerusform>A la restauración le falta %n migración que producción ya ha ejecutado (la más reciente %1): no funcionaría con la versión en ejecución.</numerusform>
            <numerusform>A la restauración le faltan %n migraciones que producción ya ha ejecutado (la más reciente %1): no funcionaría con la versión en ejecución.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore reported %n error(s).</source>
        <translation>
            <numerusform>pg_restore informó de %n error.</numerusform>
            <numerusform>pg_restore informó de %n errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The S3 endpoint %1 refused the connection: is it up, and is the endpoint in the inventory right?</source>
        <translation>El endpoint S3 %1 rechazó la conexión: ¿está en marcha y es correcto el endpoint del inventario?</translation>
    </message>
    <message>
        <source>The S3 endpoint&apos;s host %1 was not found (DNS).</source>
        <translation>No se encontró el host %1 del endpoint S3 (DNS).</translation>
    </message>
    <message>
        <source>The S3 endpoint %1 did not answer in time.</source>
        <translation>El endpoint S3 %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The TLS handshake with the S3 endpoint %1 failed: %2</source>
        <translation>Falló la negociación TLS con el endpoint S3 %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the S3 endpoint %1: %2</source>
        <translation>No se puede llegar al endpoint S3 %1: %2</translation>
    </message>
    <message>
        <source>%1 does not know this S3 access key (InvalidAccessKeyId): check the key pair kept for this server in Credentials, or AWS_ACCESS_KEY_ID.</source>
        <translation>%1 no conoce esta clave de acceso S3 (InvalidAccessKeyId): compruebe el par de claves guardado para este servidor en Credenciales, o AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>The S3 secret key does not match the access key (SignatureDoesNotMatch at %1): check the key pair kept for this server in Credentials, or AWS_SECRET_ACCESS_KEY.</source>
        <translation>La clave secreta S3 no corresponde a la clave de acceso (SignatureDoesNotMatch en %1): compruebe el par de claves guardado para este servidor en Credenciales, o AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes away from the S3 server&apos;s (%2): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation>El reloj de este equipo difiere %1 minutos del del servidor S3 (%2): S3 rechaza las firmas con más de 15 minutos de desfase. Ajuste el reloj (NTP) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the S3 server&apos;s (%1): S3 refuses signatures more than 15 minutes off. Set the clock right (NTP) and try again.</source>
        <translation>El reloj de este equipo está demasiado desfasado respecto al del servidor S3 (%1): S3 rechaza las firmas con más de 15 minutos de desfase. Ajuste el reloj (NTP) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no bucket “%1” at %2: check the bucket in the inventory.</source>
        <translation>No hay ningún bucket «%1» en %2: compruebe el bucket en el inventario.</translation>
    </message>
    <message>
        <source>The object is not in %1 (any more).</source>
        <translation>El objeto no está (ya) en %1.</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (%3): the key pair is known, but may not read this bucket.</source>
        <translation>%1 denegó el acceso a %2 (%3): el par de claves es conocido, pero no puede leer este bucket.</translation>
    </message>
    <message>
        <source>S3 at %1 answered %2 (HTTP %3): %4</source>
        <translation>S3 en %1 respondió %2 (HTTP %3): %4</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, which is not an S3 answer: is the endpoint right?</source>
        <translation>%1 respondió HTTP %2, que no es una respuesta de S3: ¿es correcto el endpoint?</translation>
    </message>
    <message>
        <source>The S3 listing could not be read (%1).</source>
        <translation>No se pudo leer el listado de S3 (%1).</translation>
    </message>
    <message>
        <source>The S3 listing says there is more but gives no continuation token.</source>
        <translation>El listado de S3 indica que hay más, pero no da ningún token de continuación.</translation>
    </message>
    <message>
        <source>A journal line is not a JSON object.</source>
        <translation>Una línea del diario no es un objeto JSON.</translation>
    </message>
    <message>
        <source>A journal line is not valid JSON.</source>
        <translation>Una línea del diario no es JSON válido.</translation>
    </message>
    <message>
        <source>A journal line is cut short.</source>
        <translation>Una línea del diario está cortada.</translation>
    </message>
    <message>
        <source>A journal line has a bad escape.</source>
        <translation>Una línea del diario tiene un escape incorrecto.</translation>
    </message>
    <message>
        <source>A journal line has a bad byte array.</source>
        <translation>Una línea del diario tiene una matriz de bytes incorrecta.</translation>
    </message>
    <message>
        <source>The journal&apos;s export stream is malformed.</source>
        <translation>El flujo de exportación del diario está mal formado.</translation>
    </message>
    <message>
        <source>No way to reach %1.</source>
        <translation>No hay forma de llegar a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1; trying again in %n s</source>
        <translation>
            <numerusform>%1; se vuelve a intentar en %n s</numerusform>
            <numerusform>%1; se vuelve a intentar en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>La orden falló.</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>terminó con el estado %1</translation>
    </message>
    <message>
        <source>no container of %1 is running</source>
        <translation>no hay ningún contenedor de %1 en ejecución</translation>
    </message>
    <message>
        <source>Not a time: &quot;%1&quot; (for example 2024-11-22 00:10, 00:10, yesterday, -10min, 2h ago).</source>
        <translation>No es una hora: &quot;%1&quot; (por ejemplo 2024-11-22 00:10, 00:10, yesterday, -10min, 2h ago).</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>following</source>
        <translation>siguiendo</translation>
    </message>
    <message>
        <source>connection lost, reconnecting</source>
        <translation>conexión perdida, reconectando</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>journal on %1</source>
        <translation>diario en %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (compose) on %2</source>
        <translation>%1 (compose) en %2</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>El patrón está vacío.</translation>
    </message>
    <message>
        <source>Bad regular expression: %1 (at character %2).</source>
        <translation>Expresión regular incorrecta: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>the public key is empty</source>
        <translation>la clave pública está vacía</translation>
    </message>
    <message>
        <source>a public key is one line: paste the content of the .pub file alone</source>
        <translation>una clave pública ocupa una sola línea: pegue solo el contenido del archivo .pub</translation>
    </message>
    <message>
        <source>this is a private key: never send it; send the .pub file&apos;s content instead</source>
        <translation>esta es una clave privada: nunca la envíe; envíe en su lugar el contenido del archivo .pub</translation>
    </message>
    <message>
        <source>this is not an OpenSSH public key: it should start with ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, then the key</source>
        <translation>esta no es una clave pública de OpenSSH: debería empezar por ssh-ed25519, ecdsa-sha2-nistp256 o ssh-rsa, seguido de la clave</translation>
    </message>
    <message>
        <source>DSA keys (ssh-dss) are no longer accepted by OpenSSH: make an ed25519 key</source>
        <translation>OpenSSH ya no acepta claves DSA (ssh-dss): cree una clave ed25519</translation>
    </message>
    <message>
        <source>this is a certificate, not a public key</source>
        <translation>esto es un certificado, no una clave pública</translation>
    </message>
    <message>
        <source>the key&apos;s data is not valid base64: was it cut or wrapped?</source>
        <translation>los datos de la clave no son base64 válido: ¿se cortó o se partió en varias líneas?</translation>
    </message>
    <message>
        <source>the key&apos;s data does not match its type %1</source>
        <translation>los datos de la clave no corresponden a su tipo %1</translation>
    </message>
    <message>
        <source>this RSA key is shorter than 2048 bits: make an ed25519 key</source>
        <translation>esta clave RSA tiene menos de 2048 bits: cree una clave ed25519</translation>
    </message>
    <message>
        <source>the key&apos;s data is cut short or malformed</source>
        <translation>los datos de la clave están cortados o mal formados</translation>
    </message>
    <message>
        <source>this key (%1) is already authorized</source>
        <translation>esta clave (%1) ya está autorizada</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 changed on the server since it was read: load it again and repeat the change</source>
        <translation>%1 cambió en el servidor desde que se leyó: vuelva a cargarlo y repita el cambio</translation>
    </message>
    <message>
        <source>%1 was not read yet</source>
        <translation>%1 aún no se ha leído</translation>
    </message>
    <message>
        <source>could not write a temporary file: %1</source>
        <translation>no se pudo escribir un archivo temporal: %1</translation>
    </message>
    <message>
        <source>each parameter must be a mapping of keys to values</source>
        <translation>cada parámetro debe ser una asignación de claves a valores</translation>
    </message>
    <message>
        <source>a parameter&apos;s “name” is written in capitals, such as UNIT</source>
        <translation>el «name» de un parámetro se escribe en mayúsculas, como UNIT</translation>
    </message>
    <message>
        <source>each command must be a mapping of keys to values</source>
        <translation>cada orden debe ser una asignación de claves a valores</translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as compose-ps</source>
        <translation>«id» debe tener letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (como mucho 64), como compose-ps</translation>
    </message>
    <message>
        <source>“argv” is missing</source>
        <translation>falta «argv»</translation>
    </message>
    <message>
        <source>“argv” must be a list of arguments, such as [docker, compose, ps]: each element reaches the program as one argument</source>
        <translation>«argv» debe ser una lista de argumentos, como [docker, compose, ps]: cada elemento llega al programa como un argumento</translation>
    </message>
    <message>
        <source>each argument of “argv” must be a non-empty value</source>
        <translation>cada argumento de «argv» debe ser un valor no vacío</translation>
    </message>
    <message>
        <source>“where” must be compose_dir or home</source>
        <translation>«where» debe ser compose_dir o home</translation>
    </message>
    <message>
        <source>command “%1” must say whether it changes state (“changes_state: true” or false)</source>
        <translation>la orden «%1» debe indicar si cambia el estado («changes_state: true» o false)</translation>
    </message>
    <message>
        <source>“sample” must be text (a block with |)</source>
        <translation>«sample» debe ser texto (un bloque con |)</translation>
    </message>
    <message>
        <source>command “%1” has no “sample”: paste the real output of a run on the lab</source>
        <translation>la orden «%1» no tiene «sample»: pegue la salida real de una ejecución en el laboratorio</translation>
    </message>
    <message>
        <source>the parameter “%1” is given twice</source>
        <translation>el parámetro «%1» se indica dos veces</translation>
    </message>
    <message>
        <source>“argv” uses {%1}, which is not among the “parameters”</source>
        <translation>«argv» usa {%1}, que no está entre los «parameters»</translation>
    </message>
    <message>
        <source>the parameter “%1” is not used in “argv”</source>
        <translation>el parámetro «%1» no se usa en «argv»</translation>
    </message>
    <message>
        <source>command “%1” cannot be both interactive and followed</source>
        <translation>la orden «%1» no puede ser a la vez interactiva y seguida</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>un valor vacío</translation>
    </message>
    <message>
        <source>“%1” is not a name, unit or number (letters, digits and @ . _ : + = -, not starting with -)</source>
        <translation>«%1» no es un nombre, unidad o número (letras, dígitos y @ . _ : + = -, sin empezar por -)</translation>
    </message>
    <message>
        <source>“%1” has no parameter %2</source>
        <translation>«%1» no tiene ningún parámetro %2</translation>
    </message>
    <message>
        <source>the glossary must be a mapping with a “commands” list</source>
        <translation>el glosario debe ser una asignación con una lista «commands»</translation>
    </message>
    <message>
        <source>“commands” must be a list</source>
        <translation>«commands» debe ser una lista</translation>
    </message>
    <message>
        <source>the id “%1” is used twice</source>
        <translation>el id «%1» se usa dos veces</translation>
    </message>
    <message>
        <source>“%1” needs a terminal: copy it and run it in one</source>
        <translation>«%1» necesita un terminal: cópiela y ejecútela en uno</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>no conectado a %1</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab</source>
        <translation>«%1» cambia el estado del servidor: desde aquí solo se ejecuta en el laboratorio, y %2 no es el laboratorio</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s state: from here it runs on the lab only, and %2 is not the lab (its sessions do not carry the lab&apos;s mark)</source>
        <translation>«%1» cambia el estado del servidor: desde aquí solo se ejecuta en el laboratorio, y %2 no es el laboratorio (sus sesiones no llevan la marca del laboratorio)</translation>
    </message>
    <message>
        <source>ssh-keygen did not finish in time</source>
        <translation>ssh-keygen no terminó a tiempo</translation>
    </message>
    <message>
        <source>a key is being made already</source>
        <translation>ya se está creando una clave</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file name</source>
        <translation>%1 ya existe: elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>the key&apos;s comment must be one line</source>
        <translation>el comentario de la clave debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>the passphrase cannot contain a line break</source>
        <translation>la frase de contraseña no puede contener saltos de línea</translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation>no se pudo ejecutar %1: %2</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation>ssh-keygen falló: %1</translation>
    </message>
    <message>
        <source>ssh-keygen made no key</source>
        <translation>ssh-keygen no creó ninguna clave</translation>
    </message>
    <message>
        <source>could not make %1 private (mode 0600)</source>
        <translation>no se pudo hacer privado %1 (modo 0600)</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Look at the services and timers</source>
        <translation>Examinar los servicios y los temporizadores</translation>
    </message>
    <message>
        <source>Find the lab&apos;s containers and timers, then scale sidekiq to two containers (docker compose scale sidekiq=2).</source>
        <translation>Encuentre los contenedores y los temporizadores del laboratorio y después escale sidekiq a dos contenedores (docker compose scale sidekiq=2).</translation>
    </message>
    <message>
        <source>Put things back</source>
        <translation>Dejar las cosas como estaban</translation>
    </message>
    <message>
        <source>Scale sidekiq back to one container, and leave every service running.</source>
        <translation>Vuelva a escalar sidekiq a un contenedor y deje todos los servicios en ejecución.</translation>
    </message>
    <message>
        <source>Trigger a backup and follow it</source>
        <translation>Lanzar una copia de seguridad y seguirla</translation>
    </message>
    <message>
        <source>Start the backup unit, follow its journal until the upload is finished.</source>
        <translation>Inicie la unidad de copia de seguridad y siga su diario hasta que termine la subida.</translation>
    </message>
    <message>
        <source>Run a restore drill</source>
        <translation>Hacer un simulacro de restauración</translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host and compare its counts with production&apos;s.</source>
        <translation>Restaure la copia de seguridad más reciente en el host de simulacro y compare sus recuentos con los de producción.</translation>
    </message>
    <message>
        <source>The upgrade night, on the lab</source>
        <translation>La noche de actualización, en el laboratorio</translation>
    </message>
    <message>
        <source>Review the compose diff to 4.3.0, then run the upgrade runbook on the lab until web runs 4.3.0 and every migration is up.</source>
        <translation>Revise el diff de compose a 4.3.0 y después ejecute el procedimiento de actualización en el laboratorio hasta que web ejecute 4.3.0 y todas las migraciones estén aplicadas.</translation>
    </message>
    <message>
        <source>A bad night: the migration fails</source>
        <translation>Una mala noche: falla la migración</translation>
    </message>
    <message>
        <source>The lab&apos;s migration fails. Find the error, turn the fault off (steward-lab fault migration off) and finish the upgrade.</source>
        <translation>La migración del laboratorio falla. Encuentre el error, desactive la avería (steward-lab fault migration off) y termine la actualización.</translation>
    </message>
    <message>
        <source>A bad night: the disk is full</source>
        <translation>Una mala noche: el disco está lleno</translation>
    </message>
    <message>
        <source>The backup fails with “No space left on device”. Find it in the journal and df, free the space (fault off), and get a backup through.</source>
        <translation>La copia de seguridad falla con «No space left on device». Encuéntrelo en el diario y en df, libere el espacio (fault off) y consiga que una copia de seguridad llegue a término.</translation>
    </message>
    <message>
        <source>A bad night: the upload fails</source>
        <translation>Una mala noche: falla la subida</translation>
    </message>
    <message>
        <source>The backup&apos;s upload cannot reach the store. Read the error, fix it (fault off), and get a backup through.</source>
        <translation>La subida de la copia de seguridad no llega al almacenamiento. Lea el error, corríjalo (fault off) y consiga que una copia de seguridad llegue a término.</translation>
    </message>
    <message>
        <source>A bad night: SSH is gone</source>
        <translation>Una mala noche: SSH ha desaparecido</translation>
    </message>
    <message>
        <source>The lab&apos;s sshd stops answering. See how Steward shows it, bring it back (fault off) and connect again.</source>
        <translation>El sshd del laboratorio deja de responder. Vea cómo lo muestra Steward, restablézcalo (fault off) y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>%1 is not a progress file: %2</source>
        <translation>%1 no es un archivo de progreso: %2</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>objetivo alcanzado</translation>
    </message>
    <message>
        <source>no passed restore drill of %1 is recorded yet</source>
        <translation>aún no hay registrado ningún simulacro de restauración superado de %1</translation>
    </message>
    <message numerus="yes">
        <source>the last passed drill of %1 finished at %2, more than %n minute(s) ago</source>
        <translation>
            <numerusform>el último simulacro superado de %1 terminó el %2, hace más de %n minuto</numerusform>
            <numerusform>el último simulacro superado de %1 terminó el %2, hace más de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 terminó con el estado %2</translation>
    </message>
    <message>
        <source>%1 does not show it yet</source>
        <translation>%1 aún no lo muestra</translation>
    </message>
    <message>
        <source>%1 still shows “%2”</source>
        <translation>%1 todavía muestra «%2»</translation>
    </message>
    <message>
        <source>docker compose ps exited with status %1</source>
        <translation>docker compose ps terminó con el estado %1</translation>
    </message>
    <message>
        <source>%1 runs %2 containers; the goal is %3</source>
        <translation>%1 ejecuta %2 contenedores; el objetivo es %3</translation>
    </message>
    <message>
        <source>systemctl show exited with status %1</source>
        <translation>systemctl show terminó con el estado %1</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 todavía está en ejecución</translation>
    </message>
    <message>
        <source>%1&apos;s last run failed (%2)</source>
        <translation>la última ejecución de %1 falló (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not succeeded in the last %n minutes</source>
        <translation>
            <numerusform>%1 no ha terminado correctamente en el último %n minuto</numerusform>
            <numerusform>%1 no ha terminado correctamente en los últimos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>each link must be a mapping with “title” and “url”</source>
        <translation>cada enlace debe ser una asignación con «title» y «url»</translation>
    </message>
    <message>
        <source>“url” must be an http://, https:// or mailto: address</source>
        <translation>«url» debe ser una dirección http://, https:// o mailto:</translation>
    </message>
    <message>
        <source>the link has a password in it: keep passwords in the keychain and name them under “secrets”</source>
        <translation>el enlace contiene una contraseña: guarde las contraseñas en el llavero y nómbrelas en «secrets»</translation>
    </message>
    <message>
        <source>“runs_on” must be a server name or a mapping with “server”</source>
        <translation>«runs_on» debe ser un nombre de servidor o una asignación con «server»</translation>
    </message>
    <message>
        <source>“unit” must be a systemd unit name such as pg-dump-to-s3.service or certbot.timer</source>
        <translation>«unit» debe ser un nombre de unidad de systemd como pg-dump-to-s3.service o certbot.timer</translation>
    </message>
    <message>
        <source>“compose_service” must be a service name of the compose file</source>
        <translation>«compose_service» debe ser un nombre de servicio del archivo de compose</translation>
    </message>
    <message>
        <source>each service must be a mapping of keys to values</source>
        <translation>cada servicio debe ser una asignación de claves a valores</translation>
    </message>
    <message>
        <source>“id” must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as mastodon or s3-backups</source>
        <translation>«id» debe tener letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (como mucho 64), como mastodon o s3-backups</translation>
    </message>
    <message>
        <source>“kind” must be service or supporting</source>
        <translation>«kind» debe ser service o supporting</translation>
    </message>
    <message>
        <source>“secrets” must be a list of keychain key names</source>
        <translation>«secrets» debe ser una lista de nombres de clave del llavero</translation>
    </message>
    <message>
        <source>each secret must be a keychain key name</source>
        <translation>cada secreto debe ser un nombre de clave del llavero</translation>
    </message>
    <message>
        <source>“links” must be a list of title and url</source>
        <translation>«links» debe ser una lista de title y url</translation>
    </message>
    <message>
        <source>service “%1” says neither where it runs (“runs_on”) nor who hosts it (“provider”)</source>
        <translation>el servicio «%1» no indica ni dónde se ejecuta («runs_on») ni quién lo aloja («provider»)</translation>
    </message>
    <message>
        <source>an empty keychain key name</source>
        <translation>un nombre de clave del llavero vacío</translation>
    </message>
    <message>
        <source>this is a private key, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>esto es una clave privada, no un nombre de clave del llavero: el mapa solo guarda los nombres de los secretos, nunca sus valores</translation>
    </message>
    <message>
        <source>this is a URL with a password in it, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>esto es una URL con una contraseña, no un nombre de clave del llavero: el mapa solo guarda los nombres de los secretos, nunca sus valores</translation>
    </message>
    <message>
        <source>this looks like a token, not a keychain key name: the map keeps the names of secrets only, never their values</source>
        <translation>esto parece un token, no un nombre de clave del llavero: el mapa solo guarda los nombres de los secretos, nunca sus valores</translation>
    </message>
    <message>
        <source>this is not a keychain key name (KIND/NAME, such as s3-access-key/backups.example.org or pass/coop/registrar): the map keeps the names of secrets only, never their values</source>
        <translation>esto no es un nombre de clave del llavero (KIND/NAME, como s3-access-key/backups.example.org o pass/coop/registrar): el mapa solo guarda los nombres de los secretos, nunca sus valores</translation>
    </message>
    <message>
        <source>a part of this key name looks like a random secret value: the map keeps the names of secrets only, never their values</source>
        <translation>una parte de este nombre de clave parece un valor secreto aleatorio: el mapa solo guarda los nombres de los secretos, nunca sus valores</translation>
    </message>
    <message>
        <source>service “%1” runs on “%2”, which is not a server of the inventory</source>
        <translation>el servicio «%1» se ejecuta en «%2», que no es un servidor del inventario</translation>
    </message>
    <message>
        <source>the services map must be a mapping with a “services” list</source>
        <translation>el mapa de servicios debe ser una asignación con una lista «services»</translation>
    </message>
    <message>
        <source>“services” must be a list</source>
        <translation>«services» debe ser una lista</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation>el archivo ocupa más de %1 KiB</translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation>el archivo contiene datos binarios, no texto</translation>
    </message>
    <message>
        <source>unknown key “%1” (known: %2)</source>
        <translation>clave desconocida «%1» (conocidas: %2)</translation>
    </message>
    <message>
        <source>the key “%1” is given twice</source>
        <translation>la clave «%1» se indica dos veces</translation>
    </message>
    <message>
        <source>“%1” must be a single value, not a list or a mapping</source>
        <translation>«%1» debe ser un único valor, no una lista ni una asignación</translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation>«%1» no debe estar vacío</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>falta «%1»</translation>
    </message>
    <message>
        <source>“%1” must be a list of values</source>
        <translation>«%1» debe ser una lista de valores</translation>
    </message>
    <message>
        <source>the file is format version %1; this Steward reads up to version %2</source>
        <translation>el archivo tiene la versión de formato %1; este Steward lee hasta la versión %2</translation>
    </message>
    <message>
        <source>Read and search logs</source>
        <translation>Leer y buscar en los registros</translation>
    </message>
    <message>
        <source>Sidekiq&apos;s jobs stopped in the night. Read sidekiq&apos;s and redis&apos; logs (search them for “redis” and “error”), find which service is down and why, then start it again and leave every service running.</source>
        <translation>Los trabajos de sidekiq se detuvieron durante la noche. Lea los registros de sidekiq y de redis (busque en ellos «redis» y «error»), averigüe qué servicio está caído y por qué, luego vuelva a iniciarlo y deje todos los servicios en marcha.</translation>
    </message>
</context>
<context>
    <name>Steward::Models</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Compose directory</source>
        <translation>Directorio de compose</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>%1 (%2 % of the median)</source>
        <translation>%1 (%2 % de la mediana)</translation>
    </message>
    <message>
        <source>not a backup name</source>
        <translation>no es un nombre de copia de seguridad</translation>
    </message>
    <message>
        <source>Much smaller than the backups before it: a truncated dump looks like this.</source>
        <translation>Mucho más pequeña que las copias de seguridad anteriores: así es como se ve un volcado truncado.</translation>
    </message>
    <message>
        <source>The name does not follow the naming pattern; it does not count for freshness.</source>
        <translation>El nombre no sigue el patrón de nombres; no cuenta para la antigüedad.</translation>
    </message>
    <message>
        <source>A backup of another database; it does not count for freshness.</source>
        <translation>Una copia de seguridad de otra base de datos; no cuenta para la antigüedad.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fallido (%1)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation>Tiempo de restauración</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Restored rows</source>
        <translation>Filas restauradas</translation>
    </message>
    <message>
        <source>Production rows</source>
        <translation>Filas de producción</translation>
    </message>
    <message>
        <source>Production count</source>
        <translation>Recuento de producción</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>This line was longer than %1 MiB and was cut there.</source>
        <translation>Esta línea ocupaba más de %1 MiB y se cortó ahí.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message numerus="yes">
        <source> … [%n more bytes]</source>
        <translation>
            <numerusform> … [%n byte más]</numerusform>
            <numerusform> … [%n bytes más]</numerusform>
        </translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>en otro lugar</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>missing on the server</source>
        <translation>ausente en el servidor</translation>
    </message>
    <message>
        <source>%1 (supporting)</source>
        <translation>%1 (de apoyo)</translation>
    </message>
    <message>
        <source>, compose service %1</source>
        <translation>, servicio de compose %1</translation>
    </message>
    <message>
        <source>, unit %1</source>
        <translation>, unidad %1</translation>
    </message>
    <message>
        <source>Keychain key names (Tools › Credentials); the values are never in the map.</source>
        <translation>Nombres de clave del llavero (Herramientas › Credenciales); los valores nunca están en el mapa.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation>Dónde se ejecuta</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <source>Configured in</source>
        <translation>Configurado en</translation>
    </message>
    <message>
        <source>Secrets (key names)</source>
        <translation>Secretos (nombres de clave)</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>tras %1</translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation>sin copia desplegada</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Upstream lines</source>
        <translation>Líneas de origen</translation>
    </message>
    <message>
        <source>Deployed copy</source>
        <translation>Copia desplegada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>service added</source>
        <translation>servicio añadido</translation>
    </message>
    <message>
        <source>service removed</source>
        <translation>servicio eliminado</translation>
    </message>
    <message>
        <source>lacks it</source>
        <translation>le falta</translation>
    </message>
    <message>
        <source>already has it</source>
        <translation>ya lo tiene</translation>
    </message>
    <message>
        <source>conflicts with a local change</source>
        <translation>choca con un cambio local</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): the deployed copy lacks it.</source>
        <translation>Cambio de origen %1 (añadido tras la línea %2): a la copia desplegada le falta.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): already in the deployed copy.</source>
        <translation>Cambio de origen %1 (añadido tras la línea %2): ya está en la copia desplegada.</translation>
    </message>
    <message>
        <source>Upstream change %1 (added after line %2): conflicts with a local change in the deployed copy.</source>
        <translation>Cambio de origen %1 (añadido tras la línea %2): choca con un cambio local en la copia desplegada.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): the deployed copy lacks it.</source>
        <translation>Cambio de origen %1 (líneas %2-%3): a la copia desplegada le falta.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): already in the deployed copy.</source>
        <translation>Cambio de origen %1 (líneas %2-%3): ya está en la copia desplegada.</translation>
    </message>
    <message>
        <source>Upstream change %1 (lines %2-%3): conflicts with a local change in the deployed copy.</source>
        <translation>Cambio de origen %1 (líneas %2-%3): choca con un cambio local en la copia desplegada.</translation>
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
        <translation>Paso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Started, took</source>
        <translation>Inicio, duración</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(desaparecido)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>LV %1 in VG %2: %3</source>
        <translation>LV %1 en VG %2: %3</translation>
    </message>
    <message>
        <source>Logical volume %1 of volume group %2</source>
        <translation>Volumen lógico %1 del grupo de volúmenes %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mounted on</source>
        <translation>Montado en</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>The last refresh failed; this is from %1.</source>
        <translation>Falló la última actualización; estos datos son de %1.</translation>
    </message>
    <message>
        <source>Refreshed %1.</source>
        <translation>Actualizado %1.</translation>
    </message>
    <message>
        <source>%1 (security release %2)</source>
        <translation>%1 (versión de seguridad %2)</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 disponible)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado %1</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>sin comprobación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>no programado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en ejecución ahora</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
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
        <translation>Acerca de Steward</translation>
    </message>
    <message>
        <source>A console for the volunteer tech group of a small cooperative Mastodon instance: servers, release notes, compose diffs, backups and the upgrade runbook.</source>
        <translation>Una consola para el grupo técnico voluntario de una pequeña instancia cooperativa de Mastodon: servidores, notas de versión, diferencias de compose, copias de seguridad y el procedimiento de actualización.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Built with %1</source>
        <translation>Compilado con %1</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>&amp;Acerca de Steward</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>Editar servidor</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>nombre de host o dirección</translation>
    </message>
    <message>
        <source>from ssh config, else your user name</source>
        <translation>de la configuración de SSH o, si no, su nombre de usuario</translation>
    </message>
    <message>
        <source>optional, e.g. ~/.ssh/id_ed25519</source>
        <translation>opcional, p. ej. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Compose directory:</source>
        <translation>&amp;Directorio de compose:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>&amp;URL pública:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>Archivo de &amp;identidad:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Another server is already called “%1”.</source>
        <translation>Ya hay otro servidor llamado «%1».</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover &amp;arriba</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Import from SSH Config…</source>
        <translation>&amp;Importar de la configuración de SSH…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Quitar servidor</translation>
    </message>
    <message>
        <source>Remove “%1” from the inventory? Nothing changes on the server itself.</source>
        <translation>¿Quitar «%1» del inventario? En el propio servidor no cambia nada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The inventory %1 could not be read: %2. The file is left as it is and nothing can be edited until it is fixed; correct it in an editor and reload.</source>
        <translation>No se pudo leer el inventario %1: %2. El archivo se deja tal cual y no se puede editar nada hasta que se corrija; corríjalo en un editor y recárguelo.</translation>
    </message>
    <message>
        <source>This is an example inventory. Change it, or import your hosts from your SSH config; your first change is saved to %1.</source>
        <translation>Este es un inventario de ejemplo. Cámbielo o importe sus hosts de su configuración de SSH; su primer cambio se guarda en %1.</translation>
    </message>
    <message>
        <source>The inventory could not be saved: %1</source>
        <translation>No se pudo guardar el inventario: %1</translation>
    </message>
    <message>
        <source>Import from SSH Config</source>
        <translation>Importar de la configuración de SSH</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Se conecta a</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Already in the inventory</source>
        <translation>Ya está en el inventario</translation>
    </message>
    <message>
        <source>Your SSH config names no host (entries with only wildcards are not offered).</source>
        <translation>Su configuración de SSH no nombra ningún host (las entradas solo con comodines no se ofrecen).</translation>
    </message>
    <message>
        <source>Choose the hosts to add to the inventory. Entries with only wildcards are not offered.</source>
        <translation>Elija los hosts que se añadirán al inventario. Las entradas solo con comodines no se ofrecen.</translation>
    </message>
    <message>
        <source>Lines skipped in your SSH config:</source>
        <translation>Líneas omitidas en su configuración de SSH:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>From server…</source>
        <translation>Del servidor…</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unificado</translation>
    </message>
    <message>
        <source>Fold unchanged lines</source>
        <translation>Plegar las líneas sin cambios</translation>
    </message>
    <message>
        <source>Old upstream: file or mastodon@v4.2.10</source>
        <translation>Origen anterior: archivo o mastodon@v4.2.10</translation>
    </message>
    <message>
        <source>New upstream: file or mastodon@v4.3.0</source>
        <translation>Origen nuevo: archivo o mastodon@v4.3.0</translation>
    </message>
    <message>
        <source>Deployed copy (optional): file</source>
        <translation>Copia desplegada (opcional): archivo</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Cambio siguiente</translation>
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
        <translation>Copiar parche</translation>
    </message>
    <message>
        <source>Save patch…</source>
        <translation>Guardar parche…</translation>
    </message>
    <message>
        <source>Deployed copy</source>
        <translation>Copia desplegada</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <source>Save patch</source>
        <translation>Guardar parche</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Choose the old and the new upstream file.</source>
        <translation>Elija el archivo de origen anterior y el nuevo.</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 líneas sin cambios</translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation>Añadir credencial</translation>
    </message>
    <message>
        <source>web1, github.com, social.coop…</source>
        <translation>web1, github.com, social.coop…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecreto:</translation>
    </message>
    <message>
        <source>For an S3 key pair, enter ACCESS_KEY_ID:SECRET_ACCESS_KEY.</source>
        <translation>Para un par de claves S3, escriba ACCESS_KEY_ID:SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Replace Credential</source>
        <translation>Reemplazar credencial</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Olvidar…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>&amp;Import from pass…</source>
        <translation>&amp;Importar de pass…</translation>
    </message>
    <message>
        <source>Keychain: %1 (checking…)</source>
        <translation>Llavero: %1 (comprobando…)</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Llavero: %1</translation>
    </message>
    <message>
        <source>Keychain: %1 (unavailable)</source>
        <translation>Llavero: %1 (no disponible)</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1). Secrets you enter now are kept for this session only and are never written to disk.</source>
        <translation>El llavero no está disponible (%1). Los secretos que introduzca ahora se guardan solo para esta sesión y nunca se escriben en el disco.</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Solo esta sesión</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>The keychain no longer holds %1 for %2.</source>
        <translation>El llavero ya no contiene %1 de %2.</translation>
    </message>
    <message>
        <source>Forget Credential</source>
        <translation>Olvidar credencial</translation>
    </message>
    <message>
        <source>Forget the %1 for %2? It is removed from the keychain.</source>
        <translation>¿Olvidar %1 de %2? Se elimina del llavero.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Import from pass</source>
        <translation>Importar de pass</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>Password store:</source>
        <translation>Almacén de contraseñas:</translation>
    </message>
    <message>
        <source>Check the entries to import and say what each one is. Steward runs pass show for each and stores the first line in the keychain.</source>
        <translation>Marque las entradas que quiere importar e indique qué es cada una. Steward ejecuta pass show para cada una y guarda la primera línea en el llavero.</translation>
    </message>
    <message>
        <source>Password Store</source>
        <translation>Almacén de contraseñas</translation>
    </message>
    <message>
        <source>There is no password store at %1.</source>
        <translation>No hay ningún almacén de contraseñas en %1.</translation>
    </message>
    <message>
        <source>%1 holds no pass entries.</source>
        <translation>%1 no contiene ninguna entrada de pass.</translation>
    </message>
    <message>
        <source>Name a server first.</source>
        <translation>Indique primero un servidor.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Check at least one entry with a server.</source>
        <translation>Marque al menos una entrada con un servidor.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Import cancelled: %1 imported, %2 failed.</source>
        <translation>Importación cancelada: %1 importadas, %2 fallidas.</translation>
    </message>
    <message>
        <source>%1 imported, %2 failed.</source>
        <translation>%1 importadas, %2 fallidas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>References from GitHub</source>
        <translation>Referencias de GitHub</translation>
    </message>
    <message>
        <source>References from a local git checkout</source>
        <translation>Referencias de una copia local de git</translation>
    </message>
    <message>
        <source>Where mastodon@vX.Y.Z references are read: GitHub (cached on disk) or the tags of a local Mastodon git checkout.</source>
        <translation>De dónde se leen las referencias mastodon@vX.Y.Z: de GitHub (en caché en el disco) o de las etiquetas de una copia local del repositorio git de Mastodon.</translation>
    </message>
    <message>
        <source>Path of the Mastodon git checkout</source>
        <translation>Ruta de la copia local del repositorio git de Mastodon</translation>
    </message>
    <message>
        <source>Reading the deployed docker-compose.yml from the server…</source>
        <translation>Leyendo el docker-compose.yml desplegado del servidor…</translation>
    </message>
    <message>
        <source>The deployed copy could not be read: %1</source>
        <translation>No se pudo leer la copia desplegada: %1</translation>
    </message>
    <message>
        <source>Comparison cancelled; the previous comparison is still shown.</source>
        <translation>Comparación cancelada; se sigue mostrando la comparación anterior.</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Comparación cancelada.</translation>
    </message>
    <message>
        <source>Choose the local git checkout to read references from.</source>
        <translation>Elija la copia local de git de la que se leerán las referencias.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migraciones</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Incompatible</translation>
    </message>
    <message>
        <source>Upgrade notes</source>
        <translation>Notas de actualización</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Versión preliminar</translation>
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
        <translation>%1 en caché</translation>
    </message>
    <message>
        <source>bundled CHANGELOG.md</source>
        <translation>CHANGELOG.md incluido</translation>
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
        <translation>Mostrar versiones preliminares</translation>
    </message>
    <message>
        <source>Export plan as Markdown…</source>
        <translation>Exportar el plan como Markdown…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Search versions and notes</source>
        <translation>Buscar versiones y notas</translation>
    </message>
    <message>
        <source>Running version, e.g. 4.2.10</source>
        <translation>Versión en ejecución, p. ej. 4.2.10</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Escrita a mano</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Upgrade plan</source>
        <translation>Plan de actualización</translation>
    </message>
    <message>
        <source>Fetching release notes from GitHub (%1 of %2 done)…</source>
        <translation>Obteniendo las notas de versión de GitHub (%1 de %2 hechas)…</translation>
    </message>
    <message>
        <source>Fetch cancelled.</source>
        <translation>Obtención cancelada.</translation>
    </message>
    <message>
        <source>Release notes not fetched yet.</source>
        <translation>Aún no se han obtenido las notas de versión.</translation>
    </message>
    <message>
        <source>Fetching release notes from GitHub (0 of %1 done)…</source>
        <translation>Obteniendo las notas de versión de GitHub (0 de %1 hechas)…</translation>
    </message>
    <message>
        <source>Reading release notes…</source>
        <translation>Leyendo las notas de versión…</translation>
    </message>
    <message>
        <source>Releases: %1 · %2</source>
        <translation>Versiones: %1 · %2</translation>
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
        <translation>%1 ejecuta %2 (según %3)</translation>
    </message>
    <message>
        <source>%1 (latest patch of %2.%3)</source>
        <translation>%1 (último parche de %2.%3)</translation>
    </message>
    <message>
        <source>%1 (next line)</source>
        <translation>%1 (línea siguiente)</translation>
    </message>
    <message>
        <source>Type the version a server runs to plan its upgrade.</source>
        <translation>Escriba la versión que ejecuta un servidor para planificar su actualización.</translation>
    </message>
    <message>
        <source>“%1” is not a Mastodon or Hometown version.</source>
        <translation>«%1» no es una versión de Mastodon ni de Hometown.</translation>
    </message>
    <message>
        <source>No release notes yet.</source>
        <translation>Aún no hay notas de versión.</translation>
    </message>
    <message>
        <source>The notes hold no release newer than %1.</source>
        <translation>Las notas no contienen ninguna versión posterior a %1.</translation>
    </message>
    <message>
        <source>Export plan as Markdown</source>
        <translation>Exportar el plan como Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Plan written to %1.</source>
        <translation>Plan escrito en %1.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clave de host desconocida</translation>
    </message>
    <message>
        <source>Steward has never connected to &lt;b&gt;%1&lt;/b&gt; before and cannot tell whether this is really that server. Compare the key below with what the server&apos;s administrator reads on the server itself:</source>
        <translation>Steward nunca se ha conectado a &lt;b&gt;%1&lt;/b&gt; y no puede saber si este es realmente ese servidor. Compare la clave de abajo con lo que lee el administrador del servidor en el propio servidor:</translation>
    </message>
    <message>
        <source>Trust it only if the fingerprints are the same.</source>
        <translation>Confíe en ella solo si las huellas coinciden.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Confiar y conectar</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Contraseña SSH</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <source>Kept once it has worked.</source>
        <translation>Se guarda en cuanto funcione.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
    <message>
        <source>Read the deployed docker-compose.yml of the chosen server over SSH (SFTP).</source>
        <translation>Leer el docker-compose.yml desplegado del servidor elegido por SSH (SFTP).</translation>
    </message>
    <message>
        <source>The server whose deployed copy is compared.</source>
        <translation>El servidor cuya copia desplegada se compara.</translation>
    </message>
    <message>
        <source>(typed by hand)</source>
        <translation>(escrita a mano)</translation>
    </message>
    <message>
        <source>Plan from the version a connected server runs.</source>
        <translation>Planificar a partir de la versión que ejecuta un servidor conectado.</translation>
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
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation>Resultado combinado</translation>
    </message>
    <message>
        <source>The deployed copy with the ticked upstream changes; each upstream change&apos;s lines are marked by where ours stands on it.</source>
        <translation>La copia desplegada con los cambios de origen marcados; las líneas de cada cambio de origen se marcan según cómo está la nuestra respecto a él.</translation>
    </message>
    <message>
        <source>Where the deployed copy stands on each upstream change, as marked beside the diff, in the overview bar and in the Merged result tab.</source>
        <translation>Cómo está la copia desplegada respecto a cada cambio de origen, marcado junto al diff, en la barra de resumen y en la pestaña Resultado combinado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>legend: status, number of upstream changes</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deployed copy:</source>
        <translation>Copia desplegada:</translation>
    </message>
    <message>
        <source>%1
Applied in the merged result.</source>
        <translation>%1
Aplicado en el resultado combinado.</translation>
    </message>
    <message>
        <source>%1
Not applied: the deployed copy&apos;s lines are kept.</source>
        <translation>%1
No aplicado: se mantienen las líneas de la copia desplegada.</translation>
    </message>
    <message>
        <source>bundled CHANGELOG.md for %1</source>
        <translation>CHANGELOG.md incluido para %1</translation>
    </message>
    <message>
        <source>%1 (CHANGELOG) for %2</source>
        <translation>%1 (CHANGELOG) para %2</translation>
    </message>
    <message>
        <source>No release list and no saved copy for %1: its releases come from %2 instead, which lacks the upgrade notes of GitHub&apos;s releases and the patch releases made only on stable branches.</source>
        <translation>No hay lista de versiones ni copia guardada para %1: sus versiones vienen de %2, al que le faltan las notas de actualización de las versiones de GitHub y las versiones de parche publicadas solo en ramas estables.</translation>
    </message>
    <message>
        <source>the bundled CHANGELOG.md</source>
        <translation>el CHANGELOG.md incluido</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Start the backup unit now and follow it.</source>
        <translation>Iniciar ahora la unidad de copia de seguridad y seguirla.</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Simulacro de restauración</translation>
    </message>
    <message>
        <source>Restore the newest backup on the drill host into a scratch database, prove it against production, then drop it.</source>
        <translation>Restaurar la copia de seguridad más reciente en el host de simulacro en una base de datos temporal, cotejarla con producción y después eliminarla.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Start the backup unit with “Back up now”.</source>
        <translation>Inicie la unidad de copia de seguridad con «Hacer copia de seguridad ahora».</translation>
    </message>
    <message>
        <source>Open the unit&apos;s journal in Logs</source>
        <translation>Abrir el diario de la unidad en Registros</translation>
    </message>
    <message>
        <source>Follow the backup unit&apos;s journal on the server in the Logs panel, to search and save it</source>
        <translation>Seguir el diario de la unidad de copia de seguridad en el servidor en el panel Registros, para buscar en él y guardarlo</translation>
    </message>
    <message>
        <source>Backup run</source>
        <translation>Ejecución de la copia de seguridad</translation>
    </message>
    <message>
        <source>No drill in this session yet.</source>
        <translation>Aún no hay ningún simulacro en esta sesión.</translation>
    </message>
    <message>
        <source>Open in Logs</source>
        <translation>Abrir en Registros</translation>
    </message>
    <message>
        <source>Open the drill&apos;s log in the Logs panel, to search and save it</source>
        <translation>Abrir el registro del simulacro en el panel Registros, para buscar en él y guardarlo</translation>
    </message>
    <message>
        <source>restore drill · %1</source>
        <translation>simulacro de restauración · %1</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <source>Drill history</source>
        <translation>Historial de simulacros</translation>
    </message>
    <message>
        <source>No server of the inventory has backup settings. Add a “backup:” map with its bucket to a server (docs/backups.md).</source>
        <translation>Ningún servidor del inventario tiene ajustes de copia de seguridad. Añada a un servidor un mapa «backup:» con su bucket (docs/backups.md).</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Sospechosa</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Reciente</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Sin copias de seguridad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Aún sin leer</translation>
    </message>
    <message>
        <source>Backup size and interval</source>
        <translation>Tamaño e intervalo de las copias de seguridad</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Tamaño (MB)</translation>
    </message>
    <message>
        <source>Suspiciously small</source>
        <translation>Sospechosamente pequeña</translation>
    </message>
    <message>
        <source>Hours since the previous</source>
        <translation>Horas desde la anterior</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Measured restore time</source>
        <translation>Tiempo de restauración medido</translation>
    </message>
    <message>
        <source>Passed (s)</source>
        <translation>Superado (s)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>No se puede iniciar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Running: %1 s of about %2 s (the last successful run).</source>
        <translation>En ejecución: %1 s de unos %2 s (la última ejecución correcta).</translation>
    </message>
    <message>
        <source>Running: %1 s (no earlier run to compare with).</source>
        <translation>En ejecución: %1 s (no hay ninguna ejecución anterior con la que comparar).</translation>
    </message>
    <message>
        <source>%1 succeeded in %2 s.</source>
        <translation>%1 terminó correctamente en %2 s.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>No longer following %1 (the unit goes on).</source>
        <translation>Ya no se sigue %1 (la unidad continúa).</translation>
    </message>
    <message>
        <source>%1 has no drill host in the inventory.</source>
        <translation>%1 no tiene host de simulacro en el inventario.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Drill passed on %1, %2.</source>
        <translation>Simulacro superado en %1, %2.</translation>
    </message>
    <message>
        <source>Drill cancelled on %1.</source>
        <translation>Simulacro cancelado en %1.</translation>
    </message>
    <message>
        <source>Drill FAILED on %1 (%2).</source>
        <translation>Simulacro FALLIDO en %1 (%2).</translation>
    </message>
    <message>
        <source>Last drill: %1</source>
        <translation>Último simulacro: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Info y más graves</translation>
    </message>
    <message>
        <source>Notice and worse</source>
        <translation>Notice y más graves</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Filtrar líneas…</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Hide matching</source>
        <translation>Ocultar coincidencias</translation>
    </message>
    <message>
        <source>From (e.g. -1h, 09:30)</source>
        <translation>Desde (p. ej. -1h, 09:30)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest lines in view (End)</source>
        <translation>Mantener a la vista las líneas más recientes (End)</translation>
    </message>
    <message>
        <source>Jump to time…</source>
        <translation>Saltar a una hora…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s): End or Follow to see them</source>
        <translation>
            <numerusform>%n línea nueva: End o Seguir para verla</numerusform>
            <numerusform>%n líneas nuevas: End o Seguir para verlas</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 de %2 líneas mostradas</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>Archivos de texto (*.txt *.log)</translation>
    </message>
    <message>
        <source>Jump to time: %1</source>
        <translation>Saltar a la hora: %1</translation>
    </message>
    <message>
        <source>New here: your key</source>
        <translation>Recién llegado: su clave</translation>
    </message>
    <message>
        <source>Make your own SSH key, send its public part to a member of the tech group, and check that it lets you in once they have added it. Its passphrase is kept in your keychain.</source>
        <translation>Cree su propia clave SSH, envíe su parte pública a un miembro del grupo técnico y compruebe que le permite entrar una vez que la haya añadido. Su frase de contraseña se guarda en su llavero.</translation>
    </message>
    <message>
        <source>Who the key is, as the members will see it in the servers&apos; authorized_keys</source>
        <translation>De quién es la clave, tal como la verán los miembros en el authorized_keys de los servidores</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Archivo de clave:</translation>
    </message>
    <message>
        <source>Name on the key:</source>
        <translation>Nombre en la clave:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Repita la frase de contraseña:</translation>
    </message>
    <message>
        <source>Make my key</source>
        <translation>Crear mi clave</translation>
    </message>
    <message>
        <source>Your public key shows here: the line to send.</source>
        <translation>Aquí se muestra su clave pública: la línea que debe enviar.</translation>
    </message>
    <message>
        <source>Copy the public key, to send it to the tech group</source>
        <translation>Copiar la clave pública para enviarla al grupo técnico</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Comprobar el acceso</translation>
    </message>
    <message>
        <source>Log in to the server with this key only (no agent, no other key), then log out</source>
        <translation>Iniciar sesión en el servidor solo con esta clave (sin agente ni otras claves) y después cerrar la sesión</translation>
    </message>
    <message>
        <source>A member: give or take access</source>
        <translation>Un miembro: dar o quitar acceso</translation>
    </message>
    <message>
        <source>Add a newcomer&apos;s public key to a server&apos;s authorized_keys, or remove a key. The file&apos;s other lines stay as they are.</source>
        <translation>Añadir la clave pública de un recién llegado al authorized_keys de un servidor, o quitar una clave. Las demás líneas del archivo se quedan como están.</translation>
    </message>
    <message>
        <source>The authorized_keys file on the server (from the SSH user&apos;s home when relative). On the lab, Steward asks the lab where its own is.</source>
        <translation>El archivo authorized_keys del servidor (relativo al directorio personal del usuario SSH). En el laboratorio, Steward le pregunta al laboratorio dónde está el suyo.</translation>
    </message>
    <message>
        <source>File on the server:</source>
        <translation>Archivo en el servidor:</translation>
    </message>
    <message>
        <source>List keys</source>
        <translation>Mostrar claves</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s public key: ssh-ed25519 AAAA… name</source>
        <translation>Pegue la clave pública del recién llegado: ssh-ed25519 AAAA… nombre</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>There is a key in this file already: its public key is shown below. Choose another file name to make a new one.</source>
        <translation>Ya hay una clave en este archivo: su clave pública se muestra abajo. Elija otro nombre de archivo para crear una nueva.</translation>
    </message>
    <message>
        <source>The file is being replaced in one step: this cannot be stopped halfway.</source>
        <translation>El archivo se está reemplazando en un solo paso: esto no se puede detener a medias.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Say where the key goes (a file name).</source>
        <translation>Indique dónde va la clave (un nombre de archivo).</translation>
    </message>
    <message>
        <source>Choose a passphrase: it protects the key if your computer is lost. Steward keeps it in your keychain.</source>
        <translation>Elija una frase de contraseña: protege la clave si pierde su equipo. Steward la guarda en su llavero.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation>Las dos frases de contraseña no coinciden: escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Making the key (ssh-keygen)…</source>
        <translation>Creando la clave (ssh-keygen)…</translation>
    </message>
    <message>
        <source>The key was not made: %1</source>
        <translation>No se creó la clave: %1</translation>
    </message>
    <message>
        <source>Your key is made. Steward has no keychain here: it will ask for the passphrase when it uses the key.</source>
        <translation>Su clave está creada. Aquí Steward no tiene llavero: le pedirá la frase de contraseña cuando use la clave.</translation>
    </message>
    <message>
        <source>Keeping the passphrase in the keychain…</source>
        <translation>Guardando la frase de contraseña en el llavero…</translation>
    </message>
    <message>
        <source>Your key is made and its passphrase is kept in the keychain. Send the public key below to the tech group.</source>
        <translation>Su clave está creada y su frase de contraseña está guardada en el llavero. Envíe la clave pública de abajo al grupo técnico.</translation>
    </message>
    <message>
        <source>Your key is made. The keychain is not available: Steward keeps the passphrase until it quits.</source>
        <translation>Su clave está creada. El llavero no está disponible: Steward guarda la frase de contraseña hasta que se cierre.</translation>
    </message>
    <message>
        <source>Your key is made, but the keychain did not keep its passphrase: %1</source>
        <translation>Su clave está creada, pero el llavero no guardó su frase de contraseña: %1</translation>
    </message>
    <message>
        <source>There is no key in %1 yet: make it first.</source>
        <translation>Aún no hay ninguna clave en %1: créela primero.</translation>
    </message>
    <message>
        <source>Logging in to %1 with %2…</source>
        <translation>Iniciando sesión en %1 con %2…</translation>
    </message>
    <message>
        <source>Asking the keychain for the key&apos;s passphrase…</source>
        <translation>Pidiendo al llavero la frase de contraseña de la clave…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Access granted: your key logs in to %1 as %2.</source>
        <translation>Acceso concedido: su clave inicia sesión en %1 como %2.</translation>
    </message>
    <message>
        <source>Steward does not know the server&apos;s host key yet: connect to it once from the Servers panel, then check again.</source>
        <translation>Steward todavía no conoce la clave de host del servidor: conéctese a él una vez desde el panel Servidores y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>No access to %1 with this key yet: %2</source>
        <translation>Aún no hay acceso a %1 con esta clave: %2</translation>
    </message>
    <message>
        <source>This is not a public key Steward can add: %1</source>
        <translation>Esta no es una clave pública que Steward pueda añadir: %1</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Añadir una clave</translation>
    </message>
    <message>
        <source>Add the key “%1” (%2) to %3 on %4?

Whoever holds its private key can then log in to %4 as its SSH user.</source>
        <translation>¿Añadir la clave «%1» (%2) a %3 en %4?

Quien tenga su clave privada podrá iniciar sesión en %4 como su usuario SSH.</translation>
    </message>
    <message>
        <source>Remove a key</source>
        <translation>Quitar una clave</translation>
    </message>
    <message>
        <source>Remove the key “%1” (%2) from %3 on %4?

Whoever logs in to %4 with it will no longer be able to.</source>
        <translation>¿Quitar la clave «%1» (%2) de %3 en %4?

Quien inicie sesión en %4 con ella ya no podrá hacerlo.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede llegar a %1: %2</translation>
    </message>
    <message>
        <source>Asking the lab where its authorized_keys is…</source>
        <translation>Preguntando al laboratorio dónde está su authorized_keys…</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Se perdió la conexión.</translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation>Leyendo %1 en %2…</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>The key “%1” can now log in to %2.</source>
        <translation>La clave «%1» ya puede iniciar sesión en %2.</translation>
    </message>
    <message>
        <source>The key “%1” no longer logs in to %2.</source>
        <translation>La clave «%1» ya no inicia sesión en %2.</translation>
    </message>
    <message>
        <source>The key “%1” is no longer in %2 on %3.</source>
        <translation>La clave «%1» ya no está en %2 en %3.</translation>
    </message>
    <message>
        <source>Writing %1 on %2…</source>
        <translation>Escribiendo %1 en %2…</translation>
    </message>
    <message>
        <source>(no name on the key)</source>
        <translation>(sin nombre en la clave)</translation>
    </message>
    <message>
        <source>Edit the services map</source>
        <translation>Editar el mapa de servicios</translation>
    </message>
    <message>
        <source>%1: checked when you save; nothing is written while it has an error (docs/onboarding.md has the format).</source>
        <translation>%1: se comprueba al guardar; no se escribe nada mientras tenga un error (el formato está en docs/onboarding.md).</translation>
    </message>
    <message>
        <source>The map is over 1 MiB: Steward does not read it.</source>
        <translation>El mapa ocupa más de 1 MiB: Steward no lo lee.</translation>
    </message>
    <message>
        <source>Not saved: line %1, column %2: %3</source>
        <translation>No guardado: línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Not saved: the folder %1 cannot be made.</source>
        <translation>No guardado: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Not saved: %1 cannot be written: %2</source>
        <translation>No guardado: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Edit map…</source>
        <translation>Editar el mapa…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Try on the lab shows the real output here.</source>
        <translation>Probar en el laboratorio muestra aquí la salida real.</translation>
    </message>
    <message>
        <source>Copy the command for a terminal on the server</source>
        <translation>Copiar la orden para un terminal en el servidor</translation>
    </message>
    <message>
        <source>Try on the lab</source>
        <translation>Probar en el laboratorio</translation>
    </message>
    <message>
        <source>What its output looks like:</source>
        <translation>Cómo es su salida:</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Check my goal on the lab</source>
        <translation>Comprobar mi objetivo en el laboratorio</translation>
    </message>
    <message>
        <source>Prepare the lab for this lesson</source>
        <translation>Preparar el laboratorio para esta lección</translation>
    </message>
    <message>
        <source>Resets the lab when the lesson starts from a clean lab, and switches its faults on or off as the lesson needs.</source>
        <translation>Restablece el laboratorio cuando la lección empieza con un laboratorio limpio, y activa o desactiva sus averías según lo necesite la lección.</translation>
    </message>
    <message>
        <source>Lessons on the lab</source>
        <translation>Lecciones en el laboratorio</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>The services map %1 does not load: %2</source>
        <translation>El mapa de servicios %1 no se carga: %2</translation>
    </message>
    <message>
        <source>The group&apos;s services, from %1. Hover a row for its links.</source>
        <translation>Los servicios del grupo, de %1. Pase el puntero sobre una fila para ver sus enlaces.</translation>
    </message>
    <message>
        <source>Edit %1 in Steward</source>
        <translation>Editar %1 en Steward</translation>
    </message>
    <message>
        <source>The services map %1 cannot be opened: %2</source>
        <translation>No se puede abrir el mapa de servicios %1: %2</translation>
    </message>
    <message>
        <source>it is over 1 MiB</source>
        <translation>ocupa más de 1 MiB</translation>
    </message>
    <message>
        <source>The command glossary does not load: %1</source>
        <translation>El glosario de órdenes no se carga: %1</translation>
    </message>
    <message>
        <source>Changes the server&apos;s state: tried on the lab only</source>
        <translation>Cambia el estado del servidor: solo se prueba en el laboratorio</translation>
    </message>
    <message>
        <source>What it does: %1</source>
        <translation>Qué hace: %1</translation>
    </message>
    <message>
        <source>When to use it: %1</source>
        <translation>Cuándo usarla: %1</translation>
    </message>
    <message>
        <source>What the output means: %1</source>
        <translation>Qué significa la salida: %1</translation>
    </message>
    <message>
        <source>It changes the server&apos;s state: from here it runs on the lab only.</source>
        <translation>Cambia el estado del servidor: desde aquí solo se ejecuta en el laboratorio.</translation>
    </message>
    <message>
        <source>It needs a terminal: copy it, it is not tried from here.</source>
        <translation>Necesita un terminal: cópiela, no se prueba desde aquí.</translation>
    </message>
    <message>
        <source>Start Steward with --lab to try commands on the lab.</source>
        <translation>Inicie Steward con --lab para probar órdenes en el laboratorio.</translation>
    </message>
    <message>
        <source>[stopped following after a few seconds]</source>
        <translation>[se dejó de seguir tras unos segundos]</translation>
    </message>
    <message>
        <source>A bad night: the lab&apos;s %1 fault is on for this lesson (steward-lab fault NAME on).</source>
        <translation>Una mala noche: la avería %1 del laboratorio está activada para esta lección (steward-lab fault NAME on).</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Hecho en %1.</translation>
    </message>
    <message>
        <source>Start Steward with --lab to practise.</source>
        <translation>Inicie Steward con --lab para practicar.</translation>
    </message>
    <message>
        <source>Looking at the lab…</source>
        <translation>Examinando el laboratorio…</translation>
    </message>
    <message>
        <source>Goal reached: the lesson is marked done.</source>
        <translation>Objetivo alcanzado: la lección se marca como hecha.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Todavía no: %1</translation>
    </message>
    <message>
        <source>Steward cannot check this goal yet: %1</source>
        <translation>Steward aún no puede comprobar este objetivo: %1</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>No se pudo ejecutar la comprobación: %1</translation>
    </message>
    <message>
        <source>The lab cannot be reached: %1</source>
        <translation>No se puede llegar al laboratorio: %1</translation>
    </message>
    <message>
        <source>Resetting the lab (a minute or two)…</source>
        <translation>Restableciendo el laboratorio (un minuto o dos)…</translation>
    </message>
    <message>
        <source>Switching the lab&apos;s faults…</source>
        <translation>Cambiando las averías del laboratorio…</translation>
    </message>
    <message>
        <source>The lab is ready for this lesson.</source>
        <translation>El laboratorio está listo para esta lección.</translation>
    </message>
    <message>
        <source>The lab could not be prepared: %1</source>
        <translation>No se pudo preparar el laboratorio: %1</translation>
    </message>
    <message>
        <source>Welcome to Steward</source>
        <translation>Bienvenido a Steward</translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config…</source>
        <translation>Importar de ~/.ssh/config…</translation>
    </message>
    <message>
        <source>Import an Ansible inventory…</source>
        <translation>Importar un inventario de Ansible…</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Añadir un servidor…</translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation>Abrir el laboratorio</translation>
    </message>
    <message>
        <source>The servers you already reach with ssh: Steward takes their host names, users, ports and keys from your SSH configuration.</source>
        <translation>Los servidores a los que ya llega con ssh: Steward toma sus nombres de host, usuarios, puertos y claves de su configuración de SSH.</translation>
    </message>
    <message>
        <source>If your group sets up its servers with Ansible: its inventory file lists them.</source>
        <translation>Si su grupo configura sus servidores con Ansible: su archivo de inventario los enumera.</translation>
    </message>
    <message>
        <source>Type in one server yourself: a name, its address and the SSH user.</source>
        <translation>Escriba usted mismo un servidor: un nombre, su dirección y el usuario SSH.</translation>
    </message>
    <message>
        <source>Practise first: a rehearsal Mastodon server on this computer, reached over SSH like the real one. Nothing you try there touches production.</source>
        <translation>Practique primero: un servidor Mastodon de ensayo en este equipo, al que se llega por SSH como al real. Nada de lo que pruebe allí afecta a producción.</translation>
    </message>
    <message>
        <source>All of this stays in the Servers panel&apos;s toolbar; this page goes away once your inventory has a server.</source>
        <translation>Todo esto sigue en la barra de herramientas del panel Servidores; esta página desaparece en cuanto su inventario tenga un servidor.</translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and it does not know them yet: the table below is only an example. Tell it where your servers are, in one of these ways:</source>
        <translation>Steward cuida de los servidores de su grupo por SSH y todavía no los conoce: la tabla de abajo es solo un ejemplo. Indíquele dónde están sus servidores de una de estas formas:</translation>
    </message>
    <message>
        <source>Steward looks after your group&apos;s servers over SSH, and your inventory has none yet. Tell it where your servers are, in one of these ways:</source>
        <translation>Steward cuida de los servidores de su grupo por SSH y su inventario aún no tiene ninguno. Indíquele dónde están sus servidores de una de estas formas:</translation>
    </message>
    <message>
        <source>The lab is not installed here. Where it is (a Steward built from its sources, or the Debian package), start Steward with “steward --lab” to open it on the lab.</source>
        <translation>El laboratorio no está instalado aquí. Donde lo esté (un Steward compilado desde sus fuentes o el paquete de Debian), inicie Steward con «steward --lab» para abrirlo en el laboratorio.</translation>
    </message>
    <message>
        <source>Starting the lab…</source>
        <translation>Iniciando el laboratorio…</translation>
    </message>
    <message>
        <source>The lab did not start: %1</source>
        <translation>El laboratorio no se inició: %1</translation>
    </message>
    <message>
        <source>Prepare the upgrade run…</source>
        <translation>Preparar la ejecución de la actualización…</translation>
    </message>
    <message>
        <source>Open the upgrade runbook with this plan: its target, the migrations to expect and the dependency floors it checks on the server</source>
        <translation>Abrir el procedimiento de actualización con este plan: su destino, las migraciones esperadas y las versiones mínimas de dependencias que comprueba en el servidor</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Show exactly what each step will send or do, without running anything</source>
        <translation>Mostrar exactamente lo que cada paso enviará o hará, sin ejecutar nada</translation>
    </message>
    <message>
        <source>Start run…</source>
        <translation>Iniciar ejecución…</translation>
    </message>
    <message>
        <source>Run id (steward runbook status lists them)</source>
        <translation>Id de ejecución (steward runbook status los muestra)</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Abrir ejecución</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Show the run&apos;s transcript: every step, command, output, approval and override, with times</source>
        <translation>Mostrar la transcripción de la ejecución: cada paso, orden, salida, aprobación y forzado, con sus horas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the run&apos;s transcript as a Markdown file</source>
        <translation>Guardar la transcripción de la ejecución como archivo Markdown</translation>
    </message>
    <message>
        <source>Open the selected step&apos;s output in the Logs panel, to search and save it</source>
        <translation>Abrir la salida del paso seleccionado en el panel Registros, para buscar en ella y guardarla</translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation>Procedimiento:</translation>
    </message>
    <message>
        <source>Reason (recorded; needed to skip, override or stop)</source>
        <translation>Motivo (se registra; necesario para omitir, forzar o detener)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Forzar</translation>
    </message>
    <message>
        <source>Stop run</source>
        <translation>Detener ejecución</translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation>Exportar la transcripción</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Some runbooks do not load:
%1</source>
        <translation>Algunos procedimientos no se cargan:
%1</translation>
    </message>
    <message>
        <source>Choose a runbook and a server first.</source>
        <translation>Elija primero un procedimiento y un servidor.</translation>
    </message>
    <message>
        <source>A run is open in this panel (%1). Stop it, or let it finish, first.</source>
        <translation>Hay una ejecución abierta en este panel (%1). Deténgala o deje que termine primero.</translation>
    </message>
    <message>
        <source>There is no runbook “%1”.</source>
        <translation>No hay ningún procedimiento «%1».</translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Read the dry run, then start.</source>
        <translation>Rellenado a partir del plan de actualización. Lea la simulación y después inicie.</translation>
    </message>
    <message>
        <source>Filled in from the upgrade plan. Still to fill: %1.</source>
        <translation>Rellenado a partir del plan de actualización. Falta por rellenar: %1.</translation>
    </message>
    <message>
        <source>Announcement: %1 of %2 characters</source>
        <translation>Anuncio: %1 de %2 caracteres</translation>
    </message>
    <message>
        <source> (Mastodon&apos;s default; %1&apos;s own limit is read when it is refreshed)</source>
        <translation> (el valor predeterminado de Mastodon; el límite propio de %1 se lee cuando se actualiza)</translation>
    </message>
    <message>
        <source> — too long: the step would refuse it. Shorten the template or the parameters.</source>
        <translation> — demasiado largo: el paso lo rechazaría. Acorte la plantilla o los parámetros.</translation>
    </message>
    <message>
        <source>No run is open: start one or open one first.</source>
        <translation>No hay ninguna ejecución abierta: inicie una o abra una primero.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1: %2</source>
        <translation>No se pudo guardar la transcripción en %1: %2</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>Transcripción guardada en %1.</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Iniciar la ejecución</translation>
    </message>
    <message>
        <source>Run “%1” on %2 now? Its steps act on the server (%3 steps; the dry run shows each one). Confirmations and failures stop for you.</source>
        <translation>¿Ejecutar «%1» en %2 ahora? Sus pasos actúan sobre el servidor (%3 pasos; la simulación muestra cada uno). Las confirmaciones y los fallos se detienen para que usted decida.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Choose the server the run is on first.</source>
        <translation>Elija primero el servidor de la ejecución.</translation>
    </message>
    <message>
        <source>“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).</source>
        <translation>«%1» no es un id de ejecución (como 20261122-001000-mastodon-upgrade).</translation>
    </message>
    <message>
        <source>The connection was lost (%1). The running step goes on on the server; Steward connects again and picks the run up.</source>
        <translation>Se perdió la conexión (%1). El paso en curso sigue en el servidor; Steward vuelve a conectarse y retoma la ejecución.</translation>
    </message>
    <message>
        <source>No run open. Start one, or open a run that exists on the server.</source>
        <translation>No hay ninguna ejecución abierta. Inicie una o abra una ejecución que exista en el servidor.</translation>
    </message>
    <message>
        <source>Opening the run on %1…</source>
        <translation>Abriendo la ejecución en %1…</translation>
    </message>
    <message>
        <source>Run %1 on %2: %3 (%4 of %5 steps done). Watch it on the server: %6</source>
        <translation>Ejecución %1 en %2: %3 (%4 de %5 pasos hechos). Véala en el servidor: %6</translation>
    </message>
    <message>
        <source>The run could not be made or opened: %1</source>
        <translation>No se pudo crear ni abrir la ejecución: %1</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nada espera su intervención.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Say why the step is skipped: the reason is recorded in the run.</source>
        <translation>Indique por qué se omite el paso: el motivo se registra en la ejecución.</translation>
    </message>
    <message>
        <source>Say why the gate is overridden: the reason is recorded in the run.</source>
        <translation>Indique por qué se fuerza el punto de control: el motivo se registra en la ejecución.</translation>
    </message>
    <message>
        <source>Say why the run stops: the reason is recorded in the run.</source>
        <translation>Indique por qué se detiene la ejecución: el motivo se registra en la ejecución.</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Detener la ejecución</translation>
    </message>
    <message>
        <source>Stop run %1 after the running step? The step finishes on the server; nothing new starts.</source>
        <translation>¿Detener la ejecución %1 tras el paso en curso? El paso termina en el servidor; no empieza nada nuevo.</translation>
    </message>
    <message>
        <source>Units and timers</source>
        <translation>Unidades y temporizadores</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Reiniciar…</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>De&amp;tener…</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Iniciar…</translation>
    </message>
    <message>
        <source>Sc&amp;ale…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>Re&amp;deploy (up -d)…</source>
        <translation>Volver a &amp;desplegar (up -d)…</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>Re&amp;gistros</translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation>&amp;Copiar orden</translation>
    </message>
    <message>
        <source>Copy the restart command for a terminal</source>
        <translation>Copiar la orden de reinicio para un terminal</translation>
    </message>
    <message>
        <source>Start &amp;Now…</source>
        <translation>Iniciar a&amp;hora…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Escalar %1</translation>
    </message>
    <message>
        <source>How many %1 containers should run?</source>
        <translation>¿Cuántos contenedores de %1 deben ejecutarse?</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Leído %1.</translation>
    </message>
    <message>
        <source>Could not read: %1. Shown: what was read %2.</source>
        <translation>No se pudo leer: %1. Se muestra lo leído %2.</translation>
    </message>
    <message>
        <source>Could not read: %1.</source>
        <translation>No se pudo leer: %1.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Aún sin leer.</translation>
    </message>
    <message>
        <source>Select a server to see its services, units, disks and health.</source>
        <translation>Seleccione un servidor para ver sus servicios, unidades, discos y salud.</translation>
    </message>
    <message>
        <source>%1: not checked yet. Refresh to read its state.</source>
        <translation>%1: aún sin comprobar. Actualice para leer su estado.</translation>
    </message>
    <message>
        <source>refreshed %1</source>
        <translation>actualizado %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation>Temporizadores: %1</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Disposición: %1</translation>
    </message>
    <message>
        <source>The inventory gives no public URL for this server, so its HTTP health is not checked.</source>
        <translation>El inventario no indica ninguna URL pública para este servidor, así que no se comprueba su salud HTTP.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>Checked %1 from this computer, at %2.</source>
        <translation>Comprobado %1 desde este equipo, a las %2.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>sin respuesta: %1</translation>
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
        <translation>API de la instancia</translation>
    </message>
    <message>
        <source>Running version: %1</source>
        <translation>Versión en ejecución: %1</translation>
    </message>
    <message>
        <source>The maintenance page is up.</source>
        <translation>La página de mantenimiento está activa.</translation>
    </message>
    <message>
        <source>Import from &amp;Ansible Inventory…</source>
        <translation>Importar de un inventario de A&amp;nsible…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Refresh A&amp;ll</source>
        <translation>Actualizar to&amp;dos</translation>
    </message>
    <message>
        <source>S&amp;top Refresh</source>
        <translation>Detener la act&amp;ualización</translation>
    </message>
    <message>
        <source>Refresh every server on its own at this interval (paused while the window is hidden)</source>
        <translation>Actualizar cada servidor por separado con este intervalo (en pausa mientras la ventana está oculta)</translation>
    </message>
    <message>
        <source>Refresh: off</source>
        <translation>Actualización: desactivada</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>Cada 30 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minutos</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>%1 on %2? Users of the instance may notice while it happens.

The command:
%3</source>
        <translation>¿%1 en %2? Los usuarios de la instancia pueden notarlo mientras ocurre.

La orden:
%3</translation>
    </message>
    <message>
        <source>%1 on %2?

The command:
%3</source>
        <translation>¿%1 en %2?

La orden:
%3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Import from Ansible Inventory</source>
        <translation>Importar de un inventario de Ansible</translation>
    </message>
    <message>
        <source>Ansible inventories (hosts *.ini *.yml *.yaml inventory*)</source>
        <translation>Inventarios de Ansible (hosts *.ini *.yml *.yaml inventory*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Already in the inventory as “%1” (same host, port and user)</source>
        <translation>Ya está en el inventario como «%1» (mismo host, puerto y usuario)</translation>
    </message>
    <message>
        <source>The same host, port and user as “%1” above</source>
        <translation>El mismo host, puerto y usuario que «%1» de arriba</translation>
    </message>
    <message>
        <source>On the server: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>En el servidor: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Question from the server</source>
        <translation>Pregunta del servidor</translation>
    </message>
    <message>
        <source>Answers to the server&apos;s questions are never kept.</source>
        <translation>Las respuestas a las preguntas del servidor nunca se guardan.</translation>
    </message>
    <message>
        <source>Not a usable value: %1</source>
        <translation>Valor no utilizable: %1</translation>
    </message>
</context>
</TS>
