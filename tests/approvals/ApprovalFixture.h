#pragma once

// Tenants, users, personal logins and award requests for the approval queue tests, written as
// the sandbox superuser; requests and paid awards go through the real functions
// (dicedesk_award_v1, admin_request_award_coins_v1) as the personal logins.
#include <QList>
#include <QString>
#include <QUuid>
#include <string>

namespace dicedesk::test {

struct ApprovalFixture
{
    static constexpr const char *tenantA = "d1000000-0000-4000-8000-00000000000a";
    static constexpr const char *tenantB = "d2000000-0000-4000-8000-00000000000b";
    static constexpr const char *tenantAName = "Alpha Club";
    static constexpr const char *tenantBName = "Beta League";

    /// Two system admins, a tenant admin (of A and B) and members.
    static constexpr const char *anna = "20000000-0000-4000-8000-000000000001"; ///< Anna Berg
    static constexpr const char *sam = "20000000-0000-4000-8000-000000000002";  ///< Sam Sysadmin
    static constexpr const char *ada = "20000000-0000-4000-8000-000000000003";  ///< Ada Admin
    static constexpr const char *max = "20000000-0000-4000-8000-000000000011";  ///< A, 100 coins
    static constexpr const char *mia = "20000000-0000-4000-8000-000000000012";  ///< A, 40 coins
    static constexpr const char *moa = "20000000-0000-4000-8000-000000000013";  ///< A
    static constexpr const char *bea = "20000000-0000-4000-8000-000000000021";  ///< B
    static constexpr const char *annaLogin = "appr_anna";
    static constexpr const char *samLogin = "appr_sam";
    static constexpr const char *adaLogin = "appr_ada";

    /// The requests the fixture files as Ada, oldest first: 300 coins × Max, Mia, Moa in A
    /// (a two-line message), 600 coins × Max in A, 700 coins × Bea in B.
    static constexpr const char *summerKey = "fixture-summer-camp";
    static constexpr const char *plannerKey = "fixture-planner-week";
    static constexpr const char *leagueKey = "fixture-league-finals";

    static void install();
    static std::string superuserDsn();
    static QString dsnFor(const QString &login);

    /// Files an award through dicedesk_award_v1 as @p login; returns the request id (null if
    /// the award was paid at once).
    static QUuid award(const QString &login, const char *tenant, const QList<QUuid> &recipients,
                       int amount, const QString &message, const QString &key);
    /// Files a request through admin_request_award_coins_v1 as @p login (system admins too).
    static QUuid request(const QString &login, const char *tenant, const QList<QUuid> &recipients,
                         int amount, const QString &message, const QString &key);
    /// The request filed with @p key in tenant A or B.
    static QUuid requestByKey(const QString &key);
    /// Runs @p sql as the superuser and returns the first column of the first row as text
    /// (empty for NULL or no row).
    static QString text(const std::string &sql);
    static long long count(const std::string &sql);
    static void exec(const std::string &sql);
    /// Runs @p sql as a personal login, in one transaction.
    static void execAs(const QString &login, const std::string &sql);
    static QUuid id(const char *uuid) { return QUuid::fromString(QLatin1String(uuid)); }
};

} // namespace dicedesk::test
