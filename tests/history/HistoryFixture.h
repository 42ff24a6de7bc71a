#pragma once

// Awards, reversals and audit rows for the history tests. Tenants, users and personal logins
// are written as the sandbox superuser; every award is made through the real function
// dicedesk_award_v1, signed in as the admin who sends it, so the audit log and the wallets
// are exactly what the platform writes. Figures the tests expect follow from it.
#include <QString>
#include <QUuid>
#include <string>

namespace dicedesk::test {

struct HistoryFixture
{
    static constexpr const char *tenantA = "d1000000-0000-4000-8000-00000000000a";
    static constexpr const char *tenantB = "d2000000-0000-4000-8000-00000000000b";
    static constexpr const char *tenantAName = "Orchard Club";

    static constexpr const char *sysadmin = "20000000-0000-4000-8000-000000000001";
    static constexpr const char *ada = "20000000-0000-4000-8000-000000000002"; ///< admin of A
    static constexpr const char *ben = "20000000-0000-4000-8000-000000000003"; ///< admin of A
    /// An admin of A whose name is a spreadsheet formula with quotes, commas and a line break.
    static constexpr const char *mallory = "20000000-0000-4000-8000-000000000004";
    static constexpr const char *cleo = "20000000-0000-4000-8000-0000000000c1";
    static constexpr const char *dan = "20000000-0000-4000-8000-0000000000c2";
    static constexpr const char *eve = "20000000-0000-4000-8000-0000000000c3";
    static constexpr const char *finn = "20000000-0000-4000-8000-0000000000c4";
    static constexpr const char *gil = "20000000-0000-4000-8000-0000000000d1"; ///< member of B

    static const QString malloryName;

    /// Personal logins: hist_sysadmin, hist_ada, hist_ben, hist_mallory.
    static QString dsnFor(const QString &login);
    static std::string superuserDsn();

    /// Creates everything and makes the awards (see the .cpp for the list).
    static void install();

    /// Award ids by idempotency key ("hist-award-1" …).
    static QUuid awardId(const std::string &key);
    static long long count(const std::string &sql);
    static long long balance(const char *userId, const char *tenantId = tenantA);
    /// Runs SQL as the superuser (no result).
    static void exec(const std::string &sql);
};

} // namespace dicedesk::test
