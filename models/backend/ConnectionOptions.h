#pragma once

#include <QSettings>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// Everything a backend needs to open its connections. Built from a saved profile and a
/// password that lives only in memory (never in settings).
struct ConnectionOptions
{
    /// libpq "key=value" connection string, values quoted; may hold the password.
    QString conninfo;
    /// Shown in the status line: the profile's name, or "user @ host".
    QString label;
    /// Operator mode (Lekbanken/Supabase databases): the login is privileged and every
    /// transaction runs as `SET LOCAL ROLE service_role` with the claims of this user.
    QUuid actAsUser;
    /// Server-side limit for any one statement.
    int statementTimeoutMs = configuredStatementTimeoutMs();

    bool operatorMode() const { return !actAsUser.isNull(); }

    /// The query time limit chosen in Settings ("connection/statementTimeoutSec", 5–600 s,
    /// default 30), in milliseconds; applies to connections opened from now on.
    static int configuredStatementTimeoutMs()
    {
        bool ok = false;
        const int seconds =
            QSettings().value(QStringLiteral("connection/statementTimeoutSec"), 30).toInt(&ok);
        return (ok ? qBound(5, seconds, 600) : 30) * 1000;
    }
};

} // namespace dicedesk
