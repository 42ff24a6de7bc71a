#include "PgAwardHistoryQueries.h"

#include "PgQueries.h"
#include "PgValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <stdexcept>

namespace dicedesk::pg {

namespace keyset {

std::string Params::add(const std::string &value)
{
    values.push_back(value);
    return "$" + std::to_string(values.size());
}

std::string Params::add(const QUuid &id)
{
    return add(id.toString(QUuid::WithoutBraces).toStdString()) + "::uuid";
}

std::string timestampParam(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

qint64 estimateRows(pqxx::transaction_base &tx, const std::string &fromWhere, const Params &params)
{
    const pqxx::result plan = tx.exec_params("EXPLAIN (FORMAT JSON) SELECT 1 " + fromWhere,
                                             pqxx::prepare::make_dynamic_params(params.values));
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

std::string newestFirstPerTenant(const std::string &table, const std::string &tenantArray,
                                 const std::string &conditions, const std::string &limit)
{
    return "SELECT e.* FROM unnest(" + tenantArray +
           "::uuid[]) AS s (tenant_id) CROSS JOIN LATERAL (SELECT e.* FROM " + table +
           " e WHERE e.tenant_id = s.tenant_id" + conditions +
           " ORDER BY e.created_at DESC, e.id DESC LIMIT " + limit +
           "::int) e ORDER BY e.created_at DESC, e.id DESC LIMIT " + limit + "::int";
}

} // namespace keyset

namespace {

using keyset::Params;

std::string uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

/// Refuses what cannot travel or what the database would refuse anyway, before a round trip.
void checkReversalDraft(const ReversalDraft &draft)
{
    if (draft.awardId.isNull())
        throw std::invalid_argument("no award to reverse");
    if (draft.reason.contains(QChar(0)) || draft.idempotencyKey.contains(QChar(0)))
        throw std::invalid_argument("the reason contains a NUL character");
    if (draft.reason.trimmed().isEmpty())
        throw std::invalid_argument("a reason is required");
    if (draft.idempotencyKey.isEmpty())
        throw std::invalid_argument("the reversal has no idempotency key");
}

} // namespace

Page<AwardSummary> queryAwardPage(PgSession &session, const AwardFilter &filter,
                                  const KeysetCursor &after, int limit)
{
    limit = std::clamp(limit, 1, 5000);
    Params params;
    const std::string tenants = params.add(uuidArrayLiteral(filter.scope.tenantIds));
    std::string conditions;
    if (!filter.awardId.isNull())
        conditions += " AND e.id = " + params.add(filter.awardId);
    if (!filter.actorUserId.isNull())
        conditions += " AND e.actor_user_id = " + params.add(filter.actorUserId);
    if (!filter.awardType.isEmpty())
        conditions += " AND e.award_type = " + params.add(filter.awardType.toStdString());
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
    Page<AwardSummary> page;
    if (after.isNull())
        page.estimatedTotal = keyset::estimateRows(
            tx,
            "FROM public.gamification_admin_awards e WHERE e.tenant_id = ANY (" + tenants +
                "::uuid[])" + conditions,
            params);
    const std::string limitParam = params.add(std::to_string(limit));
    // The names and the reversal count are looked up for the page's rows only.
    const std::string sql =
        "SELECT e.id, e.tenant_id, t.name, e.actor_user_id, "
        "coalesce(nullif(u.full_name, ''), u.email, "
        "public.dicedesk_actor_name_v1(e.actor_user_id)), "
        "e.award_type, e.amount, e.achievement_id, "
        "a.name, e.message, e.recipient_count, e.request_id, e.created_at, e.idempotency_key, "
        "CASE WHEN e.award_type = 'coins' THEN (SELECT count(*) FROM "
        "public.gamification_admin_award_recipients r JOIN public.coin_transactions c ON "
        "c.reversal_of = r.coin_transaction_id WHERE r.award_id = e.id) ELSE 0 END "
        "FROM (" +
        keyset::newestFirstPerTenant("public.gamification_admin_awards", tenants, conditions,
                                     limitParam) +
        ") e LEFT JOIN public.tenants t ON t.id = e.tenant_id "
        "LEFT JOIN public.users u ON u.id = e.actor_user_id "
        "LEFT JOIN public.achievements a ON a.id = e.achievement_id "
        "ORDER BY e.created_at DESC, e.id DESC";
    const pqxx::result rows =
        tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params.values));
    page.rows.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows) {
        AwardSummary award;
        award.id = uuidValue(row[0]);
        award.tenantId = uuidValue(row[1]);
        award.tenantName = textValue(row[2]);
        award.actorUserId = uuidValue(row[3]);
        award.actorName = textValue(row[4]);
        award.awardType = textValue(row[5]);
        award.amount = row[6].as<qint64>();
        award.achievementId = uuidValue(row[7]);
        award.achievementName = textValue(row[8]);
        award.message = textValue(row[9]);
        award.recipientCount = row[10].as<int>();
        award.total = award.awardType == QLatin1String("achievement")
                          ? 0
                          : award.amount * award.recipientCount;
        award.requestId = uuidValue(row[11]);
        award.createdAt = timestampValue(row[12]);
        award.idempotencyKey = textValue(row[13]);
        award.reversedCount = row[14].as<int>();
        page.rows.append(std::move(award));
    }
    keyset::finishPage(page, rows, 0, 12, limit);
    return page;
}

QList<AwardRecipient> queryAwardRecipients(PgSession &session, const QUuid &awardId)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::result rows = tx.exec_params(R"sql(
        SELECT r.user_id, u.full_name, u.email, r.coin_transaction_id, r.xp_transaction_id,
               coalesce(r.balance_after, 0),
               CASE a.award_type
                   WHEN 'coins' THEN coalesce(w.balance, 0)
                   WHEN 'xp' THEN coalesce((SELECT sum(x.amount) FROM public.xp_transactions x
                                             WHERE x.tenant_id = r.tenant_id AND x.user_id = r.user_id), 0)
                   ELSE 0 END,
               rv.id, rv.created_at, rv.description
          FROM public.gamification_admin_award_recipients r
          JOIN public.gamification_admin_awards a ON a.id = r.award_id
          LEFT JOIN public.users u ON u.id = r.user_id
          LEFT JOIN public.user_coins w ON w.user_id = r.user_id AND w.tenant_id = r.tenant_id
          LEFT JOIN public.coin_transactions rv ON rv.reversal_of = r.coin_transaction_id
         WHERE r.award_id = $1::uuid
         ORDER BY lower(u.full_name), lower(u.email), r.user_id
    )sql",
                                             uuidText(awardId));
    QList<AwardRecipient> recipients;
    recipients.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows) {
        AwardRecipient recipient;
        recipient.userId = uuidValue(row[0]);
        recipient.displayName = textValue(row[1]);
        recipient.email = textValue(row[2]);
        recipient.coinTransactionId = uuidValue(row[3]);
        recipient.xpTransactionId = uuidValue(row[4]);
        recipient.balanceAfter = row[5].as<qint64>();
        recipient.currentBalance = row[6].as<qint64>();
        recipient.reversalTransactionId = uuidValue(row[7]);
        recipient.reversedAt = timestampValue(row[8]);
        recipient.reversalReason = textValue(row[9]);
        recipients.append(std::move(recipient));
    }
    return recipients;
}

namespace {

ReversalOutcome reverseWholeAward(pqxx::work &tx, const ReversalDraft &draft)
{
    const std::string key = draft.idempotencyKey.toStdString();
    const pqxx::result rows = tx.exec_params(
        "SELECT reversal_transaction_id FROM public.reverse_admin_award_v1($1::uuid, $2, $3)",
        uuidText(draft.awardId), draft.reason.toStdString(), key);
    QList<QUuid> all;
    for (const auto &row : rows)
        all.append(uuidValue(row[0]));
    // Entries reversed under this key (now, or by an earlier attempt of this same action) are
    // this call's; the others had been reversed before, one by one.
    ReversalOutcome outcome;
    const pqxx::result mine = tx.exec_params(
        "SELECT c.id, c.idempotency_key IS NOT DISTINCT FROM ($2 || ':' || c.user_id) "
        "FROM public.coin_transactions c WHERE c.id = ANY ($1::uuid[]) ORDER BY c.user_id",
        uuidArrayLiteral(all), key);
    for (const auto &row : mine) {
        if (row[1].as<bool>()) {
            ++outcome.reversedCount;
            outcome.reversalTransactionIds.append(uuidValue(row[0]));
        } else {
            ++outcome.alreadyReversedCount;
        }
    }
    return outcome;
}

ReversalOutcome reverseOneEntry(pqxx::work &tx, const ReversalDraft &draft)
{
    const pqxx::result entry = tx.exec_params(
        "SELECT rv.id, rv.idempotency_key IS NOT DISTINCT FROM $3 "
        "FROM public.gamification_admin_award_recipients r "
        "LEFT JOIN public.coin_transactions rv ON rv.reversal_of = r.coin_transaction_id "
        "WHERE r.award_id = $1::uuid AND r.coin_transaction_id = $2::uuid",
        uuidText(draft.awardId), uuidText(draft.coinTransactionId),
        draft.idempotencyKey.toStdString());
    if (entry.empty())
        throw pqxx::sql_error("the entry is not part of this award", "", "P0002");
    ReversalOutcome outcome;
    if (!entry[0][0].is_null() && !entry[0][1].as<bool>()) {
        // Reversed before by another action: report it, change nothing.
        outcome.alreadyReversedCount = 1;
        return outcome;
    }
    const pqxx::row row = tx.exec_params1(
        "SELECT transaction_id FROM public.reverse_coin_transaction_v1($1::uuid, $2, $3)",
        uuidText(draft.coinTransactionId), draft.reason.toStdString(),
        draft.idempotencyKey.toStdString());
    outcome.reversedCount = 1;
    outcome.reversalTransactionIds.append(uuidValue(row[0]));
    return outcome;
}

} // namespace

ReversalOutcome callReverseAward(PgSession &session, const ReversalDraft &draft)
{
    checkReversalDraft(draft);
    pqxx::work tx(session.connection());
    session.prepare(tx);
    const ReversalOutcome outcome = draft.coinTransactionId.isNull() ? reverseWholeAward(tx, draft)
                                                                     : reverseOneEntry(tx, draft);
    tx.commit();
    return outcome;
}

} // namespace dicedesk::pg
