#pragma once

#include "backend/BackendError.h"

#include <exception>

namespace dicedesk::pg {

/// Turns whatever libpqxx (or the standard library) threw into a typed BackendError.
/// Call it only from inside a catch block: it rethrows the current exception to inspect it.
BackendError errorFromCurrentException();

/// Maps a PostgreSQL SQLSTATE to the kind of error the console shows.
BackendError::Kind kindForSqlState(const QString &sqlState, const QString &message);

/// True for libpq's login refusals (password, unknown role, pg_hba, certificates), which
/// arrive as connection failures without an SQLSTATE and must not be retried.
bool isAuthenticationFailure(const QString &message);

/// The first line of a libpq/server message, without the "ERROR:" prefix.
QString firstLine(const char *message);

} // namespace dicedesk::pg
