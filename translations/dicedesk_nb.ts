<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AchievementExport</name>
    <message>
        <source>The export could not be written to %1: %2</source>
        <extracomment>%1 is the file name, %2 the system&apos;s reason</extracomment>
        <translation>Kunne ikke skrive eksporten til %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n achievement(s) exported to %1.</source>
        <extracomment>%n achievements, %1 the file name</extracomment>
        <translation>
            <numerusform>%n prestasjon eksportert til %1.</numerusform>
            <numerusform>%n prestasjoner eksportert til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ikke tilkoblet.</translation>
    </message>
    <message>
        <source>The achievements could not be exported.</source>
        <translation>Prestasjonene kunne ikke eksporteres.</translation>
    </message>
    <message>
        <source>Export achievements</source>
        <translation>Eksporter prestasjoner</translation>
    </message>
    <message>
        <source>Award builder exports (*.json)</source>
        <extracomment>file dialog filter for award builder export files</extracomment>
        <translation>Award Builder-eksporter (*.json)</translation>
    </message>
</context>
<context>
    <name>AchievementValidation</name>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Criteria text</source>
        <translation>Kriterietekst</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Merkefarge</translation>
    </message>
    <message>
        <source>Icon URL</source>
        <translation>Ikon-URL</translation>
    </message>
    <message>
        <source>Icon media</source>
        <translation>Ikonmedia</translation>
    </message>
    <message>
        <source>Badge design</source>
        <translation>Merkedesign</translation>
    </message>
    <message>
        <source>Condition type</source>
        <translation>Betingelsestype</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>Betingelsesverdi</translation>
    </message>
    <message>
        <source>Unlock criteria</source>
        <translation>Opplåsingskriterier</translation>
    </message>
    <message>
        <source>Unlock type</source>
        <translation>Opplåsingstype</translation>
    </message>
    <message>
        <source>Easter egg</source>
        <translation>Påskeegg</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AwardBuilderFile</name>
    <message>
        <source>The file is %1 MB; an export may be at most 5 MB</source>
        <extracomment>%1 is the file&apos;s size in megabytes with one decimal, e.g. 10.0</extracomment>
        <translation>Filen er %1 MB; en eksport kan være på høyst 5 MB</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2 (line %3, column %4)</source>
        <extracomment>%1 is the parser&apos;s explanation, %2 the byte offset, %3 the line, %4 the column</extracomment>
        <translation>Filen er ikke gyldig JSON: %1 ved posisjon %2 (linje %3, kolonne %4)</translation>
    </message>
    <message>
        <source>The file must hold a JSON object (an AWARD_BUILDER_EXPORT_SCHEMA_V1 export)</source>
        <translation>Filen må inneholde et JSON-objekt (en AWARD_BUILDER_EXPORT_SCHEMA_V1-eksport)</translation>
    </message>
    <message>
        <source>duplicate key, also at achievements[%1]</source>
        <extracomment>%1 is the index of the achievement with the same key</extracomment>
        <translation>duplikatnøkkel, finnes også i achievements[%1]</translation>
    </message>
</context>
<context>
    <name>AwardJournal</name>
    <message>
        <source>not a DiceDesk award journal</source>
        <translation>ikke en DiceDesk-tildelingsjournal</translation>
    </message>
    <message>
        <source>The award journal %1 could not be read (%2). It was kept as %3. Awards that were being sent when DiceDesk stopped cannot be finished from it: check the award history.</source>
        <extracomment>%1 is a file path, %2 why it could not be read, %3 where it was kept</extracomment>
        <translation>Tildelingsjournalen %1 kunne ikke leses (%2). Den ble tatt vare på som %3. Tildelinger som holdt på å bli sendt da DiceDesk stoppet, kan ikke fullføres fra den: sjekk tildelingshistorikken.</translation>
    </message>
    <message>
        <source>The folder %1 for the award journal could not be created.</source>
        <translation>Mappen %1 for tildelingsjournalen kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>The award journal %1 is locked by another DiceDesk window.</source>
        <translation>Tildelingsjournalen %1 er låst av et annet DiceDesk-vindu.</translation>
    </message>
    <message>
        <source>The award journal %1 could not be written: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Kunne ikke skrive til tildelingsjournalen %1: %2</translation>
    </message>
</context>
<context>
    <name>AwardOutcomeText</name>
    <message>
        <source>Show award</source>
        <translation>Vis tildelingen</translation>
    </message>
    <message>
        <source>Already applied: %1 had been paid before; nothing new was paid.</source>
        <extracomment>%1 is &quot;50 coins to 120 recipients&quot;</extracomment>
        <translation>Allerede utført: %1 var allerede utbetalt; ingenting nytt ble utbetalt.</translation>
    </message>
    <message>
        <source>Awarded %1.</source>
        <translation>Tildelte %1.</translation>
    </message>
    <message>
        <source>Paid %1.</source>
        <translation>Betalte ut %1.</translation>
    </message>
    <message>
        <source>Show request</source>
        <translation>Vis forespørselen</translation>
    </message>
    <message>
        <source>View request</source>
        <translation>Åpne forespørselen</translation>
    </message>
    <message>
        <source>Already applied: %1 had been filed as a request before; nothing new was filed.</source>
        <translation>Allerede utført: %1 var allerede sendt inn som en forespørsel; ingen ny forespørsel ble sendt inn.</translation>
    </message>
    <message>
        <source>%1 (total %2) reaches the approval threshold: it is now a request for a system admin.</source>
        <extracomment>%1 is &quot;50 coins to 120 recipients&quot;, %2 the total (&quot;6,000 coins&quot;)</extracomment>
        <translation>%1 (totalt %2) når godkjenningsterskelen: det er nå en forespørsel til en systemadministrator.</translation>
    </message>
    <message>
        <source>The connection failed while sending %1, so DiceDesk cannot tell whether it was paid. Send again to finish: the same key is used, so nothing is paid twice.</source>
        <extracomment>%1 is &quot;50 coins to 120 recipients&quot; (several separated by semicolons)</extracomment>
        <translation>Tilkoblingen ble brutt mens %1 ble sendt, så DiceDesk kan ikke vite om det ble utbetalt. Send på nytt for å fullføre: den samme nøkkelen brukes, så ingenting blir utbetalt to ganger.</translation>
    </message>
    <message>
        <source>An award of %1 was being sent when DiceDesk stopped. Check and finish sends it again with the same key: if it had arrived, nothing is paid twice.</source>
        <extracomment>%1 is &quot;50 coins to 120 recipients&quot;</extracomment>
        <translation>En tildeling av %1 holdt på å bli sendt da DiceDesk stoppet. «Kontroller og fullfør» sender den på nytt med den samme nøkkelen: hvis den var kommet fram, blir ingenting utbetalt to ganger.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln awards were being sent when DiceDesk stopped: %1. Check and finish sends them again with the same keys: those that had arrived are not paid twice.</source>
        <extracomment>%1 lists the awards, e.g. &quot;50 coins to 120 recipients; 10 XP to 3 recipients&quot;</extracomment>
        <translation>
            <numerusform>%Ln tildeling holdt på å bli sendt da DiceDesk stoppet: %1. «Kontroller og fullfør» sender den på nytt med den samme nøkkelen: hvis den var kommet fram, blir den ikke utbetalt to ganger.</numerusform>
            <numerusform>%Ln tildelinger holdt på å bli sendt da DiceDesk stoppet: %1. «Kontroller og fullfør» sender dem på nytt med de samme nøklene: de som var kommet fram, blir ikke utbetalt to ganger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwardPlan</name>
    <message>
        <source>an achievement</source>
        <translation>en prestasjon</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 XP</source>
        <extracomment>%1 is an amount of experience points, e.g. &quot;250 XP&quot;</extracomment>
        <translation>%1 XP</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <extracomment>%1 is an amount of coins, e.g. &quot;500 coins&quot;</extracomment>
        <translation>%1 mynter</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %Ln recipient(s)</source>
        <extracomment>%1 is what each recipient gets (&quot;50 coins&quot;), %Ln how many recipients</extracomment>
        <translation>
            <numerusform>%1 til %Ln mottaker</numerusform>
            <numerusform>%1 til %Ln mottakere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 is how many recipients, %2 what each gets: &quot;120 × 50 coins&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Add recipients to see the total.</source>
        <translation>Legg til mottakere for å se totalsummen.</translation>
    </message>
    <message>
        <source>%1. Awarded now: achievements never need approval.</source>
        <extracomment>%1 is &quot;“Achievement name” to 120 recipients&quot;</extracomment>
        <translation>%1. Tildeles med en gang: prestasjoner trenger aldri godkjenning.</translation>
    </message>
    <message numerus="yes">
        <source>Total %1 to %Ln recipient(s).</source>
        <extracomment>%1 is the total (&quot;6,000 coins&quot;), %Ln how many recipients</extracomment>
        <translation>
            <numerusform>Totalt %1 til %Ln mottaker.</numerusform>
            <numerusform>Totalt %1 til %Ln mottakere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s): %1. %2</source>
        <extracomment>%Ln is how many awards are sent (one per amount), %1 lists them, %2 is the total</extracomment>
        <translation>
            <numerusform>%Ln tildeling: %1. %2</numerusform>
            <numerusform>%Ln tildelinger: %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid now: system admins are not held by the approval threshold.</source>
        <translation>Utbetales med en gang: godkjenningsterskelen gjelder ikke for systemadministratorer.</translation>
    </message>
    <message>
        <source>The approval threshold is not known: the database decides when you send whether this is paid now or becomes a request.</source>
        <translation>Godkjenningsterskelen er ukjent: databasen avgjør når du sender, om dette utbetales med en gang eller blir en forespørsel.</translation>
    </message>
    <message>
        <source>At or above the approval threshold of %1: this becomes a request for a system admin.</source>
        <translation>Når eller overstiger godkjenningsterskelen på %1: dette blir en forespørsel til en systemadministrator.</translation>
    </message>
    <message>
        <source>Below the approval threshold of %1: paid now.</source>
        <translation>Under godkjenningsterskelen på %1: utbetales med en gang.</translation>
    </message>
    <message>
        <source>Each award is below the approval threshold of %1: all are paid now.</source>
        <translation>Hver tildeling er under godkjenningsterskelen på %1: alle utbetales med en gang.</translation>
    </message>
    <message>
        <source>Each award is at or above the approval threshold of %1: they become requests for a system admin.</source>
        <translation>Hver tildeling når eller overstiger godkjenningsterskelen på %1: de blir forespørsler til en systemadministrator.</translation>
    </message>
    <message>
        <source>At or above the approval threshold of %1, so requests for a system admin: %2. The others are paid now.</source>
        <extracomment>%1 is the threshold (&quot;500 coins&quot;), %2 lists the awards that reach it</extracomment>
        <translation>Når eller overstiger godkjenningsterskelen på %1 og blir derfor forespørsler til en systemadministrator: %2. De andre utbetales med en gang.</translation>
    </message>
</context>
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
    <name>BadgeDesignerExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 is the file name, %2 the system&apos;s reason</extracomment>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>The badge could not be drawn as a PNG image.</source>
        <translation>Merket kunne ikke tegnes som et PNG-bilde.</translation>
    </message>
    <message>
        <source>The badge could not be drawn as an SVG image.</source>
        <translation>Merket kunne ikke tegnes som et SVG-bilde.</translation>
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
    <name>PgAchievementQueries</name>
    <message>
        <source>The document is %1 MB; an import may be at most 5 MB</source>
        <extracomment>%1 is the size of the document in megabytes, e.g. 10.0</extracomment>
        <translation>Dokumentet er %1 MB; en import kan være på høyst 5 MB</translation>
    </message>
    <message>
        <source>The document contains a NUL character (\u0000), which cannot be stored</source>
        <translation>Dokumentet inneholder et NUL-tegn (\u0000), som ikke kan lagres</translation>
    </message>
</context>
<context>
    <name>RecipientCheck</name>
    <message>
        <source>OK</source>
        <extracomment>Check column of the import preview: the line is added</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>ingen mottaker</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>ukjent bruker</translation>
    </message>
    <message>
        <source>not a member of this organisation</source>
        <translation>ikke medlem av denne organisasjonen</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>bad amount</source>
        <extracomment>The amount cell is not a whole number from 1 to 1,000,000</extracomment>
        <translation>ugyldig beløp</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Ingenting å legge til.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to add</source>
        <extracomment>%Ln is how many lines of the list will be added</extracomment>
        <translation>
            <numerusform>%Ln å legge til</numerusform>
            <numerusform>%Ln å legge til</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a count, %2 a reason a line is skipped: &quot;2 unknown user&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1; %2 skipped: %3.</source>
        <extracomment>%1 is &quot;120 to add&quot;, %2 how many lines are skipped, %3 the reasons with their counts</extracomment>
        <translation>%1; %2 hoppes over: %3.</translation>
    </message>
</context>
<context>
    <name>RequestFormat</name>
    <message>
        <source>Achievement</source>
        <translation>Prestasjon</translation>
    </message>
    <message>
        <source>%1 XP</source>
        <extracomment>%1 is an amount of experience points, e.g. &quot;250 XP&quot;</extracomment>
        <translation>%1 XP</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <extracomment>%1 is an amount of coins, e.g. &quot;500 coins&quot;</extracomment>
        <translation>%1 mynter</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 is what each recipient gets (&quot;500 coins&quot;), %2 how many recipients: &quot;500 coins × 12&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unlock(s)</source>
        <extracomment>The total of an achievement award: how many users unlock it</extracomment>
        <translation>
            <numerusform>%n opplåsing</numerusform>
            <numerusform>%n opplåsinger</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>Age column of a request that can no longer be decided</extracomment>
        <translation>utløpt</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>Age of a request filed less than a minute ago</extracomment>
        <translation>nå</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Age in minutes, short: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>Age in hours, short: &quot;3 h&quot;</extracomment>
        <translation>
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>Age in days, short: &quot;2 d&quot;</extracomment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ventende</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>A request its requester withdrew</extracomment>
        <translation>Avbrutt</translation>
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
    <name>dicedesk::AchievementDefinitionTab</name>
    <message>
        <source>Draft — only staff see it</source>
        <translation>Utkast – bare de ansatte ser den</translation>
    </message>
    <message>
        <source>Active — members can unlock it</source>
        <translation>Aktiv – medlemmer kan låse den opp</translation>
    </message>
    <message>
        <source>Archived — kept by holders, no longer unlocked</source>
        <translation>Arkivert – innehaverne beholder den, den kan ikke lenger låses opp</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Nøkkel</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Omfang</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Condition type</source>
        <translation>&amp;Betingelsestype</translation>
    </message>
    <message>
        <source>Condition &amp;value</source>
        <translation>Betingelses&amp;verdi</translation>
    </message>
    <message>
        <source>&amp;Unlock criteria</source>
        <translation>Opplåsings&amp;kriterier</translation>
    </message>
    <message>
        <source>Badge &amp;colour</source>
        <translation>M&amp;erkefarge</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Prestasjon</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Opplåsing</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Synlighet</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Merke</translation>
    </message>
    <message>
        <source>e.g. session-10</source>
        <translation>f.eks. session-10</translation>
    </message>
    <message>
        <source>2 to 64 characters: lower-case letters, digits and _ . - , starting with a letter or digit. Unique among the achievements of the scope.</source>
        <translation>2 til 64 tegn: små bokstaver, sifre og _ . - , med en bokstav eller et siffer først. Unik blant prestasjonene i omfanget.</translation>
    </message>
    <message>
        <source>What the platform counts; pick a known type or type your own.</source>
        <translation>Hva plattformen teller; velg en kjent type eller skriv inn din egen.</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>shown in the condition value box when there is no value</extracomment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>&amp;Easter egg (a secret achievement)</source>
        <translation>&amp;Påskeegg (en hemmelig prestasjon)</translation>
    </message>
    <message>
        <source>Members see only &quot;?&quot; until they unlock it, and no hint at all: the hint fields are cleared and locked while this is on.</source>
        <translation>Medlemmene ser bare «?» til de låser den opp, og ikke noe hint i det hele tatt: hintfeltene tømmes og låses så lenge dette er på.</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>&amp;Design badge…</source>
        <translation>Desi&amp;gn merke…</translation>
    </message>
    <message>
        <source>Use a plain badge</source>
        <translation>Bruk et enkelt merke</translation>
    </message>
    <message>
        <source>Remove the badge design; members see a plain badge in the badge colour.</source>
        <translation>Fjern merkedesignet; medlemmene ser et enkelt merke i merkefargen.</translation>
    </message>
    <message>
        <source>Global — every tenant</source>
        <translation>Global – alle organisasjoner</translation>
    </message>
    <message>
        <source>The scope cannot change once the achievement exists; create a new one instead.</source>
        <translation>Omfanget kan ikke endres når prestasjonen først finnes; opprett en ny i stedet.</translation>
    </message>
    <message>
        <source>Global achievements are shown in every tenant.</source>
        <translation>Globale prestasjoner vises i alle organisasjoner.</translation>
    </message>
    <message>
        <source>You can create achievements in the tenants where you are an admin or editor; global ones are for system admins.</source>
        <translation>Du kan opprette prestasjoner i organisasjonene der du er administrator eller redaktør; globale prestasjoner er forbeholdt systemadministratorer.</translation>
    </message>
    <message>
        <source>A new achievement starts as a draft or active.</source>
        <translation>En ny prestasjon starter som utkast eller aktiv.</translation>
    </message>
    <message>
        <source>A draft can be activated; it never returns to draft after.</source>
        <translation>Et utkast kan aktiveres; etterpå blir det aldri utkast igjen.</translation>
    </message>
    <message>
        <source>Active and archived switch back and forth; nothing returns to draft.</source>
        <translation>Aktiv og arkivert kan byttes fram og tilbake; ingenting blir utkast igjen.</translation>
    </message>
    <message>
        <source>No badge design yet: members see a plain badge in the badge colour.</source>
        <translation>Ingen merkedesign ennå: medlemmene ser et enkelt merke i merkefargen.</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Merkefarge</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementDetailPanel</name>
    <message>
        <source>Achievement details</source>
        <translation>Detaljer om prestasjonen</translation>
    </message>
    <message>
        <source>Badge preview</source>
        <translation>Forhåndsvisning av merket</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>Open the achievement in the editor (Enter)</source>
        <translation>Åpne prestasjonen i redigeringsvinduet (Enter)</translation>
    </message>
    <message>
        <source>A&amp;ward…</source>
        <translation>&amp;Tildel…</translation>
    </message>
    <message>
        <source>Award this achievement to members</source>
        <translation>Tildel denne prestasjonen til medlemmer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Betingelse</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Opplåsing</translation>
    </message>
    <message>
        <source> · easter egg</source>
        <translation> · påskeegg</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>Manglende oversettelser</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Innehavere</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>%1 is a date and time, %2 a person&apos;s name</extracomment>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Event: %1 × %2</source>
        <extracomment>%1 is an event type (session_completed), %2 how many times it must happen</extracomment>
        <translation>Hendelse: %1 × %2</translation>
    </message>
    <message>
        <source>Milestone: %1 ≥ %2</source>
        <extracomment>%1 is a metric (session_count), %2 the threshold to reach</extracomment>
        <translation>Milepæl: %1 ≥ %2</translation>
    </message>
    <message>
        <source>Awarded by hand</source>
        <translation>Tildeles manuelt</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementDiff</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementDiffModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementEditorDialog</name>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definisjon</translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation>&amp;Tekster</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Lagre (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Award to members…</source>
        <translation>Tildel til &amp;medlemmer…</translation>
    </message>
    <message>
        <source>Award this achievement to members by hand.</source>
        <translation>Tildel denne prestasjonen til medlemmer manuelt.</translation>
    </message>
    <message>
        <source>Reapply my changes</source>
        <translation>Bruk endringene mine på nytt</translation>
    </message>
    <message>
        <source>Load the latest version and apply your changes on top of it; review and save again.</source>
        <translation>Last inn den nyeste versjonen og bruk endringene dine på den; se gjennom og lagre på nytt.</translation>
    </message>
    <message>
        <source>Discard mine and reload</source>
        <translation>Forkast mine og last inn på nytt</translation>
    </message>
    <message>
        <source>You may not create achievements: that needs a system admin, or the admin or editor role in a tenant.</source>
        <translation>Du har ikke lov til å opprette prestasjoner: det krever en systemadministrator eller rollen administrator eller redaktør i en organisasjon.</translation>
    </message>
    <message>
        <source>Loading the achievement…</source>
        <translation>Laster prestasjonen…</translation>
    </message>
    <message>
        <source>You can look at this achievement but not change it: that needs a system admin, or an admin or editor of its tenant.</source>
        <translation>Du kan se på denne prestasjonen, men ikke endre den: det krever en systemadministrator eller en administrator eller redaktør i organisasjonen den tilhører.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) to save:</source>
        <extracomment>followed by the list of problems, one a line</extracomment>
        <translation>
            <numerusform>Rett %n problem for å lagre:</numerusform>
            <numerusform>Rett %n problemer for å lagre:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some translations are missing</source>
        <translation>Noen oversettelser mangler</translation>
    </message>
    <message>
        <source>Only active achievements can be awarded.</source>
        <translation>Bare aktive prestasjoner kan tildeles.</translation>
    </message>
    <message>
        <source>new achievement</source>
        <translation>ny prestasjon</translation>
    </message>
    <message>
        <source>New achievement[*]</source>
        <translation>Ny prestasjon[*]</translation>
    </message>
    <message>
        <source>Achievement %1</source>
        <translation>Prestasjon %1</translation>
    </message>
    <message>
        <source>Edit achievement %1[*]</source>
        <extracomment>%1 the achievement key</extracomment>
        <translation>Rediger prestasjon %1[*]</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke lagret ennå</translation>
    </message>
    <message>
        <source>Version %1 · saved by %2 · %3</source>
        <extracomment>%1 version number, %2 who saved it, %3 when</extracomment>
        <translation>Versjon %1 · lagret av %2 · %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ulagrede endringer</translation>
    </message>
    <message numerus="yes">
        <source>Held by %n member(s) — they keep it; the change applies to how it shows.</source>
        <extracomment>shown before saving a change to an active achievement; %n members hold it</extracomment>
        <translation>
            <numerusform>Innehas av %n medlem – medlemmet beholder den; endringen gjelder hvordan den vises.</numerusform>
            <numerusform>Innehas av %n medlemmer – de beholder den; endringen gjelder hvordan den vises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Laster versjonene…</translation>
    </message>
    <message>
        <source>Save a new version of %1. Changed: %2.</source>
        <extracomment>%1 the achievement key, %2 the changed fields, e.g. &quot;Name (English), Status&quot;</extracomment>
        <translation>Lagre en ny versjon av %1. Endret: %2.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lagre endringene</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Lagret som versjon %1.</translation>
    </message>
    <message>
        <source>Nothing to save: the stored version is the same.</source>
        <translation>Ingenting å lagre: den lagrede versjonen er lik.</translation>
    </message>
    <message>
        <source>Someone else saved a newer version while you were editing. Your changes are still here: apply them on top of the latest version (and review before saving), or discard them and reload.</source>
        <translation>Noen andre lagret en nyere versjon mens du redigerte. Endringene dine er fortsatt her: bruk dem på den nyeste versjonen (og se gjennom før du lagrer), eller forkast dem og last inn på nytt.</translation>
    </message>
    <message>
        <source>The database refused the achievement; the problems are shown at their fields. Your changes are kept.</source>
        <translation>Databasen avviste prestasjonen; problemene vises ved de aktuelle feltene. Endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <source>Your changes are kept.</source>
        <translation>Endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <source>Your changes are applied on top of version %1 by %2. Review them and save again.</source>
        <extracomment>%1 the latest version number, %2 who saved it</extracomment>
        <translation>Endringene dine er brukt på versjon %1 av %2. Se gjennom dem og lagre på nytt.</translation>
    </message>
    <message>
        <source>Reloaded version %1.</source>
        <translation>Lastet inn versjon %1 på nytt.</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <extracomment>the suggested reason when restoring, %1 the version number</extracomment>
        <translation>Gjenopprettet versjon %1</translation>
    </message>
    <message>
        <source>Version %1 is loaded into the editor. Review it and save to store it as a new version.</source>
        <translation>Versjon %1 er lastet inn i redigeringsvinduet. Se gjennom den, og lagre den som en ny versjon.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The achievement has changes that are not saved.</source>
        <translation>Prestasjonen har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vil du lagre dem før du lukker?</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementFilterBar</name>
    <message>
        <source>All</source>
        <extracomment>Scope filter: global and tenant achievements</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>Status filter: every status</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Sort order of the achievements list</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>Search key or name…</source>
        <translation>Søk etter nøkkel eller navn…</translation>
    </message>
    <message>
        <source>Search achievements</source>
        <translation>Søk i prestasjoner</translation>
    </message>
    <message>
        <source>Achievements whose key or name (in any language) contains the text (Ctrl+F)</source>
        <translation>Prestasjoner der nøkkelen eller navnet (på et hvilket som helst språk) inneholder teksten (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>O&amp;mfang:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>&amp;Betingelse:</translation>
    </message>
    <message>
        <source>Condition type</source>
        <translation>Betingelsestype</translation>
    </message>
    <message>
        <source>Only achievements with this condition type</source>
        <translation>Bare prestasjoner med denne betingelsestypen</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>So&amp;rter etter:</translation>
    </message>
    <message>
        <source>All in scope</source>
        <extracomment>Tenant filter: every tenant in the console&apos;s scope</extracomment>
        <translation>Alle i omfanget</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Velg fil…</translation>
    </message>
    <message>
        <source>Achievements in the file</source>
        <translation>Prestasjoner i filen</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Utfør…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import achievements</source>
        <translation>Importer prestasjoner</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>No file chosen. Choose an award builder export (.json).</source>
        <translation>Ingen fil valgt. Velg en Award Builder-eksport (.json).</translation>
    </message>
    <message>
        <source>Award builder exports (*.json);;All files (*)</source>
        <translation>Award Builder-eksporter (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>Filen kan ikke åpnes: %1</translation>
    </message>
    <message numerus="yes">
        <source>This file cannot be imported: %n problem(s) found. Nothing was written.</source>
        <extracomment>%n problems found while reading the file</extracomment>
        <translation>
            <numerusform>Denne filen kan ikke importeres: %n problem funnet. Ingenting ble skrevet.</numerusform>
            <numerusform>Denne filen kan ikke importeres: %n problemer funnet. Ingenting ble skrevet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ikke tilkoblet.</translation>
    </message>
    <message>
        <source>Checking the file with the server…</source>
        <translation>Kontrollerer filen mot serveren…</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Filen kunne ikke kontrolleres.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused this file: %n problem(s). Nothing was written.</source>
        <translation>
            <numerusform>Serveren avviste denne filen: %n problem. Ingenting ble skrevet.</numerusform>
            <numerusform>Serveren avviste denne filen: %n problemer. Ingenting ble skrevet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: the database already matches.</source>
        <translation>Ingenting å importere: databasen samsvarer allerede.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <extracomment>import counts; each %n is a number of achievements</extracomment>
        <translation>
            <numerusform>%n opprettet</numerusform>
            <numerusform>%n opprettet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n oppdatert</numerusform>
            <numerusform>%n oppdatert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uendret</numerusform>
            <numerusform>%n uendret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n å opprette</numerusform>
            <numerusform>%n å opprette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n å oppdatere</numerusform>
            <numerusform>%n å oppdatere</numerusform>
        </translation>
    </message>
    <message>
        <source>Import into %1: %2 Every change is a new version written with this reason; all or nothing.</source>
        <extracomment>%1 the scope (&quot;Global&quot;, a tenant), %2 the counts (&quot;2 to create, 1 to update, …&quot;)</extracomment>
        <translation>Import til %1: %2 Hver endring blir en ny versjon som lagres med denne begrunnelsen; alt eller ingenting.</translation>
    </message>
    <message>
        <source>Apply import</source>
        <translation>Utfør importen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>The import was not applied; nothing was written.</source>
        <translation>Importen ble ikke utført; ingenting ble skrevet.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused the import: %n problem(s). Nothing was written.</source>
        <translation>
            <numerusform>Serveren avviste importen: %n problem. Ingenting ble skrevet.</numerusform>
            <numerusform>Serveren avviste importen: %n problemer. Ingenting ble skrevet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import applied: %1</source>
        <translation>Importen er utført: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Global (every tenant)</source>
        <translation>Global (alle organisasjoner)</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <extracomment>%1 is the tenant&apos;s name or id</extracomment>
        <translation>Organisasjon %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message numerus="yes">
        <source>Schema version %1 · Scope: %2 · %n achievement(s)</source>
        <extracomment>import summary: %1 schema version (&quot;1.0&quot;), %2 the scope, %n achievements</extracomment>
        <translation>
            <numerusform>Skjemaversjon %1 · Omfang: %2 · %n prestasjon</numerusform>
            <numerusform>Skjemaversjon %1 · Omfang: %2 · %n prestasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <extracomment>heading of the problem list; %n problems</extracomment>
        <translation>
            <numerusform>Problem (%n)</numerusform>
            <numerusform>Problemer (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementListModel</name>
    <message>
        <source>Draft</source>
        <extracomment>Status of an achievement that members do not see yet</extracomment>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>How an achievement is unlocked: by an event (e.g. a completed session)</extracomment>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Milestone</source>
        <extracomment>How an achievement is unlocked: by reaching a threshold of a metric</extracomment>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Manual</source>
        <extracomment>How an achievement is unlocked: awarded by hand</extracomment>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is a condition type (sessions_completed), %2 its value (10)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Global</source>
        <extracomment>Scope of an achievement that every tenant sees</extracomment>
        <translation>Global</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Merke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>The achievement&apos;s key (achievement_key), unique per scope</extracomment>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Global, or the tenant an achievement belongs to</extracomment>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Betingelse</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>How the achievement is unlocked: event, milestone or manual</extracomment>
        <translation>Opplåsing</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Oversettelser</translation>
    </message>
    <message>
        <source>Holders</source>
        <extracomment>Members who hold the achievement</extracomment>
        <translation>Innehavere</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>%1 · easter egg</source>
        <translation>%1 · påskeegg</translation>
    </message>
    <message>
        <source>Missing translations: %1</source>
        <extracomment>%1 lists locale codes (no, en)</extracomment>
        <translation>Manglende oversettelser: %1</translation>
    </message>
    <message>
        <source>Badge of %1</source>
        <extracomment>Accessible text of the badge thumbnail; %1 is the achievement&apos;s name</extracomment>
        <translation>Merke for %1</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementMemberPreview</name>
    <message>
        <source>How members see this achievement in the achievements grid of the app.</source>
        <translation>Slik ser medlemmene denne prestasjonen i prestasjonsrutenettet i appen.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>⚠ Missing translation: there is no %1 text yet, so members who use %1 see the Swedish one.</source>
        <extracomment>%1 a language (English); members of it see the Swedish texts</extracomment>
        <translation>⚠ Oversettelse mangler (%1): det finnes ingen tekst på det språket ennå, så medlemmer som bruker det, ser den svenske.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Opplåst</translation>
    </message>
    <message>
        <source>Locked · easter egg</source>
        <translation>Låst · påskeegg</translation>
    </message>
    <message>
        <source>An easter egg stays a mystery: members see only &quot;?&quot;, with no name and no hint, until they unlock it.</source>
        <translation>Et påskeegg forblir et mysterium: medlemmene ser bare «?», uten navn og uten hint, til de låser det opp.</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <extracomment>the hint on a locked achievement card, %1 the hint text</extracomment>
        <translation>Hint: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Locked achievements show a greyed badge with &quot;?&quot;. Add a hint to tell members how to get it.</source>
        <translation>Låste prestasjoner vises som et grått merke med «?». Legg til et hint som forteller medlemmene hvordan de får den.</translation>
    </message>
    <message>
        <source>Locked achievements show a greyed badge with &quot;?&quot; and the hint.</source>
        <translation>Låste prestasjoner vises som et grått merke med «?» og hintet.</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementTextsTab</name>
    <message>
        <source>Swedish is the main language: its texts are also the achievement&apos;s own name, description and hint, shown to members whose language has no translation.</source>
        <translation>Svensk er hovedspråket: de svenske tekstene er også prestasjonens eget navn, beskrivelse og hint, som vises for medlemmer der språket deres mangler oversettelse.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Criteria text</source>
        <translation>&amp;Kriterietekst</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <source>Leave all fields empty for no translation</source>
        <translation>La alle feltene stå tomme hvis ingen oversettelse trengs</translation>
    </message>
    <message>
        <source>Easter eggs have no hint</source>
        <translation>Påskeegg har ikke hint</translation>
    </message>
    <message>
        <source>Shown on the locked badge</source>
        <translation>Vises på det låste merket</translation>
    </message>
    <message>
        <source>How to unlock it, in the member&apos;s words</source>
        <translation>Hvordan den låses opp, formulert for medlemmet</translation>
    </message>
    <message>
        <source>Easter eggs have no hint: members see only &quot;?&quot; until they find it.</source>
        <translation>Påskeegg har ikke hint: medlemmene ser bare «?» til de finner det.</translation>
    </message>
    <message>
        <source>No translation yet</source>
        <translation>Ingen oversettelse ennå</translation>
    </message>
    <message>
        <source>⚠ Missing translations: %1. The Swedish name is required.</source>
        <extracomment>%1 the languages without a translation, e.g. &quot;Swedish, Norwegian&quot;</extracomment>
        <translation>⚠ Manglende oversettelser: %1. Det svenske navnet er påkrevd.</translation>
    </message>
    <message>
        <source>⚠ Missing translations: %1. Members who use them see the Swedish texts until they are added.</source>
        <extracomment>%1 the languages without a translation, e.g. &quot;English, Norwegian&quot;</extracomment>
        <translation>⚠ Manglende oversettelser: %1. Medlemmer som bruker disse språkene, ser de svenske tekstene til oversettelsene er lagt til.</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eskrivelse</translation>
    </message>
    <message>
        <source>Hi&amp;nt</source>
        <translation>H&amp;int</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementValidation</name>
    <message>
        <source>is required</source>
        <translation>er påkrevd</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <extracomment>%1 the length of the text, %2 the most allowed (both character counts)</extracomment>
        <translation>er %1 tegn langt; høyst %2 er tillatt</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <extracomment>%1 the smallest allowed number</extracomment>
        <translation>må være et heltall på minst %1</translation>
    </message>
    <message>
        <source>must be event, milestone or manual</source>
        <translation>må være hendelse, milepæl eller manuell</translation>
    </message>
    <message>
        <source>must be 2 to 64 characters: lower-case letters, digits and _ . - (starting with a letter or digit)</source>
        <translation>må være 2 til 64 tegn: små bokstaver, sifre og _ . - (med en bokstav eller et siffer først)</translation>
    </message>
    <message>
        <source>an easter egg has no hint</source>
        <translation>et påskeegg har ikke hint</translation>
    </message>
    <message>
        <source>must be a colour like #1E88E5 or empty</source>
        <translation>må være en farge som #1E88E5 eller tom</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 2147483647</source>
        <translation>må være et heltall fra 0 til 2147483647</translation>
    </message>
    <message>
        <source>must be global or tenant</source>
        <translation>må være global eller organisasjon</translation>
    </message>
    <message>
        <source>a global achievement has no tenant</source>
        <translation>en global prestasjon har ingen organisasjon</translation>
    </message>
    <message>
        <source>choose the tenant</source>
        <translation>velg organisasjonen</translation>
    </message>
    <message>
        <source>must be draft, active or archived</source>
        <translation>må være utkast, aktiv eller arkivert</translation>
    </message>
    <message>
        <source>a new achievement starts as draft or active</source>
        <translation>en ny prestasjon starter som utkast eller aktiv</translation>
    </message>
    <message>
        <source>cannot change from %1 to %2</source>
        <extracomment>%1 and %2 are statuses (draft, active, archived)</extracomment>
        <translation>kan ikke endres fra %1 til %2</translation>
    </message>
    <message>
        <source>unknown locale: use sv, en or no</source>
        <translation>ukjent språkkode: bruk sv, en eller no</translation>
    </message>
    <message>
        <source>is already used in this scope</source>
        <translation>er allerede i bruk i dette omfanget</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norsk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a field (Name, Hint), %2 a language (Swedish)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Hendelsestype</translation>
    </message>
    <message>
        <source>Event count</source>
        <translation>Antall hendelser</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Måleverdi</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Terskel</translation>
    </message>
    <message>
        <source>Unlock parameter %1</source>
        <extracomment>%1 the name of an unlock parameter the console does not know</extracomment>
        <translation>Opplåsingsparameter %1</translation>
    </message>
    <message>
        <source>draft</source>
        <extracomment>An achievement&apos;s status</extracomment>
        <translation>utkast</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>An achievement&apos;s status</extracomment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>archived</source>
        <extracomment>An achievement&apos;s status</extracomment>
        <translation>arkivert</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementVersionHistory</name>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>with</source>
        <extracomment>between two version pickers: &quot;Compare [version 2] with [version 3]&quot;</extracomment>
        <translation>med</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Bare endringer</translation>
    </message>
    <message>
        <source>Show only the fields that differ between the two versions.</source>
        <translation>Vis bare feltene som er forskjellige i de to versjonene.</translation>
    </message>
    <message>
        <source>Load the left version into the editor; saving stores it as a new version with a reason.</source>
        <translation>Last inn den venstre versjonen i redigeringsvinduet; når du lagrer, lagres den som en ny versjon med en begrunnelse.</translation>
    </message>
    <message>
        <source>version %1 (latest)</source>
        <extracomment>%1 a version number; the latest one is marked</extracomment>
        <translation>versjon %1 (nyeste)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versjon %1</translation>
    </message>
    <message>
        <source>No saved versions yet.</source>
        <translation>Ingen lagrede versjoner ennå.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gjenopprett…</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>The same version on both sides; pick another to compare.</source>
        <translation>Samme versjon på begge sider; velg en annen å sammenligne med.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ between version %1 and version %2.</source>
        <extracomment>%n changed fields between version %1 and %2</extracomment>
        <translation>
            <numerusform>%n felt er forskjellig mellom versjon %1 og versjon %2.</numerusform>
            <numerusform>%n felt er forskjellige mellom versjon %1 og versjon %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore version %1…</source>
        <extracomment>%1 a version number</extracomment>
        <translation>Gjenopprett versjon %1…</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementVersionModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(ukjent)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Endret av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementWorkflow</name>
    <message>
        <source>An export file holds one scope. Select only global achievements, or only those of one organisation.</source>
        <translation>En eksportfil inneholder ett omfang. Velg bare globale prestasjoner, eller bare prestasjonene til én organisasjon.</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>Global achievements</source>
        <translation>Globale prestasjoner</translation>
    </message>
    <message>
        <source>You may not export achievements of this organisation.</source>
        <translation>Du har ikke lov til å eksportere prestasjonene til denne organisasjonen.</translation>
    </message>
    <message>
        <source>Export achievements</source>
        <extracomment>Title and label of the question which achievements an export file should hold</extracomment>
        <translation>Eksporter prestasjoner</translation>
    </message>
    <message>
        <source>Export the achievements of:</source>
        <translation>Eksporter prestasjonene til:</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementsPane</name>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>Ends a list of achievement keys; %n is how many more there are</extracomment>
        <translation>
            <numerusform> og %n til</numerusform>
            <numerusform> og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Prestasjoner</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listestatus</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Load the list again (%1)</source>
        <extracomment>%1 is the refresh key (F5)</extracomment>
        <translation>Last inn listen på nytt (%1)</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Oppdater listen</translation>
    </message>
    <message>
        <source>Search achievements</source>
        <translation>Søk i prestasjoner</translation>
    </message>
    <message>
        <source>&amp;New achievement…</source>
        <translation>&amp;Ny prestasjon…</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt lastingen</translation>
    </message>
    <message>
        <source>Create an achievement (%1)</source>
        <translation>Opprett en prestasjon (%1)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import achievements from an Award Builder export file</source>
        <translation>Importer prestasjoner fra en eksportfil fra Award Builder</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Export every achievement of the scope to an Award Builder file</source>
        <translation>Eksporter alle prestasjonene i omfanget til en Award Builder-fil</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktiver…</translation>
    </message>
    <message>
        <source>Make the selected drafts and archived achievements visible to members again</source>
        <translation>Gjør de valgte utkastene og arkiverte prestasjonene synlige for medlemmene igjen</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arki&amp;ver…</translation>
    </message>
    <message>
        <source>Hide the selected active achievements from new unlocks; holders keep them</source>
        <translation>Steng de valgte aktive prestasjonene for nye opplåsinger; innehaverne beholder dem</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Eksporter valgte…</translation>
    </message>
    <message>
        <source>List and details</source>
        <translation>Liste og detaljer</translation>
    </message>
    <message>
        <source>Loading achievements…</source>
        <translation>Laster prestasjoner…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>No achievements match the filters</source>
        <translation>Ingen prestasjoner samsvarer med filtrene</translation>
    </message>
    <message>
        <source>Achievements: %1 · all shown</source>
        <extracomment>All matching achievements are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Prestasjoner: %1 · alle vises</translation>
    </message>
    <message>
        <source>≈ %1 achievements · %2 shown</source>
        <extracomment>≈ an estimate: %1 is about how many achievements match, %2 how many are loaded</extracomment>
        <translation>≈ %1 prestasjoner · %2 vises</translation>
    </message>
    <message>
        <source>You may not change some of the selected achievements</source>
        <translation>Du har ikke lov til å endre enkelte av de valgte prestasjonene</translation>
    </message>
    <message>
        <source>Select achievements to activate, archive or export them</source>
        <translation>Velg prestasjoner for å aktivere, arkivere eller eksportere dem</translation>
    </message>
    <message numerus="yes">
        <source>%n selected · read only for you</source>
        <extracomment>%n selected rows; the user may not change all of them</extracomment>
        <translation>
            <numerusform>%n valgt · skrivebeskyttet for deg</numerusform>
            <numerusform>%n valgt · skrivebeskyttet for deg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>No achievements match the filters.</source>
        <translation>Ingen prestasjoner samsvarer med filtrene.</translation>
    </message>
    <message>
        <source>Select an achievement to see its details.</source>
        <translation>Velg en prestasjon for å se detaljene.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Double-click the last row to go on, or press %1 to start again.</source>
        <extracomment>%1 is the refresh key (F5)</extracomment>
        <translation>Lastingen ble avbrutt. Dobbeltklikk på den siste raden for å fortsette, eller trykk %1 for å begynne på nytt.</translation>
    </message>
    <message>
        <source>Select at most %1 achievements at a time.</source>
        <extracomment>%1 is the largest number of achievements one change may cover (1,000)</extracomment>
        <translation>Velg høyst %1 prestasjoner om gangen.</translation>
    </message>
    <message numerus="yes">
        <source>You may not change %n of the selected achievements: %1. Nothing was changed.</source>
        <extracomment>%1 lists achievement keys</extracomment>
        <translation>
            <numerusform>Du har ikke lov til å endre %n av de valgte prestasjonene: %1. Ingenting ble endret.</numerusform>
            <numerusform>Du har ikke lov til å endre %n av de valgte prestasjonene: %1. Ingenting ble endret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) cannot be archived: %1. A draft can only be activated; only active achievements can be archived. Nothing was changed.</source>
        <extracomment>%1 lists the keys of drafts; a draft can only be activated, never archived</extracomment>
        <translation>
            <numerusform>%n utkast kan ikke arkiveres: %1. Et utkast kan bare aktiveres; bare aktive prestasjoner kan arkiveres. Ingenting ble endret.</numerusform>
            <numerusform>%n utkast kan ikke arkiveres: %1. Et utkast kan bare aktiveres; bare aktive prestasjoner kan arkiveres. Ingenting ble endret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected achievements are already active.</source>
        <translation>De valgte prestasjonene er allerede aktive.</translation>
    </message>
    <message>
        <source>The selected achievements are already archived.</source>
        <translation>De valgte prestasjonene er allerede arkivert.</translation>
    </message>
    <message numerus="yes">
        <source>Activate %n achievement(s)? Members can see and unlock them.</source>
        <translation>
            <numerusform>Aktivere %n prestasjon? Medlemmene kan se og låse den opp.</numerusform>
            <numerusform>Aktivere %n prestasjoner? Medlemmene kan se og låse dem opp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n achievement(s)? Members who hold them keep them; nobody can unlock them any more.</source>
        <translation>
            <numerusform>Arkivere %n prestasjon? Medlemmer som har den, beholder den; ingen kan låse den opp lenger.</numerusform>
            <numerusform>Arkivere %n prestasjoner? Medlemmer som har dem, beholder dem; ingen kan låse dem opp lenger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate achievements</source>
        <translation>Aktiver prestasjoner</translation>
    </message>
    <message>
        <source>Archive achievements</source>
        <translation>Arkiver prestasjoner</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message numerus="yes">
        <source>%n activated</source>
        <translation>
            <numerusform>%n aktivert</numerusform>
            <numerusform>%n aktivert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>%n arkivert</numerusform>
            <numerusform>%n arkivert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already active</source>
        <translation>
            <numerusform>, %n allerede aktiv</numerusform>
            <numerusform>, %n allerede aktive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already archived</source>
        <translation>
            <numerusform>, %n allerede arkivert</numerusform>
            <numerusform>, %n allerede arkivert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already active, left as they are: %n.</source>
        <extracomment>%n achievements of the selection need no change</extracomment>
        <translation>
            <numerusform>Allerede aktiv, blir stående som den er: %n.</numerusform>
            <numerusform>Allerede aktive, blir stående som de er: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already archived, left as they are: %n.</source>
        <translation>
            <numerusform>Allerede arkivert, blir stående som den er: %n.</numerusform>
            <numerusform>Allerede arkiverte, blir stående som de er: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::ApprovalQueuePane</name>
    <message>
        <source>Approvals</source>
        <translation>Godkjenninger</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Køstatus</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Load the requests again (%1)</source>
        <translation>Last inn forespørslene på nytt (%1)</translation>
    </message>
    <message>
        <source>Refresh requests</source>
        <translation>Oppdater forespørslene</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt lastingen</translation>
    </message>
    <message>
        <source>Next request</source>
        <translation>Neste forespørsel</translation>
    </message>
    <message>
        <source>Previous request</source>
        <translation>Forrige forespørsel</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Godkjenn…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Vis detaljer</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Innst&amp;illinger…</translation>
    </message>
    <message>
        <source>Approval threshold and request expiry</source>
        <translation>Godkjenningsterskel og utløpstid for forespørsler</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the status filter of the approval queue</extracomment>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Award requests</source>
        <translation>Tildelingsforespørsler</translation>
    </message>
    <message>
        <source>Requests and details</source>
        <translation>Forespørsler og detaljer</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>Laster forespørsler…</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Status filter: requests waiting for a decision</extracomment>
        <translation>Ventende</translation>
    </message>
    <message>
        <source>Decided</source>
        <extracomment>Status filter: approved, rejected, expired or cancelled requests</extracomment>
        <translation>Avgjorte</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Status filter: every request</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No requests are waiting for a decision.</source>
        <translation>Ingen forespørsler venter på avgjørelse.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Ingen forespørsler.</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Laster forespørselen…</translation>
    </message>
    <message>
        <source>Approve %1 (%2 in total) for %3, requested by %4? It is paid at once.</source>
        <extracomment>%1 amount × recipients, %2 total, %3 organisation, %4 requester</extracomment>
        <translation>Godkjenne %1 (totalt %2) for %3, forespurt av %4? Det utbetales med en gang.</translation>
    </message>
    <message>
        <source>Reject %1 (%2 in total) for %3, requested by %4? Nothing is paid.</source>
        <extracomment>%1 amount × recipients, %2 total, %3 organisation, %4 requester</extracomment>
        <translation>Avslå %1 (totalt %2) for %3, forespurt av %4? Ingenting utbetales.</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Godkjenn forespørselen</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Avslå forespørselen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>another system admin</source>
        <translation>en annen systemadministrator</translation>
    </message>
    <message>
        <source>Already approved by %1 at %2 — the list is refreshed.</source>
        <extracomment>%1 is who approved the request first, %2 when (&quot;14:02&quot;)</extracomment>
        <translation>Allerede godkjent av %1 (%2) – listen oppdateres.</translation>
    </message>
    <message>
        <source>Already rejected by %1 at %2 — the list is refreshed.</source>
        <extracomment>%1 is who rejected the request first, %2 when (&quot;14:02&quot;)</extracomment>
        <translation>Allerede avslått av %1 (%2) – listen oppdateres.</translation>
    </message>
    <message>
        <source>The requester already cancelled this request — the list is refreshed.</source>
        <translation>Den som sendte forespørselen, har allerede trukket den tilbake – listen oppdateres.</translation>
    </message>
    <message>
        <source>This request has already expired — the list is refreshed.</source>
        <translation>Forespørselen har allerede utløpt – listen oppdateres.</translation>
    </message>
    <message>
        <source>Already decided by %1 at %2 — the list is refreshed.</source>
        <extracomment>%1 is who decided the request first, %2 when (&quot;14:02&quot;)</extracomment>
        <translation>Allerede avgjort av %1 (%2) – listen oppdateres.</translation>
    </message>
    <message>
        <source>This request had expired: nothing was paid. The list is refreshed.</source>
        <translation>Forespørselen var utløpt: ingenting ble utbetalt. Listen oppdateres.</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %1 paid to %n recipient(s).</source>
        <extracomment>%1 is what was paid in all (&quot;6,000 coins&quot;); %n how many recipients got it</extracomment>
        <translation>
            <numerusform>Godkjent: %1 utbetalt til %n mottaker.</numerusform>
            <numerusform>Godkjent: %1 utbetalt til %n mottakere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Godkjent.</translation>
    </message>
    <message>
        <source>Rejected: nothing was paid.</source>
        <translation>Avslått: ingenting ble utbetalt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <extracomment>%n requests wait for a decision (all are listed)</extracomment>
        <translation>
            <numerusform>%n ventende</numerusform>
            <numerusform>%n ventende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n forespørsel</numerusform>
            <numerusform>%n forespørsler</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 pending · %2 shown</source>
        <extracomment>%1 estimated pending requests, %2 how many the list holds</extracomment>
        <translation>≈ %1 ventende · %2 vises</translation>
    </message>
    <message>
        <source>≈ %1 requests · %2 shown</source>
        <translation>≈ %1 forespørsler · %2 vises</translation>
    </message>
    <message>
        <source>Loading was cancelled. Press %1 to load the requests again.</source>
        <extracomment>%1 is the refresh key (F5)</extracomment>
        <translation>Lastingen ble avbrutt. Trykk %1 for å laste inn forespørslene på nytt.</translation>
    </message>
    <message>
        <source>all organisations</source>
        <translation>alle organisasjoner</translation>
    </message>
    <message numerus="yes">
        <source>Approval settings saved for %1: awards from a total of %2 need approval; requests expire after %n day(s).</source>
        <extracomment>%1 whose settings (&quot;Alpha Club&quot;, &quot;all organisations&quot;), %2 the threshold, %n the expiry in days</extracomment>
        <translation>
            <numerusform>Godkjenningsinnstillingene ble lagret for %1: tildelinger på totalt minst %2 krever godkjenning; forespørsler utløper etter %n dag.</numerusform>
            <numerusform>Godkjenningsinnstillingene ble lagret for %1: tildelinger på totalt minst %2 krever godkjenning; forespørsler utløper etter %n dager.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AuditCsvExport</name>
    <message>
        <source>The file could not be created: %1</source>
        <extracomment>%1 is the operating system&apos;s reason</extracomment>
        <translation>Filen kunne ikke opprettes: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Kunne ikke skrive til filen: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunne ikke lagres: %1</translation>
    </message>
</context>
<context>
    <name>dicedesk::AuditLogModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <extracomment>A list inside an audit payload; %n is how many items it holds</extracomment>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n elementer]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <extracomment>An object inside an audit payload; %n is how many fields it holds</extracomment>
        <translation>
            <numerusform>{%n felt}</numerusform>
            <numerusform>{%n felt}</numerusform>
        </translation>
    </message>
    <message>
        <source>Coins awarded</source>
        <translation>Mynter tildelt</translation>
    </message>
    <message>
        <source>XP awarded</source>
        <translation>XP tildelt</translation>
    </message>
    <message>
        <source>Achievement awarded</source>
        <translation>Prestasjon tildelt</translation>
    </message>
    <message>
        <source>Award reversed</source>
        <translation>Tildeling tilbakeført</translation>
    </message>
    <message>
        <source>Coin entry reversed</source>
        <translation>Myntpostering tilbakeført</translation>
    </message>
    <message>
        <source>Award request approved</source>
        <translation>Tildelingsforespørsel godkjent</translation>
    </message>
    <message>
        <source>Award request rejected</source>
        <translation>Tildelingsforespørsel avslått</translation>
    </message>
    <message>
        <source>Award request expired</source>
        <translation>Tildelingsforespørsel utløpt</translation>
    </message>
    <message>
        <source>Award request cancelled</source>
        <translation>Tildelingsforespørsel avbrutt</translation>
    </message>
    <message>
        <source>Award request filed</source>
        <translation>Tildelingsforespørsel sendt inn</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Innstillinger endret</translation>
    </message>
    <message>
        <source>Achievement created</source>
        <translation>Prestasjon opprettet</translation>
    </message>
    <message>
        <source>Achievement changed</source>
        <translation>Prestasjon endret</translation>
    </message>
    <message>
        <source>Achievement status changed</source>
        <translation>Prestasjonsstatus endret</translation>
    </message>
    <message>
        <source>Achievements imported</source>
        <translation>Prestasjoner importert</translation>
    </message>
    <message>
        <source>Daily summaries refreshed</source>
        <translation>Daglige sammendrag oppdatert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One field of an audit payload: %1 its name, %2 its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Actor</source>
        <extracomment>Who did what the audit entry records</extracomment>
        <translation>Utført av</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>The audit entry&apos;s payload in one line</extracomment>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>dicedesk::AuditLogPane</name>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Utført av:</translation>
    </message>
    <message>
        <source>Anyone — type a name</source>
        <translation>Hvem som helst – skriv et navn</translation>
    </message>
    <message>
        <source>Show only what one person did (%1)</source>
        <translation>Vis bare hva én person har gjort (%1)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Hendelse:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle hendelser</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Tildelinger</translation>
    </message>
    <message>
        <source>Award requests</source>
        <translation>Tildelingsforespørsler</translation>
    </message>
    <message>
        <source>Award reversals</source>
        <translation>Tilbakeføringer av tildelinger</translation>
    </message>
    <message>
        <source>Coin entry reversals</source>
        <translation>Tilbakeføringer av myntposteringer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Prestasjoner</translation>
    </message>
    <message>
        <source>Event kind filter</source>
        <translation>Filter for hendelsestype</translation>
    </message>
    <message>
        <source>Show only one kind of event. “Awards” includes award reversals.</source>
        <translation>Vis bare én type hendelse. «Tildelinger» omfatter også tilbakeføringer av tildelinger.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksporter CSV…</translation>
    </message>
    <message>
        <source>Write every entry that matches the filters to a CSV file (%1)</source>
        <extracomment>%1 is the key that does it</extracomment>
        <translation>Skriv alle oppføringer som samsvarer med filtrene, til en CSV-fil (%1)</translation>
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
        <source>Actor</source>
        <extracomment>Who did what the audit entry records</extracomment>
        <translation>Utført av</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <extracomment>Suggested file name of the audit export; keep it short, no slashes</extracomment>
        <translation>revisjonslogg-%1.csv</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Eksporter revisjonsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Eksporterer revisjonsloggen…</translation>
    </message>
    <message>
        <source>Exporting the audit log… %1 of ≈ %2 rows</source>
        <extracomment>%1 rows written so far, %2 the estimated number of all rows</extracomment>
        <translation>Eksporterer revisjonsloggen… %1 av ≈ %2 rader</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <extracomment>%n rows were written to the file %1</extracomment>
        <translation>
            <numerusform>Eksporterte %n rad til %1.</numerusform>
            <numerusform>Eksporterte %n rader til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Eksporten ble avbrutt; %1 ble ikke skrevet.</translation>
    </message>
    <message>
        <source>The export to %1 failed, and the file was not written. %2</source>
        <extracomment>%1 is the file, %2 why it failed</extracomment>
        <translation>Eksporten til %1 mislyktes, og filen ble ikke skrevet. %2</translation>
    </message>
    <message>
        <source>Entries: %1 · all shown</source>
        <extracomment>All audit entries are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Posteringer: %1 · alle vises</translation>
    </message>
    <message>
        <source>≈ %1 entries · %2 shown</source>
        <extracomment>%1 is the estimated number of audit entries, %2 how many the list holds so far</extracomment>
        <translation>≈ %1 posteringer · %2 vises</translation>
    </message>
    <message>
        <source>Loading audit entries…</source>
        <translation>Laster oppføringer i revisjonsloggen…</translation>
    </message>
    <message>
        <source>Show what this &amp;person did</source>
        <translation>Vis hva &amp;personen har gjort</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardHistoryModel</name>
    <message>
        <source>Coins</source>
        <translation>Mynter</translation>
    </message>
    <message>
        <source>XP</source>
        <extracomment>Experience points</extracomment>
        <translation>XP</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Prestasjon</translation>
    </message>
    <message>
        <source>reversed</source>
        <extracomment>Every entry of the award has been taken back</extracomment>
        <translation>tilbakeført</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reversed</source>
        <extracomment>%1 entries of an award with %n recipients have been taken back</extracomment>
        <translation>
            <numerusform>%1 av %n tilbakeført</numerusform>
            <numerusform>%1 av %n tilbakeført</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 XP</source>
        <extracomment>%1 is an amount of experience points</extracomment>
        <translation>%1 XP</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Admin</source>
        <extracomment>The admin who sent the award</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Coins, XP or achievement</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>What each recipient got</extracomment>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Amount × recipients</extracomment>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>Header of the column saying whether an award was taken back</extracomment>
        <translation>Tilbakeført</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown as the total of an achievement award, which has none</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardHistoryPane</name>
    <message>
        <source>Reversing…</source>
        <translation>Tilbakefører…</translation>
    </message>
    <message>
        <source>Award history</source>
        <translation>Tildelingshistorikk</translation>
    </message>
    <message>
        <source>&amp;Admin:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>All admins — type a name</source>
        <translation>Alle administratorer – skriv et navn</translation>
    </message>
    <message>
        <source>Show only awards sent by one admin (%1)</source>
        <translation>Vis bare tildelinger fra én administrator (%1)</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <extracomment>Check box: show only the awards the signed-in admin sent</extracomment>
        <translation>Bare &amp;mine</translation>
    </message>
    <message>
        <source>Show only the awards you sent</source>
        <translation>Vis bare tildelinger du har sendt</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <extracomment>Label of the award type filter (coins, XP, achievement)</extracomment>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Award type filter</source>
        <translation>Filter for tildelingstype</translation>
    </message>
    <message>
        <source>One award only ✕</source>
        <extracomment>The list shows one award only; clicking shows all again</extracomment>
        <translation>Bare én tildeling ✕</translation>
    </message>
    <message>
        <source>Show all awards again</source>
        <translation>Vis alle tildelinger igjen</translation>
    </message>
    <message>
        <source>Re&amp;verse award…</source>
        <translation>T&amp;ilbakefør tildelingen…</translation>
    </message>
    <message>
        <source>Reverse this &amp;entry…</source>
        <translation>Tilbakefør denne po&amp;steringen…</translation>
    </message>
    <message>
        <source>That award is not in the list: it may belong to a tenant outside the current scope, or you may not see its tenant.</source>
        <translation>Den tildelingen er ikke i listen: den kan tilhøre en organisasjon utenfor gjeldende utvalg, eller så har du ikke tilgang til organisasjonen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>Select an award to see its recipients.</source>
        <translation>Velg en tildeling for å se mottakerne.</translation>
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
        <source>Admin</source>
        <extracomment>The admin who sent the award</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>Whether the award&apos;s entries were taken back</extracomment>
        <translation>Tilbakeført</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>The award was paid when a system admin approved this request</extracomment>
        <translation>Forespørsel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %n recipient(s)</source>
        <extracomment>Detail title of an award: %1 what each got, %n recipients</extracomment>
        <translation>
            <numerusform>%1 × %n mottaker</numerusform>
            <numerusform>%1 × %n mottakere</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading recipients…</source>
        <translation>Laster mottakere…</translation>
    </message>
    <message>
        <source>This award has no recipients.</source>
        <translation>Denne tildelingen har ingen mottakere.</translation>
    </message>
    <message>
        <source>Reversed by entry %1 — show it in the coin ledger</source>
        <extracomment>%1 is the short id of the ledger entry that reversed the recipient&apos;s award</extracomment>
        <translation>Tilbakeført med postering %1 – vis den i myntregnskapet</translation>
    </message>
    <message>
        <source>The reversal entry&apos;s id was copied; find it in the coin ledger.</source>
        <translation>ID-en til tilbakeføringsposteringen er kopiert; finn den i myntregnskapet.</translation>
    </message>
    <message>
        <source>Select an award first.</source>
        <translation>Velg en tildeling først.</translation>
    </message>
    <message>
        <source>A reversal is in progress.</source>
        <translation>En tilbakeføring pågår.</translation>
    </message>
    <message>
        <source>Only coin awards can be reversed: XP and achievements cannot be taken back here.</source>
        <translation>Bare tildelinger av mynter kan tilbakeføres: XP og prestasjoner kan ikke tas tilbake her.</translation>
    </message>
    <message>
        <source>Only an admin of this award&apos;s tenant or a system admin can reverse it.</source>
        <translation>Bare en administrator for organisasjonen til tildelingen eller en systemadministrator kan tilbakeføre den.</translation>
    </message>
    <message>
        <source>Every entry of this award has been reversed already.</source>
        <translation>Alle posteringene i denne tildelingen er allerede tilbakeført.</translation>
    </message>
    <message>
        <source>Select a recipient in the list first.</source>
        <translation>Velg en mottaker i listen først.</translation>
    </message>
    <message>
        <source>This entry has been reversed already.</source>
        <translation>Denne posteringen er allerede tilbakeført.</translation>
    </message>
    <message>
        <source>This recipient has no coin entry to reverse.</source>
        <translation>Denne mottakeren har ingen myntpostering å tilbakeføre.</translation>
    </message>
    <message>
        <source>Take the coins back from every recipient of this award (%1)</source>
        <translation>Ta myntene tilbake fra alle mottakerne av denne tildelingen (%1)</translation>
    </message>
    <message>
        <source>Take the coins back from the selected recipient only (%1)</source>
        <translation>Ta myntene tilbake bare fra den valgte mottakeren (%1)</translation>
    </message>
    <message>
        <source>Reverse this entry</source>
        <extracomment>Title of the dialog that reverses one recipient&apos;s entry of an award</extracomment>
        <translation>Tilbakefør denne posteringen</translation>
    </message>
    <message>
        <source>Take %1 coins back from %2 (%3), given by %4 on %5. The reversal is a new entry in the coin ledger, linked to the award, and is written to the audit log.</source>
        <extracomment>%1 amount of coins, %2 the recipient&apos;s name, %3 e-mail, %4 the admin who sent the award, %5 when</extracomment>
        <translation>Ta %1 mynter tilbake fra %2 (%3), tildelt av %4 (%5). Tilbakeføringen blir en ny postering i myntregnskapet, knyttet til tildelingen, og skrives til revisjonsloggen.</translation>
    </message>
    <message>
        <source>Reverse award</source>
        <translation>Tilbakefør tildelingen</translation>
    </message>
    <message numerus="yes">
        <source>Take %1 coins back from each of %n recipient(s) of the award %2 sent on %3: %4 coins in all. Each reversal is a new entry in the coin ledger, linked to the award; the reversal is written to the audit log.</source>
        <extracomment>%n recipients whose entry is taken back, %1 coins each, %2 the admin who sent the award, %3 when, %4 the coins taken back in all</extracomment>
        <translation>
            <numerusform>Ta %1 mynter tilbake fra %n mottaker av tildelingen som %2 sendte (%3): %4 mynter totalt. Tilbakeføringen blir en ny postering i myntregnskapet, knyttet til tildelingen; tilbakeføringen skrives til revisjonsloggen.</numerusform>
            <numerusform>Ta %1 mynter tilbake fra hver av %n mottakere av tildelingen som %2 sendte (%3): %4 mynter totalt. Hver tilbakeføring blir en ny postering i myntregnskapet, knyttet til tildelingen; tilbakeføringen skrives til revisjonsloggen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) reversed before stay as they are.</source>
        <translation>
            <numerusform>%n postering som allerede er tilbakeført, blir stående som den er.</numerusform>
            <numerusform>%n posteringer som allerede er tilbakeført, blir stående som de er.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Tilbakefør</translation>
    </message>
    <message numerus="yes">
        <source>Reversed %n entry(ies): the coins were taken back. The reversals are in the coin ledger, linked to this award, and in the audit log.</source>
        <translation>
            <numerusform>Tilbakeførte %n postering: myntene ble tatt tilbake. Tilbakeføringen står i myntregnskapet, knyttet til denne tildelingen, og i revisjonsloggen.</numerusform>
            <numerusform>Tilbakeførte %n posteringer: myntene ble tatt tilbake. Tilbakeføringene står i myntregnskapet, knyttet til denne tildelingen, og i revisjonsloggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was left to reverse.</source>
        <translation>Det var ingenting igjen å tilbakeføre.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) had been reversed before and were left as they were.</source>
        <translation>
            <numerusform>%n postering var allerede tilbakeført og ble latt være som den var.</numerusform>
            <numerusform>%n posteringer var allerede tilbakeført og ble latt være som de var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have already spent some of these coins, so the award cannot be taken back as a whole and nothing was changed. Reverse the other recipients&apos; entries one by one: select a recipient, then “Reverse this entry…”.</source>
        <translation>
            <numerusform>%n mottaker har allerede brukt noen av disse myntene, så tildelingen kan ikke tas tilbake som helhet, og ingenting ble endret. Tilbakefør de andre mottakernes posteringer én etter én: velg en mottaker og deretter «Tilbakefør denne posteringen…».</numerusform>
            <numerusform>%n mottakere har allerede brukt noen av disse myntene, så tildelingen kan ikke tas tilbake som helhet, og ingenting ble endret. Tilbakefør de andre mottakernes posteringer én etter én: velg en mottaker og deretter «Tilbakefør denne posteringen…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Some recipients have already spent these coins, so the award cannot be taken back as a whole and nothing was changed. Reverse the other recipients&apos; entries one by one: select a recipient, then “Reverse this entry…”.</source>
        <translation>Noen mottakere har allerede brukt disse myntene, så tildelingen kan ikke tas tilbake som helhet, og ingenting ble endret. Tilbakefør de andre mottakernes posteringer én etter én: velg en mottaker og deretter «Tilbakefør denne posteringen…».</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Mottakeren</translation>
    </message>
    <message>
        <source>%1 has already spent some of these coins: taking them back would leave the wallet below zero, so nothing was changed. The entry can be reversed once the wallet holds enough coins again.</source>
        <extracomment>%1 is the recipient&apos;s name</extracomment>
        <translation>%1 har allerede brukt noen av disse myntene: å ta dem tilbake ville gitt lommeboken negativ saldo, så ingenting ble endret. Posteringen kan tilbakeføres når lommeboken har nok mynter igjen.</translation>
    </message>
    <message>
        <source>This entry had already been reversed, perhaps by another admin. Nothing was changed.</source>
        <translation>Posteringen var allerede tilbakeført, kanskje av en annen administrator. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 It is not known whether the reversal went through. Press Retry: it is sent again with the same key, so nothing is reversed twice.</source>
        <extracomment>%1 is why the call failed (e.g. the connection was lost)</extracomment>
        <translation>%1 Det er ukjent om tilbakeføringen gikk gjennom. Trykk Prøv igjen: den sendes på nytt med den samme nøkkelen, så ingenting blir tilbakeført to ganger.</translation>
    </message>
    <message>
        <source>Awards: %1 · all shown</source>
        <extracomment>All awards are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Tildelinger: %1 · alle vises</translation>
    </message>
    <message>
        <source>≈ %1 awards · %2 shown</source>
        <extracomment>%1 is the estimated number of awards, %2 how many the list holds so far</extracomment>
        <translation>≈ %1 tildelinger · %2 vises</translation>
    </message>
    <message>
        <source>Loading awards…</source>
        <translation>Laster tildelinger…</translation>
    </message>
    <message>
        <source>Show this admin&apos;s &amp;awards</source>
        <translation>Vis administratorens &amp;tildelinger</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardRecipientsModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is when an award entry was reversed, %2 the reason given</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown instead of a balance for achievement awards</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 XP</source>
        <extracomment>%1 is an amount of experience points</extracomment>
        <translation>%1 XP</translation>
    </message>
    <message>
        <source>%1
Reversal entry %2 (press Enter to show it in the coin ledger)</source>
        <extracomment>%1 is the reason of a reversal, %2 the id of the ledger entry that reverses</extracomment>
        <translation>%1
Tilbakeføringspostering %2 (trykk Enter for å vise den i myntregnskapet)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Balance after</source>
        <extracomment>The recipient&apos;s wallet (or XP) right after the award</extracomment>
        <translation>Saldo etter</translation>
    </message>
    <message>
        <source>Balance now</source>
        <extracomment>The recipient&apos;s wallet (or XP) now</extracomment>
        <translation>Saldo nå</translation>
    </message>
    <message>
        <source>Reversal</source>
        <extracomment>When and why the recipient&apos;s entry was taken back</extracomment>
        <translation>Tilbakeføring</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardRecipientsView</name>
    <message>
        <source>Re&amp;cipients</source>
        <translation>Mottak&amp;ere</translation>
    </message>
    <message>
        <source>Recipients of the award</source>
        <translation>Mottakere av tildelingen</translation>
    </message>
    <message>
        <source>Reversal entry</source>
        <translation>Tilbakeføringspostering</translation>
    </message>
    <message>
        <source>Reversal in progress</source>
        <translation>Tilbakeføring pågår</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardSettingsDialog</name>
    <message>
        <source>Approval settings</source>
        <translation>Innstillinger for godkjenning</translation>
    </message>
    <message>
        <source>All organisations (default)</source>
        <extracomment>The global approval settings, used by every organisation without its own</extracomment>
        <translation>Alle organisasjoner (standard)</translation>
    </message>
    <message>
        <source>%1 only</source>
        <extracomment>%1 is an organisation&apos;s name: settings only for it</extracomment>
        <translation>Bare %1</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of the expiry field: &quot;14 days&quot;</extracomment>
        <translation> dager</translation>
    </message>
    <message>
        <source>Coin and XP awards by tenant admins whose total (amount × recipients) reaches the threshold become requests for a system admin. Requests not decided within the expiry expire.</source>
        <translation>Tildelinger av mynter og XP fra organisasjonsadministratorer der totalen (beløp × mottakere) når terskelen, blir forespørsler til en systemadministrator. Forespørsler som ikke er avgjort innen utløpstiden, utløper.</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Gjelder for:</translation>
    </message>
    <message>
        <source>&amp;Threshold (total):</source>
        <translation>&amp;Terskel (totalt):</translation>
    </message>
    <message>
        <source>&amp;Requests expire after:</source>
        <translation>&amp;Forespørsler utløper etter:</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardsPane</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Name or e-mail of a member</source>
        <translation>Navn eller e-post til et medlem</translation>
    </message>
    <message>
        <source>Type a name or e-mail; Enter adds the first match (%1)</source>
        <translation>Skriv et navn eller en e-postadresse; Enter legger til det første treffet (%1)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Add the selected members</source>
        <translation>Legg til de valgte medlemmene</translation>
    </message>
    <message>
        <source>Matching members</source>
        <translation>Medlemmer som samsvarer</translation>
    </message>
    <message>
        <source>Add all &amp;active members</source>
        <translation>Legg til alle &amp;aktive medlemmer</translation>
    </message>
    <message>
        <source>&amp;Paste list…</source>
        <translation>Lim &amp;inn liste…</translation>
    </message>
    <message>
        <source>Add e-mails or user ids separated by line breaks, commas or semicolons</source>
        <translation>Legg til e-postadresser eller bruker-ID-er atskilt med linjeskift, komma eller semikolon</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Importer &amp;CSV…</translation>
    </message>
    <message>
        <source>Add recipients (and their own amounts) from a CSV file</source>
        <translation>Legg til mottakere (og deres egne beløp) fra en CSV-fil</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>Remove the selected recipients (Del)</source>
        <translation>Fjern de valgte mottakerne (Del)</translation>
    </message>
    <message>
        <source>Remove from the award</source>
        <translation>Fjern fra tildelingen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Tø&amp;m</translation>
    </message>
    <message>
        <source>Remove every recipient</source>
        <translation>Fjern alle mottakere</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Mynter</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Prestasjon</translation>
    </message>
    <message>
        <source>A&amp;chievement:</source>
        <translation>&amp;Prestasjon:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>What each recipient gets, 1 to 1,000,000</source>
        <translation>Hva hver mottaker får, 1 til 1 000 000</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>M&amp;elding:</translation>
    </message>
    <message>
        <source>Why they get it (required; recipients see it)</source>
        <translation>Hvorfor de får det (påkrevd; mottakerne ser det)</translation>
    </message>
    <message>
        <source>Send award</source>
        <translation>Send tildeling</translation>
    </message>
    <message>
        <source>Find recipients</source>
        <translation>Finn mottakere</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Cancel preparing</source>
        <translation>Avbryt forberedelsen</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Send på n&amp;ytt</translation>
    </message>
    <message>
        <source>&amp;Check and finish</source>
        <translation>&amp;Kontroller og fullfør</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Forget it here; if it had arrived, it stays paid (see the award history)</source>
        <translation>Glem den her; hvis den var kommet fram, forblir den utbetalt (se tildelingshistorikken)</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Send (%1)</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Tildelinger</translation>
    </message>
    <message>
        <source>Choose an organisation in the toolbar (Ctrl+T) to send an award.</source>
        <translation>Velg en organisasjon i verktøylinjen (Ctrl+T) for å sende en tildeling.</translation>
    </message>
    <message>
        <source>Only admins of this organisation can send awards in it.</source>
        <translation>Bare administratorer i denne organisasjonen kan sende tildelinger i den.</translation>
    </message>
    <message>
        <source>The approval threshold could not be read.</source>
        <translation>Godkjenningsterskelen kunne ikke leses.</translation>
    </message>
    <message>
        <source>Searching members failed.</source>
        <translation>Søket etter medlemmer mislyktes.</translation>
    </message>
    <message>
        <source>No active member matches.</source>
        <translation>Ingen aktive medlemmer samsvarer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln treff</numerusform>
            <numerusform>%Ln treff</numerusform>
        </translation>
    </message>
    <message>
        <source>An award can have at most %1 recipients; adding these would make %2. Nothing was added.</source>
        <extracomment>%1 is the most recipients an award may have, %2 how many the list would hold</extracomment>
        <translation>En tildeling kan ha høyst %1 mottakere; med disse ville det blitt %2. Ingenting ble lagt til.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln recipient(s).</source>
        <translation>
            <numerusform>La til %Ln mottaker.</numerusform>
            <numerusform>La til %Ln mottakere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were on the list already.</source>
        <translation>
            <numerusform>%Ln var allerede på listen.</numerusform>
            <numerusform>%Ln var allerede på listen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching every active member…</source>
        <translation>Henter alle aktive medlemmer…</translation>
    </message>
    <message>
        <source>The active members could not be fetched.</source>
        <translation>De aktive medlemmene kunne ikke hentes.</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importer mottakere</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Type the start of a name or e-mail. Enter adds the first match; ↓ goes to the matches, where Enter adds the selected ones.</source>
        <translation>Skriv begynnelsen av et navn eller en e-postadresse. Enter legger til det første treffet; ↓ går til treffene, der Enter legger til de valgte.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Message length counter: %1 characters typed, %2 the most allowed</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>Finish or discard the unfinished award above first.</source>
        <translation>Fullfør eller forkast først den ufullførte tildelingen ovenfor.</translation>
    </message>
    <message>
        <source>Add recipients to send an award.</source>
        <translation>Legg til mottakere for å sende en tildeling.</translation>
    </message>
    <message>
        <source>This organisation has no achievement to award.</source>
        <translation>Denne organisasjonen har ingen prestasjon å tildele.</translation>
    </message>
    <message>
        <source>Choose an achievement.</source>
        <translation>Velg en prestasjon.</translation>
    </message>
    <message>
        <source>Write a message: it is required.</source>
        <translation>Skriv en melding: den er påkrevd.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; at most %2 are allowed.</source>
        <extracomment>%1 is the message&apos;s length, %2 the most allowed</extracomment>
        <translation>Meldingen er %1 tegn lang; høyst %2 er tillatt.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recipients: %Ln (at most %1)</source>
        <extracomment>%Ln is how many recipients are on the list; %1 the most allowed</extracomment>
        <translation>
            <numerusform>&amp;Mottakere: %Ln (høyst %1)</numerusform>
            <numerusform>&amp;Mottakere: %Ln (høyst %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Se&amp;nd</translation>
    </message>
    <message>
        <source>The amounts from the file do not apply to achievements.</source>
        <translation>Beløpene fra filen gjelder ikke for prestasjoner.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Ingenting ble sendt: %1</translation>
    </message>
    <message>
        <source>Discarded. If it had reached the server it was paid: the award history shows it.</source>
        <translation>Forkastet. Hvis den hadde nådd serveren, ble den utbetalt: tildelingshistorikken viser den.</translation>
    </message>
    <message>
        <source>The award was not sent: %1</source>
        <translation>Tildelingen ble ikke sendt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln further award(s) of this send were not sent either.</source>
        <translation>
            <numerusform>Ytterligere %Ln tildeling i denne sendingen ble heller ikke sendt.</numerusform>
            <numerusform>Ytterligere %Ln tildelinger i denne sendingen ble heller ikke sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipients of the awards that went through were removed from the list.</source>
        <translation>Mottakerne av tildelingene som gikk gjennom, ble fjernet fra listen.</translation>
    </message>
    <message>
        <source>“%1” cannot be awarded in this organisation: only active achievements of the organisation and active global ones can. Activate it first, or pick its organisation.</source>
        <extracomment>%1 is an achievement&apos;s name</extracomment>
        <translation>«%1» kan ikke tildeles i denne organisasjonen: bare aktive prestasjoner i organisasjonen og aktive globale prestasjoner kan tildeles. Aktiver den først, eller velg organisasjonen den tilhører.</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeConfig</name>
    <message>
        <source>must be a number</source>
        <translation>må være et tall</translation>
    </message>
    <message>
        <source>must be 1 (this console reads badge format 1)</source>
        <translation>må være 1 (denne konsollen leser merkeformat 1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>er påkrevd</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>må være en streng</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <extracomment>%1 is a list of shape names</extracomment>
        <translation>må være en av %1</translation>
    </message>
    <message>
        <source>must be an object with &quot;to&quot; and &quot;angle&quot;</source>
        <translation>må være et objekt med «to» og «angle»</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 359</source>
        <translation>må være et heltall fra 0 til 359</translation>
    </message>
    <message>
        <source>must be an object with &quot;color&quot; and &quot;width&quot;</source>
        <translation>må være et objekt med «color» og «width»</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 16</source>
        <translation>må være et heltall fra 1 til 16</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundled icon</source>
        <extracomment>%1 is the icon name the file asked for</extracomment>
        <translation>«%1» er ikke et innebygd ikon</translation>
    </message>
    <message>
        <source>must be at most 12 characters</source>
        <translation>kan ha høyst 12 tegn</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>må være én linje uten kontrolltegn</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesigner</name>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Load preset “%1”</source>
        <extracomment>undo step: %1 is the preset&apos;s name</extracomment>
        <translation>Last inn forhåndsvalget «%1»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <extracomment>tooltip of the undo button: %1 names the step (&quot;Change fill colour&quot;), %2 the keys</extracomment>
        <translation>Angre: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Ingenting å angre</translation>
    </message>
    <message>
        <source>Redo %1 (%2)</source>
        <translation>Gjør om: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Ingenting å gjøre om</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Eksporter PNG…</translation>
    </message>
    <message>
        <source>%1 × %1 px…</source>
        <extracomment>export menu entry: %1 is the size in pixels</extracomment>
        <translation>%1 × %1 px…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Eksporter SVG…</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Change shape</source>
        <translation>Endre form</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Fyll</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farge:</translation>
    </message>
    <message>
        <source>&amp;Gradient</source>
        <translation>&amp;Gradient</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>&amp;To colour:</source>
        <translation>S&amp;luttfarge:</translation>
    </message>
    <message>
        <source>Gradient angle</source>
        <translation>Gradientvinkel</translation>
    </message>
    <message>
        <source>&amp;Angle:</source>
        <translation>&amp;Vinkel:</translation>
    </message>
    <message>
        <source>Add gradient</source>
        <translation>Legg til gradient</translation>
    </message>
    <message>
        <source>Remove gradient</source>
        <translation>Fjern gradient</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>Kant</translation>
    </message>
    <message>
        <source>Draw a &amp;border</source>
        <translation>Tegn en &amp;kant</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>F&amp;arge:</translation>
    </message>
    <message>
        <source>Border width</source>
        <translation>Kantbredde</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Bredde:</translation>
    </message>
    <message>
        <source>Add border</source>
        <translation>Legg til kant</translation>
    </message>
    <message>
        <source>Remove border</source>
        <translation>Fjern kant</translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translation>&amp;Ikon</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikon</translation>
    </message>
    <message>
        <source>Icon c&amp;olour:</source>
        <translation>Ik&amp;onfarge:</translation>
    </message>
    <message>
        <source>Change icon</source>
        <translation>Bytt ikon</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Optional, up to %1 characters</source>
        <extracomment>placeholder of the badge label; %1 is the maximum length</extracomment>
        <translation>Valgfritt, opptil %1 tegn</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Text colou&amp;r:</source>
        <translation>Tekstfa&amp;rge:</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Endre etikett</translation>
    </message>
    <message>
        <source>Change fill colour</source>
        <translation>Endre fyllfarge</translation>
    </message>
    <message>
        <source>Change gradient colour</source>
        <translation>Endre gradientfarge</translation>
    </message>
    <message>
        <source>Change border colour</source>
        <translation>Endre kantfarge</translation>
    </message>
    <message>
        <source>Change icon colour</source>
        <translation>Endre ikonfarge</translation>
    </message>
    <message>
        <source>Change label colour</source>
        <translation>Endre etikettfarge</translation>
    </message>
    <message>
        <source>Change gradient angle</source>
        <translation>Endre gradientvinkel</translation>
    </message>
    <message>
        <source>Change border width</source>
        <translation>Endre kantbredde</translation>
    </message>
    <message>
        <source>%1°</source>
        <extracomment>an angle in degrees</extracomment>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Export badge as PNG</source>
        <translation>Eksporter merket som PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Export badge as SVG</source>
        <translation>Eksporter merket som SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Lagret %1.</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesignerColorField</name>
    <message>
        <source>Choose the %1 colour…</source>
        <extracomment>%1 names the colour, e.g. &quot;Fill&quot;</extracomment>
        <translation>%1: velg farge…</translation>
    </message>
    <message>
        <source>%1 colour</source>
        <extracomment>colour dialog title; %1 names the colour, e.g. &quot;Fill&quot;</extracomment>
        <translation>%1: farge</translation>
    </message>
    <message>
        <source>%1 colour as hex</source>
        <extracomment>the hex colour field&apos;s accessible name; %1 names the colour, e.g. &quot;Fill&quot;</extracomment>
        <translation>%1: farge som hex-kode</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesignerDialog</name>
    <message>
        <source>Design badge</source>
        <translation>Design merke</translation>
    </message>
    <message>
        <source>Use badge</source>
        <translation>Bruk merket</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesignerIconPicker</name>
    <message>
        <source>Icon</source>
        <translation>Ikon</translation>
    </message>
    <message>
        <source>No icon</source>
        <extracomment>the icon picker&apos;s first cell: a badge without an icon</extracomment>
        <translation>Ingen ikon</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesignerPresetBar</name>
    <message>
        <source>Save as preset…</source>
        <translation>Lagre som forhåndsvalg…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Slett forhåndsvalg</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>Start fra et forhåndsvalg…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Forhåndsvalg</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>For&amp;håndsvalg:</translation>
    </message>
    <message>
        <source>The presets could not be loaded.</source>
        <translation>Forhåndsvalgene kunne ikke lastes inn.</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <extracomment>a preset shared by all tenants in the preset list; %1 is its name</extracomment>
        <translation>%1 (delt)</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <extracomment>tooltip of a preset; %1 is who saved it</extracomment>
        <translation>Lagret av %1</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Lagre som forhåndsvalg</translation>
    </message>
    <message>
        <source>Name of the preset (shared with every tenant):</source>
        <translation>Navnet på forhåndsvalget (deles med alle organisasjoner):</translation>
    </message>
    <message>
        <source>Name of the preset (for this tenant):</source>
        <translation>Navnet på forhåndsvalget (for denne organisasjonen):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>The preset was not saved.</source>
        <translation>Forhåndsvalget ble ikke lagret.</translation>
    </message>
    <message>
        <source>Preset “%1” saved.</source>
        <extracomment>%1 is the preset&apos;s name</extracomment>
        <translation>Forhåndsvalget «%1» ble lagret.</translation>
    </message>
    <message>
        <source>The preset was not deleted.</source>
        <translation>Forhåndsvalget ble ikke slettet.</translation>
    </message>
    <message>
        <source>Preset “%1” deleted.</source>
        <translation>Forhåndsvalget «%1» ble slettet.</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesignerShapePicker</name>
    <message>
        <source>Circle</source>
        <translation>Sirkel</translation>
    </message>
    <message>
        <source>Shield</source>
        <translation>Skjold</translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation>Sekskant</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stjerne</translation>
    </message>
    <message>
        <source>Ribbon</source>
        <translation>Bånd</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgePreviewStrip</name>
    <message>
        <source>Badge preview</source>
        <translation>Forhåndsvisning av merket</translation>
    </message>
    <message>
        <source>Earned: full colour</source>
        <translation>Opptjent: full farge</translation>
    </message>
    <message>
        <source>Not yet earned: “?”, no hint</source>
        <translation>Ikke opptjent ennå: «?», ikke noe hint</translation>
    </message>
    <message>
        <source>Not yet earned: “?”, the card shows the hint</source>
        <translation>Ikke opptjent ennå: «?», kortet viser hintet</translation>
    </message>
    <message>
        <source>Hidden until earned: “?”, never a hint</source>
        <translation>Skjult til den er opptjent: «?», aldri noe hint</translation>
    </message>
    <message>
        <source>%1, %2 px</source>
        <extracomment>accessible name of a preview tile: %1 the state, %2 the size in pixels</extracomment>
        <translation>%1, %2 px</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Opplåst</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Locked + hint</source>
        <extracomment>a locked badge whose card shows the hint</extracomment>
        <translation>Låst + hint</translation>
    </message>
    <message>
        <source>Easter egg</source>
        <translation>Påskeegg</translation>
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
    <name>dicedesk::ImportPreviewModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>import preview: the achievement is new and will be created</extracomment>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>import preview: the achievement exists and will be changed</extracomment>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(ingen nøkkel)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
</context>
<context>
    <name>dicedesk::ImportProblemModel</name>
    <message>
        <source>(file)</source>
        <extracomment>the whole file, when a problem has no field path</extracomment>
        <translation>(fil)</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (kode %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
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
    <message>
        <source>The request waits for a system admin. You will see the award in the history once it is approved.</source>
        <extracomment>A tenant admin&apos;s request link: they cannot open the approval queue</extracomment>
        <translation>Forespørselen venter på en systemadministrator. Du ser tildelingen i historikken når den er godkjent.</translation>
    </message>
    <message>
        <source>Awarding achievements is for tenant admins and system admins. Ask one of them to award “%1”.</source>
        <extracomment>A designer asked to award an achievement; they have no awards pane</extracomment>
        <translation>Tildeling av prestasjoner er forbeholdt organisasjonsadministratorer og systemadministratorer. Be en av dem om å tildele «%1».</translation>
    </message>
</context>
<context>
    <name>dicedesk::MemberHitModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Balance</source>
        <extracomment>Column: the member&apos;s current coin balance</extracomment>
        <translation>Saldo</translation>
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
    <name>dicedesk::PeriodFilter</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Egendefinert periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Show only rows from this period</source>
        <translation>Vis bare rader fra denne perioden</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>Start of a custom date range (a day)</extracomment>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <extracomment>End of a custom date range (a day, included)</extracomment>
        <translation>Ti&amp;l:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
</context>
<context>
    <name>dicedesk::Problems</name>
    <message>
        <source>is required</source>
        <translation>er påkrevd</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>må være en streng</translation>
    </message>
    <message>
        <source>must be a colour like #1E88E5</source>
        <translation>må være en farge som #1E88E5</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>er ikke et kjent felt</translation>
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
    <name>dicedesk::ReasonDialog</name>
    <message>
        <source>&amp;Reason (required, written to the audit log):</source>
        <translation>&amp;Begrunnelse (påkrevd, skrives til revisjonsloggen):</translation>
    </message>
    <message>
        <source>Why? The requester and auditors will read this.</source>
        <translation>Hvorfor? Den som sendte forespørselen, og revisorene vil lese dette.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <extracomment>%n is how many more characters may be typed</extracomment>
        <translation>
            <numerusform>%n tegn igjen</numerusform>
            <numerusform>%n tegn igjen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::RecipientCheckModel</name>
    <message>
        <source>The amount must be a whole number from 1 to 1,000,000.</source>
        <translation>Beløpet må være et heltall fra 1 til 1 000 000.</translation>
    </message>
    <message>
        <source>No user with this e-mail or id that you can see: users of organisations you do not administer are not shown.</source>
        <translation>Det finnes ingen bruker med denne e-postadressen eller ID-en som du kan se: brukere i organisasjoner du ikke administrerer, vises ikke.</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column: the line of the file or list</extracomment>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Recipient</source>
        <extracomment>Column: the e-mail or user id as given</extracomment>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Column: whether the line is added, or why not</extracomment>
        <translation>Kontroll</translation>
    </message>
</context>
<context>
    <name>dicedesk::RecipientImportDialog</name>
    <message>
        <source>Column %1</source>
        <extracomment>%1 is a column number</extracomment>
        <translation>Kolonne %1</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>%1 is a column number, %2 the column&apos;s header</extracomment>
        <translation>Kolonne %1: %2</translation>
    </message>
    <message>
        <source>Column %1 (e.g. %2)</source>
        <extracomment>%1 is a column number, %2 the first value in it</extracomment>
        <translation>Kolonne %1 (f.eks. %2)</translation>
    </message>
    <message>
        <source>Show only lines that are skipped</source>
        <translation>Vis bare linjer som hoppes over</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import recipients from a CSV file</source>
        <translation>Importer mottakere fra en CSV-fil</translation>
    </message>
    <message>
        <source>Paste a list of recipients</source>
        <translation>Lim inn en liste med mottakere</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Velg &amp;fil…</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The first row is a &amp;header</source>
        <translation>Første rad er en &amp;overskrift</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>&amp;Recipient (e-mail or user id):</source>
        <translation>&amp;Mottaker (e-post eller bruker-ID):</translation>
    </message>
    <message>
        <source>&amp;Amount (optional):</source>
        <translation>&amp;Beløp (valgfritt):</translation>
    </message>
    <message>
        <source>E-mail addresses or user ids, separated by line breaks, commas or semicolons:</source>
        <translation>E-postadresser eller bruker-ID-er, atskilt med linjeskift, komma eller semikolon:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <source>Cancelled; nothing will be added.</source>
        <translation>Avbrutt; ingenting blir lagt til.</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importer mottakere</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it or remove columns.</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>Filen er større enn %1 MB; del den opp eller fjern kolonner.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Filen kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leser filen…</translation>
    </message>
    <message>
        <source>The file contained NUL characters; they were ignored.</source>
        <translation>Filen inneholdt NUL-tegn; de ble ignorert.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field; the last line may be incomplete.</source>
        <translation>Filen slutter inne i et felt i anførselstegn; den siste linjen kan være ufullstendig.</translation>
    </message>
    <message>
        <source>The file holds no lines.</source>
        <translation>Filen inneholder ingen linjer.</translation>
    </message>
    <message>
        <source>None: the award&apos;s amount applies to everyone</source>
        <translation>Ingen: beløpet i tildelingen gjelder for alle</translation>
    </message>
    <message>
        <source>Reading the lines…</source>
        <translation>Leser linjene…</translation>
    </message>
    <message>
        <source>The list names %1 different recipients, and an award can have at most %2. Split it into several awards.</source>
        <extracomment>%1 is how many different recipients a file names, %2 the most an award may have</extracomment>
        <translation>Listen inneholder %1 ulike mottakere, og en tildeling kan ha høyst %2. Del den opp i flere tildelinger.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln line(s)…</source>
        <extracomment>Progress while lines are checked against the database</extracomment>
        <translation>
            <numerusform>Kontrollerer %Ln linje…</numerusform>
            <numerusform>Kontrollerer %Ln linjer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %Ln recipient(s), skip %1</source>
        <extracomment>%Ln is how many recipients are added, %1 how many lines are skipped</extracomment>
        <translation>
            <numerusform>&amp;Legg til %Ln mottaker, hopp over %1</numerusform>
            <numerusform>&amp;Legg til %Ln mottakere, hopp over %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add recipients</source>
        <translation>&amp;Legg til mottakere</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Velg en CSV-fil.</translation>
    </message>
    <message>
        <source>Paste e-mails or user ids.</source>
        <translation>Lim inn e-postadresser eller bruker-ID-er.</translation>
    </message>
    <message>
        <source>Too many: an award can have at most %1 recipients, and the list would hold %2.</source>
        <extracomment>%1 is the most recipients an award may have, %2 how many the list would hold</extracomment>
        <translation>For mange: en tildeling kan ha høyst %1 mottakere, og listen ville inneholdt %2.</translation>
    </message>
</context>
<context>
    <name>dicedesk::RecipientListModel</name>
    <message>
        <source>The award&apos;s amount applies</source>
        <translation>Beløpet i tildelingen gjelder</translation>
    </message>
    <message>
        <source>Balance not fetched for recipients from a list</source>
        <translation>Saldoen hentes ikke for mottakere fra en liste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Balance</source>
        <extracomment>Column: the recipient&apos;s current coin balance</extracomment>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column: the recipient&apos;s own amount (from a CSV file)</extracomment>
        <translation>Beløp</translation>
    </message>
</context>
<context>
    <name>dicedesk::RequestDetailView</name>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Velg en forespørsel for å se detaljene.</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detaljer om forespørselen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Godk&amp;jenn…</translation>
    </message>
    <message>
        <source>Approve and pay this award (A)</source>
        <translation>Godkjenn og utbetal denne tildelingen (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Avslå…</translation>
    </message>
    <message>
        <source>Reject this request (R)</source>
        <translation>Avslå denne forespørselen (R)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>The requester&apos;s recent requests</source>
        <translation>Nylige forespørsler fra samme administrator</translation>
    </message>
    <message>
        <source>Loading recipients…</source>
        <translation>Laster mottakere…</translation>
    </message>
    <message>
        <source>No recipients.</source>
        <extracomment>Shown where the recipient list would be when a request has none</extracomment>
        <translation>Ingen mottakere.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n recipient(s) are no longer active members of this organisation.</source>
        <extracomment>%n recipients of the request have left the organisation or were suspended</extracomment>
        <translation>
            <numerusform>⚠ %n mottaker er ikke lenger aktivt medlem av denne organisasjonen.</numerusform>
            <numerusform>⚠ %n mottakere er ikke lenger aktive medlemmer av denne organisasjonen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a date and time, %2 how long ago (&quot;3 h&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Recipients (%n)</source>
        <extracomment>%n is how many users the request would pay</extracomment>
        <translation>
            <numerusform>Mottakere (%n)</numerusform>
            <numerusform>Mottakere (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent requests by %1</source>
        <extracomment>%1 is the requester&apos;s name</extracomment>
        <translation>Nylige forespørsler fra %1</translation>
    </message>
    <message>
        <source>%1 filed no other requests recently.</source>
        <translation>%1 har ikke sendt inn andre forespørsler nylig.</translation>
    </message>
    <message>
        <source>Your own request: another system admin decides it.</source>
        <translation>Din egen forespørsel: en annen systemadministrator avgjør den.</translation>
    </message>
    <message>
        <source>This request expired at %1 and can no longer be decided.</source>
        <extracomment>%1 is the date and time the request expired</extracomment>
        <translation>Forespørselen utløp %1 og kan ikke lenger avgjøres.</translation>
    </message>
    <message>
        <source>This request is closed: %1.</source>
        <extracomment>%1 is the request&apos;s status (&quot;Approved&quot;, &quot;Rejected&quot;, ...)</extracomment>
        <translation>Forespørselen er avsluttet: %1.</translation>
    </message>
    <message>
        <source>Only system admins decide award requests.</source>
        <translation>Bare systemadministratorer avgjør tildelingsforespørsler.</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Forespurt av</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>What each recipient gets</extracomment>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Filed</source>
        <extracomment>When the request was filed</extracomment>
        <translation>Sendt inn</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <extracomment>Who decided the request, when and why</extracomment>
        <translation>Avgjørelse</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>dicedesk::RequestQueueModel</name>
    <message>
        <source>Requester</source>
        <extracomment>The tenant admin who asked for the award</extracomment>
        <translation>Forespurt av</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Amount × recipients</source>
        <extracomment>Column header: what each recipient gets × how many recipients</extracomment>
        <translation>Beløp × mottakere</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>How long ago the request was filed</extracomment>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dicedesk::RequestRecipientsModel</name>
    <message>
        <source>none</source>
        <extracomment>A recipient received no awards recently</extracomment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>One recent award: %1 what (&quot;500 coins&quot;), %2 how long ago (&quot;3 d&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no longer a member</source>
        <translation>ikke lenger medlem</translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <extracomment>A recent award in a tooltip: %1 when, %2 what, %3 who gave it</extracomment>
        <translation>%1: %2 fra %3</translation>
    </message>
    <message>
        <source>This user is no longer an active member of the organisation.</source>
        <translation>Brukeren er ikke lenger aktivt medlem av organisasjonen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Coins</source>
        <extracomment>The recipient&apos;s current coin balance</extracomment>
        <translation>Mynter</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Recent awards</source>
        <translation>Nylige tildelinger</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Medlemskap</translation>
    </message>
</context>
<context>
    <name>dicedesk::RequesterHistoryModel</name>
    <message>
        <source>by %1 at %2</source>
        <extracomment>Who decided a request and when: &quot;by Sam Sysadmin at 14:02&quot;</extracomment>
        <translation>av %1, %2</translation>
    </message>
    <message>
        <source>by %1 at %2: %3</source>
        <extracomment>Who decided a request, when and why: &quot;by Sam Sysadmin at 14:02: Over budget&quot;</extracomment>
        <translation>av %1, %2: %3</translation>
    </message>
    <message>
        <source>Filed</source>
        <extracomment>When a request was filed</extracomment>
        <translation>Sendt inn</translation>
    </message>
    <message>
        <source>Amount × recipients</source>
        <translation>Beløp × mottakere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjørelse</translation>
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
    <name>dicedesk::UnlockCriteriaEditor</name>
    <message>
        <source>Event — unlocks when something happens a number of times</source>
        <translation>Hendelse – låses opp når noe har skjedd et visst antall ganger</translation>
    </message>
    <message>
        <source>Milestone — unlocks when a figure reaches a threshold</source>
        <translation>Milepæl – låses opp når et tall når en terskel</translation>
    </message>
    <message>
        <source>Manual — awarded by hand</source>
        <translation>Manuell – tildeles manuelt</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Hendelsestype</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Ganger</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Måleverdi</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Terskel</translation>
    </message>
    <message>
        <source>No parameters: staff award this achievement to members from the console.</source>
        <translation>Ingen parametere: de ansatte tildeler prestasjonen til medlemmer fra konsollen.</translation>
    </message>
    <message>
        <source>e.g. session_completed</source>
        <translation>f.eks. session_completed</translation>
    </message>
    <message>
        <source>e.g. session_count</source>
        <translation>f.eks. session_count</translation>
    </message>
    <message>
        <source>Other parameters, kept as they are: %1</source>
        <extracomment>%1 a list of parameters the console does not edit, like: campaign = &quot;summer&quot;</extracomment>
        <translation>Andre parametere, som beholdes som de er: %1</translation>
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
    <name>dicedesk::WorkProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop preparing; nothing is sent</source>
        <translation>Stopp forberedelsen; ingenting sendes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
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
