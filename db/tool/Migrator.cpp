#include "Migrator.h"

#include "CliErrors.h"
#include "Console.h"
#include "LogCategories.h"

#include <QElapsedTimer>
#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/result>
#include <pqxx/transaction>
#include <pwd.h>
#include <unistd.h>

namespace dicedesk::db {

namespace {

// Key of the advisory lock all dicedesk-db migrate runs take ("DICEMIGR").
constexpr long long migrationLockKey = 0x444943454d494752LL;

const char *const createBookkeeping = R"sql(
CREATE TABLE public.dicedesk_schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT current_user
))sql";

QString appliedBy()
{
    const passwd *pw = getpwuid(geteuid());
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    return QStringLiteral("%1@%2 (dicedesk-db %3)")
        .arg(pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("uid%1").arg(geteuid()),
             QString::fromLocal8Bit(host), QStringLiteral(DICEDESK_VERSION));
}

void lock(pqxx::work &tx)
{
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", migrationLockKey);
}

} // namespace

Migrator::Migrator(pqxx::connection_base &connection, Progress progress)
    : m_connection(connection)
    , m_progress(std::move(progress))
{}

void Migrator::verifyApplied(const MigrationSet &migrations, QList<int> &appliedVersions)
{
    pqxx::work tx(m_connection, "dicedesk-db migrate check");
    lock(tx);
    const bool exists =
        !tx.exec1("SELECT to_regclass('public.dicedesk_schema_migrations')")[0].is_null();
    if (!exists) {
        tx.exec(createBookkeeping);
        qCDebug(lcMigrate) << "created public.dicedesk_schema_migrations";
    }
    const pqxx::result rows = tx.exec(
        "SELECT version, name, checksum FROM public.dicedesk_schema_migrations ORDER BY version");
    for (const pqxx::row &row : rows) {
        const int version = row[0].as<int>();
        const QString name = QString::fromStdString(row[1].as<std::string>());
        const QString checksum = QString::fromStdString(row[2].as<std::string>());
        const MigrationFile *file = migrations.find(version);
        if (!file)
            throw RuntimeError(
                QStringLiteral("migration %1 was applied but its file is missing from %2")
                    .arg(name, migrations.dir()));
        if (file->checksum != checksum)
            throw RuntimeError(QStringLiteral("migration %1 was changed after it was applied "
                                              "(checksum mismatch)")
                                   .arg(file->name));
        if (file->name != name)
            qCWarning(lcMigrate).noquote()
                << QStringLiteral("migration %1 was applied as %2").arg(file->name, name);
        appliedVersions << version;
    }
    tx.commit();
}

bool Migrator::apply(const MigrationFile &migration)
{
    QElapsedTimer timer;
    timer.start();
    try {
        pqxx::work tx(m_connection, "dicedesk-db migrate");
        lock(tx);
        const pqxx::result already = tx.exec_params(
            "SELECT checksum FROM public.dicedesk_schema_migrations WHERE version = $1",
            migration.version);
        if (!already.empty()) {
            // Applied by a concurrent run while we waited for the lock.
            if (QString::fromStdString(already[0][0].as<std::string>()) != migration.checksum)
                throw RuntimeError(QStringLiteral("migration %1 was changed after it was applied "
                                                  "(checksum mismatch)")
                                       .arg(migration.name));
            return false;
        }
        tx.exec(migration.sql.toStdString());
        tx.exec_params("INSERT INTO public.dicedesk_schema_migrations "
                       "(version, name, checksum, applied_at, applied_by) "
                       "VALUES ($1, $2, $3, clock_timestamp(), $4)",
                       migration.version, migration.name.toStdString(),
                       migration.checksum.toStdString(), appliedBy().toStdString());
        tx.commit();
    } catch (const CliError &) {
        throw;
    } catch (const std::exception &error) {
        qCDebug(lcMigrate).noquote() << fullErrorText(error);
        throw RuntimeError(
            QStringLiteral("migration %1 failed: %2").arg(migration.name, describeDbError(error)));
    }
    m_progress(QStringLiteral("migrate: applied %1 (%2)")
                   .arg(migration.name, console::seconds(timer.elapsed())));
    return true;
}

MigrateResult Migrator::migrate(const MigrationSet &migrations)
{
    QList<int> applied;
    verifyApplied(migrations, applied);

    MigrateResult result;
    for (const MigrationFile &migration : migrations.files()) {
        if (applied.contains(migration.version))
            continue;
        if (apply(migration))
            ++result.applied;
    }
    result.total = static_cast<int>(migrations.files().size());
    return result;
}

} // namespace dicedesk::db
