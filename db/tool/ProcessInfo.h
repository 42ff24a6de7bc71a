#pragma once

#include <QString>
#include <sys/types.h>

namespace dicedesk::db {

// A process identity that survives pid reuse: pid plus its start time from /proc/<pid>/stat.
struct ProcessId
{
    pid_t pid = 0;
    qint64 startTime = -1; // clock ticks since boot; -1 when unknown

    static ProcessId self();
    static ProcessId of(pid_t pid);
    // Parses "<pid> <starttime>" (as written by toString()).
    static ProcessId parse(const QString &text);

    QString toString() const;
    // True while that very process exists (a reused pid with another start time is not alive).
    bool isAlive() const;
};

// The process name from /proc/<pid>/comm (empty if gone).
QString processName(pid_t pid);

} // namespace dicedesk::db
