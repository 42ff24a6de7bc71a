#include "LocalCluster.h"

#include "ChildProcess.h"
#include "CliErrors.h"
#include "Database.h"
#include "Dsn.h"
#include "LogCategories.h"
#include "PortCheck.h"
#include "ProcessInfo.h"
#include "ServerLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QThread>
#include <csignal>
#include <sys/stat.h>

namespace dicedesk::db {

namespace {

constexpr int maxSocketPath = 107; // sizeof(sockaddr_un::sun_path) - 1

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

void makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path))
        throw RuntimeError(QStringLiteral("cannot create folder %1").arg(path));
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0)
        throw RuntimeError(QStringLiteral("cannot make %1 private (chmod 0700)").arg(path));
}

// postmaster.pid: line 1 pid, line 4 port, line 8 status (PostgreSQL 10+).
struct PidFile
{
    pid_t pid = 0;
    int port = 0;
};

PidFile readPidFile(const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'));
    PidFile result;
    result.pid = lines.value(0).trimmed().toInt();
    result.port = lines.value(3).trimmed().toInt();
    return result;
}

} // namespace

LocalCluster::LocalCluster(QString dir, PgBinaries binaries, ServiceUser user)
    : m_dir(QDir::cleanPath(QDir(dir).absolutePath()))
    , m_binaries(std::move(binaries))
    , m_user(std::move(user))
{}

QString LocalCluster::defaultDir()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/dicedesk/local");
}

QString LocalCluster::dataDir() const
{
    return m_dir + QStringLiteral("/data");
}

QString LocalCluster::socketDir() const
{
    return m_dir + QStringLiteral("/socket");
}

QString LocalCluster::logFile() const
{
    return m_dir + QStringLiteral("/server.log");
}

bool LocalCluster::isInitialized() const
{
    return QFile::exists(dataDir() + QStringLiteral("/PG_VERSION"));
}

QString LocalCluster::dsn(int port, const QString &dbname) const
{
    return socketDsn(socketDir(), port, dbname);
}

ClusterStatus LocalCluster::status() const
{
    ClusterStatus result;
    result.initialized = isInitialized();
    const QSettings state(m_dir + QStringLiteral("/cluster.conf"), QSettings::IniFormat);
    result.port = state.value(QStringLiteral("port"), 5432).toInt();
    result.tcp = state.value(QStringLiteral("tcp"), false).toBool();
    if (!result.initialized)
        return result;
    const PidFile pidFile = readPidFile(dataDir());
    if (pidFile.pid > 0 && ProcessId::of(pidFile.pid).isAlive() &&
        processName(pidFile.pid).startsWith(QLatin1String("postgres"))) {
        result.running = true;
        result.pid = pidFile.pid;
        if (pidFile.port > 0)
            result.port = pidFile.port;
    }
    return result;
}

void LocalCluster::writeState(int port, bool tcp) const
{
    QSettings state(m_dir + QStringLiteral("/cluster.conf"), QSettings::IniFormat);
    state.setValue(QStringLiteral("port"), port);
    state.setValue(QStringLiteral("tcp"), tcp);
    state.sync();
}

void LocalCluster::initialize(bool throwaway)
{
    makePrivateDir(m_dir);
    makePrivateDir(socketDir());
    m_user.takeOwnership(m_dir);
    m_user.takeOwnership(socketDir());
    m_user.ensureTraversable(m_dir);
    if (isInitialized())
        return;

    QString program = m_binaries.tool(QStringLiteral("initdb"));
    QStringList args{QStringLiteral("-D"),
                     dataDir(),
                     QStringLiteral("-U"),
                     QStringLiteral("postgres"),
                     QStringLiteral("-A"),
                     QStringLiteral("trust"),
                     QStringLiteral("--auth-host=scram-sha-256"),
                     QStringLiteral("-E"),
                     QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C.UTF-8")};
    if (throwaway)
        args << QStringLiteral("--no-sync");
    m_user.wrap(program, args);
    QElapsedTimer timer;
    timer.start();
    const ToolResult result = runTool(program, args, {m_dir});
    if (result.exitCode != 0) {
        QString reason = firstLine(result.output);
        for (const QString &line : result.output.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("error:"))) {
                reason = line.trimmed();
                break;
            }
        }
        throw RuntimeError(QStringLiteral("initdb failed in %1: %2").arg(dataDir(), reason));
    }
    qCDebug(lcCluster).noquote() << "initdb took" << timer.elapsed() << "ms";
}

void LocalCluster::checkDataVersion() const
{
    QFile versionFile(dataDir() + QStringLiteral("/PG_VERSION"));
    if (!versionFile.open(QIODevice::ReadOnly))
        return;
    const int dataMajor = QString::fromLatin1(versionFile.readAll()).trimmed().toInt();
    if (m_binaries.majorVersion() != 0 && dataMajor != m_binaries.majorVersion())
        throw RuntimeError(QStringLiteral("%1 was created by PostgreSQL %2 but the server binaries "
                                          "in %3 are version %4")
                               .arg(dataDir())
                               .arg(dataMajor)
                               .arg(m_binaries.binDir())
                               .arg(m_binaries.majorVersion()));
}

void LocalCluster::ensureSocketPathFits(int port) const
{
    const QString socketPath = socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(port);
    if (QFile::encodeName(socketPath).size() > maxSocketPath)
        throw RuntimeError(QStringLiteral("the socket path %1 is longer than %2 bytes; choose a "
                                          "shorter --dir")
                               .arg(socketPath)
                               .arg(maxSocketPath));
}

QString LocalCluster::postgresOptions(const StartOptions &options) const
{
    QStringList opts{QStringLiteral("-k"), shellQuote(socketDir()), QStringLiteral("-p"),
                     QString::number(options.port), QStringLiteral("-c")};
    opts << (options.explicitPort ? QStringLiteral("listen_addresses=127.0.0.1")
                                  : QStringLiteral("listen_addresses=''"));
    if (options.throwaway) {
        opts << QStringLiteral("-c fsync=off") << QStringLiteral("-c synchronous_commit=off")
             << QStringLiteral("-c full_page_writes=off");
    }
    return opts.join(QLatin1Char(' '));
}

bool LocalCluster::start(const StartOptions &options)
{
    initialize(options.throwaway); // also re-checks the layout of an existing cluster
    checkDataVersion();

    const ClusterStatus current = status();
    if (current.running) {
        if (options.explicitPort && (current.port != options.port || !current.tcp))
            throw RuntimeError(
                QStringLiteral("a server is already running in %1 (port %2%3); stop "
                               "it first to listen on 127.0.0.1:%4")
                    .arg(m_dir)
                    .arg(current.port)
                    .arg(current.tcp ? QStringLiteral(", TCP") : QStringLiteral(", socket only"))
                    .arg(options.port));
        Database(dsn(current.port, QStringLiteral("postgres")))
            .ensureDatabase(QStringLiteral("dicedesk"));
        return false;
    }

    ensureSocketPathFits(options.port);
    if (options.explicitPort && tcpPortInUse(options.port))
        throw RuntimeError(
            QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(options.port));
    writeState(options.port, options.explicitPort);

    QString program = m_binaries.tool(QStringLiteral("pg_ctl"));
    QStringList args{QStringLiteral("start"),
                     QStringLiteral("-D"),
                     dataDir(),
                     QStringLiteral("-l"),
                     logFile(),
                     QStringLiteral("-w"),
                     QStringLiteral("-t"),
                     QStringLiteral("60"),
                     QStringLiteral("-o"),
                     postgresOptions(options)};
    m_user.wrap(program, args);
    const qint64 logOffset = serverlog::size(logFile());
    QElapsedTimer timer;
    timer.start();
    const ToolResult result = runTool(program, args, {m_dir});
    if (result.exitCode != 0) {
        const QString log = serverlog::readFrom(logFile(), logOffset);
        qCDebug(lcCluster).noquote() << "server.log:" << log.trimmed();
        const QString reason =
            serverlog::startFailureReason(log, {m_dir, options.port, options.explicitPort});
        if (reason.startsWith(QLatin1String("port ")) ||
            reason.startsWith(QLatin1String("a server")))
            throw RuntimeError(reason);
        throw RuntimeError(
            QStringLiteral("the server in %1 did not start: %2 (see %3)")
                .arg(m_dir, reason.isEmpty() ? firstLine(result.output) : reason, logFile()));
    }
    qCDebug(lcCluster).noquote() << "server started in" << timer.elapsed() << "ms";
    Database(dsn(options.port, QStringLiteral("postgres")))
        .ensureDatabase(QStringLiteral("dicedesk"));
    return true;
}

bool LocalCluster::stop(ShutdownMode mode)
{
    if (!status().running)
        return false;
    QString program = m_binaries.tool(QStringLiteral("pg_ctl"));
    QStringList args{QStringLiteral("stop"),
                     QStringLiteral("-D"),
                     dataDir(),
                     QStringLiteral("-m"),
                     mode == ShutdownMode::Fast ? QStringLiteral("fast")
                                                : QStringLiteral("immediate"),
                     QStringLiteral("-w"),
                     QStringLiteral("-t"),
                     QStringLiteral("60")};
    m_user.wrap(program, args);
    QElapsedTimer timer;
    timer.start();
    const ToolResult result = runTool(program, args, {m_dir});
    if (result.exitCode != 0 && status().running)
        throw RuntimeError(QStringLiteral("could not stop the server in %1: %2")
                               .arg(m_dir, firstLine(result.output)));
    qCDebug(lcCluster).noquote() << "server stopped in" << timer.elapsed() << "ms";
    return true;
}

void LocalCluster::kill()
{
    const ClusterStatus current = status();
    if (!current.running)
        return;
    qCWarning(lcCluster).noquote()
        << "killing the server in" << m_dir << "( pid" << current.pid << ")";
    ::kill(current.pid, SIGQUIT);
    for (int i = 0; i < 50 && status().running; ++i)
        QThread::msleep(100);
    if (status().running)
        ::kill(current.pid, SIGKILL);
}

bool LocalCluster::destroy()
{
    QDir dir(m_dir);
    if (!dir.exists())
        return false;
    static const QStringList known = {QStringLiteral("data"), QStringLiteral("socket"),
                                      QStringLiteral("server.log"), QStringLiteral("cluster.conf"),
                                      QStringLiteral("sandbox.pid")};
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!known.contains(entry))
            throw RuntimeError(QStringLiteral("refusing to delete %1: it does not look like a "
                                              "dicedesk cluster folder (it contains %2)")
                                   .arg(m_dir, entry));
    }
    try {
        stop(ShutdownMode::Immediate);
    } catch (const RuntimeError &) {
        kill();
    }
    if (!dir.removeRecursively())
        throw RuntimeError(QStringLiteral("could not delete %1 completely").arg(m_dir));
    return true;
}

} // namespace dicedesk::db
