#pragma once

#include "achievements/AchievementValidation.h"
#include "domain/Identity.h"

#include <QUuid>

namespace dicedesk {

/// Who may change which achievement definitions, as the database decides it
/// (dicedesk_require_achievement_designer): global ones need a system admin; a tenant's need
/// its owner, admin or editor, or a system admin. The pane uses it only to enable actions.
struct AchievementAccess
{
    Identity identity;

    /// May change an achievement of @p tenantId (null: global).
    bool canChange(const QUuid &tenantId) const
    {
        return AchievementValidation::mayDesign(identity, tenantId);
    }
    /// May create achievements somewhere.
    bool canCreate() const
    {
        return identity.systemAdmin || !identity.adminOf.isEmpty() || !identity.editorOf.isEmpty();
    }
};

} // namespace dicedesk
