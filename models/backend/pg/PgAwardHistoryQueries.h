#pragma once

#include "PgSession.h"
#include "domain/AwardHistory.h"
#include "domain/Paging.h"

#include <QDateTime>
#include <QList>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace dicedesk::pg {

/// The award history: newest-first keyset pages over gamification_admin_awards, one award's
/// recipients with their reversals, and reversing a whole award or one recipient's entry.
Page<AwardSummary> queryAwardPage(PgSession &session, const AwardFilter &filter,
                                  const KeysetCursor &after, int limit);
QList<AwardRecipient> queryAwardRecipients(PgSession &session, const QUuid &awardId);
/// reverse_admin_award_v1 (whole award) or reverse_coin_transaction_v1 (one entry of it). Safe
/// to run again with the same draft: its key makes a repeat a replay.
ReversalOutcome callReverseAward(PgSession &session, const ReversalDraft &draft);

/// Building blocks of the award console's keyset lists (awards, audit log, requests), in the
/// manner of PgListQueries: the cursor is the last row's exact server timestamp text and id,
/// and the first page carries the planner's estimate of all matching rows.
namespace keyset {

/// Positional parameters, numbered in the order they are added.
struct Params
{
    std::vector<std::string> values;

    /// Adds a value and returns its placeholder ("$3").
    std::string add(const std::string &value);
    std::string add(const QUuid &id);
};

/// A QDateTime as a timestamptz literal (UTC, milliseconds).
std::string timestampParam(const QDateTime &at);

/// The planner's estimate of the rows "SELECT 1 <fromWhere>" yields (EXPLAIN, no count).
qint64 estimateRows(pqxx::transaction_base &tx, const std::string &fromWhere, const Params &params);

/// "SELECT e.* ... newest first": one (tenant_id, created_at DESC, id DESC) index range per
/// tenant in the array parameter, merged and cut to the limit. @p conditions start with " AND".
std::string newestFirstPerTenant(const std::string &table, const std::string &tenantArray,
                                 const std::string &conditions, const std::string &limit);

/// Marks the end, or sets the cursor from the last row's (created_at text, id).
template<typename Row>
void finishPage(Page<Row> &page, const pqxx::result &rows, int idColumn, int createdColumn,
                int limit)
{
    page.atEnd = page.rows.size() < limit;
    if (!page.rows.isEmpty() && !page.atEnd) {
        const auto last = rows[static_cast<int>(rows.size()) - 1];
        page.next = KeysetCursor{QString::fromUtf8(last[createdColumn].c_str()),
                                 QUuid::fromString(QLatin1String(last[idColumn].c_str()))};
    }
}

} // namespace keyset

} // namespace dicedesk::pg
