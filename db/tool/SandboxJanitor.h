#pragma once

#include "ProcessInfo.h"

#include <QString>

namespace dicedesk::db {

// A watchdog that cleans up a sandbox even when the sandbox process itself dies without doing so
// (SIGKILL, e.g. a CTest timeout, or a crash). It is `dicedesk-db sandbox --janitor FOLDER`,
// started by a double fork in its own session, so neither terminal/process-group signals nor
// CTest's kill of the test's process tree reach it. It reads commands from the sandbox on a pipe
// (fd 3); if that pipe closes without "done", it kills the sandbox's child command, stops the
// server and deletes the folder (unless "keep" was sent). It holds fd 4 open until it exits so
// dismiss() can wait for it.
class SandboxJanitor
{
public:
    // Starts the janitor for folder; without one (spawn failed) the sandbox still works.
    SandboxJanitor(const QString &folder, bool keep);
    ~SandboxJanitor();
    SandboxJanitor(const SandboxJanitor &) = delete;
    SandboxJanitor &operator=(const SandboxJanitor &) = delete;

    void childStarted(const ProcessId &child);
    // The sandbox cleaned up itself: the janitor exits without doing anything.
    void dismiss();

    // Entry point of `dicedesk-db sandbox --janitor FOLDER`.
    static int run(const QString &folder);

    static constexpr int CommandFd = 3;
    static constexpr int ExitFd = 4;

private:
    void send(const QByteArray &line);

    int m_writeFd = -1;
    int m_exitFd = -1;
};

} // namespace dicedesk::db
