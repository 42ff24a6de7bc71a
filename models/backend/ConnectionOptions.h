#pragma once

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
    int statementTimeoutMs = 30000;

    bool operatorMode() const { return !actAsUser.isNull(); }
};

} // namespace dicedesk
