#include "AchievementFixture.h"

#include "PersonalLogins.h"

#include <pqxx/pqxx>

namespace dicedesk::test {

namespace {

const char *kFixtureSql = R"sql(
INSERT INTO tenants (id, name, slug) VALUES
    ('ac100000-0000-4000-8000-00000000000a', 'Ach Alpha', 'ach-alpha'),
    ('ac200000-0000-4000-8000-00000000000b', 'Ach Beta', 'ach-beta');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('ac000000-0000-4000-8000-000000000001', 'sys@ach.test', 'Sia System', 'system_admin'),
    ('ac000000-0000-4000-8000-000000000002', 'admin@ach.test', 'Alva Admin', 'member'),
    ('ac000000-0000-4000-8000-000000000003', 'designer@ach.test', 'Dag Designer', 'member'),
    ('ac000000-0000-4000-8000-000000000004', 'member@ach.test', 'Mia Member', 'member'),
    ('ac000000-0000-4000-8000-000000000005', 'holder1@ach.test', 'Hugo Holder', 'member'),
    ('ac000000-0000-4000-8000-000000000006', 'holder2@ach.test', 'Hanna Holder', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('ac000000-0000-4000-8000-000000000002', 'ac100000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('ac000000-0000-4000-8000-000000000003', 'ac100000-0000-4000-8000-00000000000a', 'editor', 'active'),
    ('ac000000-0000-4000-8000-000000000004', 'ac100000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('ac000000-0000-4000-8000-000000000005', 'ac100000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('ac000000-0000-4000-8000-000000000006', 'ac100000-0000-4000-8000-00000000000a', 'member', 'active');

)sql";

const LoginToUserId kLogins = {
    {"ach_sysadmin", "ac000000-0000-4000-8000-000000000001"},
    {"ach_tenant_admin", "ac000000-0000-4000-8000-000000000002"},
    {"ach_designer", "ac000000-0000-4000-8000-000000000003"},
    {"ach_member", "ac000000-0000-4000-8000-000000000004"},
};

const char *kDataSql = R"sql(
-- Generated definitions: global g-001.., tenant A a-001.., tenant B b-001... Status by i % 10:
-- 0-5 active, 6-7 draft, 8-9 archived. Names start with Swedish and plain words in turn,
-- updated_at steps an hour every three rows (ties), the last of every 13 has no value.
INSERT INTO achievements (id, achievement_key, name, description, badge_color, icon_config,
                          condition_type, condition_value, unlock_criteria, is_easter_egg,
                          hint_text, tenant_id, scope, status, created_at, updated_at)
SELECT gen_random_uuid(), format('%s-%s', s.prefix, lpad(i::text, 3, '0')),
       format('%s %s', (ARRAY['Första leken', 'Öppen scen', 'Åskväder', 'zebra', 'Alfa', 'beta',
                              'Lekledare', 'Mästare'])[1 + i % 8], i),
       format('Generated achievement %s', i),
       (ARRAY['#4CAF50', '#2196F3', '#FF9800', '#9C27B0'])[1 + i % 4],
       CASE WHEN i % 9 = 0 THEN NULL
            ELSE jsonb_build_object('shape', (ARRAY['circle', 'shield', 'hexagon', 'star', 'ribbon'])[1 + i % 5],
                                    'fill', (ARRAY['#4CAF50', '#2196F3', '#FF9800', '#9C27B0'])[1 + i % 4],
                                    'icon', (ARRAY['dice', 'trophy', 'flame', 'star', 'users'])[1 + i % 5],
                                    'label', (i % 50)::text) END,
       (ARRAY['session_count', 'login_streak', 'plan_created', 'run_completed'])[1 + i % 4],
       CASE WHEN i % 13 = 12 THEN NULL ELSE i % 40 END,
       (ARRAY['{"type": "event", "params": {"event_type": "session_completed", "count": 3}}',
              '{"type": "milestone", "params": {"metric": "session_count", "threshold": 10}}',
              '{"type": "manual", "params": {}}'])[1 + i % 3]::jsonb,
       i % 17 = 5, CASE WHEN i % 17 = 5 THEN NULL ELSE 'Keep playing' END,
       s.tenant, CASE WHEN s.tenant IS NULL THEN 'global' ELSE 'tenant' END,
       (ARRAY['active', 'active', 'active', 'active', 'active', 'active', 'draft', 'draft',
              'archived', 'archived'])[1 + i % 10]::achievement_status_enum,
       timestamptz '2026-01-01 00:00:00+00' + i * interval '1 minute',
       timestamptz '2026-05-01 12:00:00+00' - (i / 3) * interval '1 hour'
  FROM (VALUES ('g', NULL::uuid, 100), ('a', 'ac100000-0000-4000-8000-00000000000a'::uuid, 120),
               ('b', 'ac200000-0000-4000-8000-00000000000b'::uuid, 80)) AS s(prefix, tenant, n),
       generate_series(1, s.n) AS i;

-- Special rows.
INSERT INTO achievements (id, achievement_key, name, description, badge_color, icon_config,
                          condition_type, condition_value, unlock_criteria, tenant_id, scope,
                          status, updated_at) VALUES
    ('acacacac-0000-4000-8000-000000000001', 'arets-lekledare', 'Årets lekledare',
     'Utsedd till årets lekledare.', '#FFC107',
     '{"shape": "star", "fill": "#FFC107", "icon": "crown", "label": "2026"}', 'manual', NULL,
     '{"type": "manual", "params": {}}', NULL, 'global', 'active', '2026-06-01 10:00:00+00'),
    ('acacacac-0000-4000-8000-000000000002', 'pct_done', '100% _done_ ''quoted'' \ name', NULL,
     '#E91E63', '{"shape": "hexagon", "fill": "#E91E63", "icon": "target"}', 'score_milestone', 100,
     '{"type": "milestone", "params": {"metric": "score", "threshold": 100}}',
     'ac100000-0000-4000-8000-00000000000a', 'tenant', 'active', '2026-06-01 09:00:00+00'),
    ('acacacac-0000-4000-8000-000000000003', 'buffet', 'Buffet', NULL, '#795548',
     '{"shape": "circle", "fill": "#795548", "icon": "gift"}', 'plan_created', 5,
     '{"type": "event", "params": {"event_type": "plan_created", "count": 5}}', NULL, 'global',
     'active', '2026-06-01 08:00:00+00');
-- Name ties across scopes (the same name in global, A and B).
INSERT INTO achievements (achievement_key, name, condition_type, tenant_id, scope, status, updated_at)
SELECT format('same-%s', n), 'Samma namn', 'manual', t, CASE WHEN t IS NULL THEN 'global' ELSE 'tenant' END,
       'active', '2026-04-01 00:00:00+00'
  FROM generate_series(1, 2) n,
       unnest(ARRAY[NULL, 'ac100000-0000-4000-8000-00000000000a', 'ac200000-0000-4000-8000-00000000000b']::uuid[]) t;

-- Translations: sv/en/no, except every 7th lacks no and every 11th lacks en (by key number).
INSERT INTO achievement_translations (achievement_id, locale, name, description)
SELECT a.id, l.locale,
       CASE l.locale WHEN 'sv' THEN a.name WHEN 'en' THEN 'EN ' || a.name ELSE 'NO ' || a.name END,
       a.description
  FROM achievements a
 CROSS JOIN (VALUES ('sv'), ('en'), ('no')) AS l(locale)
 WHERE a.achievement_key ~ '^[gab]-'
   AND NOT (l.locale = 'no' AND substring(a.achievement_key from 3)::int % 7 = 0)
   AND NOT (l.locale = 'en' AND substring(a.achievement_key from 3)::int % 11 = 0);
INSERT INTO achievement_translations (achievement_id, locale, name) VALUES
    ('acacacac-0000-4000-8000-000000000001', 'sv', 'Årets lekledare'),
    ('acacacac-0000-4000-8000-000000000001', 'en', 'Game leader of the year'),
    ('acacacac-0000-4000-8000-000000000001', 'no', 'Årets lekleder'),
    ('acacacac-0000-4000-8000-000000000003', 'sv', 'Smörgåsbord'),
    ('acacacac-0000-4000-8000-000000000003', 'en', 'Buffet');

INSERT INTO user_achievements (achievement_id, user_id, tenant_id, source) VALUES
    ('acacacac-0000-4000-8000-000000000001', 'ac000000-0000-4000-8000-000000000004', 'ac100000-0000-4000-8000-00000000000a', 'seed'),
    ('acacacac-0000-4000-8000-000000000001', 'ac000000-0000-4000-8000-000000000005', 'ac100000-0000-4000-8000-00000000000a', 'seed'),
    ('acacacac-0000-4000-8000-000000000001', 'ac000000-0000-4000-8000-000000000006', 'ac100000-0000-4000-8000-00000000000a', 'seed');
ANALYZE achievements;
ANALYZE achievement_translations;
)sql";

} // namespace

std::string AchievementFixture::superuserDsn()
{
    return sandboxSuperuserDsn();
}

void AchievementFixture::install()
{
    installWithPersonalLogins(kFixtureSql, kLogins, kDataSql);
}

QString AchievementFixture::dsnFor(const QString &login)
{
    return personalLoginDsn(login);
}

QList<QUuid> AchievementFixture::ids(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    QList<QUuid> ids;
    for (const auto &row : tx.exec(sql))
        ids.append(QUuid::fromString(QString::fromStdString(row[0].as<std::string>())));
    return ids;
}

long long AchievementFixture::count(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

std::string AchievementFixture::text(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<std::string>("");
}

void AchievementFixture::exec(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::work tx(connection);
    tx.exec(sql);
    tx.commit();
}

std::string AchievementFixture::quote(const std::string &value)
{
    pqxx::connection connection(superuserDsn());
    return connection.quote(value);
}

} // namespace dicedesk::test
