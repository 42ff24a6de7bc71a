#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dbtooltest {

struct ToolRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    QStringList outLines() const;
    QStringList errLines() const;
};

// Path of the built dicedesk-db.
QString toolPath();

// Runs dicedesk-db with args; env defaults to this process' environment.
ToolRun runTool(const QStringList &args,
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                int timeoutMs = 90000);

// An environment with extra/overridden variables.
QProcessEnvironment environmentWith(const QStringList &assignments);

// Inside `dicedesk-db sandbox`: the superuser DSN (fails the test when missing).
QString sandboxDsn();
// Drops and creates database name in the sandbox server; returns its DSN.
QString createScratchDatabase(const QString &name);
// First column of the first row as text ("<null>" for NULL, "<no rows>" if empty).
QString queryValue(const QString &dsn, const QString &sql);
void execSql(const QString &dsn, const QString &sql);

// A TCP port on 127.0.0.1 that was free a moment ago.
int freeTcpPort();
// A folder the postgres system user can enter when the tests run as root (QTemporaryDir makes
// 0700 folders).
void makeTraversable(const QString &path);
// True if any process' command line mentions text (e.g. a sandbox folder).
bool processMentions(const QString &text);
// Writes a file (creating folders).
void writeFile(const QString &path, const QByteArray &content);

} // namespace dbtooltest
