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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name cannot start with &quot;/&quot;. For a socket folder, choose the connection type &quot;Local socket&quot;.</source>
        <extracomment>&quot;Local socket&quot; is the name of the connection type in the form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder that holds the server&apos;s socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket folder must be an absolute path (starting with &quot;/&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode %1 needs a CA certificate file to check the server against.</source>
        <extracomment>%1 is the SSL mode keyword, verify-ca or verify-full</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist or cannot be read.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator mode needs the id of the admin user to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a NUL character, which cannot be sent to the server.</source>
        <extracomment>%1 names the field, e.g. &quot;The user name&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo</source>
        <extracomment>Name of the built-in profile for the private demo database on this computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No password is saved for this profile. Type it to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the password cannot be remembered. Type it to connect; it is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so the saved password cannot be used. Unlock it and reopen this dialog, or type the password; it is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error, so the password cannot be remembered. Type it to connect; it is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dicedesk::ConnectDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>Name given to a new connection profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is built in: it opens the private demo database on this computer. Duplicate it to make a copy you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A profile name made unique: %1 the name, %2 a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <extracomment>Name of a duplicated profile; %1 is the original&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved password? This cannot be undone.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user id. Enter the admin user&apos;s id, like 00000000-0000-4000-8000-000000000001.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>%1 the reason in plain words, %2 the server&apos;s or libpq&apos;s own message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…  %1</source>
        <extracomment>Header button that opens the command palette; %1 is its shortcut (Ctrl+K)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a pane, user, achievement or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n pending approval(s)</source>
        <extracomment>Screen-reader name of a rail item with a badge; %1 pane, %n pending requests</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting… Work in progress will continue once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be reached again. Check the network and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
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
    <name>dicedesk::PathField</name>
    <message>
        <source>Browse…</source>
        <extracomment>Button that opens a file or folder chooser</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <extracomment>%1 names the path, e.g. &quot;CA certificate file&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <extracomment>File filter of the CA certificate chooser</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dicedesk::ProfileForm</name>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (TCP/IP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local socket</source>
        <extracomment>Connection type: the server&apos;s Unix socket on this computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server&apos;s socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable — never encrypt</source>
        <extracomment>SSL mode choice; the keyword before the dash is libpq&apos;s and stays untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow — encrypt only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer — encrypt when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require — always encrypt, do not check the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca — encrypt and check the certificate&apos;s issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full — encrypt, check the issuer and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator mode: a privileged login acts as an admin user</source>
        <extracomment>Lekbanken/Supabase databases: a privileged login acts as a chosen admin user</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as user &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remem&amp;ber password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
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
