#include "DbToolTestSupport.h"

#include "Dsn.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dbtooltest {

namespace {

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

QStringList ToolRun::outLines() const
{
    return nonEmptyLines(out);
}

QStringList ToolRun::errLines() const
{
    return nonEmptyLines(err);
}

QString toolPath()
{
    return QStringLiteral(DICEDESK_DB_TOOL);
}

ToolRun runTool(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(toolPath(), args);
    ToolRun run;
    if (!process.waitForStarted()) {
        run.err = process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcessEnvironment environmentWith(const QStringList &assignments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    return env;
}

QString sandboxDsn()
{
    const QString dsn = qEnvironmentVariable("DICEDESK_TEST_DSN");
    if (dsn.isEmpty())
        qFatal(
            "DICEDESK_TEST_DSN is not set: run this test through `dicedesk-db sandbox -- <test>` "
            "(ctest does)");
    return dsn;
}

QString createScratchDatabase(const QString &name)
{
    pqxx::connection admin(sandboxDsn().toStdString());
    pqxx::nontransaction tx(admin);
    tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name.toStdString()));
    tx.exec("CREATE DATABASE " + tx.quote_name(name.toStdString()));
    return dicedesk::db::socketDsn(qEnvironmentVariable("DICEDESK_TEST_SOCKET_DIR"),
                                   qEnvironmentVariableIntValue("DICEDESK_TEST_PORT"), name);
}

QString queryValue(const QString &dsn, const QString &sql)
{
    pqxx::connection connection(dsn.toStdString());
    pqxx::nontransaction tx(connection);
    const pqxx::result result = tx.exec(sql.toStdString());
    if (result.empty())
        return QStringLiteral("<no rows>");
    if (result[0][0].is_null())
        return QStringLiteral("<null>");
    return QString::fromStdString(result[0][0].as<std::string>());
}

void execSql(const QString &dsn, const QString &sql)
{
    pqxx::connection connection(dsn.toStdString());
    pqxx::nontransaction tx(connection);
    tx.exec(sql.toStdString());
}

int freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

void makeTraversable(const QString &path)
{
    ::chmod(QFile::encodeName(path).constData(), 0755);
}

bool processMentions(const QString &text)
{
    const QByteArray needle = text.toLocal8Bit();
    const QString self = QString::number(::getpid());
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (pid == self || pid.toInt() <= 0)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            return true;
    }
    return false;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
}

} // namespace dbtooltest
