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
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paràmetre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Canvi</translation>
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
        <source>service added</source>
        <translation>servei afegit</translation>
    </message>
    <message>
        <source>service removed</source>
        <translation>servei suprimit</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivell superior)</translation>
    </message>
    <message>
        <source>no deployed copy</source>
        <translation>sense còpia desplegada</translation>
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
        <source>On the server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;</source>
        <translation>Al servidor: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;</translation>
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
        <source>after %1</source>
        <translation>després de %1</translation>
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
</context>
</TS>
