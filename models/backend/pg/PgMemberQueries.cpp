#include "PgMemberQueries.h"

#include "PgValues.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <pqxx/pqxx>
#include <stdexcept>

namespace dicedesk::pg {

namespace {

// The member reads are definer functions of 0020 behind one guard (staff of the tenant or system
// admin): under row-level security the same queries checked every candidate user against the
// users policy and could not use the prefix indexes. They show whom that policy would show.
const char *const kSearchMembersSql =
    "SELECT user_id, full_name, email, coin_balance "
    "FROM public.dicedesk_search_members_v1($1::uuid, $2, $3::int)";

const char *const kActiveMembersSql = "SELECT user_id, full_name, email, coin_balance "
                                      "FROM public.dicedesk_active_members_v1($1::uuid)";

// $2 holds the inputs that are user ids (NULL elsewhere), $3 the others (e-mails or anything
// else, matched case-insensitively). One row per input, in input order.
const char *const kResolveSql = "SELECT ord, user_id, full_name, email, is_member "
                                "FROM public.dicedesk_resolve_recipients_v1($1::uuid, $2::uuid[], "
                                "$3::text[]) ORDER BY ord";

const char *const kAchievementsSql = R"sql(
    SELECT a.id, a.name, coalesce(a.achievement_key, '')
      FROM public.achievements a
     WHERE a.status = 'active' AND (a.tenant_id IS NULL OR a.tenant_id = $1::uuid)
     ORDER BY lower(a.name), a.id
)sql";

constexpr qsizetype kMaxListEntries = 10000;

std::string uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

std::optional<std::string> optionalUuid(const QUuid &id)
{
    return id.isNull() ? std::nullopt : std::optional<std::string>(uuidText(id));
}

QList<MemberHit> memberHits(const pqxx::result &rows)
{
    QList<MemberHit> hits;
    hits.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows)
        hits.append(MemberHit{uuidValue(row[0]), textValue(row[1]), textValue(row[2]),
                              row[3].as<qint64>()});
    return hits;
}

/// A user id as typed: 36 characters, or 38 with braces. Anything else is looked up as an
/// e-mail (and is simply unknown when it is neither).
QUuid strictUuid(const QString &text)
{
    if (text.size() != 36 && text.size() != 38)
        return {};
    return QUuid::fromString(text);
}

} // namespace

std::string textArrayLiteral(const QStringList &values)
{
    std::string literal = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        if (values[i].isNull()) {
            literal += "NULL";
            continue;
        }
        literal += '"';
        for (const char c : values[i].toStdString()) {
            if (c == '\0')
                continue;
            if (c == '"' || c == '\\')
                literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    literal += '}';
    return literal;
}

AwardSettings queryAwardSettings(PgSession &session, const QUuid &tenantId)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::row row =
        tx.exec_params1("SELECT award_approval_threshold, award_request_expiry_days "
                        "FROM public.dicedesk_award_settings_v1($1::uuid)",
                        optionalUuid(tenantId));
    AwardSettings settings;
    settings.threshold = row[0].as<qint64>();
    settings.expiryDays = row[1].as<int>();
    return settings;
}

bool callSetAwardSettings(PgSession &session, const QUuid &tenantId, const AwardSettings &settings)
{
    if (settings.threshold <= 0 || settings.threshold > std::numeric_limits<int>::max())
        throw std::invalid_argument("the threshold must be a positive whole number");
    pqxx::work tx(session.connection());
    session.prepare(tx);
    tx.exec_params("SELECT public.dicedesk_set_award_settings_v1($1::uuid, $2::int, $3::int)",
                   optionalUuid(tenantId), static_cast<int>(settings.threshold),
                   settings.expiryDays);
    tx.commit();
    return true;
}

QList<MemberHit> querySearchMembers(PgSession &session, const MemberQuery &query)
{
    QString text = query.text;
    text.remove(QChar(0));
    text = text.trimmed();
    if (text.isEmpty() || query.tenantId.isNull())
        return {};
    const int limit = std::clamp(query.limit, 1, 200);
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    return memberHits(
        tx.exec_params(kSearchMembersSql, uuidText(query.tenantId), text.toStdString(), limit));
}

QList<MemberHit> queryActiveMembers(PgSession &session, const QUuid &tenantId)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    return memberHits(tx.exec_params(kActiveMembersSql, uuidText(tenantId)));
}

QList<RecipientResolution> queryResolveRecipients(PgSession &session, const QUuid &tenantId,
                                                  const QStringList &inputs)
{
    QList<RecipientResolution> resolved;
    if (inputs.isEmpty())
        return resolved;
    if (inputs.size() > kMaxListEntries)
        throw std::invalid_argument("at most 10,000 entries per list");
    resolved.reserve(inputs.size());
    QList<QUuid> ids;
    QStringList idTexts;
    QStringList emails;
    for (const QString &raw : inputs) {
        QString input = raw;
        input.remove(QChar(0));
        input = input.trimmed();
        RecipientResolution entry;
        entry.input = input;
        resolved.append(entry);
        const QUuid id = strictUuid(input);
        idTexts.append(id.isNull() ? QString() : id.toString(QUuid::WithoutBraces));
        emails.append(id.isNull() ? input : QString());
    }

    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::result rows = tx.exec_params(kResolveSql, uuidText(tenantId),
                                             textArrayLiteral(idTexts), textArrayLiteral(emails));
    for (const auto &row : rows) {
        const qsizetype index = row[0].as<qsizetype>() - 1;
        if (index < 0 || index >= resolved.size())
            continue;
        RecipientResolution &entry = resolved[index];
        entry.userId = uuidValue(row[1]);
        if (entry.userId.isNull()) {
            entry.status = RecipientResolution::Status::Unknown;
            continue;
        }
        entry.displayName = textValue(row[2]);
        entry.email = textValue(row[3]);
        entry.status = row[4].as<bool>() ? RecipientResolution::Status::Member
                                         : RecipientResolution::Status::NotMember;
    }
    return resolved;
}

QList<AchievementChoice> queryAwardableAchievements(PgSession &session, const QUuid &tenantId)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    QList<AchievementChoice> choices;
    for (const auto &row : tx.exec_params(kAchievementsSql, uuidText(tenantId)))
        choices.append(AchievementChoice{uuidValue(row[0]), textValue(row[1]), textValue(row[2])});
    return choices;
}

} // namespace dicedesk::pg
