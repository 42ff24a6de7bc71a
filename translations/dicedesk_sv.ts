<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BackendError</name>
    <message>
        <source>You do not have permission to do this with the roles you hold.</source>
        <translation>Du har inte behörighet att göra detta med de roller du har.</translation>
    </message>
    <message>
        <source>The database refused the input: %1</source>
        <extracomment>%1 is the database&apos;s own explanation of what was wrong with the input.</extracomment>
        <translation>Databasen avvisade indata: %1</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Refresh and try again.</source>
        <translation>Någon annan ändrade detta samtidigt. Uppdatera och försök igen.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>The connection to the database was lost or could not be opened.</source>
        <translation>Anslutningen till databasen bröts eller kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The database took too long to answer, so the request was stopped.</source>
        <translation>Databasen svarade inte i tid, så begäran avbröts.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Begäran avbröts.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log.</source>
        <translation>Något oväntat gick fel. Detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>The server did not accept the login. Check the user name, password and certificate settings.</source>
        <translation>Servern godtog inte inloggningen. Kontrollera användarnamn, lösenord och certifikatinställningar.</translation>
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
        <translation>Ge profilen ett namn.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Ange serverns värdnamn eller adress.</translation>
    </message>
    <message>
        <source>A host name cannot start with &quot;/&quot;. For a socket folder, choose the connection type &quot;Local socket&quot;.</source>
        <extracomment>&quot;Local socket&quot; is the name of the connection type in the form</extracomment>
        <translation>Ett värdnamn kan inte börja med ”/”. Välj anslutningstypen ”Lokal socket” för en socketmapp.</translation>
    </message>
    <message>
        <source>Enter the folder that holds the server&apos;s socket.</source>
        <translation>Ange mappen som innehåller serverns socket.</translation>
    </message>
    <message>
        <source>The socket folder must be an absolute path (starting with &quot;/&quot;).</source>
        <translation>Socketmappen måste vara en absolut sökväg (som börjar med ”/”).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Porten måste vara ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Ange databasens namn.</translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation>Ange användarnamnet att logga in med.</translation>
    </message>
    <message>
        <source>SSL mode %1 needs a CA certificate file to check the server against.</source>
        <extracomment>%1 is the SSL mode keyword, verify-ca or verify-full</extracomment>
        <translation>SSL-läget %1 kräver en CA-certifikatfil att kontrollera servern mot.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist or cannot be read.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>CA-certifikatfilen %1 finns inte eller kan inte läsas.</translation>
    </message>
    <message>
        <source>Operator mode needs the id of the admin user to act as.</source>
        <translation>Operatörsläget kräver id för den administratör som inloggningen ska agera som.</translation>
    </message>
    <message>
        <source>The profile name</source>
        <translation>Profilnamnet</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>The socket folder</source>
        <translation>Socketmappen</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Databasnamnet</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>Användarnamnet</translation>
    </message>
    <message>
        <source>The CA file path</source>
        <translation>Sökvägen till CA-filen</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Lösenordet</translation>
    </message>
    <message>
        <source>%1 contains a NUL character, which cannot be sent to the server.</source>
        <extracomment>%1 names the field, e.g. &quot;The user name&quot;</extracomment>
        <translation>%1 innehåller ett NUL-tecken, som inte kan skickas till servern.</translation>
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
        <translation>Inget lösenord är sparat för den här profilen. Skriv det för att ansluta.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the password cannot be remembered. Type it to connect; it is used for this session only.</source>
        <translation>Systemets nyckelring är inte tillgänglig, så lösenordet kan inte sparas. Skriv det för att ansluta; det används bara under den här sessionen.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so the saved password cannot be used. Unlock it and reopen this dialog, or type the password; it is used for this session only.</source>
        <translation>Systemets nyckelring är låst eller nekade åtkomst, så det sparade lösenordet kan inte användas. Lås upp den och öppna den här dialogrutan igen, eller skriv lösenordet; det används bara under den här sessionen.</translation>
    </message>
    <message>
        <source>The system keychain reported an error, so the password cannot be remembered. Type it to connect; it is used for this session only.</source>
        <translation>Systemets nyckelring rapporterade ett fel, så lösenordet kan inte sparas. Skriv det för att ansluta; det används bara under den här sessionen.</translation>
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
        <translation>Sök vyer, åtgärder, användare, prestationer, förfrågningar…</translation>
    </message>
    <message>
        <source>Command palette search</source>
        <translation>Sökning i kommandopaletten</translation>
    </message>
    <message>
        <source>Type to filter. Start with &gt; for actions only, @ for users only, # for award requests only.</source>
        <extracomment>Tooltip of the command palette&apos;s search field: the prefixes that narrow the list</extracomment>
        <translation>Skriv för att filtrera. Börja med &gt; för bara åtgärder, @ för bara användare, # för bara belöningsförfrågningar.</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Resultat i kommandopaletten</translation>
    </message>
    <message>
        <source>↑↓ move · Enter open · Esc close · &gt; actions · @ users · # requests</source>
        <extracomment>Footer of the command palette: keys and search prefixes</extracomment>
        <translation>↑↓ flytta · Enter öppna · Esc stäng · &gt; åtgärder · @ användare · # förfrågningar</translation>
    </message>
    <message>
        <source>Command palette help</source>
        <translation>Hjälp för kommandopaletten</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Sökstatus</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Search text is too long</source>
        <translation>Söktexten är för lång</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
</context>
<context>
    <name>dicedesk::ConnectDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Anslut till en databas</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Anslutningsprofiler</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>Name given to a new connection profile</extracomment>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicera</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Duplicera profilen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Ta bort profilen</translation>
    </message>
    <message>
        <source>This profile is built in: it opens the private demo database on this computer. Duplicate it to make a copy you can change.</source>
        <translation>Den här profilen är inbyggd: den öppnar den privata demodatabasen på den här datorn. Duplicera den för att få en kopia som du kan ändra.</translation>
    </message>
    <message>
        <source>About this profile</source>
        <translation>Om den här profilen</translation>
    </message>
    <message>
        <source>Connection progress</source>
        <translation>Anslutningsförlopp</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Anslutningsstatus</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A profile name made unique: %1 the name, %2 a number</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <extracomment>Name of a duplicated profile; %1 is the original&apos;s name</extracomment>
        <translation>Kopia av %1</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved password? This cannot be undone.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Ta bort profilen ”%1” och dess sparade lösenord? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user id. Enter the admin user&apos;s id, like 00000000-0000-4000-8000-000000000001.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>”%1” är inget användar-id. Ange administratörens id, till exempel 00000000-0000-4000-8000-000000000001.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>Det finns redan en profil som heter ”%1”. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Sparar lösenordet i systemets nyckelring…</translation>
    </message>
    <message>
        <source>The profile cannot be used as it is.</source>
        <translation>Profilen kan inte användas som den är.</translation>
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
        <translation>Anslutningen avbröts.</translation>
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
        <translation>Präglade</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spenderade</translation>
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
        <translation>Detaljrubrik</translation>
    </message>
    <message>
        <source>No row selected</source>
        <translation>Ingen rad vald</translation>
    </message>
    <message>
        <source>Related entry</source>
        <translation>Relaterad post</translation>
    </message>
</context>
<context>
    <name>dicedesk::EconomyChart</name>
    <message>
        <source>Minted</source>
        <translation>Präglade</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spenderade</translation>
    </message>
    <message>
        <source>Chart of coins minted and spent per day</source>
        <translation>Diagram över präglade och spenderade mynt per dag</translation>
    </message>
    <message>
        <source>Coins per day, last 30 full days</source>
        <translation>Mynt per dag, senaste 30 hela dagarna</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Which part of the platform sent the event (planner, play, admin, ...)</extracomment>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>The event&apos;s idempotency key</extracomment>
        <translation>Nyckel</translation>
    </message>
</context>
<context>
    <name>dicedesk::EventLogPane</name>
    <message>
        <source>Event log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Händelse:</translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation>Filter för händelsetyp</translation>
    </message>
    <message>
        <source>Show only events of this type</source>
        <translation>Visa bara händelser av den här typen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Välj en händelse för att se detaljerna.</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Events: %1 · all shown</source>
        <extracomment>All events are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Händelser: %1 · alla visas</translation>
    </message>
    <message>
        <source>≈ %1 events · %2 shown</source>
        <extracomment>%1 is the estimated number of events, %2 how many the list holds so far</extracomment>
        <translation>≈ %1 händelser · %2 visas</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Laddar händelser…</translation>
    </message>
    <message>
        <source>Show this user&apos;s &amp;events</source>
        <translation>Visa användarens &amp;händelser</translation>
    </message>
</context>
<context>
    <name>dicedesk::FigureCard</name>
    <message>
        <source>%1 in the last 7 days</source>
        <extracomment>%1 is a number already formatted for the user&apos;s locale</extracomment>
        <translation>%1 de senaste 7 dagarna</translation>
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
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Loading the next rows…</source>
        <translation>Laddar fler rader…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <extracomment>A row whose data is being fetched again, or could not be</extracomment>
        <translation>Inte laddad</translation>
    </message>
</context>
<context>
    <name>dicedesk::KeysetListPane</name>
    <message>
        <source>List status</source>
        <translation>Listans status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Load the list again from the newest row (%1)</source>
        <translation>Ladda listan igen från den senaste raden (%1)</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Uppdatera listan</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrera på användare</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt laddningen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>A&amp;nvändare:</translation>
    </message>
    <message>
        <source>All users — type a name</source>
        <translation>Alla användare – skriv ett namn</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Användarfilter</translation>
    </message>
    <message>
        <source>Show only rows about one user (%1)</source>
        <translation>Visa bara rader om en användare (%1)</translation>
    </message>
    <message>
        <source>&amp;Jump to:</source>
        <extracomment>Label of a date field: the list shows rows from that day and older</extracomment>
        <translation>Hoppa &amp;till:</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Hoppa till datum</translation>
    </message>
    <message>
        <source>Show rows from this day and older</source>
        <translation>Visa rader från den här dagen och äldre</translation>
    </message>
    <message>
        <source>Newest</source>
        <extracomment>Shown in the jump-to-date field when no date is chosen</extracomment>
        <translation>Senaste</translation>
    </message>
    <message>
        <source>Back to the newest rows</source>
        <translation>Tillbaka till de senaste raderna</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Kopiera &amp;id</translation>
    </message>
    <message>
        <source>List and details</source>
        <translation>Lista och detaljer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Loading was cancelled. Double-click the last row to go on, or press %1 to start again.</source>
        <extracomment>%1 is the refresh key (F5)</extracomment>
        <translation>Laddningen avbröts. Dubbelklicka på den sista raden för att fortsätta, eller tryck på %1 för att börja om.</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>The reason code of a ledger entry (event_reward, shop_purchase, ...)</extracomment>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Coins: positive when earned, negative when spent</extracomment>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>%1 (reversal)</source>
        <translation>%1 (återföring)</translation>
    </message>
</context>
<context>
    <name>dicedesk::LedgerPane</name>
    <message>
        <source>Coin ledger</source>
        <translation>Myntliggare</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Välj en post för att se detaljerna.</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <extracomment>%1 is a signed amount of coins, e.g. &quot;+100&quot; or &quot;−30&quot;</extracomment>
        <translation>%1 mynt</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Ledger entry type: coins added to the wallet or taken from it</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Intjänade</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spenderade</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Reverses entry %1</source>
        <translation>Återför post %1</translation>
    </message>
    <message>
        <source>The reversed entry is further down the list; its id was copied.</source>
        <translation>Den återförda posten finns längre ned i listan; dess id har kopierats.</translation>
    </message>
    <message>
        <source>Entries: %1 · all shown</source>
        <extracomment>All ledger entries are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Poster: %1 · alla visas</translation>
    </message>
    <message>
        <source>≈ %1 entries · %2 shown</source>
        <extracomment>%1 is the estimated number of ledger entries, %2 how many the list holds so far</extracomment>
        <translation>≈ %1 poster · %2 visas</translation>
    </message>
    <message>
        <source>Loading ledger entries…</source>
        <translation>Laddar poster i myntliggaren…</translation>
    </message>
    <message>
        <source>Show this user&apos;s &amp;entries</source>
        <translation>Visa användarens &amp;poster</translation>
    </message>
</context>
<context>
    <name>dicedesk::LoadProgressStrip</name>
    <message>
        <source>Loading progress</source>
        <translation>Laddningsförlopp</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laddar</translation>
    </message>
    <message>
        <source>What is loading</source>
        <translation>Vad som laddas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt laddningen</translation>
    </message>
    <message>
        <source>Stop the query on the server (Esc)</source>
        <extracomment>Esc is the key on the keyboard</extracomment>
        <translation>Stoppa frågan på servern (Esc)</translation>
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
        <translation>Vyer</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Inloggad som</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Current tenant</source>
        <translation>Aktuell organisation</translation>
    </message>
    <message>
        <source>This login is not linked to a DiceDesk user.</source>
        <translation>Den här inloggningen är inte kopplad till någon DiceDesk-användare.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
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
        <translation>Dina roller ger ännu ingen åtkomst till DiceDesks vyer. Be en systemadministratör om administratörs- eller designerbehörighet.</translation>
    </message>
    <message>
        <source>system admin</source>
        <translation>systemadministratör</translation>
    </message>
    <message>
        <source>tenant admin</source>
        <translation>organisationsadministratör</translation>
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
        <translation>Anslutningsstatus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Switch &amp;connection…</source>
        <translation>&amp;Byt anslutning…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
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
        <translation>Byt &amp;organisation</translation>
    </message>
    <message>
        <source>Search…  %1</source>
        <extracomment>Header button that opens the command palette; %1 is its shortcut (Ctrl+K)</extracomment>
        <translation>Sök…  %1</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Kommandopalett</translation>
    </message>
    <message>
        <source>Jump to a pane, user, achievement or request</source>
        <translation>Gå till en vy, användare, prestation eller förfrågan</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n pending approval(s)</source>
        <extracomment>Screen-reader name of a rail item with a badge; %1 pane, %n pending requests</extracomment>
        <translation>
            <numerusform>%1, %n väntande godkännande</numerusform>
            <numerusform>%1, %n väntande godkännanden</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting… Work in progress will continue once it is back.</source>
        <translation>Anslutningen till databasen bröts. Ansluter igen… Pågående arbete fortsätter när den är tillbaka.</translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Ansluten till databasen igen.</translation>
    </message>
    <message>
        <source>The database could not be reached again. Check the network and retry.</source>
        <translation>Det gick inte att nå databasen igen. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Frånkopplad</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Ansluter igen…</translation>
    </message>
    <message>
        <source>%1 — its pane comes with a later version of DiceDesk.</source>
        <extracomment>Shown when the palette found something no pane of this version can open yet</extracomment>
        <translation>%1 – vyn för detta kommer i en senare version av DiceDesk.</translation>
    </message>
</context>
<context>
    <name>dicedesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>dicedesk::OverviewFiguresModel</name>
    <message>
        <source>Coins minted</source>
        <translation>Präglade mynt</translation>
    </message>
    <message>
        <source>Coins spent</source>
        <translation>Spenderade mynt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Väntande godkännanden</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktiva medlemmar</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>senaste 30 dagarna</translation>
    </message>
    <message>
        <source>awaiting a system admin</source>
        <translation>väntar på en systemadministratör</translation>
    </message>
    <message>
        <source>with an active membership</source>
        <translation>med aktivt medlemskap</translation>
    </message>
    <message>
        <source>with activity in the last 30 days</source>
        <extracomment>members who produced at least one event in the period</extracomment>
        <translation>med aktivitet de senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
</context>
<context>
    <name>dicedesk::OverviewPane</name>
    <message>
        <source>Overview status</source>
        <translation>Översiktens status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Fetch the figures again (%1)</source>
        <translation>Hämta siffrorna igen (%1)</translation>
    </message>
    <message>
        <source>Refresh overview</source>
        <translation>Uppdatera översikten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>%1 is a time of day in the user&apos;s locale</extracomment>
        <translation>Uppdaterad %1</translation>
    </message>
</context>
<context>
    <name>dicedesk::PaletteModel</name>
    <message>
        <source>pending</source>
        <translation>väntande</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgången</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
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
        <translation>arkiverad</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>mynt</translation>
    </message>
    <message>
        <source>XP</source>
        <extracomment>Experience points</extracomment>
        <translation>XP</translation>
    </message>
    <message>
        <source>achievement</source>
        <translation>prestation</translation>
    </message>
    <message>
        <source>%1 %2 · recipients: %3</source>
        <extracomment>Command palette: an award request; %1 amount, %2 coins/XP/achievement, %3 how many people it is for. E.g. &quot;600 coins · recipients: 3&quot;</extracomment>
        <translation>%1 %2 · mottagare: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Command palette: who asked for an award request and its status</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Panes</source>
        <extracomment>Command palette section header</extracomment>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Command palette section header</extracomment>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>Command palette section header</extracomment>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Achievements</source>
        <extracomment>Command palette section header</extracomment>
        <translation>Prestationer</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Command palette section header: award requests</extracomment>
        <translation>Förfrågningar</translation>
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
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <extracomment>%1 names the path, e.g. &quot;CA certificate file&quot;</extracomment>
        <translation>%1: bläddra</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <extracomment>File filter of the CA certificate chooser</extracomment>
        <translation>Certifikat (*.crt *.pem *.cer);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>dicedesk::ProfileForm</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnamn</translation>
    </message>
    <message>
        <source>Connection &amp;type:</source>
        <translation>Anslutnings&amp;typ:</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Anslutningstyp</translation>
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
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Socket &amp;folder:</source>
        <translation>&amp;Socketmapp:</translation>
    </message>
    <message>
        <source>Socket folder</source>
        <translation>Socketmapp</translation>
    </message>
    <message>
        <source>Choose the server&apos;s socket folder</source>
        <translation>Välj serverns socketmapp</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Använda&amp;re:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SSL-lä&amp;ge:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-läge</translation>
    </message>
    <message>
        <source>disable — never encrypt</source>
        <extracomment>SSL mode choice; the keyword before the dash is libpq&apos;s and stays untranslated</extracomment>
        <translation>disable – kryptera aldrig</translation>
    </message>
    <message>
        <source>allow — encrypt only if the server insists</source>
        <translation>allow – kryptera bara om servern kräver det</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server offers it</source>
        <translation>prefer – kryptera när servern erbjuder det</translation>
    </message>
    <message>
        <source>require — always encrypt, do not check the server</source>
        <translation>require – kryptera alltid, kontrollera inte servern</translation>
    </message>
    <message>
        <source>verify-ca — encrypt and check the certificate&apos;s issuer</source>
        <translation>verify-ca – kryptera och kontrollera certifikatets utfärdare</translation>
    </message>
    <message>
        <source>verify-full — encrypt, check the issuer and the host name</source>
        <translation>verify-full – kryptera, kontrollera utfärdaren och värdnamnet</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>&amp;CA-fil:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certifikatfil</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Välj CA-certifikatfilen</translation>
    </message>
    <message>
        <source>&amp;Operator mode: a privileged login acts as an admin user</source>
        <extracomment>Lekbanken/Supabase databases: a privileged login acts as a chosen admin user</extracomment>
        <translation>&amp;Operatörsläge: en privilegierad inloggning agerar som en administratör</translation>
    </message>
    <message>
        <source>Operator mode</source>
        <translation>Operatörsläge</translation>
    </message>
    <message>
        <source>Act as user &amp;id:</source>
        <translation>Agera som användar-&amp;id:</translation>
    </message>
    <message>
        <source>Act as user id</source>
        <translation>Agera som användar-id</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Remem&amp;ber password in the system keychain</source>
        <translation>&amp;Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
</context>
<context>
    <name>dicedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
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
        <translation>Byter DiceDesks språk direkt.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>First entry of the language list; %1 is the language the system asks for, in that language (for example &quot;Svenska&quot;)</extracomment>
        <translation>Systemets standard (%1)</translation>
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
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>&amp;Query time limit:</source>
        <translation>&amp;Tidsgräns för frågor:</translation>
    </message>
    <message>
        <source>Query time limit in seconds</source>
        <translation>Tidsgräns för frågor i sekunder</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the query time limit&apos;s number; keep the leading space if your language separates numbers and units</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>The database stops any query that runs longer. Applies to new connections.</source>
        <translation>Databasen avbryter frågor som tar längre tid. Gäller nya anslutningar.</translation>
    </message>
    <message>
        <source>About the query time limit</source>
        <translation>Om tidsgränsen för frågor</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Stäng inställningarna</translation>
    </message>
</context>
<context>
    <name>dicedesk::TenantListModel</name>
    <message>
        <source>All tenants</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>Figures across every tenant you administer</source>
        <translation>Siffror för alla organisationer du administrerar</translation>
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
