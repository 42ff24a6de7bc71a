#pragma once

#include <QString>
#include <memory>
#include <pqxx/connection>

namespace dicedesk::db {

class NoticeLogger;

// A libpqxx connection whose server notices (NOTICE/WARNING) go to the dicedesk.db.database
// debug category instead of stderr. Connection failures become one RuntimeError line.
class Database
{
public:
    explicit Database(const QString &dsn);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    pqxx::connection &connection() { return *m_connection; }

    // CREATE DATABASE name unless it exists (tolerates a concurrent creator).
    void ensureDatabase(const QString &name);

private:
    std::unique_ptr<pqxx::connection> m_connection;
    std::unique_ptr<NoticeLogger> m_notices; // destroyed first: it unregisters from the connection
};

} // namespace dicedesk::db
