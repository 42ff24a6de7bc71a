#include "ApprovalFixture.h"

#include "PersonalLogins.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <pqxx/pqxx>
#include <stdexcept>

namespace dicedesk::test {

namespace {

const char *kFixtureSql = R"sql(
INSERT INTO tenants (id, name, slug) VALUES
    ('d1000000-0000-4000-8000-00000000000a', 'Alpha Club', 'appr-alpha'),
    ('d2000000-0000-4000-8000-00000000000b', 'Beta League', 'appr-beta');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('20000000-0000-4000-8000-000000000001', 'anna@appr.test', 'Anna Berg', 'system_admin'),
    ('20000000-0000-4000-8000-000000000002', 'sam@appr.test', 'Sam Sysadmin', 'system_admin'),
    ('20000000-0000-4000-8000-000000000003', 'ada@appr.test', 'Ada Admin', 'member'),
    ('20000000-0000-4000-8000-000000000011', 'max@appr.test', 'Max Member', 'member'),
    ('20000000-0000-4000-8000-000000000012', 'mia@appr.test', 'Mia Member', 'member'),
    ('20000000-0000-4000-8000-000000000013', 'moa@appr.test', 'Moa Member', 'member'),
    ('20000000-0000-4000-8000-000000000021', 'bea@appr.test', 'Bea Member', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('20000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('20000000-0000-4000-8000-000000000003', 'd2000000-0000-4000-8000-00000000000b', 'admin', 'active'),
    ('20000000-0000-4000-8000-000000000011', 'd1000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('20000000-0000-4000-8000-000000000012', 'd1000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('20000000-0000-4000-8000-000000000013', 'd1000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('20000000-0000-4000-8000-000000000021', 'd2000000-0000-4000-8000-00000000000b', 'member', 'active');

)sql";

const LoginToUserId kLogins = {
    {"appr_anna", "20000000-0000-4000-8000-000000000001"},
    {"appr_sam", "20000000-0000-4000-8000-000000000002"},
    {"appr_ada", "20000000-0000-4000-8000-000000000003"},
};

std::string uuidArray(const QList<QUuid> &ids)
{
    QStringList parts;
    for (const QUuid &id : ids)
        parts.append(id.toString(QUuid::WithoutBraces));
    return "{" + parts.join(QLatin1Char(',')).toStdString() + "}";
}

} // namespace

std::string ApprovalFixture::superuserDsn()
{
    return sandboxSuperuserDsn();
}

QString ApprovalFixture::dsnFor(const QString &login)
{
    return personalLoginDsn(login);
}

void ApprovalFixture::install()
{
    installWithPersonalLogins(kFixtureSql, kLogins);
    // Balances and recent awards, paid by a system admin (never a request).
    award(QLatin1String(annaLogin), tenantA, {id(max)}, 100, QStringLiteral("Welcome bonus"),
          QStringLiteral("fixture-welcome-max"));
    award(QLatin1String(annaLogin), tenantA, {id(mia)}, 40, QStringLiteral("Welcome bonus"),
          QStringLiteral("fixture-welcome-mia"));
    // The queue, oldest first.
    const QUuid summer = award(QLatin1String(adaLogin), tenantA, {id(max), id(mia), id(moa)}, 300,
                               QStringLiteral("Summer camp leaders\nThanks for the hard work"),
                               QLatin1String(summerKey));
    const QUuid planner = award(QLatin1String(adaLogin), tenantA, {id(max)}, 600,
                                QStringLiteral("Planner week"), QLatin1String(plannerKey));
    const QUuid league = award(QLatin1String(adaLogin), tenantB, {id(bea)}, 700,
                               QStringLiteral("League finals"), QLatin1String(leagueKey));
    if (summer.isNull() || planner.isNull() || league.isNull())
        throw std::runtime_error("the fixture's awards were paid instead of becoming requests");
}

QUuid ApprovalFixture::award(const QString &login, const char *tenant,
                             const QList<QUuid> &recipients, int amount, const QString &message,
                             const QString &key)
{
    pqxx::connection connection(dsnFor(login).toStdString());
    pqxx::work tx(connection);
    const pqxx::row row = tx.exec_params1(
        "SELECT dicedesk_award_v1($1::uuid, $2::uuid[], 'coins', $3, $4, $5)::text", tenant,
        uuidArray(recipients), amount, message.toStdString(), key.toStdString());
    tx.commit();
    const QJsonObject result =
        QJsonDocument::fromJson(QByteArray::fromStdString(row[0].as<std::string>())).object();
    if (result.value(QLatin1String("outcome")).toString() != QLatin1String("pending"))
        return {};
    return QUuid::fromString(result.value(QLatin1String("request_id")).toString());
}

QUuid ApprovalFixture::request(const QString &login, const char *tenant,
                               const QList<QUuid> &recipients, int amount, const QString &message,
                               const QString &key)
{
    pqxx::connection connection(dsnFor(login).toStdString());
    pqxx::work tx(connection);
    const pqxx::row row = tx.exec_params1(
        "SELECT request_id::text FROM admin_request_award_coins_v1($1::uuid, NULL, $2::uuid[], "
        "$3, $4, $5)",
        tenant, uuidArray(recipients), amount, message.toStdString(), key.toStdString());
    tx.commit();
    return QUuid::fromString(QString::fromStdString(row[0].as<std::string>()));
}

QUuid ApprovalFixture::requestByKey(const QString &key)
{
    return QUuid::fromString(text("SELECT id::text FROM gamification_admin_award_requests "
                                  "WHERE idempotency_key = '" +
                                  key.toStdString() + "'"));
}

QString ApprovalFixture::text(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    const pqxx::result result = tx.exec(sql);
    if (result.empty() || result[0][0].is_null())
        return {};
    return QString::fromStdString(result[0][0].as<std::string>());
}

long long ApprovalFixture::count(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

void ApprovalFixture::exec(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::work tx(connection);
    tx.exec(sql);
    tx.commit();
}

void ApprovalFixture::execAs(const QString &login, const std::string &sql)
{
    pqxx::connection connection(dsnFor(login).toStdString());
    pqxx::work tx(connection);
    tx.exec(sql);
    tx.commit();
}

} // namespace dicedesk::test
