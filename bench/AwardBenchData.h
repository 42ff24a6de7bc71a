#pragma once

// The award benchmarks' shared data set (bench_award_backend, bench_award_gui): the same ids,
// so either benchmark finds the other's rows.
#include <pqxx/pqxx>
#include <string>

namespace dicedesk::awardbench {

inline const std::string BigTenant = "e0000000-0000-4000-8000-000000000301";
inline const std::string SystemAdmin = "e1000000-0000-4000-8000-000000000301";
inline const std::string TenantAdmin = "e1000000-0000-4000-8000-000000000302";
inline const std::string SecondSystemAdmin = "e1000000-0000-4000-8000-000000000303";

// 100,000 members (every 50th suspended) with Swedish-looking names, every tenth with a middle
// name; e-mails first.last.N@big.test.
inline const char *const TenantSql =
    "INSERT INTO tenants (id, name, slug) VALUES ($1::uuid, 'Big Club', 'big-club') "
    "ON CONFLICT DO NOTHING";
inline const char *const UsersSql = R"sql(
INSERT INTO users (id, email, full_name)
SELECT format('f3000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('%s.%s.%s@big.test', lower(n.f), lower(n.l), i),
       CASE WHEN i % 10 = 0 THEN n.f || ' ' || n.m || ' ' || n.l ELSE n.f || ' ' || n.l END
  FROM generate_series(1, $1::int) AS i,
  LATERAL (SELECT (ARRAY['Ada','Bo','Cecilia','Dag','Elin','Frans','Greta','Hugo','Ines','Jon',
                         'Karin','Lars','Maja','Nils','Olga','Per','Rut','Sven','Tora','Ulf',
                         'Vera','Wilma','Axel','Britt','Carl','Disa','Erik','Fia','Gustav','Hanna',
                         'Ivar','Jenny','Kjell','Lova','Mats','Nora','Otto','Pia','Ronja','Stig'])[1 + (i * 7919) % 40] AS f,
                  (ARRAY['Andersson','Berg','Carlsson','Dahl','Ek','Falk','Gran','Holm','Isaksson','Jansson',
                         'Karlsson','Lind','Moberg','Nilsson','Olsson','Persson','Qvist','Rask','Svensson','Tell',
                         'Ulander','Vik','Wall','Xenakis','Yngve','Zetterberg','Ahl','Bergman','Cronholm','Dunér',
                         'Engström','Fors','Gill','Hed','Ivarsson','Jonsson','Kvist','Lund','Mark','Norén',
                         'Ohlin','Palm','Rydberg','Sand','Tornberg','Ulfsson','Valdén','Wiik','Åberg','Östlund'])[1 + ((i::bigint * 104729) / 40) % 50] AS l,
                  (ARRAY['Maria','Johan','Anna','Lena'])[1 + i % 4] AS m) AS n
ON CONFLICT DO NOTHING
)sql";
inline const char *const MembersSql = R"sql(
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status)
SELECT format('f3000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid, $1::uuid, 'member',
       CASE WHEN i % 50 = 0 THEN 'suspended' ELSE 'active' END
  FROM generate_series(1, $2::int) AS i
ON CONFLICT DO NOTHING;
)sql";

inline const char *const PeopleSql = R"sql(
INSERT INTO users (id, email, full_name, global_role) VALUES
    ($1::uuid, 'sys@big.test', 'Big System Admin', 'system_admin'),
    ($2::uuid, 'admin@big.test', 'Big Tenant Admin', 'member'),
    ($3::uuid, 'sys2@big.test', 'Big Second Admin', 'system_admin')
ON CONFLICT DO NOTHING
)sql";
inline const char *const AdminSql =
    "INSERT INTO user_tenant_memberships (user_id, tenant_id, role) "
    "VALUES ($1::uuid, $2::uuid, 'admin') ON CONFLICT DO NOTHING";

/// Writes the tenant, @p users members and the three admins (idempotent).
inline void installMembers(pqxx::work &tx, int users)
{
    tx.exec_params(TenantSql, BigTenant);
    tx.exec_params(UsersSql, users);
    tx.exec_params(MembersSql, BigTenant, users);
    tx.exec_params(PeopleSql, SystemAdmin, TenantAdmin, SecondSystemAdmin);
    tx.exec_params(AdminSql, TenantAdmin, BigTenant);
}

} // namespace dicedesk::awardbench
