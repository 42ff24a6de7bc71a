#include "CliArgs.h"

#include "CliErrors.h"

#include <QRegularExpression>

namespace dicedesk::db {

CliArgs::CliArgs(QString command, QStringList args)
    : m_command(std::move(command))
    , m_args(std::move(args))
{}

namespace {

bool looksLikeOption(const QString &arg)
{
    static const QRegularExpression negativeNumber(QStringLiteral("^-\\d+$"));
    return arg.startsWith(QLatin1Char('-')) && arg.size() > 1 &&
           !negativeNumber.match(arg).hasMatch();
}

} // namespace

std::optional<QString> CliArgs::value(const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    const QString withEquals = option + QLatin1Char('=');
    std::optional<QString> result;
    for (int i = 0; i < m_args.size();) {
        const QString &arg = m_args.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg.startsWith(withEquals)) {
            result = arg.mid(withEquals.size());
            m_args.removeAt(i);
        } else if (arg == option) {
            if (i + 1 >= m_args.size() || looksLikeOption(m_args.at(i + 1)))
                throw UsageError(QStringLiteral("%1: %2 needs a value").arg(m_command, option));
            result = m_args.at(i + 1);
            m_args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (result && result->isEmpty())
        throw UsageError(QStringLiteral("%1: %2 needs a value").arg(m_command, option));
    return result;
}

QString CliArgs::requiredValue(const QString &name)
{
    const std::optional<QString> result = value(name);
    if (!result)
        throw UsageError(QStringLiteral("%1: --%2 is required").arg(m_command, name));
    return *result;
}

bool CliArgs::flag(const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    bool found = false;
    for (int i = 0; i < m_args.size();) {
        if (m_args.at(i) == QLatin1String("--"))
            break;
        if (m_args.at(i) == option) {
            found = true;
            m_args.removeAt(i);
        } else if (m_args.at(i).startsWith(option + QLatin1Char('='))) {
            throw UsageError(QStringLiteral("%1: %2 takes no value").arg(m_command, option));
        } else {
            ++i;
        }
    }
    return found;
}

std::optional<int> CliArgs::port(const QString &name)
{
    const std::optional<QString> text = value(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int port = text->toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        throw UsageError(
            QStringLiteral("%1: --%2 must be a port number between 1 and 65535, not '%3'")
                .arg(m_command, name, *text));
    return port;
}

QStringList CliArgs::positionals(int maxCount)
{
    QStringList result;
    for (const QString &arg : std::as_const(m_args)) {
        if (looksLikeOption(arg))
            throw UsageError(QStringLiteral("%1: unknown option '%2'").arg(m_command, arg));
        result << arg;
    }
    if (result.size() > maxCount)
        throw UsageError(
            QStringLiteral("%1: unexpected argument '%2'").arg(m_command, result.at(maxCount)));
    return result;
}

} // namespace dicedesk::db
