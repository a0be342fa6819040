<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessCheckPane</name>
    <message>
        <location filename="../ui/roles/AccessCheckPane.cpp" line="+24"/>
        <source>A person&apos;s access</source>
        <translation>Zugriff einer Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can…?</source>
        <translation>Wer darf …?</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The assignments could not be loaded: %1</source>
        <translation>Die Rollenzuweisungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/roles/AccessCheckPane.h" line="+27"/>
        <location filename="../ui/shell/MainWindow.cpp" line="+136"/>
        <source>Access check</source>
        <translation>Zugriffsprüfung</translation>
    </message>
</context>
<context>
    <name>AccessDecision</name>
    <message>
        <location filename="../domain/permissions/EffectivePermissions.cpp" line="+291"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied: an explicit deny of their roles wins</source>
        <translation>Verweigert: Ein ausdrückliches Verbot ihrer Rollen hat Vorrang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed: the organization&apos;s root role does not allow it</source>
        <translation>Nicht erlaubt: Die Stammrolle der Organisation erlaubt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed: none of their roles allows it</source>
        <translation>Nicht erlaubt: Keine ihrer Rollen erlaubt es</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deciding grant: %1</source>
        <translation>Entscheidende Berechtigung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From role: %1</source>
        <translation>Aus der Rolle: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capped by the root role&apos;s grant: %1</source>
        <translation>Begrenzt durch die Berechtigung der Stammrolle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root role has no grant that allows it.</source>
        <translation>Die Stammrolle hat keine Berechtigung, die es erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is an approximation of the server&apos;s decision, computed here from the roles as loaded: an explicit deny wins, every condition must hold, and the server may know more about the record.</source>
        <translation>Dies ist eine Annäherung an die Entscheidung des Servers, hier aus den geladenen Rollen berechnet: Ein ausdrückliches Verbot hat Vorrang, jede Bedingung muss erfüllt sein, und der Server kann mehr über den Datensatz wissen.</translation>
    </message>
</context>
<context>
    <name>AccessRules</name>
    <message>
        <location line="-139"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>not where %1</source>
        <translation>nicht wo %1</translation>
    </message>
</context>
<context>
    <name>AccessToken</name>
    <message>
        <location filename="../domain/security/AccessToken.cpp" line="+23"/>
        <source>An access token is not a JSON object.</source>
        <translation>Ein Zugriffstoken ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An access token has no id.</source>
        <translation>Ein Zugriffstoken hat keine ID.</translation>
    </message>
</context>
<context>
    <name>AccessTokenListModel</name>
    <message>
        <location filename="../models/AccessTokenListModel.cpp" line="+85"/>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older than 90 days</source>
        <translation>Älter als 90 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May write with administrator roles</source>
        <translation>Darf mit Administratorrollen schreiben</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read and write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymized</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>AccessTokenRequest</name>
    <message>
        <location filename="../domain/security/AccessToken.cpp" line="+64"/>
        <source>The token needs a name.</source>
        <translation>Das Token braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one role for the token.</source>
        <translation>Wählen Sie mindestens eine Rolle für das Token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a role id (&lt;organization id&gt;:&lt;slug&gt;).</source>
        <translation>„%1“ ist keine Rollen-ID (&lt;Organisations-ID&gt;:&lt;Slug&gt;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lifetime must be between 30 seconds and 365 days.</source>
        <translation>Die Lebensdauer muss zwischen 30 Sekunden und 365 Tagen liegen.</translation>
    </message>
</context>
<context>
    <name>AccessTokenService</name>
    <message>
        <location filename="../services/api/AccessTokenService.cpp" line="+39"/>
        <source>The token needs a name.</source>
        <translation>Das Token braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No token chosen.</source>
        <translation>Kein Token gewählt.</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <location filename="../ui/common/AccessibleNames.cpp" line="+92"/>
        <source>%1: list</source>
        <translation>%1: Liste</translation>
    </message>
</context>
<context>
    <name>AccountOrganizationsPage</name>
    <message>
        <location filename="../ui/account/AccountOrganizationsPage.cpp" line="+25"/>
        <source>The organizations your username belongs to. Switching signs you in to the chosen one; every page reloads for it.</source>
        <translation>Die Organisationen, zu denen Ihr Benutzername gehört. Beim Wechsel werden Sie bei der gewählten angemeldet; jede Seite wird für sie neu geladen.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Organization id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organizations listed for your username.</source>
        <translation>Für Ihren Benutzernamen sind keine Organisationen aufgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch to the selected organization</source>
        <translation>Zur ausgewählten Organisation wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switched to organization %1.</source>
        <translation>Zu Organisation %1 gewechselt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stored as: %1, %2</source>
        <translation>Gespeichert als: %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ signed in here</source>
        <translation>✓ hier angemeldet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You belong to one organization only.</source>
        <translation>Sie gehören nur zu einer Organisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That is the current organization.</source>
        <translation>Das ist die aktuelle Organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switching to %1…</source>
        <translation>Wechsel zu %1…</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <location filename="../services/api/AccountService.cpp" line="+47"/>
        <source>The scope is empty.</source>
        <translation>Der Bereich ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scope has %1 characters; the API allows at most %2.</source>
        <translation>Der Bereich hat %1 Zeichen; die API erlaubt höchstens %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key has %1 characters; the API allows at most %2.</source>
        <translation>Der Schlüssel hat %1 Zeichen; die API erlaubt höchstens %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The value is not valid JSON.</source>
        <translation>Der Wert ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value is %1 KiB as JSON; the API allows at most 64 KiB.</source>
        <translation>Der Wert hat als JSON %1 KiB; die API erlaubt höchstens 64 KiB.</translation>
    </message>
</context>
<context>
    <name>AccountToolPage</name>
    <message>
        <location filename="../ui/account/AccountToolPage.cpp" line="+38"/>
        <source>Weak: use at least 8 characters.</source>
        <translation>Schwach: Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: mix lower and upper case letters, digits and symbols.</source>
        <translation>Mittel: Mischen Sie Klein- und Großbuchstaben, Ziffern und Sonderzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good: 12 or more characters make it strong.</source>
        <translation>Gut: Mit 12 oder mehr Zeichen wird es stark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>AccountToolsPane</name>
    <message>
        <location filename="../ui/account/AccountToolsPane.cpp" line="+18"/>
        <source>For helping someone who is stuck. These operations are public: they are sent without your token and act for the person whose token or e-mail address you enter. Passwords are sent once and cleared from the form; they are never stored or logged.</source>
        <translation>Um jemandem zu helfen, der nicht weiterkommt. Diese Operationen sind öffentlich: Sie werden ohne Ihr Token gesendet und handeln für die Person, deren Token oder E-Mail-Adresse Sie eingeben. Passwörter werden einmal gesendet und dann aus dem Formular gelöscht; sie werden nie gespeichert oder protokolliert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail change</source>
        <translation>E-Mail-Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-up</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login parameters</source>
        <translation>Anmeldeparameter</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../ui/shell/MainWindow.cpp" line="+6"/>
        <source>Account tools</source>
        <translation>Kontowerkzeuge</translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../ui/shell/ActivityDock.cpp" line="+147"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed only</source>
        <translation>Nur fehlgeschlagene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by URL, status or error</source>
        <translation>Nach URL, Status oder Fehler filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the log as text</source>
        <translation>Protokoll als Text kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 request, failed</source>
        <translation>1 Anfrage, fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requests, %2 failed</source>
        <translation>%1 Anfragen, %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <location filename="../models/ActivityLogModel.cpp" line="+115"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (try %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Operation: %1</source>
        <translation>Operation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic retry, attempt %1</source>
        <translation>Automatische Wiederholung, Versuch %1</translation>
    </message>
</context>
<context>
    <name>AddressLookupPage</name>
    <message>
        <location filename="../ui/partners/AddressLookupPage.cpp" line="+16"/>
        <source>e.g. Auweg 1, 93055 Regensburg, DE</source>
        <translation>z. B. Auweg 1, 93055 Regensburg, DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in map</source>
        <translation>In Karte öffnen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Latitude %2, longitude %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Breite %2, Länge %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;br&gt;Relevance %1 %</source>
        <translation>&lt;br&gt;Relevanz %1 %</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../services/network/ApiCall.cpp" line="+79"/>
        <location line="+85"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server did not answer within %1 seconds (%2).</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet (%2).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 (%2 at byte %3)</source>
        <translation>%1 (%2 bei Byte %3)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the connection: is the server running?</source>
        <translation>%1 hat die Verbindung abgelehnt: Läuft der Server?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too many redirects (more than %1).</source>
        <translation>Zu viele Weiterleitungen (mehr als %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused a redirect from https to an insecure address (%1).</source>
        <translation>Weiterleitung von https auf eine unsichere Adresse (%1) abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../services/network/ApiClient.cpp" line="+31"/>
        <source>Not signed in: there is no token for this profile.</source>
        <translation>Nicht angemeldet: Für dieses Profil gibt es kein Token.</translation>
    </message>
</context>
<context>
    <name>ApiConsolePane</name>
    <message numerus="yes">
        <location filename="../ui/console/ApiConsolePane.cpp" line="+64"/>
        <source>(%n byte(s) more not shown)</source>
        <translation>
            <numerusform>(%n weiteres Byte nicht angezeigt)</numerusform>
            <numerusform>(%n weitere Bytes nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../ui/shell/MainWindow.cpp" line="+1"/>
        <source>API console</source>
        <translation>API-Konsole</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter operations (id, path, tag)…</source>
        <translation>Operationen filtern (ID, Pfad, Tag)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls sent in this run. Double-click to open one again.</source>
        <translation>In dieser Sitzung gesendete Aufrufe. Doppelklick öffnet einen erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open and send again</source>
        <translation>Öffnen und erneut senden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Body (JSON):</source>
        <translation>Inhalt (JSON):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as epilot CLI</source>
        <translation>Als epilot-CLI kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the real token in copies</source>
        <translation>Echtes Token in Kopien einsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: copied commands read the token from $EPILOT_TOKEN, so it stays out of chats and shell history.</source>
        <translation>Aus: Kopierte Befehle lesen das Token aus $EPILOT_TOKEN, so gelangt es nicht in Chats oder den Shell-Verlauf.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epilot command</source>
        <translation>epilot-Befehl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON path filter, e.g. $.results[*].email or ..id</source>
        <translation>JSON-Pfadfilter, z. B. $.results[*].email oder ..id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&lt;b&gt;Choose an operation on the left.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wählen Sie links eine Operation.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 operations of the User, Organization and Partner Directory APIs are listed by API and tag, as `epilot &lt;api&gt;` lists them.</source>
        <translation>Alle %1 Operationen der User-, Organization- und Partner-Directory-API, nach API und Tag geordnet wie bei `epilot &lt;api&gt;`.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Public operation: sent without the token.</source>
        <translation>Öffentliche Operation: wird ohne Token gesendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Body (JSON, required):</source>
        <translation>Inhalt (JSON, erforderlich):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body (JSON, optional):</source>
        <translation>Inhalt (JSON, optional):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sending %1 %2 …</source>
        <translation>Sende %1 %2 …</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing matches %1</source>
        <translation>Nichts passt zu %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copied the %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <location filename="../services/network/ApiEndpoints.cpp" line="+8"/>
        <source>User API</source>
        <translation>User-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization API</source>
        <translation>Organization-API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner Directory API</source>
        <translation>Partner-Directory-API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permissions API</source>
        <translation>Permissions-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity API</source>
        <translation>Entity-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit Logs API</source>
        <translation>Audit-Logs-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access Token API</source>
        <translation>Access-Token-API</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../services/network/ApiError.cpp" line="+29"/>
        <source>The server refused the request as invalid (400)</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (400)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed (403)</source>
        <translation>Nicht erlaubt (403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found (404)</source>
        <translation>Nicht gefunden (404)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict with the current state (409)</source>
        <translation>Konflikt mit dem aktuellen Stand (409)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is too large (413)</source>
        <translation>Die Anfrage ist zu groß (413)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not process the request (422)</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (422)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests; try again shortly (429)</source>
        <translation>Zu viele Anfragen; versuchen Sie es gleich noch einmal (429)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had an internal error (500)</source>
        <translation>Interner Serverfehler (500)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad gateway (502)</source>
        <translation>Fehlerhaftes Gateway (502)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is unavailable right now (503)</source>
        <translation>Der Dienst ist gerade nicht verfügbar (503)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway timed out (504)</source>
        <translation>Zeitüberschreitung am Gateway (504)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with HTTP status %1</source>
        <translation>Der Server antwortete mit HTTP-Status %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insecure address</source>
        <translation>Unsichere Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your session has ended; please sign in again (401)</source>
        <translation>Ihre Sitzung ist beendet; bitte melden Sie sich erneut an (401)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server&apos;s answer arrived damaged (incomplete or garbled). Nothing was changed; trying again is safe.</source>
        <translation>Die Antwort des Servers kam beschädigt an (unvollständig oder verstümmelt). Es wurde nichts geändert; ein erneuter Versuch ist unbedenklich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer arrived damaged (incomplete or garbled). The change may have been made: look before trying again.</source>
        <translation>Die Antwort des Servers kam beschädigt an (unvollständig oder verstümmelt). Die Änderung wurde möglicherweise ausgeführt: bitte vor einem erneuten Versuch nachsehen.</translation>
    </message>
</context>
<context>
    <name>ApiTokensPane</name>
    <message>
        <location filename="../ui/security/ApiTokensPane.cpp" line="+32"/>
        <location line="+40"/>
        <source>New token…</source>
        <translation>Neues Token…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No API tokens. A program that calls epilot needs one: create it here.</source>
        <translation>Keine API-Tokens. Ein Programm, das epilot aufruft, braucht eines: Erstellen Sie es hier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review: tokens that never expire, tokens older than 90 days, and tokens that may write with an administrator role are worth a second look.</source>
        <translation>Prüfen: Tokens, die nie ablaufen, Tokens, die älter als 90 Tage sind, und Tokens, die mit einer Administratorrolle schreiben dürfen, verdienen einen zweiten Blick.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Token &quot;%1&quot; created.</source>
        <translation>Token „%1“ erstellt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revoke API token</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the API token &quot;%1&quot;? Every program that uses it is refused from then on. This cannot be undone.</source>
        <translation>Das API-Token „%1“ widerrufen? Jedes Programm, das es verwendet, wird ab dann abgewiesen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoking &quot;%1&quot;…</source>
        <translation>„%1“ wird widerrufen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; was not revoked: %2</source>
        <translation>„%1“ wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is revoked.</source>
        <translation>„%1“ ist widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/security/ApiTokensPane.h" line="+26"/>
        <location filename="../ui/shell/MainWindow.cpp" line="-5"/>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
</context>
<context>
    <name>Assignable</name>
    <message>
        <location filename="../domain/partners/Assignable.cpp" line="+18"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner user</source>
        <translation>Partnerbenutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner organization</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECP placeholder</source>
        <translation>ECP-Platzhalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent organization user</source>
        <translation>Benutzer der übergeordneten Organisation</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>An assignable without a type.</source>
        <translation>Ein Zuweisbares ohne Typ.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>AssignableListModel</name>
    <message>
        <location filename="../models/AssignableListModel.cpp" line="+130"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>AssignableSearch</name>
    <message>
        <location filename="../services/api/PartnerDirectoryService.cpp" line="+59"/>
        <source>The search offset cannot be negative.</source>
        <translation>Der Suchversatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page size must be between 1 and 1000.</source>
        <translation>Die Seitengröße muss zwischen 1 und 1000 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a type of assignable.</source>
        <translation>„%1“ ist kein Typ eines Zuweisbaren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An organization filter is empty.</source>
        <translation>Ein Organisationsfilter ist leer.</translation>
    </message>
</context>
<context>
    <name>AuditEvent</name>
    <message>
        <location filename="../domain/security/AuditEvent.cpp" line="+19"/>
        <source>An audit event is not a JSON object.</source>
        <translation>Ein Audit-Ereignis ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>AuditEventPanel</name>
    <message>
        <location filename="../ui/security/AuditEventPanel.cpp" line="+63"/>
        <source>Fields the request set</source>
        <translation>Von der Anfrage gesetzte Felder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose an event to see what was done.</source>
        <translation>Wählen Sie ein Ereignis, um zu sehen, was getan wurde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the event…</source>
        <translation>Das Ereignis wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The event could not be loaded: %1</source>
        <translation>Das Ereignis konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be read: %1</source>
        <translation>Das Ereignis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who: %1 (%2)</source>
        <translation>Wer: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What: %1 · %2</source>
        <translation>Was: %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: success (%1)</source>
        <translation>Ergebnis: erfolgreich (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome: failure (%1)</source>
        <translation>Ergebnis: fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path parameters: %1</source>
        <translation>Pfadparameter: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record: %1</source>
        <translation>Datensatz: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
</context>
<context>
    <name>AuditLogExporter</name>
    <message>
        <location filename="../controllers/AuditLogExporter.cpp" line="+32"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n event(s) exported.</source>
        <translation>
            <numerusform>%n Ereignis exportiert.</numerusform>
            <numerusform>%n Ereignisse exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="+225"/>
        <source>%1 (API token)</source>
        <translation>%1 (API-Token)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Success (%1)</source>
        <translation>Erfolg (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>AuditLogPane</name>
    <message>
        <location filename="../ui/security/AuditLogPane.cpp" line="+58"/>
        <source>No event matches these filters.</source>
        <translation>Kein Ereignis passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting… %1 of %2 events</source>
        <translation>Export läuft… %1 von %2 Ereignissen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>any service</source>
        <translation>jeder Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any event, e.g. updateUserV2</source>
        <translation>jedes Ereignis, z. B. updateUserV2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anyone (e-mail or user id)</source>
        <translation>jede Person (E-Mail oder Benutzer-ID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any method</source>
        <translation>jede Methode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any outcome</source>
        <translation>jedes Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (spreadsheets)…</source>
        <translation>CSV (Tabellenkalkulation)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (exact)…</source>
        <translation>JSON (exakt)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Export the audit log</source>
        <translation>Audit-Log exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/AuditLogPane.h" line="+33"/>
        <location filename="../ui/shell/MainWindow.cpp" line="+1"/>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
</context>
<context>
    <name>AuditLogService</name>
    <message>
        <location filename="../services/api/AuditLogService.cpp" line="+21"/>
        <source>No event chosen.</source>
        <translation>Kein Ereignis gewählt.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../domain/security/AuditEvent.cpp" line="+89"/>
        <source>The audit log&apos;s answer has no list of events.</source>
        <translation>Die Antwort des Audit-Logs enthält keine Liste von Ereignissen.</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <location filename="../domain/security/AuditQuery.cpp" line="+24"/>
        <source>The start of the time range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A service name has letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Ein Dienstname enthält nur Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event name has letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Ein Ereignisname enthält nur Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HTTP method is a word such as POST.</source>
        <translation>Eine HTTP-Methode ist ein Wort wie POST.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give one e-mail address or user id.</source>
        <translation>Geben Sie eine E-Mail-Adresse oder Benutzer-ID an.</translation>
    </message>
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <location filename="../domain/security/AuditRecord.cpp" line="+57"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting %1</source>
        <translation>Einstellung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API token %1</source>
        <translation>API-Token %1</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <location filename="../services/session/BrowserSignIn.cpp" line="+95"/>
        <source>Portal address: %1</source>
        <translation>Portal-Adresse: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not open a local port for the browser sign-in: %1</source>
        <translation>Für die Anmeldung im Browser konnte kein lokaler Port geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The request was too large.</source>
        <translation>Die Anfrage war zu groß.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not an HTTP/1.1 request.</source>
        <translation>Das ist keine HTTP/1.1-Anfrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only GET is answered here.</source>
        <translation>Hier wird nur GET beantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This address is not the callback&apos;s.</source>
        <translation>Diese Adresse gehört nicht zur Rückmeldung der Anmeldung.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This sign-in answer does not belong to the waiting epilot Admin. Start the sign-in again from the application.</source>
        <translation>Diese Anmeldeantwort gehört nicht zum wartenden epilot Admin. Starten Sie die Anmeldung erneut aus der Anwendung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The portal sent no token. You can close this window.</source>
        <translation>Das Portal hat kein Token gesendet. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The portal answered without a token.</source>
        <translation>Das Portal hat ohne Token geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal answered without a token: %1</source>
        <translation>Das Portal hat ohne Token geantwortet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The portal sent a token that has expired. Start the sign-in again.</source>
        <translation>Das Portal hat ein abgelaufenes Token gesendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal sent a token that expired on %1. Sign in again.</source>
        <translation>Das Portal hat ein Token gesendet, das am %1 abgelaufen ist. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in to epilot Admin. You can close this window.</source>
        <translation>Sie sind bei epilot Admin angemeldet. Sie können dieses Fenster schließen.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>No sign-in arrived from the browser within %n minute(s).</source>
        <translation>
            <numerusform>Aus dem Browser kam innerhalb von %n Minute keine Anmeldung.</numerusform>
            <numerusform>Aus dem Browser kam innerhalb von %n Minuten keine Anmeldung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sign-in arrived from the browser in time.</source>
        <translation>Aus dem Browser kam nicht rechtzeitig eine Anmeldung.</translation>
    </message>
</context>
<context>
    <name>BrowserSignInPanel</name>
    <message>
        <location filename="../ui/shell/BrowserSignInPanel.cpp" line="+21"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No browser could be opened. Copy this address into a browser yourself:</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie diese Adresse selbst in einen Browser:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel browser sign-in</source>
        <translation>Anmeldung im Browser abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open the sign-in page again&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Anmeldeseite erneut öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Check that the portal shows this code, then confirm there. Waiting for the portal… %1:%2 left</source>
        <translation>Prüfen Sie, ob das Portal diesen Code anzeigt, und bestätigen Sie dort. Warte auf das Portal… noch %1:%2</translation>
    </message>
</context>
<context>
    <name>BulkRoleDialog</name>
    <message>
        <location filename="../ui/users/BulkRoleDialog.cpp" line="+17"/>
        <source>Add a role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove a role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Which role should these %n person(s) get?</source>
        <translation>
            <numerusform>Welche Rolle soll diese Person erhalten?</numerusform>
            <numerusform>Welche Rolle sollen diese %n Personen erhalten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Which role should these %n person(s) lose?</source>
        <translation>
            <numerusform>Welche Rolle soll dieser Person entzogen werden?</numerusform>
            <numerusform>Welche Rolle soll diesen %n Personen entzogen werden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Role name</source>
        <translation>Name der Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People who have the role already keep it.</source>
        <translation>Personen, die die Rolle schon haben, behalten sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who do not have the role are left as they are.</source>
        <translation>Personen ohne diese Rolle bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick a role from the list.</source>
        <translation>Wählen Sie eine Rolle aus der Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role named &quot;%1&quot; in this organization. Pick one from the list.</source>
        <translation>Keine Rolle namens „%1“ in dieser Organisation. Wählen Sie eine aus der Liste.</translation>
    </message>
</context>
<context>
    <name>ChipPicker</name>
    <message>
        <location filename="../ui/common/ChipPicker.cpp" line="+146"/>
        <source>Nothing named &quot;%1&quot; to pick. Choose one from the list.</source>
        <translation>Nichts namens „%1“ zur Auswahl. Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ConflictCheckedSave</name>
    <message>
        <location filename="../controllers/ConflictCheckedSave.cpp" line="+42"/>
        <location line="+52"/>
        <source>Not saved: someone else changed %1 meanwhile.</source>
        <translation>Nicht gespeichert: Jemand anderes hat inzwischen %1 geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their version is shown; your other edits are kept, not saved yet.</source>
        <translation>Deren Fassung wird angezeigt; Ihre anderen Änderungen bleiben erhalten, noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/common/ConflictDialog.cpp" line="+27"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone else saved changes to this record while you were editing it. Both of you changed: &lt;b&gt;%1&lt;/b&gt;. Nothing has been saved yet; choose which version to keep. &lt;i&gt;Merge&lt;/i&gt; saves the version chosen in each row.</source>
        <translation>Jemand anderes hat Änderungen an diesem Eintrag gespeichert, während Sie ihn bearbeitet haben. Sie beide haben geändert: &lt;b&gt;%1&lt;/b&gt;. Noch ist nichts gespeichert; wählen Sie, welche Fassung bleiben soll. &lt;i&gt;Zusammenführen&lt;/i&gt; speichert die in jeder Zeile gewählte Fassung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>Their version</source>
        <translation>Deren Fassung</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep theirs</source>
        <translation>Deren Fassung übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take their version of the fields you both changed. Your other edits stay in the form, not saved yet.</source>
        <translation>Für die Felder, die Sie beide geändert haben, deren Fassung übernehmen. Ihre anderen Änderungen bleiben im Formular, noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite with mine</source>
        <translation>Mit meiner überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your version of every field you changed.</source>
        <translation>Ihre Fassung jedes von Ihnen geänderten Felds speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the version chosen in each row.</source>
        <translation>Die in jeder Zeile gewählte Fassung speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and leave the form as it is, not saved.</source>
        <translation>Schließen und das Formular unverändert und ungespeichert lassen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>theirs (only they changed it)</source>
        <translation>deren (nur dort geändert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yours (only you changed it)</source>
        <translation>Ihre (nur von Ihnen geändert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep for %1</source>
        <translation>Für %1 behalten</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <location filename="../ui/security/CreateTokenDialog.cpp" line="+28"/>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A program signs in with the token and acts with the roles chosen here. Give it only what it needs, and a lifetime.</source>
        <translation>Ein Programm meldet sich mit dem Token an und handelt mit den hier gewählten Rollen. Geben Sie ihm nur, was es braucht, und eine Lebensdauer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Nightly export to the data warehouse</source>
        <translation>z. B. Nächtlicher Export ins Data Warehouse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find a role by name</source>
        <translation>Rolle nach Namen suchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (administrator: may do anything)</source>
        <translation>%1 (Administrator: darf alles)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>365 days</source>
        <translation>365 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (until revoked; not recommended)</source>
        <translation>Nie (bis zum Widerruf; nicht empfohlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: the token may read but never change anything</source>
        <translation>Nur lesen: Das Token darf lesen, aber nie etwas ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymize: personal data in entities is hidden from the token</source>
        <translation>Anonymisieren: Personenbezogene Daten in Entitäten bleiben dem Token verborgen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Creating the token…</source>
        <translation>Das Token wird erstellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token was not created: %1</source>
        <translation>Das Token wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s answer could not be read (%1). If the token appears in the list, revoke it.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (%1). Wenn das Token in der Liste erscheint, widerrufen Sie es.</translation>
    </message>
</context>
<context>
    <name>EffectiveGrant</name>
    <message>
        <location filename="../domain/permissions/EffectivePermissions.cpp" line="-209"/>
        <source>%1 (inherited from %2)</source>
        <translation>%1 (geerbt von %2)</translation>
    </message>
</context>
<context>
    <name>EmailChangePage</name>
    <message>
        <location filename="../ui/account/AccountToolPage.cpp" line="+133"/>
        <source>Confirms a change of e-mail address with the token from the verification e-mail and the user&apos;s current password.</source>
        <translation>Bestätigt eine Änderung der E-Mail-Adresse mit dem Token aus der Bestätigungs-E-Mail und dem aktuellen Passwort des Benutzers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verification token:</source>
        <translation>Bestätigungstoken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify e-mail</source>
        <translation>E-Mail bestätigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the token and the password.</source>
        <translation>Geben Sie Token und Passwort ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new e-mail address is confirmed.</source>
        <translation>Die neue E-Mail-Adresse ist bestätigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
</context>
<context>
    <name>EmptyStateOverlay</name>
    <message>
        <location filename="../ui/common/EmptyStateOverlay.cpp" line="+20"/>
        <location line="+118"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again</source>
        <translation>Die Liste erneut laden</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Could not refresh: %1 The list shows what was loaded at %2.</source>
        <translation>Aktualisieren fehlgeschlagen: %1 Die Liste zeigt den Stand von %2.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the list: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>EmulatorLauncher</name>
    <message>
        <location filename="../services/session/EmulatorLauncher.cpp" line="+34"/>
        <source>The emulator did not report its address within %1 seconds.</source>
        <translation>Der Emulator hat seine Adresse nicht innerhalb von %1 Sekunden gemeldet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The emulator program epilot-emulator was not found.</source>
        <translation>Das Emulatorprogramm epilot-emulator wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The emulator could not be started: %1</source>
        <translation>Der Emulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The emulator ended before it was ready (exit code %1).</source>
        <translation>Der Emulator wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>EntitySearch</name>
    <message>
        <location filename="../services/api/EntityService.cpp" line="+55"/>
        <source>The search needs a query.</source>
        <translation>Die Suche braucht eine Abfrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search offset cannot be negative.</source>
        <translation>Der Versatz der Suche darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page size must be between 0 and 1000.</source>
        <translation>Die Seitengröße muss zwischen 0 und 1000 liegen.</translation>
    </message>
</context>
<context>
    <name>EntityService</name>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not an entity schema.</source>
        <translation>„%1“ ist kein Entitätsschema.</translation>
    </message>
</context>
<context>
    <name>EnvironmentOverrides</name>
    <message>
        <location filename="../services/session/EnvironmentOverrides.cpp" line="+36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../controllers/ExportFile.cpp" line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FailedRequestsIndicator</name>
    <message>
        <location filename="../ui/shell/FailedRequestsIndicator.cpp" line="+31"/>
        <source>Open the Activity panel to see what failed</source>
        <translation>Den Aktivitätsbereich öffnen, um zu sehen, was fehlgeschlagen ist</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n request(s) failed — show Activity</source>
        <translation>
            <numerusform>%n Anfrage fehlgeschlagen — Aktivität anzeigen</numerusform>
            <numerusform>%n Anfragen fehlgeschlagen — Aktivität anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeatureSettingsPage</name>
    <message>
        <location filename="../ui/organization/FeatureSettingsPage.cpp" line="+51"/>
        <source>Loading features…</source>
        <translation>Funktionen werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features could not be loaded: %1</source>
        <translation>Die Funktionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not read the organization&apos;s settings: %1</source>
        <translation>Die Einstellungen der Organisation konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n more feature(s) not shown: epilot offers them only under conditions this organization does not meet.</source>
        <translation>
            <numerusform>%n weitere Funktion nicht angezeigt: epilot bietet sie nur unter Bedingungen an, die diese Organisation nicht erfüllt.</numerusform>
            <numerusform>%n weitere Funktionen nicht angezeigt: epilot bietet sie nur unter Bedingungen an, die diese Organisation nicht erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epilot offers no features to switch for this organization.</source>
        <translation>epilot bietet für diese Organisation keine schaltbaren Funktionen an.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Switched on for good: this feature cannot be switched off again.</source>
        <translation>Dauerhaft eingeschaltet: Diese Funktion lässt sich nicht wieder ausschalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once switched on, this feature cannot be switched off again.</source>
        <translation>Einmal eingeschaltet, lässt sich diese Funktion nicht wieder ausschalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epilot may not offer this to everyone: it depends on a release or a permission that cannot be checked here.</source>
        <translation>epilot bietet dies eventuell nicht allen an: Es hängt von einer Freigabe oder Berechtigung ab, die hier nicht geprüft werden kann.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch on %1</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; cannot be switched off again once it is on. Switch it on for the whole organization?</source>
        <translation>„%1“ lässt sich nach dem Einschalten nicht wieder ausschalten. Für die ganze Organisation einschalten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>someone else changed it meanwhile; their setting is shown.</source>
        <translation>jemand anderes hat sie inzwischen geändert; deren Einstellung wird angezeigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is on.</source>
        <translation>%1 ist eingeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is off.</source>
        <translation>%1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not changed: %2</source>
        <translation>%1 nicht geändert: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed elsewhere; the setting as stored is shown.</source>
        <translation>%1 wurde anderswo geändert; die gespeicherte Einstellung wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>FeatureTexts</name>
    <message>
        <location filename="../domain/organization/FeatureSettings.cpp" line="+17"/>
        <source>Canary Updates</source>
        <translation>Vorab-Updates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive new features before they are released to everyone.</source>
        <translation>Neue Funktionen erhalten, bevor sie für alle freigegeben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double Opt-in</source>
        <translation>Double-Opt-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask contacts to confirm their consent by e-mail.</source>
        <translation>Kontakte bitten, ihre Einwilligung per E-Mail zu bestätigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail Tracking</source>
        <translation>E-Mail-Tracking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track opens and clicks of e-mails sent from epilot.</source>
        <translation>Öffnungen und Klicks von E-Mails erfassen, die aus epilot gesendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced Mode</source>
        <translation>Expertenmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show configuration options for experienced administrators.</source>
        <translation>Konfigurationsoptionen für erfahrene Administratoren anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installer Portal</source>
        <translation>Installateursportal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collaborate with installers and partners in a shared portal.</source>
        <translation>Mit Installateuren und Partnern in einem gemeinsamen Portal zusammenarbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI Assistant</source>
        <translation>KI-Assistent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let epilot AI summarise e-mails and suggest replies.</source>
        <translation>epilot AI fasst E-Mails zusammen und schlägt Antworten vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Navigation</source>
        <translation>Neue Navigation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to the redesigned navigation. This cannot be undone.</source>
        <translation>Zur neu gestalteten Navigation wechseln. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy Journeys</source>
        <translation>Alte Journeys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the journey builder of 2021 available.</source>
        <translation>Den Journey-Builder von 2021 weiter bereitstellen.</translation>
    </message>
</context>
<context>
    <name>FieldConflict</name>
    <message>
        <location filename="../domain/common/FieldConflict.cpp" line="+144"/>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../ui/common/FieldMessage.cpp" line="+28"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Grant</name>
    <message>
        <location filename="../domain/grants/Grant.cpp" line="+228"/>
        <source>grant</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object, not %2</source>
        <translation>%1 muss ein Objekt sein, nicht %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <source>%1 must be a list, not %2</source>
        <translation>%1 muss eine Liste sein, nicht %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>grants</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>(no action)</source>
        <translation>(keine Aktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(every resource)</source>
        <translation>(jede Ressource)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>allow %1 on %2</source>
        <translation>%1 auf %2 erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deny %1 on %2</source>
        <translation>%1 auf %2 verweigern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> if %1</source>
        <translation> wenn %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
</context>
<context>
    <name>GrantCatalog</name>
    <message>
        <location filename="../domain/grants/GrantCatalog.cpp" line="+17"/>
        <source>Read entities</source>
        <translation>Entitäten lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create entities</source>
        <translation>Entitäten anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change entities</source>
        <translation>Entitäten ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete entities</source>
        <translation>Entitäten löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View entities in lists and details</source>
        <translation>Entitäten in Listen und Details ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit entities</source>
        <translation>Entitäten bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export entities</source>
        <translation>Entitäten exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import entities</source>
        <translation>Entitäten importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View notes</source>
        <translation>Notizen ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write notes</source>
        <translation>Notizen schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete notes</source>
        <translation>Notizen löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read messages</source>
        <translation>Nachrichten lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send messages</source>
        <translation>Nachrichten senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View files</source>
        <translation>Dateien ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete files</source>
        <translation>Dateien löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View workflows</source>
        <translation>Workflows ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read workflows</source>
        <translation>Workflows lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on workflow tasks</source>
        <translation>Workflow-Aufgaben bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View the partner&apos;s users</source>
        <translation>Benutzer des Partners ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage the partner&apos;s users</source>
        <translation>Benutzer des Partners verwalten</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Resources have the form entity:&lt;organization id&gt;:&lt;schema&gt;:&lt;entity id&gt;.
A * matches anything in its place: entity:*:opportunity:* is every opportunity of every organization, entity:123:contact:* every contact of organization 123.
An empty resource, or *, means every resource: use with great care.</source>
        <translation>Ressourcen haben die Form entity:&lt;Organisations-ID&gt;:&lt;Schema&gt;:&lt;Entitäts-ID&gt;.
Ein * steht für Beliebiges an seiner Stelle: entity:*:opportunity:* ist jede Opportunity jeder Organisation, entity:123:contact:* jeder Kontakt der Organisation 123.
Eine leere Ressource oder * bedeutet jede Ressource: mit großer Vorsicht verwenden.</translation>
    </message>
</context>
<context>
    <name>GrantCondition</name>
    <message>
        <location filename="../domain/grants/Grant.cpp" line="-171"/>
        <source>%1 equals %2</source>
        <translation>%1 gleich %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not equal %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the current user is in any user field</source>
        <translation>der aktuelle Benutzer steht in einem beliebigen Benutzerfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current user is in %1</source>
        <translation>der aktuelle Benutzer steht in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source> or </source>
        <translation> oder</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the current user is in no user field</source>
        <translation>der aktuelle Benutzer steht in keinem Benutzerfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current user is not in %1</source>
        <translation>der aktuelle Benutzer steht nicht in %1</translation>
    </message>
</context>
<context>
    <name>GrantFinding</name>
    <message>
        <location filename="../domain/grants/PolicyAnalyzer.cpp" line="+67"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
</context>
<context>
    <name>GrantForm</name>
    <message>
        <location filename="../ui/partners/grants/GrantForm.cpp" line="+50"/>
        <source>Selected grant</source>
        <translation>Ausgewählte Berechtigung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pick a common epilot action or type any other; * is a wildcard.</source>
        <translation>Wählen Sie eine gängige epilot-Aktion oder geben Sie eine andere ein; * ist ein Platzhalter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entity:&lt;org&gt;:&lt;schema&gt;:&lt;id&gt; — * matches anything in its place</source>
        <translation>entity:&lt;Org&gt;:&lt;Schema&gt;:&lt;ID&gt; — * steht für Beliebiges an seiner Stelle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Effect:</source>
        <translation>&amp;Wirkung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+152"/>
        <source>e.g. workflows.primary.task_name</source>
        <translation>z. B. workflows.primary.task_name</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attribute equals one of</source>
        <translation>Attribut ist einer dieser Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute equals none of</source>
        <translation>Attribut ist keiner dieser Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current user is in the user field</source>
        <translation>Der aktuelle Benutzer steht im Benutzerfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current user is not in the user field</source>
        <translation>Der aktuelle Benutzer steht nicht im Benutzerfeld</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Condition:</source>
        <translation>Bedingung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute:</source>
        <translation>Attribut:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No grant selected</source>
        <translation>Keine Berechtigung ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency of grant %1</source>
        <translation>Abhängigkeit von Berechtigung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant %1</source>
        <translation>Berechtigung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a common action; check the spelling.</source>
        <translation>Keine gängige Aktion; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>empty: every user field; or e.g. assignee.*.user_id, owner.*.user_id</source>
        <translation>leer: jedes Benutzerfeld; oder z. B. assignee.*.user_id, owner.*.user_id</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This condition&apos;s shape is kept exactly as it is; edit it in the JSON view.</source>
        <translation>Diese Bedingung bleibt genau so erhalten; bearbeiten Sie sie in der JSON-Ansicht.</translation>
    </message>
</context>
<context>
    <name>GrantTreeModel</name>
    <message>
        <location filename="../models/GrantTreeModel.cpp" line="+85"/>
        <source>(no action)</source>
        <translation>(keine Aktion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(every resource)</source>
        <translation>(jede Ressource)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
</context>
<context>
    <name>GrantTreePage</name>
    <message>
        <location filename="../ui/partners/grants/GrantTreePage.cpp" line="+92"/>
        <source>Add grant</source>
        <translation>Berechtigung hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a grant to the role</source>
        <translation>Der Rolle eine Berechtigung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a grant that the selected grant needs</source>
        <translation>Eine Berechtigung hinzufügen, die die ausgewählte benötigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected grant below itself</source>
        <translation>Ausgewählte Berechtigung darunter kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected grant</source>
        <translation>Ausgewählte Berechtigung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ Up</source>
        <translation>▲ Nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected grant up</source>
        <translation>Ausgewählte Berechtigung nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ Down</source>
        <translation>▼ Nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected grant down</source>
        <translation>Ausgewählte Berechtigung nach unten verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected grant as JSON</source>
        <translation>Ausgewählte Berechtigung als JSON kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste grants copied as JSON (from this or another role)</source>
        <translation>Als JSON kopierte Berechtigungen einfügen (aus dieser oder einer anderen Rolle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <location filename="../domain/users/Group.cpp" line="+26"/>
        <source>A group without an id.</source>
        <translation>Eine Gruppe ohne ID.</translation>
    </message>
</context>
<context>
    <name>GroupAvatarWidget</name>
    <message>
        <location filename="../ui/groups/GroupAvatar.cpp" line="+40"/>
        <source>Avatar preview</source>
        <translation>Avatar-Vorschau</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../ui/groups/GroupDialog.cpp" line="+27"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit group %1</source>
        <translation>Gruppe %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Field service</source>
        <translation>z. B. Außendienst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to 2 characters; suggested from the name</source>
        <translation>bis zu 2 Zeichen; aus dem Namen vorgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abbreviation</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+98"/>
        <source>Base colour</source>
        <translation>Grundfarbe</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+98"/>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members (the order in which tasks are assigned)</source>
        <translation>Mitglieder (Reihenfolge, in der Aufgaben zugewiesen werden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The group needs a name.</source>
        <translation>Die Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+94"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Not saved: someone else changed %1 while you were editing.</source>
        <translation>Nicht gespeichert: Jemand anderes hat %1 geändert, während Sie bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Their version of %1 is in the form now. Your other edits are kept, not saved yet.</source>
        <translation>Deren Fassung von %1 steht jetzt im Formular. Ihre anderen Änderungen bleiben erhalten, noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Not saved: %1 %2</source>
        <translation>Nicht gespeichert: %1 %2</translation>
    </message>
</context>
<context>
    <name>GroupDraft</name>
    <message>
        <location filename="../domain/users/GroupDraft.cpp" line="+28"/>
        <source>The group needs a name.</source>
        <translation>Die Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The abbreviation has at most 2 characters.</source>
        <translation>Das Kürzel hat höchstens 2 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gradient needs two colours written as #rrggbb.</source>
        <translation>Der Verlauf braucht zwei Farben in der Form #rrggbb.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abbreviation</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../models/GroupListModel.cpp" line="+52"/>
        <source>Nobody assigned yet</source>
        <translation>Noch niemand zugewiesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned now</source>
        <translation>Jetzt zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>GroupMemberEditor</name>
    <message>
        <location filename="../ui/groups/GroupMemberEditor.cpp" line="+130"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No members yet: add people below.</source>
        <translation>Noch keine Mitglieder: Fügen Sie unten Personen hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks go to the members from top to bottom. Drag a person, or select them and use Move up / Move down (Ctrl+Up / Ctrl+Down), to change the order.</source>
        <translation>Aufgaben gehen der Reihe nach von oben nach unten an die Mitglieder. Ziehen Sie eine Person oder wählen Sie sie aus und nutzen Sie „Nach oben“ / „Nach unten“ (Strg+Pfeil hoch / Strg+Pfeil runter), um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Members in assignment order</source>
        <translation>Mitglieder in Zuweisungsreihenfolge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier in the assignment order (Ctrl+Up)</source>
        <translation>Früher in der Zuweisungsreihenfolge (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later in the assignment order (Ctrl+Down)</source>
        <translation>Später in der Zuweisungsreihenfolge (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected person from the group (Delete)</source>
        <translation>Die ausgewählte Person aus der Gruppe entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add people: type a name or e-mail</source>
        <translation>Personen hinzufügen: Name oder E-Mail eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deactivated people</source>
        <translation>Deaktivierte Personen anzeigen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 &lt;%2&gt; (deactivated)</source>
        <translation>%1 &lt;%2&gt; (deaktiviert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only deactivated people found (%1). Check &quot;Show deactivated people&quot; to see them.</source>
        <translation>Nur deaktivierte Personen gefunden (%1). Wählen Sie „Deaktivierte Personen anzeigen“, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody found.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a person to add them.</source>
        <translation>Klicken Sie auf eine Person, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is deactivated: round-robin still assigns tasks to them while they are a member.</source>
        <translation>%1 ist deaktiviert: Die Zuweisung der Reihe nach gibt dieser Person weiter Aufgaben, solange sie Mitglied ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1. %2 (deactivated)</source>
        <translation>%1. %2 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <location filename="../ui/groups/GroupsPane.cpp" line="+37"/>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+256"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Search groups by name</source>
        <translation>Gruppen nach Namen suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No groups yet. Groups share work: tasks go to their members in turn.</source>
        <translation>Noch keine Gruppen. Gruppen teilen sich Arbeit: Aufgaben gehen reihum an ihre Mitglieder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No group matches &quot;%1&quot;. Change the search or create the group.</source>
        <translation>Keine Gruppe passt zu „%1“. Ändern Sie die Suche oder legen Sie die Gruppe an.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assigned now</source>
        <translation>Jetzt zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next in line</source>
        <translation>Als Nächstes an der Reihe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign next</source>
        <translation>Nächsten zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the assignment on to the next member in line</source>
        <translation>Zuweisung an das nächste Mitglied weitergeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done to this group, from the audit log</source>
        <translation>Was mit dieser Gruppe geschah, aus dem Audit-Log</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Select a group</source>
        <translation>Wählen Sie eine Gruppe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(deactivated)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No members yet.</source>
        <translation>Noch keine Mitglieder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody: add members first.</source>
        <translation>Niemand: Fügen Sie zuerst Mitglieder hinzu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is next in line but deactivated: the next task would go to someone who cannot work on it. Remove them from the group or move them down the order.</source>
        <translation>%1 ist als Nächstes an der Reihe, aber deaktiviert: Die nächste Aufgabe ginge an jemanden, der sie nicht bearbeiten kann. Entfernen Sie die Person aus der Gruppe oder setzen Sie sie in der Reihenfolge nach unten.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the group &quot;%1&quot; with its %n member(s)? The people stay; only the group is removed. This cannot be undone.</source>
        <translation>
            <numerusform>Die Gruppe „%1“ mit ihrem %n Mitglied löschen? Die Person bleibt erhalten; nur die Gruppe wird entfernt. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die Gruppe „%1“ mit ihren %n Mitgliedern löschen? Die Personen bleiben erhalten; nur die Gruppe wird entfernt. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not assign the next member: %1 %2</source>
        <translation>Das nächste Mitglied konnte nicht zugewiesen werden: %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now assigned: %1</source>
        <translation>Jetzt zugewiesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/groups/GroupsPane.h" line="+25"/>
        <location filename="../ui/shell/MainWindow.cpp" line="-8"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <location filename="../domain/common/InputRules.cpp" line="+11"/>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + - / ( ), e.g. +49 30 1234567.</source>
        <translation>„%1“ ist keine Telefonnummer: Verwenden Sie Ziffern, Leerzeichen und + - / ( ), z. B. +49 30 1234567.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a language epilot offers: choose English (en) or German (de).</source>
        <translation>„%1“ ist keine Sprache, die epilot anbietet: Wählen Sie Englisch (en) oder Deutsch (de).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The start page must be a path that begins with /app, e.g. /app/dashboard.</source>
        <translation>Die Startseite muss ein Pfad sein, der mit /app beginnt, z. B. /app/dashboard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a slug, e.g. installer_read.</source>
        <translation>Geben Sie einen Slug ein, z. B. installer_read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case letters, digits and _ only, starting with a letter (e.g. installer_read).</source>
        <translation>Nur Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben (z. B. installer_read).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>Höchstens %1 Zeichen; dieser Wert hat %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a colour: use #RRGGBB, e.g. #0588f0.</source>
        <translation>„%1“ ist keine Farbe: Verwenden Sie #RRGGBB, z. B. #0588f0.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not a web address: use https://… , e.g. https://epilot.cloud.</source>
        <translation>Keine Webadresse: Verwenden Sie https://…, z. B. https://epilot.cloud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a JSON value, e.g. {}.</source>
        <translation>Geben Sie einen JSON-Wert ein, z. B. {}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not valid JSON: one value expected.</source>
        <translation>Kein gültiges JSON: Ein Wert wird erwartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not valid JSON at line %1: %2.</source>
        <translation>Kein gültiges JSON in Zeile %1: %2.</translation>
    </message>
</context>
<context>
    <name>InvitationBatch</name>
    <message>
        <location filename="../models/InvitationBatch.cpp" line="+66"/>
        <source>Not an e-mail address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listed more than once; invited once.</source>
        <translation>Mehrfach aufgeführt; einmal eingeladen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 of the file: no role named %2 in this organization; not sent.</source>
        <translation>Zeile %1 der Datei: keine Rolle namens %2 in dieser Organisation; nicht gesendet.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a user yet: ready to invite.</source>
        <translation>Noch kein Benutzer: bereit zur Einladung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invitation sent (%1).</source>
        <translation>Einladung gesendet (%1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>To invite</source>
        <translation>Einzuladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already a user</source>
        <translation>Bereits Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown role</source>
        <translation>Unbekannte Rolle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none (root role only)</source>
        <translation>keine (nur die Stammrolle)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>InvitationCsv</name>
    <message numerus="yes">
        <location filename="../domain/users/InvitationCsv.cpp" line="+114"/>
        <source>%n column(s) of the file not used: %1. An invitation carries only the e-mail address, the language and the roles; set names and departments on the Users page afterwards.</source>
        <translation>
            <numerusform>%n Spalte der Datei nicht verwendet: %1. Eine Einladung enthält nur die E-Mail-Adresse, die Sprache und die Rollen; Namen und Abteilungen legen Sie danach auf der Seite Benutzer fest.</numerusform>
            <numerusform>%n Spalten der Datei nicht verwendet: %1. Eine Einladung enthält nur die E-Mail-Adresse, die Sprache und die Rollen; Namen und Abteilungen legen Sie danach auf der Seite Benutzer fest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <location filename="../ui/account/AccountToolPage.cpp" line="-137"/>
        <source>The token from the invitation e-mail&apos;s link</source>
        <translation>Das Token aus dem Link der Einladungs-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite token:</source>
        <translation>Einladungstoken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject invitation…</source>
        <translation>Einladung ablehnen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Activate the invited user</source>
        <translation>Eingeladenen Benutzer aktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the person appears in epilot, e.g. Max Mustermann</source>
        <translation>So erscheint die Person in epilot, z. B. Max Mustermann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password again:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <location line="+26"/>
        <source>Enter the invite token.</source>
        <translation>Geben Sie das Einladungstoken ein.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The token is unknown, used or expired.</source>
        <translation>Das Token ist unbekannt, verbraucht oder abgelaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid invitation to %1 (organization %2).</source>
        <translation>Gültige Einladung zu %1 (Organisation %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the display name of the person.</source>
        <translation>Geben Sie den Anzeigenamen der Person ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: correct the marked fields.</source>
        <translation>Nicht gesendet: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Activated: the user can sign in now.</source>
        <translation>Aktiviert: Der Benutzer kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not activated: %1</source>
        <translation>Nicht aktiviert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reject invitation</source>
        <translation>Einladung ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject this invitation for the invited person? The token stops working.</source>
        <translation>Diese Einladung für die eingeladene Person ablehnen? Das Token wird damit ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invitation was rejected.</source>
        <translation>Die Einladung wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rejected: %1</source>
        <translation>Nicht abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>InvitationTokenPage</name>
    <message>
        <location filename="../ui/partners/InvitationTokenPage.cpp" line="+20"/>
        <source>The token from the invitation e-mail</source>
        <translation>Das Token aus der Einladungs-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>admin@partner.example</source>
        <translation>admin@partner.example</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner&apos;s epilot organization id</source>
        <translation>Die epilot-Organisations-ID des Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate partnership</source>
        <translation>Partnerschaft aktivieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activate (as the invited partner would)</source>
        <translation>Aktivieren (wie es der eingeladene Partner täte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-up e-mail:</source>
        <translation>Registrierte E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization id:</source>
        <translation>Organisations-ID:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Status: %3 · invited by organization %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Status: %3 · eingeladen von Organisation %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the invitation token first.</source>
        <translation>Geben Sie zuerst das Einladungstoken ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the partner&apos;s organization id.</source>
        <translation>Geben Sie die Organisations-ID des Partners ein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not activated: %1</source>
        <translation>Nicht aktiviert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partnership is active.</source>
        <translation>Die Partnerschaft ist aktiv.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="+43"/>
        <source>Invite users</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One or more e-mail addresses: one per line, or separated by commas. You can paste a list.</source>
        <translation>Eine oder mehrere E-Mail-Adressen: eine pro Zeile oder durch Kommas getrennt. Sie können eine Liste einfügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from CSV…</source>
        <translation>Aus CSV importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import addresses</source>
        <translation>Adressen importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the invitation e-mail</source>
        <translation>Sprache der Einladungs-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send invitations</source>
        <translation>Einladungen senden</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No e-mail addresses found in %1. The file needs a column headed &quot;email&quot;, or cells containing addresses.</source>
        <translation>In %1 wurden keine E-Mail-Adressen gefunden. Die Datei braucht eine Spalte mit der Überschrift „email“ oder Zellen mit Adressen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n address(es) imported from %1.</source>
        <translation>
            <numerusform>%n Adresse aus %1 importiert.</numerusform>
            <numerusform>%n Adressen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Pick a role by name…</source>
        <translation>Rolle nach Namen wählen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No role named &quot;%1&quot; in this organization. Pick one from the list.</source>
        <translation>Keine Rolle namens „%1“ in dieser Organisation. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The roles every invited person gets. Remove one with its × button.</source>
        <translation>Die Rollen, die jede eingeladene Person erhält. Entfernen Sie eine mit ihrer ×-Schaltfläche.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The role list could not be loaded: %1</source>
        <translation>Die Rollenliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Unknown role, so not invited (correct the file and import it again):</source>
        <translation>Unbekannte Rolle, daher nicht eingeladen (korrigieren Sie die Datei und importieren Sie sie erneut):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each row&apos;s roles (column &quot;roles&quot;) are shown in the table below.</source>
        <translation>Die Rollen jeder Zeile (Spalte „roles“) stehen in der Tabelle unten.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The organization&apos;s roles are still loading; the file&apos;s roles are resolved by name with them.</source>
        <translation>Die Rollen der Organisation werden noch geladen; die Rollen der Datei werden anhand ihrer Namen zugeordnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role list could not be loaded (%1), so the file&apos;s roles cannot be resolved.</source>
        <translation>Die Rollenliste konnte nicht geladen werden (%1), daher lassen sich die Rollen der Datei nicht zuordnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not an e-mail address, so not invited: %1</source>
        <translation>Keine E-Mail-Adresse, daher nicht eingeladen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no valid address to invite yet.</source>
        <translation>Es gibt noch keine gültige Adresse zum Einladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No valid address to invite: %1 is not an e-mail address (name@example.com).</source>
        <translation>Keine gültige Adresse zum Einladen: %1 ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Invite without a role</source>
        <translation>Ohne Rolle einladen</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n invitation(s) carry no role. epilot then gives only the organization&apos;s root role, so these people can do little until someone gives them a role. Invite anyway?</source>
        <translation>
            <numerusform>%n Einladung hat keine Rolle. epilot vergibt dann nur die Stammrolle der Organisation; diese Person kann wenig tun, bis ihr jemand eine Rolle gibt. Trotzdem einladen?</numerusform>
            <numerusform>%n Einladungen haben keine Rolle. epilot vergibt dann nur die Stammrolle der Organisation; diese Personen können wenig tun, bis ihnen jemand eine Rolle gibt. Trotzdem einladen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 invited</source>
        <translation>%1 eingeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already a user</source>
        <translation>%1 bereits Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 duplicate</source>
        <translation>%1 doppelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with an unknown role</source>
        <translation>%1 mit unbekannter Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to invite</source>
        <translation>%1 einzuladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste addresses above.</source>
        <translation>Geben Sie oben Adressen ein oder fügen Sie sie ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n address(es): </source>
        <translation>
            <numerusform>%n Adresse: </numerusform>
            <numerusform>%n Adressen: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <location filename="../ui/common/JsonEditor.cpp" line="+116"/>
        <source>Empty: enter a JSON value, e.g. {} or &quot;text&quot;.</source>
        <translation>Leer: Geben Sie einen JSON-Wert ein, z. B. {} oder &quot;Text&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <location filename="../domain/common/JsonPath.cpp" line="+43"/>
        <source>A &apos;[&apos; is not closed.</source>
        <translation>Eine „[“ wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not an index.</source>
        <translation>„%1“ ist kein Index.</translation>
    </message>
</context>
<context>
    <name>JsonRecord</name>
    <message>
        <location filename="../domain/common/JsonRecord.cpp" line="+82"/>
        <source>The field &quot;%1&quot; has the wrong type.</source>
        <translation>Das Feld „%1“ hat den falschen Typ.</translation>
    </message>
</context>
<context>
    <name>LoginParametersPage</name>
    <message>
        <location filename="../ui/account/LoginParametersPage.cpp" line="+21"/>
        <source>Username (e-mail address)</source>
        <translation>Benutzername (E-Mail-Adresse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>V2 (getUserLoginParametersV2)</source>
        <translation>V2 (getUserLoginParametersV2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1 (getUserLoginParameters)</source>
        <translation>V1 (getUserLoginParameters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No organization knows this username.</source>
        <translation>Keine Organisation kennt diesen Benutzernamen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organization(s).</source>
        <translation>
            <numerusform>%n Organisation.</numerusform>
            <numerusform>%n Organisationen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+335"/>
        <source>epilot Admin</source>
        <translation>epilot Admin</translation>
    </message>
    <message>
        <location line="-361"/>
        <location filename="../ui/shell/MainWindowLanguage.cpp" line="+57"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in / Switch profile…</source>
        <translation>&amp;Anmelden / Profil wechseln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Activity panel</source>
        <translation>&amp;Aktivitätsbereich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About epilot Admin</source>
        <translation>Ü&amp;ber epilot Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>You are not signed in. Sign in to an epilot organization to start.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich bei einer epilot-Organisation an, um zu beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in to &quot;%1&quot;…</source>
        <translation>Anmeldung bei „%1“…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only session: actions that change data are disabled.</source>
        <translation>Nur-Lese-Sitzung: Aktionen, die Daten ändern, sind deaktiviert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not sign in to &quot;%1&quot;: %2</source>
        <translation>Anmeldung bei „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your session has ended. Everything you were editing is still here: sign in again, then repeat what did not go through.</source>
        <translation>Ihre Sitzung ist beendet. Alles, was Sie bearbeitet haben, ist noch da: Melden Sie sich erneut an und wiederholen Sie dann, was nicht durchging.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your session has ended. Sign in again to continue where you left off; nothing you were editing is lost.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie aufgehört haben; nichts von Ihren Bearbeitungen geht verloren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your account details could not be refreshed; you are still signed in. %1</source>
        <translation>Ihre Kontodaten konnten nicht aktualisiert werden; Sie sind weiterhin angemeldet. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your token expires at %1. Sign in again before then to keep working without interruption.</source>
        <translation>Ihr Token läuft am %1 ab. Melden Sie sich vorher erneut an, um ohne Unterbrechung weiterzuarbeiten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed out, but the token of &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>Sie sind abgemeldet, aber das Token von „%1“ konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About epilot Admin</source>
        <translation>Über epilot Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;epilot Admin %1&lt;/h3&gt;&lt;p&gt;Manage the users, groups, partners and settings of an epilot organization.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Tokens are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;epilot Admin %1&lt;/h3&gt;&lt;p&gt;Verwalten Sie Benutzer, Gruppen, Partner und Einstellungen einer epilot-Organisation.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Tokens werden im Schlüsselbund des Systems aufbewahrt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MyAccountPane</name>
    <message>
        <location filename="../ui/account/MyAccountPane.cpp" line="+45"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User settings</source>
        <translation>Benutzereinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passkeys</source>
        <translation>Passkeys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigations</source>
        <translation>Navigationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My roles</source>
        <translation>Meine Rollen</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../ui/shell/MainWindow.cpp" line="-386"/>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
</context>
<context>
    <name>MyRolesPage</name>
    <message>
        <location filename="../ui/account/MyRolesPage.cpp" line="+23"/>
        <source>%1 (applies to everyone)</source>
        <translation>%1 (gilt für alle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No roles are in effect for you.</source>
        <translation>Für Sie gelten keine Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roles in effect for you in this organization.</source>
        <translation>Die Rollen, die in dieser Organisation für Sie gelten.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not refreshed: %1</source>
        <translation>Nicht aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshed.</source>
        <translation>Aktualisiert.</translation>
    </message>
</context>
<context>
    <name>NavigationEditor</name>
    <message>
        <location filename="../ui/account/NavigationEditor.cpp" line="+24"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item (key)</source>
        <translation>Eintrag (Schlüssel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group (name)</source>
        <translation>Gruppe (Name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-item (key)</source>
        <translation>Untereintrag (Schlüssel)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Sales Team Navigation</source>
        <translation>z. B. Navigation Vertriebsteam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section / key / group name</source>
        <translation>Abschnitt / Schlüssel / Gruppenname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new_section</source>
        <translation>new_section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add sub-item</source>
        <translation>Untereintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>NavigationSidebar</name>
    <message>
        <location filename="../ui/shell/NavigationSidebar.cpp" line="+43"/>
        <source>epilot Admin</source>
        <translation>epilot Admin</translation>
    </message>
</context>
<context>
    <name>NavigationsPage</name>
    <message>
        <location filename="../ui/account/NavigationsPage.cpp" line="+21"/>
        <source>Navigation id, e.g. 5gbe4nkp6jsfq</source>
        <translation>Navigations-ID, z. B. 5gbe4nkp6jsfq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New navigation</source>
        <translation>Neue Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation:</source>
        <translation>Navigation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create navigation</source>
        <translation>Navigation erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server derives the id from the name and the configuration: identical navigations get the same id.</source>
        <translation>Der Server leitet die ID aus Name und Konfiguration ab: Gleiche Navigationen erhalten dieselbe ID.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add sections, items and groups, name it, then press Create navigation.</source>
        <translation>Fügen Sie Abschnitte, Einträge und Gruppen hinzu, geben Sie einen Namen ein und klicken Sie dann auf „Navigation erstellen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open %1: %2 The editor still shows %3.</source>
        <translation>%1 konnte nicht geöffnet werden: %2 Der Editor zeigt weiterhin %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Navigation %1.</source>
        <translation>Navigation %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Give the navigation a name first.</source>
        <translation>Geben Sie der Navigation zuerst einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one section first.</source>
        <translation>Fügen Sie zuerst mindestens einen Abschnitt hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created. The server derived the id %1 from its content.</source>
        <translation>Erstellt. Der Server hat die ID %1 aus dem Inhalt abgeleitet.</translation>
    </message>
</context>
<context>
    <name>NewAccessToken</name>
    <message>
        <location filename="../domain/security/AccessToken.cpp" line="+41"/>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s answer holds no token.</source>
        <translation>Die Antwort des Servers enthält kein Token.</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <location filename="../ui/security/NewTokenDialog.cpp" line="+36"/>
        <source>API token &quot;%1&quot; created</source>
        <translation>API-Token „%1“ erstellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the token now and keep it somewhere safe, such as your password manager. It will not be shown again: epilot Admin does not keep it, and the server lists tokens without it.</source>
        <translation>Kopieren Sie das Token jetzt und bewahren Sie es sicher auf, etwa in Ihrem Passwort-Manager. Es wird nicht noch einmal angezeigt: epilot Admin speichert es nicht, und der Server listet Tokens ohne es auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear clipboard</source>
        <translation>Zwischenablage &amp;leeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have copied it, close</source>
        <translation>Ich habe es kopiert, schließen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>OrganizationDetailsPage</name>
    <message>
        <location filename="../ui/organization/OrganizationDetailsPage.cpp" line="+36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing tier</source>
        <translation>Tarifstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free user limit</source>
        <translation>Limit kostenloser Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production or sandbox</source>
        <translation>Produktiv oder Sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent production org</source>
        <translation>Übergeordnete Produktivorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Contact and address</source>
        <translation>Kontakt und Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept by epilot (read-only)</source>
        <translation>Von epilot verwaltet (nur lesbar)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+41"/>
        <source>E-mail signature</source>
        <translation>E-Mail-Signatur</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>HTML:</source>
        <translation>HTML:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking for changes made by others…</source>
        <translation>Prüfe auf Änderungen anderer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved yet: someone else changed %1 since you opened the organization. Choose which version to keep.</source>
        <translation>Noch nicht gespeichert: Jemand anderes hat %1 geändert, seit Sie die Organisation geöffnet haben. Wählen Sie, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stored as &quot;%1&quot;</source>
        <translation>Gespeichert als „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This session is read-only; nothing was saved.</source>
        <translation>Diese Sitzung ist schreibgeschützt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The organization needs a name.</source>
        <translation>Die Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logo not
available</source>
        <translation>Logo nicht
verfügbar</translation>
    </message>
</context>
<context>
    <name>OrganizationMenu</name>
    <message>
        <location filename="../ui/shell/OrganizationMenu.cpp" line="+12"/>
        <source>Switch &amp;organization</source>
        <translation>&amp;Organisation wechseln</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch organization</source>
        <translation>Organisation wechseln</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OrganizationPane</name>
    <message>
        <location filename="../ui/organization/OrganizationPane.cpp" line="+45"/>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Organization id (empty: the current one)</source>
        <translation>Organisations-ID (leer: die aktuelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current organization</source>
        <translation>Aktuelle Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../ui/shell/MainWindow.cpp" line="-4"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the organization: %1</source>
        <translation>Die Organisation konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../ui/users/OrganizationPicker.cpp" line="+11"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
Your token sees several organizations; pick whose users</source>
        <translation>%1
Ihr Token sieht mehrere Organisationen; wählen Sie, wessen Benutzer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (signed in)</source>
        <translation>%1 (angemeldet)</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <location filename="../services/api/OrganizationService.cpp" line="+71"/>
        <source>A setting needs a key.</source>
        <translation>Eine Einstellung braucht einen Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value is not valid JSON.</source>
        <translation>Der Wert ist kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>OrganizationSettingsPage</name>
    <message>
        <location filename="../ui/organization/OrganizationSettingsPage.cpp" line="+31"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save value</source>
        <translation>Wert speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete key…</source>
        <translation>Schlüssel löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done to this setting, from the audit log</source>
        <translation>Was mit dieser Einstellung geschah, aus dem Audit-Log</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every setting of the organization as a key and its JSON value, for what has no page of its own. Features are switched on the Features tab.</source>
        <translation>Alle Einstellungen der Organisation als Schlüssel mit JSON-Wert, für alles ohne eigene Seite. Funktionen schalten Sie im Reiter „Funktionen“.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Loading settings…</source>
        <translation>Einstellungen werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the settings: %1</source>
        <translation>Die Einstellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a setting to see and edit its value.</source>
        <translation>Wählen Sie eine Einstellung, um ihren Wert zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add a setting</source>
        <translation>Einstellung hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key &quot;%1&quot; exists already; it is selected.</source>
        <translation>Den Schlüssel „%1“ gibt es bereits; er ist ausgewählt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the value of &quot;%1&quot; and press Save value.</source>
        <translation>Geben Sie den Wert von „%1“ ein und klicken Sie auf „Wert speichern“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved yet: someone else changed %1 since you opened it. Choose which version to keep.</source>
        <translation>Noch nicht gespeichert: Jemand anderes hat %1 geändert, seit Sie es geöffnet haben. Wählen Sie, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was changed elsewhere; the server&apos;s value is shown.</source>
        <translation>%1 wurde anderswo geändert; der Wert des Servers wird angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not saved: the value is not valid JSON (%1).</source>
        <translation>Nicht gespeichert: Der Wert ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking for changes made by others…</source>
        <translation>Prüfe auf Änderungen anderer…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete setting</source>
        <translation>Einstellung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the setting &quot;%1&quot; of this organization? Features that read it fall back to their defaults.</source>
        <translation>Die Einstellung „%1“ dieser Organisation löschen? Funktionen, die sie lesen, verwenden dann ihre Standardwerte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>OrganizationSwitcher</name>
    <message>
        <location filename="../controllers/OrganizationSwitcher.cpp" line="+41"/>
        <source>The server did not hand out a token for the organization.</source>
        <translation>Der Server hat kein Token für die Organisation ausgegeben.</translation>
    </message>
</context>
<context>
    <name>OrganizationWords</name>
    <message>
        <location filename="../domain/organization/OrganizationWords.cpp" line="+32"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organization</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production</source>
        <translation>Produktivumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox (for testing)</source>
        <translation>Sandbox (zum Testen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essentials</source>
        <translation>Essentials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <location filename="../models/PagedListModel.cpp" line="+111"/>
        <source>Loading failed.</source>
        <translation>Laden fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <location filename="../ui/shell/Pane.cpp" line="+67"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved yet. Save them before leaving?</source>
        <translation>%1 enthält noch nicht gespeicherte Änderungen. Vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting for the save of %1 to finish…</source>
        <translation>Warten, bis %1 gespeichert ist…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Partner</name>
    <message>
        <location filename="../domain/partners/Partner.cpp" line="+10"/>
        <source>A partner without an id.</source>
        <translation>Ein Partner ohne ID.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>PartnerDetailsPage</name>
    <message>
        <location filename="../ui/partners/PartnerDetailsPage.cpp" line="+17"/>
        <source>Choose an entry on the left.</source>
        <translation>Wählen Sie links einen Eintrag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in map</source>
        <translation>In Karte öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens OpenStreetMap in the system browser</source>
        <translation>Öffnet OpenStreetMap im Browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Locations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Standorte&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity radius</source>
        <translation>Einsatzradius</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner id</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no locations)</source>
        <translation>(keine Standorte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the browser; the map link is %1</source>
        <translation>Der Browser konnte nicht geöffnet werden; der Kartenlink lautet %1</translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryPage</name>
    <message>
        <location filename="../ui/partners/PartnerDirectoryPage.cpp" line="+87"/>
        <source>Search by name or e-mail</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Organization ids, comma-separated (empty: all)</source>
        <translation>Organisations-IDs, durch Kommas getrennt (leer: alle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations:</source>
        <translation>Organisationen:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No partners found. Change the search or the types shown, or invite a partner.</source>
        <translation>Keine Partner gefunden. Ändern Sie die Suche oder die angezeigten Typen, oder laden Sie einen Partner ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite partner…</source>
        <translation>Partner einladen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n shown, possibly out of date</source>
        <translation>
            <numerusform>%n angezeigt, möglicherweise veraltet</numerusform>
            <numerusform>%n angezeigt, möglicherweise veraltet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose at least one type to show.</source>
        <translation>Wählen Sie mindestens einen anzuzeigenden Typ.</translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryService</name>
    <message>
        <location filename="../services/api/PartnerDirectoryService.cpp" line="+44"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>No partner chosen.</source>
        <translation>Kein Partner ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invitation language must be English (en) or German (de).</source>
        <translation>Die Sprache der Einladung muss Englisch (en) oder Deutsch (de) sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>Enter the invitation token.</source>
        <translation>Geben Sie das Einladungstoken ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Enter the partner&apos;s organization id.</source>
        <translation>Geben Sie die Organisations-ID des Partners ein.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to look up.</source>
        <translation>Nichts nachzuschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each look-up needs either a user id or a group id.</source>
        <translation>Jede Abfrage braucht entweder eine Benutzer-ID oder eine Gruppen-ID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter an address.</source>
        <translation>Geben Sie eine Adresse ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+72"/>
        <location line="+29"/>
        <source>No partner organization chosen.</source>
        <translation>Keine Partnerorganisation ausgewählt.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The language must be English (en) or German (de).</source>
        <translation>Die Sprache muss Englisch (en) oder Deutsch (de) sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+33"/>
        <source>No partner user chosen.</source>
        <translation>Kein Partnerbenutzer ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No roles chosen.</source>
        <translation>Keine Rollen ausgewählt.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+17"/>
        <source>No role chosen.</source>
        <translation>Keine Rolle ausgewählt.</translation>
    </message>
</context>
<context>
    <name>PartnerRecord</name>
    <message>
        <location filename="../domain/partners/PartnerRecord.cpp" line="+11"/>
        <source>A partner record without an id.</source>
        <translation>Ein Partnereintrag ohne ID.</translation>
    </message>
</context>
<context>
    <name>PartnerRecordForm</name>
    <message>
        <location filename="../ui/partners/PartnerRecordForm.cpp" line="+24"/>
        <source>Where invitations go instead, if set</source>
        <translation>Empfänger der Einladungen statt der E-Mail, falls gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save details</source>
        <translation>Angaben speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner e-mail:</source>
        <translation>E-Mail des Inhabers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner e-mail</source>
        <translation>E-Mail des Inhabers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Not saved: the server&apos;s answer holds no partner record.</source>
        <translation>Nicht gespeichert: Die Antwort des Servers enthält keinen Partnereintrag.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved the details of %1.</source>
        <translation>Angaben zu %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>PartnerRecordListModel</name>
    <message>
        <location filename="../models/PartnerRecordListModel.cpp" line="+56"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>PartnerRecordsPage</name>
    <message>
        <location filename="../ui/partners/PartnerRecordsPage.cpp" line="+68"/>
        <source>Show partners</source>
        <translation>Partner anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search company or e-mail</source>
        <translation>Firma oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Partner records</source>
        <translation>Partnereinträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partner records here. Invite a partner below, or show all partners.</source>
        <translation>Hier gibt es keine Partnereinträge. Laden Sie unten einen Partner ein oder zeigen Sie alle Partner an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+142"/>
        <source>Send invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Approve request…</source>
        <translation>Anfrage annehmen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject request…</source>
        <translation>Anfrage ablehnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove partner…</source>
        <translation>Partner entfernen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@company.example</source>
        <translation>name@firma.example</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create and invite</source>
        <translation>Anlegen und einladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite a new partner</source>
        <translation>Neuen Partner einladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation language:</source>
        <translation>Sprache der Einladung:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to the details of %1?</source>
        <translation>Ihre Änderungen an den Angaben zu %1 verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No partner chosen</source>
        <translation>Kein Partner gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a partner in the list, or invite a new one below.</source>
        <translation>Wählen Sie einen Partner in der Liste oder laden Sie unten einen neuen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resend invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht angelegt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s answer holds no partner record</source>
        <translation>die Antwort des Servers enthält keinen Partnereintrag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 and sent the invitation to %2.</source>
        <translation>%1 angelegt und die Einladung an %2 gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent the invitation to %1 (%2).</source>
        <translation>Einladung an %1 (%2) gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The invitation to %1 was not sent: %2</source>
        <translation>Die Einladung an %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Approve partner request</source>
        <translation>Partneranfrage annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the request of %1? They can then work with your organization&apos;s shared entities.</source>
        <translation>Die Anfrage von %1 annehmen? Der Partner kann dann mit den freigegebenen Entitäten Ihrer Organisation arbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject partner request</source>
        <translation>Partneranfrage ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the request of %1?</source>
        <translation>Die Anfrage von %1 ablehnen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved the request of %1.</source>
        <translation>Anfrage von %1 angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected the request of %1.</source>
        <translation>Anfrage von %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request of %1 was not approved: %2</source>
        <translation>Die Anfrage von %1 wurde nicht angenommen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request of %1 was not rejected: %2</source>
        <translation>Die Anfrage von %1 wurde nicht abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove partner</source>
        <translation>Partner entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from your partners? The partnership ends and the record leaves the list.</source>
        <translation>%1 aus Ihren Partnern entfernen? Die Partnerschaft endet und der Eintrag verschwindet aus der Liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>PartnerRolesPage</name>
    <message>
        <location filename="../ui/partners/PartnerRolesPage.cpp" line="+69"/>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete role…</source>
        <translation>Rolle löschen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review and save…</source>
        <translation>Prüfen und speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fix the errors first.</source>
        <translation>Beheben Sie zuerst die Fehler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unsaved changes.</source>
        <translation>Keine ungespeicherten Änderungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1
%2 · %n grant(s)</source>
        <translation>
            <numerusform>%1
%2 · %n Berechtigung</numerusform>
            <numerusform>%1
%2 · %n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unsaved role</source>
        <translation>Nicht gespeicherte Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role &quot;%1&quot; has unsaved changes. Discard them?</source>
        <translation>Die Rolle „%1“ hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete the role &quot;%1&quot; (%2) of %3? A role still held by users cannot be deleted.</source>
        <translation>Die Rolle „%1“ (%2) von %3 löschen? Eine Rolle, die noch Benutzer haben, kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted role &quot;%1&quot;.</source>
        <translation>Rolle „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the server&apos;s current role…</source>
        <translation>Die aktuelle Rolle auf dem Server wird geprüft…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>PartnerStageText</name>
    <message>
        <location filename="../ui/partners/PartnerStageText.cpp" line="+16"/>
        <source>Not invited yet</source>
        <translation>Noch nicht eingeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request waiting</source>
        <translation>Anfrage offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active partner</source>
        <translation>Aktiver Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No invitation was sent yet.</source>
        <translation>Es wurde noch keine Einladung gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This company asked to become your partner: approve or reject the request.</source>
        <translation>Diese Firma möchte Ihr Partner werden: Nehmen Sie die Anfrage an oder lehnen Sie sie ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invitation has not been accepted yet; you can send it again.</source>
        <translation>Die Einladung wurde noch nicht angenommen; Sie können sie erneut senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner accepted and works with your organization.</source>
        <translation>Der Partner hat angenommen und arbeitet mit Ihrer Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was rejected; you can still invite this company.</source>
        <translation>Die Anfrage wurde abgelehnt; Sie können diese Firma trotzdem einladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partnership has ended.</source>
        <translation>Die Partnerschaft ist beendet.</translation>
    </message>
</context>
<context>
    <name>PartnerUser</name>
    <message>
        <location filename="../domain/partners/PartnerUser.cpp" line="+11"/>
        <source>A partner user without an id.</source>
        <translation>Ein Partnerbenutzer ohne ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A role of user %1 has no id.</source>
        <translation>Eine Rolle des Benutzers %1 hat keine ID.</translation>
    </message>
</context>
<context>
    <name>PartnerUsersPage</name>
    <message>
        <location filename="../ui/partners/PartnerUsersPage.cpp" line="+53"/>
        <location line="+19"/>
        <source>New user…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Delete user…</source>
        <translation>Benutzer löschen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick roles to assign, untick to remove; nothing changes until you apply.</source>
        <translation>Rollen ankreuzen zum Zuweisen, Haken entfernen zum Entziehen; nichts ändert sich, bevor Sie übernehmen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Apply changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Pending changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausstehende Änderungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Last result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letztes Ergebnis&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This partner organization has no users yet.</source>
        <translation>Diese Partnerorganisation hat noch keine Benutzer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ %1 — failed: %2</source>
        <translation>✘ %1 — fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n change(s) failed; the matrix shows what the server holds.</source>
        <translation>
            <numerusform>%n Änderung fehlgeschlagen; die Matrix zeigt den Stand des Servers.</numerusform>
            <numerusform>%n Änderungen fehlgeschlagen; die Matrix zeigt den Stand des Servers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All changes applied.</source>
        <translation>Alle Änderungen übernommen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose English or German.</source>
        <translation>Wählen Sie Englisch oder Deutsch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1; an invitation was sent.</source>
        <translation>%1 angelegt; eine Einladung wurde gesendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New partner user</source>
        <translation>Neuer Partnerbenutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@partner.example</source>
        <translation>name@partner.example</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create and invite</source>
        <translation>Anlegen und einladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete partner user</source>
        <translation>Partnerbenutzer löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from %2? They lose access at once; this cannot be undone.</source>
        <translation>%1 aus %2 löschen? Der Zugang endet sofort; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>PartnerUsersRolesPane</name>
    <message>
        <location filename="../ui/partners/PartnerUsersRolesPane.cpp" line="+23"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partner organization:</source>
        <translation>Partnerorganisation:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Users and their roles</source>
        <translation>Benutzer und ihre Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles and grants</source>
        <translation>Rollen und Berechtigungen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Could not list partner organizations: %1</source>
        <translation>Partnerorganisationen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No connected partner organizations yet: invite a partner first.</source>
        <translation>Noch keine verbundenen Partnerorganisationen: Laden Sie zuerst einen Partner ein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load roles: %1</source>
        <translation>Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not load users: %1</source>
        <translation>Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n user(s), %1 role(s).</source>
        <translation>
            <numerusform>%n Benutzer, %1 Rolle(n).</numerusform>
            <numerusform>%n Benutzer, %1 Rolle(n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/partners/PartnerUsersRolesPane.h" line="+31"/>
        <location filename="../ui/shell/MainWindow.cpp" line="-4"/>
        <source>Partner users &amp; roles</source>
        <translation>Partnerbenutzer &amp; Rollen</translation>
    </message>
</context>
<context>
    <name>PartnersPane</name>
    <message>
        <location filename="../ui/partners/PartnersPane.cpp" line="+29"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation token</source>
        <translation>Einladungstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lookup</source>
        <translation>Adresssuche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partner records</source>
        <translation>Partnereinträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite, approve, reject, edit and remove partners</source>
        <translation>Partner einladen, annehmen, ablehnen, bearbeiten und entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and organizations</source>
        <translation>Personen und Organisationen</translation>
    </message>
    <message>
        <location filename="../ui/partners/PartnersPane.h" line="+32"/>
        <location filename="../ui/shell/MainWindow.cpp" line="-1"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>PasskeysPage</name>
    <message>
        <location filename="../ui/account/PasskeysPage.cpp" line="+43"/>
        <source>Passkeys are registered in a browser: registration needs a WebAuthn authenticator (security key, Touch ID, Windows Hello) that this desktop application cannot reach on its own. Here you can see and remove your passkeys. The registration and authentication operations (beginPasskeyRegistration, completePasskeyRegistration, beginPasskeyAuthentication, …) stay reachable from the API console.</source>
        <translation>Passkeys werden im Browser registriert: Die Registrierung braucht einen WebAuthn-Authentifikator (Sicherheitsschlüssel, Touch ID, Windows Hello), den diese Desktop-Anwendung nicht selbst erreicht. Hier können Sie Ihre Passkeys sehen und entfernen. Die Operationen zur Registrierung und Authentifizierung (beginPasskeyRegistration, completePasskeyRegistration, beginPasskeyAuthentication, …) bleiben über die API-Konsole erreichbar.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transports</source>
        <translation>Transportwege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticator (AAGUID)</source>
        <translation>Authentifikator (AAGUID)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credential id</source>
        <translation>Credential-ID</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete passkey…</source>
        <translation>Passkey löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>You have no passkeys.</source>
        <translation>Sie haben keine Passkeys.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n passkey(s).</source>
        <translation>
            <numerusform>%n Passkey.</numerusform>
            <numerusform>%n Passkeys.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete passkey</source>
        <translation>Passkey löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the passkey &quot;%1&quot;? You can no longer sign in with it.</source>
        <translation>Den Passkey „%1“ löschen? Sie können sich damit nicht mehr anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>PasswordResetPage</name>
    <message>
        <location filename="../ui/account/PasswordResetPage.cpp" line="+19"/>
        <source>1. Send a reset e-mail</source>
        <translation>1. E-Mail zum Zurücksetzen senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send reset e-mail</source>
        <translation>E-Mail zum Zurücksetzen senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Set a new password with the token from that e-mail</source>
        <translation>2. Neues Passwort mit dem Token aus dieser E-Mail setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set new password</source>
        <translation>Neues Passwort setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset token:</source>
        <translation>Token zum Zurücksetzen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password again:</source>
        <translation>Neues Passwort wiederholen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the e-mail address of the account.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kontos ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the account exists, a reset e-mail is on its way.</source>
        <translation>Falls das Konto existiert, ist eine E-Mail zum Zurücksetzen unterwegs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the token from the reset e-mail.</source>
        <translation>Geben Sie das Token aus der E-Mail zum Zurücksetzen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: correct the marked fields.</source>
        <translation>Nicht gesendet: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is changed.</source>
        <translation>Das Passwort ist geändert.</translation>
    </message>
</context>
<context>
    <name>PendingInvitationsDialog</name>
    <message>
        <location filename="../ui/users/PendingInvitationsDialog.cpp" line="+49"/>
        <source>Waiting for</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>less than a day</source>
        <translation>weniger als einem Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>einem Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 Monaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 Jahren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending invitations</source>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who were invited and have not accepted yet.</source>
        <translation>Eingeladene Personen, die noch nicht angenommen haben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No pending invitations. Invite people on the Users page (Ctrl+N).</source>
        <translation>Keine offenen Einladungen. Laden Sie Personen auf der Seite Benutzer ein (Strg+N).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Resend invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the list again (F5)</source>
        <translation>Liste neu laden (F5)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Revoke invitations</source>
        <translation>Einladungen widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the invitation of %1? The link in their e-mail stops working.</source>
        <translation>Die Einladung von %1 widerrufen? Der Link in der E-Mail funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invitation sent again</source>
        <translation>Einladung erneut gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed – %1</source>
        <translation>fehlgeschlagen – %1</translation>
    </message>
</context>
<context>
    <name>PeopleRolesLoad</name>
    <message>
        <location filename="../controllers/PeopleRolesLoad.cpp" line="+69"/>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The assignments could not be loaded: %1</source>
        <translation>Die Rollenzuweisungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The assignments could not be read: %1</source>
        <translation>Die Zuweisungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The people could not be loaded: %1</source>
        <translation>Die Personen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The groups could not be loaded: %1</source>
        <translation>Die Gruppen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>PeopleRolesModel</name>
    <message>
        <location filename="../models/PeopleRolesModel.cpp" line="+296"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>%1 has %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>%1 does not have %2</source>
        <translation>%1 hat %2 nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: %2 will be assigned to %1</source>
        <translation>Ausstehend: %2 wird %1 zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: %2 will be removed from %1</source>
        <translation>Ausstehend: %2 wird %1 entzogen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last attempt failed: %1</source>
        <translation>Letzter Versuch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
</context>
<context>
    <name>PeopleRolesPane</name>
    <message>
        <location filename="../ui/roles/PeopleRolesPane.cpp" line="+72"/>
        <source>No people match the search and filters.</source>
        <translation>Keine Personen passen zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign or remove the role</source>
        <translation>Rolle zuweisen oder entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click a cell to assign or remove a role; nothing changes on the server until you apply.</source>
        <translation>Klicken Sie auf eine Zelle, um eine Rolle zuzuweisen oder zu entfernen; auf dem Server ändert sich erst etwas, wenn Sie die Änderungen übernehmen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Search people by name or e-mail</source>
        <translation>Personen nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+161"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+164"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Apply changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Last result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letztes Ergebnis&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading people and roles…</source>
        <translation>Personen und Rollen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n person(s), %1 role(s) to assign.</source>
        <translation>
            <numerusform>%n Person, %1 zuweisbare Rolle(n).</numerusform>
            <numerusform>%n Personen, %1 zuweisbare Rolle(n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n change(s) could not be applied; they stay pending.</source>
        <translation>
            <numerusform>%n Änderung konnte nicht übernommen werden und bleibt ausstehend.</numerusform>
            <numerusform>%n Änderungen konnten nicht übernommen werden und bleiben ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All changes applied; the matrix shows the server&apos;s roles.</source>
        <translation>Alle Änderungen übernommen; die Matrix zeigt die Rollen laut Server.</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>&lt;b&gt;Pending changes&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Ausstehende Änderungen&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Ausstehende Änderungen&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — failed: %2</source>
        <translation>%1 — fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird übernommen…</numerusform>
            <numerusform>%n Änderungen werden übernommen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1: %2 of %n change(s) applied</source>
        <translation>
            <numerusform>%1: %2 von %n Änderung übernommen</numerusform>
            <numerusform>%1: %2 von %n Änderungen übernommen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  ✓ %1</source>
        <translation>  ✓ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ✗ %1 — %2</source>
        <translation>  ✗ %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/roles/PeopleRolesPane.h" line="+30"/>
        <location filename="../ui/shell/MainWindow.cpp" line="+3"/>
        <source>People &amp; roles</source>
        <translation>Personen &amp; Rollen</translation>
    </message>
</context>
<context>
    <name>PermissionRole</name>
    <message>
        <location filename="../domain/permissions/PermissionRole.cpp" line="+26"/>
        <source>A role must be an object.</source>
        <translation>Eine Rolle muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A role without an id.</source>
        <translation>Eine Rolle ohne ID.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>The search answer has no list of roles.</source>
        <translation>Die Suchantwort enthält keine Liste von Rollen.</translation>
    </message>
</context>
<context>
    <name>PermissionsService</name>
    <message>
        <location filename="../services/api/PermissionsService.cpp" line="+120"/>
        <location line="+77"/>
        <source>&quot;%1&quot; is not a role id (&lt;organization id&gt;:&lt;slug&gt;).</source>
        <translation>„%1“ ist keine Rollen-ID (&lt;Organisations-ID&gt;:&lt;Kurzname&gt;).</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+11"/>
        <location line="+18"/>
        <location line="+13"/>
        <source>No user chosen.</source>
        <translation>Kein Benutzer gewählt.</translation>
    </message>
</context>
<context>
    <name>PersonAccessPage</name>
    <message>
        <location filename="../ui/roles/PersonAccessPage.cpp" line="+40"/>
        <source>Search people by name or e-mail</source>
        <translation>Personen nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No people match the search.</source>
        <translation>Keine Person passt zur Suche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+129"/>
        <source>Pick a person to see what they may do and why.</source>
        <translation>Wählen Sie eine Person, um zu sehen, was sie darf und warum.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only where</source>
        <translation>Nur wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From role</source>
        <translation>Aus Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. opportunity:4f1c… (empty: no resource)</source>
        <translation>z. B. opportunity:4f1c… (leer: keine Ressource)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per line, e.g.
status=open
assignee.0.user_id=%1</source>
        <translation>Eine pro Zeile, z. B.
status=open
assignee.0.user_id=%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;user id&gt;</source>
        <translation>&lt;Benutzer-ID&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What if… (an approximation of the server&apos;s decision)</source>
        <translation>Was wäre, wenn … (eine Annäherung an die Entscheidung des Servers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Loading the roles of %1…</source>
        <translation>Die Rollen von %1 werden geladen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The roles of %1 could not be loaded: %2</source>
        <translation>Die Rollen von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deny: wins over any allow</source>
        <translation>Verbot: hat Vorrang vor jeder Erlaubnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No: the root role does not allow it</source>
        <translation>Nein: Die Stammrolle erlaubt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No: the root role does not allow it (%1)</source>
        <translation>Nein: Die Stammrolle erlaubt es nicht (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: overridden by %1</source>
        <translation>Nein: aufgehoben durch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the root role allows only part of it</source>
        <translation>die Stammrolle erlaubt nur einen Teil davon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root role allows only part of it (%1)</source>
        <translation>die Stammrolle erlaubt nur einen Teil davon (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 wins where it applies</source>
        <translation>%1 hat Vorrang, wo es zutrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly: %1</source>
        <translation>Teilweise: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Roles: none besides the root role, so nothing is allowed.</source>
        <translation>Rollen: keine außer der Stammrolle, daher ist nichts erlaubt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (expired %2)</source>
        <translation>%1 (abgelaufen %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer effective: %1</source>
        <translation>Nicht mehr wirksam: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned roles this organization does not have: %1</source>
        <translation>Zugewiesene Rollen, die es in dieser Organisation nicht gibt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ceiling: &quot;%1&quot;, the organization&apos;s root role. A grant counts only where it allows as well.</source>
        <translation>Obergrenze: „%1“, die Stammrolle der Organisation. Eine Berechtigung gilt nur, soweit auch sie es erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No root role was found, so nothing is capped.</source>
        <translation>Es wurde keine Stammrolle gefunden, daher wird nichts begrenzt.</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+210"/>
        <source>deny</source>
        <translation>verbieten</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+210"/>
        <source>allow</source>
        <translation>erlauben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(every resource)</source>
        <translation>(jede Ressource)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> und</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Line %1 is not of the form key=value: &quot;%2&quot;</source>
        <translation>Zeile %1 hat nicht die Form Schlüssel=Wert: „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter an action, e.g. entity:view.</source>
        <translation>Geben Sie eine Aktion ein, z. B. entity:view.</translation>
    </message>
</context>
<context>
    <name>PolicyAnalyzer</name>
    <message>
        <location filename="../domain/grants/PolicyAnalyzer.cpp" line="+17"/>
        <source>A dependency cannot have dependencies of its own.</source>
        <translation>Eine Abhängigkeit kann keine eigenen Abhängigkeiten haben.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The role needs a name.</source>
        <translation>Die Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slug &quot;%1&quot; must start with a lower-case letter and hold only lower-case letters, digits and underscores (^[a-z][a-z0-9_]*$).</source>
        <translation>Der Slug „%1“ muss mit einem Kleinbuchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten (^[a-z][a-z0-9_]*$).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This grant has no action yet: it allows nothing.</source>
        <translation>Diese Berechtigung hat noch keine Aktion: Sie erlaubt nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an action this editor knows; check its spelling.</source>
        <translation>„%1“ ist keine Aktion, die dieser Editor kennt; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The effect must be allow or deny, not &quot;%1&quot;.</source>
        <translation>Die Wirkung muss allow oder deny sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The condition %1 is kept as it is; the editor cannot check it.</source>
        <translation>Die Bedingung %1 bleibt unverändert; der Editor kann sie nicht prüfen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An equals condition has no attribute.</source>
        <translation>Eine Gleich-Bedingung hat kein Attribut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The equals condition on &quot;%1&quot; has no values: it can never hold.</source>
        <translation>Die Gleich-Bedingung auf „%1“ hat keine Werte: Sie kann nie erfüllt sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every action</source>
        <translation>jede Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every resource</source>
        <translation>jede Ressource</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This allows %1 on %2%3.</source>
        <translation>Das erlaubt %1 auf %2%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (when its conditions hold)</source>
        <translation> (wenn ihre Bedingungen erfüllt sind)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This grant repeats grant %1: %2</source>
        <translation>Diese Berechtigung wiederholt Berechtigung %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The deny &quot;%1&quot; cancels the allow &quot;%2&quot; completely.</source>
        <translation>Das Verbot „%1“ hebt die Erlaubnis „%2“ vollständig auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deny &quot;%1&quot; cancels the allow &quot;%2&quot; in part.</source>
        <translation>Das Verbot „%1“ hebt die Erlaubnis „%2“ teilweise auf.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New access: %1</source>
        <translation>Neuer Zugriff: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing the deny &quot;%1&quot; gives that access back.</source>
        <translation>Entfernt man das Verbot „%1“, ist dieser Zugriff wieder möglich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 usually needs this grant as well: %2</source>
        <translation>%1 braucht meist auch diese Berechtigung: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="+13"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of menus, panes and messages; dates and numbers follow it as well.</source>
        <translation>Sprache von Menüs, Seiten und Meldungen; auch Datum und Zahlen richten sich danach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The interface switches to %1 at once; pages with unsaved changes ask first.</source>
        <translation>Die Oberfläche wechselt sofort zu %1; Seiten mit ungespeicherten Änderungen fragen vorher.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../services/session/Profile.cpp" line="+29"/>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name must not start or end with spaces.</source>
        <translation>Der Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Der Profilname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name contains a control character.</source>
        <translation>Der Profilname enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the address must not contain a user name or password.</source>
        <translation>%1: Die Adresse darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Local emulator</source>
        <translation>Lokaler Emulator</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization id must not contain spaces.</source>
        <translation>Die Organisations-ID darf keine Leerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../ui/shell/ProfileForm.cpp" line="+39"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where &quot;Sign in with browser&quot; logs you in</source>
        <translation>Wo „Im Browser anmelden“ Sie anmeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional — the token&apos;s organization otherwise</source>
        <translation>optional — sonst die Organisation des Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization id:</source>
        <translation>Organisations-ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use epilot&apos;s addresses</source>
        <translation>Adressen von epilot verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the addresses of epilot&apos;s cloud service</source>
        <translation>Adressen des epilot-Clouddienstes eintragen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter an address.</source>
        <translation>Geben Sie eine Adresse ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organization id has no spaces.</source>
        <translation>Die Organisations-ID enthält keine Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../ui/account/ProfilePage.cpp" line="+27"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary phone</source>
        <translation>Zweite Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release channel</source>
        <translation>Release-Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Add my signature to e-mails</source>
        <translation>Meine Signatur an E-Mails anhängen</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Added as participant of an opportunity</source>
        <translation>Zu einer Opportunity hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity assigned to me</source>
        <translation>Mir zugewiesene Opportunity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task assigned to me</source>
        <translation>Mir zugewiesene Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on an opportunity</source>
        <translation>Kommentar zu einer Opportunity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task deleted</source>
        <translation>Aufgabe gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task escalated</source>
        <translation>Aufgabe eskaliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message received on an opportunity</source>
        <translation>Nachricht zu Opportunity erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message sent on an opportunity</source>
        <translation>Nachricht zu Opportunity gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task created</source>
        <translation>Aufgabe erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity created by hand</source>
        <translation>Opportunity manuell erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity created automatically</source>
        <translation>Opportunity automatisch erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity deleted</source>
        <translation>Opportunity gelöscht</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed through the e-mail verification flow, not here.</source>
        <translation>Wird über die E-Mail-Bestätigung geändert, nicht hier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language:</source>
        <translation>Bevorzugte Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization default</source>
        <translation>Standard der Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release channel:</source>
        <translation>Release-Kanal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML, e.g. &lt;p&gt;Best regards&lt;/p&gt;</source>
        <translation>HTML, z. B. &lt;p&gt;Mit freundlichen Grüßen&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail notifications</source>
        <translation>E-Mail-Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+12"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved yet: someone else changed %1 since you opened your profile. Choose which version to keep.</source>
        <translation>Noch nicht gespeichert: Jemand anderes hat %1 geändert, seit Sie Ihr Profil geöffnet haben. Wählen Sie, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>This session is read-only; nothing was saved.</source>
        <translation>Diese Sitzung ist schreibgeschützt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../services/session/ProfileStore.cpp" line="+98"/>
        <location line="+19"/>
        <location line="+10"/>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A profile called &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The profiles could not be saved to %1.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../controllers/RoleAssignmentBatch.cpp" line="+68"/>
        <source>The server did not report on this role.</source>
        <translation>Der Server hat zu dieser Rolle nichts gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/RoleChange.cpp" line="+8"/>
        <source>Assign %1 to %2</source>
        <translation>%1 an %2 zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../ui/security/RecordHistoryDialog.cpp" line="+25"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look further back</source>
        <translation>Weiter zurückblicken</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Read the next %n event(s) of the audit log</source>
        <translation>
            <numerusform>Das nächste %n Ereignis des Audit-Logs lesen</numerusform>
            <numerusform>Die nächsten %n Ereignisse des Audit-Logs lesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of %1</source>
        <translation>Ereignisse von %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>success (%1)</source>
        <translation>erfolgreich (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the audit log…</source>
        <translation>Das Audit-Log wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %1 events since %2 read; %n event(s) concern this record.</source>
        <translation>
            <numerusform>Alle %1 Ereignisse seit %2 gelesen; %n Ereignis betrifft diesen Datensatz.</numerusform>
            <numerusform>Alle %1 Ereignisse seit %2 gelesen; %n Ereignisse betreffen diesen Datensatz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %2 events since %3 read; %n event(s) concern this record so far.</source>
        <translation>
            <numerusform>%1 von %2 Ereignissen seit %3 gelesen; bisher betrifft %n Ereignis diesen Datensatz.</numerusform>
            <numerusform>%1 von %2 Ereignissen seit %3 gelesen; bisher betreffen %n Ereignisse diesen Datensatz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading on…</source>
        <translation>Es wird weitergelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Log konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../domain/partners/Role.cpp" line="+12"/>
        <source>A role without an id.</source>
        <translation>Eine Rolle ohne ID.</translation>
    </message>
</context>
<context>
    <name>RoleAssignment</name>
    <message>
        <location filename="../domain/permissions/RoleAssignment.cpp" line="+21"/>
        <source>The roles must be a list of role ids.</source>
        <translation>Die Rollen müssen eine Liste von Rollen-IDs sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A role id must be text.</source>
        <translation>Eine Rollen-ID muss Text sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An assignment without a user id.</source>
        <translation>Eine Zuweisung ohne Benutzer-ID.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The list of assignments is damaged (%1 at byte %2).</source>
        <translation>Die Liste der Zuweisungen ist beschädigt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer is not a list of assignments.</source>
        <translation>Die Antwort ist keine Liste von Zuweisungen.</translation>
    </message>
</context>
<context>
    <name>RoleCatalog</name>
    <message>
        <location filename="../domain/permissions/RoleCatalog.cpp" line="+45"/>
        <source>%1 (organization %2)</source>
        <translation>%1 (Organisation %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not in the role list)</source>
        <translation>%1 (nicht in der Rollenliste)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: a role of another organization</source>
        <translation>%1: eine Rolle einer anderen Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not in this organization&apos;s role list</source>
        <translation>%1: nicht in der Rollenliste dieser Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expires on %1</source>
        <translation>Läuft ab am %1</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../ui/roles/RoleDialog.cpp" line="+20"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate role</source>
        <translation>Rolle duplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User role</source>
        <translation>Benutzerrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share role</source>
        <translation>Freigaberolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner role</source>
        <translation>Partnerrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal role</source>
        <translation>Portalrolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organization</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherits from</source>
        <translation>Erbt von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The role needs a name.</source>
        <translation>Die Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case letters, digits, _ and - only.</source>
        <translation>Nur Kleinbuchstaben, Ziffern, _ und -.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A partner role needs the partner organization&apos;s id.</source>
        <translation>Eine Partnerrolle braucht die ID der Partnerorganisation.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <location filename="../ui/partners/grants/RoleEditor.cpp" line="+33"/>
        <source>&amp;Grants</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What if…</source>
        <translation>&amp;Was wäre, wenn…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+242"/>
        <source>Rename role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add grant</source>
        <translation>Berechtigung hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON view holds an error: %1</source>
        <translation>Die JSON-Ansicht enthält einen Fehler: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role needs a name.</source>
        <translation>Die Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix the errors listed under the grants first.</source>
        <translation>Beheben Sie zuerst die unter den Berechtigungen aufgeführten Fehler.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Change slug</source>
        <translation>Slug ändern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Duplicate grant</source>
        <translation>Berechtigung duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove grant</source>
        <translation>Berechtigung entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move grant up</source>
        <translation>Berechtigung nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move grant down</source>
        <translation>Berechtigung nach unten</translation>
    </message>
    <message>
        <location filename="../ui/partners/grants/RoleEditorSave.cpp" line="+20"/>
        <source>The organization&apos;s root role is read-only; nothing was saved.</source>
        <translation>Die Stammrolle der Organisation ist schreibgeschützt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session is read-only; nothing was saved.</source>
        <translation>Diese Sitzung ist schreibgeschützt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Keep my edits</source>
        <translation>Meine Änderungen behalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partners/grants/RoleEditor.cpp" line="+18"/>
        <source>Paste %n grant(s)</source>
        <translation>
            <numerusform>%n Berechtigung einfügen</numerusform>
            <numerusform>%n Berechtigungen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add missing dependency</source>
        <translation>Fehlende Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change action</source>
        <translation>Aktion ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change resource</source>
        <translation>Ressource ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change effect</source>
        <translation>Wirkung ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+21"/>
        <source>Change condition</source>
        <translation>Bedingung ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change parent role</source>
        <translation>Übergeordnete Rolle ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove expiry</source>
        <translation>Ablauf entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change expiry</source>
        <translation>Ablauf ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit as JSON</source>
        <translation>Als JSON bearbeiten</translation>
    </message>
</context>
<context>
    <name>RoleEditorWindow</name>
    <message>
        <location filename="../ui/roles/RoleEditorWindow.cpp" line="+20"/>
        <source>Review and &amp;save…</source>
        <translation>Prüfen und &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+28"/>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the role…</source>
        <translation>Rolle wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers war nicht lesbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role could not be loaded: %1</source>
        <translation>Die Rolle konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The root role is the ceiling of every role in the organization: it is shown here, but it cannot be edited.</source>
        <translation>Die Stammrolle ist die Obergrenze jeder Rolle der Organisation: Sie wird hier angezeigt, kann aber nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the server&apos;s current role…</source>
        <translation>Aktuelle Rolle auf dem Server wird geprüft…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close %1 and drop the changes not saved?</source>
        <translation>%1 schließen und die nicht gespeicherten Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>RoleEdits</name>
    <message>
        <location filename="../domain/grants/RoleDraft.cpp" line="+272"/>
        <source>&quot;name&quot; must be text</source>
        <translation>„name“ muss Text sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;slug&quot; must be text</source>
        <translation>„slug“ muss Text sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the slug of a saved role cannot change</source>
        <translation>der Slug einer gespeicherten Rolle kann sich nicht ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the id cannot change</source>
        <translation>die ID kann sich nicht ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;expires_at&quot; must be a date and time such as 2028-07-21T17:32:28Z</source>
        <translation>„expires_at“ muss ein Datum mit Uhrzeit sein, etwa 2028-07-21T17:32:28Z</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the role must be a JSON object</source>
        <translation>die Rolle muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clipboard does not hold grants as JSON: %1</source>
        <translation>Die Zwischenablage enthält keine Berechtigungen als JSON: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clipboard holds no grants.</source>
        <translation>Die Zwischenablage enthält keine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard&apos;s grants do not fit: %1</source>
        <translation>Die Berechtigungen aus der Zwischenablage passen nicht: %1</translation>
    </message>
</context>
<context>
    <name>RoleFindingsView</name>
    <message>
        <location filename="../ui/partners/grants/RoleFindingsView.cpp" line="+16"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <source>Fix: add %1</source>
        <translation>Beheben: %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant %1</source>
        <translation>Berechtigung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant %1, dependency %2</source>
        <translation>Berechtigung %1, Abhängigkeit %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 error(s) — block saving; %2 warning(s) — need confirmation when saving; %3 suggestion(s).</source>
        <translation>Fehler: %1 — verhindern das Speichern; Warnungen: %2 — beim Speichern zu bestätigen; Vorschläge: %3.</translation>
    </message>
</context>
<context>
    <name>RoleHeaderForm</name>
    <message>
        <location filename="../ui/partners/grants/RoleHeaderForm.cpp" line="+18"/>
        <source>e.g. Installer – read opportunities</source>
        <translation>z. B. Installateur – Opportunities lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. installer_read</source>
        <translation>z. B. installer_read</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slug:</source>
        <translation>Slug:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role&apos;s grants add to those of the role it inherits from.</source>
        <translation>Die Berechtigungen der Rolle kommen zu denen der Rolle hinzu, von der sie erbt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inherits from:</source>
        <translation>&amp;Erbt von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Expires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After this moment the role no longer gives anything.</source>
        <translation>Nach diesem Zeitpunkt gewährt die Rolle nichts mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lower-case letters, digits and _; starts with a letter.</source>
        <translation>Kleinbuchstaben, Ziffern und _; beginnt mit einem Buchstaben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slug is part of the role&apos;s id and cannot change.</source>
        <translation>Der Slug ist Teil der Rollen-ID und kann sich nicht ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (set by the server)</source>
        <translation>%1 (vom Server gesetzt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing (only its own grants)</source>
        <translation>Nichts (nur eigene Berechtigungen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>RoleJsonPage</name>
    <message>
        <location filename="../ui/partners/grants/RoleJsonPage.cpp" line="+21"/>
        <source>Apply JSON</source>
        <translation>JSON übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard JSON edits</source>
        <translation>JSON-Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole role as JSON. Edit it and apply, or switch back to the tree: JSON that does not parse or fit is refused and never saved.</source>
        <translation>Die ganze Rolle als JSON. Bearbeiten und übernehmen oder zurück zur Baumansicht wechseln: JSON, das nicht lesbar ist oder nicht passt, wird abgelehnt und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edited — apply or switch to the tree to use it.</source>
        <translation>Bearbeitet — übernehmen oder zur Baumansicht wechseln, um es zu verwenden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
</context>
<context>
    <name>RoleKindText</name>
    <message>
        <location filename="../domain/permissions/RoleKindText.cpp" line="+20"/>
        <source>Organization root role</source>
        <translation>Stammrolle der Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User role</source>
        <translation>Benutzerrolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share role</source>
        <translation>Freigaberolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner role</source>
        <translation>Partnerrolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal role</source>
        <translation>Portalrolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other role</source>
        <translation>Weitere Rolle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applies to everyone in the organization and is the ceiling of every other role: nothing is allowed beyond it. Set by the pricing tier; read-only.</source>
        <translation>Gilt für alle in der Organisation und ist die Obergrenze jeder anderen Rolle: Darüber hinaus ist nichts erlaubt. Vom Tarif festgelegt; schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pricing tier: %1.</source>
        <translation>Tarif: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to people of this organization by its administrators.</source>
        <translation>Wird Personen dieser Organisation von deren Administratoren zugewiesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given to users of other organizations with whom records are shared; user roles may inherit from it.</source>
        <translation>Wird Benutzern anderer Organisationen gegeben, mit denen Datensätze geteilt werden; Benutzerrollen können von ihr erben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given to a partner organization; the partner&apos;s administrators assign it to their own users, not you.</source>
        <translation>Wird einer Partnerorganisation gegeben; deren Administratoren weisen sie ihren eigenen Benutzern zu, nicht Sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given to partner organization %1; its administrators assign it to their own users, not you.</source>
        <translation>Wird der Partnerorganisation %1 gegeben; deren Administratoren weisen sie ihren eigenen Benutzern zu, nicht Sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Used by the end customers and installers who sign in to this organization&apos;s portals; the portal gives it, it is not assigned here.</source>
        <translation>Wird von Endkunden und Installateuren genutzt, die sich in den Portalen dieser Organisation anmelden; das Portal vergibt sie, hier wird sie nicht zugewiesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind &quot;%1&quot; is not known to this application; it is shown as the server sent it.</source>
        <translation>Die Art „%1“ kennt diese Anwendung nicht; sie wird so angezeigt, wie der Server sie gesendet hat.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At most %n people may hold it (set by the vendor).</source>
        <translation>
            <numerusform>Höchstens %n Person darf sie haben (vom Anbieter festgelegt).</numerusform>
            <numerusform>Höchstens %n Personen dürfen sie haben (vom Anbieter festgelegt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by the vendor on the partner&apos;s behalf.</source>
        <translation>Vom Anbieter im Auftrag des Partners angelegt.</translation>
    </message>
</context>
<context>
    <name>RoleMatrixModel</name>
    <message>
        <location filename="../models/RoleMatrixModel.cpp" line="+112"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not have %2</source>
        <translation>%1 hat %2 nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending: %2 will be assigned to %1</source>
        <translation>Ausstehend: %2 wird %1 zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: %2 will be removed from %1</source>
        <translation>Ausstehend: %2 wird von %1 entfernt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>RoleReview</name>
    <message>
        <location filename="../domain/grants/RoleReview.cpp" line="+34"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inherits from</source>
        <translation>erbt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role %1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>Rolle %1: „%2“ → „%3“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ added: %1</source>
        <translation>+ hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>− removed: %1</source>
        <translation>− entfernt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~ changed: %1</source>
        <translation>~ geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1: %2 → %3</source>
        <translation>    %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>RoleReviewDialog</name>
    <message>
        <location filename="../ui/partners/grants/RoleReviewDialog.cpp" line="+28"/>
        <source>if %1</source>
        <translation>wenn %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if %1 is one of:</source>
        <translation>wenn %1 einer dieser Werte ist:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review changes to &quot;%1&quot;</source>
        <translation>Änderungen an „%1“ prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changes on the server.</source>
        <translation>Auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving replaces the role on the server. Everyone holding it gets these changes at once:</source>
        <translation>Speichern ersetzt die Rolle auf dem Server. Alle, die sie haben, erhalten diese Änderungen sofort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+ Added</source>
        <translation>+ Hinzugefügt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>− Removed</source>
        <translation>− Entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>~ Changed</source>
        <translation>~ Geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Security warnings&lt;/b&gt; — read each before saving:</source>
        <translation>&lt;b&gt;Sicherheitswarnungen&lt;/b&gt; — lesen Sie jede vor dem Speichern:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I have checked these warnings and the access is intended.</source>
        <translation>Ich habe diese Warnungen geprüft, der Zugriff ist beabsichtigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save role</source>
        <translation>Rolle speichern</translation>
    </message>
</context>
<context>
    <name>RoleSave</name>
    <message>
        <location filename="../controllers/RoleSave.cpp" line="+44"/>
        <source>as you opened it</source>
        <translation>wie beim Öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherits from</source>
        <translation>Erbt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not saved: signed out.</source>
        <translation>Nicht gespeichert: abgemeldet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+28"/>
        <source>Could not check the role before saving: %1</source>
        <translation>Die Rolle konnte vor dem Speichern nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+43"/>
        <source>The role &quot;%1&quot; no longer exists on the server; it was not saved.</source>
        <translation>Die Rolle „%1“ gibt es auf dem Server nicht mehr; sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Could not check the role before saving: the server&apos;s answer could not be read.</source>
        <translation>Die Rolle konnte vor dem Speichern nicht geprüft werden: Die Antwort des Servers war nicht lesbar.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+48"/>
        <source>Not saved: the review was cancelled.</source>
        <translation>Nicht gespeichert: die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+17"/>
        <location line="+21"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+17"/>
        <location line="+21"/>
        <source>Saved, but the server&apos;s answer could not be read; reload to check.</source>
        <translation>Gespeichert, aber die Antwort des Servers war nicht lesbar; laden Sie zur Kontrolle neu.</translation>
    </message>
</context>
<context>
    <name>RoleSearch</name>
    <message>
        <location filename="../services/api/PermissionsService.cpp" line="-151"/>
        <source>At least one role must be asked for.</source>
        <translation>Mindestens eine Rolle muss angefragt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offset cannot be negative.</source>
        <translation>Der Versatz kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message>
        <location filename="../ui/roles/RolesPane.cpp" line="+53"/>
        <source>Search roles</source>
        <translation>Rollen suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>New role…</source>
        <translation>Neue Rolle …</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+380"/>
        <source>Edit grants…</source>
        <translation>Berechtigungen bearbeiten…</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Duplicate…</source>
        <translation>Duplizieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done to this role, from the audit log</source>
        <translation>Was mit dieser Rolle geschah, aus dem Audit-Log</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holders</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+259"/>
        <source>No roles yet.</source>
        <translation>Noch keine Rollen.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The search&apos;s answer could not be read.</source>
        <translation>Die Antwort der Suche war nicht lesbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Organization root role (applies to everyone)</source>
        <translation>Stammrolle der Organisation (gilt für alle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User roles</source>
        <translation>Benutzerrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share roles (for other organizations)</source>
        <translation>Freigaberollen (für andere Organisationen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner roles (assigned by the partner)</source>
        <translation>Partnerrollen (vom Partner vergeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal roles</source>
        <translation>Portalrollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other roles</source>
        <translation>Weitere Rollen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inherits from %1</source>
        <translation>erbt von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assigned by partner %1</source>
        <translation>vom Partner %1 zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given by the portal</source>
        <translation>vom Portal vergeben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>at most %n people</source>
        <translation>
            <numerusform>höchstens %n Person</numerusform>
            <numerusform>höchstens %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pricing tier %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired: no longer effective</source>
        <translation>Abgelaufen: nicht mehr wirksam</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>No role matches &quot;%1&quot;.</source>
        <translation>Keine Rolle passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 applies to everyone in the organization and limits what every other role can allow.</source>
        <translation>%1 gilt für alle in der Organisation und begrenzt, was jede andere Rolle erlauben kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody holds %1.</source>
        <translation>Niemand hat %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Held by %n people: %1</source>
        <translation>
            <numerusform>%n Person hat diese Rolle: %1</numerusform>
            <numerusform>%n Personen haben diese Rolle: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>View grants…</source>
        <translation>Berechtigungen ansehen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role was not created: %1</source>
        <translation>Die Rolle wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the role %1? Nobody holds it.</source>
        <translation>Die Rolle %1 löschen? Niemand hat sie.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the role %1? %n people hold it and lose what it allows: %2.</source>
        <translation>
            <numerusform>Die Rolle %1 löschen? %n Person hat sie und verliert, was sie erlaubt: %2.</numerusform>
            <numerusform>Die Rolle %1 löschen? %n Personen haben sie und verlieren, was sie erlaubt: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RolesPane.h" line="+32"/>
        <location filename="../ui/shell/MainWindow.cpp" line="-1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>SecurityFindings</name>
    <message numerus="yes">
        <location filename="../domain/security/SecurityFindings.cpp" line="+97"/>
        <source>invited %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag eingeladen</numerusform>
            <numerusform>vor %n Tagen eingeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>held by %n person(s)</source>
        <translation>
            <numerusform>%n Person hat sie</numerusform>
            <numerusform>%n Personen haben sie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>older than %n day(s)</source>
        <translation>
            <numerusform>älter als %n Tag</numerusform>
            <numerusform>älter als %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may write with an administrator role</source>
        <translation>darf mit einer Administratorrolle schreiben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>held by %1, limit %2</source>
        <translation>%1 Personen haben sie, erlaubt sind %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>expired %1, still held by %n person(s)</source>
        <translation>
            <numerusform>abgelaufen am %1, %n Person hat sie noch</numerusform>
            <numerusform>abgelaufen am %1, %n Personen haben sie noch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n active person(s) without MFA and without passkeys</source>
        <translation>
            <numerusform>%n aktive Person ohne MFA und ohne Passkeys</numerusform>
            <numerusform>%n aktive Personen ohne MFA und ohne Passkeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invitation(s) pending for more than %1 days</source>
        <translation>
            <numerusform>%n Einladung seit über %1 Tagen offen</numerusform>
            <numerusform>%n Einladungen seit über %1 Tagen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n deactivated person(s) still holding roles</source>
        <translation>
            <numerusform>%n deaktivierte Person hat noch Rollen</numerusform>
            <numerusform>%n deaktivierte Personen haben noch Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n role(s) allowing every action</source>
        <translation>
            <numerusform>%n Rolle erlaubt jede Aktion</numerusform>
            <numerusform>%n Rollen erlauben jede Aktion</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more than %1 owners</source>
        <translation>Nicht mehr als %1 Eigentümer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n owner(s): more than %1</source>
        <translation>
            <numerusform>%n Eigentümer: mehr als %1</numerusform>
            <numerusform>%n Eigentümer: mehr als %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n API token(s) to review</source>
        <translation>
            <numerusform>%n API-Token zu prüfen</numerusform>
            <numerusform>%n API-Tokens zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partner role(s) over their user limit</source>
        <translation>
            <numerusform>%n Partnerrolle über ihrer Nutzergrenze</numerusform>
            <numerusform>%n Partnerrollen über ihrer Nutzergrenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expired role(s) still held</source>
        <translation>
            <numerusform>%n abgelaufene Rolle noch vergeben</numerusform>
            <numerusform>%n abgelaufene Rollen noch vergeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A stolen password is enough to sign in as these people. Ask them to turn on MFA or to add a passkey.</source>
        <translation>Ein gestohlenes Passwort reicht, um sich als diese Personen anzumelden. Bitten Sie sie, MFA einzuschalten oder einen Passkey hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An invitation link that waits for weeks can reach the wrong person. Resend the invitation or delete the user.</source>
        <translation>Ein Einladungslink, der wochenlang wartet, kann in falsche Hände geraten. Senden Sie die Einladung erneut oder löschen Sie den Benutzer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivated people should hold no roles: if they are activated again, the roles apply at once. Remove the roles.</source>
        <translation>Deaktivierte Personen sollten keine Rollen haben: Werden sie wieder aktiviert, gelten die Rollen sofort. Entfernen Sie die Rollen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A role that allows every action gives its holders the whole organization. Keep them few and their holders fewer.</source>
        <translation>Eine Rolle, die jede Aktion erlaubt, gibt ihren Inhabern die ganze Organisation. Halten Sie solche Rollen und ihre Inhaber so wenige wie möglich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owners may do everything, including removing other owners. Give most of them Administrator or a narrower role.</source>
        <translation>Eigentümer dürfen alles, auch andere Eigentümer entfernen. Geben Sie den meisten die Rolle Administrator oder eine engere Rolle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens that never expire, are older than %1 days, or may write with an administrator role are what an attacker looks for. Revoke the ones no longer needed and create narrower ones.</source>
        <translation>Tokens, die nie ablaufen, älter als %1 Tage sind oder mit einer Administratorrolle schreiben dürfen, sucht ein Angreifer zuerst. Widerrufen Sie die nicht mehr benötigten und erstellen Sie engere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner&apos;s contract limits how many people hold the role. Remove it from the people who no longer need it.</source>
        <translation>Der Vertrag des Partners begrenzt, wie viele Personen die Rolle haben. Entfernen Sie sie bei denen, die sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An expired role grants nothing, but holding it hides who has what. Remove it or give it a new expiry.</source>
        <translation>Eine abgelaufene Rolle erlaubt nichts, verschleiert aber, wer was hat. Entfernen Sie sie oder geben Sie ihr ein neues Ablaufdatum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MFA and passkeys</source>
        <translation>MFA und Passkeys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old invitations</source>
        <translation>Alte Einladungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated people with roles</source>
        <translation>Deaktivierte Personen mit Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles allowing everything</source>
        <translation>Rollen, die alles erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner role limits</source>
        <translation>Grenzen der Partnerrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired roles</source>
        <translation>Abgelaufene Rollen</translation>
    </message>
</context>
<context>
    <name>SecurityOverviewLoad</name>
    <message>
        <location filename="../controllers/SecurityOverviewLoad.cpp" line="+38"/>
        <source>The API tokens could not be listed: %1</source>
        <translation>Die API-Tokens konnten nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>SecurityOverviewPane</name>
    <message>
        <location filename="../ui/security/SecurityOverviewPane.cpp" line="+37"/>
        <location line="+60"/>
        <source>Open in Users</source>
        <translation>In Benutzer öffnen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Open pending invitations</source>
        <translation>Offene Einladungen öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Roles</source>
        <translation>In Rollen öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open People &amp; roles</source>
        <translation>Personen &amp; Rollen öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in API tokens</source>
        <translation>In API-Tokens öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the people, roles and tokens again and run every check (F5)</source>
        <translation>Personen, Rollen und Tokens neu laden und alle Prüfungen ausführen (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the outcome as a dated report</source>
        <translation>Das Ergebnis als datierten Bericht aufbewahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security findings</source>
        <translation>Sicherheitsbefunde</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+110"/>
        <source>Choose a finding to see what to do about it.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Checking the organization&apos;s people, roles and API tokens…</source>
        <translation>Personen, Rollen und API-Tokens der Organisation werden geprüft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check could not run again: %1. The findings shown are from %2.</source>
        <translation>Die Prüfung konnte nicht erneut laufen: %1. Die angezeigten Befunde stammen vom %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked %1: %2 of %3 checks need a look.</source>
        <translation>Geprüft %1: %2 von %3 Prüfungen brauchen Aufmerksamkeit.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Double-click to open</source>
        <translation>Doppelklick zum Öffnen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export security report</source>
        <translation>Sicherheitsbericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report written to %1.</source>
        <translation>Bericht gespeichert in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing checked yet.</source>
        <translation>Noch nichts geprüft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/security/SecurityOverviewPane.h" line="+29"/>
        <location filename="../ui/shell/MainWindow.cpp" line="+6"/>
        <source>Security overview</source>
        <translation>Sicherheitsübersicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SecurityReport</name>
    <message>
        <location filename="../domain/security/SecurityReport.cpp" line="+18"/>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked at (UTC)</source>
        <translation>Geprüft um (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Security overview</source>
        <translation>Sicherheitsübersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked at: %1</source>
        <translation>Geprüft am: %1</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <location filename="../services/network/ServiceCall.cpp" line="+13"/>
        <source>The server&apos;s answer is not the %1 expected.</source>
        <translation>Die Antwort des Servers ist nicht das erwartete %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../ui/shell/SessionController.cpp" line="+26"/>
        <source>The server no longer accepts the token.</source>
        <translation>Der Server akzeptiert das Token nicht mehr.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The token expired at %1.</source>
        <translation>Das Token ist am %1 abgelaufen.</translation>
    </message>
</context>
<context>
    <name>SessionStatusLabels</name>
    <message>
        <location filename="../ui/shell/SessionStatusLabels.cpp" line="+61"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 &lt;%2&gt;</source>
        <translation>Angemeldet als %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (organization %2)</source>
        <translation>%1 (Organisation %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Token expired %1</source>
        <translation>Token abgelaufen %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Token no longer accepted</source>
        <translation>Token wird nicht mehr angenommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token valid until %1</source>
        <translation>Token gültig bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymized</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+48"/>
        <source>Sign in to epilot</source>
        <translation>Bei epilot anmelden</translation>
    </message>
    <message>
        <location filename="../ui/shell/SignInWidgets.cpp" line="+36"/>
        <source>Token not stored</source>
        <translation>Token nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epilot Admin never writes a token in plain text. You can keep the token in memory until you quit; you will have to sign in again next time.</source>
        <translation>epilot Admin schreibt ein Token nie im Klartext. Sie können das Token bis zum Beenden im Speicher behalten; beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep for this run only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another account</source>
        <translation>Anderes Konto</translation>
    </message>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+38"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected profile</source>
        <translation>Ausgewähltes Profil umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected profile and its stored token</source>
        <translation>Ausgewähltes Profil und sein gespeichertes Token löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste an access token</source>
        <translation>Zugriffstoken einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only session</source>
        <translation>Nur-Lese-Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable everything that changes data, whatever the token allows</source>
        <translation>Alles abschalten, was Daten ändert, gleich was das Token erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymized personal data (browser sign-in)</source>
        <translation>Anonymisierte personenbezogene Daten (Anmeldung im Browser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the portal for a token that sees personal data anonymized</source>
        <translation>Beim Portal ein Token anfordern, das personenbezogene Daten nur anonymisiert sieht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign in with browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in on the portal; the token comes back to this app</source>
        <translation>Im Portal anmelden; das Token kommt zu dieser Anwendung zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Correct the profile&apos;s addresses first.</source>
        <translation>Korrigieren Sie zuerst die Adressen des Profils.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the profile:</source>
        <translation>Name des Profils:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>There is already a profile called &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The profile was renamed, but its token could not be moved: %1</source>
        <translation>Das Profil wurde umbenannt, aber sein Token konnte nicht verschoben werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot; and the token stored for it?</source>
        <translation>Das Profil „%1“ und das dafür gespeicherte Token löschen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile was deleted, but its token could not be removed from the keychain: %1</source>
        <translation>Das Profil wurde gelöscht, aber sein Token konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paste a token, or sign in with the browser.</source>
        <translation>Fügen Sie ein Token ein oder melden Sie sich im Browser an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for a stored token…</source>
        <translation>Suche nach gespeichertem Token…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A token is kept for this run. Leave the field empty to use it.</source>
        <translation>Für diese Sitzung ist ein Token hinterlegt. Lassen Sie das Feld leer, um es zu verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is stored in the keychain. Leave the field empty to use it, or paste a new one.</source>
        <translation>Im Schlüsselbund ist ein Token gespeichert. Lassen Sie das Feld leer, um es zu verwenden, oder fügen Sie ein neues ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No token is stored for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Token gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste an access token, or use “Sign in with browser”.</source>
        <translation>Fügen Sie ein Zugriffstoken ein oder verwenden Sie „Im Browser anmelden“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This token expired on %1. Get a new one.</source>
        <translation>Dieses Token ist am %1 abgelaufen. Besorgen Sie ein neues.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No token is stored.</source>
        <translation>Es ist kein Token gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Browser sign-in cancelled.</source>
        <translation>Anmeldung im Browser abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile was removed while signing in.</source>
        <translation>Das Profil wurde während der Anmeldung entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the portal&apos;s token with the server…</source>
        <translation>Das Token des Portals wird beim Server geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed in: the token from the portal does not work. %1</source>
        <translation>Nicht angemeldet: Das Token des Portals funktioniert nicht. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in: the portal&apos;s answer names another account than its token.</source>
        <translation>Nicht angemeldet: Die Antwort des Portals nennt ein anderes Konto als ihr Token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in organization %2</source>
        <translation>%1 in Organisation %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in: you chose not to continue as %1. Nothing was stored.</source>
        <translation>Nicht angemeldet: Sie haben sich entschieden, nicht als %1 fortzufahren. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The portal signed you in as %1, but &quot;%2&quot; was used by another person (user %3). Continue as %1?</source>
        <translation>Das Portal hat Sie als %1 angemeldet, aber „%2“ wurde von einer anderen Person verwendet (Benutzer %3). Als %1 fortfahren?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The portal signed you in as %1, but &quot;%2&quot; was used for organization %3. Continue in organization %4?</source>
        <translation>Das Portal hat Sie als %1 angemeldet, aber „%2“ wurde für die Organisation %3 verwendet. In Organisation %4 fortfahren?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not signed in: the token was not stored. %1</source>
        <translation>Nicht angemeldet: Das Token wurde nicht gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>SignUpPage</name>
    <message>
        <location filename="../ui/account/SignUpPage.cpp" line="+35"/>
        <source>New organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing tier:</source>
        <translation>Tarifstufe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner token:</source>
        <translation>Partner-Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when a partner invitation led here</source>
        <translation>Nur wenn eine Partnereinladung hierher geführt hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password again:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the e-mail:</source>
        <translation>Sprache der E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not sent: correct the marked fields.</source>
        <translation>Nicht gesendet: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not signed up: %1</source>
        <translation>Nicht registriert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed up: organization %1 (%2).</source>
        <translation>Registriert: Organisation %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app/Startup.cpp" line="+36"/>
        <source>The local emulator (epilot-emulator) was not found next to epilot-admin, in the build tree or on PATH. Build it, or set EPILOT_EMULATOR_PATH.</source>
        <translation>Der lokale Emulator (epilot-emulator) wurde weder neben epilot-admin noch im Build-Verzeichnis oder im PATH gefunden. Bauen Sie ihn oder setzen Sie EPILOT_EMULATOR_PATH.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the local emulator with demo data…</source>
        <translation>Der lokale Emulator mit Demodaten wird gestartet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local emulator did not start: %1</source>
        <translation>Der lokale Emulator ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local emulator stopped (exit code %1). Restart epilot Admin with --emulator.</source>
        <translation>Der lokale Emulator wurde beendet (Exit-Code %1). Starten Sie epilot Admin mit --emulator neu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the emulator&apos;s profile: %1</source>
        <translation>Das Profil des Emulators konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no profile called “%1”. Create it or choose another.</source>
        <translation>Es gibt kein Profil namens „%1“. Legen Sie es an oder wählen Sie ein anderes.</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../services/session/StartupOptions.cpp" line="+22"/>
        <source>Administer an epilot organization: users, groups, partners, roles and settings.</source>
        <translation>Verwaltung einer epilot-Organisation: Benutzer, Gruppen, Partner, Rollen und Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with the saved profile NAME.</source>
        <translation>Mit dem gespeicherten Profil NAME anmelden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URL of the %1.</source>
        <translation>Basis-URL der %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the local epilot emulator with demo data and sign in to it.</source>
        <translation>Den lokalen epilot-Emulator mit Demodaten starten und sich dort anmelden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--profile: %1</source>
        <translation>--profile: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--emulator chooses its own profile and addresses; it cannot be combined with --profile or the --*-api options.</source>
        <translation>--emulator wählt Profil und Adressen selbst; es kann nicht mit --profile oder den Optionen --*-api kombiniert werden.</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <location filename="../services/network/StrictJson.cpp" line="+117"/>
        <source>The answer is nested deeper than %1 levels.</source>
        <translation>Die Antwort ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The answer names the field &quot;%1&quot; twice in one object.</source>
        <translation>Die Antwort nennt das Feld „%1“ zweimal in einem Objekt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The answer holds the number %1, too large to read exactly.</source>
        <translation>Die Antwort enthält die Zahl %1, die zu groß ist, um sie genau zu lesen.</translation>
    </message>
</context>
<context>
    <name>StyledGrantTreeModel</name>
    <message>
        <location filename="../ui/partners/grants/StyledGrantTreeModel.cpp" line="+34"/>
        <source>needs: %1</source>
        <translation>braucht: %1</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <location filename="../services/session/TokenCheck.cpp" line="+35"/>
        <source>The token expired on %1.</source>
        <translation>Das Token ist am %1 abgelaufen.</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <location filename="../services/session/TokenClaims.cpp" line="+45"/>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is not a JSON Web Token (expected three parts separated by dots).</source>
        <translation>Das Token ist kein JSON Web Token (erwartet sind drei durch Punkte getrennte Teile).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token&apos;s payload is not valid base64url.</source>
        <translation>Die Nutzdaten des Tokens sind kein gültiges base64url.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>Die Nutzdaten des Tokens sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../services/session/TokenClaims.h" line="+50"/>
        <source>No token.</source>
        <translation>Kein Token.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../services/session/TokenStore.cpp" line="+19"/>
        <source>No keychain is available on this computer (no Secret Service such as GNOME Keyring or KWallet answers on D-Bus). The token can be kept for this session only. (%1)</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (kein Secret Service wie GNOME Keyring oder KWallet antwortet über D-Bus). Das Token kann nur für diese Sitzung behalten werden. (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain refused access; it may be locked. (%1)</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert; er ist vielleicht gesperrt. (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Token gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has no name.</source>
        <translation>Das Profil hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is empty; nothing was stored.</source>
        <translation>Das Token ist leer; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../services/network/UrlPolicy.cpp" line="+9"/>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>„%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has no host name.</source>
        <translation>„%1“ enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain http:// is only allowed for this computer (localhost); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt; verwenden Sie https:// für %1.</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <location filename="../domain/users/User.cpp" line="+10"/>
        <source>A user without an id.</source>
        <translation>Ein Benutzer ohne ID.</translation>
    </message>
</context>
<context>
    <name>UserBatchAction</name>
    <message>
        <location filename="../controllers/UserBatchAction.cpp" line="+17"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resend invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send password reset</source>
        <translation>Passwort-Zurücksetzung senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No role chosen</source>
        <translation>Keine Rolle gewählt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>did not have it</source>
        <translation>hatte sie nicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>UserDetailPanel</name>
    <message>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+37"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+347"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Saved. The new e-mail address waits for %1 to confirm it.</source>
        <translation>Gespeichert. Die neue E-Mail-Adresse wartet auf die Bestätigung durch %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+168"/>
        <source>Select a user to see and edit the details.</source>
        <translation>Wählen Sie einen Benutzer, um die Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done to this user, from the audit log</source>
        <translation>Was mit diesem Benutzer geschah, aus dem Audit-Log</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>German (de)</source>
        <translation>Deutsch (de)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English (en)</source>
        <translation>Englisch (en)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the signature to e-mails</source>
        <translation>Signatur an E-Mails anhängen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTML, e.g. &lt;p&gt;Best regards&lt;/p&gt;</source>
        <translation>HTML, z. B. &lt;p&gt;Mit freundlichen Grüßen&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of the signature</source>
        <translation>Vorschau der Signatur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+188"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+60"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The user could not be loaded: %1</source>
        <translation>Der Benutzer konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2 · id %3</source>
        <translation>%1 · %2 · ID %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pending change to %1: it takes effect when the user confirms it from the verification e-mail.</source>
        <translation>Ausstehende Änderung auf %1: Sie wird wirksam, sobald der Benutzer sie über die Bestätigungs-E-Mail bestätigt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In no group</source>
        <translation>In keiner Gruppe</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>Changed, not saved yet</source>
        <translation>Geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not saved: a role change failed (see Roles).</source>
        <translation>Nicht gespeichert: eine Rollenänderung ist fehlgeschlagen (siehe Rollen).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Their version of %1 is in the form now. Your other edits are kept, not saved yet.</source>
        <translation>Deren Fassung von %1 steht jetzt im Formular. Ihre anderen Änderungen bleiben erhalten, noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <location filename="../controllers/UserEditor.cpp" line="+66"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secondary phone</source>
        <translation>Zweite Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature enabled</source>
        <translation>Signatur aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start page must be a path that begins with /app/.</source>
        <translation>Die Startseite muss ein Pfad sein, der mit /app/ beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preferred language is a two-letter code such as de or en.</source>
        <translation>Die bevorzugte Sprache ist ein Code aus zwei Buchstaben wie de oder en.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Someone else changed %1 while you were editing. Your edits are kept; choose which version to keep.</source>
        <translation>Jemand anderes hat %1 geändert, während Sie bearbeitet haben. Ihre Änderungen bleiben erhalten; wählen Sie, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The form was loaded again before the server answered; check the values shown.</source>
        <translation>Das Formular wurde neu geladen, bevor der Server antwortete; prüfen Sie die angezeigten Werte.</translation>
    </message>
</context>
<context>
    <name>UserExportDialog</name>
    <message>
        <location filename="../ui/users/UserExportDialog.cpp" line="+28"/>
        <location line="+98"/>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for spreadsheets (Excel, LibreOffice)</source>
        <translation>CSV für Tabellenkalkulationen (Excel, LibreOffice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values that begin with + - = or @ get an apostrophe in front, so that a spreadsheet does not run them as formulas. Phone numbers such as +49 30 … therefore read &apos;+49 30 … in the file; the spreadsheet shows them without it.</source>
        <translation>Werte, die mit + - = oder @ beginnen, bekommen ein Apostroph vorangestellt, damit eine Tabellenkalkulation sie nicht als Formel ausführt. Telefonnummern wie +49 30 … stehen deshalb als &apos;+49 30 … in der Datei; die Tabellenkalkulation zeigt sie ohne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain CSV for scripts</source>
        <translation>Einfaches CSV für Skripte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every value exactly as stored, nothing added. Do not open this file in a spreadsheet if a value could be read as a formula.</source>
        <translation>Jeder Wert genau wie gespeichert, nichts hinzugefügt. Öffnen Sie diese Datei nicht in einer Tabellenkalkulation, wenn ein Wert als Formel gelesen werden könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field exactly as stored, for scripts and backups.</source>
        <translation>Jedes Feld genau wie gespeichert, für Skripte und Sicherungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the file to export to.</source>
        <translation>Wählen Sie die Datei, in die exportiert werden soll.</translation>
    </message>
</context>
<context>
    <name>UserExporter</name>
    <message>
        <location filename="../controllers/UserExporter.cpp" line="+74"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n user(s) exported.</source>
        <translation>
            <numerusform>%n Benutzer exportiert.</numerusform>
            <numerusform>%n Benutzer exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <location filename="../models/UserListModel.cpp" line="+79"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no name yet)</source>
        <translation>(noch kein Name)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passkeys</source>
        <translation>Passkeys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading users failed.</source>
        <translation>Laden der Benutzer fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <location filename="../ui/users/UserPicker.cpp" line="+39"/>
        <source>Click a person to remove them</source>
        <translation>Klicken Sie auf eine Person, um sie zu entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add people: type a name or e-mail</source>
        <translation>Personen hinzufügen: Name oder E-Mail eingeben</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody found.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a person to add them.</source>
        <translation>Klicken Sie auf eine Person, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>UserRolesSection</name>
    <message>
        <location filename="../ui/users/UserRolesSection.cpp" line="+21"/>
        <source>Add a role…</source>
        <translation>Rolle hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role named &quot;%1&quot; in this organization. Pick one from the list.</source>
        <translation>Keine Rolle namens „%1“ in dieser Organisation. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed these roles meanwhile (%1). Their change is kept; yours is applied on top.</source>
        <translation>Jemand anderes hat diese Rollen inzwischen geändert (%1). Diese Änderung bleibt erhalten; Ihre wird zusätzlich angewendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles not saved: %1</source>
        <translation>Rollen nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role list could not be loaded: %1</source>
        <translation>Die Rollenliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added, not saved yet</source>
        <translation>Hinzugefügt, noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed, not saved yet</source>
        <translation>Entfernt, noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No role of its own: only the organization&apos;s root role applies.</source>
        <translation>Keine eigene Rolle: Es gilt nur die Stammrolle der Organisation.</translation>
    </message>
</context>
<context>
    <name>UserSettingsPage</name>
    <message>
        <location filename="../ui/account/UserSettingsPage.cpp" line="+30"/>
        <source>Scopes and keys</source>
        <translation>Bereiche und Schlüssel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. calendar (at most %1 characters)</source>
        <translation>z. B. calendar (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. visible_calendars (at most %1 characters)</source>
        <translation>z. B. visible_calendars (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save setting</source>
        <translation>Einstellung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete setting…</source>
        <translation>Einstellung löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value (any JSON, at most 64 KiB):</source>
        <translation>Wert (beliebiges JSON, höchstens 64 KiB):</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not load the user settings: %1</source>
        <translation>Die Benutzereinstellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No user settings yet. Enter a scope, a key and a value, then press Save setting.</source>
        <translation>Noch keine Benutzereinstellungen. Geben Sie Bereich, Schlüssel und Wert ein und klicken Sie dann auf „Einstellung speichern“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The whole scope is shown. Choose a key to edit one value.</source>
        <translation>Der ganze Bereich wird angezeigt. Wählen Sie einen Schlüssel, um einen Wert zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last changed %1.</source>
        <translation>Zuletzt geändert %1.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+45"/>
        <location line="+15"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Checking for changes made by others…</source>
        <translation>Prüfe auf Änderungen anderer…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved yet: someone else changed %1 / %2 since you opened it. Choose which version to keep.</source>
        <translation>Noch nicht gespeichert: Jemand anderes hat %1 / %2 geändert, seit Sie es geöffnet haben. Wählen Sie, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 / %2 was changed elsewhere; the server&apos;s value is shown.</source>
        <translation>%1 / %2 wurde anderswo geändert; der Wert des Servers wird angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1 / %2.</source>
        <translation>%1 / %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete user setting</source>
        <translation>Benutzereinstellung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your setting %1 / %2?</source>
        <translation>Ihre Einstellung %1 / %2 löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted %1 / %2.</source>
        <translation>%1 / %2 gelöscht.</translation>
    </message>
</context>
<context>
    <name>UserTableColumns</name>
    <message>
        <location filename="../ui/users/UserTableColumns.cpp" line="+192"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <location filename="../ui/users/UsersPane.cpp" line="+96"/>
        <source>Search by name or e-mail</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show users with this status</source>
        <translation>Benutzer mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+66"/>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Invite people by e-mail (Ctrl+N)</source>
        <translation>Personen per E-Mail einladen (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending invitations</source>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the listed users as CSV or JSON</source>
        <translation>Die aufgelisteten Benutzer als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <location line="+459"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>Resend invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send password reset</source>
        <translation>Passwort-Zurücksetzung senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a role to the selected people, or remove one from them</source>
        <translation>Den ausgewählten Personen eine Rolle hinzufügen oder entziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a role…</source>
        <translation>Rolle hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a role…</source>
        <translation>Rolle entfernen …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No users match. Change the search or the status shown, or invite people.</source>
        <translation>Keine passenden Benutzer. Ändern Sie die Suche oder den angezeigten Status, oder laden Sie Personen ein.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to %1 are not saved yet. Save them first?</source>
        <translation>Die Änderungen an %1 sind noch nicht gespeichert. Zuerst speichern?</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Loading stopped: %1 The users loaded so far stay listed.</source>
        <translation>Laden abgebrochen: %1 Die bisher geladenen Benutzer bleiben aufgelistet.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n Benutzer geladen, weitere beim Blättern</numerusform>
            <numerusform>%n Benutzer geladen, weitere beim Blättern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · possibly out of date</source>
        <translation> · möglicherweise veraltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the list…</source>
        <translation>Liste wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… und %n weiterer</numerusform>
            <numerusform>
… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete these %n user(s)? This cannot be undone.

%1</source>
        <translation>
            <numerusform>Diesen Benutzer löschen? Das kann nicht rückgängig gemacht werden.

%1</numerusform>
            <numerusform>Diese %n Benutzer löschen? Das kann nicht rückgängig gemacht werden.

%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Send the invitation e-mail again to these %n person(s)?

%1</source>
        <translation>
            <numerusform>Die Einladungs-E-Mail erneut an diese Person senden?

%1</numerusform>
            <numerusform>Die Einladungs-E-Mail erneut an diese %n Personen senden?

%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Send a password reset e-mail to these %n user(s)? Their current password keeps working until they set a new one.

%1</source>
        <translation>
            <numerusform>Diesem Benutzer eine E-Mail zum Zurücksetzen des Passworts senden? Das aktuelle Passwort gilt weiter, bis ein neues gesetzt ist.

%1</numerusform>
            <numerusform>Diesen %n Benutzern eine E-Mail zum Zurücksetzen des Passworts senden? Die aktuellen Passwörter gelten weiter, bis neue gesetzt sind.

%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>failed – %1</source>
        <translation>fehlgeschlagen – %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 of %3 succeeded.
%4</source>
        <translation>%1: %2 von %3 erfolgreich.
%4</translation>
    </message>
    <message>
        <location filename="../ui/users/UserExportProgress.cpp" line="+21"/>
        <source>Exporting users…</source>
        <translation>Benutzer werden exportiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exporting users… %n written</source>
        <translation>
            <numerusform>Benutzer werden exportiert… %n geschrieben</numerusform>
            <numerusform>Benutzer werden exportiert… %n geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="-10"/>
        <location filename="../ui/users/UsersPane.h" line="+32"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPaneRoles.cpp" line="+21"/>
        <source>The organization&apos;s roles are still loading. Try again in a moment.</source>
        <translation>Die Rollen der Organisation werden noch geladen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organization&apos;s roles could not be loaded: %1</source>
        <translation>Die Rollen der Organisation konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add the role &quot;%1&quot;</source>
        <translation>Rolle „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the role &quot;%1&quot;</source>
        <translation>Rolle „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>WhatIfCheck</name>
    <message>
        <location filename="../domain/grants/WhatIfCheck.cpp" line="+51"/>
        <source>The condition %1 of &quot;%2&quot; cannot be evaluated here and was taken as not holding.</source>
        <translation>Die Bedingung %1 von „%2“ kann hier nicht ausgewertet werden und gilt als nicht erfüllt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No current user given, so &quot;%1&quot; does not apply.</source>
        <translation>Kein aktueller Benutzer angegeben, daher gilt „%1“ nicht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No value given for &quot;%1&quot;, so &quot;%2&quot; does not apply.</source>
        <translation>Kein Wert für „%1“ angegeben, daher greift „%2“ nicht.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied by an explicit deny</source>
        <translation>Durch ein ausdrückliches Verbot abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed (no grant allows it)</source>
        <translation>Nicht erlaubt (keine Berechtigung erlaubt es)</translation>
    </message>
</context>
<context>
    <name>WhatIfCheck::Answer</name>
    <message>
        <location line="+9"/>
        <source>  decided by: %1</source>
        <translation>  entschieden durch: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approximation of the server&apos;s rules: an explicit deny wins, every condition must hold.</source>
        <translation>Eine Näherung an die Regeln des Servers: Ein ausdrückliches Verbot gewinnt, jede Bedingung muss erfüllt sein.</translation>
    </message>
</context>
<context>
    <name>WhatIfPage</name>
    <message>
        <location filename="../ui/partners/grants/WhatIfPage.cpp" line="+22"/>
        <source>e.g. entity:739224:opportunity:4f1c…</source>
        <translation>z. B. entity:739224:opportunity:4f1c…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute values:</source>
        <translation>Attributwerte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Would this role (as edited, not yet saved) allow it? An approximation of the server&apos;s rules: an explicit deny wins over any allow, every condition of a grant must hold, and without an allow nothing is allowed. Other roles of the user are not considered.</source>
        <translation>Würde diese Rolle (wie bearbeitet, noch nicht gespeichert) es erlauben? Eine Näherung an die Regeln des Servers: Ein ausdrückliches Verbot gewinnt über jede Erlaubnis, jede Bedingung einer Berechtigung muss erfüllt sein, und ohne Erlaubnis ist nichts erlaubt. Andere Rollen des Benutzers werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Decided by:</source>
        <translation>Entschieden durch:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approximation of the server&apos;s evaluation, for this role alone.</source>
        <translation>Näherung an die Auswertung des Servers, nur für diese Rolle.</translation>
    </message>
</context>
<context>
    <name>WhoCanPage</name>
    <message>
        <location filename="../ui/roles/WhoCanPage.cpp" line="+30"/>
        <source>e.g. opportunity:4f1c… (empty: no resource)</source>
        <translation>z. B. opportunity:4f1c… (leer: keine Ressource)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who can do an action on a resource, whatever the record&apos;s attributes: the people whose roles allow it under the root role&apos;s ceiling, without an explicit deny. Computed here from the roles and assignments: an approximation of the server&apos;s decision.</source>
        <translation>Wer eine Aktion auf einer Ressource ausführen darf, unabhängig von den Attributen des Datensatzes: die Personen, deren Rollen es unterhalb der Obergrenze der Stammrolle erlauben, ohne ausdrückliches Verbot. Hier aus den Rollen und Zuweisungen berechnet: eine Annäherung an die Entscheidung des Servers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given by role</source>
        <translation>Erteilt durch Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only where</source>
        <translation>Nur wenn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click a person to see their permissions</source>
        <translation>Doppelklicken Sie auf eine Person, um ihre Berechtigungen zu sehen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter an action, e.g. entity:view.</source>
        <translation>Geben Sie eine Aktion ein, z. B. entity:view.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody can.</source>
        <translation>Niemand darf es.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n person(s) can.</source>
        <translation>
            <numerusform>%n Person darf es.</numerusform>
            <numerusform>%n Personen dürfen es.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more hold(s) an allow that an explicit deny of their roles overrides.</source>
        <translation>
            <numerusform>%n weitere Person hat eine Erlaubnis, die ein ausdrückliches Verbot ihrer Rollen aufhebt.</numerusform>
            <numerusform>%n weitere Personen haben eine Erlaubnis, die ein ausdrückliches Verbot ihrer Rollen aufhebt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more hold(s) an allow that the root role does not let through (%1).</source>
        <translation>
            <numerusform>%n weitere Person hat eine Erlaubnis, die die Stammrolle nicht durchlässt (%1).</numerusform>
            <numerusform>%n weitere Personen haben eine Erlaubnis, die die Stammrolle nicht durchlässt (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more hold(s) an allow that the root role does not let through.</source>
        <translation>
            <numerusform>%n weitere Person hat eine Erlaubnis, die die Stammrolle nicht durchlässt.</numerusform>
            <numerusform>%n weitere Personen haben eine Erlaubnis, die die Stammrolle nicht durchlässt.</numerusform>
        </translation>
    </message>
</context>
</TS>
