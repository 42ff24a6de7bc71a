#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// Who the database says the connected user is, and which roles they hold.
struct Identity
{
    QUuid userId;
    QString displayName;
    QString email;
    QString login; ///< the PostgreSQL session user
    bool systemAdmin = false;
    QList<QUuid> adminOf;  ///< tenants where the user is owner or admin
    QList<QUuid> editorOf; ///< tenants where the user may design achievements

    bool isTenantAdmin() const { return !adminOf.isEmpty(); }
    bool canSeeOverview() const { return systemAdmin || isTenantAdmin(); }
};

} // namespace dicedesk
