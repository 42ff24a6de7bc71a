#include "CliErrors.h"
#include "Commands.h"
#include "Console.h"
#include "Sandbox.h"
#include "SandboxJanitor.h"
#include "SeedOptions.h"
#include "StaleSandboxes.h"
#include "Usage.h"

namespace dicedesk::db {

namespace {

const QString sandboxUsage = QStringLiteral(
    "usage: dicedesk-db sandbox [--migrate] [--seed [SCALE]] [--keep] [--tcp] -- COMMAND "
    "[ARGS...]");

} // namespace

int runSandboxCommand(const QStringList &args, bool &verbose)
{
    SandboxOptions options;
    bool cleanupStale = false;
    QString janitorFolder;
    int i = 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            ++i;
            break;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            break; // the command starts here
        if (arg == QLatin1String("--migrate")) {
            options.migrate = true;
        } else if (arg == QLatin1String("--keep")) {
            options.keep = true;
        } else if (arg == QLatin1String("--tcp")) {
            options.tcp = true;
        } else if (arg == QLatin1String("--cleanup-stale")) {
            cleanupStale = true;
        } else if (arg == QLatin1String("--verbose") || arg == QLatin1String("-v")) {
            verbose = true;
            console::installMessageHandler(true);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            console::outPartial(usageText());
            return ExitOk;
        } else if (arg == QLatin1String("--seed")) {
            options.seedEvents = SeedOptions::parseScale(QStringLiteral("small"));
            if (i + 1 < args.size() && SeedOptions::isScale(args.at(i + 1)))
                options.seedEvents = SeedOptions::parseScale(args.at(++i));
        } else if (arg.startsWith(QLatin1String("--seed="))) {
            options.seedEvents = SeedOptions::parseScale(arg.mid(7));
        } else if (arg == QLatin1String("--janitor") && i + 1 < args.size()) {
            janitorFolder = args.at(++i); // internal, see SandboxJanitor
        } else {
            throw UsageError(
                QStringLiteral("sandbox: unknown option '%1'; %2").arg(arg, sandboxUsage));
        }
    }
    options.command = args.mid(i);

    if (!janitorFolder.isEmpty())
        return SandboxJanitor::run(janitorFolder);
    if (cleanupStale) {
        if (!options.command.isEmpty() || options.migrate || options.seedEvents || options.keep ||
            options.tcp)
            throw UsageError(QStringLiteral("sandbox: --cleanup-stale takes no other options"));
        cleanupStaleSandboxes();
        return ExitOk;
    }
    if (options.command.isEmpty())
        throw UsageError(QStringLiteral("sandbox: missing COMMAND; %1").arg(sandboxUsage));
    if (options.seedEvents)
        options.migrate = true;
    return Sandbox::run(options);
}

} // namespace dicedesk::db
