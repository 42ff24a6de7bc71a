#include "PgRequestQueries.h"

#include "PgAwardHistoryQueries.h"
#include "PgQueries.h"
#include "PgValues.h"

#include <algorithm>
#include <stdexcept>

namespace dicedesk::pg {

namespace {

// The summary columns over a relation "r" of request rows; created_at is column 12.
const char *const kSummaryColumns =
    "r.id, r.tenant_id, t.name, r.requester_user_id, "
    "coalesce(nullif(req.full_name, ''), req.email, "
    "public.dicedesk_actor_name_v1(r.requester_user_id)), r.award_type, r.amount, a.name, "
    "r.recipient_count, r.message, r.status, "
    "(r.status = 'expired' OR (r.status = 'pending' AND r.expires_at <= now())), "
    "r.created_at, r.expires_at, "
    "coalesce(nullif(dec.full_name, ''), dec.email, "
    "public.dicedesk_actor_name_v1(r.decided_by_user_id)), "
    "r.decided_at, "
    "r.decision_reason, r.award_id";
constexpr int kCreatedColumn = 12;

const char *const kSummaryJoins = " LEFT JOIN public.tenants t ON t.id = r.tenant_id"
                                  " LEFT JOIN public.users req ON req.id = r.requester_user_id"
                                  " LEFT JOIN public.users dec ON dec.id = r.decided_by_user_id"
                                  " LEFT JOIN public.achievements a ON a.id = r.achievement_id";

std::string uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

AwardRequestSummary summaryFrom(const pqxx::row &row)
{
    AwardRequestSummary request;
    request.id = uuidValue(row[0]);
    request.tenantId = uuidValue(row[1]);
    request.tenantName = textValue(row[2]);
    request.requesterUserId = uuidValue(row[3]);
    request.requesterName = textValue(row[4]);
    request.awardType = textValue(row[5]);
    request.amount = row[6].as<qint64>();
    request.achievementName = textValue(row[7]);
    request.recipientCount = row[8].as<int>();
    request.total = request.awardType == QLatin1String("achievement")
                        ? 0
                        : request.amount * request.recipientCount;
    request.message = textValue(row[9]);
    request.status = textValue(row[10]);
    request.expired = row[11].as<bool>();
    request.createdAt = timestampValue(row[12]);
    request.expiresAt = timestampValue(row[13]);
    request.decidedByName = textValue(row[14]);
    request.decidedAt = timestampValue(row[15]);
    request.decisionReason = textValue(row[16]);
    request.awardId = uuidValue(row[17]);
    return request;
}

/// The statuses asked for, known ones only, without repeats; empty means all.
QStringList cleanStatuses(const QStringList &statuses)
{
    static const QStringList known{QStringLiteral("pending"), QStringLiteral("approved"),
                                   QStringLiteral("rejected"), QStringLiteral("expired"),
                                   QStringLiteral("cancelled")};
    QStringList clean;
    for (const QString &status : statuses) {
        const QString s = status.trimmed().toLower();
        if (!known.contains(s))
            throw std::invalid_argument("unknown request status");
        if (!clean.contains(s))
            clean.append(s);
    }
    return clean;
}

std::string textArray(const QStringList &values)
{
    // Only known status words reach this: no quoting needed.
    return "{" + values.join(QLatin1Char(',')).toStdString() + "}";
}

} // namespace

Page<AwardRequestSummary> queryRequestPage(PgSession &session, const RequestFilter &filter,
                                           const KeysetCursor &after, int limit)
{
    limit = std::clamp(limit, 1, 5000);
    const QStringList statuses = cleanStatuses(filter.statuses);
    const bool pendingQueue = statuses == QStringList{QStringLiteral("pending")};

    keyset::Params params;
    const std::string tenants = params.add(uuidArrayLiteral(filter.scope.tenantIds));
    std::string conditions;
    if (!pendingQueue && !statuses.isEmpty())
        conditions += " AND e.status = ANY (" + params.add(textArray(statuses)) + "::text[])";
    if (!filter.requesterUserId.isNull())
        conditions += " AND e.requester_user_id = " + params.add(filter.requesterUserId);
    if (!after.isNull())
        conditions += std::string(" AND (e.created_at, e.id) ") + (pendingQueue ? ">" : "<") +
                      " (" + params.add(after.at.toStdString()) + "::timestamptz, " +
                      params.add(after.id) + ")";
    const std::string pendingWhere =
        " WHERE e.status = 'pending' AND e.tenant_id = ANY (" + tenants + "::uuid[])";

    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    Page<AwardRequestSummary> page;
    if (after.isNull())
        page.estimatedTotal = keyset::estimateRows(
            tx,
            "FROM public.gamification_admin_award_requests e" +
                (pendingQueue ? pendingWhere
                              : " WHERE e.tenant_id = ANY (" + tenants + "::uuid[])") +
                conditions,
            params);
    const std::string limitParam = params.add(std::to_string(limit));
    // The queue: one walk of the partial index of pending requests, oldest first.
    const std::string rowsSql =
        pendingQueue ? "SELECT e.* FROM public.gamification_admin_award_requests e" + pendingWhere +
                           conditions + " ORDER BY e.created_at, e.id LIMIT " + limitParam + "::int"
                     : keyset::newestFirstPerTenant("public.gamification_admin_award_requests",
                                                    tenants, conditions, limitParam);
    const std::string sql =
        std::string("SELECT ") + kSummaryColumns + " FROM (" + rowsSql + ") r" + kSummaryJoins +
        (pendingQueue ? " ORDER BY r.created_at, r.id" : " ORDER BY r.created_at DESC, r.id DESC");
    const pqxx::result rows =
        tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params.values));
    page.rows.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows)
        page.rows.append(summaryFrom(row));
    keyset::finishPage(page, rows, 0, kCreatedColumn, limit);
    return page;
}

AwardRequestDetail queryRequestDetail(PgSession &session, const QUuid &requestId)
{
    // One snapshot for both statements, so the recipients belong to the request as shown.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(session.connection());
    session.prepare(tx);
    const std::string id = uuidText(requestId);

    // The request (part 0) and the requester's newest other requests (part 1).
    const std::string summarySql =
        std::string("WITH target AS (SELECT * FROM public.gamification_admin_award_requests "
                    "WHERE id = $1::uuid) "
                    "(SELECT ") +
        kSummaryColumns + ", 0 FROM target r" + kSummaryJoins + ") UNION ALL (SELECT " +
        kSummaryColumns +
        ", 1 FROM (SELECT o.* FROM public.gamification_admin_award_requests o, target "
        "WHERE o.requester_user_id = target.requester_user_id AND o.id <> target.id "
        "ORDER BY o.created_at DESC, o.id DESC LIMIT 10) r" +
        kSummaryJoins + ") ORDER BY 19, 13 DESC, 1 DESC";
    AwardRequestDetail detail;
    bool found = false;
    for (const auto &row : tx.exec_params(summarySql, id)) {
        if (row[18].as<int>() == 0) {
            detail.request = summaryFrom(row);
            found = true;
        } else {
            detail.requesterRecent.append(summaryFrom(row));
        }
    }
    if (!found)
        throw pqxx::sql_error("request not found", "", "P0002");

    // Recipients with their wallet, XP, membership and up to three newest awards in the
    // tenant: one row per (recipient, recent award), a recipient's rows together.
    const pqxx::result rows = tx.exec_params(R"sql(
        SELECT rr.user_id, u.full_name, u.email, coalesce(w.balance, 0),
               coalesce((SELECT sum(x.amount) FROM public.xp_transactions x
                          WHERE x.tenant_id = rr.tenant_id AND x.user_id = rr.user_id), 0),
               EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                        WHERE m.user_id = rr.user_id AND m.tenant_id = rr.tenant_id AND m.status = 'active'),
               ra.created_at, ra.award_type, ra.amount, ra.actor_name
          FROM public.gamification_admin_award_request_recipients rr
          LEFT JOIN public.users u ON u.id = rr.user_id
          LEFT JOIN public.user_coins w ON w.user_id = rr.user_id AND w.tenant_id = rr.tenant_id
          LEFT JOIN LATERAL (
              SELECT a.created_at, a.award_type, a.amount,
                     coalesce(nullif(au.full_name, ''), au.email,
                              public.dicedesk_actor_name_v1(a.actor_user_id)) AS actor_name
                FROM public.gamification_admin_award_recipients ar
                JOIN public.gamification_admin_awards a ON a.id = ar.award_id
                LEFT JOIN public.users au ON au.id = a.actor_user_id
               WHERE ar.user_id = rr.user_id AND ar.tenant_id = rr.tenant_id
               ORDER BY ar.created_at DESC, ar.id DESC
               LIMIT 3) ra ON true
         WHERE rr.request_id = $1::uuid
         ORDER BY lower(u.full_name), lower(u.email), rr.user_id, ra.created_at DESC
    )sql",
                                             id);
    tx.commit();
    for (const auto &row : rows) {
        const QUuid userId = uuidValue(row[0]);
        if (detail.recipients.isEmpty() || detail.recipients.constLast().userId != userId) {
            RequestRecipientContext recipient;
            recipient.userId = userId;
            recipient.displayName = textValue(row[1]);
            recipient.email = textValue(row[2]);
            recipient.coinBalance = row[3].as<qint64>();
            recipient.xp = row[4].as<qint64>();
            recipient.stillMember = row[5].as<bool>();
            detail.recipients.append(std::move(recipient));
        }
        if (!row[6].is_null()) {
            detail.recipients.last().recentAwards.append(RecentAward{
                timestampValue(row[6]), textValue(row[7]), row[8].as<qint64>(), textValue(row[9])});
        }
    }
    return detail;
}

DecisionOutcome callDecideRequest(PgSession &session, const DecisionDraft &draft)
{
    if (draft.requestId.isNull())
        throw std::invalid_argument("no request to decide");
    if (draft.reason.contains(QChar(0)))
        throw std::invalid_argument("the reason contains a NUL character");
    if (draft.reason.trimmed().isEmpty())
        throw std::invalid_argument("a reason is required");
    const std::string id = uuidText(draft.requestId);
    try {
        pqxx::work tx(session.connection());
        session.prepare(tx);
        const pqxx::row row = tx.exec_params1(
            "SELECT status, award_id, awarded_count "
            "FROM public.admin_decide_award_request_v1($1::uuid, NULL, $2, $3)",
            id, std::string(draft.approve ? "approve" : "reject"), draft.reason.toStdString());
        tx.commit();
        DecisionOutcome outcome;
        outcome.status = textValue(row[0]);
        outcome.awardId = uuidValue(row[1]);
        outcome.awardedCount = row[2].is_null() ? 0 : row[2].as<int>();
        return outcome;
    } catch (const pqxx::sql_error &e) {
        if (e.sqlstate() != "DD423")
            throw;
    }
    // Someone decided first (or the request was cancelled or expired): say who and when, as
    // the row now reads, in a transaction of its own (the failed one is gone).
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::row row =
        tx.exec_params1("SELECT r.status, coalesce(nullif(u.full_name, ''), u.email, "
                        "public.dicedesk_actor_name_v1(r.decided_by_user_id)), "
                        "r.decided_at, r.award_id "
                        "FROM public.gamification_admin_award_requests r "
                        "LEFT JOIN public.users u ON u.id = r.decided_by_user_id "
                        "WHERE r.id = $1::uuid",
                        id);
    DecisionOutcome outcome;
    outcome.alreadyDecided = true;
    outcome.status = textValue(row[0]);
    outcome.decidedByName = textValue(row[1]);
    outcome.decidedAt = timestampValue(row[2]);
    outcome.awardId = uuidValue(row[3]);
    return outcome;
}

int callExpireRequests(PgSession &session)
{
    pqxx::work tx(session.connection());
    session.prepare(tx);
    const int count = tx.exec1("SELECT public.expire_award_requests_v1()")[0].as<int>();
    tx.commit();
    return count;
}

} // namespace dicedesk::pg
