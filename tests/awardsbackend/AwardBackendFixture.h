#pragma once

// Known rows for the award backend tests, written as the sandbox superuser: two tenants, people
// in every role with personal logins, members whose names exercise the member search (later
// words, LIKE and SQL metacharacters), 300 bulk members, achievements, award requests in every
// status (pending ones sharing one created_at, two past their expiry), audit rows and awards
// (some sharing one created_at) for keyset paging.
#include <QList>
#include <QString>
#include <QUuid>
#include <string>

namespace dicedesk::test {

struct AwardBackendFixture
{
    static constexpr const char *tenantA = "c5000000-0000-4000-8000-00000000000a";
    static constexpr const char *tenantB = "c5000000-0000-4000-8000-00000000000b";

    static constexpr const char *sys1 = "c5100000-0000-4000-8000-000000000001";   // Sam Sys
    static constexpr const char *sys2 = "c5100000-0000-4000-8000-000000000002";   // Sue Second
    static constexpr const char *adminA = "c5100000-0000-4000-8000-000000000011"; // Ada Admin
    static constexpr const char *adminB = "c5100000-0000-4000-8000-000000000021"; // Bob Admin
    static constexpr const char *lovisa = "c5100000-0000-4000-8000-000000000031"; // Lovisa Berg
    static constexpr const char *lars = "c5100000-0000-4000-8000-000000000032";   // Lars Lovén
    static constexpr const char *anna =
        "c5100000-0000-4000-8000-000000000033"; // Anna Maria Lovgren
    static constexpr const char *percent = "c5100000-0000-4000-8000-000000000034"; // 100% Real_Name
    static constexpr const char *obrien = "c5100000-0000-4000-8000-000000000035"; // O'Brien; DROP…
    static constexpr const char *zed = "c5100000-0000-4000-8000-000000000036";    // Zed Zulu
    static constexpr const char *mia = "c5100000-0000-4000-8000-000000000037";    // Mia Member
    static constexpr const char *sven = "c5100000-0000-4000-8000-000000000038";   // suspended in A
    static constexpr const char *bea = "c5100000-0000-4000-8000-000000000041";    // member of B
    static constexpr const char *otto = "c5100000-0000-4000-8000-000000000051";   // no tenant

    /// A pending request of A by Ada with recipients Lovisa, Lars and Sven (suspended since).
    static constexpr const char *detailRequest = "c5e00000-0000-4000-8000-000000000001";
    /// A pending request of A filed by Sam Sys himself (he may not decide it).
    static constexpr const char *ownRequest = "c5e00000-0000-4000-8000-000000000002";
    static constexpr int bulkMembers = 300;
    /// Pending requests of A past their expiry.
    static constexpr int overdueRequests = 2;

    static void install();
    static std::string superuserDsn();
    /// DSN of a personal login: aw_sys1, aw_sys2, aw_admin_a, aw_member (Mia).
    static QString dsnFor(const QString &login);
    static QUuid id(const char *text) { return QUuid::fromString(QLatin1String(text)); }
    /// Ids from a superuser query (first column), in its order.
    static QList<QUuid> ids(const std::string &sql);
    static long long count(const std::string &sql);
    /// Runs statements as the superuser.
    static void exec(const std::string &sql);
    /// The bulk member number n (1..bulkMembers): id and e-mail.
    static QUuid bulkId(int n);
    static QString bulkEmail(int n);
};

} // namespace dicedesk::test
