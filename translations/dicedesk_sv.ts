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
        <source>Switch tenant</source>
        <translation>Byt organisation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
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
