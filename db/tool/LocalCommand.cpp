#include "CliArgs.h"
#include "CliErrors.h"
#include "Commands.h"
#include "Console.h"
#include "Dsn.h"
#include "LocalCluster.h"

namespace dicedesk::db {

namespace {

int status(const LocalCluster &cluster, std::optional<int> port)
{
    const ClusterStatus state = cluster.status();
    const int shownPort = port.value_or(state.port);
    if (!state.initialized)
        console::out(QStringLiteral("not initialized"));
    else if (state.running)
        console::out(QStringLiteral("running (pid %1)").arg(state.pid));
    else
        console::out(QStringLiteral("stopped"));
    console::out(QStringLiteral("dir: %1").arg(cluster.dir()));
    console::out(QStringLiteral("dsn: %1").arg(cluster.dsn(shownPort)));
    if (state.running && state.tcp)
        console::out(QStringLiteral("tcp: 127.0.0.1:%1").arg(state.port));
    return state.running ? ExitOk : ExitStopped;
}

} // namespace

int runLocalCommand(CliArgs &args)
{
    const QString dir = args.value(QStringLiteral("dir")).value_or(LocalCluster::defaultDir());
    const std::optional<int> port = args.port(QStringLiteral("port"));
    const QStringList positionals = args.positionals(1);
    static const QStringList actions = {QStringLiteral("start"), QStringLiteral("stop"),
                                        QStringLiteral("status"), QStringLiteral("dsn"),
                                        QStringLiteral("destroy")};
    if (positionals.isEmpty() || !actions.contains(positionals.first()))
        throw UsageError(QStringLiteral("local: expected start, stop, status, dsn or destroy%1")
                             .arg(positionals.isEmpty()
                                      ? QString()
                                      : QStringLiteral(", not '%1'").arg(positionals.first())));
    const QString action = positionals.first();
    if (port && action != QLatin1String("start") && action != QLatin1String("status") &&
        action != QLatin1String("dsn"))
        throw UsageError(
            QStringLiteral("local %1: --port is only used by start, status and dsn").arg(action));

    unsetPgEnvironment();
    if (action == QLatin1String("status"))
        return status(LocalCluster(dir, PgBinaries(), ServiceUser()), port);
    if (action == QLatin1String("dsn")) {
        const LocalCluster cluster(dir, PgBinaries(), ServiceUser());
        console::out(cluster.dsn(port.value_or(cluster.status().port)));
        return ExitOk;
    }

    LocalCluster cluster(dir, PgBinaries::locate(), ServiceUser::current());
    if (action == QLatin1String("start")) {
        StartOptions options;
        options.explicitPort = port.has_value();
        options.port = port.value_or(cluster.status().running ? cluster.status().port : 5432);
        cluster.start(options);
        console::out(cluster.dsn(cluster.status().port));
    } else if (action == QLatin1String("stop")) {
        if (cluster.stop(ShutdownMode::Fast))
            console::out(QStringLiteral("stopped the server in %1").arg(cluster.dir()));
        else
            console::out(QStringLiteral("the server in %1 is not running").arg(cluster.dir()));
    } else {
        if (cluster.destroy())
            console::out(QStringLiteral("deleted %1").arg(cluster.dir()));
        else
            console::out(QStringLiteral("nothing to delete: %1 does not exist").arg(cluster.dir()));
    }
    return ExitOk;
}

} // namespace dicedesk::db
