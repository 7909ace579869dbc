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
        <source>Open this panel (servers).</source>
        <translation>Obre aquest panell (servers).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system's.</source>
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
</context>
</TS>
