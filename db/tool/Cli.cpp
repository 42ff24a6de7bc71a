#include "Cli.h"

#include "CliArgs.h"
#include "CliErrors.h"
#include "Commands.h"
#include "Console.h"
#include "LogCategories.h"
#include "Usage.h"

#include <pqxx/except>

namespace dicedesk::db {

namespace {

bool takeFlag(QStringList &args, const QString &longName, const QString &shortName)
{
    bool found = false;
    for (int i = 0; i < args.size();) {
        if (args.at(i) == QLatin1String("--"))
            break;
        if (args.at(i) == longName || args.at(i) == shortName) {
            args.removeAt(i);
            found = true;
        } else {
            ++i;
        }
    }
    return found;
}

int dispatch(QStringList args)
{
    bool verbose = false;
    // Global options before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            console::outPartial(usageText());
            return ExitOk;
        }
        if (option == QLatin1String("--version")) {
            console::out(QStringLiteral("dicedesk-db %1").arg(QStringLiteral(DICEDESK_VERSION)));
            return ExitOk;
        }
        if (option == QLatin1String("--verbose") || option == QLatin1String("-v")) {
            verbose = true;
            console::installMessageHandler(true);
            continue;
        }
        throw UsageError(
            QStringLiteral("unknown option '%1' (see dicedesk-db --help)").arg(option));
    }
    if (args.isEmpty())
        throw UsageError(QStringLiteral("missing command (see dicedesk-db --help)"));

    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        console::outPartial(usageText());
        return ExitOk;
    }
    if (command == QLatin1String("sandbox"))
        return runSandboxCommand(args, verbose);

    if (takeFlag(args, QStringLiteral("--help"), QStringLiteral("-h"))) {
        console::outPartial(usageText());
        return ExitOk;
    }
    if (takeFlag(args, QStringLiteral("--verbose"), QStringLiteral("-v")))
        console::installMessageHandler(true);

    CliArgs commandArgs(command, args);
    if (command == QLatin1String("local"))
        return runLocalCommand(commandArgs);
    if (command == QLatin1String("migrate"))
        return runMigrateCommand(commandArgs);
    if (command == QLatin1String("seed"))
        return runSeedCommand(commandArgs);
    if (command == QLatin1String("reconcile"))
        return runReconcileCommand(commandArgs);
    throw UsageError(QStringLiteral("unknown command '%1' (see dicedesk-db --help)").arg(command));
}

} // namespace

int runCli(const QStringList &arguments)
{
    console::installMessageHandler(false);
    try {
        return dispatch(arguments);
    } catch (const CliError &error) {
        console::error(error.message());
        return error.exitCode();
    } catch (const pqxx::broken_connection &error) {
        qCDebug(lcCli).noquote() << fullErrorText(error);
        console::error(
            QStringLiteral("lost the database connection: %1").arg(describeDbError(error)));
    } catch (const std::exception &error) {
        qCDebug(lcCli).noquote() << fullErrorText(error);
        console::error(describeDbError(error));
    } catch (...) {
        console::error(QStringLiteral("unexpected internal error"));
    }
    return ExitFailure;
}

} // namespace dicedesk::db
