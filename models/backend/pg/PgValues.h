#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <pqxx/pqxx>

namespace dicedesk::pg {

/// Field readers shared by the queries: NULL becomes the empty value.
QString textValue(const pqxx::field &field);
QUuid uuidValue(const pqxx::field &field);
/// A timestamptz read with the session's time zone offset, returned in UTC.
QDateTime timestampValue(const pqxx::field &field);

} // namespace dicedesk::pg
