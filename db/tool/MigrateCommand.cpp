#include "CliArgs.h"
#include "CliErrors.h"
#include "Commands.h"
#include "Console.h"
#include "Database.h"
#include "MigrationSet.h"
#include "Migrator.h"

namespace dicedesk::db {

int runMigrateCommand(CliArgs &args)
{
    const QString dsn = args.requiredValue(QStringLiteral("dsn"));
    const QString dir = args.value(QStringLiteral("dir")).value_or(MigrationSet::defaultDir());
    args.positionals(0);

    const MigrationSet migrations = MigrationSet::scan(dir);
    Database database(dsn);
    const MigrateResult result = Migrator(database.connection(), [](const QString &line) {
                                     console::out(line);
                                 }).migrate(migrations);
    if (result.applied == 0)
        console::out(QStringLiteral("database is up to date (%1 migrations)").arg(result.total));
    else
        console::out(QStringLiteral("migrate: applied %1, database is at %2 (%3 migrations)")
                         .arg(result.applied)
                         .arg(migrations.files().last().name)
                         .arg(result.total));
    return ExitOk;
}

} // namespace dicedesk::db
