#pragma once

// The known data of the palette tests, written as the sandbox superuser: two tenants, users
// with plain, Nordic and LIKE-hostile names, achievements and award requests, and personal
// logins for a system admin and a tenant admin.
#include <QString>

namespace dicedesk::test {

struct PaletteFixture
{
    static constexpr const char *tenantA = "a1000000-0000-4000-8000-00000000000a";
    static constexpr const char *tenantB = "b1000000-0000-4000-8000-00000000000b";

    static constexpr const char *sam = "10000000-0000-4000-8000-000000000001"; // system admin
    static constexpr const char *ada = "10000000-0000-4000-8000-000000000002"; // admin of A
    static constexpr const char *max = "10000000-0000-4000-8000-000000000003"; // member of A
    static constexpr const char *bea = "10000000-0000-4000-8000-000000000004"; // member of B
    static constexpr const char *asa = "10000000-0000-4000-8000-000000000005"; // "Åsa Öberg", A
    static constexpr const char *pat = "10000000-0000-4000-8000-000000000006"; // "Pat 100% Sure"

    static constexpr const char *firstGame = "20000000-0000-4000-8000-000000000001";     // A
    static constexpr const char *summerRequest = "30000000-0000-4000-8000-000000000001"; // A

    /// Logins: pal_sysadmin (Sam), pal_tenant_admin (Ada).
    static void install();
    /// DSN of the sandbox database for a login role.
    static QString dsnFor(const QString &login);
};

} // namespace dicedesk::test
