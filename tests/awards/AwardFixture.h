#pragma once

// Known rows for the awards tests, written as the sandbox superuser: three tenants (Alpha with
// twenty named members, a suspended one and its own approval threshold of 500; Beta with a
// foreign member; Crowd with 10,000 members), an achievement, and two personal logins: a
// tenant admin of Alpha and a system admin.
#include <QString>
#include <QUuid>
#include <string>

namespace dicedesk::test {

struct AwardFixture
{
    static constexpr const char *tenantA = "d1000000-0000-4000-8000-00000000000a";
    static constexpr const char *tenantB = "d2000000-0000-4000-8000-00000000000b";
    static constexpr const char *tenantCrowd = "d3000000-0000-4000-8000-00000000000c";
    static constexpr const char *achievementHelper = "d4000000-0000-4000-8000-000000000001";
    static constexpr const char *foreignUser = "e0000000-0000-4000-8000-000000000201";
    static constexpr const char *suspendedUser = "e0000000-0000-4000-8000-000000000202";
    static constexpr int threshold = 500;
    static constexpr int memberCount = 20;    ///< active members of Alpha besides the admin
    static constexpr int crowdCount = 10'000; ///< active members of Crowd

    static void install();
    static std::string superuserDsn();
    /// awd_tenant_admin (admin of Alpha) or awd_sysadmin.
    static QString dsnFor(const QString &login);

    /// Member n (1..20) of Alpha: id, "member<n>@awards.test", "Member <n> …".
    static QUuid member(int n);
    static QString memberEmail(int n);
    /// Member n (1..10,000) of Crowd: "crowd<n>@awards.test".
    static QUuid crowd(int n);
    static QString crowdEmail(int n);

    static long long count(const std::string &sql);
    /// The coin balance of a user in a tenant (0 without a wallet).
    static long long balance(const QUuid &user, const char *tenant = tenantA);
    static void exec(const std::string &sql);
};

} // namespace dicedesk::test
