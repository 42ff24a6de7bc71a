#pragma once

#include <QDate>
#include <QFuture>
#include <QList>
#include <QString>
#include <QUuid>

class QWidget;

namespace dicedesk {

class Backend;

/// How an export to a file ended; message is a translated sentence for a message bar.
struct AchievementExportOutcome
{
    bool ok = false;
    bool cancelled = false; ///< the user closed the file dialog: nothing happened, say nothing
    QString path;
    int count = 0; ///< achievements written
    QString message;
};

/// "achievements-global-2026-05-01.json", "achievements-<tenant>-<date>.json": the tenant's
/// name made file-safe when known, else the first block of its id.
QString defaultAchievementExportFileName(const QUuid &scopeTenantId, const QString &scopeName,
                                         const QDate &date);

/// Exports the scope (null tenant: global), or the listed achievements of it, to @p path as
/// an AWARD_BUILDER_EXPORT_SCHEMA_V1 file, written atomically. Resolves on the GUI thread.
QFuture<AchievementExportOutcome> exportAchievementsToPath(Backend *backend,
                                                           const QUuid &scopeTenantId,
                                                           const QList<QUuid> &ids,
                                                           const QString &path);

/// Asks for a file name (suggesting defaultAchievementExportFileName()) and exports there.
/// The list pane shows the outcome's message in its message bar.
QFuture<AchievementExportOutcome> exportAchievementsToFile(Backend *backend,
                                                           const QUuid &scopeTenantId,
                                                           const QList<QUuid> &ids, QWidget *parent,
                                                           const QString &scopeName = {});

} // namespace dicedesk
