#include "StaleSandboxes.h"

#include "Console.h"
#include "LocalCluster.h"
#include "LogCategories.h"
#include "ProcessInfo.h"
#include "Sandbox.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <optional>

namespace dicedesk::db {

namespace {

// A folder without a pid file may be a sandbox that is just being created.
constexpr int graceSeconds = 60;

bool isStale(const QFileInfo &folder)
{
    QFile pidFile(folder.filePath() + QLatin1Char('/') + QLatin1String(Sandbox::PidFileName));
    if (pidFile.open(QIODevice::ReadOnly)) {
        const ProcessId owner = ProcessId::parse(QString::fromLatin1(pidFile.readAll()));
        if (owner.pid > 0)
            return !owner.isAlive();
    }
    return folder.lastModified().secsTo(QDateTime::currentDateTime()) > graceSeconds;
}

} // namespace

int cleanupStaleSandboxes()
{
    // Where Sandbox creates them: $TMPDIR, else /tmp.
    QString base = qEnvironmentVariable("TMPDIR");
    if (base.isEmpty())
        base = QStringLiteral("/tmp");

    std::optional<PgBinaries> binaries;
    int removed = 0;
    int inUse = 0;
    const QFileInfoList folders =
        QDir(base).entryInfoList({QLatin1String(Sandbox::FolderPrefix) + QLatin1Char('*')},
                                 QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        if (!isStale(folder)) {
            ++inUse;
            continue;
        }
        if (!binaries)
            binaries = PgBinaries::locate();
        LocalCluster cluster(folder.absoluteFilePath(), *binaries, ServiceUser::current());
        try {
            cluster.stop(ShutdownMode::Immediate);
        } catch (const std::exception &error) {
            qCWarning(lcSandbox).noquote() << error.what();
            cluster.kill();
        }
        if (QDir(folder.absoluteFilePath()).removeRecursively()) {
            console::out(QStringLiteral("removed stale sandbox %1").arg(folder.absoluteFilePath()));
            ++removed;
        } else {
            qCWarning(lcSandbox).noquote() << "could not delete" << folder.absoluteFilePath();
        }
    }
    console::out(QStringLiteral("cleanup-stale: removed %1 stale sandboxes in %2, %3 in use")
                     .arg(removed)
                     .arg(base)
                     .arg(inUse));
    return removed;
}

} // namespace dicedesk::db
