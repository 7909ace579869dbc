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
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
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
        <source>service added</source>
        <translation>servicio añadido</translation>
    </message>
    <message>
        <source>service removed</source>
        <translation>servicio eliminado</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation>sin copia desplegada</translation>
    </message>
    <message>
        <source>lacks it</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>already has it</source>
        <translation>ya está</translation>
    </message>
    <message>
        <source>conflicts with a local change</source>
        <translation>entra en conflicto con un cambio local</translation>
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
        <source>On the server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;</source>
        <translation>En el servidor: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;</translation>
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
        <source>after %1</source>
        <translation>tras %1</translation>
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
</context>
</TS>
