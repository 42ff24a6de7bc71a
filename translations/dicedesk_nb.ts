<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>BackendError</name>
    <message>
        <source>You do not have permission to do this with the roles you hold.</source>
        <translation>Du har ikke tilgang til å gjøre dette med rollene du har.</translation>
    </message>
    <message>
        <source>The database refused the input: %1</source>
        <extracomment>%1 is the database&apos;s own explanation of what was wrong with the input.</extracomment>
        <translation>Databasen avviste inndataene: %1</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Refresh and try again.</source>
        <translation>Noen andre endret dette samtidig. Oppdater og prøv igjen.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Posten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The connection to the database was lost or could not be opened.</source>
        <translation>Tilkoblingen til databasen ble brutt eller kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>The database took too long to answer, so the request was stopped.</source>
        <translation>Databasen brukte for lang tid på å svare, så forespørselen ble stoppet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Forespørselen ble avbrutt.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log.</source>
        <translation>Noe uventet gikk galt. Detaljene står i loggen.</translation>
    </message>
    <message>
        <source>The server did not accept the login. Check the user name, password and certificate settings.</source>
        <translation>Serveren godtok ikke påloggingen. Sjekk brukernavn, passord og sertifikatinnstillinger.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>%1 @ %2</source>
        <extracomment>%1 is the database login, %2 the server (host name, or &quot;local socket&quot;)</extracomment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokal socket</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Gi profilen et navn.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Skriv inn serverens vertsnavn eller adresse.</translation>
    </message>
    <message>
        <source>A host name cannot start with &quot;/&quot;. For a socket folder, choose the connection type &quot;Local socket&quot;.</source>
        <extracomment>&quot;Local socket&quot; is the name of the connection type in the form</extracomment>
        <translation>Et vertsnavn kan ikke begynne med «/». Velg tilkoblingstypen «Lokal socket» for en socketmappe.</translation>
    </message>
    <message>
        <source>Enter the folder that holds the server&apos;s socket.</source>
        <translation>Skriv inn mappen som inneholder serverens socket.</translation>
    </message>
    <message>
        <source>The socket folder must be an absolute path (starting with &quot;/&quot;).</source>
        <translation>Socketmappen må være en absolutt sti (som begynner med «/»).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Porten må være et tall fra 1 til 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Skriv inn navnet på databasen.</translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation>Skriv inn brukernavnet du vil logge inn med.</translation>
    </message>
    <message>
        <source>SSL mode %1 needs a CA certificate file to check the server against.</source>
        <extracomment>%1 is the SSL mode keyword, verify-ca or verify-full</extracomment>
        <translation>SSL-modusen %1 krever en CA-sertifikatfil å kontrollere serveren mot.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist or cannot be read.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>CA-sertifikatfilen %1 finnes ikke eller kan ikke leses.</translation>
    </message>
    <message>
        <source>Operator mode needs the id of the admin user to act as.</source>
        <translation>Operatørmodus krever ID-en til administratoren påloggingen skal opptre som.</translation>
    </message>
    <message>
        <source>The profile name</source>
        <translation>Profilnavnet</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>Verten</translation>
    </message>
    <message>
        <source>The socket folder</source>
        <translation>Socketmappen</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Databasenavnet</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>Brukernavnet</translation>
    </message>
    <message>
        <source>The CA file path</source>
        <translation>Stien til CA-filen</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Passordet</translation>
    </message>
    <message>
        <source>%1 contains a NUL character, which cannot be sent to the server.</source>
        <extracomment>%1 names the field, e.g. &quot;The user name&quot;</extracomment>
        <translation>%1 inneholder et NUL-tegn, som ikke kan sendes til serveren.</translation>
    </message>
    <message>
        <source>Local demo</source>
        <extracomment>Name of the built-in profile for the private demo database on this computer</extracomment>
        <translation>Lokal demo</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No password is saved for this profile. Type it to connect.</source>
        <translation>Det er ikke lagret noe passord for denne profilen. Skriv det inn for å koble til.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the password cannot be remembered. Type it to connect; it is used for this session only.</source>
        <translation>Systemets nøkkelring er ikke tilgjengelig, så passordet kan ikke huskes. Skriv det inn for å koble til; det brukes bare i denne økten.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so the saved password cannot be used. Unlock it and reopen this dialog, or type the password; it is used for this session only.</source>
        <translation>Systemets nøkkelring er låst eller nektet tilgang, så det lagrede passordet kan ikke brukes. Lås den opp og åpne denne dialogboksen på nytt, eller skriv inn passordet; det brukes bare i denne økten.</translation>
    </message>
    <message>
        <source>The system keychain reported an error, so the password cannot be remembered. Type it to connect; it is used for this session only.</source>
        <translation>Systemets nøkkelring rapporterte en feil, så passordet kan ikke huskes. Skriv det inn for å koble til; det brukes bare i denne økten.</translation>
    </message>
</context>
<context>
    <name>dicedesk::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Kommandopalett</translation>
    </message>
    <message>
        <source>Search panes, actions, users, achievements, requests…</source>
        <translation>Søk i visninger, handlinger, brukere, prestasjoner, forespørsler…</translation>
    </message>
    <message>
        <source>Command palette search</source>
        <translation>Søk i kommandopaletten</translation>
    </message>
    <message>
        <source>Type to filter. Start with &gt; for actions only, @ for users only, # for award requests only.</source>
        <extracomment>Tooltip of the command palette&apos;s search field: the prefixes that narrow the list</extracomment>
        <translation>Skriv for å filtrere. Begynn med &gt; for bare handlinger, @ for bare brukere, # for bare belønningsforespørsler.</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Resultater i kommandopaletten</translation>
    </message>
    <message>
        <source>↑↓ move · Enter open · Esc close · &gt; actions · @ users · # requests</source>
        <extracomment>Footer of the command palette: keys and search prefixes</extracomment>
        <translation>↑↓ flytt · Enter åpne · Esc lukk · &gt; handlinger · @ brukere · # forespørsler</translation>
    </message>
    <message>
        <source>Command palette help</source>
        <translation>Hjelp for kommandopaletten</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Søkestatus</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <source>Search text is too long</source>
        <translation>Søketeksten er for lang</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
</context>
<context>
    <name>dicedesk::ConnectDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Koble til en database</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Tilkoblingsprofiler</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;y</translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>Name given to a new connection profile</extracomment>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliser</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Dupliser profilen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;lett</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Slett profilen</translation>
    </message>
    <message>
        <source>This profile is built in: it opens the private demo database on this computer. Duplicate it to make a copy you can change.</source>
        <translation>Denne profilen er innebygd: den åpner den private demodatabasen på denne datamaskinen. Dupliser den for å lage en kopi du kan endre.</translation>
    </message>
    <message>
        <source>About this profile</source>
        <translation>Om denne profilen</translation>
    </message>
    <message>
        <source>Connection progress</source>
        <translation>Tilkoblingsfremdrift</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Tilkoblingsstatus</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A profile name made unique: %1 the name, %2 a number</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <extracomment>Name of a duplicated profile; %1 is the original&apos;s name</extracomment>
        <translation>Kopi av %1</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved password? This cannot be undone.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Slette profilen «%1» og det lagrede passordet? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user id. Enter the admin user&apos;s id, like 00000000-0000-4000-8000-000000000001.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>«%1» er ikke en bruker-ID. Skriv inn administratorens ID, for eksempel 00000000-0000-4000-8000-000000000001.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>Det finnes allerede en profil som heter «%1». Velg et annet navn.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Kobler til %1…</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Lagrer passordet i systemets nøkkelring…</translation>
    </message>
    <message>
        <source>The profile cannot be used as it is.</source>
        <translation>Profilen kan ikke brukes slik den er.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>%1 the reason in plain words, %2 the server&apos;s or libpq&apos;s own message</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Tilkoblingen ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>dicedesk::DailyEconomyModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Minted</source>
        <translation>Preget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Brukt</translation>
    </message>
</context>
<context>
    <name>dicedesk::DetailPanel</name>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Detail title</source>
        <translation>Detaljtittel</translation>
    </message>
    <message>
        <source>No row selected</source>
        <translation>Ingen rad valgt</translation>
    </message>
    <message>
        <source>Related entry</source>
        <translation>Relatert postering</translation>
    </message>
</context>
<context>
    <name>dicedesk::EconomyChart</name>
    <message>
        <source>Minted</source>
        <translation>Preget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <source>Chart of coins minted and spent per day</source>
        <translation>Diagram over pregede og brukte mynter per dag</translation>
    </message>
    <message>
        <source>Coins per day, last 30 full days</source>
        <translation>Mynter per dag, siste 30 hele dager</translation>
    </message>
</context>
<context>
    <name>dicedesk::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Which part of the platform sent the event (planner, play, admin, ...)</extracomment>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>The event&apos;s idempotency key</extracomment>
        <translation>Nøkkel</translation>
    </message>
</context>
<context>
    <name>dicedesk::EventLogPane</name>
    <message>
        <source>Event log</source>
        <translation>Hendelseslogg</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Hendelse:</translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation>Filter for hendelsestype</translation>
    </message>
    <message>
        <source>Show only events of this type</source>
        <translation>Vis bare hendelser av denne typen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle hendelser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Velg en hendelse for å se detaljene.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>The same moment in UTC, as stored</extracomment>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Events: %1 · all shown</source>
        <extracomment>All events are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Hendelser: %1 · alle vises</translation>
    </message>
    <message>
        <source>≈ %1 events · %2 shown</source>
        <extracomment>%1 is the estimated number of events, %2 how many the list holds so far</extracomment>
        <translation>≈ %1 hendelser · %2 vises</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Laster hendelser…</translation>
    </message>
    <message>
        <source>Show this user&apos;s &amp;events</source>
        <translation>Vis brukerens &amp;hendelser</translation>
    </message>
</context>
<context>
    <name>dicedesk::FigureCard</name>
    <message>
        <source>%1 in the last 7 days</source>
        <extracomment>%1 is a number already formatted for the user&apos;s locale</extracomment>
        <translation>%1 de siste 7 dagene</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>Screen-reader text of an overview card: %1 figure name, %2 value, %3 what it covers</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>dicedesk::KeysetListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>Loading the next rows…</source>
        <translation>Laster flere rader…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <extracomment>A row whose data is being fetched again, or could not be</extracomment>
        <translation>Ikke lastet</translation>
    </message>
</context>
<context>
    <name>dicedesk::KeysetListPane</name>
    <message>
        <source>List status</source>
        <translation>Listestatus</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Load the list again from the newest row (%1)</source>
        <translation>Last inn listen på nytt fra den nyeste raden (%1)</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Oppdater listen</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer på bruker</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt lastingen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>All users — type a name</source>
        <translation>Alle brukere – skriv et navn</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Brukerfilter</translation>
    </message>
    <message>
        <source>Show only rows about one user (%1)</source>
        <translation>Vis bare rader om én bruker (%1)</translation>
    </message>
    <message>
        <source>&amp;Jump to:</source>
        <extracomment>Label of a date field: the list shows rows from that day and older</extracomment>
        <translation>Hopp &amp;til:</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Hopp til dato</translation>
    </message>
    <message>
        <source>Show rows from this day and older</source>
        <translation>Vis rader fra denne dagen og eldre</translation>
    </message>
    <message>
        <source>Newest</source>
        <extracomment>Shown in the jump-to-date field when no date is chosen</extracomment>
        <translation>Nyeste</translation>
    </message>
    <message>
        <source>Back to the newest rows</source>
        <translation>Tilbake til de nyeste radene</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Kopier &amp;ID</translation>
    </message>
    <message>
        <source>List and details</source>
        <translation>Liste og detaljer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>Loading was cancelled. Double-click the last row to go on, or press %1 to start again.</source>
        <extracomment>%1 is the refresh key (F5)</extracomment>
        <translation>Lastingen ble avbrutt. Dobbeltklikk på den siste raden for å fortsette, eller trykk %1 for å begynne på nytt.</translation>
    </message>
</context>
<context>
    <name>dicedesk::LedgerModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>The reason code of a ledger entry (event_reward, shop_purchase, ...)</extracomment>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Coins: positive when earned, negative when spent</extracomment>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>%1 (reversal)</source>
        <translation>%1 (tilbakeføring)</translation>
    </message>
</context>
<context>
    <name>dicedesk::LedgerPane</name>
    <message>
        <source>Coin ledger</source>
        <translation>Myntregnskap</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Velg en postering for å se detaljene.</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <extracomment>%1 is a signed amount of coins, e.g. &quot;+100&quot; or &quot;−30&quot;</extracomment>
        <translation>%1 mynter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>The same moment in UTC, as stored</extracomment>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Ledger entry type: coins added to the wallet or taken from it</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Opptjent</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reverses entry %1</source>
        <translation>Tilbakefører postering %1</translation>
    </message>
    <message>
        <source>The reversed entry is further down the list; its id was copied.</source>
        <translation>Den tilbakeførte posteringen står lenger ned i listen; ID-en er kopiert.</translation>
    </message>
    <message>
        <source>Entries: %1 · all shown</source>
        <extracomment>All ledger entries are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Posteringer: %1 · alle vises</translation>
    </message>
    <message>
        <source>≈ %1 entries · %2 shown</source>
        <extracomment>%1 is the estimated number of ledger entries, %2 how many the list holds so far</extracomment>
        <translation>≈ %1 posteringer · %2 vises</translation>
    </message>
    <message>
        <source>Loading ledger entries…</source>
        <translation>Laster posteringer i myntregnskapet…</translation>
    </message>
    <message>
        <source>Show this user&apos;s &amp;entries</source>
        <translation>Vis brukerens &amp;posteringer</translation>
    </message>
</context>
<context>
    <name>dicedesk::LoadProgressStrip</name>
    <message>
        <source>Loading progress</source>
        <translation>Lastefremdrift</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laster</translation>
    </message>
    <message>
        <source>What is loading</source>
        <translation>Hva som lastes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt lastingen</translation>
    </message>
    <message>
        <source>Stop the query on the server (Esc)</source>
        <extracomment>Esc is the key on the keyboard</extracomment>
        <translation>Stopp spørringen på serveren (Esc)</translation>
    </message>
</context>
<context>
    <name>dicedesk::MainWindow</name>
    <message>
        <source>DiceDesk</source>
        <translation>DiceDesk</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Logget inn som</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Current tenant</source>
        <translation>Gjeldende organisasjon</translation>
    </message>
    <message>
        <source>This login is not linked to a DiceDesk user.</source>
        <translation>Denne påloggingen er ikke knyttet til en DiceDesk-bruker.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the reason, %2 the technical detail from the server</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Header text: %1 user&apos;s name, %2 their role summary</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your roles do not include any of DiceDesk&apos;s panes yet. Ask a system admin for tenant admin or designer rights.</source>
        <translation>Rollene dine gir ennå ikke tilgang til noen av DiceDesks visninger. Be en systemadministrator om administrator- eller designertilgang.</translation>
    </message>
    <message>
        <source>system admin</source>
        <translation>systemadministrator</translation>
    </message>
    <message>
        <source>tenant admin</source>
        <translation>organisasjonsadministrator</translation>
    </message>
    <message>
        <source>designer</source>
        <translation>designer</translation>
    </message>
    <message>
        <source>member</source>
        <translation>medlem</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Tilkoblingsstatus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Switch &amp;connection…</source>
        <translation>Bytt &amp;tilkobling…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Kommandopalett…</translation>
    </message>
    <message>
        <source>Switch &amp;tenant</source>
        <translation>Bytt &amp;organisasjon</translation>
    </message>
    <message>
        <source>Search…  %1</source>
        <extracomment>Header button that opens the command palette; %1 is its shortcut (Ctrl+K)</extracomment>
        <translation>Søk…  %1</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Kommandopalett</translation>
    </message>
    <message>
        <source>Jump to a pane, user, achievement or request</source>
        <translation>Gå til en visning, bruker, prestasjon eller forespørsel</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n pending approval(s)</source>
        <extracomment>Screen-reader name of a rail item with a badge; %1 pane, %n pending requests</extracomment>
        <translation>
            <numerusform>%1, %n ventende godkjenning</numerusform>
            <numerusform>%1, %n ventende godkjenninger</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting… Work in progress will continue once it is back.</source>
        <translation>Tilkoblingen til databasen ble brutt. Kobler til igjen… Pågående arbeid fortsetter når den er tilbake.</translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Koblet til databasen igjen.</translation>
    </message>
    <message>
        <source>The database could not be reached again. Check the network and retry.</source>
        <translation>Databasen kunne ikke nås igjen. Sjekk nettverket og prøv igjen.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Kobler til igjen…</translation>
    </message>
    <message>
        <source>%1 — its pane comes with a later version of DiceDesk.</source>
        <extracomment>Shown when the palette found something no pane of this version can open yet</extracomment>
        <translation>%1 – visningen for dette kommer i en senere versjon av DiceDesk.</translation>
    </message>
</context>
<context>
    <name>dicedesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>dicedesk::OverviewFiguresModel</name>
    <message>
        <source>Coins minted</source>
        <translation>Pregede mynter</translation>
    </message>
    <message>
        <source>Coins spent</source>
        <translation>Brukte mynter</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Ventende godkjenninger</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktive medlemmer</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>siste 30 dager</translation>
    </message>
    <message>
        <source>awaiting a system admin</source>
        <translation>venter på en systemadministrator</translation>
    </message>
    <message>
        <source>with an active membership</source>
        <translation>med aktivt medlemskap</translation>
    </message>
    <message>
        <source>with activity in the last 30 days</source>
        <extracomment>members who produced at least one event in the period</extracomment>
        <translation>med aktivitet de siste 30 dagene</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
</context>
<context>
    <name>dicedesk::OverviewPane</name>
    <message>
        <source>Overview status</source>
        <translation>Oversiktens status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Fetch the figures again (%1)</source>
        <translation>Hent tallene på nytt (%1)</translation>
    </message>
    <message>
        <source>Refresh overview</source>
        <translation>Oppdater oversikten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>%1 is a time of day in the user&apos;s locale</extracomment>
        <translation>Oppdatert %1</translation>
    </message>
</context>
<context>
    <name>dicedesk::PaletteModel</name>
    <message>
        <source>pending</source>
        <translation>ventende</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkjent</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avslått</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>draft</source>
        <extracomment>Achievement status</extracomment>
        <translation>utkast</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>Achievement status</extracomment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>archived</source>
        <extracomment>Achievement status</extracomment>
        <translation>arkivert</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>mynter</translation>
    </message>
    <message>
        <source>XP</source>
        <extracomment>Experience points</extracomment>
        <translation>XP</translation>
    </message>
    <message>
        <source>achievement</source>
        <translation>prestasjon</translation>
    </message>
    <message>
        <source>%1 %2 · recipients: %3</source>
        <extracomment>Command palette: an award request; %1 amount, %2 coins/XP/achievement, %3 how many people it is for. E.g. &quot;600 coins · recipients: 3&quot;</extracomment>
        <translation>%1 %2 · mottakere: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Command palette: who asked for an award request and its status</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Panes</source>
        <extracomment>Command palette section header</extracomment>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Command palette section header</extracomment>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>Command palette section header</extracomment>
        <translation>Brukere</translation>
    </message>
    <message>
        <source>Achievements</source>
        <extracomment>Command palette section header</extracomment>
        <translation>Prestasjoner</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Command palette section header: award requests</extracomment>
        <translation>Forespørsler</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Screen-reader text of a palette entry: %1 title, %2 its section (&quot;Users&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>Screen-reader text of a palette entry: %1 title, %2 details, %3 section</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>dicedesk::PathField</name>
    <message>
        <source>Browse…</source>
        <extracomment>Button that opens a file or folder chooser</extracomment>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <extracomment>%1 names the path, e.g. &quot;CA certificate file&quot;</extracomment>
        <translation>%1: bla gjennom</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <extracomment>File filter of the CA certificate chooser</extracomment>
        <translation>Sertifikater (*.crt *.pem *.cer);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>dicedesk::ProfileForm</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnavn</translation>
    </message>
    <message>
        <source>Connection &amp;type:</source>
        <translation>Tilkoblings&amp;type:</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Tilkoblingstype</translation>
    </message>
    <message>
        <source>Server (TCP/IP)</source>
        <translation>Server (TCP/IP)</translation>
    </message>
    <message>
        <source>Local socket</source>
        <extracomment>Connection type: the server&apos;s Unix socket on this computer</extracomment>
        <translation>Lokal socket</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Vert:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Socket &amp;folder:</source>
        <translation>&amp;Socketmappe:</translation>
    </message>
    <message>
        <source>Socket folder</source>
        <translation>Socketmappe</translation>
    </message>
    <message>
        <source>Choose the server&apos;s socket folder</source>
        <translation>Velg serverens socketmappe</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SSL-&amp;modus:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-modus</translation>
    </message>
    <message>
        <source>disable — never encrypt</source>
        <extracomment>SSL mode choice; the keyword before the dash is libpq&apos;s and stays untranslated</extracomment>
        <translation>disable – krypter aldri</translation>
    </message>
    <message>
        <source>allow — encrypt only if the server insists</source>
        <translation>allow – krypter bare hvis serveren krever det</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server offers it</source>
        <translation>prefer – krypter når serveren tilbyr det</translation>
    </message>
    <message>
        <source>require — always encrypt, do not check the server</source>
        <translation>require – krypter alltid, ikke kontroller serveren</translation>
    </message>
    <message>
        <source>verify-ca — encrypt and check the certificate&apos;s issuer</source>
        <translation>verify-ca – krypter og kontroller sertifikatets utsteder</translation>
    </message>
    <message>
        <source>verify-full — encrypt, check the issuer and the host name</source>
        <translation>verify-full – krypter, kontroller utstederen og vertsnavnet</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>&amp;CA-fil:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-sertifikatfil</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Velg CA-sertifikatfilen</translation>
    </message>
    <message>
        <source>&amp;Operator mode: a privileged login acts as an admin user</source>
        <extracomment>Lekbanken/Supabase databases: a privileged login acts as a chosen admin user</extracomment>
        <translation>&amp;Operatørmodus: en privilegert pålogging opptrer som en administrator</translation>
    </message>
    <message>
        <source>Operator mode</source>
        <translation>Operatørmodus</translation>
    </message>
    <message>
        <source>Act as user &amp;id:</source>
        <translation>Opptre som bruker-&amp;ID:</translation>
    </message>
    <message>
        <source>Act as user id</source>
        <translation>Opptre som bruker-ID</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>P&amp;assord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Remem&amp;ber password in the system keychain</source>
        <translation>&amp;Husk passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Husk passordet i systemets nøkkelring</translation>
    </message>
</context>
<context>
    <name>dicedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Changes the language of DiceDesk at once.</source>
        <translation>Bytter språket i DiceDesk med en gang.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>First entry of the language list; %1 is the language the system asks for, in that language (for example &quot;Svenska&quot;)</extracomment>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Utseende:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>Appearance choice: use the desktop&apos;s light or dark colours and follow its changes</extracomment>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>&amp;Query time limit:</source>
        <translation>&amp;Tidsgrense for spørringer:</translation>
    </message>
    <message>
        <source>Query time limit in seconds</source>
        <translation>Tidsgrense for spørringer i sekunder</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the query time limit&apos;s number; keep the leading space if your language separates numbers and units</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>The database stops any query that runs longer. Applies to new connections.</source>
        <translation>Databasen stopper spørringer som varer lenger. Gjelder nye tilkoblinger.</translation>
    </message>
    <message>
        <source>About the query time limit</source>
        <translation>Om tidsgrensen for spørringer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Lukk innstillingene</translation>
    </message>
</context>
<context>
    <name>dicedesk::TenantListModel</name>
    <message>
        <source>All tenants</source>
        <translation>Alle organisasjoner</translation>
    </message>
    <message>
        <source>Figures across every tenant you administer</source>
        <translation>Tall for alle organisasjoner du administrerer</translation>
    </message>
</context>
<context>
    <name>dicedesk::UserFilterEdit</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>dicedesk::pg::PgBackend</name>
    <message>
        <source>local socket</source>
        <translation>lokal socket</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <extracomment>%1 is the database login, %2 the server (host name or &quot;local socket&quot;)</extracomment>
        <translation>%1 @ %2</translation>
    </message>
</context>
</TS>
