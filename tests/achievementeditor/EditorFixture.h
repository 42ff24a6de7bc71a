#pragma once

// A small known data set for the achievement editor tests, written as the sandbox superuser:
// two tenants, the demo personas as personal logins (demo_sysadmin, demo_tenant_admin and
// demo_designer of tenant 1, demo_member), and one active tenant achievement held by three
// members, with its first version.
#include <QString>
#include <QUuid>
#include <string>

namespace dicedesk::test {

struct EditorFixture
{
    static constexpr const char *tenant1 = "e1000000-0000-4000-8000-000000000001";
    static constexpr const char *tenant1Name = "Lekklubben";
    static constexpr const char *tenant2 = "e2000000-0000-4000-8000-000000000002";
    static constexpr const char *tenant2Name = "Spelgården";
    /// Active, tenant 1, key "camp-hero", version 1, held by 3 members of tenant 1.
    static constexpr const char *heldAchievement = "e5000000-0000-4000-8000-000000000001";
    static constexpr const char *designerName = "Dana Designer";

    static void install();
    static std::string superuserDsn();
    /// DSN of the sandbox database for a login role.
    static QString dsnFor(const QString &login);
    /// The one value of a query run as the superuser, as text ("" for NULL).
    static QString scalar(const std::string &sql);
    /// Runs statements as the superuser.
    static void exec(const std::string &sql);
};

} // namespace dicedesk::test
