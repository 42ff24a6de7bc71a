#include "SandboxJanitor.h"

#include "LocalCluster.h"
#include "LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <initializer_list>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dicedesk::db {

namespace {

// A pipe whose ends are close-on-exec and above the descriptors the janitor uses (0-4).
bool highPipe(int fds[2])
{
    int raw[2];
    if (::pipe2(raw, O_CLOEXEC) != 0)
        return false;
    fds[0] = ::fcntl(raw[0], F_DUPFD_CLOEXEC, 10);
    fds[1] = ::fcntl(raw[1], F_DUPFD_CLOEXEC, 10);
    ::close(raw[0]);
    ::close(raw[1]);
    return fds[0] >= 0 && fds[1] >= 0;
}

} // namespace

SandboxJanitor::SandboxJanitor(const QString &folder, bool keep)
{
    int toJanitor[2] = {-1, -1};
    int fromJanitor[2] = {-1, -1};
    if (!highPipe(toJanitor) || !highPipe(fromJanitor)) {
        qCWarning(lcSandbox) << "could not start the sandbox janitor:" << strerror(errno);
        for (int fd : {toJanitor[0], toJanitor[1], fromJanitor[0], fromJanitor[1]})
            ::close(fd);
        return;
    }
    const QByteArray program = QFile::encodeName(QCoreApplication::applicationFilePath());
    const QByteArray folderArg = QFile::encodeName(folder);
    char *argv[] = {const_cast<char *>(program.constData()), const_cast<char *>("sandbox"),
                    const_cast<char *>("--janitor"), const_cast<char *>(folderArg.constData()),
                    nullptr};

    // Double fork: the janitor must not be our descendant, because CTest kills a timed-out
    // test's whole process tree; setsid() keeps terminal and process-group signals away too.
    // Only async-signal-safe calls between fork and exec.
    const pid_t middle = ::fork();
    if (middle == 0) {
        ::setsid();
        if (::fork() == 0) {
            const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
            ::dup2(devNull, 0);
            ::dup2(devNull, 1);
            ::dup2(devNull, 2);
            ::dup2(toJanitor[0], CommandFd);
            ::dup2(fromJanitor[1], ExitFd);
            struct sigaction byDefault
            {
            };
            byDefault.sa_handler = SIG_DFL;
            for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE})
                ::sigaction(signal, &byDefault, nullptr);
            sigset_t none;
            sigemptyset(&none);
            ::sigprocmask(SIG_SETMASK, &none, nullptr);
            ::execv(argv[0], argv);
            ::_exit(127);
        }
        ::_exit(0);
    }
    ::close(toJanitor[0]);
    ::close(fromJanitor[1]);
    if (middle < 0) {
        qCWarning(lcSandbox) << "could not start the sandbox janitor:" << strerror(errno);
        ::close(toJanitor[1]);
        ::close(fromJanitor[0]);
        return;
    }
    while (::waitpid(middle, nullptr, 0) < 0 && errno == EINTR) {
    }
    m_writeFd = toJanitor[1];
    m_exitFd = fromJanitor[0];
    if (keep)
        send("keep\n");
}

SandboxJanitor::~SandboxJanitor()
{
    // Without "done" the janitor cleans up.
    if (m_writeFd >= 0)
        ::close(m_writeFd);
    if (m_exitFd >= 0)
        ::close(m_exitFd);
}

void SandboxJanitor::send(const QByteArray &line)
{
    if (m_writeFd < 0)
        return;
    const sighandler_t old = std::signal(SIGPIPE, SIG_IGN);
    if (::write(m_writeFd, line.constData(), static_cast<size_t>(line.size())) < 0)
        qCDebug(lcSandbox) << "janitor pipe:" << strerror(errno);
    std::signal(SIGPIPE, old);
}

void SandboxJanitor::childStarted(const ProcessId &child)
{
    send("child " + child.toString().toLatin1() + '\n');
}

void SandboxJanitor::dismiss()
{
    send("done\n");
    if (m_writeFd >= 0)
        ::close(m_writeFd);
    m_writeFd = -1;
    // It exits right away; wait for that (EOF on its exit pipe) so nothing of the sandbox
    // outlives the sandbox.
    if (m_exitFd >= 0) {
        pollfd exitPipe{m_exitFd, POLLIN, 0};
        char byte;
        while (::poll(&exitPipe, 1, 5000) > 0 && ::read(m_exitFd, &byte, 1) > 0) {
        }
        ::close(m_exitFd);
    }
    m_exitFd = -1;
}

namespace {

void terminate(const ProcessId &child)
{
    if (!child.isAlive())
        return;
    ::kill(child.pid, SIGTERM);
    for (int i = 0; i < 50 && child.isAlive(); ++i)
        QThread::msleep(100);
    if (child.isAlive())
        ::kill(child.pid, SIGKILL);
}

} // namespace

int SandboxJanitor::run(const QString &folder)
{
    // Our own helpers (pg_ctl, runuser) must not inherit the pipes.
    ::fcntl(CommandFd, F_SETFD, FD_CLOEXEC);
    ::fcntl(ExitFd, F_SETFD, FD_CLOEXEC);
    QByteArray messages;
    char buffer[256];
    for (;;) {
        const ssize_t n = ::read(CommandFd, buffer, sizeof buffer);
        if (n > 0) {
            messages.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EOF: the sandbox is gone
    }
    bool keep = false;
    ProcessId child;
    for (const QByteArray &line : messages.split('\n')) {
        if (line == "done")
            return 0;
        if (line == "keep")
            keep = true;
        if (line.startsWith("child "))
            child = ProcessId::parse(QString::fromLatin1(line.mid(6)));
    }
    // The sandbox died without cleaning up.
    if (!QFileInfo(folder).fileName().startsWith(QLatin1String("dicedesk-sandbox-")))
        return 1;
    terminate(child);
    try {
        LocalCluster cluster(folder, PgBinaries::locate(), ServiceUser::current());
        try {
            cluster.stop(ShutdownMode::Immediate);
        } catch (const std::exception &) {
            cluster.kill();
        }
    } catch (const std::exception &) {
        // No binaries: the postmaster shuts down by itself once its lock file is gone.
    }
    if (!keep)
        QDir(folder).removeRecursively();
    return 0;
}

} // namespace dicedesk::db
