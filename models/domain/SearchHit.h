#pragma once

#include "Tenant.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// One thing the command palette can jump to that lives in the database.
struct SearchHit
{
    enum class Kind
    {
        User,
        Achievement,
        Request,
    };

    Kind kind = Kind::User;
    QUuid id;
    QString title;    ///< user's name, achievement name, request summary
    QString subtitle; ///< e-mail, achievement key and status, requester and status
    QUuid tenantId;   ///< null for global rows
};

struct SearchQuery
{
    QString text; ///< what the user typed; matched as a case-insensitive prefix or substring
    TenantScope scope;
    int limitPerKind = 8;
};

} // namespace dicedesk
