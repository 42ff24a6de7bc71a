#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// A member of a tenant as the award composer lists them.
struct MemberHit
{
    QUuid userId;
    QString displayName;
    QString email;
    qint64 coinBalance = 0; ///< current wallet in this tenant
};

/// "Members of this tenant whose name or e-mail starts with the text" (as you type).
struct MemberQuery
{
    QUuid tenantId;
    QString text;
    int limit = 50;
};

/// One line of a pasted list or CSV file, checked against the database before anything is
/// sent: who it names and whether that user may receive an award in the tenant.
struct RecipientResolution
{
    enum class Status
    {
        Member,    ///< an active member of the tenant
        Unknown,   ///< no user with that e-mail or id
        NotMember, ///< the user exists but is not an active member of this tenant
    };

    QString input; ///< the e-mail or user id as given (trimmed)
    Status status = Status::Unknown;
    QUuid userId; ///< null when unknown
    QString displayName;
    QString email;
};

} // namespace dicedesk
