#include "AchievementExport.h"

#include "ImportExportLogging.h"
#include "achievements/AwardBuilderFile.h"
#include "backend/Backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace dicedesk {

namespace {

/// The translation context of the texts below (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AchievementExport)
};

AchievementExportOutcome writeDocument(const QJsonObject &document, const QString &path)
{
    AchievementExportOutcome outcome;
    outcome.path = path;
    outcome.count =
        static_cast<int>(document.value(QLatin1String("achievements")).toArray().size());
    const QByteArray bytes = writeAwardBuilderFile(document);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcAchievementImport) << "writing" << path << "failed:" << file.errorString();
        //: %1 is the file name, %2 the system's reason
        outcome.message = Text::tr("The export could not be written to %1: %2")
                              .arg(QFileInfo(path).fileName(), file.errorString());
        return outcome;
    }
    outcome.ok = true;
    //: %n achievements, %1 the file name
    outcome.message = Text::tr("%n achievement(s) exported to %1.", nullptr, outcome.count)
                          .arg(QFileInfo(path).fileName());
    return outcome;
}

} // namespace

QString defaultAchievementExportFileName(const QUuid &scopeTenantId, const QString &scopeName,
                                         const QDate &date)
{
    QString scope;
    if (scopeTenantId.isNull()) {
        scope = QStringLiteral("global");
    } else {
        scope = scopeName.toLower();
        scope.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        scope.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
        if (scope.isEmpty())
            scope = scopeTenantId.toString(QUuid::WithoutBraces).section(QLatin1Char('-'), 0, 0);
    }
    return QStringLiteral("achievements-%1-%2.json").arg(scope, date.toString(Qt::ISODate));
}

QFuture<AchievementExportOutcome> exportAchievementsToPath(Backend *backend,
                                                           const QUuid &scopeTenantId,
                                                           const QList<QUuid> &ids,
                                                           const QString &path)
{
    if (!backend) {
        AchievementExportOutcome outcome;
        outcome.message = Text::tr("Not connected.");
        return QtFuture::makeReadyFuture(outcome);
    }
    return backend->exportAchievements(scopeTenantId, ids)
        .then(QCoreApplication::instance(), [path](const Result<QJsonObject> &result) {
            if (!result.ok()) {
                qCWarning(lcAchievementImport) << "export failed:" << result.error().detail();
                AchievementExportOutcome outcome;
                outcome.path = path;
                outcome.message = Text::tr("The achievements could not be exported.") +
                                  QLatin1Char(' ') + result.error().userMessage();
                return outcome;
            }
            return writeDocument(result.value(), path);
        });
}

QFuture<AchievementExportOutcome> exportAchievementsToFile(Backend *backend,
                                                           const QUuid &scopeTenantId,
                                                           const QList<QUuid> &ids, QWidget *parent,
                                                           const QString &scopeName)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        defaultAchievementExportFileName(scopeTenantId, scopeName, QDate::currentDate()));
    const QString path =
        QFileDialog::getSaveFileName(parent, Text::tr("Export achievements"), suggested,
                                     //: file dialog filter for award builder export files
                                     Text::tr("Award builder exports (*.json)"));
    if (path.isEmpty()) {
        AchievementExportOutcome outcome;
        outcome.cancelled = true;
        return QtFuture::makeReadyFuture(outcome);
    }
    return exportAchievementsToPath(backend, scopeTenantId, ids, path);
}

} // namespace dicedesk
