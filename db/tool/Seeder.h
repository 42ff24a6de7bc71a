#pragma once

#include "SeedOptions.h"

#include <functional>

namespace pqxx {
class connection_base;
}

namespace dicedesk::db {

struct SeedResult
{
    int files = 0;
    qint64 elapsedMs = 0;
};

// Runs the seed SQL files (*.sql, name order) in one session after setting dicedesk.seed,
// dicedesk.scale_events and dicedesk.anchor. *.tx.sql files run in one transaction each; other
// files run statement by statement in autocommit, like psql (so VACUUM/ANALYZE work).
class Seeder
{
public:
    // partial: text without newline ("seed: x.sql ... "), line: the rest of the line.
    struct Progress
    {
        std::function<void(const QString &)> partial;
        std::function<void(const QString &)> line;
    };

    Seeder(pqxx::connection_base &connection, Progress progress);

    // Throws RuntimeError (one line) if migrations are missing or a file fails.
    SeedResult seed(const SeedOptions &options);

private:
    void requireMigrations();
    void runFile(const QString &name, const QByteArray &sql);

    pqxx::connection_base &m_connection;
    Progress m_progress;
};

} // namespace dicedesk::db
