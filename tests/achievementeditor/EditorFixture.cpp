#include "EditorFixture.h"

#include "PersonalLogins.h"

#include <pqxx/pqxx>

namespace dicedesk::test {

namespace {

const char *kFixtureSql = R"sql(
INSERT INTO tenants (id, name, slug) VALUES
    ('e1000000-0000-4000-8000-000000000001', 'Lekklubben', 'lekklubben'),
    ('e2000000-0000-4000-8000-000000000002', 'Spelgården', 'spelgarden');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('d1ced35c-de00-4000-8000-000000000001', 'sys@editor.test', 'Siri Sysadmin', 'system_admin'),
    ('d1ced35c-de00-4000-8000-000000000002', 'admin@editor.test', 'Tove Tenantadmin', 'member'),
    ('d1ced35c-de00-4000-8000-000000000003', 'designer@editor.test', 'Dana Designer', 'member'),
    ('d1ced35c-de00-4000-8000-000000000004', 'member@editor.test', 'Mats Member', 'member'),
    ('d1ced35c-de00-4000-8000-000000000005', 'm2@editor.test', 'Mia Member', 'member'),
    ('d1ced35c-de00-4000-8000-000000000006', 'm3@editor.test', 'Mo Member', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('d1ced35c-de00-4000-8000-000000000002', 'e1000000-0000-4000-8000-000000000001', 'admin', 'active'),
    ('d1ced35c-de00-4000-8000-000000000003', 'e1000000-0000-4000-8000-000000000001', 'editor', 'active'),
    ('d1ced35c-de00-4000-8000-000000000004', 'e1000000-0000-4000-8000-000000000001', 'member', 'active'),
    ('d1ced35c-de00-4000-8000-000000000005', 'e1000000-0000-4000-8000-000000000001', 'member', 'active'),
    ('d1ced35c-de00-4000-8000-000000000006', 'e1000000-0000-4000-8000-000000000001', 'member', 'active'),
    ('d1ced35c-de00-4000-8000-000000000004', 'e2000000-0000-4000-8000-000000000002', 'member', 'active');

)sql";

const LoginToUserId kLogins = {
    {"demo_sysadmin", "d1ced35c-de00-4000-8000-000000000001"},
    {"demo_tenant_admin", "d1ced35c-de00-4000-8000-000000000002"},
    {"demo_designer", "d1ced35c-de00-4000-8000-000000000003"},
    {"demo_member", "d1ced35c-de00-4000-8000-000000000004"},
};

const char *kDataSql = R"sql(
INSERT INTO achievements (id, achievement_key, name, description, badge_color, icon_config,
                          condition_type, condition_value, unlock_criteria, is_easter_egg,
                          hint_text, tenant_id, scope, status, created_by, updated_by)
VALUES ('e5000000-0000-4000-8000-000000000001', 'camp-hero', 'Lägerhjälte',
        'Utsedd till lägrets hjälte.', '#3F51B5',
        '{"shape": "shield", "fill": "#3F51B5", "icon": "trophy", "label": "1"}',
        'manual', NULL, '{"type": "manual", "params": {}}', false, 'Ledarna delar ut den här.',
        'e1000000-0000-4000-8000-000000000001', 'tenant', 'active',
        'd1ced35c-de00-4000-8000-000000000002', 'd1ced35c-de00-4000-8000-000000000002');
INSERT INTO achievement_translations (achievement_id, locale, name, description, hint_text, criteria_text) VALUES
    ('e5000000-0000-4000-8000-000000000001', 'sv', 'Lägerhjälte', 'Utsedd till lägrets hjälte.',
     'Ledarna delar ut den här.', 'Delas ut av ledarna'),
    ('e5000000-0000-4000-8000-000000000001', 'en', 'Camp hero', 'Named camp hero.',
     'The leaders hand this out.', NULL);
INSERT INTO achievement_versions (achievement_id, version, definition, changed_by, change_reason)
SELECT 'e5000000-0000-4000-8000-000000000001', 1,
       dicedesk_achievement_definition('e5000000-0000-4000-8000-000000000001'),
       'd1ced35c-de00-4000-8000-000000000002', 'created';
INSERT INTO user_achievements (achievement_id, user_id, tenant_id, source)
SELECT 'e5000000-0000-4000-8000-000000000001', u, 'e1000000-0000-4000-8000-000000000001', 'seed'
  FROM unnest(ARRAY['d1ced35c-de00-4000-8000-000000000004', 'd1ced35c-de00-4000-8000-000000000005',
                    'd1ced35c-de00-4000-8000-000000000006']::uuid[]) AS u;
)sql";

} // namespace

std::string EditorFixture::superuserDsn()
{
    return sandboxSuperuserDsn();
}

void EditorFixture::install()
{
    installWithPersonalLogins(kFixtureSql, kLogins, kDataSql);
}

QString EditorFixture::dsnFor(const QString &login)
{
    return personalLoginDsn(login);
}

QString EditorFixture::scalar(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    const pqxx::row row = tx.exec1(sql);
    return row[0].is_null() ? QString() : QString::fromStdString(row[0].as<std::string>());
}

void EditorFixture::exec(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::work tx(connection);
    tx.exec(sql);
    tx.commit();
}

} // namespace dicedesk::test
