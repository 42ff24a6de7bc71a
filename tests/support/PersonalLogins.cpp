#include "PersonalLogins.h"

#include <QByteArray>
#include <stdexcept>

namespace dicedesk::test {

std::string sandboxSuperuserDsn()
{
    const QByteArray dsn = qgetenv("DICEDESK_TEST_DSN");
    if (dsn.isEmpty())
        throw std::runtime_error(
            "DICEDESK_TEST_DSN is not set; run under `dicedesk-db sandbox --migrate`");
    return dsn.toStdString();
}

QString personalLoginDsn(const QString &login)
{
    return QStringLiteral("host=%1 port=%2 dbname=dicedesk user=%3")
        .arg(qEnvironmentVariable("DICEDESK_TEST_SOCKET_DIR"),
             qEnvironmentVariable("DICEDESK_TEST_PORT"), login);
}

void createPersonalLogins(pqxx::transaction_base &tx, const LoginToUserId &loginToUserId)
{
    for (const auto &[login, userId] : loginToUserId) {
        if (tx.exec_params("SELECT FROM pg_roles WHERE rolname = $1", login).empty())
            tx.exec("CREATE ROLE " + tx.quote_name(login) +
                    " LOGIN IN ROLE dicedesk_personal_login");
        tx.exec_params("INSERT INTO dicedesk_login_users (login_role, user_id) VALUES ($1, $2)",
                       login, userId);
    }
}

void installWithPersonalLogins(const char *beforeLogins, const LoginToUserId &loginToUserId,
                               const char *afterLogins)
{
    pqxx::connection connection(sandboxSuperuserDsn());
    pqxx::work tx(connection);
    tx.exec(beforeLogins);
    createPersonalLogins(tx, loginToUserId);
    if (afterLogins)
        tx.exec(afterLogins);
    tx.commit();
}

} // namespace dicedesk::test
