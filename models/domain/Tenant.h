#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// A tenant (organisation) as the console lists it.
struct Tenant
{
    QUuid id;
    QString name;
    QString slug;
};

/// Which tenants a read covers: one tenant, or every tenant the caller may see.
struct TenantScope
{
    QList<QUuid> tenantIds;
    bool allTenants = false;
};

} // namespace dicedesk

Q_DECLARE_METATYPE(dicedesk::Tenant)
