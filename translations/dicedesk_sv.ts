<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AchievementExport</name>
    <message>
        <source>The export could not be written to %1: %2</source>
        <extracomment>%1 is the file name, %2 the system&apos;s reason</extracomment>
        <translation>Det gick inte att skriva exporten till %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n achievement(s) exported to %1.</source>
        <extracomment>%n achievements, %1 the file name</extracomment>
        <translation>
            <numerusform>%n prestation exporterades till %1.</numerusform>
            <numerusform>%n prestationer exporterades till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Inte ansluten.</translation>
    </message>
    <message>
        <source>The achievements could not be exported.</source>
        <translation>Prestationerna kunde inte exporteras.</translation>
    </message>
    <message>
        <source>Export achievements</source>
        <translation>Exportera prestationer</translation>
    </message>
    <message>
        <source>Award builder exports (*.json)</source>
        <extracomment>file dialog filter for award builder export files</extracomment>
        <translation>Award Builder-exporter (*.json)</translation>
    </message>
</context>
<context>
    <name>AchievementValidation</name>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Ledtråd</translation>
    </message>
    <message>
        <source>Criteria text</source>
        <translation>Kriterietext</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Märkesfärg</translation>
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
        <translation>Märkesdesign</translation>
    </message>
    <message>
        <source>Condition type</source>
        <translation>Villkorstyp</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>Villkorsvärde</translation>
    </message>
    <message>
        <source>Unlock criteria</source>
        <translation>Upplåsningskriterier</translation>
    </message>
    <message>
        <source>Unlock type</source>
        <translation>Upplåsningstyp</translation>
    </message>
    <message>
        <source>Easter egg</source>
        <translation>Påskägg</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfång</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisation</translation>
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
        <translation>Filen är %1 MB; en export får vara högst 5 MB</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2 (line %3, column %4)</source>
        <extracomment>%1 is the parser&apos;s explanation, %2 the byte offset, %3 the line, %4 the column</extracomment>
        <translation>Filen är inte giltig JSON: %1 vid position %2 (rad %3, kolumn %4)</translation>
    </message>
    <message>
        <source>The file must hold a JSON object (an AWARD_BUILDER_EXPORT_SCHEMA_V1 export)</source>
        <translation>Filen måste innehålla ett JSON-objekt (en AWARD_BUILDER_EXPORT_SCHEMA_V1-export)</translation>
    </message>
    <message>
        <source>duplicate key, also at achievements[%1]</source>
        <extracomment>%1 is the index of the achievement with the same key</extracomment>
        <translation>dubblettnyckel, finns även i achievements[%1]</translation>
    </message>
</context>
<context>
    <name>AwardJournal</name>
    <message>
        <source>not a DiceDesk award journal</source>
        <translation>inte en DiceDesk-utdelningsjournal</translation>
    </message>
    <message>
        <source>The award journal %1 could not be read (%2). It was kept as %3. Awards that were being sent when DiceDesk stopped cannot be finished from it: check the award history.</source>
        <extracomment>%1 is a file path, %2 why it could not be read, %3 where it was kept</extracomment>
        <translation>Utdelningsjournalen %1 kunde inte läsas (%2). Den sparades som %3. Utdelningar som höll på att skickas när DiceDesk avslutades kan inte slutföras härifrån: kontrollera utdelningshistoriken.</translation>
    </message>
    <message>
        <source>The folder %1 for the award journal could not be created.</source>
        <translation>Mappen %1 för utdelningsjournalen kunde inte skapas.</translation>
    </message>
    <message>
        <source>The award journal %1 is locked by another DiceDesk window.</source>
        <translation>Utdelningsjournalen %1 är låst av ett annat DiceDesk-fönster.</translation>
    </message>
    <message>
        <source>The award journal %1 could not be written: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Det gick inte att skriva till utdelningsjournalen %1: %2</translation>
    </message>
</context>
<context>
    <name>AwardOutcomeText</name>
    <message>
        <source>Show award</source>
        <translation>Visa utdelningen</translation>
    </message>
    <message>
        <source>Already applied: %1 had been paid before; nothing new was paid.</source>
        <extracomment>%1 is &quot;50 coins to 120 recipients&quot;</extracomment>
        <translation>Redan genomförd: %1 hade redan betalats ut; inget nytt betalades ut.</translation>
    </message>
    <message>
        <source>Awarded %1.</source>
        <translation>Delade ut %1.</translation>
    </message>
    <message>
        <source>Paid %1.</source>
        <translation>Betalade ut %1.</translation>
    </message>
    <message>
        <source>Show request</source>
        <translation>Visa förfrågan</translation>
    </message>
    <message>
        <source>View request</source>
        <translation>Öppna förfrågan</translation>
    </message>
    <message>
        <source>Already applied: %1 had been filed as a request before; nothing new was filed.</source>
        <translation>Redan genomförd: %1 hade redan lämnats in som en förfrågan; ingen ny förfrågan lämnades in.</translation>
    </message>
    <message>
        <source>%1 (total %2) reaches the approval threshold: it is now a request for a system admin.</source>
        <extracomment>%1 is &quot;50 coins to 120 recipients&quot;, %2 the total (&quot;6,000 coins&quot;)</extracomment>
        <translation>%1 (totalt %2) når upp till godkännandetröskeln: det är nu en förfrågan till en systemadministratör.</translation>
    </message>
    <message>
        <source>The connection failed while sending %1, so DiceDesk cannot tell whether it was paid. Send again to finish: the same key is used, so nothing is paid twice.</source>
        <extracomment>%1 is &quot;50 coins to 120 recipients&quot; (several separated by semicolons)</extracomment>
        <translation>Anslutningen bröts när %1 skickades, så DiceDesk kan inte avgöra om det betalades ut. Skicka igen för att slutföra: samma nyckel används, så inget betalas ut två gånger.</translation>
    </message>
    <message>
        <source>An award of %1 was being sent when DiceDesk stopped. Check and finish sends it again with the same key: if it had arrived, nothing is paid twice.</source>
        <extracomment>%1 is &quot;50 coins to 120 recipients&quot;</extracomment>
        <translation>En utdelning av %1 höll på att skickas när DiceDesk avslutades. ”Kontrollera och slutför” skickar den igen med samma nyckel: om den hade kommit fram betalas inget ut två gånger.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln awards were being sent when DiceDesk stopped: %1. Check and finish sends them again with the same keys: those that had arrived are not paid twice.</source>
        <extracomment>%1 lists the awards, e.g. &quot;50 coins to 120 recipients; 10 XP to 3 recipients&quot;</extracomment>
        <translation>
            <numerusform>%Ln utdelning höll på att skickas när DiceDesk avslutades: %1. ”Kontrollera och slutför” skickar den igen med samma nyckel: om den hade kommit fram betalas den inte ut två gånger.</numerusform>
            <numerusform>%Ln utdelningar höll på att skickas när DiceDesk avslutades: %1. ”Kontrollera och slutför” skickar dem igen med samma nycklar: de som hade kommit fram betalas inte ut två gånger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwardPlan</name>
    <message>
        <source>an achievement</source>
        <translation>en prestation</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1 XP</source>
        <extracomment>%1 is an amount of experience points, e.g. &quot;250 XP&quot;</extracomment>
        <translation>%1 XP</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <extracomment>%1 is an amount of coins, e.g. &quot;500 coins&quot;</extracomment>
        <translation>%1 mynt</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %Ln recipient(s)</source>
        <extracomment>%1 is what each recipient gets (&quot;50 coins&quot;), %Ln how many recipients</extracomment>
        <translation>
            <numerusform>%1 till %Ln mottagare</numerusform>
            <numerusform>%1 till %Ln mottagare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 is how many recipients, %2 what each gets: &quot;120 × 50 coins&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Add recipients to see the total.</source>
        <translation>Lägg till mottagare för att se totalsumman.</translation>
    </message>
    <message>
        <source>%1. Awarded now: achievements never need approval.</source>
        <extracomment>%1 is &quot;“Achievement name” to 120 recipients&quot;</extracomment>
        <translation>%1. Delas ut direkt: prestationer behöver aldrig godkännas.</translation>
    </message>
    <message numerus="yes">
        <source>Total %1 to %Ln recipient(s).</source>
        <extracomment>%1 is the total (&quot;6,000 coins&quot;), %Ln how many recipients</extracomment>
        <translation>
            <numerusform>Totalt %1 till %Ln mottagare.</numerusform>
            <numerusform>Totalt %1 till %Ln mottagare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s): %1. %2</source>
        <extracomment>%Ln is how many awards are sent (one per amount), %1 lists them, %2 is the total</extracomment>
        <translation>
            <numerusform>%Ln utdelning: %1. %2</numerusform>
            <numerusform>%Ln utdelningar: %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid now: system admins are not held by the approval threshold.</source>
        <translation>Betalas ut direkt: godkännandetröskeln gäller inte systemadministratörer.</translation>
    </message>
    <message>
        <source>The approval threshold is not known: the database decides when you send whether this is paid now or becomes a request.</source>
        <translation>Godkännandetröskeln är okänd: databasen avgör när du skickar om detta betalas ut direkt eller blir en förfrågan.</translation>
    </message>
    <message>
        <source>At or above the approval threshold of %1: this becomes a request for a system admin.</source>
        <translation>Når upp till godkännandetröskeln på %1: detta blir en förfrågan till en systemadministratör.</translation>
    </message>
    <message>
        <source>Below the approval threshold of %1: paid now.</source>
        <translation>Under godkännandetröskeln på %1: betalas ut direkt.</translation>
    </message>
    <message>
        <source>Each award is below the approval threshold of %1: all are paid now.</source>
        <translation>Varje utdelning ligger under godkännandetröskeln på %1: alla betalas ut direkt.</translation>
    </message>
    <message>
        <source>Each award is at or above the approval threshold of %1: they become requests for a system admin.</source>
        <translation>Varje utdelning når upp till godkännandetröskeln på %1: de blir förfrågningar till en systemadministratör.</translation>
    </message>
    <message>
        <source>At or above the approval threshold of %1, so requests for a system admin: %2. The others are paid now.</source>
        <extracomment>%1 is the threshold (&quot;500 coins&quot;), %2 lists the awards that reach it</extracomment>
        <translation>Når upp till godkännandetröskeln på %1 och blir därför förfrågningar till en systemadministratör: %2. De övriga betalas ut direkt.</translation>
    </message>
</context>
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
    <name>BadgeDesignerExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 is the file name, %2 the system&apos;s reason</extracomment>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>The badge could not be drawn as a PNG image.</source>
        <translation>Märket kunde inte ritas som en PNG-bild.</translation>
    </message>
    <message>
        <source>The badge could not be drawn as an SVG image.</source>
        <translation>Märket kunde inte ritas som en SVG-bild.</translation>
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
    <name>PgAchievementQueries</name>
    <message>
        <source>The document is %1 MB; an import may be at most 5 MB</source>
        <extracomment>%1 is the size of the document in megabytes, e.g. 10.0</extracomment>
        <translation>Dokumentet är %1 MB; en import får vara högst 5 MB</translation>
    </message>
    <message>
        <source>The document contains a NUL character (\u0000), which cannot be stored</source>
        <translation>Dokumentet innehåller ett NUL-tecken (\u0000), som inte kan lagras</translation>
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
        <translation>ingen mottagare</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>okänd användare</translation>
    </message>
    <message>
        <source>not a member of this organisation</source>
        <translation>inte medlem i den här organisationen</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <source>bad amount</source>
        <extracomment>The amount cell is not a whole number from 1 to 1,000,000</extracomment>
        <translation>ogiltigt belopp</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Inget att lägga till.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to add</source>
        <extracomment>%Ln is how many lines of the list will be added</extracomment>
        <translation>
            <numerusform>%Ln att lägga till</numerusform>
            <numerusform>%Ln att lägga till</numerusform>
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
        <translation>%1; %2 hoppas över: %3.</translation>
    </message>
</context>
<context>
    <name>RequestFormat</name>
    <message>
        <source>Achievement</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>%1 XP</source>
        <extracomment>%1 is an amount of experience points, e.g. &quot;250 XP&quot;</extracomment>
        <translation>%1 XP</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <extracomment>%1 is an amount of coins, e.g. &quot;500 coins&quot;</extracomment>
        <translation>%1 mynt</translation>
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
            <numerusform>%n upplåsning</numerusform>
            <numerusform>%n upplåsningar</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>Age column of a request that can no longer be decided</extracomment>
        <translation>utgången</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>Age of a request filed less than a minute ago</extracomment>
        <translation>nu</translation>
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
            <numerusform>%n tim</numerusform>
            <numerusform>%n tim</numerusform>
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
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>A request its requester withdrew</extracomment>
        <translation>Avbruten</translation>
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
    <name>dicedesk::AchievementDefinitionTab</name>
    <message>
        <source>Draft — only staff see it</source>
        <translation>Utkast – bara personalen ser den</translation>
    </message>
    <message>
        <source>Active — members can unlock it</source>
        <translation>Aktiv – medlemmar kan låsa upp den</translation>
    </message>
    <message>
        <source>Archived — kept by holders, no longer unlocked</source>
        <translation>Arkiverad – innehavarna behåller den, den kan inte längre låsas upp</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Nyckel</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Omfång</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Condition type</source>
        <translation>&amp;Villkorstyp</translation>
    </message>
    <message>
        <source>Condition &amp;value</source>
        <translation>Villkorsv&amp;ärde</translation>
    </message>
    <message>
        <source>&amp;Unlock criteria</source>
        <translation>Upplåsnings&amp;kriterier</translation>
    </message>
    <message>
        <source>Badge &amp;colour</source>
        <translation>&amp;Märkesfärg</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Upplåsning</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Synlighet</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Märke</translation>
    </message>
    <message>
        <source>e.g. session-10</source>
        <translation>t.ex. session-10</translation>
    </message>
    <message>
        <source>2 to 64 characters: lower-case letters, digits and _ . - , starting with a letter or digit. Unique among the achievements of the scope.</source>
        <translation>2 till 64 tecken: gemener, siffror och _ . - , med en bokstav eller siffra först. Unik bland prestationerna i omfånget.</translation>
    </message>
    <message>
        <source>What the platform counts; pick a known type or type your own.</source>
        <translation>Vad plattformen räknar; välj en känd typ eller skriv en egen.</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>shown in the condition value box when there is no value</extracomment>
        <translation>Inget</translation>
    </message>
    <message>
        <source>&amp;Easter egg (a secret achievement)</source>
        <translation>&amp;Påskägg (en hemlig prestation)</translation>
    </message>
    <message>
        <source>Members see only &quot;?&quot; until they unlock it, and no hint at all: the hint fields are cleared and locked while this is on.</source>
        <translation>Medlemmarna ser bara ”?” tills de låser upp den, och ingen ledtråd alls: ledtrådsfälten töms och låses så länge detta är på.</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Design badge…</source>
        <translation>Desi&amp;gna märke…</translation>
    </message>
    <message>
        <source>Use a plain badge</source>
        <translation>Använd ett enkelt märke</translation>
    </message>
    <message>
        <source>Remove the badge design; members see a plain badge in the badge colour.</source>
        <translation>Ta bort märkesdesignen; medlemmarna ser ett enkelt märke i märkesfärgen.</translation>
    </message>
    <message>
        <source>Global — every tenant</source>
        <translation>Global – alla organisationer</translation>
    </message>
    <message>
        <source>The scope cannot change once the achievement exists; create a new one instead.</source>
        <translation>Omfånget kan inte ändras när prestationen väl finns; skapa en ny i stället.</translation>
    </message>
    <message>
        <source>Global achievements are shown in every tenant.</source>
        <translation>Globala prestationer visas i alla organisationer.</translation>
    </message>
    <message>
        <source>You can create achievements in the tenants where you are an admin or editor; global ones are for system admins.</source>
        <translation>Du kan skapa prestationer i de organisationer där du är administratör eller redaktör; globala prestationer är till för systemadministratörer.</translation>
    </message>
    <message>
        <source>A new achievement starts as a draft or active.</source>
        <translation>En ny prestation börjar som utkast eller aktiv.</translation>
    </message>
    <message>
        <source>A draft can be activated; it never returns to draft after.</source>
        <translation>Ett utkast kan aktiveras; därefter blir det aldrig utkast igen.</translation>
    </message>
    <message>
        <source>Active and archived switch back and forth; nothing returns to draft.</source>
        <translation>Aktiv och arkiverad kan växlas fram och tillbaka; inget blir utkast igen.</translation>
    </message>
    <message>
        <source>No badge design yet: members see a plain badge in the badge colour.</source>
        <translation>Ingen märkesdesign ännu: medlemmarna ser ett enkelt märke i märkesfärgen.</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Märkesfärg</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementDetailPanel</name>
    <message>
        <source>Achievement details</source>
        <translation>Detaljer om prestationen</translation>
    </message>
    <message>
        <source>Badge preview</source>
        <translation>Förhandsvisning av märket</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>Open the achievement in the editor (Enter)</source>
        <translation>Öppna prestationen i redigeraren (Enter)</translation>
    </message>
    <message>
        <source>A&amp;ward…</source>
        <translation>&amp;Dela ut…</translation>
    </message>
    <message>
        <source>Award this achievement to members</source>
        <translation>Dela ut den här prestationen till medlemmar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfång</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Upplåsning</translation>
    </message>
    <message>
        <source> · easter egg</source>
        <translation> · påskägg</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>Saknade översättningar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Ledtråd</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>%1 is a date and time, %2 a person&apos;s name</extracomment>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Event: %1 × %2</source>
        <extracomment>%1 is an event type (session_completed), %2 how many times it must happen</extracomment>
        <translation>Händelse: %1 × %2</translation>
    </message>
    <message>
        <source>Milestone: %1 ≥ %2</source>
        <extracomment>%1 is a metric (session_count), %2 the threshold to reach</extracomment>
        <translation>Milstolpe: %1 ≥ %2</translation>
    </message>
    <message>
        <source>Awarded by hand</source>
        <translation>Delas ut manuellt</translation>
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
        <translation>Arkiverad</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
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
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementEditorDialog</name>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation>&amp;Texter</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsvisning</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Spara (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;Award to members…</source>
        <translation>Dela &amp;ut till medlemmar…</translation>
    </message>
    <message>
        <source>Award this achievement to members by hand.</source>
        <translation>Dela ut den här prestationen till medlemmar manuellt.</translation>
    </message>
    <message>
        <source>Reapply my changes</source>
        <translation>Tillämpa mina ändringar igen</translation>
    </message>
    <message>
        <source>Load the latest version and apply your changes on top of it; review and save again.</source>
        <translation>Läs in den senaste versionen och tillämpa dina ändringar på den; granska och spara igen.</translation>
    </message>
    <message>
        <source>Discard mine and reload</source>
        <translation>Förkasta mina och läs in igen</translation>
    </message>
    <message>
        <source>You may not create achievements: that needs a system admin, or the admin or editor role in a tenant.</source>
        <translation>Du får inte skapa prestationer: det kräver en systemadministratör eller rollen administratör eller redaktör i en organisation.</translation>
    </message>
    <message>
        <source>Loading the achievement…</source>
        <translation>Laddar prestationen…</translation>
    </message>
    <message>
        <source>You can look at this achievement but not change it: that needs a system admin, or an admin or editor of its tenant.</source>
        <translation>Du kan titta på den här prestationen men inte ändra den: det kräver en systemadministratör eller en administratör eller redaktör i dess organisation.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) to save:</source>
        <extracomment>followed by the list of problems, one a line</extracomment>
        <translation>
            <numerusform>Åtgärda %n problem för att spara:</numerusform>
            <numerusform>Åtgärda %n problem för att spara:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some translations are missing</source>
        <translation>Vissa översättningar saknas</translation>
    </message>
    <message>
        <source>Only active achievements can be awarded.</source>
        <translation>Bara aktiva prestationer kan delas ut.</translation>
    </message>
    <message>
        <source>new achievement</source>
        <translation>ny prestation</translation>
    </message>
    <message>
        <source>New achievement[*]</source>
        <translation>Ny prestation[*]</translation>
    </message>
    <message>
        <source>Achievement %1</source>
        <translation>Prestation %1</translation>
    </message>
    <message>
        <source>Edit achievement %1[*]</source>
        <extracomment>%1 the achievement key</extracomment>
        <translation>Redigera prestation %1[*]</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparad än</translation>
    </message>
    <message>
        <source>Version %1 · saved by %2 · %3</source>
        <extracomment>%1 version number, %2 who saved it, %3 when</extracomment>
        <translation>Version %1 · sparad av %2 · %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>osparade ändringar</translation>
    </message>
    <message numerus="yes">
        <source>Held by %n member(s) — they keep it; the change applies to how it shows.</source>
        <extracomment>shown before saving a change to an active achievement; %n members hold it</extracomment>
        <translation>
            <numerusform>Innehas av %n medlem – medlemmen behåller den; ändringen gäller hur den visas.</numerusform>
            <numerusform>Innehas av %n medlemmar – de behåller den; ändringen gäller hur den visas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Laddar versionerna…</translation>
    </message>
    <message>
        <source>Save a new version of %1. Changed: %2.</source>
        <extracomment>%1 the achievement key, %2 the changed fields, e.g. &quot;Name (English), Status&quot;</extracomment>
        <translation>Spara en ny version av %1. Ändrat: %2.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Sparad som version %1.</translation>
    </message>
    <message>
        <source>Nothing to save: the stored version is the same.</source>
        <translation>Inget att spara: den sparade versionen är likadan.</translation>
    </message>
    <message>
        <source>Someone else saved a newer version while you were editing. Your changes are still here: apply them on top of the latest version (and review before saving), or discard them and reload.</source>
        <translation>Någon annan sparade en nyare version medan du redigerade. Dina ändringar finns kvar: tillämpa dem på den senaste versionen (och granska innan du sparar), eller förkasta dem och läs in igen.</translation>
    </message>
    <message>
        <source>The database refused the achievement; the problems are shown at their fields. Your changes are kept.</source>
        <translation>Databasen avvisade prestationen; problemen visas vid respektive fält. Dina ändringar finns kvar.</translation>
    </message>
    <message>
        <source>Your changes are kept.</source>
        <translation>Dina ändringar finns kvar.</translation>
    </message>
    <message>
        <source>Your changes are applied on top of version %1 by %2. Review them and save again.</source>
        <extracomment>%1 the latest version number, %2 who saved it</extracomment>
        <translation>Dina ändringar har tillämpats på version %1 av %2. Granska dem och spara igen.</translation>
    </message>
    <message>
        <source>Reloaded version %1.</source>
        <translation>Läste in version %1 igen.</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <extracomment>the suggested reason when restoring, %1 the version number</extracomment>
        <translation>Återställde version %1</translation>
    </message>
    <message>
        <source>Version %1 is loaded into the editor. Review it and save to store it as a new version.</source>
        <translation>Version %1 har lästs in i redigeraren. Granska den och spara den som en ny version.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The achievement has changes that are not saved.</source>
        <translation>Prestationen har ändringar som inte har sparats.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vill du spara dem innan du stänger?</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementFilterBar</name>
    <message>
        <source>All</source>
        <extracomment>Scope filter: global and tenant achievements</extracomment>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>Status filter: every status</extracomment>
        <translation>Alla</translation>
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
        <translation>Arkiverad</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Sort order of the achievements list</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Senast ändrade</translation>
    </message>
    <message>
        <source>Search key or name…</source>
        <translation>Sök nyckel eller namn…</translation>
    </message>
    <message>
        <source>Search achievements</source>
        <translation>Sök prestationer</translation>
    </message>
    <message>
        <source>Achievements whose key or name (in any language) contains the text (Ctrl+F)</source>
        <translation>Prestationer vars nyckel eller namn (på något språk) innehåller texten (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Om&amp;fång:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>Vi&amp;llkor:</translation>
    </message>
    <message>
        <source>Condition type</source>
        <translation>Villkorstyp</translation>
    </message>
    <message>
        <source>Only achievements with this condition type</source>
        <translation>Bara prestationer med den här villkorstypen</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>So&amp;rtera efter:</translation>
    </message>
    <message>
        <source>All in scope</source>
        <extracomment>Tenant filter: every tenant in the console&apos;s scope</extracomment>
        <translation>Alla i omfånget</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Achievements in the file</source>
        <translation>Prestationer i filen</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>Verk&amp;ställ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import achievements</source>
        <translation>Importera prestationer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>No file chosen. Choose an award builder export (.json).</source>
        <translation>Ingen fil vald. Välj en Award Builder-export (.json).</translation>
    </message>
    <message>
        <source>Award builder exports (*.json);;All files (*)</source>
        <translation>Award Builder-exporter (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>Filen kan inte öppnas: %1</translation>
    </message>
    <message numerus="yes">
        <source>This file cannot be imported: %n problem(s) found. Nothing was written.</source>
        <extracomment>%n problems found while reading the file</extracomment>
        <translation>
            <numerusform>Filen kan inte importeras: %n problem hittades. Inget skrevs.</numerusform>
            <numerusform>Filen kan inte importeras: %n problem hittades. Inget skrevs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Inte ansluten.</translation>
    </message>
    <message>
        <source>Checking the file with the server…</source>
        <translation>Kontrollerar filen mot servern…</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Filen kunde inte kontrolleras.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused this file: %n problem(s). Nothing was written.</source>
        <translation>
            <numerusform>Servern avvisade filen: %n problem. Inget skrevs.</numerusform>
            <numerusform>Servern avvisade filen: %n problem. Inget skrevs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: the database already matches.</source>
        <translation>Inget att importera: databasen stämmer redan överens.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <extracomment>import counts; each %n is a number of achievements</extracomment>
        <translation>
            <numerusform>%n skapad</numerusform>
            <numerusform>%n skapade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n att skapa</numerusform>
            <numerusform>%n att skapa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n att uppdatera</numerusform>
            <numerusform>%n att uppdatera</numerusform>
        </translation>
    </message>
    <message>
        <source>Import into %1: %2 Every change is a new version written with this reason; all or nothing.</source>
        <extracomment>%1 the scope (&quot;Global&quot;, a tenant), %2 the counts (&quot;2 to create, 1 to update, …&quot;)</extracomment>
        <translation>Import till %1: %2 Varje ändring blir en ny version som sparas med den här motiveringen; allt eller inget.</translation>
    </message>
    <message>
        <source>Apply import</source>
        <translation>Verkställ importen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>The import was not applied; nothing was written.</source>
        <translation>Importen genomfördes inte; inget skrevs.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused the import: %n problem(s). Nothing was written.</source>
        <translation>
            <numerusform>Servern avvisade importen: %n problem. Inget skrevs.</numerusform>
            <numerusform>Servern avvisade importen: %n problem. Inget skrevs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import applied: %1</source>
        <translation>Importen genomförd: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Global (every tenant)</source>
        <translation>Global (alla organisationer)</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <extracomment>%1 is the tenant&apos;s name or id</extracomment>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message numerus="yes">
        <source>Schema version %1 · Scope: %2 · %n achievement(s)</source>
        <extracomment>import summary: %1 schema version (&quot;1.0&quot;), %2 the scope, %n achievements</extracomment>
        <translation>
            <numerusform>Schemaversion %1 · Omfång: %2 · %n prestation</numerusform>
            <numerusform>Schemaversion %1 · Omfång: %2 · %n prestationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <extracomment>heading of the problem list; %n problems</extracomment>
        <translation>
            <numerusform>Problem (%n)</numerusform>
            <numerusform>Problem (%n)</numerusform>
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
        <translation>Arkiverad</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>How an achievement is unlocked: by an event (e.g. a completed session)</extracomment>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Milestone</source>
        <extracomment>How an achievement is unlocked: by reaching a threshold of a metric</extracomment>
        <translation>Milstolpe</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Märke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>The achievement&apos;s key (achievement_key), unique per scope</extracomment>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Global, or the tenant an achievement belongs to</extracomment>
        <translation>Omfång</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>How the achievement is unlocked: event, milestone or manual</extracomment>
        <translation>Upplåsning</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Översättningar</translation>
    </message>
    <message>
        <source>Holders</source>
        <extracomment>Members who hold the achievement</extracomment>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>%1 · easter egg</source>
        <translation>%1 · påskägg</translation>
    </message>
    <message>
        <source>Missing translations: %1</source>
        <extracomment>%1 lists locale codes (no, en)</extracomment>
        <translation>Saknade översättningar: %1</translation>
    </message>
    <message>
        <source>Badge of %1</source>
        <extracomment>Accessible text of the badge thumbnail; %1 is the achievement&apos;s name</extracomment>
        <translation>Märke för %1</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementMemberPreview</name>
    <message>
        <source>How members see this achievement in the achievements grid of the app.</source>
        <translation>Så här ser medlemmarna prestationen i appens rutnät med prestationer.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>⚠ Missing translation: there is no %1 text yet, so members who use %1 see the Swedish one.</source>
        <extracomment>%1 a language (English); members of it see the Swedish texts</extracomment>
        <translation>⚠ Översättning saknas (%1): det finns ingen text på det språket ännu, så medlemmar som använder det ser den svenska.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Upplåst</translation>
    </message>
    <message>
        <source>Locked · easter egg</source>
        <translation>Låst · påskägg</translation>
    </message>
    <message>
        <source>An easter egg stays a mystery: members see only &quot;?&quot;, with no name and no hint, until they unlock it.</source>
        <translation>Ett påskägg förblir ett mysterium: medlemmarna ser bara ”?”, utan namn och utan ledtråd, tills de låser upp det.</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <extracomment>the hint on a locked achievement card, %1 the hint text</extracomment>
        <translation>Ledtråd: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Locked achievements show a greyed badge with &quot;?&quot;. Add a hint to tell members how to get it.</source>
        <translation>Låsta prestationer visas som ett grått märke med ”?”. Lägg till en ledtråd som berättar för medlemmarna hur de får den.</translation>
    </message>
    <message>
        <source>Locked achievements show a greyed badge with &quot;?&quot; and the hint.</source>
        <translation>Låsta prestationer visas som ett grått märke med ”?” och ledtråden.</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementTextsTab</name>
    <message>
        <source>Swedish is the main language: its texts are also the achievement&apos;s own name, description and hint, shown to members whose language has no translation.</source>
        <translation>Svenska är huvudspråket: de svenska texterna är också prestationens eget namn, beskrivning och ledtråd, som visas för medlemmar vars språk saknar översättning.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Criteria text</source>
        <translation>&amp;Kriterietext</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Leave all fields empty for no translation</source>
        <translation>Lämna alla fält tomma om ingen översättning behövs</translation>
    </message>
    <message>
        <source>Easter eggs have no hint</source>
        <translation>Påskägg har ingen ledtråd</translation>
    </message>
    <message>
        <source>Shown on the locked badge</source>
        <translation>Visas på det låsta märket</translation>
    </message>
    <message>
        <source>How to unlock it, in the member&apos;s words</source>
        <translation>Hur den låses upp, formulerat för medlemmen</translation>
    </message>
    <message>
        <source>Easter eggs have no hint: members see only &quot;?&quot; until they find it.</source>
        <translation>Påskägg har ingen ledtråd: medlemmarna ser bara ”?” tills de hittar det.</translation>
    </message>
    <message>
        <source>No translation yet</source>
        <translation>Ingen översättning ännu</translation>
    </message>
    <message>
        <source>⚠ Missing translations: %1. The Swedish name is required.</source>
        <extracomment>%1 the languages without a translation, e.g. &quot;Swedish, Norwegian&quot;</extracomment>
        <translation>⚠ Saknade översättningar: %1. Det svenska namnet är obligatoriskt.</translation>
    </message>
    <message>
        <source>⚠ Missing translations: %1. Members who use them see the Swedish texts until they are added.</source>
        <extracomment>%1 the languages without a translation, e.g. &quot;English, Norwegian&quot;</extracomment>
        <translation>⚠ Saknade översättningar: %1. Medlemmar som använder de språken ser de svenska texterna tills översättningarna har lagts till.</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eskrivning</translation>
    </message>
    <message>
        <source>Hi&amp;nt</source>
        <translation>&amp;Ledtråd</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementValidation</name>
    <message>
        <source>is required</source>
        <translation>är obligatoriskt</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <extracomment>%1 the length of the text, %2 the most allowed (both character counts)</extracomment>
        <translation>är %1 tecken långt; högst %2 är tillåtna</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <extracomment>%1 the smallest allowed number</extracomment>
        <translation>måste vara ett heltal på minst %1</translation>
    </message>
    <message>
        <source>must be event, milestone or manual</source>
        <translation>måste vara händelse, milstolpe eller manuell</translation>
    </message>
    <message>
        <source>must be 2 to 64 characters: lower-case letters, digits and _ . - (starting with a letter or digit)</source>
        <translation>måste vara 2 till 64 tecken: gemener, siffror och _ . - (med en bokstav eller siffra först)</translation>
    </message>
    <message>
        <source>an easter egg has no hint</source>
        <translation>ett påskägg har ingen ledtråd</translation>
    </message>
    <message>
        <source>must be a colour like #1E88E5 or empty</source>
        <translation>måste vara en färg som #1E88E5 eller tomt</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 2147483647</source>
        <translation>måste vara ett heltal från 0 till 2147483647</translation>
    </message>
    <message>
        <source>must be global or tenant</source>
        <translation>måste vara global eller organisation</translation>
    </message>
    <message>
        <source>a global achievement has no tenant</source>
        <translation>en global prestation har ingen organisation</translation>
    </message>
    <message>
        <source>choose the tenant</source>
        <translation>välj organisationen</translation>
    </message>
    <message>
        <source>must be draft, active or archived</source>
        <translation>måste vara utkast, aktiv eller arkiverad</translation>
    </message>
    <message>
        <source>a new achievement starts as draft or active</source>
        <translation>en ny prestation börjar som utkast eller aktiv</translation>
    </message>
    <message>
        <source>cannot change from %1 to %2</source>
        <extracomment>%1 and %2 are statuses (draft, active, archived)</extracomment>
        <translation>kan inte ändras från %1 till %2</translation>
    </message>
    <message>
        <source>unknown locale: use sv, en or no</source>
        <translation>okänd språkkod: använd sv, en eller no</translation>
    </message>
    <message>
        <source>is already used in this scope</source>
        <translation>används redan i det här omfånget</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norska</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a field (Name, Hint), %2 a language (Swedish)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Händelsetyp</translation>
    </message>
    <message>
        <source>Event count</source>
        <translation>Antal händelser</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mätvärde</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Tröskel</translation>
    </message>
    <message>
        <source>Unlock parameter %1</source>
        <extracomment>%1 the name of an unlock parameter the console does not know</extracomment>
        <translation>Upplåsningsparameter %1</translation>
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
        <translation>arkiverad</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementVersionHistory</name>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>with</source>
        <extracomment>between two version pickers: &quot;Compare [version 2] with [version 3]&quot;</extracomment>
        <translation>med</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Bara ändringar</translation>
    </message>
    <message>
        <source>Show only the fields that differ between the two versions.</source>
        <translation>Visa bara de fält som skiljer sig mellan de två versionerna.</translation>
    </message>
    <message>
        <source>Load the left version into the editor; saving stores it as a new version with a reason.</source>
        <translation>Läs in den vänstra versionen i redigeraren; när du sparar lagras den som en ny version med en motivering.</translation>
    </message>
    <message>
        <source>version %1 (latest)</source>
        <extracomment>%1 a version number; the latest one is marked</extracomment>
        <translation>version %1 (senaste)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>No saved versions yet.</source>
        <translation>Inga sparade versioner ännu.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The same version on both sides; pick another to compare.</source>
        <translation>Samma version på båda sidor; välj en annan att jämföra med.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ between version %1 and version %2.</source>
        <extracomment>%n changed fields between version %1 and %2</extracomment>
        <translation>
            <numerusform>%n fält skiljer sig mellan version %1 och version %2.</numerusform>
            <numerusform>%n fält skiljer sig mellan version %1 och version %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore version %1…</source>
        <extracomment>%1 a version number</extracomment>
        <translation>Återställ version %1…</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementVersionModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ändrad av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementWorkflow</name>
    <message>
        <source>An export file holds one scope. Select only global achievements, or only those of one organisation.</source>
        <translation>En exportfil rymmer ett omfång. Välj bara globala prestationer, eller bara prestationer från en organisation.</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>Global achievements</source>
        <translation>Globala prestationer</translation>
    </message>
    <message>
        <source>You may not export achievements of this organisation.</source>
        <translation>Du får inte exportera den här organisationens prestationer.</translation>
    </message>
    <message>
        <source>Export achievements</source>
        <extracomment>Title and label of the question which achievements an export file should hold</extracomment>
        <translation>Exportera prestationer</translation>
    </message>
    <message>
        <source>Export the achievements of:</source>
        <translation>Exportera prestationerna för:</translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementsPane</name>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>Ends a list of achievement keys; %n is how many more there are</extracomment>
        <translation>
            <numerusform> och %n till</numerusform>
            <numerusform> och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Prestationer</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listans status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Load the list again (%1)</source>
        <extracomment>%1 is the refresh key (F5)</extracomment>
        <translation>Ladda listan igen (%1)</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Uppdatera listan</translation>
    </message>
    <message>
        <source>Search achievements</source>
        <translation>Sök prestationer</translation>
    </message>
    <message>
        <source>&amp;New achievement…</source>
        <translation>&amp;Ny prestation…</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt laddningen</translation>
    </message>
    <message>
        <source>Create an achievement (%1)</source>
        <translation>Skapa en prestation (%1)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import achievements from an Award Builder export file</source>
        <translation>Importera prestationer från en exportfil från Award Builder</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Export every achievement of the scope to an Award Builder file</source>
        <translation>Exportera alla prestationer i omfånget till en Award Builder-fil</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>Akti&amp;vera…</translation>
    </message>
    <message>
        <source>Make the selected drafts and archived achievements visible to members again</source>
        <translation>Gör de valda utkasten och arkiverade prestationerna synliga för medlemmarna igen</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Ar&amp;kivera…</translation>
    </message>
    <message>
        <source>Hide the selected active achievements from new unlocks; holders keep them</source>
        <translation>Stäng de valda aktiva prestationerna för nya upplåsningar; innehavarna behåller dem</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportera valda…</translation>
    </message>
    <message>
        <source>List and details</source>
        <translation>Lista och detaljer</translation>
    </message>
    <message>
        <source>Loading achievements…</source>
        <translation>Laddar prestationer…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>No achievements match the filters</source>
        <translation>Inga prestationer matchar filtren</translation>
    </message>
    <message>
        <source>Achievements: %1 · all shown</source>
        <extracomment>All matching achievements are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Prestationer: %1 · alla visas</translation>
    </message>
    <message>
        <source>≈ %1 achievements · %2 shown</source>
        <extracomment>≈ an estimate: %1 is about how many achievements match, %2 how many are loaded</extracomment>
        <translation>≈ %1 prestationer · %2 visas</translation>
    </message>
    <message>
        <source>You may not change some of the selected achievements</source>
        <translation>Du får inte ändra vissa av de valda prestationerna</translation>
    </message>
    <message>
        <source>Select achievements to activate, archive or export them</source>
        <translation>Välj prestationer för att aktivera, arkivera eller exportera dem</translation>
    </message>
    <message numerus="yes">
        <source>%n selected · read only for you</source>
        <extracomment>%n selected rows; the user may not change all of them</extracomment>
        <translation>
            <numerusform>%n vald · skrivskyddad för dig</numerusform>
            <numerusform>%n valda · skrivskyddade för dig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n vald</numerusform>
            <numerusform>%n valda</numerusform>
        </translation>
    </message>
    <message>
        <source>No achievements match the filters.</source>
        <translation>Inga prestationer matchar filtren.</translation>
    </message>
    <message>
        <source>Select an achievement to see its details.</source>
        <translation>Välj en prestation för att se detaljerna.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Double-click the last row to go on, or press %1 to start again.</source>
        <extracomment>%1 is the refresh key (F5)</extracomment>
        <translation>Laddningen avbröts. Dubbelklicka på den sista raden för att fortsätta, eller tryck på %1 för att börja om.</translation>
    </message>
    <message>
        <source>Select at most %1 achievements at a time.</source>
        <extracomment>%1 is the largest number of achievements one change may cover (1,000)</extracomment>
        <translation>Välj högst %1 prestationer åt gången.</translation>
    </message>
    <message numerus="yes">
        <source>You may not change %n of the selected achievements: %1. Nothing was changed.</source>
        <extracomment>%1 lists achievement keys</extracomment>
        <translation>
            <numerusform>Du får inte ändra %n av de valda prestationerna: %1. Inget ändrades.</numerusform>
            <numerusform>Du får inte ändra %n av de valda prestationerna: %1. Inget ändrades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) cannot be archived: %1. A draft can only be activated; only active achievements can be archived. Nothing was changed.</source>
        <extracomment>%1 lists the keys of drafts; a draft can only be activated, never archived</extracomment>
        <translation>
            <numerusform>%n utkast kan inte arkiveras: %1. Ett utkast kan bara aktiveras; bara aktiva prestationer kan arkiveras. Inget ändrades.</numerusform>
            <numerusform>%n utkast kan inte arkiveras: %1. Ett utkast kan bara aktiveras; bara aktiva prestationer kan arkiveras. Inget ändrades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected achievements are already active.</source>
        <translation>De valda prestationerna är redan aktiva.</translation>
    </message>
    <message>
        <source>The selected achievements are already archived.</source>
        <translation>De valda prestationerna är redan arkiverade.</translation>
    </message>
    <message numerus="yes">
        <source>Activate %n achievement(s)? Members can see and unlock them.</source>
        <translation>
            <numerusform>Aktivera %n prestation? Medlemmarna kan se och låsa upp den.</numerusform>
            <numerusform>Aktivera %n prestationer? Medlemmarna kan se och låsa upp dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n achievement(s)? Members who hold them keep them; nobody can unlock them any more.</source>
        <translation>
            <numerusform>Arkivera %n prestation? Medlemmar som har den behåller den; ingen kan låsa upp den längre.</numerusform>
            <numerusform>Arkivera %n prestationer? Medlemmar som har dem behåller dem; ingen kan låsa upp dem längre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate achievements</source>
        <translation>Aktivera prestationer</translation>
    </message>
    <message>
        <source>Archive achievements</source>
        <translation>Arkivera prestationer</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message numerus="yes">
        <source>%n activated</source>
        <translation>
            <numerusform>%n aktiverad</numerusform>
            <numerusform>%n aktiverade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>%n arkiverad</numerusform>
            <numerusform>%n arkiverade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already active</source>
        <translation>
            <numerusform>, %n redan aktiv</numerusform>
            <numerusform>, %n redan aktiva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already archived</source>
        <translation>
            <numerusform>, %n redan arkiverad</numerusform>
            <numerusform>, %n redan arkiverade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already active, left as they are: %n.</source>
        <extracomment>%n achievements of the selection need no change</extracomment>
        <translation>
            <numerusform>Redan aktiv, lämnas som den är: %n.</numerusform>
            <numerusform>Redan aktiva, lämnas som de är: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already archived, left as they are: %n.</source>
        <translation>
            <numerusform>Redan arkiverad, lämnas som den är: %n.</numerusform>
            <numerusform>Redan arkiverade, lämnas som de är: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::ApprovalQueuePane</name>
    <message>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Köstatus</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Load the requests again (%1)</source>
        <translation>Ladda förfrågningarna igen (%1)</translation>
    </message>
    <message>
        <source>Refresh requests</source>
        <translation>Uppdatera förfrågningarna</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt laddningen</translation>
    </message>
    <message>
        <source>Next request</source>
        <translation>Nästa förfrågan</translation>
    </message>
    <message>
        <source>Previous request</source>
        <translation>Föregående förfrågan</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Godkänn…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Visa detaljer</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inställ&amp;ningar…</translation>
    </message>
    <message>
        <source>Approval threshold and request expiry</source>
        <translation>Godkännandetröskel och giltighetstid för förfrågningar</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the status filter of the approval queue</extracomment>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Award requests</source>
        <translation>Utdelningsförfrågningar</translation>
    </message>
    <message>
        <source>Requests and details</source>
        <translation>Förfrågningar och detaljer</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>Laddar förfrågningar…</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Status filter: requests waiting for a decision</extracomment>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Decided</source>
        <extracomment>Status filter: approved, rejected, expired or cancelled requests</extracomment>
        <translation>Avgjorda</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Status filter: every request</extracomment>
        <translation>Alla</translation>
    </message>
    <message>
        <source>No requests are waiting for a decision.</source>
        <translation>Inga förfrågningar väntar på beslut.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Inga förfrågningar.</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Laddar förfrågan…</translation>
    </message>
    <message>
        <source>Approve %1 (%2 in total) for %3, requested by %4? It is paid at once.</source>
        <extracomment>%1 amount × recipients, %2 total, %3 organisation, %4 requester</extracomment>
        <translation>Godkänna %1 (totalt %2) för %3, begärt av %4? Det betalas ut direkt.</translation>
    </message>
    <message>
        <source>Reject %1 (%2 in total) for %3, requested by %4? Nothing is paid.</source>
        <extracomment>%1 amount × recipients, %2 total, %3 organisation, %4 requester</extracomment>
        <translation>Avslå %1 (totalt %2) för %3, begärt av %4? Inget betalas ut.</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Godkänn förfrågan</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Avslå förfrågan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>another system admin</source>
        <translation>en annan systemadministratör</translation>
    </message>
    <message>
        <source>Already approved by %1 at %2 — the list is refreshed.</source>
        <extracomment>%1 is who approved the request first, %2 when (&quot;14:02&quot;)</extracomment>
        <translation>Redan godkänd av %1 (%2) – listan uppdateras.</translation>
    </message>
    <message>
        <source>Already rejected by %1 at %2 — the list is refreshed.</source>
        <extracomment>%1 is who rejected the request first, %2 when (&quot;14:02&quot;)</extracomment>
        <translation>Redan avslagen av %1 (%2) – listan uppdateras.</translation>
    </message>
    <message>
        <source>The requester already cancelled this request — the list is refreshed.</source>
        <translation>Den som skickade förfrågan har redan dragit tillbaka den – listan uppdateras.</translation>
    </message>
    <message>
        <source>This request has already expired — the list is refreshed.</source>
        <translation>Förfrågan har redan gått ut – listan uppdateras.</translation>
    </message>
    <message>
        <source>Already decided by %1 at %2 — the list is refreshed.</source>
        <extracomment>%1 is who decided the request first, %2 when (&quot;14:02&quot;)</extracomment>
        <translation>Redan avgjord av %1 (%2) – listan uppdateras.</translation>
    </message>
    <message>
        <source>This request had expired: nothing was paid. The list is refreshed.</source>
        <translation>Förfrågan hade gått ut: inget betalades ut. Listan uppdateras.</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %1 paid to %n recipient(s).</source>
        <extracomment>%1 is what was paid in all (&quot;6,000 coins&quot;); %n how many recipients got it</extracomment>
        <translation>
            <numerusform>Godkänd: %1 betalades ut till %n mottagare.</numerusform>
            <numerusform>Godkänd: %1 betalades ut till %n mottagare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Godkänd.</translation>
    </message>
    <message>
        <source>Rejected: nothing was paid.</source>
        <translation>Avslagen: inget betalades ut.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <extracomment>%n requests wait for a decision (all are listed)</extracomment>
        <translation>
            <numerusform>%n väntande</numerusform>
            <numerusform>%n väntande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n förfrågan</numerusform>
            <numerusform>%n förfrågningar</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 pending · %2 shown</source>
        <extracomment>%1 estimated pending requests, %2 how many the list holds</extracomment>
        <translation>≈ %1 väntande · %2 visas</translation>
    </message>
    <message>
        <source>≈ %1 requests · %2 shown</source>
        <translation>≈ %1 förfrågningar · %2 visas</translation>
    </message>
    <message>
        <source>Loading was cancelled. Press %1 to load the requests again.</source>
        <extracomment>%1 is the refresh key (F5)</extracomment>
        <translation>Laddningen avbröts. Tryck på %1 för att ladda förfrågningarna igen.</translation>
    </message>
    <message>
        <source>all organisations</source>
        <translation>alla organisationer</translation>
    </message>
    <message numerus="yes">
        <source>Approval settings saved for %1: awards from a total of %2 need approval; requests expire after %n day(s).</source>
        <extracomment>%1 whose settings (&quot;Alpha Club&quot;, &quot;all organisations&quot;), %2 the threshold, %n the expiry in days</extracomment>
        <translation>
            <numerusform>Godkännandeinställningarna sparades för %1: utdelningar på totalt minst %2 kräver godkännande; förfrågningar går ut efter %n dag.</numerusform>
            <numerusform>Godkännandeinställningarna sparades för %1: utdelningar på totalt minst %2 kräver godkännande; förfrågningar går ut efter %n dagar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AuditCsvExport</name>
    <message>
        <source>The file could not be created: %1</source>
        <extracomment>%1 is the operating system&apos;s reason</extracomment>
        <translation>Filen kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Det gick inte att skriva till filen: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>dicedesk::AuditLogModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <extracomment>A list inside an audit payload; %n is how many items it holds</extracomment>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n element]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <extracomment>An object inside an audit payload; %n is how many fields it holds</extracomment>
        <translation>
            <numerusform>{%n fält}</numerusform>
            <numerusform>{%n fält}</numerusform>
        </translation>
    </message>
    <message>
        <source>Coins awarded</source>
        <translation>Mynt delades ut</translation>
    </message>
    <message>
        <source>XP awarded</source>
        <translation>XP delades ut</translation>
    </message>
    <message>
        <source>Achievement awarded</source>
        <translation>Prestation delades ut</translation>
    </message>
    <message>
        <source>Award reversed</source>
        <translation>Utdelning återfördes</translation>
    </message>
    <message>
        <source>Coin entry reversed</source>
        <translation>Myntpost återfördes</translation>
    </message>
    <message>
        <source>Award request approved</source>
        <translation>Utdelningsförfrågan godkändes</translation>
    </message>
    <message>
        <source>Award request rejected</source>
        <translation>Utdelningsförfrågan avslogs</translation>
    </message>
    <message>
        <source>Award request expired</source>
        <translation>Utdelningsförfrågan gick ut</translation>
    </message>
    <message>
        <source>Award request cancelled</source>
        <translation>Utdelningsförfrågan avbröts</translation>
    </message>
    <message>
        <source>Award request filed</source>
        <translation>Utdelningsförfrågan lämnades in</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Inställningar ändrades</translation>
    </message>
    <message>
        <source>Achievement created</source>
        <translation>Prestation skapades</translation>
    </message>
    <message>
        <source>Achievement changed</source>
        <translation>Prestation ändrades</translation>
    </message>
    <message>
        <source>Achievement status changed</source>
        <translation>Prestationens status ändrades</translation>
    </message>
    <message>
        <source>Achievements imported</source>
        <translation>Prestationer importerades</translation>
    </message>
    <message>
        <source>Daily summaries refreshed</source>
        <translation>Dagliga sammanställningar uppdaterades</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Actor</source>
        <extracomment>Who did what the audit entry records</extracomment>
        <translation>Utförd av</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
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
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>Utför&amp;d av:</translation>
    </message>
    <message>
        <source>Anyone — type a name</source>
        <translation>Vem som helst – skriv ett namn</translation>
    </message>
    <message>
        <source>Show only what one person did (%1)</source>
        <translation>Visa bara vad en person har gjort (%1)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Händelse:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Utdelningar</translation>
    </message>
    <message>
        <source>Award requests</source>
        <translation>Utdelningsförfrågningar</translation>
    </message>
    <message>
        <source>Award reversals</source>
        <translation>Återföringar av utdelningar</translation>
    </message>
    <message>
        <source>Coin entry reversals</source>
        <translation>Återföringar av myntposter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Prestationer</translation>
    </message>
    <message>
        <source>Event kind filter</source>
        <translation>Filter för händelseslag</translation>
    </message>
    <message>
        <source>Show only one kind of event. “Awards” includes award reversals.</source>
        <translation>Visa bara ett slags händelse. ”Utdelningar” omfattar även återföringar av utdelningar.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <source>Write every entry that matches the filters to a CSV file (%1)</source>
        <extracomment>%1 is the key that does it</extracomment>
        <translation>Skriv alla poster som matchar filtren till en CSV-fil (%1)</translation>
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
        <source>Actor</source>
        <extracomment>Who did what the audit entry records</extracomment>
        <translation>Utförd av</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <extracomment>Suggested file name of the audit export; keep it short, no slashes</extracomment>
        <translation>granskningslogg-%1.csv</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Exporterar granskningsloggen…</translation>
    </message>
    <message>
        <source>Exporting the audit log… %1 of ≈ %2 rows</source>
        <extracomment>%1 rows written so far, %2 the estimated number of all rows</extracomment>
        <translation>Exporterar granskningsloggen… %1 av ≈ %2 rader</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <extracomment>%n rows were written to the file %1</extracomment>
        <translation>
            <numerusform>Exporterade %n rad till %1.</numerusform>
            <numerusform>Exporterade %n rader till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Exporten avbröts; %1 skrevs inte.</translation>
    </message>
    <message>
        <source>The export to %1 failed, and the file was not written. %2</source>
        <extracomment>%1 is the file, %2 why it failed</extracomment>
        <translation>Exporten till %1 misslyckades och filen skrevs inte. %2</translation>
    </message>
    <message>
        <source>Entries: %1 · all shown</source>
        <extracomment>All audit entries are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Poster: %1 · alla visas</translation>
    </message>
    <message>
        <source>≈ %1 entries · %2 shown</source>
        <extracomment>%1 is the estimated number of audit entries, %2 how many the list holds so far</extracomment>
        <translation>≈ %1 poster · %2 visas</translation>
    </message>
    <message>
        <source>Loading audit entries…</source>
        <translation>Laddar poster i granskningsloggen…</translation>
    </message>
    <message>
        <source>Show what this &amp;person did</source>
        <translation>Visa vad &amp;personen har gjort</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardHistoryModel</name>
    <message>
        <source>Coins</source>
        <translation>Mynt</translation>
    </message>
    <message>
        <source>XP</source>
        <extracomment>Experience points</extracomment>
        <translation>XP</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>reversed</source>
        <extracomment>Every entry of the award has been taken back</extracomment>
        <translation>återförd</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reversed</source>
        <extracomment>%1 entries of an award with %n recipients have been taken back</extracomment>
        <translation>
            <numerusform>%1 av %n återförd</numerusform>
            <numerusform>%1 av %n återförda</numerusform>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Admin</source>
        <extracomment>The admin who sent the award</extracomment>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Coins, XP or achievement</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>What each recipient got</extracomment>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Amount × recipients</extracomment>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>Header of the column saying whether an award was taken back</extracomment>
        <translation>Återförd</translation>
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
        <translation>Återför…</translation>
    </message>
    <message>
        <source>Award history</source>
        <translation>Utdelningshistorik</translation>
    </message>
    <message>
        <source>&amp;Admin:</source>
        <translation>A&amp;dministratör:</translation>
    </message>
    <message>
        <source>All admins — type a name</source>
        <translation>Alla administratörer – skriv ett namn</translation>
    </message>
    <message>
        <source>Show only awards sent by one admin (%1)</source>
        <translation>Visa bara utdelningar från en administratör (%1)</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <extracomment>Check box: show only the awards the signed-in admin sent</extracomment>
        <translation>Bara m&amp;ina</translation>
    </message>
    <message>
        <source>Show only the awards you sent</source>
        <translation>Visa bara utdelningar som du har skickat</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <extracomment>Label of the award type filter (coins, XP, achievement)</extracomment>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Award type filter</source>
        <translation>Filter för utdelningstyp</translation>
    </message>
    <message>
        <source>One award only ✕</source>
        <extracomment>The list shows one award only; clicking shows all again</extracomment>
        <translation>Bara en utdelning ✕</translation>
    </message>
    <message>
        <source>Show all awards again</source>
        <translation>Visa alla utdelningar igen</translation>
    </message>
    <message>
        <source>Re&amp;verse award…</source>
        <translation>&amp;Återför utdelningen…</translation>
    </message>
    <message>
        <source>Reverse this &amp;entry…</source>
        <translation>Återför den här p&amp;osten…</translation>
    </message>
    <message>
        <source>That award is not in the list: it may belong to a tenant outside the current scope, or you may not see its tenant.</source>
        <translation>Den utdelningen finns inte i listan: den kan tillhöra en organisation utanför det aktuella urvalet, eller så har du inte åtkomst till dess organisation.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Select an award to see its recipients.</source>
        <translation>Välj en utdelning för att se mottagarna.</translation>
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
        <source>Admin</source>
        <extracomment>The admin who sent the award</extracomment>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>Whether the award&apos;s entries were taken back</extracomment>
        <translation>Återförd</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>The award was paid when a system admin approved this request</extracomment>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %n recipient(s)</source>
        <extracomment>Detail title of an award: %1 what each got, %n recipients</extracomment>
        <translation>
            <numerusform>%1 × %n mottagare</numerusform>
            <numerusform>%1 × %n mottagare</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading recipients…</source>
        <translation>Laddar mottagare…</translation>
    </message>
    <message>
        <source>This award has no recipients.</source>
        <translation>Den här utdelningen har inga mottagare.</translation>
    </message>
    <message>
        <source>Reversed by entry %1 — show it in the coin ledger</source>
        <extracomment>%1 is the short id of the ledger entry that reversed the recipient&apos;s award</extracomment>
        <translation>Återförd genom post %1 – visa den i myntliggaren</translation>
    </message>
    <message>
        <source>The reversal entry&apos;s id was copied; find it in the coin ledger.</source>
        <translation>Återföringspostens id har kopierats; leta upp den i myntliggaren.</translation>
    </message>
    <message>
        <source>Select an award first.</source>
        <translation>Välj en utdelning först.</translation>
    </message>
    <message>
        <source>A reversal is in progress.</source>
        <translation>En återföring pågår.</translation>
    </message>
    <message>
        <source>Only coin awards can be reversed: XP and achievements cannot be taken back here.</source>
        <translation>Bara myntutdelningar kan återföras: XP och prestationer kan inte tas tillbaka här.</translation>
    </message>
    <message>
        <source>Only an admin of this award&apos;s tenant or a system admin can reverse it.</source>
        <translation>Bara en administratör för utdelningens organisation eller en systemadministratör kan återföra den.</translation>
    </message>
    <message>
        <source>Every entry of this award has been reversed already.</source>
        <translation>Alla poster i den här utdelningen har redan återförts.</translation>
    </message>
    <message>
        <source>Select a recipient in the list first.</source>
        <translation>Välj först en mottagare i listan.</translation>
    </message>
    <message>
        <source>This entry has been reversed already.</source>
        <translation>Den här posten har redan återförts.</translation>
    </message>
    <message>
        <source>This recipient has no coin entry to reverse.</source>
        <translation>Den här mottagaren har ingen myntpost att återföra.</translation>
    </message>
    <message>
        <source>Take the coins back from every recipient of this award (%1)</source>
        <translation>Ta tillbaka mynten från alla mottagare av den här utdelningen (%1)</translation>
    </message>
    <message>
        <source>Take the coins back from the selected recipient only (%1)</source>
        <translation>Ta bara tillbaka mynten från den valda mottagaren (%1)</translation>
    </message>
    <message>
        <source>Reverse this entry</source>
        <extracomment>Title of the dialog that reverses one recipient&apos;s entry of an award</extracomment>
        <translation>Återför den här posten</translation>
    </message>
    <message>
        <source>Take %1 coins back from %2 (%3), given by %4 on %5. The reversal is a new entry in the coin ledger, linked to the award, and is written to the audit log.</source>
        <extracomment>%1 amount of coins, %2 the recipient&apos;s name, %3 e-mail, %4 the admin who sent the award, %5 when</extracomment>
        <translation>Ta tillbaka %1 mynt från %2 (%3), utdelade av %4 (%5). Återföringen blir en ny post i myntliggaren, kopplad till utdelningen, och skrivs till granskningsloggen.</translation>
    </message>
    <message>
        <source>Reverse award</source>
        <translation>Återför utdelningen</translation>
    </message>
    <message numerus="yes">
        <source>Take %1 coins back from each of %n recipient(s) of the award %2 sent on %3: %4 coins in all. Each reversal is a new entry in the coin ledger, linked to the award; the reversal is written to the audit log.</source>
        <extracomment>%n recipients whose entry is taken back, %1 coins each, %2 the admin who sent the award, %3 when, %4 the coins taken back in all</extracomment>
        <translation>
            <numerusform>Ta tillbaka %1 mynt från %n mottagare av utdelningen som %2 skickade (%3): %4 mynt totalt. Återföringen blir en ny post i myntliggaren, kopplad till utdelningen; återföringen skrivs till granskningsloggen.</numerusform>
            <numerusform>Ta tillbaka %1 mynt från var och en av %n mottagare av utdelningen som %2 skickade (%3): %4 mynt totalt. Varje återföring blir en ny post i myntliggaren, kopplad till utdelningen; återföringen skrivs till granskningsloggen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) reversed before stay as they are.</source>
        <translation>
            <numerusform>%n post som redan har återförts lämnas som den är.</numerusform>
            <numerusform>%n poster som redan har återförts lämnas som de är.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Återför</translation>
    </message>
    <message numerus="yes">
        <source>Reversed %n entry(ies): the coins were taken back. The reversals are in the coin ledger, linked to this award, and in the audit log.</source>
        <translation>
            <numerusform>Återförde %n post: mynten togs tillbaka. Återföringen finns i myntliggaren, kopplad till den här utdelningen, och i granskningsloggen.</numerusform>
            <numerusform>Återförde %n poster: mynten togs tillbaka. Återföringarna finns i myntliggaren, kopplade till den här utdelningen, och i granskningsloggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was left to reverse.</source>
        <translation>Det fanns inget kvar att återföra.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) had been reversed before and were left as they were.</source>
        <translation>
            <numerusform>%n post hade redan återförts och lämnades som den var.</numerusform>
            <numerusform>%n poster hade redan återförts och lämnades som de var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have already spent some of these coins, so the award cannot be taken back as a whole and nothing was changed. Reverse the other recipients&apos; entries one by one: select a recipient, then “Reverse this entry…”.</source>
        <translation>
            <numerusform>%n mottagare har redan spenderat en del av dessa mynt, så utdelningen kan inte tas tillbaka i sin helhet och inget ändrades. Återför de övriga mottagarnas poster en i taget: välj en mottagare och sedan ”Återför den här posten…”.</numerusform>
            <numerusform>%n mottagare har redan spenderat en del av dessa mynt, så utdelningen kan inte tas tillbaka i sin helhet och inget ändrades. Återför de övriga mottagarnas poster en i taget: välj en mottagare och sedan ”Återför den här posten…”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some recipients have already spent these coins, so the award cannot be taken back as a whole and nothing was changed. Reverse the other recipients&apos; entries one by one: select a recipient, then “Reverse this entry…”.</source>
        <translation>Några mottagare har redan spenderat de här mynten, så utdelningen kan inte tas tillbaka i sin helhet och inget ändrades. Återför de övriga mottagarnas poster en i taget: välj en mottagare och sedan ”Återför den här posten…”.</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Mottagaren</translation>
    </message>
    <message>
        <source>%1 has already spent some of these coins: taking them back would leave the wallet below zero, so nothing was changed. The entry can be reversed once the wallet holds enough coins again.</source>
        <extracomment>%1 is the recipient&apos;s name</extracomment>
        <translation>%1 har redan spenderat en del av dessa mynt: att ta tillbaka dem skulle ge plånboken ett negativt saldo, så inget ändrades. Posten kan återföras när plånboken innehåller tillräckligt med mynt igen.</translation>
    </message>
    <message>
        <source>This entry had already been reversed, perhaps by another admin. Nothing was changed.</source>
        <translation>Posten hade redan återförts, kanske av en annan administratör. Inget ändrades.</translation>
    </message>
    <message>
        <source>%1 It is not known whether the reversal went through. Press Retry: it is sent again with the same key, so nothing is reversed twice.</source>
        <extracomment>%1 is why the call failed (e.g. the connection was lost)</extracomment>
        <translation>%1 Det är okänt om återföringen gick igenom. Tryck på Försök igen: den skickas igen med samma nyckel, så inget återförs två gånger.</translation>
    </message>
    <message>
        <source>Awards: %1 · all shown</source>
        <extracomment>All awards are in the list; %1 is how many (no plural forms needed)</extracomment>
        <translation>Utdelningar: %1 · alla visas</translation>
    </message>
    <message>
        <source>≈ %1 awards · %2 shown</source>
        <extracomment>%1 is the estimated number of awards, %2 how many the list holds so far</extracomment>
        <translation>≈ %1 utdelningar · %2 visas</translation>
    </message>
    <message>
        <source>Loading awards…</source>
        <translation>Laddar utdelningar…</translation>
    </message>
    <message>
        <source>Show this admin&apos;s &amp;awards</source>
        <translation>Visa administratörens &amp;utdelningar</translation>
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
Återföringspost %2 (tryck på Enter för att visa den i myntliggaren)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Balance after</source>
        <extracomment>The recipient&apos;s wallet (or XP) right after the award</extracomment>
        <translation>Saldo efter</translation>
    </message>
    <message>
        <source>Balance now</source>
        <extracomment>The recipient&apos;s wallet (or XP) now</extracomment>
        <translation>Saldo nu</translation>
    </message>
    <message>
        <source>Reversal</source>
        <extracomment>When and why the recipient&apos;s entry was taken back</extracomment>
        <translation>Återföring</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardRecipientsView</name>
    <message>
        <source>Re&amp;cipients</source>
        <translation>&amp;Mottagare</translation>
    </message>
    <message>
        <source>Recipients of the award</source>
        <translation>Utdelningens mottagare</translation>
    </message>
    <message>
        <source>Reversal entry</source>
        <translation>Återföringspost</translation>
    </message>
    <message>
        <source>Reversal in progress</source>
        <translation>Återföring pågår</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardSettingsDialog</name>
    <message>
        <source>Approval settings</source>
        <translation>Inställningar för godkännande</translation>
    </message>
    <message>
        <source>All organisations (default)</source>
        <extracomment>The global approval settings, used by every organisation without its own</extracomment>
        <translation>Alla organisationer (standard)</translation>
    </message>
    <message>
        <source>%1 only</source>
        <extracomment>%1 is an organisation&apos;s name: settings only for it</extracomment>
        <translation>Bara %1</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of the expiry field: &quot;14 days&quot;</extracomment>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Coin and XP awards by tenant admins whose total (amount × recipients) reaches the threshold become requests for a system admin. Requests not decided within the expiry expire.</source>
        <translation>Utdelningar av mynt och XP från organisationsadministratörer vars total (belopp × mottagare) når upp till tröskeln blir förfrågningar till en systemadministratör. Förfrågningar som inte har avgjorts inom giltighetstiden går ut.</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Gäller:</translation>
    </message>
    <message>
        <source>&amp;Threshold (total):</source>
        <translation>&amp;Tröskel (totalt):</translation>
    </message>
    <message>
        <source>&amp;Requests expire after:</source>
        <translation>&amp;Förfrågningar går ut efter:</translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardsPane</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name or e-mail of a member</source>
        <translation>En medlems namn eller e-post</translation>
    </message>
    <message>
        <source>Type a name or e-mail; Enter adds the first match (%1)</source>
        <translation>Skriv ett namn eller en e-postadress; Enter lägger till den första träffen (%1)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add the selected members</source>
        <translation>Lägg till de valda medlemmarna</translation>
    </message>
    <message>
        <source>Matching members</source>
        <translation>Matchande medlemmar</translation>
    </message>
    <message>
        <source>Add all &amp;active members</source>
        <translation>Lägg till alla akti&amp;va medlemmar</translation>
    </message>
    <message>
        <source>&amp;Paste list…</source>
        <translation>Klistra &amp;in lista…</translation>
    </message>
    <message>
        <source>Add e-mails or user ids separated by line breaks, commas or semicolons</source>
        <translation>Lägg till e-postadresser eller användar-id:n åtskilda av radbrytningar, kommatecken eller semikolon</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Importera &amp;CSV…</translation>
    </message>
    <message>
        <source>Add recipients (and their own amounts) from a CSV file</source>
        <translation>Lägg till mottagare (och deras egna belopp) från en CSV-fil</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove the selected recipients (Del)</source>
        <translation>Ta bort de valda mottagarna (Del)</translation>
    </message>
    <message>
        <source>Remove from the award</source>
        <translation>Ta bort från utdelningen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Rensa</translation>
    </message>
    <message>
        <source>Remove every recipient</source>
        <translation>Ta bort alla mottagare</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Mynt</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>A&amp;chievement:</source>
        <translation>&amp;Prestation:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>B&amp;elopp:</translation>
    </message>
    <message>
        <source>What each recipient gets, 1 to 1,000,000</source>
        <translation>Vad varje mottagare får, 1 till 1 000 000</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
    <message>
        <source>Why they get it (required; recipients see it)</source>
        <translation>Varför de får det (obligatoriskt; mottagarna ser det)</translation>
    </message>
    <message>
        <source>Send award</source>
        <translation>Skicka utdelning</translation>
    </message>
    <message>
        <source>Find recipients</source>
        <translation>Hitta mottagare</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Cancel preparing</source>
        <translation>Avbryt förberedelsen</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Skicka ige&amp;n</translation>
    </message>
    <message>
        <source>&amp;Check and finish</source>
        <translation>Kontrollera och sl&amp;utför</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Forget it here; if it had arrived, it stays paid (see the award history)</source>
        <translation>Glöm den här; om den hade kommit fram förblir den utbetald (se utdelningshistoriken)</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Skicka (%1)</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Utdelningar</translation>
    </message>
    <message>
        <source>Choose an organisation in the toolbar (Ctrl+T) to send an award.</source>
        <translation>Välj en organisation i verktygsfältet (Ctrl+T) för att skicka en utdelning.</translation>
    </message>
    <message>
        <source>Only admins of this organisation can send awards in it.</source>
        <translation>Bara organisationens administratörer kan skicka utdelningar i den.</translation>
    </message>
    <message>
        <source>The approval threshold could not be read.</source>
        <translation>Godkännandetröskeln kunde inte läsas.</translation>
    </message>
    <message>
        <source>Searching members failed.</source>
        <translation>Sökningen efter medlemmar misslyckades.</translation>
    </message>
    <message>
        <source>No active member matches.</source>
        <translation>Ingen aktiv medlem matchar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln träff</numerusform>
            <numerusform>%Ln träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>An award can have at most %1 recipients; adding these would make %2. Nothing was added.</source>
        <extracomment>%1 is the most recipients an award may have, %2 how many the list would hold</extracomment>
        <translation>En utdelning kan ha högst %1 mottagare; med dessa skulle det bli %2. Inget lades till.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln recipient(s).</source>
        <translation>
            <numerusform>Lade till %Ln mottagare.</numerusform>
            <numerusform>Lade till %Ln mottagare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were on the list already.</source>
        <translation>
            <numerusform>%Ln fanns redan i listan.</numerusform>
            <numerusform>%Ln fanns redan i listan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching every active member…</source>
        <translation>Hämtar alla aktiva medlemmar…</translation>
    </message>
    <message>
        <source>The active members could not be fetched.</source>
        <translation>De aktiva medlemmarna kunde inte hämtas.</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importera mottagare</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Type the start of a name or e-mail. Enter adds the first match; ↓ goes to the matches, where Enter adds the selected ones.</source>
        <translation>Skriv början av ett namn eller en e-postadress. Enter lägger till den första träffen; ↓ går till träffarna, där Enter lägger till de valda.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Message length counter: %1 characters typed, %2 the most allowed</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Finish or discard the unfinished award above first.</source>
        <translation>Slutför eller förkasta först den ofullständiga utdelningen ovan.</translation>
    </message>
    <message>
        <source>Add recipients to send an award.</source>
        <translation>Lägg till mottagare för att skicka en utdelning.</translation>
    </message>
    <message>
        <source>This organisation has no achievement to award.</source>
        <translation>Den här organisationen har ingen prestation att dela ut.</translation>
    </message>
    <message>
        <source>Choose an achievement.</source>
        <translation>Välj en prestation.</translation>
    </message>
    <message>
        <source>Write a message: it is required.</source>
        <translation>Skriv ett meddelande: det är obligatoriskt.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; at most %2 are allowed.</source>
        <extracomment>%1 is the message&apos;s length, %2 the most allowed</extracomment>
        <translation>Meddelandet är %1 tecken långt; högst %2 är tillåtna.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recipients: %Ln (at most %1)</source>
        <extracomment>%Ln is how many recipients are on the list; %1 the most allowed</extracomment>
        <translation>
            <numerusform>M&amp;ottagare: %Ln (högst %1)</numerusform>
            <numerusform>M&amp;ottagare: %Ln (högst %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Skic&amp;ka</translation>
    </message>
    <message>
        <source>The amounts from the file do not apply to achievements.</source>
        <translation>Beloppen från filen gäller inte för prestationer.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Inget skickades: %1</translation>
    </message>
    <message>
        <source>Discarded. If it had reached the server it was paid: the award history shows it.</source>
        <translation>Förkastad. Om den hade nått servern har den betalats ut: utdelningshistoriken visar den.</translation>
    </message>
    <message>
        <source>The award was not sent: %1</source>
        <translation>Utdelningen skickades inte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln further award(s) of this send were not sent either.</source>
        <translation>
            <numerusform>Ytterligare %Ln utdelning i det här utskicket skickades inte heller.</numerusform>
            <numerusform>Ytterligare %Ln utdelningar i det här utskicket skickades inte heller.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipients of the awards that went through were removed from the list.</source>
        <translation>Mottagarna av de utdelningar som gick igenom togs bort från listan.</translation>
    </message>
    <message>
        <source>“%1” cannot be awarded in this organisation: only active achievements of the organisation and active global ones can. Activate it first, or pick its organisation.</source>
        <extracomment>%1 is an achievement&apos;s name</extracomment>
        <translation>”%1” kan inte delas ut i den här organisationen: bara organisationens aktiva prestationer och aktiva globala prestationer kan delas ut. Aktivera den först, eller välj dess organisation.</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeConfig</name>
    <message>
        <source>must be a number</source>
        <translation>måste vara ett tal</translation>
    </message>
    <message>
        <source>must be 1 (this console reads badge format 1)</source>
        <translation>måste vara 1 (den här konsolen läser märkesformat 1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>är obligatoriskt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>måste vara en sträng</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <extracomment>%1 is a list of shape names</extracomment>
        <translation>måste vara en av %1</translation>
    </message>
    <message>
        <source>must be an object with &quot;to&quot; and &quot;angle&quot;</source>
        <translation>måste vara ett objekt med ”to” och ”angle”</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 359</source>
        <translation>måste vara ett heltal från 0 till 359</translation>
    </message>
    <message>
        <source>must be an object with &quot;color&quot; and &quot;width&quot;</source>
        <translation>måste vara ett objekt med ”color” och ”width”</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 16</source>
        <translation>måste vara ett heltal från 1 till 16</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundled icon</source>
        <extracomment>%1 is the icon name the file asked for</extracomment>
        <translation>”%1” är inte en inbyggd ikon</translation>
    </message>
    <message>
        <source>must be at most 12 characters</source>
        <translation>får vara högst 12 tecken</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>måste vara en rad utan styrtecken</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesigner</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Load preset “%1”</source>
        <extracomment>undo step: %1 is the preset&apos;s name</extracomment>
        <translation>Läs in förvalet ”%1”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <extracomment>tooltip of the undo button: %1 names the step (&quot;Change fill colour&quot;), %2 the keys</extracomment>
        <translation>Ångra: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Inget att ångra</translation>
    </message>
    <message>
        <source>Redo %1 (%2)</source>
        <translation>Gör om: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Inget att göra om</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportera PNG…</translation>
    </message>
    <message>
        <source>%1 × %1 px…</source>
        <extracomment>export menu entry: %1 is the size in pixels</extracomment>
        <translation>%1 × %1 px…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportera SVG…</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Change shape</source>
        <translation>Ändra form</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Fyllning</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Färg:</translation>
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
        <translation>S&amp;lutfärg:</translation>
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
        <translation>Lägg till gradient</translation>
    </message>
    <message>
        <source>Remove gradient</source>
        <translation>Ta bort gradient</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>Kant</translation>
    </message>
    <message>
        <source>Draw a &amp;border</source>
        <translation>Rita en &amp;kant</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>F&amp;ärg:</translation>
    </message>
    <message>
        <source>Border width</source>
        <translation>Kantbredd</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Bredd:</translation>
    </message>
    <message>
        <source>Add border</source>
        <translation>Lägg till kant</translation>
    </message>
    <message>
        <source>Remove border</source>
        <translation>Ta bort kant</translation>
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
        <translation>Ik&amp;onfärg:</translation>
    </message>
    <message>
        <source>Change icon</source>
        <translation>Byt ikon</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Optional, up to %1 characters</source>
        <extracomment>placeholder of the badge label; %1 is the maximum length</extracomment>
        <translation>Valfritt, högst %1 tecken</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Text colou&amp;r:</source>
        <translation>Textfä&amp;rg:</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Ändra etikett</translation>
    </message>
    <message>
        <source>Change fill colour</source>
        <translation>Ändra fyllnadsfärg</translation>
    </message>
    <message>
        <source>Change gradient colour</source>
        <translation>Ändra gradientfärg</translation>
    </message>
    <message>
        <source>Change border colour</source>
        <translation>Ändra kantfärg</translation>
    </message>
    <message>
        <source>Change icon colour</source>
        <translation>Ändra ikonfärg</translation>
    </message>
    <message>
        <source>Change label colour</source>
        <translation>Ändra etikettfärg</translation>
    </message>
    <message>
        <source>Change gradient angle</source>
        <translation>Ändra gradientvinkel</translation>
    </message>
    <message>
        <source>Change border width</source>
        <translation>Ändra kantbredd</translation>
    </message>
    <message>
        <source>%1°</source>
        <extracomment>an angle in degrees</extracomment>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Export badge as PNG</source>
        <translation>Exportera märket som PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Export badge as SVG</source>
        <translation>Exportera märket som SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Sparade %1.</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesignerColorField</name>
    <message>
        <source>Choose the %1 colour…</source>
        <extracomment>%1 names the colour, e.g. &quot;Fill&quot;</extracomment>
        <translation>%1: välj färg…</translation>
    </message>
    <message>
        <source>%1 colour</source>
        <extracomment>colour dialog title; %1 names the colour, e.g. &quot;Fill&quot;</extracomment>
        <translation>%1: färg</translation>
    </message>
    <message>
        <source>%1 colour as hex</source>
        <extracomment>the hex colour field&apos;s accessible name; %1 names the colour, e.g. &quot;Fill&quot;</extracomment>
        <translation>%1: färg som hexkod</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesignerDialog</name>
    <message>
        <source>Design badge</source>
        <translation>Designa märke</translation>
    </message>
    <message>
        <source>Use badge</source>
        <translation>Använd märket</translation>
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
        <translation>Spara som förval…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Ta bort förval</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>Utgå från ett förval…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Förval</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>Förv&amp;al:</translation>
    </message>
    <message>
        <source>The presets could not be loaded.</source>
        <translation>Förvalen kunde inte läsas in.</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <extracomment>a preset shared by all tenants in the preset list; %1 is its name</extracomment>
        <translation>%1 (delat)</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <extracomment>tooltip of a preset; %1 is who saved it</extracomment>
        <translation>Sparat av %1</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Spara som förval</translation>
    </message>
    <message>
        <source>Name of the preset (shared with every tenant):</source>
        <translation>Förvalets namn (delas med alla organisationer):</translation>
    </message>
    <message>
        <source>Name of the preset (for this tenant):</source>
        <translation>Förvalets namn (för den här organisationen):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>The preset was not saved.</source>
        <translation>Förvalet sparades inte.</translation>
    </message>
    <message>
        <source>Preset “%1” saved.</source>
        <extracomment>%1 is the preset&apos;s name</extracomment>
        <translation>Förvalet ”%1” sparades.</translation>
    </message>
    <message>
        <source>The preset was not deleted.</source>
        <translation>Förvalet togs inte bort.</translation>
    </message>
    <message>
        <source>Preset “%1” deleted.</source>
        <translation>Förvalet ”%1” togs bort.</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgeDesignerShapePicker</name>
    <message>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>Shield</source>
        <translation>Sköld</translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation>Hexagon</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stjärna</translation>
    </message>
    <message>
        <source>Ribbon</source>
        <translation>Band</translation>
    </message>
</context>
<context>
    <name>dicedesk::BadgePreviewStrip</name>
    <message>
        <source>Badge preview</source>
        <translation>Förhandsvisning av märket</translation>
    </message>
    <message>
        <source>Earned: full colour</source>
        <translation>Intjänad: full färg</translation>
    </message>
    <message>
        <source>Not yet earned: “?”, no hint</source>
        <translation>Inte intjänad än: ”?”, ingen ledtråd</translation>
    </message>
    <message>
        <source>Not yet earned: “?”, the card shows the hint</source>
        <translation>Inte intjänad än: ”?”, kortet visar ledtråden</translation>
    </message>
    <message>
        <source>Hidden until earned: “?”, never a hint</source>
        <translation>Dold tills den tjänats in: ”?”, aldrig någon ledtråd</translation>
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
        <translation>Upplåst</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Locked + hint</source>
        <extracomment>a locked badge whose card shows the hint</extracomment>
        <translation>Låst + ledtråd</translation>
    </message>
    <message>
        <source>Easter egg</source>
        <translation>Påskägg</translation>
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
    <name>dicedesk::ImportPreviewModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>import preview: the achievement is new and will be created</extracomment>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>import preview: the achievement exists and will be changed</extracomment>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(ingen nyckel)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
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
        <translation>%1 (kod %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
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
    <message>
        <source>The request waits for a system admin. You will see the award in the history once it is approved.</source>
        <extracomment>A tenant admin&apos;s request link: they cannot open the approval queue</extracomment>
        <translation>Förfrågan väntar på en systemadministratör. Du ser utdelningen i historiken när den har godkänts.</translation>
    </message>
    <message>
        <source>Awarding achievements is for tenant admins and system admins. Ask one of them to award “%1”.</source>
        <extracomment>A designer asked to award an achievement; they have no awards pane</extracomment>
        <translation>Att dela ut prestationer är förbehållet organisationsadministratörer och systemadministratörer. Be någon av dem att dela ut ”%1”.</translation>
    </message>
</context>
<context>
    <name>dicedesk::MemberHitModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
    <name>dicedesk::PeriodFilter</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
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
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Anpassat intervall</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Show only rows from this period</source>
        <translation>Visa bara rader från den här perioden</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>Start of a custom date range (a day)</extracomment>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <extracomment>End of a custom date range (a day, included)</extracomment>
        <translation>Ti&amp;ll:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
</context>
<context>
    <name>dicedesk::Problems</name>
    <message>
        <source>is required</source>
        <translation>är obligatoriskt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>måste vara en sträng</translation>
    </message>
    <message>
        <source>must be a colour like #1E88E5</source>
        <translation>måste vara en färg som #1E88E5</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>är inget känt fält</translation>
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
    <name>dicedesk::ReasonDialog</name>
    <message>
        <source>&amp;Reason (required, written to the audit log):</source>
        <translation>&amp;Motivering (obligatorisk, skrivs till granskningsloggen):</translation>
    </message>
    <message>
        <source>Why? The requester and auditors will read this.</source>
        <translation>Varför? Den som skickade förfrågan och granskarna kommer att läsa detta.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <extracomment>%n is how many more characters may be typed</extracomment>
        <translation>
            <numerusform>%n tecken kvar</numerusform>
            <numerusform>%n tecken kvar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::RecipientCheckModel</name>
    <message>
        <source>The amount must be a whole number from 1 to 1,000,000.</source>
        <translation>Beloppet måste vara ett heltal från 1 till 1 000 000.</translation>
    </message>
    <message>
        <source>No user with this e-mail or id that you can see: users of organisations you do not administer are not shown.</source>
        <translation>Det finns ingen användare med den här e-postadressen eller detta id som du kan se: användare i organisationer som du inte administrerar visas inte.</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column: the line of the file or list</extracomment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Recipient</source>
        <extracomment>Column: the e-mail or user id as given</extracomment>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
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
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>%1 is a column number, %2 the column&apos;s header</extracomment>
        <translation>Kolumn %1: %2</translation>
    </message>
    <message>
        <source>Column %1 (e.g. %2)</source>
        <extracomment>%1 is a column number, %2 the first value in it</extracomment>
        <translation>Kolumn %1 (t.ex. %2)</translation>
    </message>
    <message>
        <source>Show only lines that are skipped</source>
        <translation>Visa bara rader som hoppas över</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import recipients from a CSV file</source>
        <translation>Importera mottagare från en CSV-fil</translation>
    </message>
    <message>
        <source>Paste a list of recipients</source>
        <translation>Klistra in en lista med mottagare</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Kommatecken ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>The first row is a &amp;header</source>
        <translation>Första raden är en &amp;rubrik</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>&amp;Recipient (e-mail or user id):</source>
        <translation>&amp;Mottagare (e-post eller användar-id):</translation>
    </message>
    <message>
        <source>&amp;Amount (optional):</source>
        <translation>&amp;Belopp (valfritt):</translation>
    </message>
    <message>
        <source>E-mail addresses or user ids, separated by line breaks, commas or semicolons:</source>
        <translation>E-postadresser eller användar-id:n, åtskilda av radbrytningar, kommatecken eller semikolon:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>Cancelled; nothing will be added.</source>
        <translation>Avbrutet; inget läggs till.</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importera mottagare</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it or remove columns.</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>Filen är större än %1 MB; dela upp den eller ta bort kolumner.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Filen kunde inte öppnas: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>The file contained NUL characters; they were ignored.</source>
        <translation>Filen innehöll NUL-tecken; de ignorerades.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field; the last line may be incomplete.</source>
        <translation>Filen slutar inuti ett citerat fält; den sista raden kan vara ofullständig.</translation>
    </message>
    <message>
        <source>The file holds no lines.</source>
        <translation>Filen innehåller inga rader.</translation>
    </message>
    <message>
        <source>None: the award&apos;s amount applies to everyone</source>
        <translation>Ingen: utdelningens belopp gäller för alla</translation>
    </message>
    <message>
        <source>Reading the lines…</source>
        <translation>Läser raderna…</translation>
    </message>
    <message>
        <source>The list names %1 different recipients, and an award can have at most %2. Split it into several awards.</source>
        <extracomment>%1 is how many different recipients a file names, %2 the most an award may have</extracomment>
        <translation>Listan anger %1 olika mottagare, och en utdelning kan ha högst %2. Dela upp den på flera utdelningar.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln line(s)…</source>
        <extracomment>Progress while lines are checked against the database</extracomment>
        <translation>
            <numerusform>Kontrollerar %Ln rad…</numerusform>
            <numerusform>Kontrollerar %Ln rader…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %Ln recipient(s), skip %1</source>
        <extracomment>%Ln is how many recipients are added, %1 how many lines are skipped</extracomment>
        <translation>
            <numerusform>&amp;Lägg till %Ln mottagare, hoppa över %1</numerusform>
            <numerusform>&amp;Lägg till %Ln mottagare, hoppa över %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add recipients</source>
        <translation>&amp;Lägg till mottagare</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Välj en CSV-fil.</translation>
    </message>
    <message>
        <source>Paste e-mails or user ids.</source>
        <translation>Klistra in e-postadresser eller användar-id:n.</translation>
    </message>
    <message>
        <source>Too many: an award can have at most %1 recipients, and the list would hold %2.</source>
        <extracomment>%1 is the most recipients an award may have, %2 how many the list would hold</extracomment>
        <translation>För många: en utdelning kan ha högst %1 mottagare, och listan skulle innehålla %2.</translation>
    </message>
</context>
<context>
    <name>dicedesk::RecipientListModel</name>
    <message>
        <source>The award&apos;s amount applies</source>
        <translation>Utdelningens belopp gäller</translation>
    </message>
    <message>
        <source>Balance not fetched for recipients from a list</source>
        <translation>Saldot hämtas inte för mottagare från en lista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>dicedesk::RequestDetailView</name>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Välj en förfrågan för att se detaljerna.</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detaljer om förfrågan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>G&amp;odkänn…</translation>
    </message>
    <message>
        <source>Approve and pay this award (A)</source>
        <translation>Godkänn och betala ut den här utdelningen (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Av&amp;slå…</translation>
    </message>
    <message>
        <source>Reject this request (R)</source>
        <translation>Avslå den här förfrågan (R)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>The requester&apos;s recent requests</source>
        <translation>Senaste förfrågningar från samma administratör</translation>
    </message>
    <message>
        <source>Loading recipients…</source>
        <translation>Laddar mottagare…</translation>
    </message>
    <message>
        <source>No recipients.</source>
        <extracomment>Shown where the recipient list would be when a request has none</extracomment>
        <translation>Inga mottagare.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n recipient(s) are no longer active members of this organisation.</source>
        <extracomment>%n recipients of the request have left the organisation or were suspended</extracomment>
        <translation>
            <numerusform>⚠ %n mottagare är inte längre aktiv medlem i den här organisationen.</numerusform>
            <numerusform>⚠ %n mottagare är inte längre aktiva medlemmar i den här organisationen.</numerusform>
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
            <numerusform>Mottagare (%n)</numerusform>
            <numerusform>Mottagare (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent requests by %1</source>
        <extracomment>%1 is the requester&apos;s name</extracomment>
        <translation>Senaste förfrågningar från %1</translation>
    </message>
    <message>
        <source>%1 filed no other requests recently.</source>
        <translation>%1 har inte lämnat in några andra förfrågningar nyligen.</translation>
    </message>
    <message>
        <source>Your own request: another system admin decides it.</source>
        <translation>Din egen förfrågan: en annan systemadministratör avgör den.</translation>
    </message>
    <message>
        <source>This request expired at %1 and can no longer be decided.</source>
        <extracomment>%1 is the date and time the request expired</extracomment>
        <translation>Förfrågan gick ut %1 och kan inte längre avgöras.</translation>
    </message>
    <message>
        <source>This request is closed: %1.</source>
        <extracomment>%1 is the request&apos;s status (&quot;Approved&quot;, &quot;Rejected&quot;, ...)</extracomment>
        <translation>Förfrågan är avslutad: %1.</translation>
    </message>
    <message>
        <source>Only system admins decide award requests.</source>
        <translation>Bara systemadministratörer avgör utdelningsförfrågningar.</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Begärd av</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>What each recipient gets</extracomment>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Filed</source>
        <extracomment>When the request was filed</extracomment>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <extracomment>Who decided the request, when and why</extracomment>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>dicedesk::RequestQueueModel</name>
    <message>
        <source>Requester</source>
        <extracomment>The tenant admin who asked for the award</extracomment>
        <translation>Begärd av</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Amount × recipients</source>
        <extracomment>Column header: what each recipient gets × how many recipients</extracomment>
        <translation>Belopp × mottagare</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>How long ago the request was filed</extracomment>
        <translation>Ålder</translation>
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
        <translation>inga</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>One recent award: %1 what (&quot;500 coins&quot;), %2 how long ago (&quot;3 d&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no longer a member</source>
        <translation>inte längre medlem</translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <extracomment>A recent award in a tooltip: %1 when, %2 what, %3 who gave it</extracomment>
        <translation>%1: %2 från %3</translation>
    </message>
    <message>
        <source>This user is no longer an active member of the organisation.</source>
        <translation>Användaren är inte längre aktiv medlem i organisationen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Coins</source>
        <extracomment>The recipient&apos;s current coin balance</extracomment>
        <translation>Mynt</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Recent awards</source>
        <translation>Senaste utdelningar</translation>
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
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Amount × recipients</source>
        <translation>Belopp × mottagare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
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
    <name>dicedesk::UnlockCriteriaEditor</name>
    <message>
        <source>Event — unlocks when something happens a number of times</source>
        <translation>Händelse – låses upp när något har hänt ett visst antal gånger</translation>
    </message>
    <message>
        <source>Milestone — unlocks when a figure reaches a threshold</source>
        <translation>Milstolpe – låses upp när ett värde når en tröskel</translation>
    </message>
    <message>
        <source>Manual — awarded by hand</source>
        <translation>Manuell – delas ut manuellt</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Händelsetyp</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Gånger</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mätvärde</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Tröskel</translation>
    </message>
    <message>
        <source>No parameters: staff award this achievement to members from the console.</source>
        <translation>Inga parametrar: personalen delar ut prestationen till medlemmar från konsolen.</translation>
    </message>
    <message>
        <source>e.g. session_completed</source>
        <translation>t.ex. session_completed</translation>
    </message>
    <message>
        <source>e.g. session_count</source>
        <translation>t.ex. session_count</translation>
    </message>
    <message>
        <source>Other parameters, kept as they are: %1</source>
        <extracomment>%1 a list of parameters the console does not edit, like: campaign = &quot;summer&quot;</extracomment>
        <translation>Andra parametrar, som lämnas som de är: %1</translation>
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
        <translation>Avbryt förberedelsen; inget skickas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
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
