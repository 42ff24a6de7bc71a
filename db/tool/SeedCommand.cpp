#include "CliArgs.h"
#include "CliErrors.h"
#include "Commands.h"
#include "Console.h"
#include "Database.h"
#include "SeedOptions.h"
#include "Seeder.h"

#include <QDateTime>

namespace dicedesk::db {

int runSeedCommand(CliArgs &args)
{
    const QString dsn = args.requiredValue(QStringLiteral("dsn"));
    SeedOptions options;
    if (const auto scale = args.value(QStringLiteral("scale")))
        options.events = SeedOptions::parseScale(*scale);
    if (const auto seed = args.value(QStringLiteral("seed")))
        options.seed = SeedOptions::parseSeed(*seed);
    const auto anchor = args.value(QStringLiteral("anchor"));
    options.anchor =
        anchor ? SeedOptions::parseAnchor(*anchor) : QDateTime::currentDateTimeUtc().date();
    options.dir = args.value(QStringLiteral("dir")).value_or(SeedOptions::defaultDir());
    args.positionals(0);

    Database database(dsn);
    Seeder seeder(database.connection(), {[](const QString &text) { console::outPartial(text); },
                                          [](const QString &line) {
                                              console::out(line);
                                          }});
    seeder.seed(options);
    return ExitOk;
}

} // namespace dicedesk::db
