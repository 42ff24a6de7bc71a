#include "ConnectFixture.h"

#include <pqxx/pqxx>
#include <stdexcept>

namespace dicedesk::test {

QString ConnectFixture::password()
{
    return QStringLiteral("Tärning's p@ss \\ wörd");
}

void ConnectFixture::install()
{
    const QByteArray dsn = qgetenv("DICEDESK_TEST_DSN");
    if (dsn.isEmpty() || qEnvironmentVariableIsEmpty("DICEDESK_TEST_TCP_HOST"))
        throw std::runtime_error("run under `dicedesk-db sandbox --migrate --tcp`");
    pqxx::connection connection(dsn.toStdString());
    pqxx::work tx(connection);
    tx.exec("INSERT INTO tenants (id, name, slug) VALUES "
            "('c0000000-0000-4000-8000-00000000000c', 'Connect Club', 'connect')");
    tx.exec_params("INSERT INTO users (id, email, full_name, global_role) "
                   "VALUES ($1, $2, 'Connie Connect', 'system_admin')",
                   std::string(userId), std::string(userEmail));
    tx.exec("CREATE ROLE " + tx.quote_name(login) + " LOGIN PASSWORD " +
            tx.quote(password().toStdString()) + " IN ROLE dicedesk_personal_login");
    tx.exec_params("INSERT INTO dicedesk_login_users (login_role, user_id) VALUES ($1, $2)",
                   std::string(login), std::string(userId));
    tx.commit();
}

QString ConnectFixture::tcpHost()
{
    return qEnvironmentVariable("DICEDESK_TEST_TCP_HOST");
}

int ConnectFixture::port()
{
    return qEnvironmentVariableIntValue("DICEDESK_TEST_PORT");
}

} // namespace dicedesk::test
