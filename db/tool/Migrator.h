#pragma once

#include "MigrationSet.h"

#include <QString>
#include <functional>

namespace pqxx {
class connection_base;
}

namespace dicedesk::db {

struct MigrateResult
{
    int applied = 0; // applied by this run
    int total = 0;   // migrations recorded in the database afterwards
};

// Applies pending migrations, each in its own transaction together with its row in
// public.dicedesk_schema_migrations, under pg_advisory_xact_lock so concurrent runs do not race.
// Refuses (applying nothing) if an applied file changed or disappeared.
class Migrator
{
public:
    using Progress = std::function<void(const QString &line)>;

    Migrator(pqxx::connection_base &connection, Progress progress);

    // Throws RuntimeError with one line on any failure; a failed migration is rolled back.
    MigrateResult migrate(const MigrationSet &migrations);

private:
    void verifyApplied(const MigrationSet &migrations, QList<int> &appliedVersions);
    bool apply(const MigrationFile &migration);

    pqxx::connection_base &m_connection;
    Progress m_progress;
};

} // namespace dicedesk::db
