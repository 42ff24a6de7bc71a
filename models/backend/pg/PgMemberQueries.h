#pragma once

#include "PgSession.h"
#include "domain/Award.h"
#include "domain/AwardRequest.h"
#include "domain/Member.h"

#include <QList>
#include <QStringList>
#include <string>

namespace dicedesk::pg {

/// What the award composer reads before it sends: the approval settings, the tenant's members
/// (as you type, all of them, or a pasted list checked in one round trip) and the achievements
/// that may be awarded. Each runs on the worker thread in a transaction of its own.

/// dicedesk_award_settings_v1: the tenant's own settings, else the global ones (null tenant:
/// the global ones).
AwardSettings queryAwardSettings(PgSession &session, const QUuid &tenantId);
/// dicedesk_set_award_settings_v1 (system admins); a null tenant sets the global settings.
bool callSetAwardSettings(PgSession &session, const QUuid &tenantId, const AwardSettings &settings);

/// Active members whose lowered name, second or third name word, or e-mail starts with the
/// text, by name; each prefix is one range scan of a "C"-collated index that also orders.
QList<MemberHit> querySearchMembers(PgSession &session, const MemberQuery &query);
/// Every active member of the tenant, by name.
QList<MemberHit> queryActiveMembers(PgSession &session, const QUuid &tenantId);
/// E-mails (any case) or user ids, one result per input in input order, in one statement.
QList<RecipientResolution> queryResolveRecipients(PgSession &session, const QUuid &tenantId,
                                                  const QStringList &inputs);
/// Active achievements of the tenant and global ones, by name.
QList<AchievementChoice> queryAwardableAchievements(PgSession &session, const QUuid &tenantId);

/// "{"a","b",NULL}": a text[] literal (libpqxx 6.4 has no array parameters). Null strings
/// become NULL elements; NUL characters are dropped (they cannot travel in a query).
std::string textArrayLiteral(const QStringList &values);

} // namespace dicedesk::pg
