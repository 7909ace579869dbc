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
        <source>Open this panel (servers).</source>
        <translation>Abrir este panel (servers).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system's.</source>
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
</context>
</TS>
