#pragma once

// Known achievement definitions for the list tests, written as the sandbox superuser: a few
// hundred in the global scope and two tenants, in every status, with translations (some
// missing), Swedish names, SQL metacharacters in names, name ties across scopes, holders, and
// personal logins for a system admin, a tenant admin, a designer (editor) and a plain member.
#include <QList>
#include <QString>
#include <QUuid>
#include <string>

namespace dicedesk::test {

struct AchievementFixture
{
    static constexpr const char *tenantA = "ac100000-0000-4000-8000-00000000000a";
    static constexpr const char *tenantB = "ac200000-0000-4000-8000-00000000000b";
    static constexpr const char *tenantAName = "Ach Alpha";
    static constexpr const char *tenantBName = "Ach Beta";
    /// "Årets lekledare" (global, active, three holders).
    static constexpr const char *aretsId = "acacacac-0000-4000-8000-000000000001";
    /// "100% _done_ 'quoted' \\ name" (tenant A, active), key pct_done.
    static constexpr const char *metaId = "acacacac-0000-4000-8000-000000000002";
    /// Named "Buffet", its Swedish translation "Smörgåsbord" (global, active).
    static constexpr const char *buffetId = "acacacac-0000-4000-8000-000000000003";
    static constexpr int globalCount = 100; ///< generated, plus the special rows
    static constexpr int tenantACount = 120;
    static constexpr int tenantBCount = 80;

    static void install();
    static std::string superuserDsn();
    /// DSN for a login: ach_sysadmin, ach_tenant_admin (admin of A), ach_designer (editor of
    /// A), ach_member (member of A).
    static QString dsnFor(const QString &login);
    /// Ids of the rows of a query (its first column), in its order.
    static QList<QUuid> ids(const std::string &sql);
    static long long count(const std::string &sql);
    static std::string text(const std::string &sql);
    static void exec(const std::string &sql);
    /// @p value as an SQL string literal.
    static std::string quote(const std::string &value);
};

} // namespace dicedesk::test
