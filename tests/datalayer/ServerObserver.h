#pragma once

// The test's own superuser connections to the sandbox database: they set up data, watch the
// console's server process in pg_stat_activity, terminate it, and hold row locks that make
// the console's write wait. Everything here runs on the test thread, in autocommit mode.
#include <QString>
#include <QUuid>
#include <memory>
#include <pqxx/pqxx>
#include <string>

namespace dicedesk::test {

/// What pg_stat_activity says about one server process.
struct ServerActivity
{
    bool exists = false;
    QString state;           ///< "active", "idle", "idle in transaction", ...
    QString waitEventType;   ///< "Lock" while waiting for a row lock, "Timeout" in pg_sleep
    QString query;           ///< the statement running, or the last one run
    QString applicationName; ///< "DiceDesk" for the console
    QString stateChange;     ///< when the state last changed (text, for comparison only)
};

class ServerObserver
{
public:
    /// Connects as the sandbox superuser (DICEDESK_TEST_DSN); throws if it cannot.
    ServerObserver();
    ~ServerObserver();

    ServerActivity activity(int pid);
    /// pg_terminate_backend; true if the process existed and was signalled.
    bool terminate(int pid);

    void exec(const std::string &sql);
    /// The single integer (or NULL as -1) a query with parameters returns.
    template<typename... Args> qint64 number(const std::string &sql, Args &&...args)
    {
        pqxx::nontransaction tx(m_connection);
        const pqxx::row row = tx.exec_params1(sql, std::forward<Args>(args)...);
        return row[0].is_null() ? -1 : row[0].as<qint64>();
    }
    /// The single text a query with parameters returns (empty for NULL).
    template<typename... Args> QString text(const std::string &sql, Args &&...args)
    {
        pqxx::nontransaction tx(m_connection);
        const pqxx::row row = tx.exec_params1(sql, std::forward<Args>(args)...);
        return row[0].is_null() ? QString() : QString::fromStdString(row[0].as<std::string>());
    }

    /// Opens a transaction on a second connection and runs @p lockingSql in it (say, a
    /// SELECT ... FOR UPDATE); the locks stay until releaseLocks().
    void holdLocks(const std::string &lockingSql);
    void releaseLocks();

private:
    pqxx::connection m_connection;
    std::unique_ptr<pqxx::connection> m_lockConnection;
    std::unique_ptr<pqxx::work> m_lockTransaction;
};

/// A UUID as libpq text ("a000...").
std::string uuidText(const QUuid &id);
std::string uuidText(const char *id);

} // namespace dicedesk::test
