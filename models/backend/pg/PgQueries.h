#pragma once

#include "PgSession.h"
#include "domain/Identity.h"
#include "domain/OverviewFigures.h"
#include "domain/Tenant.h"

#include <QList>

namespace dicedesk::pg {

/// The console's reads as plain SQL over the contract's tables. Explicit tenant filters do
/// the filtering; row-level security is the safety net. Each runs on the worker thread.
Identity queryIdentity(PgSession &session);
QList<Tenant> queryTenants(PgSession &session);
OverviewFigures queryOverview(PgSession &session, const QList<QUuid> &tenantIds);
int queryPendingApprovalCount(PgSession &session, const QList<QUuid> &tenantIds);

/// "{uuid,uuid,...}": libpqxx 6.4 has no array parameters, so arrays travel as literals.
std::string uuidArrayLiteral(const QList<QUuid> &ids);
QList<QUuid> parseUuidArray(const std::string &literal);

} // namespace dicedesk::pg
