#include "AwardFixture.h"

#include "PersonalLogins.h"

#include <pqxx/pqxx>

namespace dicedesk::test {

namespace {

const char *kFixtureSql = R"sql(
INSERT INTO tenants (id, name, slug) VALUES
    ('d1000000-0000-4000-8000-00000000000a', 'Awards Alpha', 'awards-alpha'),
    ('d2000000-0000-4000-8000-00000000000b', 'Awards Beta', 'awards-beta'),
    ('d3000000-0000-4000-8000-00000000000c', 'Awards Crowd', 'awards-crowd');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('e0000000-0000-4000-8000-000000000001', 'sys@awards.test', 'Sol System', 'system_admin'),
    ('e0000000-0000-4000-8000-000000000002', 'admin.a@awards.test', 'Ada Admin', 'member'),
    ('e0000000-0000-4000-8000-000000000201', 'foreign@awards.test', 'Fred Foreign', 'member'),
    ('e0000000-0000-4000-8000-000000000202', 'suspended@awards.test', 'Sue Suspended', 'member');
INSERT INTO users (id, email, full_name)
SELECT format('e0000000-0000-4000-8000-0000000001%s', lpad(n::text, 2, '0'))::uuid,
       format('member%s@awards.test', n),
       format('Member %s %s', n, (ARRAY['Quill', 'Rowan', 'Sage', 'Tarn', 'Umber'])[1 + n % 5])
  FROM generate_series(1, 20) n;
INSERT INTO users (id, email, full_name)
SELECT format('f0000000-0000-4000-8000-%s', lpad(n::text, 12, '0'))::uuid,
       format('crowd%s@awards.test', n), format('Crowd %s', lpad(n::text, 5, '0'))
  FROM generate_series(1, 10000) n;
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('e0000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('e0000000-0000-4000-8000-000000000201', 'd2000000-0000-4000-8000-00000000000b', 'member', 'active'),
    ('e0000000-0000-4000-8000-000000000202', 'd1000000-0000-4000-8000-00000000000a', 'member', 'suspended');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status)
SELECT format('e0000000-0000-4000-8000-0000000001%s', lpad(n::text, 2, '0'))::uuid,
       'd1000000-0000-4000-8000-00000000000a'::uuid, 'member', 'active'
  FROM generate_series(1, 20) n;
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status)
SELECT format('f0000000-0000-4000-8000-%s', lpad(n::text, 12, '0'))::uuid,
       'd3000000-0000-4000-8000-00000000000c'::uuid, 'member', 'active'
  FROM generate_series(1, 10000) n;

INSERT INTO gamification_settings (tenant_id, award_approval_threshold, award_request_expiry_days)
VALUES ('d1000000-0000-4000-8000-00000000000a', 500, 14);

INSERT INTO achievements (id, achievement_key, name, condition_type, status, tenant_id, scope)
VALUES ('d4000000-0000-4000-8000-000000000001', 'helper', 'Helper', 'manual', 'active',
        'd1000000-0000-4000-8000-00000000000a', 'tenant');

)sql";

const LoginToUserId kLogins = {
    {"awd_sysadmin", "e0000000-0000-4000-8000-000000000001"},
    {"awd_tenant_admin", "e0000000-0000-4000-8000-000000000002"},
};

const char *kDataSql = R"sql(
ANALYZE users;
ANALYZE user_tenant_memberships;
)sql";

} // namespace

std::string AwardFixture::superuserDsn()
{
    return sandboxSuperuserDsn();
}

void AwardFixture::install()
{
    installWithPersonalLogins(kFixtureSql, kLogins, kDataSql);
}

void AwardFixture::exec(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::work tx(connection);
    tx.exec(sql);
    tx.commit();
}

QString AwardFixture::dsnFor(const QString &login)
{
    return personalLoginDsn(login);
}

QUuid AwardFixture::member(int n)
{
    return QUuid::fromString(
        QStringLiteral("e0000000-0000-4000-8000-0000000001%1").arg(n, 2, 10, QLatin1Char('0')));
}

QString AwardFixture::memberEmail(int n)
{
    return QStringLiteral("member%1@awards.test").arg(n);
}

QUuid AwardFixture::crowd(int n)
{
    return QUuid::fromString(
        QStringLiteral("f0000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

QString AwardFixture::crowdEmail(int n)
{
    return QStringLiteral("crowd%1@awards.test").arg(n);
}

long long AwardFixture::count(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

long long AwardFixture::balance(const QUuid &user, const char *tenant)
{
    return count("SELECT coalesce((SELECT balance FROM user_coins WHERE user_id = '" +
                 user.toString(QUuid::WithoutBraces).toStdString() + "' AND tenant_id = '" +
                 tenant + "'), 0)");
}

} // namespace dicedesk::test
