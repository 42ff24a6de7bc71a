#pragma once

// A known, small data set for the GUI tests, written as the sandbox superuser, and the
// DSNs of the personal logins it creates. Figures the tests expect follow from it.
#include <QString>

namespace dicedesk::test {

struct GuiFixture
{
    static constexpr const char *tenantA = "a0000000-0000-4000-8000-00000000000a";
    static constexpr const char *tenantB = "b0000000-0000-4000-8000-00000000000b";

    /// Creates tenants, users, personal logins, ledger rows, events and requests.
    static void install();
    /// DSN of the sandbox database for a login role.
    static QString dsnFor(const QString &login);
};

} // namespace dicedesk::test
