#pragma once

// Known rows for the list tests, written as the sandbox superuser: events and coin ledger
// entries in two tenants, many of them sharing one created_at (also across page and tenant
// boundaries, and within one millisecond), personal logins, and a login without rights.
#include <QList>
#include <QString>
#include <QUuid>
#include <string>

namespace dicedesk::test {

struct ListFixture
{
    static constexpr const char *tenantA = "c1000000-0000-4000-8000-00000000000a";
    static constexpr const char *tenantB = "c2000000-0000-4000-8000-00000000000b";
    static constexpr const char *memberA1 = "10000000-0000-4000-8000-0000000000a1";
    static constexpr const char *memberA1Name = "Ada One";
    /// A spend of 50 that reverses an earlier earn of 50 (the two newest ledger entries).
    static constexpr const char *reversalEntry = "c0ffee00-0000-4000-8000-000000000002";
    static constexpr const char *reversedEntry = "c0ffee00-0000-4000-8000-000000000001";
    /// 150 events of tenant A (120 ledger entries) all at this instant.
    static constexpr const char *burstTime = "2026-04-30 00:00:00.123456+00";

    static void install();
    /// The superuser DSN of the sandbox.
    static std::string superuserDsn();
    /// DSN for a login role of the sandbox: list_sysadmin, list_tenant_admin (admin of A),
    /// list_outsider (may log in, may read nothing).
    static QString dsnFor(const QString &login);
    /// Ids in the order a newest-first list shows them: the query is
    /// "SELECT id FROM <from> ORDER BY created_at DESC, id DESC".
    static QList<QUuid> ids(const std::string &from);
    static long long count(const std::string &sql);
};

} // namespace dicedesk::test
