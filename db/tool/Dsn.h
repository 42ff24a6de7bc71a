#pragma once

#include <QString>

namespace dicedesk::db {

// Quotes a libpq conninfo value when needed (spaces, quotes, backslashes, empty).
QString conninfoValue(const QString &value);

// "host=<socketDir> port=<port> dbname=<db> user=<user>" for a Unix-socket connection.
QString socketDsn(const QString &socketDir, int port,
                  const QString &dbname = QStringLiteral("dicedesk"),
                  const QString &user = QStringLiteral("postgres"));

} // namespace dicedesk::db

namespace dicedesk::db {

// Unsets the caller's PG* environment variables (PGHOSTADDR, PGSERVICE, PGOPTIONS, ...) so they
// cannot redirect or alter connections to a cluster we manage ourselves.
void unsetPgEnvironment();

} // namespace dicedesk::db
