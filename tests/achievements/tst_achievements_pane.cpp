// AchievementsPane offscreen against a real PostgreSQL (dicedesk-db sandbox --migrate) with the
// rows of AchievementFixture and its personal logins: the list opening with badges and the
// detail, every filter and the sort narrowing or ordering the list, bulk archive and activate
// with a reason (statuses and versions in the database), refused transitions explained inline
// with nothing written (also when the database refuses), what a member and a designer may do,
// the signals for the shell, showAchievement, reloading with the selection kept, and the
// remembered layout. Set DICEDESK_SCREENSHOT_DIR to keep a screenshot of the pane.
#include "AchievementFixture.h"
#include "achievements/AchievementBadgeDelegate.h"
#include "achievements/AchievementDetailPanel.h"
#include "achievements/AchievementFilterBar.h"
#include "achievements/AchievementListModel.h"
#include "achievements/AchievementsPane.h"
#include "backend/pg/PgBackend.h"
#include "widgets/ReasonDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dicedesk;
using test::AchievementFixture;

namespace {

constexpr int kTimeoutMs = 20000;

QUuid uuid(const char *text)
{
    return QUuid::fromString(QLatin1String(text));
}

TenantScope bothTenants()
{
    TenantScope scope;
    scope.tenantIds = {uuid(AchievementFixture::tenantA), uuid(AchievementFixture::tenantB)};
    scope.allTenants = true;
    return scope;
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

bool waitSettled(Pane &pane)
{
    if (pane.isSettled())
        return true;
    QSignalSpy settled(&pane, &Pane::settled);
    return settled.wait(kTimeoutMs);
}

bool loadAll(KeysetListModel *model)
{
    return QTest::qWaitFor(
        [&] {
            if (model->canFetchMore({}))
                model->fetchMore({});
            return model->isAtEnd() && !model->isLoading();
        },
        kTimeoutMs);
}

QUuid idOfKey(const std::string &key)
{
    return AchievementFixture::ids("SELECT id FROM achievements WHERE achievement_key = '" + key +
                                   "' ORDER BY tenant_id NULLS FIRST LIMIT 1")
        .value(0);
}

std::string statusOf(const QUuid &id)
{
    return AchievementFixture::text("SELECT status::text FROM achievements WHERE id = '" +
                                    id.toString(QUuid::WithoutBraces).toStdString() + "'");
}

long long versionsOf(const QUuid &id)
{
    return AchievementFixture::count("SELECT count(*) FROM achievement_versions WHERE "
                                     "achievement_id = '" +
                                     id.toString(QUuid::WithoutBraces).toStdString() + "'");
}

int rowOf(const AchievementListModel *model, const QUuid &id)
{
    return model->cachedRowOf(id);
}

} // namespace

class TestAchievementsPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    struct Session
    {
        std::unique_ptr<pg::PgBackend> backend;
        Identity identity;
    };

    static Session login(const QString &role)
    {
        Session session;
        session.backend = std::make_unique<pg::PgBackend>(AchievementFixture::dsnFor(role));
        const std::optional<Identity> identity = await(session.backend->identify());
        if (identity)
            session.identity = *identity;
        return session;
    }

    static void open(AchievementsPane &pane, const Session &session)
    {
        pane.setIdentity(session.identity);
        pane.resize(1280, 760);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setScope(bothTenants());
        QVERIFY(waitSettled(pane));
        QVERIFY2(pane.messageText().isEmpty(), qPrintable(pane.messageText()));
    }

    /// Types into the search field and waits for the list to follow (after the delay).
    static void search(AchievementsPane &pane, const QString &text)
    {
        QLineEdit *edit = pane.filterBar()->searchEdit();
        edit->selectAll();
        edit->clear();
        QTest::keyClicks(edit, text);
        QTRY_VERIFY_WITH_TIMEOUT(pane.listModel()->filter().search == text.trimmed(), kTimeoutMs);
        QVERIFY(waitSettled(pane));
        QVERIFY(loadAll(pane.listModel()));
    }

    static void selectIds(AchievementsPane &pane, const QList<QUuid> &ids)
    {
        QTableView *view = pane.tableView();
        view->clearSelection();
        for (const QUuid &id : ids) {
            const int row = rowOf(pane.listModel(), id);
            QVERIFY2(row >= 0, qPrintable(id.toString()));
            view->selectionModel()->select(pane.listModel()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        view->selectionModel()->setCurrentIndex(
            pane.listModel()->index(rowOf(pane.listModel(), ids.first()), 1),
            QItemSelectionModel::NoUpdate);
    }

    /// The reason dialog the pane opened, filled in and confirmed.
    static bool confirmReason(AchievementsPane &pane, const QString &reason)
    {
        ReasonDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog =
                        pane.findChild<ReasonDialog *>(QStringLiteral("achievementStatusReason"));
                    return dialog && dialog->isVisible();
                },
                kTimeoutMs))
            return false;
        if (dialog->canConfirm())
            return false; // a reason is required
        dialog->reasonEdit()->setPlainText(reason);
        if (!dialog->canConfirm())
            return false;
        dialog->accept();
        return true;
    }

    static QComboBox *combo(AchievementsPane &pane, const char *name)
    {
        return pane.findChild<QComboBox *>(QLatin1String(name));
    }

    static void choose(AchievementsPane &pane, const char *name, const QString &text)
    {
        QComboBox *box = combo(pane, name);
        QVERIFY(box);
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
        QVERIFY(waitSettled(pane));
        QVERIFY(loadAll(pane.listModel()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            AchievementFixture::install();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void init() { QSettings().clear(); }

    void opensWithBadgesAndDetail()
    {
        Session admin = login(QStringLiteral("ach_sysadmin"));
        QVERIFY(admin.identity.systemAdmin);
        AchievementsPane pane(admin.backend.get());
        QCOMPARE(pane.paneId(), QStringLiteral("achievements"));
        QCOMPARE(pane.title(), QStringLiteral("Achievements"));
        QVERIFY(!pane.icon().isNull());
        open(pane, admin);
        AchievementListModel *model = pane.listModel();
        QVERIFY(pane.tableView()->model() == model);
        QCOMPARE(model->loadedCount(), KeysetListModel::kDefaultFirstPageSize);
        const long long total = AchievementFixture::count("SELECT count(*) FROM achievements");
        // A planner's estimate, never a count.
        static const QRegularExpression estimate(
            QStringLiteral("^≈ \\d{1,3}(,\\d{3})* achievements · 200 shown$"));
        QVERIFY2(estimate.match(pane.statusText()).hasMatch(), qPrintable(pane.statusText()));
        QVERIFY(total > 200);
        // Sorted by name: the first row is the first name in the database's order.
        QCOMPARE(model->index(0, 0).data(KeysetListModel::IdRole).toUuid(),
                 AchievementFixture::ids("SELECT id FROM achievements ORDER BY lower(name), id "
                                         "LIMIT 1")
                     .value(0));

        // Badges are drawn (and cached) for the visible rows.
        QVERIFY(pane.tableView()->verticalHeader()->defaultSectionSize() >= 30);
        pane.tableView()->viewport()->grab();
        QVERIFY(pane.badgeDelegate()->cachedImageCount() > 0);

        // The list opens on its first row, and a new filter on its new first row: the detail
        // of Årets lekledare without a click.
        QCOMPARE(pane.tableView()->currentIndex().row(), 0);
        QCOMPARE(pane.detailPanel()->title(),
                 model->index(0, AchievementListModel::NameColumn).data().toString());
        search(pane, QStringLiteral("årets"));
        QCOMPARE(model->loadedCount(), 1);
        QCOMPARE(pane.statusText(), QStringLiteral("Achievements: 1 · all shown"));
        QCOMPARE(pane.tableView()->currentIndex().row(), 0);
        AchievementDetailPanel *detail = pane.detailPanel();
        QCOMPARE(detail->title(), QStringLiteral("Årets lekledare"));
        QCOMPARE(detail->fieldValue(QStringLiteral("Key")), QStringLiteral("arets-lekledare"));
        QCOMPARE(detail->fieldValue(QStringLiteral("Scope")), QStringLiteral("Global"));
        QCOMPARE(detail->fieldValue(QStringLiteral("Status")), QStringLiteral("Active"));
        QCOMPARE(detail->fieldValue(QStringLiteral("Holders")), QStringLiteral("3"));
        QCOMPARE(detail->fieldValue(QStringLiteral("Missing translations")),
                 QStringLiteral("None"));
        QCOMPARE(detail->badgeImage().size(), QSize(96, 96));
        // The full record follows: description and unlock criteria.
        QTRY_COMPARE_WITH_TIMEOUT(detail->descriptionText(),
                                  QStringLiteral("Utsedd till årets lekledare."), kTimeoutMs);
        QCOMPARE(detail->fieldValue(QStringLiteral("Unlock")), QStringLiteral("Awarded by hand"));

        // Nothing matches: said so.
        search(pane, QStringLiteral("no such achievement at all"));
        QCOMPARE(model->loadedCount(), 0);
        QCOMPARE(pane.statusText(), QStringLiteral("No achievements match the filters"));

        if (qEnvironmentVariableIsSet("DICEDESK_SCREENSHOT_DIR")) {
            search(pane, QString());
            pane.tableView()->setCurrentIndex(model->index(2, 1));
            QTest::qWait(300);
            const QString path = QDir(qEnvironmentVariable("DICEDESK_SCREENSHOT_DIR"))
                                     .filePath(QStringLiteral("achievements-pane.png"));
            QVERIFY(pane.grab().save(path));
        }
    }

    void filtersNarrowTheList()
    {
        Session admin = login(QStringLiteral("ach_sysadmin"));
        AchievementsPane pane(admin.backend.get());
        open(pane, admin);
        AchievementListModel *model = pane.listModel();
        auto everyRow = [&](int role, const QVariant &value) {
            for (int row = 0; row < model->loadedCount(); ++row) {
                if (model->index(row, 0).data(role) != value)
                    return false;
            }
            return model->loadedCount() > 0;
        };

        choose(pane, "achievementStatus", QStringLiteral("Draft"));
        QCOMPARE(model->loadedCount(),
                 int(AchievementFixture::count(
                     "SELECT count(*) FROM achievements WHERE status = 'draft'")));
        QVERIFY(everyRow(AchievementListModel::StatusRole, QStringLiteral("draft")));

        choose(pane, "achievementScope", QStringLiteral("Global"));
        QVERIFY(everyRow(AchievementListModel::ScopeRole, QStringLiteral("global")));
        QCOMPARE(model->loadedCount(),
                 int(AchievementFixture::count("SELECT count(*) FROM achievements WHERE status "
                                               "= 'draft' AND scope = 'global'")));

        choose(pane, "achievementScope", QStringLiteral("All"));
        choose(pane, "achievementStatus", QStringLiteral("Any"));
        // The tenant list comes from the backend: both tenants by name.
        QComboBox *tenant = combo(pane, "achievementTenant");
        QTRY_COMPARE_WITH_TIMEOUT(tenant->count(), 3, kTimeoutMs);
        choose(pane, "achievementTenant", QLatin1String(AchievementFixture::tenantBName));
        choose(pane, "achievementScope", QStringLiteral("Tenant"));
        QVERIFY(everyRow(KeysetListModel::TenantIdRole, uuid(AchievementFixture::tenantB)));
        QCOMPARE(model->loadedCount(), AchievementFixture::tenantBCount + 2);
        choose(pane, "achievementTenant", QStringLiteral("All in scope"));
        choose(pane, "achievementScope", QStringLiteral("All"));

        // The condition type: typed into the editable box, followed after the delay.
        QComboBox *condition = combo(pane, "achievementCondition");
        condition->setEditText(QStringLiteral("login_streak"));
        QTRY_COMPARE_WITH_TIMEOUT(model->filter().conditionType, QStringLiteral("login_streak"),
                                  kTimeoutMs);
        QVERIFY(waitSettled(pane));
        QVERIFY(loadAll(model));
        QVERIFY(everyRow(AchievementListModel::ConditionTypeRole, QStringLiteral("login_streak")));
        QCOMPARE(model->loadedCount(),
                 int(AchievementFixture::count(
                     "SELECT count(*) FROM achievements WHERE condition_type = 'login_streak'")));

        // Search with a metacharacter, together with the condition: nothing.
        search(pane, QStringLiteral("%"));
        QCOMPARE(model->loadedCount(), 0);
        condition->setEditText(QString());
        QTRY_VERIFY_WITH_TIMEOUT(model->filter().conditionType.isEmpty(), kTimeoutMs);
        QVERIFY(waitSettled(pane));
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 1);
        QCOMPARE(model->summary(0)->id, uuid(AchievementFixture::metaId));

        // Sort by key, then by last change; the choice is remembered.
        search(pane, QString());
        choose(pane, "achievementSort", QStringLiteral("Key"));
        QCOMPARE(model->filter().sort, AchievementFilter::Sort::Key);
        QCOMPARE(model->index(0, 0).data(KeysetListModel::IdRole).toUuid(),
                 AchievementFixture::ids("SELECT id FROM achievements ORDER BY "
                                         "coalesce(achievement_key, ''), id LIMIT 1")
                     .value(0));
        choose(pane, "achievementSort", QStringLiteral("Recently changed"));
        QCOMPARE(model->index(0, 0).data(KeysetListModel::IdRole).toUuid(),
                 AchievementFixture::ids(
                     "SELECT id FROM achievements ORDER BY updated_at DESC, id DESC LIMIT 1")
                     .value(0));
        QCOMPARE(QSettings().value(QStringLiteral("achievements/sort")).toInt(),
                 int(AchievementFilter::Sort::Updated));
    }

    void bulkArchiveWritesVersions()
    {
        Session admin = login(QStringLiteral("ach_sysadmin"));
        AchievementsPane pane(admin.backend.get());
        open(pane, admin);
        search(pane, QStringLiteral("a-01")); // a-010 .. a-019 of tenant A
        QCOMPARE(pane.listModel()->loadedCount(), 10);
        // 11-15 active, 18 and 19 archived.
        QList<QUuid> ids;
        for (const char *key : {"a-011", "a-012", "a-013", "a-014", "a-015", "a-018", "a-019"})
            ids.append(AchievementFixture::ids(
                           std::string("SELECT id FROM achievements WHERE achievement_key = '") +
                           key + "'")
                           .value(0));
        selectIds(pane, ids);
        QCOMPARE(pane.selectedIds().size(), ids.size());
        QVERIFY(pane.archiveButton()->isEnabled());
        QVERIFY(pane.activateButton()->isEnabled()); // the archived ones can be activated
        QMap<QUuid, long long> versionsBefore;
        for (const QUuid &id : ids)
            versionsBefore.insert(id, versionsOf(id));

        QSignalSpy changed(&pane, &AchievementsPane::achievementsChanged);
        QTest::mouseClick(pane.archiveButton(), Qt::LeftButton);
        QVERIFY(confirmReason(pane, QStringLiteral("Season is over")));
        QVERIFY(changed.wait(kTimeoutMs));
        QCOMPARE(changed.at(0).at(0).value<QList<QUuid>>().size(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(pane.messageText(),
                                  QStringLiteral("5 archived, 2 already archived."), kTimeoutMs);
        for (const QUuid &id : ids) {
            QCOMPARE(statusOf(id), std::string("archived"));
            const bool wasActive = id != ids.at(5) && id != ids.at(6);
            // A first change also records the state before it as version 1.
            QVERIFY(versionsOf(id) > versionsBefore.value(id) || !wasActive);
            if (!wasActive)
                QCOMPARE(versionsOf(id), versionsBefore.value(id));
        }
        QCOMPARE(AchievementFixture::count(
                     "SELECT count(*) FROM achievement_versions WHERE change_reason = 'Season is "
                     "over' AND definition ->> 'status' = 'archived'"),
                 5);
        // The list reloads and keeps the selection; the rows now read Archived.
        QVERIFY(waitSettled(pane));
        QTRY_COMPARE_WITH_TIMEOUT(pane.selectedIds().size(), ids.size(), kTimeoutMs);
        for (const QUuid &id : ids)
            QCOMPARE(pane.listModel()
                         ->index(rowOf(pane.listModel(), id), 0)
                         .data(AchievementListModel::StatusRole)
                         .toString(),
                     QStringLiteral("archived"));
        QVERIFY(!pane.archiveButton()->isEnabled()); // nothing active is selected any more

        // Activate them again: all seven, with a reason.
        QTest::mouseClick(pane.activateButton(), Qt::LeftButton);
        QVERIFY(confirmReason(pane, QStringLiteral("Back by request")));
        QTRY_COMPARE_WITH_TIMEOUT(pane.messageText(), QStringLiteral("7 activated."), kTimeoutMs);
        for (const QUuid &id : ids)
            QCOMPARE(statusOf(id), std::string("active"));
    }

    void refusedTransitionsAreExplainedAndWriteNothing()
    {
        Session admin = login(QStringLiteral("ach_sysadmin"));
        AchievementsPane pane(admin.backend.get());
        open(pane, admin);
        search(pane, QStringLiteral("b-02")); // b-020 .. b-029 of tenant B
        const QUuid draft = idOfKey("b-026");
        const QUuid active = idOfKey("b-021");
        QCOMPARE(statusOf(draft), std::string("draft"));
        const long long versionsBefore =
            AchievementFixture::count("SELECT count(*) FROM achievement_versions");

        // A draft cannot be archived: said inline, no dialog, nothing written.
        selectIds(pane, {draft, active});
        QVERIFY(pane.archiveButton()->isEnabled());
        QTest::mouseClick(pane.archiveButton(), Qt::LeftButton);
        QVERIFY(pane.messageText().contains(QLatin1String("cannot be archived")));
        QVERIFY(pane.messageText().contains(QLatin1String("b-026")));
        QVERIFY(!pane.messageText().contains(QLatin1String("b-021")));
        QVERIFY(!pane.findChild<ReasonDialog *>(QStringLiteral("achievementStatusReason")));
        QCOMPARE(statusOf(draft), std::string("draft"));
        QCOMPARE(statusOf(active), std::string("active"));

        // The database refuses too: the row turned into a draft behind the pane's back.
        const QUuid stale = idOfKey("b-022");
        selectIds(pane, {stale});
        AchievementFixture::exec("UPDATE achievements SET status = 'draft' WHERE id = '" +
                                 stale.toString(QUuid::WithoutBraces).toStdString() + "'");
        QTest::mouseClick(pane.archiveButton(), Qt::LeftButton);
        QVERIFY(confirmReason(pane, QStringLiteral("Tidy up")));
        QTRY_VERIFY_WITH_TIMEOUT(pane.messageText().contains(QLatin1String("refused")), kTimeoutMs);
        QCOMPARE(statusOf(stale), std::string("draft"));
        QCOMPARE(AchievementFixture::count("SELECT count(*) FROM achievement_versions"),
                 versionsBefore);
        QCOMPARE(pane.selectedIds(), QList<QUuid>{stale}); // the selection is kept
        AchievementFixture::exec("UPDATE achievements SET status = 'active' WHERE id = '" +
                                 stale.toString(QUuid::WithoutBraces).toStdString() + "'");

        // Everything selected already has the status: nothing to do, nothing written.
        selectIds(pane, {active});
        QVERIFY(!pane.activateButton()->isEnabled());
        pane.activateSelected();
        QCOMPARE(pane.messageText(),
                 QStringLiteral("The selected achievements are already active."));
        QCOMPARE(AchievementFixture::count("SELECT count(*) FROM achievement_versions"),
                 versionsBefore);
    }

    void memberAndDesignerSeeWhatTheyMay()
    {
        Session member = login(QStringLiteral("ach_member"));
        QVERIFY(!member.identity.systemAdmin);
        {
            AchievementsPane pane(member.backend.get());
            open(pane, member);
            QVERIFY(loadAll(pane.listModel()));
            QCOMPARE(pane.listModel()->loadedCount(),
                     int(AchievementFixture::count(
                         "SELECT count(*) FROM achievements WHERE status <> 'draft' AND "
                         "(tenant_id IS NULL OR tenant_id = '" +
                         std::string(AchievementFixture::tenantA) + "')")));
            for (int row = 0; row < pane.listModel()->loadedCount(); ++row)
                QVERIFY(pane.listModel()->index(row, 0).data(AchievementListModel::StatusRole) !=
                        QStringLiteral("draft"));
            QVERIFY(pane.newButton()->isHidden());
            QSignalSpy created(&pane, &AchievementsPane::newAchievementRequested);
            QTest::keySequence(pane.tableView(), QKeySequence::New);
            QCOMPARE(created.count(), 0);
            selectIds(pane, {uuid(AchievementFixture::metaId)});
            QVERIFY(!pane.archiveButton()->isEnabled());
            QVERIFY(!pane.activateButton()->isEnabled());
            pane.archiveSelected();
            QVERIFY(pane.messageText().contains(QLatin1String("You may not change")));
            QVERIFY(!pane.findChild<ReasonDialog *>(QStringLiteral("achievementStatusReason")));
            QVERIFY(!pane.detailPanel()
                         ->findChild<QPushButton *>(QStringLiteral("detailAward"))
                         ->isEnabled());
        }

        Session designer = login(QStringLiteral("ach_designer"));
        QVERIFY(designer.identity.editorOf.contains(uuid(AchievementFixture::tenantA)));
        AchievementsPane pane(designer.backend.get());
        open(pane, designer);
        QVERIFY(!pane.newButton()->isHidden());
        choose(pane, "achievementStatus", QStringLiteral("Draft"));
        // Drafts of tenant A only: the global drafts are not the designer's business.
        QCOMPARE(pane.listModel()->loadedCount(),
                 int(AchievementFixture::count(
                     "SELECT count(*) FROM achievements WHERE status = 'draft' AND tenant_id = '" +
                     std::string(AchievementFixture::tenantA) + "'")));
        selectIds(pane, {idOfKey("a-016")});
        QVERIFY(pane.activateButton()->isEnabled());
        choose(pane, "achievementStatus", QStringLiteral("Active"));
        search(pane, QStringLiteral("arets"));
        selectIds(pane, {uuid(AchievementFixture::aretsId)});
        QVERIFY(!pane.archiveButton()->isEnabled()); // global: system admins only
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("selectionLabel"))
                    ->text()
                    .contains(QLatin1String("read only")));
    }

    void signalsForTheShell()
    {
        Session admin = login(QStringLiteral("ach_sysadmin"));
        AchievementsPane pane(admin.backend.get());
        open(pane, admin);
        search(pane, QStringLiteral("årets"));
        const QUuid arets = uuid(AchievementFixture::aretsId);
        QTableView *view = pane.tableView();
        view->setFocus();
        view->setCurrentIndex(pane.listModel()->index(0, 1));

        QSignalSpy edit(&pane, &AchievementsPane::editRequested);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.at(0).at(0).toUuid(), arets);
        const QRect cell = view->visualRect(pane.listModel()->index(0, 2));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(edit.count(), 1); // a single click only selects
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(edit.count(), 2);
        QCOMPARE(edit.at(1).at(0).toUuid(), arets);
        QTest::mouseClick(
            pane.detailPanel()->findChild<QPushButton *>(QStringLiteral("detailEdit")),
            Qt::LeftButton);
        QCOMPARE(edit.count(), 3);

        QSignalSpy award(&pane, &AchievementsPane::awardRequested);
        auto *awardButton =
            pane.detailPanel()->findChild<QPushButton *>(QStringLiteral("detailAward"));
        QVERIFY(awardButton->isEnabled());
        QTest::mouseClick(awardButton, Qt::LeftButton);
        QCOMPARE(award.count(), 1);
        QCOMPARE(award.at(0).at(0).toUuid(), arets);
        QCOMPARE(award.at(0).at(1).toString(), QStringLiteral("Årets lekledare"));

        QSignalSpy created(&pane, &AchievementsPane::newAchievementRequested);
        QTest::keySequence(view, QKeySequence::New);
        QCOMPARE(created.count(), 1);
        QTest::mouseClick(pane.newButton(), Qt::LeftButton);
        QCOMPARE(created.count(), 2);

        QSignalSpy imported(&pane, &AchievementsPane::importRequested);
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("importAchievements")),
                          Qt::LeftButton);
        QCOMPARE(imported.count(), 1);

        QSignalSpy exported(&pane, &AchievementsPane::exportRequested);
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("exportAchievements")),
                          Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QVERIFY(exported.at(0).at(0).value<QList<QUuid>>().isEmpty());
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("exportSelected")),
                          Qt::LeftButton);
        QCOMPARE(exported.count(), 2);
        QCOMPARE(exported.at(1).at(0).value<QList<QUuid>>(), QList<QUuid>{arets});

        // Ctrl+F goes to the search field.
        QTest::keySequence(view, QKeySequence::Find);
        QVERIFY(pane.filterBar()->searchEdit()->hasFocus());
    }

    void showAchievementAndReloadKeepingSelection()
    {
        Session admin = login(QStringLiteral("ach_sysadmin"));
        AchievementsPane pane(admin.backend.get());
        open(pane, admin);
        AchievementListModel *model = pane.listModel();

        // In the first page: selected at once.
        const QUuid first = model->index(5, 0).data(KeysetListModel::IdRole).toUuid();
        pane.showAchievement(first);
        QCOMPARE(pane.tableView()->currentIndex().row(), 5);

        // The last by name is not loaded: the list is filtered to its key and it is selected.
        const QUuid last = AchievementFixture::ids(
                               "SELECT id FROM achievements ORDER BY lower(name) DESC, id DESC "
                               "LIMIT 1")
                               .value(0);
        QCOMPARE(model->cachedRowOf(last), -1);
        pane.showAchievement(last);
        QTRY_COMPARE_WITH_TIMEOUT(pane.detailPanel()->achievementId(), last, kTimeoutMs);
        QVERIFY(!pane.filterBar()->searchText().isEmpty());
        QCOMPARE(pane.selectedIds(), QList<QUuid>{last});

        // After an edit elsewhere: the list reloads with the same rows selected.
        search(pane, QStringLiteral("g-02"));
        const QList<QUuid> chosen{idOfKey("g-021"), idOfKey("g-024")};
        selectIds(pane, chosen);
        AchievementFixture::exec("UPDATE achievements SET name = 'Renamed 21' WHERE id = '" +
                                 chosen.first().toString(QUuid::WithoutBraces).toStdString() + "'");
        pane.reloadKeepingSelection();
        QVERIFY(!pane.isSettled());
        QVERIFY(waitSettled(pane));
        QTRY_COMPARE_WITH_TIMEOUT(pane.selectedIds().size(), 2, kTimeoutMs);
        const QList<QUuid> selected = pane.selectedIds();
        QCOMPARE(QSet<QUuid>(selected.cbegin(), selected.cend()),
                 QSet<QUuid>(chosen.cbegin(), chosen.cend()));
        QTRY_COMPARE_WITH_TIMEOUT(pane.detailPanel()->title(), QStringLiteral("Renamed 21"),
                                  kTimeoutMs);
    }

    void rememberesTheLayout()
    {
        Session admin = login(QStringLiteral("ach_sysadmin"));
        {
            AchievementsPane pane(admin.backend.get());
            open(pane, admin);
            pane.tableView()->horizontalHeader()->resizeSection(AchievementListModel::NameColumn,
                                                                333);
            choose(pane, "achievementSort", QStringLiteral("Key"));
        }
        AchievementsPane again(admin.backend.get());
        QCOMPARE(
            again.tableView()->horizontalHeader()->sectionSize(AchievementListModel::NameColumn),
            333);
        QCOMPARE(again.filterBar()->sort(), AchievementFilter::Sort::Key);
    }
};

QTEST_MAIN(TestAchievementsPane)
#include "tst_achievements_pane.moc"
