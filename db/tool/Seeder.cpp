#include "Seeder.h"

#include "CliErrors.h"
#include "Console.h"
#include "LogCategories.h"
#include "SqlSplitter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

namespace dicedesk::db {

Seeder::Seeder(pqxx::connection_base &connection, Progress progress)
    : m_connection(connection)
    , m_progress(std::move(progress))
{}

void Seeder::requireMigrations()
{
    pqxx::nontransaction tx(m_connection);
    const bool exists =
        !tx.exec1("SELECT to_regclass('public.dicedesk_schema_migrations')")[0].is_null();
    const bool applied =
        exists &&
        tx.exec1("SELECT count(*) FROM public.dicedesk_schema_migrations")[0].as<long>() > 0;
    if (!applied)
        throw RuntimeError(QStringLiteral("the database has no migrations applied "
                                          "(dicedesk_schema_migrations is %1); run "
                                          "'dicedesk-db migrate' first")
                               .arg(exists ? QStringLiteral("empty") : QStringLiteral("missing")));
}

void Seeder::runFile(const QString &name, const QByteArray &sql)
{
    if (name.endsWith(QLatin1String(".tx.sql"))) {
        pqxx::work tx(m_connection, "dicedesk-db seed");
        tx.exec(sql.toStdString());
        tx.commit();
        return;
    }
    pqxx::nontransaction tx(m_connection, "dicedesk-db seed");
    for (const QByteArray &statement : splitSqlStatements(sql))
        tx.exec(statement.toStdString());
}

SeedResult Seeder::seed(const SeedOptions &options)
{
    const QDir dir(options.dir);
    if (!dir.exists())
        throw RuntimeError(QStringLiteral("seed folder %1 does not exist").arg(options.dir));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        throw RuntimeError(QStringLiteral("no seed files (*.sql) in %1").arg(dir.absolutePath()));

    requireMigrations();
    {
        pqxx::nontransaction tx(m_connection);
        tx.exec_params("SELECT set_config('dicedesk.seed', $1, false), "
                       "set_config('dicedesk.scale_events', $2, false), "
                       "set_config('dicedesk.anchor', $3, false)",
                       std::to_string(options.seed), std::to_string(options.events),
                       options.anchor.toString(Qt::ISODate).toStdString());
    }
    qCDebug(lcSeed).noquote() << QStringLiteral("seed=%1 scale_events=%2 anchor=%3")
                                     .arg(options.seed)
                                     .arg(options.events)
                                     .arg(options.anchor.toString(Qt::ISODate));

    QElapsedTimer total;
    total.start();
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw RuntimeError(QStringLiteral("cannot read seed file %1: %2")
                                   .arg(file.fileName(), file.errorString()));
        const QByteArray sql = file.readAll();
        m_progress.partial(QStringLiteral("seed: %1 ... ").arg(name));
        QElapsedTimer timer;
        timer.start();
        try {
            runFile(name, sql);
        } catch (const std::exception &error) {
            m_progress.line(QStringLiteral("failed"));
            qCDebug(lcSeed).noquote() << fullErrorText(error);
            throw RuntimeError(
                QStringLiteral("seed file %1 failed: %2").arg(name, describeDbError(error)));
        }
        m_progress.line(console::seconds(timer.elapsed(), 1));
    }
    SeedResult result;
    result.files = static_cast<int>(names.size());
    result.elapsedMs = total.elapsed();
    m_progress.line(
        QStringLiteral("seed: %1 files, %2 events, seed %3, anchor %4 in %5")
            .arg(result.files)
            .arg(options.events)
            .arg(options.seed)
            .arg(options.anchor.toString(Qt::ISODate), console::seconds(result.elapsedMs, 1)));
    return result;
}

} // namespace dicedesk::db
