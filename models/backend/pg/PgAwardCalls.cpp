#include "PgAwardCalls.h"

#include "PgQueries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <pqxx/pqxx>
#include <stdexcept>

namespace dicedesk::pg {

AwardOutcome callSendAward(PgSession &session, const AwardDraft &draft)
{
    if (draft.message.contains(QChar(0)) || draft.idempotencyKey.contains(QChar(0)))
        throw std::invalid_argument("the message contains a NUL character");
    pqxx::work tx(session.connection());
    session.prepare(tx);
    const std::optional<std::string> achievement =
        draft.achievementId.isNull()
            ? std::nullopt
            : std::optional<std::string>(
                  draft.achievementId.toString(QUuid::WithoutBraces).toStdString());
    const pqxx::row row = tx.exec_params1(
        "SELECT public.dicedesk_award_v1($1::uuid, $2::uuid[], $3, $4::int, $5, $6, "
        "$7::uuid)::text",
        draft.tenantId.toString(QUuid::WithoutBraces).toStdString(),
        uuidArrayLiteral(draft.recipients), draft.awardType.toStdString(), draft.amount,
        draft.message.toStdString(), draft.idempotencyKey.toStdString(), achievement);
    const std::string json = row[0].as<std::string>();
    tx.commit();

    const QJsonObject result = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    AwardOutcome outcome;
    outcome.paid = result.value(QStringLiteral("outcome")).toString() == QLatin1String("paid");
    outcome.replayed = result.value(QStringLiteral("replayed")).toBool();
    outcome.awardId = QUuid::fromString(result.value(QStringLiteral("award_id")).toString());
    outcome.requestId = QUuid::fromString(result.value(QStringLiteral("request_id")).toString());
    outcome.recipientCount = result.value(QStringLiteral("recipient_count")).toInt();
    outcome.total = static_cast<qint64>(result.value(QStringLiteral("total")).toDouble());
    outcome.threshold = static_cast<qint64>(result.value(QStringLiteral("threshold")).toDouble());
    return outcome;
}

} // namespace dicedesk::pg
