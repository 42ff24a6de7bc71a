#include "PgWorker.h"

#include "backend/Logging.h"

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/transaction>

namespace dicedesk::pg {

PgWorker::PgWorker(std::string dsn)
    : m_dsn(std::move(dsn))
{}

PgWorker::~PgWorker() = default;

pqxx::connection &PgWorker::connection()
{
    if (m_connection && m_connection->is_open())
        return *m_connection;
    m_connection.reset();
    qCInfo(lcPgWorker) << "connecting";
    auto connection = std::make_unique<pqxx::connection>(m_dsn);
    {
        pqxx::nontransaction tx(*connection);
        tx.exec("SET application_name = 'DiceDesk'");
        // A runaway read never holds the console hostage; panes can also cancel sooner.
        tx.exec("SET statement_timeout = '30s'");
        tx.exec("SET idle_in_transaction_session_timeout = '60s'");
    }
    qCInfo(lcPgWorker) << "connected to" << connection->dbname() << "as" << connection->username()
                       << "server" << connection->server_version();
    m_connection = std::move(connection);
    return *m_connection;
}

void PgWorker::dropConnection()
{
    if (!m_connection)
        return;
    try {
        m_connection->disconnect();
    } catch (...) {
        // Already broken; nothing to release.
    }
    m_connection.reset();
}

void PgWorker::close()
{
    dropConnection();
}

} // namespace dicedesk::pg
