#include "Sandbox.h"

#include "CliErrors.h"
#include "Console.h"
#include "Database.h"
#include "Dsn.h"
#include "ForegroundProcess.h"
#include "LocalCluster.h"
#include "LogCategories.h"
#include "MigrationSet.h"
#include "Migrator.h"
#include "PortCheck.h"
#include "ProcessInfo.h"
#include "SandboxJanitor.h"
#include "Seeder.h"
#include "SignalForwarder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace dicedesk::db {

namespace {

QString makeFolder()
{
    QString base = qEnvironmentVariable("TMPDIR");
    if (base.isEmpty())
        base = QStringLiteral("/tmp");
    QByteArray templ = QFile::encodeName(QDir(base).absoluteFilePath(
        QLatin1String(Sandbox::FolderPrefix) + QStringLiteral("XXXXXX")));
    if (!::mkdtemp(templ.data()))
        throw RuntimeError(QStringLiteral("cannot create a sandbox folder in %1: %2")
                               .arg(base, QString::fromLocal8Bit(std::strerror(errno))));
    const QString folder = QFile::decodeName(templ);
    QFile pidFile(folder + QLatin1Char('/') + QLatin1String(Sandbox::PidFileName));
    if (pidFile.open(QIODevice::WriteOnly))
        pidFile.write(ProcessId::self().toString().toLatin1() + '\n');
    return folder;
}

// A port nothing listens on yet, for a sandbox that also listens on TCP. Another process may
// still take it before the server binds it; the server then fails to start and says so.
int freeTcpPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int port = QRandomGenerator::global()->bounded(20000, 60001);
        if (!tcpPortInUse(port))
            return port;
    }
    throw RuntimeError(QStringLiteral("no free TCP port found on 127.0.0.1 for the sandbox"));
}

void checkInterrupted()
{
    if (const int signal = signalforward::received())
        throw CliError(128 + signal,
                       QStringLiteral("sandbox interrupted by %1 before the command ran")
                           .arg(QLatin1String(signalforward::name(signal))));
}

// PG* variables of the caller (PGHOSTADDR, PGSERVICE, PGOPTIONS, ...) must not redirect or alter
// the connections to the sandbox server, neither ours nor the command's.
QProcessEnvironment withoutPgVariables(QProcessEnvironment env)
{
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    return env;
}

void prepareDatabase(const QString &dsn, const SandboxOptions &options)
{
    if (!options.migrate && !options.seedEvents)
        return;
    auto log = [](const QString &line) {
        qCDebug(lcSandbox).noquote() << line;
    };
    Database database(dsn);
    Migrator(database.connection(), log).migrate(MigrationSet::scan(MigrationSet::defaultDir()));
    if (!options.seedEvents)
        return;
    SeedOptions seed;
    seed.events = *options.seedEvents;
    seed.seed = Sandbox::Seed;
    seed.anchor = QDate::fromString(QLatin1String(Sandbox::SeedAnchor), Qt::ISODate);
    seed.dir = SeedOptions::defaultDir();
    Seeder(database.connection(), {log, log}).seed(seed);
}

void cleanUp(LocalCluster &cluster, bool keep, SandboxJanitor &janitor)
{
    QElapsedTimer timer;
    timer.start();
    try {
        // Immediate is enough for a folder that is deleted next; a kept one must be consistent
        // (synchronous_commit=off leaves recent commits in shared memory only).
        cluster.stop(keep ? ShutdownMode::Fast : ShutdownMode::Immediate);
    } catch (const std::exception &error) {
        qCWarning(lcSandbox).noquote() << error.what();
        cluster.kill();
    }
    if (keep) {
        console::error(
            QStringLiteral("sandbox kept in %1 (restart it with: dicedesk-db local start "
                           "--dir %1)")
                .arg(cluster.dir()));
    } else if (!QDir(cluster.dir()).removeRecursively()) {
        qCWarning(lcSandbox).noquote() << "could not delete" << cluster.dir() << "completely";
    }
    janitor.dismiss();
    qCDebug(lcSandbox) << "cleanup took" << timer.elapsed() << "ms";
}

} // namespace

int Sandbox::run(const SandboxOptions &options)
{
    signalforward::install();
    const PgBinaries binaries = PgBinaries::locate();
    const ServiceUser user = ServiceUser::current();
    QProcessEnvironment env = withoutPgVariables(QProcessEnvironment::systemEnvironment());
    unsetPgEnvironment();

    QElapsedTimer timer;
    timer.start();
    LocalCluster cluster(makeFolder(), binaries, user);
    SandboxJanitor janitor(cluster.dir(), options.keep);
    int exitCode = ExitFailure;
    try {
        checkInterrupted();
        cluster.initialize(true);
        checkInterrupted();
        StartOptions start;
        start.port = QRandomGenerator::global()->bounded(20000, 60001);
        start.throwaway = true;
        if (options.tcp) {
            // Also on 127.0.0.1, where initdb's --auth-host=scram-sha-256 asks for passwords.
            start.explicitPort = true;
            start.port = freeTcpPort();
        }
        cluster.start(start);
        const QString dsn = cluster.dsn(start.port);
        checkInterrupted();
        qCDebug(lcSandbox).noquote() << "server ready after" << timer.elapsed() << "ms:" << dsn;
        prepareDatabase(dsn, options);
        checkInterrupted();

        env.insert(QStringLiteral("DICEDESK_TEST_DSN"), dsn);
        env.insert(QStringLiteral("DICEDESK_TEST_SOCKET_DIR"), cluster.socketDir());
        env.insert(QStringLiteral("DICEDESK_TEST_PORT"), QString::number(start.port));
        env.insert(QStringLiteral("DICEDESK_TEST_SANDBOX"), cluster.dir());
        if (options.tcp)
            env.insert(QStringLiteral("DICEDESK_TEST_TCP_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("PGHOST"), cluster.socketDir());
        env.insert(QStringLiteral("PGPORT"), QString::number(start.port));
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("dicedesk"));
        exitCode = runForeground(options.command, env,
                                 [&](pid_t pid) { janitor.childStarted(ProcessId::of(pid)); });
    } catch (...) {
        cleanUp(cluster, options.keep, janitor);
        if (signalforward::received())
            checkInterrupted(); // report the interruption rather than its side effects
        throw;
    }
    cleanUp(cluster, options.keep, janitor);
    return exitCode;
}

} // namespace dicedesk::db
