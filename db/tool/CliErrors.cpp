#include "CliErrors.h"

#include <QRegularExpression>
#include <QStringList>
#include <pqxx/except>

namespace dicedesk::db {

CliError::CliError(int exitCode, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_exitCode(exitCode)
{}

QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return QString();
}

namespace {

QString stripSeverity(QString line)
{
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC|WARNING):\\s+"));
    line.remove(severity);
    // libpq connection failures embed the server's severity after the socket description.
    line.replace(QRegularExpression(QStringLiteral("failed: (FATAL|ERROR):\\s+")),
                 QStringLiteral("failed: "));
    return line;
}

} // namespace

namespace {

// With verbose error messages (see Database) the server's first line is "ERROR:  42P01: text".
const QRegularExpression &codePrefix()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9A-Z]{5}):\\s+"));
    return pattern;
}

} // namespace

QString sqlState(const std::exception &error)
{
    const auto *sqlError = dynamic_cast<const pqxx::sql_error *>(&error);
    if (!sqlError)
        return QString();
    // libpqxx 6.4 leaves sqlstate() empty for several of its exception classes.
    if (!sqlError->sqlstate().empty())
        return QString::fromStdString(sqlError->sqlstate());
    const QRegularExpressionMatch match =
        codePrefix().match(stripSeverity(firstLine(QString::fromUtf8(error.what()))));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString describeDbError(const std::exception &error)
{
    QString message = stripSeverity(firstLine(QString::fromUtf8(error.what())));
    message.remove(codePrefix());
    if (message.isEmpty())
        message = QStringLiteral("unknown database error");
    const QString state = sqlState(error);
    if (!state.isEmpty())
        message += QStringLiteral(" (SQLSTATE %1)").arg(state);
    return message;
}

QString fullErrorText(const std::exception &error)
{
    return QString::fromUtf8(error.what()).trimmed();
}

} // namespace dicedesk::db
