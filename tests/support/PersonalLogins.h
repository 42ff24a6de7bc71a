#pragma once

// What every database test fixture needs from the sandbox started by `dicedesk-db sandbox`:
// the superuser's DSN, the DSN of a personal login, and personal logins mapped to users.
#include <QString>
#include <pqxx/pqxx>
#include <string>
#include <utility>
#include <vector>

namespace dicedesk::test {

/// Pairs of (login role, user id).
using LoginToUserId = std::vector<std::pair<std::string, std::string>>;

/// DICEDESK_TEST_DSN; throws std::runtime_error when it is not set.
std::string sandboxSuperuserDsn();

/// DSN of the sandbox database for a login role, over the sandbox's socket.
QString personalLoginDsn(const QString &login);

/// Creates each login role unless it exists (LOGIN IN ROLE dicedesk_personal_login) and maps
/// it to its user in dicedesk_login_users.
void createPersonalLogins(pqxx::transaction_base &tx, const LoginToUserId &loginToUserId);

/// As the sandbox superuser, in one transaction: runs beforeLogins (the users), creates the
/// personal logins, then runs afterLogins (rows that follow) unless it is null.
void installWithPersonalLogins(const char *beforeLogins, const LoginToUserId &loginToUserId,
                               const char *afterLogins = nullptr);

} // namespace dicedesk::test
