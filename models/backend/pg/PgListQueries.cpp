#include "PgListQueries.h"

#include "PgQueries.h"
#include "PgValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <pqxx/pqxx>

namespace dicedesk::pg {

namespace {

/// Builds "WHERE ..." for one tenant's slice; parameters are numbered by the caller's list.
struct Slice
{
    std::string where;
    std::vector<std::string> params;

    std::string add(const std::string &value)
    {
        params.push_back(value);
        return "$" + std::to_string(params.size());
    }
};

std::string timestampParam(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

/// The planner's estimate of the rows a filter matches: EXPLAIN, no count(*).
qint64 estimateRows(pqxx::transaction_base &tx, const std::string &fromWhere,
                    const std::vector<std::string> &params)
{
    const pqxx::result plan = tx.exec_params("EXPLAIN (FORMAT JSON) SELECT 1 " + fromWhere,
                                             pqxx::prepare::make_dynamic_params(params));
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromStdString(plan[0][0].as<std::string>()));
    return static_cast<qint64>(doc.array()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("Plan"))
                                   .toObject()
                                   .value(QStringLiteral("Plan Rows"))
                                   .toDouble(-1));
}

/// Runs "SELECT <columns> FROM <table> e <joins>" per tenant in a LATERAL and merges.
pqxx::result pageRows(pqxx::transaction_base &tx, const char *columns, const char *table,
                      const char *joins, const TenantScope &scope, const QUuid &userId,
                      const char *userColumn, const QString &eventType, const QDateTime &before,
                      const KeysetCursor &after, int limit, qint64 *estimate)
{
    Slice slice;
    const std::string tenantArray = slice.add(uuidArrayLiteral(scope.tenantIds));
    // "All tenants" also covers the platform's rows that belong to no tenant.
    const bool withoutTenant = scope.allTenants;
    std::string filter;
    if (!userId.isNull())
        filter += std::string(" AND e.") + userColumn + " = " +
                  slice.add(userId.toString(QUuid::WithoutBraces).toStdString()) + "::uuid";
    if (!eventType.isEmpty())
        filter += " AND e.event_type = " + slice.add(eventType.toStdString());
    std::string keyset;
    if (!after.isNull()) {
        keyset = " AND (e.created_at, e.id) < (" + slice.add(after.at.toStdString()) +
                 "::timestamptz, " +
                 slice.add(after.id.toString(QUuid::WithoutBraces).toStdString()) + "::uuid)";
    } else if (before.isValid()) {
        keyset = " AND e.created_at < " + slice.add(timestampParam(before)) + "::timestamptz";
    }
    const std::string limitParam = slice.add(std::to_string(limit));

    if (estimate) {
        std::vector<std::string> params(slice.params.begin(), slice.params.end() - 1);
        *estimate = estimateRows(tx,
                                 std::string("FROM ") + table + " e WHERE (e.tenant_id = ANY (" +
                                     tenantArray + "::uuid[])" +
                                     (withoutTenant ? " OR e.tenant_id IS NULL" : "") + ")" +
                                     filter + keyset,
                                 params);
    }

    // Each tenant's newest rows by its own index range, merged; rows without a tenant are one
    // more range of the same index (tenant_id IS NULL).
    const std::string newest =
        " ORDER BY e.created_at DESC, e.id DESC LIMIT " + limitParam + "::int";
    std::string merged = std::string("SELECT e.* FROM unnest(") + tenantArray +
                         "::uuid[]) AS s(tenant_id) CROSS JOIN LATERAL (SELECT e.* FROM " + table +
                         " e WHERE e.tenant_id = s.tenant_id" + filter + keyset + newest + ") e";
    if (withoutTenant)
        merged += std::string(" UNION ALL (SELECT e.* FROM ") + table +
                  " e WHERE e.tenant_id IS NULL" + filter + keyset + newest + ")";
    const std::string sql =
        std::string("SELECT ") + columns + " FROM (" + merged + ") e " + joins + newest;
    return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(slice.params));
}

/// Marks the end, or sets the cursor from the last row's exact (created_at, id) text.
template<typename Row>
void finishPage(Page<Row> &page, const pqxx::result &rows, int createdColumn, int limit)
{
    page.atEnd = page.rows.size() < limit;
    if (!page.rows.isEmpty() && !page.atEnd) {
        const auto last = rows[static_cast<int>(rows.size()) - 1];
        page.next = KeysetCursor{textValue(last[createdColumn]), uuidValue(last[0])};
    }
}

} // namespace

Page<EventRecord> queryEventPage(PgSession &session, const EventFilter &filter,
                                 const KeysetCursor &after, int limit)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    Page<EventRecord> page;
    const pqxx::result rows =
        pageRows(tx,
                 "e.id, e.tenant_id, t.name, e.actor_user_id, u.full_name, e.event_type, e.source, "
                 "e.idempotency_key, e.metadata::text, e.created_at",
                 "public.gamification_events",
                 "LEFT JOIN public.tenants t ON t.id = e.tenant_id "
                 "LEFT JOIN public.users u ON u.id = e.actor_user_id",
                 filter.scope, filter.userId, "actor_user_id", filter.eventType, filter.before,
                 after, limit, after.isNull() ? &page.estimatedTotal : nullptr);
    page.rows.reserve(rows.size());
    for (const auto &row : rows) {
        EventRecord record;
        record.id = uuidValue(row[0]);
        record.tenantId = uuidValue(row[1]);
        record.tenantName = textValue(row[2]);
        record.actorId = uuidValue(row[3]);
        record.actorName = textValue(row[4]);
        record.eventType = textValue(row[5]);
        record.source = textValue(row[6]);
        record.idempotencyKey = textValue(row[7]);
        record.metadataJson = textValue(row[8]);
        record.createdAt = timestampValue(row[9]);
        page.rows.append(std::move(record));
    }
    finishPage(page, rows, 9, limit);
    return page;
}

Page<LedgerEntry> queryLedgerPage(PgSession &session, const LedgerFilter &filter,
                                  const KeysetCursor &after, int limit)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    Page<LedgerEntry> page;
    const pqxx::result rows = pageRows(
        tx,
        "e.id, e.tenant_id, t.name, e.user_id, u.full_name, e.type, e.amount, e.description, "
        "e.reason_code, e.source, e.reversal_of, e.created_at",
        "public.coin_transactions",
        "LEFT JOIN public.tenants t ON t.id = e.tenant_id "
        "LEFT JOIN public.users u ON u.id = e.user_id",
        filter.scope, filter.userId, "user_id", {}, filter.before, after, limit,
        after.isNull() ? &page.estimatedTotal : nullptr);
    page.rows.reserve(rows.size());
    for (const auto &row : rows) {
        LedgerEntry entry;
        entry.id = uuidValue(row[0]);
        entry.tenantId = uuidValue(row[1]);
        entry.tenantName = textValue(row[2]);
        entry.userId = uuidValue(row[3]);
        entry.userName = textValue(row[4]);
        entry.earn = textValue(row[5]) == QLatin1String("earn");
        entry.amount = row[6].as<qint64>();
        entry.description = textValue(row[7]);
        entry.reasonCode = textValue(row[8]);
        entry.source = textValue(row[9]);
        entry.reversalOf = uuidValue(row[10]);
        entry.createdAt = timestampValue(row[11]);
        page.rows.append(std::move(entry));
    }
    finishPage(page, rows, 11, limit);
    return page;
}

} // namespace dicedesk::pg
