#pragma once

#include <QByteArray>
#include <QList>

namespace dicedesk::db {

// Splits an SQL script into single statements the way psql does, so statements that refuse to
// run in a multi-statement string (VACUUM, CREATE DATABASE, ...) can be sent one by one.
// Understands '...' (and E'...' escapes), "identifiers", $tag$ dollar quotes $tag$, -- and nested
// /* */ comments, and BEGIN ATOMIC ... END bodies of CREATE FUNCTION/PROCEDURE.
// Statements keep their text without the terminating ';'; empty/comment-only ones are dropped.
QList<QByteArray> splitSqlStatements(const QByteArray &script);

} // namespace dicedesk::db
