#include "PgSearchQueries.h"

#include "PgQueries.h"
#include "PgValues.h"

#include <pqxx/pqxx>

namespace dicedesk::pg {

namespace {

const char *const kUsersSql = R"sql(
    SELECT u.id, u.full_name, u.email,
           (SELECT m.tenant_id FROM public.user_tenant_memberships m
             WHERE m.user_id = u.id AND m.tenant_id = ANY ($2::uuid[]) AND m.status = 'active'
             ORDER BY m.is_primary DESC LIMIT 1)
      FROM (SELECT id FROM public.users WHERE lower(full_name) LIKE $1 ESCAPE '\'
            UNION
            SELECT id FROM public.users WHERE lower(email) LIKE $1 ESCAPE '\') AS hit
      JOIN public.users u ON u.id = hit.id
     WHERE EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                    WHERE m.user_id = u.id AND m.tenant_id = ANY ($2::uuid[]) AND m.status = 'active')
     ORDER BY lower(u.full_name), u.email
     LIMIT $3::int
)sql";

const char *const kAchievementsSql = R"sql(
    SELECT a.id, a.name, coalesce(a.achievement_key, ''), a.status::text, a.tenant_id
      FROM public.achievements a
     WHERE (a.tenant_id IS NULL OR a.tenant_id = ANY ($2::uuid[]))
       AND (lower(a.name) LIKE '%' || $1 ESCAPE '\' OR a.achievement_key LIKE $1 ESCAPE '\')
     ORDER BY (a.status = 'active') DESC, lower(a.name)
     LIMIT $3::int
)sql";

const char *const kRequestsSql = R"sql(
    SELECT r.id, r.amount, r.recipient_count, r.award_type, r.status, u.full_name, r.tenant_id,
           left(r.message, 80)
      FROM public.gamification_admin_award_requests r
      JOIN public.users u ON u.id = r.requester_user_id
     WHERE r.tenant_id = ANY ($2::uuid[])
       AND (r.id::text LIKE $1 ESCAPE '\' OR lower(u.full_name) LIKE $1 ESCAPE '\'
            OR lower(u.email) LIKE $1 ESCAPE '\' OR lower(r.message) LIKE '%' || $1 ESCAPE '\')
     ORDER BY (r.status = 'pending') DESC, r.created_at DESC
     LIMIT $3::int
)sql";

} // namespace

std::string likeEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped.toStdString();
}

QList<SearchHit> querySearch(PgSession &session, const SearchQuery &query)
{
    QList<SearchHit> hits;
    // NUL cannot travel in a query string; strip it along with surrounding blanks.
    QString text = query.text;
    text.remove(QChar(0));
    text = text.trimmed().toLower();
    if (text.isEmpty())
        return hits;
    const std::string prefix = likeEscaped(text) + "%";
    const std::string tenants = uuidArrayLiteral(query.scope.tenantIds);
    const int limit = std::clamp(query.limitPerKind, 1, 50);

    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    for (const auto &row : tx.exec_params(kUsersSql, prefix, tenants, limit)) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::User;
        hit.id = uuidValue(row[0]);
        hit.title = textValue(row[1]).isEmpty() ? textValue(row[2]) : textValue(row[1]);
        hit.subtitle = textValue(row[2]);
        hit.tenantId = uuidValue(row[3]);
        hits.append(hit);
    }
    for (const auto &row : tx.exec_params(kAchievementsSql, prefix, tenants, limit)) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Achievement;
        hit.id = uuidValue(row[0]);
        hit.title = textValue(row[1]);
        //: Command palette: achievement key and status, e.g. "first-game · active"
        hit.subtitle = QStringLiteral("%1 · %2").arg(textValue(row[2]), textValue(row[3]));
        hit.tenantId = uuidValue(row[4]);
        hits.append(hit);
    }
    for (const auto &row : tx.exec_params(kRequestsSql, prefix, tenants, limit)) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Request;
        hit.id = uuidValue(row[0]);
        // Numbers are formatted by the palette; keep raw parts here.
        hit.title = QStringLiteral("%1 × %2 %3")
                        .arg(row[1].as<qint64>())
                        .arg(row[2].as<qint64>())
                        .arg(textValue(row[3]));
        hit.subtitle = QStringLiteral("%1 · %2 · %3")
                           .arg(textValue(row[5]), textValue(row[4]), textValue(row[7]));
        hit.tenantId = uuidValue(row[6]);
        hits.append(hit);
    }
    return hits;
}

} // namespace dicedesk::pg
