#include "ProcessInfo.h"

#include <QFile>
#include <QStringList>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace dicedesk::db {

namespace {

struct StatFields
{
    char state = '?';
    qint64 startTime = -1;
};

StatFields readStat(pid_t pid)
{
    StatFields result;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return result;
    const QByteArray text = stat.readAll();
    // Field 2 (comm) may contain spaces and parentheses; fields after the last ')' are plain.
    const int close = text.lastIndexOf(')');
    if (close < 0)
        return result;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); starttime is field 22.
    constexpr int startTimeIndex = 22 - 3;
    if (fields.size() <= startTimeIndex)
        return result;
    result.state = fields.at(0).isEmpty() ? '?' : fields.at(0).at(0);
    bool ok = false;
    const qint64 value = fields.at(startTimeIndex).toLongLong(&ok);
    result.startTime = ok ? value : -1;
    return result;
}

qint64 startTimeOf(pid_t pid)
{
    return readStat(pid).startTime;
}

} // namespace

ProcessId ProcessId::self()
{
    return of(::getpid());
}

ProcessId ProcessId::of(pid_t pid)
{
    return ProcessId{pid, startTimeOf(pid)};
}

ProcessId ProcessId::parse(const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    ProcessId id;
    bool ok = false;
    id.pid = parts.value(0).toInt(&ok);
    if (!ok || id.pid <= 0)
        return ProcessId{};
    if (parts.size() > 1)
        id.startTime = parts.at(1).toLongLong(&ok);
    if (!ok)
        id.startTime = -1;
    return id;
}

QString ProcessId::toString() const
{
    return QStringLiteral("%1 %2").arg(pid).arg(startTime);
}

bool ProcessId::isAlive() const
{
    if (pid <= 0)
        return false;
    if (::kill(pid, 0) != 0 && errno != EPERM)
        return false;
    const StatFields now = readStat(pid);
    if (now.state == 'Z' || now.state == 'X')
        return false; // exited, not yet reaped
    if (startTime < 0 || now.startTime < 0)
        return true;
    return now.startTime == startTime;
}

QString processName(pid_t pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLocal8Bit(comm.readAll()).trimmed();
}

} // namespace dicedesk::db
