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
        <source>Switch tenant</source>
        <translation>Bytt organisasjon</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
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
