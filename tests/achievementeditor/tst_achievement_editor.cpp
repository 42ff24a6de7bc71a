// The achievement editor dialog, offscreen, against a real PostgreSQL started by
// `dicedesk-db sandbox --migrate` with the rows of EditorFixture, as the demo personas'
// personal logins: scope choices per role, problems shown at the fields with Save disabled,
// creating (version 1) and editing (version 2, reason and author), the holder count before
// changing an active achievement, a stale save that keeps the edits and re-applies them, the
// database's own problems on their fields, the version diff, the member preview in each
// locale, and the unsaved-changes prompt. Set DICEDESK_EDITOR_SHOTS to a folder to also get
// screenshots of the tabs.
#include "EditorFixture.h"
#include "achievements/editor/AchievementDefinitionTab.h"
#include "achievements/editor/AchievementDiffModel.h"
#include "achievements/editor/AchievementEditorDialog.h"
#include "achievements/editor/AchievementMemberPreview.h"
#include "achievements/editor/AchievementTextsTab.h"
#include "achievements/editor/AchievementVersionHistory.h"
#include "achievements/editor/AchievementVersionModel.h"
#include "achievements/editor/UnlockCriteriaEditor.h"
#include "backend/pg/PgBackend.h"
#include "widgets/MessageBar.h"
#include "widgets/ReasonDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>

using namespace dicedesk;
using test::EditorFixture;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kDesignerId = QStringLiteral("d1ced35c-de00-4000-8000-000000000003");
const QString kTenantAdminId = QStringLiteral("d1ced35c-de00-4000-8000-000000000002");

QUuid tenant1()
{
    return QUuid::fromString(QLatin1String(EditorFixture::tenant1));
}
QUuid tenant2()
{
    return QUuid::fromString(QLatin1String(EditorFixture::tenant2));
}
QList<Tenant> tenants()
{
    return {Tenant{tenant1(), QString::fromUtf8(EditorFixture::tenant1Name), {}},
            Tenant{tenant2(), QString::fromUtf8(EditorFixture::tenant2Name), {}}};
}

template<typename T> std::optional<T> await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs))
        return std::nullopt;
    const Result<T> result = future.result();
    if (!result.ok()) {
        qWarning() << "backend call failed:" << result.error().detail();
        return std::nullopt;
    }
    return result.value();
}

struct Session
{
    std::unique_ptr<pg::PgBackend> backend;
    Identity identity;
};

std::string quoted(const QString &text)
{
    return "'" + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")).toStdString() + "'";
}

std::string quoted(const QUuid &id)
{
    return quoted(id.toString(QUuid::WithoutBraces));
}

bool waitLoaded(AchievementEditorDialog &editor)
{
    return QTest::qWaitFor([&] { return !editor.isBusy(); }, kTimeoutMs) && !editor.isBusy();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

QPushButton *okButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

/// Clicks Save, gives the reason when asked, and waits for the save to end.
bool saveWith(AchievementEditorDialog &editor, const QString &reason, bool *ok = nullptr)
{
    QSignalSpy finished(&editor, &AchievementEditorDialog::saveFinished);
    if (!editor.saveButton()->isEnabled())
        return false;
    editor.saveButton()->click();
    if (!reason.isNull()) {
        if (!QTest::qWaitFor([&] { return editor.reasonDialog() != nullptr; }, kTimeoutMs))
            return false;
        ReasonDialog *dialog = editor.reasonDialog();
        dialog->reasonEdit()->selectAll();
        dialog->reasonEdit()->setFocus();
        QTest::keyClicks(dialog->reasonEdit(), reason);
        QPushButton *confirm = okButton(dialog);
        if (!confirm || !confirm->isEnabled())
            return false;
        confirm->click();
    }
    if (!finished.wait(kTimeoutMs))
        return false;
    if (ok)
        *ok = finished.first().first().toBool();
    return waitLoaded(editor);
}

QStringList comboData(QComboBox *combo)
{
    QStringList data;
    for (int i = 0; i < combo->count(); ++i)
        data.append(combo->itemData(i).toString());
    return data;
}

/// Answers the next modal message box with @p button.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        const auto tryAnswer = [button](auto &&self, int attempts) -> void {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                box->button(button)->click();
                return;
            }
            if (attempts > 0)
                QTimer::singleShot(20, [self, attempts] { self(self, attempts - 1); });
        };
        tryAnswer(tryAnswer, 200);
    });
}

} // namespace

class TestAchievementEditor : public QObject
{
    Q_OBJECT

private:
    Session m_sysadmin;
    Session m_designer;
    Session m_tenantAdmin;
    QUuid m_created; ///< the designer's achievement, created in createValid

    static bool connectAs(const QString &login, Session &session)
    {
        session.backend = std::make_unique<pg::PgBackend>(EditorFixture::dsnFor(login));
        const std::optional<Identity> identity = await(session.backend->identify());
        if (!identity)
            return false;
        session.identity = *identity;
        return true;
    }

    static std::unique_ptr<AchievementEditorDialog> editorFor(Session &session)
    {
        auto editor = std::make_unique<AchievementEditorDialog>(session.backend.get(),
                                                                session.identity, tenants());
        editor->resize(960, 720);
        return editor;
    }

    static bool openExisting(AchievementEditorDialog &editor, const QUuid &id)
    {
        QSignalSpy loaded(&editor, &AchievementEditorDialog::loaded);
        QSignalSpy versions(&editor, &AchievementEditorDialog::versionsLoaded);
        editor.openExisting(id);
        return loaded.wait(kTimeoutMs) && (versions.count() > 0 || versions.wait(kTimeoutMs)) &&
               editor.achievementId() == id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        EditorFixture::install();
        QVERIFY(connectAs(QStringLiteral("demo_sysadmin"), m_sysadmin));
        QVERIFY(connectAs(QStringLiteral("demo_designer"), m_designer));
        QVERIFY(connectAs(QStringLiteral("demo_tenant_admin"), m_tenantAdmin));
        QVERIFY(m_sysadmin.identity.systemAdmin);
        QVERIFY(m_designer.identity.editorOf.contains(tenant1()));
        QVERIFY(m_tenantAdmin.identity.adminOf.contains(tenant1()));
    }

    void scopeChoicesPerRole()
    {
        const QString global = QStringLiteral("global");
        const QString t1 = tenant1().toString(QUuid::WithoutBraces);
        const QString t2 = tenant2().toString(QUuid::WithoutBraces);

        auto sys = editorFor(m_sysadmin);
        sys->openNew({});
        QComboBox *scope = sys->definitionTab()->scopeCombo();
        QCOMPARE(comboData(scope), (QStringList{global, t1, t2}));
        QCOMPARE(scope->currentData().toString(), global);
        QVERIFY(scope->isEnabled());
        QCOMPARE(sys->currentDefinition().scope, global);
        sys->openNew(tenant2());
        QCOMPARE(sys->definitionTab()->scopeCombo()->currentData().toString(), t2);

        // A designer and a tenant admin: their tenant only, never Global.
        for (Session *session : {&m_designer, &m_tenantAdmin}) {
            auto editor = editorFor(*session);
            editor->openNew({});
            QComboBox *combo = editor->definitionTab()->scopeCombo();
            QCOMPARE(comboData(combo), QStringList{t1});
            QCOMPARE(combo->currentData().toString(), t1);
            const AchievementDefinition d = editor->currentDefinition();
            QCOMPARE(d.scope, QStringLiteral("tenant"));
            QCOMPARE(d.tenantId, tenant1());
            // Asking for a tenant they may not design in lands in their own.
            editor->openNew(tenant2());
            QCOMPARE(combo->currentData().toString(), t1);
            QVERIFY(!editor->isReadOnly());
        }

        // A new achievement offers draft and active only.
        QCOMPARE(comboData(sys->definitionTab()->statusCombo()),
                 (QStringList{QStringLiteral("draft"), QStringLiteral("active")}));
    }

    void problemsShownAndSaveDisabled()
    {
        auto editor = editorFor(m_designer);
        editor->openNew(tenant1());
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        AchievementDefinitionTab *def = editor->definitionTab();
        AchievementTextsTab *texts = editor->textsTab();

        // Empty: key and Swedish name are required.
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(!editor->problemAt(QStringLiteral("achievement_key")).isEmpty());
        QVERIFY(!editor->problemAt(QStringLiteral("translations.sv.name")).isEmpty());
        QVERIFY(editor->problemSummary()->isVisible());

        typeInto(def->keyEdit(), QStringLiteral("Bad Key!"));
        QVERIFY(editor->problemAt(QStringLiteral("achievement_key"))
                    .contains(QLatin1String("lower-case")));
        typeInto(def->keyEdit(), QStringLiteral("good-key"));
        QVERIFY(editor->problemAt(QStringLiteral("achievement_key")).isEmpty());
        typeInto(texts->nameEdit(QStringLiteral("sv")), QStringLiteral("Bra nyckel"));
        QVERIFY(editor->problemAt(QStringLiteral("translations.sv.name")).isEmpty());
        QVERIFY(editor->saveButton()->isEnabled());
        QVERIFY(!editor->problemSummary()->isVisible());

        // An English text without a name.
        typeInto(texts->hintEdit(QStringLiteral("en")), QStringLiteral("A hint"));
        QVERIFY(!editor->problemAt(QStringLiteral("translations.en.name")).isEmpty());
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(editor->problemSummary()->text().contains(QLatin1String("Name (English)")));
        typeInto(texts->nameEdit(QStringLiteral("en")), QStringLiteral("Good key"));
        QVERIFY(editor->saveButton()->isEnabled());

        // Event criteria need an event type and a count of at least 1.
        UnlockCriteriaEditor *unlock = def->unlockEditor();
        unlock->typeCombo()->setCurrentIndex(
            unlock->typeCombo()->findData(QStringLiteral("event")));
        QVERIFY(!editor->problemAt(QStringLiteral("unlock_criteria.params.event_type")).isEmpty());
        unlock->countSpin()->setValue(0);
        QVERIFY(!editor->problemAt(QStringLiteral("unlock_criteria.params.count")).isEmpty());
        QVERIFY(!editor->saveButton()->isEnabled());
        unlock->eventTypeCombo()->setEditText(QStringLiteral("plan_created"));
        unlock->countSpin()->setValue(2);
        QVERIFY(editor->problemAt(QStringLiteral("unlock_criteria.params.count")).isEmpty());
        QVERIFY(editor->saveButton()->isEnabled());

        // Easter egg: hints cleared and locked, and back when it is turned off.
        typeInto(texts->hintEdit(QStringLiteral("sv")), QStringLiteral("Ledtråd"));
        def->easterEggCheck()->setChecked(true);
        QVERIFY(texts->hintEdit(QStringLiteral("sv"))->text().isEmpty());
        QVERIFY(!texts->hintEdit(QStringLiteral("sv"))->isEnabled());
        QVERIFY(editor->currentDefinition().hintText.isEmpty());
        QVERIFY(editor->saveButton()->isEnabled());
        def->easterEggCheck()->setChecked(false);
        QCOMPARE(texts->hintEdit(QStringLiteral("sv"))->text(), QStringLiteral("Ledtråd"));
        QCOMPARE(texts->hintEdit(QStringLiteral("en"))->text(), QStringLiteral("A hint"));

        // A bad colour.
        typeInto(def->badgeColorEdit(), QStringLiteral("#12"));
        QVERIFY(!editor->problemAt(QStringLiteral("badge_color")).isEmpty());
        QVERIFY(!editor->saveButton()->isEnabled());
        // Nothing was written.
        QCOMPARE(EditorFixture::scalar("SELECT count(*) FROM achievements"), QStringLiteral("1"));
        answerNextMessageBox(QMessageBox::Discard);
        editor->reject();
        QTRY_VERIFY(!editor->isVisible());
    }

    void createValid()
    {
        auto editor = editorFor(m_designer);
        editor->openNew(tenant1());
        AchievementDefinitionTab *def = editor->definitionTab();
        AchievementTextsTab *texts = editor->textsTab();
        typeInto(def->keyEdit(), QStringLiteral("designer-first"));
        typeInto(texts->nameEdit(QStringLiteral("sv")), QStringLiteral("Planerare"));
        texts->descriptionEdit(QStringLiteral("sv"))
            ->setPlainText(QStringLiteral("Gör tre planer."));
        typeInto(texts->hintEdit(QStringLiteral("sv")), QStringLiteral("Öppna planeraren."));
        typeInto(texts->nameEdit(QStringLiteral("en")), QStringLiteral("Planner"));
        texts->descriptionEdit(QStringLiteral("en"))
            ->setPlainText(QStringLiteral("Make three plans."));
        UnlockCriteriaEditor *unlock = def->unlockEditor();
        unlock->typeCombo()->setCurrentIndex(
            unlock->typeCombo()->findData(QStringLiteral("event")));
        unlock->eventTypeCombo()->setEditText(QStringLiteral("plan_created"));
        unlock->countSpin()->setValue(3);
        def->conditionTypeCombo()->setEditText(QStringLiteral("plan_created"));
        def->conditionValueSpin()->setValue(3);
        typeInto(def->badgeColorEdit(), QStringLiteral("#FF9800"));
        editor->setIconConfig(QJsonObject{{QStringLiteral("shape"), QStringLiteral("hexagon")},
                                          {QStringLiteral("fill"), QStringLiteral("#FF9800")},
                                          {QStringLiteral("icon"), QStringLiteral("clipboard")}});

        // Norwegian is missing: flagged on its tab and in a line, not refused.
        QVERIFY(texts->missingLabel()->isVisibleTo(texts));
        QVERIFY(texts->missingLabel()->text().contains(QLatin1String("Norwegian")));
        QVERIFY(!texts->localeTabs()->tabIcon(2).isNull());
        QVERIFY(texts->localeTabs()->tabIcon(1).isNull());

        QSignalSpy saved(editor.get(), &AchievementEditorDialog::saved);
        bool ok = false;
        QVERIFY(saveWith(*editor, QString(), &ok)); // creating asks no reason
        QVERIFY2(ok, qPrintable(editor->messageBar()->text()));
        QCOMPARE(saved.count(), 1);
        m_created = saved.first().first().toUuid();
        QVERIFY(!m_created.isNull());
        QCOMPARE(saved.first().at(1).toInt(), 1);
        QCOMPARE(editor->achievementId(), m_created);
        QCOMPARE(editor->version(), 1);
        QVERIFY(!editor->isDirty());
        QVERIFY(!editor->saveButton()->isEnabled()); // nothing changed since

        const std::string where = " WHERE id = " + quoted(m_created);
        QCOMPARE(EditorFixture::scalar("SELECT achievement_key || '|' || tenant_id || '|' || "
                                       "status || '|' || name FROM achievements" +
                                       where),
                 QStringLiteral("designer-first|%1|draft|Planerare")
                     .arg(tenant1().toString(QUuid::WithoutBraces)));
        QCOMPARE(EditorFixture::scalar("SELECT unlock_criteria::text FROM achievements" + where),
                 QStringLiteral("{\"type\": \"event\", \"params\": {\"count\": 3, "
                                "\"event_type\": \"plan_created\"}}"));
        QCOMPARE(EditorFixture::scalar("SELECT icon_config ->> 'icon' FROM achievements" + where),
                 QStringLiteral("clipboard"));
        QCOMPARE(EditorFixture::scalar("SELECT string_agg(locale, ',' ORDER BY locale) FROM "
                                       "achievement_translations WHERE achievement_id = " +
                                       quoted(m_created)),
                 QStringLiteral("en,sv"));
        QCOMPARE(EditorFixture::scalar("SELECT count(*) || '|' || max(changed_by::text) FROM "
                                       "achievement_versions WHERE achievement_id = " +
                                       quoted(m_created)),
                 QStringLiteral("1|") + kDesignerId);
        // The history tab now shows version 1.
        QTRY_COMPARE_WITH_TIMEOUT(editor->historyTab()->versionModel()->rowCount(), 1, kTimeoutMs);
        QVERIFY(editor->tabs()->isTabEnabled(3));
    }

    void editMakesVersionTwoWithReasonAndAuthor()
    {
        QVERIFY(!m_created.isNull());
        auto editor = editorFor(m_tenantAdmin);
        QVERIFY(openExisting(*editor, m_created));
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!editor->isDirty());
        QCOMPARE(editor->textsTab()->nameEdit(QStringLiteral("en"))->text(),
                 QStringLiteral("Planner"));
        // The scope of a stored achievement cannot change; draft may go to active only.
        QVERIFY(!editor->definitionTab()->scopeCombo()->isEnabled());
        QCOMPARE(comboData(editor->definitionTab()->statusCombo()),
                 (QStringList{QStringLiteral("draft"), QStringLiteral("active")}));
        QVERIFY(!editor->saveButton()->isEnabled());

        editor->textsTab()
            ->descriptionEdit(QStringLiteral("en"))
            ->setPlainText(QStringLiteral("Make three plans in the planner."));
        QVERIFY(editor->isDirty());
        QVERIFY(editor->saveButton()->isEnabled());
        bool ok = false;
        QVERIFY(saveWith(*editor, QStringLiteral("Clearer English"), &ok));
        QVERIFY2(ok, qPrintable(editor->messageBar()->text()));
        QCOMPARE(editor->version(), 2);
        QCOMPARE(EditorFixture::scalar("SELECT version || '|' || change_reason || '|' || "
                                       "changed_by FROM achievement_versions WHERE "
                                       "achievement_id = " +
                                       quoted(m_created) + " ORDER BY version DESC LIMIT 1"),
                 QStringLiteral("2|Clearer English|") + kTenantAdminId);
        QCOMPARE(EditorFixture::scalar("SELECT description FROM achievement_translations WHERE "
                                       "locale = 'en' AND achievement_id = " +
                                       quoted(m_created)),
                 QStringLiteral("Make three plans in the planner."));
        QTRY_COMPARE_WITH_TIMEOUT(editor->historyTab()->versionModel()->rowCount(), 2, kTimeoutMs);
        QVERIFY(editor->historyTab()
                    ->versionModel()
                    ->index(0, AchievementVersionModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Clearer English")));
    }

    void holderCountBeforeChangingActive()
    {
        const QUuid held = QUuid::fromString(QLatin1String(EditorFixture::heldAchievement));
        auto editor = editorFor(m_tenantAdmin);
        QVERIFY(openExisting(*editor, held));
        QTRY_VERIFY_WITH_TIMEOUT(editor->definitionTab()->holderNote()->isVisibleTo(editor.get()),
                                 kTimeoutMs);
        QVERIFY(editor->definitionTab()->holderNote()->text().contains(
            QLatin1String("Held by 3 member")));
        // Active may be archived, never back to draft.
        QCOMPARE(comboData(editor->definitionTab()->statusCombo()),
                 (QStringList{QStringLiteral("active"), QStringLiteral("archived")}));
        QVERIFY(editor->awardButton()->isEnabled());
        QSignalSpy award(editor.get(), &AchievementEditorDialog::awardRequested);
        editor->awardButton()->click();
        QCOMPARE(award.count(), 1);
        QCOMPARE(award.first().first().toUuid(), held);

        typeInto(editor->textsTab()->nameEdit(QStringLiteral("en")), QStringLiteral("Camp legend"));
        editor->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(editor->reasonDialog() != nullptr, kTimeoutMs);
        QString summary;
        for (const QLabel *label : editor->reasonDialog()->findChildren<QLabel *>())
            summary += label->text() + QLatin1Char('\n');
        QVERIFY2(summary.contains(QLatin1String("Held by 3 member")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("Name (English)")));
        editor->reasonDialog()->reject();
        QTRY_VERIFY(editor->reasonDialog() == nullptr);
        // Cancelled: nothing saved, the edit kept.
        QCOMPARE(EditorFixture::scalar("SELECT max(version) FROM achievement_versions WHERE "
                                       "achievement_id = " +
                                       quoted(held)),
                 QStringLiteral("1"));
        QCOMPARE(editor->textsTab()->nameEdit(QStringLiteral("en"))->text(),
                 QStringLiteral("Camp legend"));
        QVERIFY(editor->isDirty());
    }

    void staleSaveKeepsEditsAndReapplies()
    {
        QVERIFY(!m_created.isNull());
        auto editor = editorFor(m_designer);
        QVERIFY(openExisting(*editor, m_created));
        QCOMPARE(editor->version(), 2);
        typeInto(editor->textsTab()->nameEdit(QStringLiteral("en")), QStringLiteral("Plan maker"));

        // Meanwhile the system admin changes the Swedish hint (version 3).
        const std::optional<AchievementRecord> record =
            await(m_sysadmin.backend->achievement(m_created));
        QVERIFY(record);
        AchievementSaveDraft other;
        other.id = m_created;
        other.definition = record->definition;
        other.definition.translations[QStringLiteral("sv")].hintText = QStringLiteral("Ny ledtråd");
        other.definition.hintText = QStringLiteral("Ny ledtråd");
        other.expectedVersion = record->version;
        other.reason = QStringLiteral("Better hint");
        const std::optional<AchievementSaveOutcome> outcome =
            await(m_sysadmin.backend->saveAchievement(other));
        QVERIFY(outcome);
        QCOMPARE(outcome->version, 3);

        bool ok = true;
        QVERIFY(saveWith(*editor, QStringLiteral("Shorter English name"), &ok));
        QVERIFY(!ok);
        QVERIFY(editor->conflictBar()->isVisibleTo(editor.get()));
        QCOMPARE(editor->textsTab()->nameEdit(QStringLiteral("en"))->text(),
                 QStringLiteral("Plan maker"));
        QVERIFY(editor->isDirty());
        QCOMPARE(EditorFixture::scalar("SELECT max(version) FROM achievement_versions WHERE "
                                       "achievement_id = " +
                                       quoted(m_created)),
                 QStringLiteral("3"));

        // Reapply: the latest version with my change on top.
        editor->reapplyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(editor->version() == 3 && !editor->isBusy(), kTimeoutMs);
        QVERIFY(!editor->conflictBar()->isVisibleTo(editor.get()));
        QCOMPARE(editor->textsTab()->nameEdit(QStringLiteral("en"))->text(),
                 QStringLiteral("Plan maker"));
        QCOMPARE(editor->textsTab()->hintEdit(QStringLiteral("sv"))->text(),
                 QStringLiteral("Ny ledtråd"));
        QVERIFY(editor->isDirty());
        // The reason typed before is offered again.
        QSignalSpy finished(editor.get(), &AchievementEditorDialog::saveFinished);
        editor->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(editor->reasonDialog() != nullptr, kTimeoutMs);
        QCOMPARE(editor->reasonDialog()->reason(), QStringLiteral("Shorter English name"));
        okButton(editor->reasonDialog())->click();
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(waitLoaded(*editor));
        QCOMPARE(editor->version(), 4);
        QCOMPARE(EditorFixture::scalar("SELECT name || '|' || (SELECT hint_text FROM "
                                       "achievement_translations s WHERE s.achievement_id = "
                                       "t.achievement_id AND s.locale = 'sv') FROM "
                                       "achievement_translations t WHERE locale = 'en' AND "
                                       "achievement_id = " +
                                       quoted(m_created)),
                 QStringLiteral("Plan maker|Ny ledtråd"));
    }

    void serverProblemsOnFields()
    {
        auto editor = editorFor(m_designer);
        editor->openNew(tenant1());
        typeInto(editor->definitionTab()->keyEdit(), QStringLiteral("camp-hero")); // in use
        typeInto(editor->textsTab()->nameEdit(QStringLiteral("sv")), QStringLiteral("Dubblett"));
        bool ok = true;
        QVERIFY(saveWith(*editor, QString(), &ok));
        QVERIFY(!ok);
        QVERIFY2(editor->problemAt(QStringLiteral("achievement_key"))
                     .contains(QLatin1String("already used")),
                 qPrintable(editor->problemAt(QStringLiteral("achievement_key"))));
        QVERIFY(!editor->messageBar()->text().isEmpty());
        QCOMPARE(editor->textsTab()->nameEdit(QStringLiteral("sv"))->text(),
                 QStringLiteral("Dubblett"));
        QVERIFY(editor->achievementId().isNull());
        // Editing the field clears the database's complaint.
        typeInto(editor->definitionTab()->keyEdit(), QStringLiteral("camp-hero-2"));
        QVERIFY(editor->problemAt(QStringLiteral("achievement_key")).isEmpty());
        QVERIFY(editor->saveButton()->isEnabled());
        answerNextMessageBox(QMessageBox::Discard);
        editor->reject();
        QTRY_VERIFY(!editor->isVisible());
    }

    void historyDiff()
    {
        QVERIFY(!m_created.isNull());
        auto editor = editorFor(m_designer);
        QVERIFY(openExisting(*editor, m_created));
        AchievementVersionHistory *history = editor->historyTab();
        QAbstractItemModelTester versionTester(
            history->versionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester diffTester(history->diffModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->versionModel()->rowCount(), 4);
        QCOMPARE(
            history->versionModel()->index(0, 0).data(AchievementVersionModel::VersionRole).toInt(),
            4);
        QCOMPARE(history->versionModel()
                     ->index(1, AchievementVersionModel::AuthorColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Siri Sysadmin"));
        // Latest against the one before: only my English name changed.
        QCOMPARE(history->leftCombo()->currentData().toInt(), 3);
        QCOMPARE(history->rightCombo()->currentData().toInt(), 4);
        AchievementDiffModel *diff = history->diffModel();
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(diff->index(0, 0).data(AchievementDiffModel::PathRole).toString(),
                 QStringLiteral("translations.en.name"));
        QCOMPARE(diff->index(0, AchievementDiffModel::LeftColumn).data().toString(),
                 QStringLiteral("Planner"));
        QCOMPARE(diff->index(0, AchievementDiffModel::RightColumn).data().toString(),
                 QStringLiteral("Plan maker"));
        QVERIFY(diff->index(0, 0).data(Qt::BackgroundRole).isValid());

        // All fields, the changed one still highlighted.
        history->onlyChangesCheck()->setChecked(false);
        QVERIFY(diff->rowCount() > 20);
        const int row = diff->rowOf(QStringLiteral("translations.en.name"));
        QVERIFY(row >= 0);
        QVERIFY(diff->index(row, 0).data(AchievementDiffModel::ChangedRole).toBool());
        QVERIFY(!diff->index(diff->rowOf(QStringLiteral("achievement_key")), 0)
                     .data(AchievementDiffModel::ChangedRole)
                     .toBool());
        history->onlyChangesCheck()->setChecked(true);

        // Any two: version 1 against version 3.
        history->leftCombo()->setCurrentIndex(history->leftCombo()->findData(1));
        history->rightCombo()->setCurrentIndex(history->rightCombo()->findData(3));
        QStringList paths;
        for (int r = 0; r < diff->rowCount(); ++r)
            paths.append(diff->index(r, 0).data(AchievementDiffModel::PathRole).toString());
        QCOMPARE(paths, (QStringList{QStringLiteral("hint_text"),
                                     QStringLiteral("translations.sv.hint_text"),
                                     QStringLiteral("translations.en.description")}));
        QVERIFY(history->summaryLabel()->text().contains(QLatin1String("3 field")));

        // Restore version 1: loaded into the form, saved as a new version with a reason.
        QVERIFY(history->restoreButton()->isEnabled());
        history->restoreButton()->click();
        QCOMPARE(editor->tabs()->currentIndex(), 0);
        QCOMPARE(editor->textsTab()->nameEdit(QStringLiteral("en"))->text(),
                 QStringLiteral("Planner"));
        QVERIFY(editor->isDirty());
        QSignalSpy finished(editor.get(), &AchievementEditorDialog::saveFinished);
        editor->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(editor->reasonDialog() != nullptr, kTimeoutMs);
        QCOMPARE(editor->reasonDialog()->reason(), QStringLiteral("Restored version 1"));
        okButton(editor->reasonDialog())->click();
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(waitLoaded(*editor));
        QCOMPARE(editor->version(), 5);
        QCOMPARE(EditorFixture::scalar("SELECT (SELECT definition FROM achievement_versions WHERE "
                                       "achievement_id = " +
                                       quoted(m_created) +
                                       " AND version = 5) = (SELECT definition FROM "
                                       "achievement_versions WHERE achievement_id = " +
                                       quoted(m_created) + " AND version = 1)"),
                 QStringLiteral("t"));
    }

    void memberPreviewPerLocale()
    {
        auto editor = editorFor(m_sysadmin);
        editor->openNew({});
        AchievementTextsTab *texts = editor->textsTab();
        typeInto(editor->definitionTab()->keyEdit(), QStringLiteral("preview-me"));
        typeInto(texts->nameEdit(QStringLiteral("sv")), QStringLiteral("Nattugglan"));
        texts->descriptionEdit(QStringLiteral("sv"))->setPlainText(QStringLiteral("Spela sent."));
        typeInto(texts->hintEdit(QStringLiteral("sv")), QStringLiteral("Titta på klockan"));
        typeInto(texts->nameEdit(QStringLiteral("en")), QStringLiteral("Night owl"));
        typeInto(texts->hintEdit(QStringLiteral("en")), QStringLiteral("Check the clock"));
        AchievementMemberPreview *preview = editor->previewTab();
        editor->tabs()->setCurrentIndex(2);

        const QHash<QString, QString> name{{QStringLiteral("sv"), QStringLiteral("Nattugglan")},
                                           {QStringLiteral("en"), QStringLiteral("Night owl")},
                                           {QStringLiteral("no"), QStringLiteral("Nattugglan")}};
        const QHash<QString, QString> hint{
            {QStringLiteral("sv"), QStringLiteral("Titta på klockan")},
            {QStringLiteral("en"), QStringLiteral("Check the clock")},
            {QStringLiteral("no"), QStringLiteral("Titta på klockan")}}; // falls back to sv
        for (const QString &locale : achievementLocales()) {
            preview->setLocale(locale);
            QCOMPARE(preview->unlockedCard()->titleLabel()->text(), name.value(locale));
            QVERIFY(!preview->unlockedCard()->badgeImage().isNull());
            QCOMPARE(preview->lockedCard()->titleLabel()->text(), name.value(locale));
            QVERIFY2(preview->lockedCard()->bodyLabel()->text().contains(hint.value(locale)),
                     qPrintable(locale));
            QCOMPARE(preview->fallbackNote()->isVisibleTo(preview), locale == QLatin1String("no"));
        }
        // The locked badge is the greyed one with "?", unlike the unlocked badge.
        QVERIFY(preview->lockedCard()->badgeImage() != preview->unlockedCard()->badgeImage());

        // An easter egg: "?" and no hint, in every locale.
        editor->definitionTab()->easterEggCheck()->setChecked(true);
        for (const QString &locale : achievementLocales()) {
            preview->setLocale(locale);
            QVERIFY(preview->lockedCard()->titleLabel()->text().contains(QLatin1Char('?')));
            QVERIFY(!preview->lockedCard()->titleLabel()->text().contains(name.value(locale)));
            QVERIFY(!preview->lockedCard()->bodyLabel()->text().contains(hint.value(locale)));
            QVERIFY(!preview->lockedCard()->bodyLabel()->text().contains(QLatin1String("Hint")));
            QCOMPARE(preview->unlockedCard()->titleLabel()->text(), name.value(locale));
        }
        answerNextMessageBox(QMessageBox::Discard);
        editor->reject();
        QTRY_VERIFY(!editor->isVisible());
    }

    void designerCannotChangeGlobal()
    {
        // A global achievement, active so the designer may read it.
        auto sys = editorFor(m_sysadmin);
        sys->openNew({});
        typeInto(sys->definitionTab()->keyEdit(), QStringLiteral("global-one"));
        typeInto(sys->textsTab()->nameEdit(QStringLiteral("sv")), QStringLiteral("Global"));
        sys->definitionTab()->statusCombo()->setCurrentIndex(
            sys->definitionTab()->statusCombo()->findData(QStringLiteral("active")));
        QSignalSpy saved(sys.get(), &AchievementEditorDialog::saved);
        bool ok = false;
        QVERIFY(saveWith(*sys, QString(), &ok));
        QVERIFY(ok);
        const QUuid id = saved.first().first().toUuid();
        QCOMPARE(EditorFixture::scalar(
                     "SELECT scope || '|' || status FROM achievements WHERE id = " + quoted(id)),
                 QStringLiteral("global|active"));

        auto editor = editorFor(m_designer);
        QVERIFY(openExisting(*editor, id));
        QVERIFY(editor->isReadOnly());
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(editor->definitionTab()->keyEdit()->isReadOnly());
        QVERIFY(!editor->isDirty());
        editor->reject(); // nothing to ask
        QVERIFY(!editor->isVisible());
    }

    void unsavedChangesPromptAndKeys()
    {
        auto editor = editorFor(m_designer);
        editor->openNew(tenant1());
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        typeInto(editor->definitionTab()->keyEdit(), QStringLiteral("keyboard-made"));
        typeInto(editor->textsTab()->nameEdit(QStringLiteral("sv")), QStringLiteral("Tangentbord"));
        QVERIFY(editor->isDirty());

        // Esc asks; Cancel keeps the dialog and the text.
        answerNextMessageBox(QMessageBox::Cancel);
        QTest::keyClick(editor.get(), Qt::Key_Escape);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->definitionTab()->keyEdit()->text(), QStringLiteral("keyboard-made"));

        // Ctrl+Tab walks the tabs.
        QApplication::setActiveWindow(editor.get());
        QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        const int before = editor->tabs()->currentIndex();
        QTest::keyClick(editor.get(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(editor->tabs()->currentIndex(), (before + 1) % editor->tabs()->count());

        // Ctrl+S saves (a new one needs no reason).
        QSignalSpy finished(editor.get(), &AchievementEditorDialog::saveFinished);
        QTest::keyClick(editor.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(waitLoaded(*editor));
        QVERIFY(!editor->isDirty());
        QCOMPARE(EditorFixture::scalar(
                     "SELECT count(*) FROM achievements WHERE achievement_key = 'keyboard-made'"),
                 QStringLiteral("1"));

        // A further change and Discard closes without saving.
        typeInto(editor->definitionTab()->keyEdit(), QStringLiteral("keyboard-changed"));
        answerNextMessageBox(QMessageBox::Discard);
        editor->reject();
        QTRY_VERIFY(!editor->isVisible());
        QCOMPARE(
            EditorFixture::scalar(
                "SELECT count(*) FROM achievements WHERE achievement_key = 'keyboard-changed'"),
            QStringLiteral("0"));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("DICEDESK_EDITOR_SHOTS");
        if (dir.isEmpty())
            QSKIP("set DICEDESK_EDITOR_SHOTS to a folder for screenshots of the tabs");
        QDir().mkpath(dir);
        auto editor = editorFor(m_tenantAdmin);
        QVERIFY(openExisting(*editor,
                             QUuid::fromString(QLatin1String(EditorFixture::heldAchievement))));
        QTRY_VERIFY_WITH_TIMEOUT(editor->definitionTab()->holderNote()->isVisibleTo(editor.get()),
                                 kTimeoutMs);
        typeInto(editor->definitionTab()->keyEdit(), QStringLiteral("Camp Hero"));
        const QStringList names{QStringLiteral("definition"), QStringLiteral("texts"),
                                QStringLiteral("preview"), QStringLiteral("history")};
        for (int i = 0; i < names.size(); ++i) {
            editor->tabs()->setCurrentIndex(i);
            QTest::qWait(50);
            QVERIFY(editor->grab().save(dir + QStringLiteral("/editor-") + names.at(i) +
                                        QStringLiteral(".png")));
        }
        if (!m_created.isNull()) {
            auto other = editorFor(m_designer);
            QVERIFY(openExisting(*other, m_created));
            other->tabs()->setCurrentIndex(3);
            other->historyTab()->onlyChangesCheck()->setChecked(false);
            QTest::qWait(50);
            QVERIFY(other->grab().save(dir + QStringLiteral("/editor-history-all.png")));
            other->tabs()->setCurrentIndex(2);
            other->definitionTab()->easterEggCheck()->setChecked(true);
            QTest::qWait(50);
            QVERIFY(other->grab().save(dir + QStringLiteral("/editor-preview-egg.png")));
            answerNextMessageBox(QMessageBox::Discard);
            other->reject();
        }
        answerNextMessageBox(QMessageBox::Discard);
        editor->reject();
    }
};

QTEST_MAIN(TestAchievementEditor)
#include "tst_achievement_editor.moc"
