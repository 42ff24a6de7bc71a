#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// Where the next page of a newest-first list starts: the (time, id) of the last row shown.
/// Keyset paging never uses OFFSET, so a page deep in ten million rows costs what the first does.
struct KeysetCursor
{
    /// The row's timestamp exactly as the server printed it (microseconds; QDateTime keeps
    /// only milliseconds, which would skip or repeat rows at a page boundary).
    QString at;
    QUuid id;

    bool isNull() const { return id.isNull(); }
    friend bool operator==(const KeysetCursor &, const KeysetCursor &) = default;
};

/// One page of rows and where the next one starts.
template<typename Row> struct Page
{
    QList<Row> rows;
    KeysetCursor next; ///< the last row's key; null when there is no next page
    bool atEnd = false;
    /// The planner's estimate of all matching rows, asked only with the first page
    /// (never an exact count on open); -1 when unknown.
    qint64 estimatedTotal = -1;
};

} // namespace dicedesk
