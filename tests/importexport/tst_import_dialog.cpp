// The achievement import dialog and the export helper, offscreen, against a real PostgreSQL
// seeded with the demo data, as demo_sysadmin: the global scope exported to a file and
// imported again is all unchanged; a renamed and an added achievement preview as one update
// and one create and are applied with a reason; hostile files (wrong schema version, missing
// fields, 10 MB, duplicate keys, not JSON) are refused with messages, Apply stays disabled and
// nothing is written; Cancel while the server checks closes without writing.
// Screenshots go to $DICEDESK_SCREENSHOT_DIR when it is set.
#include "PersonalLogins.h"
#include "achievements/AwardBuilderFile.h"
#include "achievements/importexport/AchievementExport.h"
#include "achievements/importexport/AchievementImportDialog.h"
#include "achievements/importexport/ImportPreviewModel.h"
#include "achievements/importexport/ImportProblemModel.h"
#include "backend/pg/PgBackend.h"
#include "widgets/ReasonDialog.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <pqxx/pqxx>

using namespace dicedesk;

namespace {

constexpr int kTimeoutMs = 30000;

std::string superuserDsn()
{
    return qgetenv("DICEDESK_TEST_DSN").toStdString();
}

long long count(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

QString text(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    const pqxx::row row = tx.exec1(sql);
    return row[0].is_null() ? QString() : QString::fromStdString(row[0].as<std::string>());
}

/// Everything an import could write.
struct Counts
{
    long long achievements = 0;
    long long versions = 0;
    long long translations = 0;
    long long exports = 0;
    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts counts()
{
    return {count("SELECT count(*) FROM achievements"),
            count("SELECT count(*) FROM achievement_versions"),
            count("SELECT count(*) FROM achievement_translations"),
            count("SELECT count(*) FROM award_builder_exports")};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool waitChecked(AchievementImportDialog &dialog)
{
    return QTest::qWaitFor([&] { return dialog.isChecked() && !dialog.isBusy(); }, kTimeoutMs);
}

bool hasProblemAt(const AchievementImportDialog &dialog, const QString &pathStart)
{
    for (const FieldProblem &problem : dialog.problemModel()->problems()) {
        if (problem.path.startsWith(pathStart))
            return true;
    }
    return false;
}

QString problemList(const AchievementImportDialog &dialog)
{
    QStringList lines;
    for (const FieldProblem &problem : dialog.problemModel()->problems())
        lines.append(problem.path + QStringLiteral(": ") + problem.message);
    return lines.join(QLatin1Char('\n'));
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DICEDESK_SCREENSHOT_DIR");
    const QPixmap pixmap = widget.grab();
    QVERIFY(!pixmap.isNull());
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(QDir(dir).filePath(name)));
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<pg::PgBackend> m_backend;
    QString m_exported; ///< the global scope as exported by the helper

    std::unique_ptr<AchievementImportDialog> openDialog()
    {
        auto dialog = std::make_unique<AchievementImportDialog>(m_backend.get());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog;
    }

    /// Loads a file that must be refused: messages, Apply disabled, nothing written.
    void expectRefused(const QString &path, const QString &problemPath)
    {
        const Counts before = counts();
        auto dialog = openDialog();
        QVERIFY(dialog);
        QAbstractItemModelTester problemsTester(dialog->problemModel());
        QAbstractItemModelTester previewTester(dialog->previewModel());
        dialog->loadFile(path);
        QVERIFY(waitChecked(*dialog));
        QVERIFY2(hasProblemAt(*dialog, problemPath), qPrintable(problemList(*dialog)));
        QVERIFY(!dialog->messageText().isEmpty());
        QVERIFY(!dialog->canApply());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(dialog->reasonDialog() == nullptr);
        QTest::qWait(100);
        QCOMPARE(counts(), before);
    }

    QString writeVariant(const QString &name, const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject document = readJson(m_exported);
        change(document);
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, writeAwardBuilderFile(document)))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_backend = std::make_unique<pg::PgBackend>(
            test::personalLoginDsn(QStringLiteral("demo_sysadmin")));
        QFuture<Result<Identity>> identity = m_backend->identify();
        QVERIFY(QTest::qWaitFor([&] { return identity.isFinished(); }, kTimeoutMs));
        QVERIFY2(identity.result().ok(), qPrintable(identity.result().error().detail()));
    }

    void exportHelperWritesTheScope()
    {
        QCOMPARE(defaultAchievementExportFileName(QUuid(), QString(), QDate(2026, 5, 1)),
                 QStringLiteral("achievements-global-2026-05-01.json"));
        QCOMPARE(defaultAchievementExportFileName(
                     QUuid::fromString(QLatin1String("c1000000-0000-4000-8000-00000000000a")),
                     QStringLiteral("Lekbanken Öst AB"), QDate(2026, 5, 1)),
                 QStringLiteral("achievements-lekbanken-st-ab-2026-05-01.json"));

        m_exported = m_dir.filePath(QStringLiteral("global.json"));
        QFuture<AchievementExportOutcome> future =
            exportAchievementsToPath(m_backend.get(), QUuid(), {}, m_exported);
        QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs));
        const AchievementExportOutcome outcome = future.result();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        const long long global = count("SELECT count(*) FROM achievements WHERE tenant_id IS NULL");
        QVERIFY(global > 2);
        QCOMPARE(outcome.count, int(global));
        QVERIFY(outcome.message.contains(QStringLiteral("global.json")));
        const QJsonObject document = readJson(m_exported);
        QCOMPARE(document.value(QLatin1String("schema_version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(document.value(QLatin1String("achievements")).toArray().size(), global);

        // A folder that does not exist: a message, no file.
        const QString bad = m_dir.filePath(QStringLiteral("missing/x.json"));
        future = exportAchievementsToPath(m_backend.get(), QUuid(), {}, bad);
        QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs));
        QVERIFY(!future.result().ok);
        QVERIFY(!future.result().message.isEmpty());
        QVERIFY(!QFileInfo::exists(bad));
    }

    void roundTripIsUnchanged()
    {
        QVERIFY(!m_exported.isEmpty());
        const Counts before = counts();
        auto dialog = openDialog();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->previewModel());
        QSignalSpy checked(dialog.get(), &AchievementImportDialog::checked);
        dialog->loadFile(m_exported);
        QVERIFY(dialog->isBusy());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY(waitChecked(*dialog));
        QCOMPARE(checked.size(), 1);
        QVERIFY2(dialog->report().valid, qPrintable(problemList(*dialog)));
        const int rows = dialog->previewModel()->rowCount();
        QVERIFY(rows > 2);
        QCOMPARE(dialog->previewModel()->countOf(ImportPreviewModel::Action::Unchanged), rows);
        QCOMPARE(dialog->problemModel()->rowCount(), 0);
        QVERIFY(!dialog->canApply());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY2(dialog->outcomeText().contains(QStringLiteral("%1 unchanged").arg(rows)),
                 qPrintable(dialog->outcomeText()));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("1.0")));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Global")));
        QCOMPARE(counts(), before);
    }

    void changedFileIsPreviewedAndApplied()
    {
        const QString renamedKey =
            readJson(m_exported)[QLatin1String("achievements")][0][QLatin1String("achievement_key")]
                .toString();
        QVERIFY(!renamedKey.isEmpty());
        const QString path = writeVariant(QStringLiteral("changed.json"), [](QJsonObject &doc) {
            QJsonArray items = doc.value(QLatin1String("achievements")).toArray();
            QJsonObject first = items.at(0).toObject();
            first.insert(QStringLiteral("name"), QStringLiteral("Renamed by import"));
            items.replace(0, first);
            QJsonObject added = items.at(1).toObject();
            added.insert(QStringLiteral("achievement_key"), QStringLiteral("imported-new"));
            added.insert(QStringLiteral("name"), QStringLiteral("Imported new"));
            added.insert(QStringLiteral("status"), QStringLiteral("draft"));
            items.append(added);
            doc.insert(QStringLiteral("achievements"), items);
        });
        QVERIFY(!path.isEmpty());
        const Counts before = counts();

        auto dialog = openDialog();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->previewModel());
        dialog->loadFile(path);
        QVERIFY(waitChecked(*dialog));
        QVERIFY2(dialog->report().valid, qPrintable(problemList(*dialog)));
        ImportPreviewModel *preview = dialog->previewModel();
        QCOMPARE(preview->countOf(ImportPreviewModel::Action::Update), 1);
        QCOMPARE(preview->countOf(ImportPreviewModel::Action::Create), 1);
        QCOMPARE(preview->countOf(ImportPreviewModel::Action::Unchanged), preview->rowCount() - 2);
        QCOMPARE(preview->actionAt(0), ImportPreviewModel::Action::Update);
        QCOMPARE(preview->keyAt(0), renamedKey);
        QCOMPARE(preview->actionAt(preview->rowCount() - 1), ImportPreviewModel::Action::Create);
        QTRY_COMPARE_WITH_TIMEOUT(preview->changedFieldsAt(0), QStringList{QStringLiteral("name")},
                                  kTimeoutMs);
        QVERIFY(dialog->outcomeText().contains(QStringLiteral("1 to create")));
        QVERIFY(dialog->outcomeText().contains(QStringLiteral("1 to update")));
        QVERIFY(dialog->applyButton()->isEnabled());
        QCOMPARE(counts(), before); // the dry run wrote nothing
        saveScreenshot(*dialog, QStringLiteral("import-preview.png"));

        // Apply asks a reason, then writes all of it.
        QSignalSpy imported(dialog.get(), &AchievementImportDialog::imported);
        QSignalSpy finished(dialog.get(), &AchievementImportDialog::applyFinished);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->reasonDialog() != nullptr, kTimeoutMs);
        ReasonDialog *reason = dialog->reasonDialog();
        auto *ok = reason->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(reason->reasonEdit(), QStringLiteral("Sync from staging"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->messageText()));
        QCOMPARE(imported.size(), 1);
        QVERIFY(dialog->isApplied());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY2(dialog->outcomeText().startsWith(QStringLiteral("1 created, 1 updated, ")),
                 qPrintable(dialog->outcomeText()));

        const Counts after = counts();
        QCOMPARE(after.achievements, before.achievements + 1);
        QCOMPARE(after.versions, before.versions + 2);
        QCOMPARE(after.exports, before.exports + 1);
        QCOMPARE(
            text("SELECT name FROM achievements WHERE tenant_id IS NULL AND achievement_key = '" +
                 renamedKey.toStdString() + "'"),
            QStringLiteral("Renamed by import"));
        QCOMPARE(text("SELECT name FROM achievements WHERE tenant_id IS NULL AND "
                      "achievement_key = 'imported-new'"),
                 QStringLiteral("Imported new"));
        QCOMPARE(count("SELECT count(*) FROM achievement_versions v JOIN achievements a ON "
                       "a.id = v.achievement_id WHERE a.achievement_key IN ('imported-new', '" +
                       renamedKey.toStdString() +
                       "') AND a.tenant_id IS NULL AND v.change_reason = 'Sync from staging'"),
                 2LL);

        // The same file again: nothing left to do.
        auto again = openDialog();
        QVERIFY(again);
        again->loadFile(path);
        QVERIFY(waitChecked(*again));
        QCOMPARE(again->previewModel()->countOf(ImportPreviewModel::Action::Unchanged),
                 again->previewModel()->rowCount());
        QVERIFY(!again->canApply());
    }

    void wrongSchemaVersionIsRefused()
    {
        const QString path = writeVariant(QStringLiteral("v2.json"), [](QJsonObject &doc) {
            doc.insert(QStringLiteral("schema_version"), QStringLiteral("2.0"));
        });
        expectRefused(path, QStringLiteral("schema_version"));
    }

    void missingFieldsAreRefused()
    {
        const QString path = writeVariant(QStringLiteral("missing.json"), [](QJsonObject &doc) {
            doc.remove(QStringLiteral("publish_scope"));
            QJsonArray items = doc.value(QLatin1String("achievements")).toArray();
            QJsonObject first = items.at(0).toObject();
            first.remove(QStringLiteral("name"));
            first.insert(QStringLiteral("name_typo"), QStringLiteral("x"));
            items.replace(0, first);
            QJsonObject second = items.at(1).toObject();
            second.insert(QStringLiteral("name"), QStringLiteral("A new name that is not applied"));
            items.replace(1, second);
            doc.insert(QStringLiteral("achievements"), items);
        });
        expectRefused(path, QStringLiteral("publish_scope"));
        auto dialog = openDialog();
        QVERIFY(dialog);
        dialog->loadFile(path);
        QVERIFY(waitChecked(*dialog));
        QVERIFY2(hasProblemAt(*dialog, QStringLiteral("achievements[0].name")),
                 qPrintable(problemList(*dialog)));
        // Every problem is listed with its path and the preview shows no action.
        QVERIFY(dialog->problemModel()->rowCount() >= 2);
        QCOMPARE(dialog->previewModel()->countOf(ImportPreviewModel::Action::Unknown),
                 dialog->previewModel()->rowCount());
        saveScreenshot(*dialog, QStringLiteral("import-problems.png"));
    }

    void tenMegabyteFileIsRefused()
    {
        QJsonObject document = readJson(m_exported);
        QJsonArray items = document.value(QLatin1String("achievements")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("description"), QString(10 * 1024 * 1024, QLatin1Char('x')));
        items.replace(0, first);
        document.insert(QStringLiteral("achievements"), items);
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        QVERIFY(writeFile(path, QJsonDocument(document).toJson(QJsonDocument::Compact)));
        QVERIFY(QFileInfo(path).size() > 10 * 1024 * 1024);
        expectRefused(path, QString());
        auto dialog = openDialog();
        QVERIFY(dialog);
        dialog->loadFile(path);
        QVERIFY(waitChecked(*dialog));
        QCOMPARE(dialog->problemModel()->rowCount(), 1);
        QVERIFY(dialog->problemModel()->problems().first().message.contains(QStringLiteral("5")));
    }

    void duplicateKeysAreRefused()
    {
        const QString path = writeVariant(QStringLiteral("duplicates.json"), [](QJsonObject &doc) {
            QJsonArray items = doc.value(QLatin1String("achievements")).toArray();
            QJsonObject copy = items.at(0).toObject();
            copy.insert(QStringLiteral("name"), QStringLiteral("Second with the same key"));
            items.append(copy);
            doc.insert(QStringLiteral("achievements"), items);
        });
        expectRefused(path, QStringLiteral("achievements["));
    }

    void notJsonIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("not.json"));
        QVERIFY(writeFile(path, "{\"schema_version\": \"1.0\", \"achievements\": [ oops"));
        expectRefused(path, QString());
        const QString binary = m_dir.filePath(QStringLiteral("picture.json"));
        QVERIFY(writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)));
        expectRefused(binary, QString());
        const QString array = m_dir.filePath(QStringLiteral("array.json"));
        QVERIFY(writeFile(array, "[1, 2, 3]"));
        expectRefused(array, QString());
    }

    void cancelWhileCheckingWritesNothing()
    {
        const QString path = writeVariant(QStringLiteral("cancel.json"), [](QJsonObject &doc) {
            QJsonArray items = doc.value(QLatin1String("achievements")).toArray();
            QJsonObject added = items.at(0).toObject();
            added.insert(QStringLiteral("achievement_key"), QStringLiteral("never-written"));
            added.insert(QStringLiteral("status"), QStringLiteral("draft"));
            items.append(added);
            doc.insert(QStringLiteral("achievements"), items);
        });
        const Counts before = counts();
        auto dialog = openDialog();
        QVERIFY(dialog);
        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        dialog->loadFile(path);
        QVERIFY(dialog->isBusy());
        QVERIFY(dialog->cancelButton()->isEnabled());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog->isVisible());
        QTest::qWait(500); // let the dry run's answer arrive and be ignored
        QVERIFY(!dialog->isVisible());
        QCOMPARE(counts(), before);
        QCOMPARE(count("SELECT count(*) FROM achievements WHERE achievement_key = 'never-written'"),
                 0LL);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
