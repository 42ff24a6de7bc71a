#pragma once

#include <QString>
#include <exception>
#include <stdexcept>

namespace dicedesk::db {

enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitStopped = 3, // `local status` on a stopped cluster, like pg_ctl
};

// A failure that ends the command: main prints "dicedesk-db: <message>" and exits with exitCode.
class CliError : public std::runtime_error
{
public:
    CliError(int exitCode, const QString &message);
    int exitCode() const { return m_exitCode; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    int m_exitCode;
};

// Wrong command line: exit code 2.
class UsageError : public CliError
{
public:
    explicit UsageError(const QString &message)
        : CliError(ExitUsage, message)
    {}
};

// Anything that went wrong at run time: exit code 1.
class RuntimeError : public CliError
{
public:
    explicit RuntimeError(const QString &message)
        : CliError(ExitFailure, message)
    {}
};

// First non-empty line of a (libpq/server/tool) message, trimmed.
QString firstLine(const QString &text);

// One line for a database exception: the server message without "ERROR:" and, for SQL errors,
// " (SQLSTATE xxxxx)". Never contains libpq/libpqxx multi-line detail.
QString describeDbError(const std::exception &error);

// SQLSTATE of a pqxx::sql_error, empty for other exceptions.
QString sqlState(const std::exception &error);

// The full server text (with LINE/DETAIL/HINT), for --verbose.
QString fullErrorText(const std::exception &error);

} // namespace dicedesk::db
