#pragma once

// The sandbox data the connect tests need: one tenant, a system admin user, and a login role
// with a password mapped to that user, so the dialog can log in over TCP (scram-sha-256).
#include <QString>

namespace dicedesk::test {

struct ConnectFixture
{
    static constexpr const char *login = "connect_admin";
    static constexpr const char *userId = "00000000-0000-4000-8000-0000000000c1";
    static constexpr const char *userEmail = "connie@example.test";

    /// Quotes, a backslash, spaces and non-ASCII letters: the connection string must carry
    /// them intact.
    static QString password();

    /// Creates the tenant, the user and the password login, as the sandbox superuser.
    static void install();
    /// 127.0.0.1 and the sandbox's port (the sandbox runs with --tcp).
    static QString tcpHost();
    static int port();
};

} // namespace dicedesk::test
