#pragma once

#include "domain/AuditEntry.h"

#include <QByteArray>
#include <QStringList>

namespace dicedesk {

/// The audit log as CSV (RFC 4180): UTF-8 without a byte order mark, CRLF line ends, a
/// header row of stable column names, times in ISO 8601 UTC, the payload as compact JSON.
/// Fields holding a comma, a quote or a line break are quoted (quotes doubled). A field
/// that a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage
/// return) gets a leading apostrophe, so opening the file never runs anything.
class AuditCsv
{
public:
    AuditCsv() = delete;

    /// One field, neutralised and quoted as needed.
    static QString field(const QString &value);
    /// The column names of the header row.
    static QStringList columns();
    /// The raw (unquoted) fields of one entry, in columns() order.
    static QStringList values(const AuditEntry &entry);
    /// One line of fields, quoted and ended with CRLF, as UTF-8.
    static QByteArray line(const QStringList &rawValues);
};

} // namespace dicedesk
