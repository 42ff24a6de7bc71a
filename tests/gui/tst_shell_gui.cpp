// GUI tests of the shell and the Overview pane: offscreen, against a real PostgreSQL started
// by `dicedesk-db sandbox --migrate`, with the known data of GuiFixture.
#include "GuiFixture.h"
#include "achievements/AchievementsPane.h"
#include "achievements/editor/AchievementEditorDialog.h"
#include "awards/AwardsPane.h"
#include "backend/pg/PgBackend.h"
#include "items/DailyEconomyModel.h"
#include "items/OverviewFiguresModel.h"
#include "items/PaletteEntry.h"
#include "items/PaletteModel.h"
#include "items/TenantListModel.h"
#include "lists/KeysetListPane.h"
#include "overview/OverviewPane.h"
#include "palette/CommandPalette.h"
#include "shell/MainWindow.h"
#include "shell/RailDelegate.h"
#include "shell/ScreenshotTour.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace dicedesk;
using test::GuiFixture;

namespace {

constexpr int kTimeoutMs = 20000;

qint64 figure(OverviewPane *pane, OverviewFiguresModel::Figure row,
              int column = OverviewFiguresModel::ValueColumn)
{
    return pane->figuresModel()
        ->index(row, column)
        .data(OverviewFiguresModel::RawValueRole)
        .toLongLong();
}

/// Waits until the pane has answered for the scope it was last given.
/// Announces the badge test's request on the channel, as the award functions do.
std::string notifySql(const char *event)
{
    return std::string("SELECT pg_notify('dicedesk_award_requests', json_build_object('event', '") +
           event +
           "', 'request_id', id, 'tenant_id', tenant_id)::text) "
           "FROM public.gamification_admin_award_requests "
           "WHERE idempotency_key = 'badge-test-key-1'";
}

bool waitSettled(Pane *pane)
{
    if (pane->isSettled())
        return true;
    QSignalSpy settled(pane, &Pane::settled);
    return settled.wait(kTimeoutMs);
}

} // namespace

class TestShellGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    /// A started window for a login; the caller owns both.
    std::pair<std::unique_ptr<pg::PgBackend>, std::unique_ptr<MainWindow>>
    open(const QString &login)
    {
        auto backend = std::make_unique<pg::PgBackend>(GuiFixture::dsnFor(login));
        auto window = std::make_unique<MainWindow>(backend.get());
        window->show();
        QSignalSpy ready(window.get(), &MainWindow::sessionReady);
        QSignalSpy failed(window.get(), &MainWindow::sessionFailed);
        window->start();
        const bool answered =
            QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, kTimeoutMs);
        if (!answered || ready.isEmpty())
            qWarning() << "session did not start:" << window->sessionError();
        return {std::move(backend), std::move(window)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            GuiFixture::install();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void init()
    {
        QSettings().clear(); // every test starts from a fresh profile
    }

    void systemAdminSeesAllTenantsAndSwitches()
    {
        auto [backend, window] = open(QStringLiteral("gui_sysadmin"));
        QVERIFY(window->identity().systemAdmin);
        QCOMPARE(window->identity().displayName, QStringLiteral("Sam Sysadmin"));
        TenantListModel *tenants = window->tenantModel();
        QCOMPARE(tenants->rowCount(), 3);
        QVERIFY(tenants->index(0).data(TenantListModel::IsAllTenantsRole).toBool());
        QVERIFY(window->tenantSwitcher()->isEnabled());

        QCOMPARE(window->panes().size(), 8); // panesFollowTheRoles() names them
        auto *overview = qobject_cast<OverviewPane *>(window->panes().first());
        QVERIFY(overview);
        QVERIFY(waitSettled(overview));
        QVERIFY2(overview->errorText().isEmpty(), qPrintable(overview->errorText()));
        QCOMPARE(figure(overview, OverviewFiguresModel::CoinsMinted), 157);
        QCOMPARE(
            figure(overview, OverviewFiguresModel::CoinsMinted, OverviewFiguresModel::Last7Column),
            107);
        QCOMPARE(figure(overview, OverviewFiguresModel::CoinsSpent), 30);
        QCOMPARE(figure(overview, OverviewFiguresModel::Events), 6);
        QCOMPARE(figure(overview, OverviewFiguresModel::Events, OverviewFiguresModel::Last7Column),
                 5);
        QCOMPARE(figure(overview, OverviewFiguresModel::PendingApprovals), 3);
        QCOMPARE(figure(overview, OverviewFiguresModel::ActiveMembers), 3);
        QCOMPARE(figure(overview, OverviewFiguresModel::MembersActiveLast30), 3);
        QCOMPARE(overview->dailyModel()->rowCount(), 30);

        // Switch to Beta League with the switcher, as a user would.
        const int beta = tenants->rowOf(QUuid::fromString(QLatin1String(GuiFixture::tenantB)));
        QVERIFY(beta > 0);
        QSignalSpy settled(overview, &Pane::settled);
        window->tenantSwitcher()->setCurrentIndex(beta);
        QVERIFY(settled.wait(kTimeoutMs));
        QCOMPARE(figure(overview, OverviewFiguresModel::CoinsMinted), 7);
        QCOMPARE(figure(overview, OverviewFiguresModel::CoinsSpent), 0);
        QCOMPARE(figure(overview, OverviewFiguresModel::Events), 2);
        QCOMPARE(figure(overview, OverviewFiguresModel::PendingApprovals), 1);
        QCOMPARE(figure(overview, OverviewFiguresModel::ActiveMembers), 1);

        // The last tenant is remembered for the next start.
        window->close();
        auto [backend2, window2] = open(QStringLiteral("gui_sysadmin"));
        QCOMPARE(window2->tenantSwitcher()->currentIndex(), beta);
    }

    void tenantAdminSeesOnlyTheirTenant()
    {
        auto [backend, window] = open(QStringLiteral("gui_tenant_admin"));
        QVERIFY(!window->identity().systemAdmin);
        QCOMPARE(window->identity().adminOf.size(), 1);
        QCOMPARE(window->tenantModel()->rowCount(), 1);
        QVERIFY(!window->tenantSwitcher()->isEnabled());
        auto *overview = qobject_cast<OverviewPane *>(window->panes().value(0));
        QVERIFY(overview);
        QVERIFY(waitSettled(overview));
        QCOMPARE(figure(overview, OverviewFiguresModel::CoinsMinted), 150);
        QCOMPARE(
            figure(overview, OverviewFiguresModel::CoinsMinted, OverviewFiguresModel::Last7Column),
            100);
        QCOMPARE(figure(overview, OverviewFiguresModel::CoinsSpent), 30);
        QCOMPARE(
            figure(overview, OverviewFiguresModel::CoinsSpent, OverviewFiguresModel::Last7Column),
            30);
        QCOMPARE(figure(overview, OverviewFiguresModel::Events), 4);
        QCOMPARE(figure(overview, OverviewFiguresModel::Events, OverviewFiguresModel::Last7Column),
                 3);
        QCOMPARE(figure(overview, OverviewFiguresModel::PendingApprovals), 2);
        QCOMPARE(figure(overview, OverviewFiguresModel::ActiveMembers),
                 2); // the suspended one is not
        QCOMPARE(figure(overview, OverviewFiguresModel::MembersActiveLast30), 2);
    }

    void tenantAdminCannotReadAnotherTenantEvenIfAsked()
    {
        // The console filters by tenant; row-level security is the safety net behind it.
        pg::PgBackend backend(GuiFixture::dsnFor(QStringLiteral("gui_tenant_admin")));
        TenantScope foreign;
        foreign.tenantIds = {QUuid::fromString(QLatin1String(GuiFixture::tenantB))};
        auto future = backend.overview(foreign);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), kTimeoutMs);
        const Result<OverviewFigures> result = future.result();
        QVERIFY(result.ok());
        QCOMPARE(result.value().mintedLast30, 0);
        QCOMPARE(result.value().eventsLast30, 0);
        QCOMPARE(result.value().pendingApprovals, 0);
    }

    void memberGetsNoPanesAndAClearMessage()
    {
        auto [backend, window] = open(QStringLiteral("gui_member"));
        QVERIFY(window->panes().isEmpty());
        QVERIFY(window->sessionError().contains(QStringLiteral("roles")));
    }

    void unreachableDatabaseIsShownNotThrown()
    {
        pg::PgBackend backend(
            QStringLiteral("host=/nonexistent/socket port=5 dbname=x user=y connect_timeout=2"));
        MainWindow window(&backend);
        QSignalSpy failed(&window, &MainWindow::sessionFailed);
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, kTimeoutMs);
        QCOMPARE(backend.state(), Backend::State::Failed);
        const QString shown = window.sessionError();
        QVERIFY(shown.contains(QStringLiteral("connection")));
        QVERIFY(!shown.contains(QStringLiteral("pqxx")));
        QVERIFY(window.panes().isEmpty());
    }

    void systemAdminSeesThePendingApprovalsBadge()
    {
        auto [backend, window] = open(QStringLiteral("gui_sysadmin"));
        QTRY_COMPARE_WITH_TIMEOUT(window->pendingApprovals(), 3, kTimeoutMs);
        const int approvalsRow = static_cast<int>(
            window->panes().indexOf(window->paneById(QStringLiteral("approvals"))));
        QVERIFY(approvalsRow > 0);
        QListWidgetItem *approvalsItem = window->navigationRail()->item(approvalsRow);
        QCOMPARE(approvalsItem->data(RailDelegate::BadgeRole).toInt(), 3);
        QVERIFY(
            approvalsItem->data(Qt::AccessibleTextRole).toString().contains(QLatin1String("3")));
        QCOMPARE(window->navigationRail()->item(0)->data(RailDelegate::BadgeRole).toInt(), 0);

        // A new request announced on the channel shows at once: no reload, no poll.
        QSignalSpy changed(window.get(), &MainWindow::pendingApprovalsChanged);
        pqxx::connection admin(qEnvironmentVariable("DICEDESK_TEST_DSN").toStdString());
        pqxx::work tx(admin);
        tx.exec("INSERT INTO public.gamification_admin_award_requests (tenant_id, "
                "requester_user_id, amount, message, idempotency_key, recipient_count) "
                "SELECT tenant_id, requester_user_id, 1, 'badge test', 'badge-test-key-1', 1 "
                "FROM public.gamification_admin_award_requests LIMIT 1");
        tx.exec(notifySql("created"));
        tx.commit();
        QVERIFY(changed.wait(kTimeoutMs));
        QCOMPARE(window->pendingApprovals(), 4);
        QCOMPARE(approvalsItem->data(RailDelegate::BadgeRole).toInt(), 4);
        pqxx::work undo(admin);
        undo.exec("UPDATE public.gamification_admin_award_requests SET status = 'cancelled' "
                  "WHERE idempotency_key = 'badge-test-key-1'");
        undo.exec(notifySql("cancelled"));
        undo.commit();
        QVERIFY(changed.wait(kTimeoutMs));
        QCOMPARE(window->pendingApprovals(), 3);
    }

    void tenantAdminHasNoApprovalsBadge()
    {
        auto [backend, window] = open(QStringLiteral("gui_tenant_admin"));
        QVERIFY(!window->panes().isEmpty());
        window->refreshPendingApprovals();
        QTest::qWait(200); // nothing is asked for a tenant admin; give a wrong call a chance
        QCOMPARE(window->pendingApprovals(), -1);
        QCOMPARE(window->navigationRail()->item(0)->data(RailDelegate::BadgeRole).toInt(), 0);
    }

    void droppedConnectionIsShownAndRecovered()
    {
        auto [backend, window] = open(QStringLiteral("gui_sysadmin"));
        QCOMPARE(window->connectionStatusText(), QStringLiteral("Connected"));
        const int pid = backend->serverProcessId();
        QVERIFY(pid != 0);
        QSignalSpy states(backend.get(), &Backend::stateChanged);
        pqxx::connection admin(qEnvironmentVariable("DICEDESK_TEST_DSN").toStdString());
        pqxx::nontransaction(admin).exec_params("SELECT pg_terminate_backend($1)", pid);
        // The next read notices, reconnects and runs again: the pane gets data, not an error.
        auto *overview = qobject_cast<OverviewPane *>(window->paneById(QStringLiteral("overview")));
        QVERIFY(overview);
        QSignalSpy settled(overview, &Pane::settled);
        overview->refresh();
        QVERIFY(settled.wait(kTimeoutMs));
        QVERIFY2(overview->errorText().isEmpty(), qPrintable(overview->errorText()));
        QCOMPARE(figure(overview, OverviewFiguresModel::PendingApprovals), 3);
        QVERIFY(states.count() >= 2);
        QCOMPARE(states.at(0).first().value<Backend::State>(), Backend::State::Reconnecting);
        QCOMPARE(states.last().first().value<Backend::State>(), Backend::State::Connected);
        QVERIFY(window->sessionError().contains(QLatin1String("Reconnected")));
        QVERIFY(backend->serverProcessId() != pid);
        QCOMPARE(window->connectionStatusText(), QStringLiteral("Connected"));
    }

    void panesFollowTheRoles()
    {
        const QStringList tenantAdminPanes{
            QStringLiteral("overview"), QStringLiteral("awards"), QStringLiteral("achievements"),
            QStringLiteral("history"),  QStringLiteral("events"), QStringLiteral("ledger"),
            QStringLiteral("audit")};
        QStringList systemAdminPanes = tenantAdminPanes;
        systemAdminPanes.insert(2, QStringLiteral("approvals"));
        for (const auto &[login, expected] :
             {std::pair{QStringLiteral("gui_sysadmin"), systemAdminPanes},
              std::pair{QStringLiteral("gui_tenant_admin"), tenantAdminPanes}}) {
            auto [backend, window] = open(login);
            QStringList ids;
            for (Pane *pane : window->panes())
                ids << pane->paneId();
            QCOMPARE(ids, expected);
            QCOMPARE(window->navigationRail()->count(), expected.size());
        }
    }

    void commandPaletteJumpsToPanesAndUsers()
    {
        auto [backend, window] = open(QStringLiteral("gui_sysadmin"));
        CommandPalette *palette = window->commandPalette();
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(palette->isOpen(), kTimeoutMs);
        QTest::keyClicks(palette->searchField(), QStringLiteral("coin ledger"));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentPane()->paneId(), QStringLiteral("ledger"),
                                  kTimeoutMs);
        QVERIFY(!palette->isOpen());

        // A user, by e-mail: the ledger filtered to them.
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(palette->isOpen(), kTimeoutMs);
        QTest::keyClicks(palette->searchField(), QStringLiteral("member.a@"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QModelIndex current = palette->resultList()->currentIndex();
                return current.isValid() && current.data(PaletteModel::KindRole).toInt() ==
                                                static_cast<int>(PaletteTarget::Kind::User);
            }(),
            kTimeoutMs);
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        auto *ledger = qobject_cast<KeysetListPane *>(window->paneById(QStringLiteral("ledger")));
        QVERIFY(ledger);
        QTRY_COMPARE_WITH_TIMEOUT(
            ledger->userFilter(),
            QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000003")), kTimeoutMs);
    }

    void unmappedLoginIsRefused()
    {
        // The sandbox superuser is no DiceDesk user: it must not get an admin console.
        auto backend =
            std::make_unique<pg::PgBackend>(GuiFixture::dsnFor(QStringLiteral("postgres")));
        MainWindow window(backend.get());
        QSignalSpy failed(&window, &MainWindow::sessionFailed);
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, kTimeoutMs);
        QVERIFY(window.sessionError().contains(QStringLiteral("not linked")));
    }

    void screenshotTourWritesEveryPane()
    {
        QTemporaryDir shots;
        pg::PgBackend backend(GuiFixture::dsnFor(QStringLiteral("gui_sysadmin")));
        MainWindow window(&backend);
        window.resize(1280, 800);
        ScreenshotTour tour(&window, shots.path());
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, kTimeoutMs);
        QCOMPARE(finished.first().first().toInt(), 0);
        const QImage image(shots.filePath(QStringLiteral("01-overview.png")));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
    }

    // Last: it adds a designer (an editor of Beta League) that the figures above do not count.
    void designerWorksOnAchievementsOnlyAndAdminsAwardThem()
    {
        {
            pqxx::connection connection(qgetenv("DICEDESK_TEST_DSN").toStdString());
            pqxx::work tx(connection);
            tx.exec(R"sql(
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('00000000-0000-4000-8000-000000000006', 'design.b@example.test', 'Dee Designer', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('00000000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-00000000000b', 'editor', 'active');
CREATE ROLE gui_designer LOGIN IN ROLE dicedesk_personal_login;
INSERT INTO dicedesk_login_users (login_role, user_id) VALUES
    ('gui_designer', '00000000-0000-4000-8000-000000000006');
INSERT INTO achievements (id, achievement_key, name, condition_type, scope, tenant_id, status)
VALUES ('ac000000-0000-4000-8000-000000000001', 'league-finalist', 'League finalist', 'manual',
        'tenant', 'b0000000-0000-4000-8000-00000000000b', 'active');
)sql");
            tx.commit();
        }
        const QUuid finalist =
            QUuid::fromString(QLatin1String("ac000000-0000-4000-8000-000000000001"));

        auto [backend, window] = open(QStringLiteral("gui_designer"));
        QStringList ids;
        for (Pane *pane : window->panes())
            ids << pane->paneId();
        QCOMPARE(ids, QStringList{QStringLiteral("achievements")});
        QVERIFY(window->sessionError().isEmpty());
        auto *pane = qobject_cast<AchievementsPane *>(window->panes().first());
        QVERIFY(pane);
        QVERIFY(waitSettled(pane));

        // New opens the editor; asking again raises the same window instead of a second one.
        Q_EMIT pane->newAchievementRequested();
        Q_EMIT pane->newAchievementRequested();
        QTRY_COMPARE_WITH_TIMEOUT(window->findChildren<AchievementEditorDialog *>().size(), 1,
                                  kTimeoutMs);
        window->findChildren<AchievementEditorDialog *>().first()->close();

        // A designer cannot award: the shell says who can, and nothing else opens.
        Q_EMIT pane->awardRequested(finalist, QStringLiteral("League finalist"));
        QVERIFY(window->sessionError().contains(QStringLiteral("League finalist")));

        // A system admin's "Award to members…" opens the awards pane with it chosen.
        auto [adminBackend, adminWindow] = open(QStringLiteral("gui_sysadmin"));
        const int beta = adminWindow->tenantModel()->rowOf(
            QUuid::fromString(QLatin1String(GuiFixture::tenantB)));
        adminWindow->tenantSwitcher()->setCurrentIndex(beta);
        auto *adminPane =
            qobject_cast<AchievementsPane *>(adminWindow->paneById(QStringLiteral("achievements")));
        QVERIFY(adminPane);
        Q_EMIT adminPane->awardRequested(finalist, QStringLiteral("League finalist"));
        QCOMPARE(adminWindow->currentPane()->paneId(), QStringLiteral("awards"));
        auto *awards = qobject_cast<AwardsPane *>(adminWindow->currentPane());
        QTRY_COMPARE_WITH_TIMEOUT(awards->achievementBox()->currentData().toUuid(), finalist,
                                  kTimeoutMs);
        QCOMPARE(awards->typeBox()->currentData().toString(), QStringLiteral("achievement"));
    }
};

QTEST_MAIN(TestShellGui)
#include "tst_shell_gui.moc"
