#include "PgQueries.h"

#include <pqxx/pqxx>
#include <pqxx/transaction>
#include <stdexcept>

namespace dicedesk::pg {

namespace {

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromStdString(field.as<std::string>());
}

QUuid uuid(const pqxx::field &field)
{
    return field.is_null() ? QUuid()
                           : QUuid::fromString(QString::fromStdString(field.as<std::string>()));
}

// The Overview's figures; $1 is the array of tenant ids in scope.
const char *const kOverviewCoinsSql = R"sql(
    SELECT coalesce(sum(amount) FILTER (WHERE type = 'earn' AND created_at >= now() - interval '7 days'), 0),
           coalesce(sum(amount) FILTER (WHERE type = 'earn'), 0),
           coalesce(sum(amount) FILTER (WHERE type = 'spend' AND created_at >= now() - interval '7 days'), 0),
           coalesce(sum(amount) FILTER (WHERE type = 'spend'), 0)
      FROM public.coin_transactions
     WHERE tenant_id = ANY ($1::uuid[]) AND created_at >= now() - interval '30 days'
)sql";

// Active members: members of the scope (active membership) with an event in 30 days.
const char *const kOverviewEventsSql = R"sql(
    SELECT count(*) FILTER (WHERE e.created_at >= now() - interval '7 days'),
           count(*),
           count(DISTINCT e.actor_user_id) FILTER (WHERE EXISTS (
               SELECT 1 FROM public.user_tenant_memberships AS m
                WHERE m.user_id = e.actor_user_id AND m.tenant_id = e.tenant_id
                  AND m.status = 'active'))
      FROM public.gamification_events AS e
     WHERE e.tenant_id = ANY ($1::uuid[]) AND e.created_at >= now() - interval '30 days'
)sql";

const char *const kOverviewPendingSql = R"sql(
    SELECT count(*) FROM public.gamification_admin_award_requests
     WHERE tenant_id = ANY ($1::uuid[]) AND status = 'pending'
)sql";

const char *const kOverviewMembersSql = R"sql(
    SELECT count(DISTINCT user_id) FROM public.user_tenant_memberships
     WHERE tenant_id = ANY ($1::uuid[]) AND status = 'active'
)sql";

// The 30 full days before today (today is still running and would end every chart in a dip).
const char *const kOverviewDailySql = R"sql(
    SELECT d::date::text,
           coalesce(sum(c.amount) FILTER (WHERE c.type = 'earn'), 0),
           coalesce(sum(c.amount) FILTER (WHERE c.type = 'spend'), 0)
      FROM generate_series(date_trunc('day', now()) - interval '30 days',
                           date_trunc('day', now()) - interval '1 day', interval '1 day') AS d
      LEFT JOIN public.coin_transactions AS c
        ON c.tenant_id = ANY ($1::uuid[])
       AND c.created_at >= d AND c.created_at < d + interval '1 day'
     GROUP BY d ORDER BY d
)sql";

} // namespace

std::string uuidArrayLiteral(const QList<QUuid> &ids)
{
    std::string literal = "{";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += ids[i].toString(QUuid::WithoutBraces).toStdString();
    }
    literal += '}';
    return literal;
}

QList<QUuid> parseUuidArray(const std::string &literal)
{
    QList<QUuid> ids;
    QString body = QString::fromStdString(literal);
    if (body.startsWith(QLatin1Char('{')))
        body = body.mid(1, body.size() - 2);
    for (const QString &part : body.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(QUuid::fromString(part.trimmed()));
    return ids;
}

Identity queryIdentity(PgSession &session)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::result rows = tx.exec(R"sql(
        SELECT u.id, u.full_name, u.email, session_user, r.is_system_admin,
               r.tenant_admin_of::text, r.tenant_editor_of::text
          FROM public.get_user_admin_roles() AS r
          JOIN public.users AS u ON u.id = auth.uid()
    )sql");
    if (rows.empty())
        throw std::runtime_error("this login is not mapped to a DiceDesk user");
    const pqxx::row row = rows[0];
    Identity identity;
    identity.userId = uuid(row[0]);
    identity.displayName = text(row[1]);
    identity.email = text(row[2]);
    identity.login = text(row[3]);
    identity.systemAdmin = row[4].as<bool>();
    identity.adminOf = parseUuidArray(row[5].as<std::string>());
    identity.editorOf = parseUuidArray(row[6].as<std::string>());
    return identity;
}

QList<Tenant> queryTenants(PgSession &session)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::result rows = tx.exec(R"sql(
        SELECT t.id, t.name, t.slug
          FROM public.tenants AS t
         WHERE t.id = ANY (public.get_user_tenant_ids()) AND t.status = 'active'
         ORDER BY lower(t.name), t.id
    )sql");
    QList<Tenant> tenants;
    tenants.reserve(static_cast<qsizetype>(rows.size()));
    for (const pqxx::row &row : rows)
        tenants.append(Tenant{uuid(row[0]), text(row[1]), text(row[2])});
    return tenants;
}

OverviewFigures queryOverview(PgSession &session, const QList<QUuid> &tenantIds)
{
    OverviewFigures figures;
    const std::string ids = uuidArrayLiteral(tenantIds);
    // One snapshot for all figures, so they agree with each other.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(session.connection());
    session.prepare(tx);

    const pqxx::row coins = tx.exec_params1(kOverviewCoinsSql, ids);
    figures.mintedLast7 = coins[0].as<qint64>();
    figures.mintedLast30 = coins[1].as<qint64>();
    figures.spentLast7 = coins[2].as<qint64>();
    figures.spentLast30 = coins[3].as<qint64>();

    const pqxx::row events = tx.exec_params1(kOverviewEventsSql, ids);
    figures.eventsLast7 = events[0].as<qint64>();
    figures.eventsLast30 = events[1].as<qint64>();
    figures.membersActiveLast30 = events[2].as<qint64>();

    figures.pendingApprovals = tx.exec_params1(kOverviewPendingSql, ids)[0].as<qint64>();
    figures.activeMembers = tx.exec_params1(kOverviewMembersSql, ids)[0].as<qint64>();

    for (const pqxx::row &row : tx.exec_params(kOverviewDailySql, ids)) {
        figures.last30Days.append(EconomyDay{
            QDate::fromString(QString::fromStdString(row[0].as<std::string>()), Qt::ISODate),
            row[1].as<qint64>(), row[2].as<qint64>()});
    }
    tx.commit();
    return figures;
}

int queryPendingApprovalCount(PgSession &session, const QList<QUuid> &tenantIds)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    return tx.exec_params1(kOverviewPendingSql, uuidArrayLiteral(tenantIds))[0].as<int>();
}

} // namespace dicedesk::pg
