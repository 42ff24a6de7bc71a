#include "ForegroundProcess.h"

#include "CliErrors.h"
#include "LogCategories.h"
#include "SignalForwarder.h"

#include <QFile>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <vector>

namespace dicedesk::db {

namespace {

// NUL-terminated char* arrays for posix_spawn, owning their strings.
class CStringArray
{
public:
    explicit CStringArray(const QStringList &strings)
    {
        for (const QString &s : strings)
            m_storage.push_back(QFile::encodeName(s));
        for (QByteArray &s : m_storage)
            m_pointers.push_back(s.data());
        m_pointers.push_back(nullptr);
    }
    char *const *data() { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<char *> m_pointers;
};

} // namespace

int runForeground(const QStringList &command, const QProcessEnvironment &env,
                  const std::function<void(pid_t)> &started)
{
    CStringArray argv(command);
    CStringArray envp(env.toStringList());

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD})
        sigaddset(&defaults, signal);
    sigset_t emptyMask;
    sigemptyset(&emptyMask);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setsigmask(&attributes, &emptyMask);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    // Block the forwarded signals until the handler knows the child's pid; the child starts with
    // an empty mask and default dispositions.
    sigset_t forwarded, previous;
    sigemptyset(&forwarded);
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&forwarded, signal);
    sigprocmask(SIG_BLOCK, &forwarded, &previous);
    pid_t pid = 0;
    const int error =
        posix_spawnp(&pid, argv.data()[0], nullptr, &attributes, argv.data(), envp.data());
    posix_spawnattr_destroy(&attributes);
    if (error == 0)
        signalforward::setChild(pid);
    sigprocmask(SIG_SETMASK, &previous, nullptr);
    if (error != 0)
        throw CliError(error == ENOENT ? 127 : 126,
                       QStringLiteral("cannot run %1: %2")
                           .arg(command.first(), QString::fromLocal8Bit(std::strerror(error))));

    qCDebug(lcSandbox).noquote() << "started" << command.join(QLatin1Char(' ')) << "as pid" << pid;
    if (started)
        started(pid);

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            signalforward::setChild(0);
            throw RuntimeError(
                QStringLiteral("lost track of %1: %2")
                    .arg(command.first(), QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    signalforward::setChild(0);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

} // namespace dicedesk::db
