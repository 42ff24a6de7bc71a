#include "PgAuditQueries.h"

#include "PgAwardHistoryQueries.h"
#include "PgQueries.h"
#include "PgSearchQueries.h"
#include "PgValues.h"

#include <algorithm>

namespace dicedesk::pg {

namespace {

/// jsonb prints a blank after every ':' and ',' outside strings; the log shows the payload
/// without them (keys and numbers exactly as stored).
QString compactJson(const QString &text)
{
    QString compact;
    compact.reserve(text.size());
    bool inString = false;
    bool escaped = false;
    for (const QChar c : text) {
        if (inString) {
            compact += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char(' '))
            continue;
        compact += c;
    }
    return compact;
}

} // namespace

Page<AuditEntry> queryAuditPage(PgSession &session, const AuditFilter &filter,
                                const KeysetCursor &after, int limit)
{
    limit = std::clamp(limit, 1, 5000);
    keyset::Params params;
    const std::string tenants = params.add(uuidArrayLiteral(filter.scope.tenantIds));
    std::string conditions;
    if (!filter.actorUserId.isNull())
        conditions += " AND e.actor_user_id = " + params.add(filter.actorUserId);
    QString prefix = filter.eventPrefix;
    prefix.remove(QChar(0));
    prefix = prefix.trimmed();
    if (!prefix.isEmpty())
        conditions += " AND e.event_type LIKE " + params.add(likeEscaped(prefix) + "%");
    if (filter.from.isValid())
        conditions += " AND e.created_at >= " + params.add(keyset::timestampParam(filter.from)) +
                      "::timestamptz";
    if (filter.until.isValid())
        conditions += " AND e.created_at < " + params.add(keyset::timestampParam(filter.until)) +
                      "::timestamptz";
    if (!after.isNull())
        conditions += " AND (e.created_at, e.id) < (" + params.add(after.at.toStdString()) +
                      "::timestamptz, " + params.add(after.id) + ")";

    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    Page<AuditEntry> page;
    if (after.isNull())
        page.estimatedTotal =
            keyset::estimateRows(tx,
                                 "FROM public.tenant_audit_logs e WHERE e.tenant_id = ANY (" +
                                     tenants + "::uuid[])" + conditions,
                                 params);
    const std::string limitParam = params.add(std::to_string(limit));
    const std::string sql =
        "SELECT e.id, e.tenant_id, t.name, e.actor_user_id, "
        "coalesce(nullif(u.full_name, ''), u.email, "
        "public.dicedesk_actor_name_v1(e.actor_user_id)), "
        "e.event_type, e.payload::text, e.created_at "
        "FROM (" +
        keyset::newestFirstPerTenant("public.tenant_audit_logs", tenants, conditions, limitParam) +
        ") e LEFT JOIN public.tenants t ON t.id = e.tenant_id "
        "LEFT JOIN public.users u ON u.id = e.actor_user_id "
        "ORDER BY e.created_at DESC, e.id DESC";
    const pqxx::result rows =
        tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params.values));
    page.rows.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows) {
        AuditEntry entry;
        entry.id = uuidValue(row[0]);
        entry.tenantId = uuidValue(row[1]);
        entry.tenantName = textValue(row[2]);
        entry.actorUserId = uuidValue(row[3]);
        entry.actorName = textValue(row[4]);
        entry.eventType = textValue(row[5]);
        entry.payloadJson = compactJson(textValue(row[6]));
        entry.createdAt = timestampValue(row[7]);
        page.rows.append(std::move(entry));
    }
    keyset::finishPage(page, rows, 0, 7, limit);
    return page;
}

} // namespace dicedesk::pg
