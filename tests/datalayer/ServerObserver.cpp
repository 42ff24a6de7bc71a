#include "ServerObserver.h"

#include <QByteArray>
#include <stdexcept>

namespace dicedesk::test {

namespace {

std::string superuserDsn()
{
    const QByteArray dsn = qgetenv("DICEDESK_TEST_DSN");
    if (dsn.isEmpty())
        throw std::runtime_error(
            "DICEDESK_TEST_DSN is not set; run under `dicedesk-db sandbox --migrate`");
    return dsn.toStdString();
}

QString field(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromStdString(f.as<std::string>());
}

} // namespace

ServerObserver::ServerObserver()
    : m_connection(superuserDsn())
{}

ServerObserver::~ServerObserver()
{
    try {
        releaseLocks();
    } catch (...) {
        // Tearing down after a failed test: the sandbox is thrown away anyway.
    }
}

ServerActivity ServerObserver::activity(int pid)
{
    pqxx::nontransaction tx(m_connection);
    const pqxx::result rows =
        tx.exec_params("SELECT state, wait_event_type, query, application_name, "
                       "state_change::text FROM pg_stat_activity WHERE pid = $1",
                       pid);
    ServerActivity activity;
    if (rows.empty())
        return activity;
    activity.exists = true;
    activity.state = field(rows[0][0]);
    activity.waitEventType = field(rows[0][1]);
    activity.query = field(rows[0][2]);
    activity.applicationName = field(rows[0][3]);
    activity.stateChange = field(rows[0][4]);
    return activity;
}

bool ServerObserver::terminate(int pid)
{
    pqxx::nontransaction tx(m_connection);
    return tx.exec_params1("SELECT pg_terminate_backend($1)", pid)[0].as<bool>();
}

void ServerObserver::exec(const std::string &sql)
{
    pqxx::nontransaction tx(m_connection);
    tx.exec(sql);
}

void ServerObserver::holdLocks(const std::string &lockingSql)
{
    releaseLocks();
    m_lockConnection = std::make_unique<pqxx::connection>(superuserDsn());
    m_lockTransaction = std::make_unique<pqxx::work>(*m_lockConnection);
    m_lockTransaction->exec(lockingSql);
}

void ServerObserver::releaseLocks()
{
    if (m_lockTransaction)
        m_lockTransaction->commit();
    m_lockTransaction.reset();
    m_lockConnection.reset();
}

std::string uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

std::string uuidText(const char *id)
{
    return std::string(id);
}

} // namespace dicedesk::test
