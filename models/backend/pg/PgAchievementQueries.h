#pragma once

#include "PgSession.h"
#include "domain/Achievement.h"
#include "domain/Paging.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace dicedesk::pg {

/// Achievement definitions and badge presets (migrations 0013 and 0021), on the worker thread.
///
/// Writes that the database refuses field by field (22023 with every problem in DETAIL) fail
/// with Kind::Validation whose detail holds one "path: message" line per problem; a save based
/// on a stale version fails with Kind::Conflict (40001).

/// The largest export document the console sends (compact JSON), as the database's limit.
inline constexpr qsizetype kMaxImportBytes = 5 * 1024 * 1024;

/// dicedesk_achievement_page_v1: the cursor's "at" is the last row's sort value. The first page
/// carries the planner's estimate of all matching rows. holderCount is -1 where the caller may
/// not count holders.
Page<AchievementSummary> queryAchievementPage(PgSession &session, const AchievementFilter &filter,
                                              const KeysetCursor &after, int limit);
AchievementRecord queryAchievement(PgSession &session, const QUuid &id);
AchievementSaveOutcome callSaveAchievement(PgSession &session, const AchievementSaveDraft &draft);
AchievementStatusOutcome callSetAchievementStatus(PgSession &session, const QList<QUuid> &ids,
                                                  const QString &status, const QString &reason);
QList<AchievementVersion> queryAchievementVersions(PgSession &session, const QUuid &id);
qint64 queryAchievementHolderCount(PgSession &session, const QUuid &id);
QJsonObject callExportAchievements(PgSession &session, const QUuid &scopeTenantId,
                                   const QList<QUuid> &ids);
/// Refuses a document over kMaxImportBytes or with a NUL character before sending it.
AchievementImportReport callImportAchievements(PgSession &session, const QJsonObject &document,
                                               const QString &reason, bool dryRun);
QList<BadgePreset> queryBadgePresets(PgSession &session, const QUuid &tenantId);
BadgePreset callSaveBadgePreset(PgSession &session, const BadgePreset &preset);
bool callDeleteBadgePreset(PgSession &session, const QUuid &id);

/// "path: message" lines of a problem list as dicedesk_raise_problems puts it in DETAIL
/// ([{path, code, message}, ...]); empty when @p detail is no such list.
QStringList problemLines(const QByteArray &detail);

} // namespace dicedesk::pg
