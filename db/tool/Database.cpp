#include "Database.h"

#include "CliErrors.h"
#include "LogCategories.h"

#include <pqxx/connection>
#include <pqxx/errorhandler>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>

namespace dicedesk::db {

class NoticeLogger : public pqxx::errorhandler
{
public:
    explicit NoticeLogger(pqxx::connection_base &connection)
        : pqxx::errorhandler(connection)
    {}

    bool operator()(const char message[]) noexcept override
    {
        qCDebug(lcDatabase).noquote() << QString::fromUtf8(message).trimmed();
        return false; // swallow: no other handler prints it
    }
};

Database::Database(const QString &dsn)
{
    try {
        m_connection = std::make_unique<pqxx::connection>(dsn.toStdString());
    } catch (const std::exception &error) {
        qCDebug(lcDatabase).noquote() << fullErrorText(error);
        throw RuntimeError(
            QStringLiteral("cannot connect to database: %1").arg(describeDbError(error)));
    }
    m_notices = std::make_unique<NoticeLogger>(*m_connection);
    // Puts the SQLSTATE into error texts too ("ERROR:  42501: ..."): libpqxx 6.4 does not
    // always fill sql_error::sqlstate(). describeDbError() turns it back into one clean line.
    m_connection->set_verbosity(pqxx::connection_base::verbose);
    qCDebug(lcDatabase).noquote() << "connected to" << QString::fromUtf8(m_connection->dbname())
                                  << "server version" << m_connection->server_version();
}

Database::~Database() = default;

void Database::ensureDatabase(const QString &name)
{
    pqxx::nontransaction tx(*m_connection);
    const pqxx::result exists =
        tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", name.toStdString());
    if (!exists.empty())
        return;
    try {
        tx.exec("CREATE DATABASE " + tx.quote_name(name.toStdString()));
        qCDebug(lcDatabase).noquote() << "created database" << name;
    } catch (const pqxx::sql_error &error) {
        // duplicate_database / unique_violation: a concurrent creator was faster
        if (error.sqlstate() != "42P04" && error.sqlstate() != "23505")
            throw;
    }
}

} // namespace dicedesk::db
