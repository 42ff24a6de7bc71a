#pragma once

#include <QString>
#include <QStringList>

namespace dicedesk::db {

struct ToolResult
{
    int exitCode = -1; // -1 when the tool crashed or timed out
    QString output;    // stdout and stderr merged
};

struct ToolOptions
{
    QString workingDirectory;
    int timeoutMs = 180000;
};

// Runs a short-lived helper (initdb, pg_ctl, setfacl, ...) to completion and captures its output.
// Throws RuntimeError only if the program cannot be started at all.
ToolResult runTool(const QString &program, const QStringList &args,
                   const ToolOptions &options = {});

} // namespace dicedesk::db
