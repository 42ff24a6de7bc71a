#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace dicedesk::db {

// The arguments of one subcommand. Options are consumed by name ("--dir X" or "--dir=X");
// whatever is left must be positionals, otherwise UsageError ("unknown option").
class CliArgs
{
public:
    CliArgs(QString command, QStringList args);

    const QString &command() const { return m_command; }

    // Consumes "--name VALUE" / "--name=VALUE" (the last occurrence wins).
    std::optional<QString> value(const QString &name);
    QString requiredValue(const QString &name);
    bool flag(const QString &name);
    // Consumes a port option (1..65535).
    std::optional<int> port(const QString &name);

    // Returns the positionals; throws UsageError if an unknown option is left or if there are
    // more than maxCount positionals.
    QStringList positionals(int maxCount);

private:
    QString m_command;
    QStringList m_args;
};

} // namespace dicedesk::db
