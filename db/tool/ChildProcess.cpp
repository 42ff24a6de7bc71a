#include "ChildProcess.h"

#include "CliErrors.h"
#include "LogCategories.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace dicedesk::db {

ToolResult runTool(const QString &program, const QStringList &args, const ToolOptions &options)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setInputChannelMode(QProcess::ManagedInputChannel);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);

    qCDebug(lcProcess).noquote() << "run:" << program << args.join(QLatin1Char(' '));
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted())
        throw RuntimeError(QStringLiteral("cannot run %1: %2")
                               .arg(QFileInfo(program).fileName(), process.errorString()));
    process.closeWriteChannel();

    ToolResult result;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.output = QString::fromLocal8Bit(process.readAll());
        result.output += QStringLiteral("\n%1 did not finish within %2 s")
                             .arg(QFileInfo(program).fileName())
                             .arg(options.timeoutMs / 1000);
        return result;
    }
    result.output = QString::fromLocal8Bit(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    qCDebug(lcProcess).noquote()
        << QStringLiteral("exit %1 after %2 ms").arg(result.exitCode).arg(timer.elapsed())
        << result.output.trimmed();
    return result;
}

} // namespace dicedesk::db
