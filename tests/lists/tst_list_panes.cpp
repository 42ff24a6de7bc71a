// The event log and coin ledger panes, offscreen, against a real PostgreSQL started by
// `dicedesk-db sandbox --migrate` with the rows of ListFixture: the first page and its detail,
// the user, event type and date filters, a long query cancelled from the pane (and so on the
// server), errors with Retry, the reversal link, and the remembered layout.
#include "ListFixture.h"
#include "backend/pg/PgBackend.h"
#include "events/EventLogPane.h"
#include "items/EventLogModel.h"
#include "items/LedgerModel.h"
#include "ledger/LedgerPane.h"
#include "lists/DetailPanel.h"
#include "lists/LoadProgressStrip.h"
#include "lists/UserFilterEdit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <condition_variable>
#include <future>
#include <mutex>
#include <pqxx/pqxx>
#include <thread>

using namespace dicedesk;
using test::ListFixture;

namespace {

constexpr int kTimeoutMs = 20000;

TenantScope bothTenants()
{
    TenantScope scope;
    scope.tenantIds = {QUuid::fromString(QLatin1String(ListFixture::tenantA)),
                       QUuid::fromString(QLatin1String(ListFixture::tenantB))};
    scope.allTenants = true;
    return scope;
}

bool waitSettled(Pane &pane)
{
    if (pane.isSettled())
        return true;
    QSignalSpy settled(&pane, &Pane::settled);
    return settled.wait(kTimeoutMs);
}

/// Loads the rest of the list, as scrolling to its end would.
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

QAction *actionNamed(QWidget *widget, const QString &text)
{
    const QList<QAction *> actions = widget->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

/// Queries of DiceDesk connections that are running on the server right now.
long long activeDiceDeskQueries(const char *extraCondition = "")
{
    return ListFixture::count(std::string("SELECT count(*) FROM pg_stat_activity WHERE "
                                          "application_name = 'DiceDesk' AND state = 'active'") +
                              extraCondition);
}

/// Holds ACCESS EXCLUSIVE on a table from its own connection and thread until release(), so
/// any query that reads the table waits.
class TableLock
{
public:
    explicit TableLock(const std::string &table)
    {
        std::promise<void> locked;
        std::future<void> lockedFuture = locked.get_future();
        m_thread = std::thread([this, table, locked = std::move(locked)]() mutable {
            try {
                pqxx::connection connection(ListFixture::superuserDsn());
                pqxx::work tx(connection);
                tx.exec("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
                locked.set_value();
                std::unique_lock lock(m_mutex);
                m_released.wait(lock, [this] { return m_release; });
                tx.commit();
            } catch (...) {
                try {
                    locked.set_exception(std::current_exception());
                } catch (...) {
                    // Already locked and reported; the commit failing changes nothing.
                }
            }
        });
        lockedFuture.get();
    }
    ~TableLock() { release(); }

    void release()
    {
        {
            std::lock_guard lock(m_mutex);
            m_release = true;
        }
        m_released.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_released;
    bool m_release = false;
};

} // namespace

class TestListPanes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static std::unique_ptr<pg::PgBackend> sysadmin()
    {
        return std::make_unique<pg::PgBackend>(
            ListFixture::dsnFor(QStringLiteral("list_sysadmin")));
    }

    /// Shows a pane at a fixed size and gives it both tenants.
    static void open(KeysetListPane &pane)
    {
        pane.resize(1100, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setScope(bothTenants());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            ListFixture::install();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void init() { QSettings().clear(); }

    void eventLogShowsTheFirstPageAndDetails()
    {
        auto backend = sysadmin();
        EventLogPane pane(backend.get());
        QCOMPARE(pane.paneId(), QStringLiteral("events"));
        QCOMPARE(pane.title(), QStringLiteral("Event log"));
        QVERIFY(!pane.icon().isNull());
        open(pane);
        QVERIFY(waitSettled(pane));
        QVERIFY2(pane.messageText().isEmpty(), qPrintable(pane.messageText()));
        EventLogModel *model = pane.eventModel();
        QCOMPARE(model->loadedCount(), KeysetListModel::kDefaultFirstPageSize);
        QVERIFY(pane.tableView()->model() == model);
        // "≈ 1,450 events · 200 shown": a planner's estimate, never a count.
        static const QRegularExpression status(
            QStringLiteral("^≈ \\d{1,3}(,\\d{3})* events · 200 shown$"));
        QVERIFY2(status.match(pane.statusText()).hasMatch(), qPrintable(pane.statusText()));

        // The detail follows the selection, metadata pretty-printed.
        QCOMPARE(pane.detailPanel()->title(), QString());
        pane.tableView()->setCurrentIndex(model->index(3, 0));
        const std::optional<EventRecord> event = model->record(3);
        QVERIFY(event);
        QCOMPARE(pane.detailPanel()->title(), event->eventType);
        QCOMPARE(pane.detailPanel()->fieldValue(QStringLiteral("Key")), event->idempotencyKey);
        QCOMPARE(pane.detailPanel()->fieldValue(QStringLiteral("Id")),
                 event->id.toString(QUuid::WithoutBraces));
        QVERIFY(pane.detailPanel()->jsonText().contains(QLatin1String("\n    \"n\": ")));

        // Copy id, from the list's context menu (and Ctrl+C).
        QAction *copy = actionNamed(pane.tableView(), QStringLiteral("Copy &id"));
        QVERIFY(copy);
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), event->id.toString(QUuid::WithoutBraces));

        // Scrolling to the end makes the view fetch the next page itself.
        pane.tableView()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model->loadedCount() > KeysetListModel::kDefaultFirstPageSize,
                                 kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.statusText().endsWith(
                QStringLiteral("· %1 shown").arg(QLocale().toString(model->loadedCount()))),
            kTimeoutMs);
    }

    void showUserFiltersTheList()
    {
        auto backend = sysadmin();
        EventLogPane pane(backend.get());
        open(pane);
        QVERIFY(waitSettled(pane));
        const QUuid a1 = QUuid::fromString(QLatin1String(ListFixture::memberA1));

        // As the command palette does it.
        pane.showUser(a1, QLatin1String(ListFixture::memberA1Name));
        QVERIFY(!pane.isSettled());
        QVERIFY(waitSettled(pane));
        QCOMPARE(pane.userFilter(), a1);
        auto *userEdit = pane.findChild<QLineEdit *>(QStringLiteral("userFilter"));
        QVERIFY(userEdit);
        QCOMPARE(userEdit->text(), QLatin1String(ListFixture::memberA1Name));
        QVERIFY(loadAll(pane.eventModel()));
        const long long expected = ListFixture::count(
            std::string("SELECT count(*) FROM gamification_events WHERE actor_user_id = '") +
            ListFixture::memberA1 + "'");
        QCOMPARE(pane.eventModel()->loadedCount(), int(expected));
        for (int row = 0; row < pane.eventModel()->loadedCount(); ++row)
            QCOMPARE(pane.eventModel()->index(row, 0).data(KeysetListModel::UserIdRole).toUuid(),
                     a1);
        QCOMPARE(pane.statusText(), QStringLiteral("Events: %1 · all shown").arg(expected));

        // Clearing the field shows everybody again.
        userEdit->setFocus();
        userEdit->selectAll();
        QTest::keyClick(userEdit, Qt::Key_Backspace);
        QVERIFY(pane.userFilter().isNull());
        QVERIFY(waitSettled(pane));
        QCOMPARE(pane.eventModel()->loadedCount(), KeysetListModel::kDefaultFirstPageSize);

        // From a row's context menu: that row's user.
        const QModelIndex row7 = pane.eventModel()->index(7, 0);
        const QUuid user = row7.data(KeysetListModel::UserIdRole).toUuid();
        const QString userName = row7.data(KeysetListModel::UserNameRole).toString();
        QVERIFY(!userName.isEmpty());
        pane.tableView()->setCurrentIndex(row7);
        QAction *showUser =
            actionNamed(pane.tableView(), QStringLiteral("Show this user's &events"));
        QVERIFY(showUser);
        QVERIFY(showUser->isEnabled());
        showUser->trigger();
        QCOMPARE(pane.userFilter(), user);
        QCOMPARE(userEdit->text(), userName);
        QVERIFY(waitSettled(pane));
        QCOMPARE(pane.eventModel()->index(0, 0).data(KeysetListModel::UserIdRole).toUuid(), user);
    }

    void typingAUserNameOffersMatches()
    {
        auto backend = sysadmin();
        EventLogPane pane(backend.get());
        open(pane);
        QVERIFY(waitSettled(pane));
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        // Ctrl+F goes to the user filter.
        pane.tableView()->setFocus();
        QTest::keyClick(pane.tableView(), Qt::Key_F, Qt::ControlModifier);
        auto *userEdit = pane.findChild<QLineEdit *>(QStringLiteral("userFilter"));
        QVERIFY(userEdit->hasFocus());
        QTest::keyClicks(userEdit, QStringLiteral("Britt"));
        QCompleter *completer = static_cast<UserFilterEdit *>(userEdit)->userCompleter();
        QTRY_COMPARE_WITH_TIMEOUT(completer->completionCount(), 1, kTimeoutMs);
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(pane.userFilter().isNull()); // typing alone does not filter
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(pane.userFilter(),
                 QUuid::fromString(QLatin1String("10000000-0000-4000-8000-0000000000b3")));
        QVERIFY(waitSettled(pane));
        QCOMPARE(pane.eventModel()->index(0, EventLogModel::UserColumn).data().toString(),
                 QStringLiteral("Britt Three"));
    }

    void eventTypeAndJumpToDate()
    {
        auto backend = sysadmin();
        EventLogPane pane(backend.get());
        open(pane);
        QVERIFY(waitSettled(pane));
        // The types of the first page are offered.
        auto *types = pane.findChild<QComboBox *>(QStringLiteral("eventTypeFilter"));
        QVERIFY(types);
        QVERIFY(types->findText(QStringLiteral("plan_created")) >= 0);

        pane.setEventType(QStringLiteral("badge_unlocked"));
        QVERIFY(waitSettled(pane));
        QVERIFY(loadAll(pane.eventModel()));
        QCOMPARE(pane.eventModel()->loadedCount(), 150);

        // Jump to the day before the newest events: only older rows.
        pane.setEventType({});
        QVERIFY(waitSettled(pane));
        const QDate day(2026, 4, 30);
        QSignalSpy reset(pane.eventModel(), &QAbstractItemModel::modelReset);
        pane.jumpToDate(day);
        QVERIFY(reset.wait(kTimeoutMs)); // after the typing pause
        QVERIFY(waitSettled(pane));
        QVERIFY(loadAll(pane.eventModel()));
        const QDateTime before = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
        const long long expected = ListFixture::count(
            "SELECT count(*) FROM gamification_events WHERE created_at < '" +
            before.toString(Qt::ISODate).toStdString() + "' AND tenant_id IN ('" +
            ListFixture::tenantA + "', '" + ListFixture::tenantB + "')");
        QVERIFY(expected > 0);
        QCOMPARE(pane.eventModel()->loadedCount(), int(expected));
        QVERIFY(pane.eventModel()->index(0, 0).data(KeysetListModel::CreatedAtRole).toDateTime() <
                before);
        auto *jump = pane.findChild<QDateEdit *>(QStringLiteral("jumpToDate"));
        QCOMPARE(jump->date(), day);
        pane.jumpToDate({});
        QCOMPARE(jump->text(), QStringLiteral("Newest"));
    }

    void aCancelledLongQuery()
    {
        auto backend = sysadmin();
        EventLogPane pane(backend.get());
        open(pane);
        QVERIFY(waitSettled(pane));
        QCOMPARE(activeDiceDeskQueries(), 0);
        auto *cancel = pane.findChild<QPushButton *>(QStringLiteral("cancelLoadButton"));
        auto *strip = pane.findChild<LoadProgressStrip *>();
        QVERIFY(cancel && strip);
        QVERIFY(strip->isHidden());

        // Another session locks the table: the pane's page query waits on the server.
        TableLock lock("public.gamification_events");
        pane.refresh();
        QVERIFY(!pane.isSettled());
        QTRY_COMPARE_WITH_TIMEOUT(activeDiceDeskQueries(" AND wait_event_type = 'Lock'"), 1,
                                  kTimeoutMs);
        // Over half a second: progress with Cancel.
        QTRY_VERIFY_WITH_TIMEOUT(strip->isVisible(), kTimeoutMs);
        QVERIFY(cancel->isVisible());
        QCOMPARE(cancel->accessibleName(), QStringLiteral("Cancel loading"));

        QTest::mouseClick(cancel, Qt::LeftButton);
        // The pane says so, calmly, at once.
        QVERIFY(pane.isSettled());
        QVERIFY(strip->isHidden());
        QVERIFY2(pane.messageText().startsWith(QStringLiteral("Loading was cancelled.")),
                 qPrintable(pane.messageText()));
        KeysetListModel *model = pane.listModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowKind(0), KeysetListModel::RowKind::Error);
        QCOMPARE(model->tailError().kind(), BackendError::Kind::Cancelled);
        // The server stopped the query (it was not just ignored): the lock is still held.
        QTRY_COMPARE_WITH_TIMEOUT(activeDiceDeskQueries(), 0, kTimeoutMs);

        // Esc cancels too.
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        pane.tableView()->setFocus();
        QTest::keyClick(pane.tableView(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(activeDiceDeskQueries(" AND wait_event_type = 'Lock'"), 1,
                                  kTimeoutMs);
        QVERIFY(model->isLoading());
        QTest::keyClick(pane.tableView(), Qt::Key_Escape);
        QVERIFY(!model->isLoading());
        QCOMPARE(model->tailError().kind(), BackendError::Kind::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(activeDiceDeskQueries(), 0, kTimeoutMs);

        // Lock released, F5: rows again.
        lock.release();
        QTest::keyClick(pane.tableView(), Qt::Key_F5);
        QVERIFY(waitSettled(pane));
        QVERIFY(pane.messageText().isEmpty());
        QCOMPARE(model->loadedCount(), KeysetListModel::kDefaultFirstPageSize);
        QCOMPARE(model->rowKind(0), KeysetListModel::RowKind::Data);
    }

    void errorsShowWithRetry()
    {
        auto backend =
            std::make_unique<pg::PgBackend>(ListFixture::dsnFor(QStringLiteral("list_outsider")));
        LedgerPane pane(backend.get());
        open(pane);
        QVERIFY(waitSettled(pane));
        const QString permission = BackendError(BackendError::Kind::Permission, {}).userMessage();
        QCOMPARE(pane.messageText(), permission);
        QCOMPARE(pane.listModel()->index(0, 0).data().toString(), permission);
        // Retry asks again (and is refused again).
        QSignalSpy failed(pane.listModel(), &KeysetListModel::fetchFailed);
        const QList<QAbstractButton *> retry =
            pane.findChild<QWidget *>(QStringLiteral("messageBar"))
                ->findChildren<QAbstractButton *>();
        QAbstractButton *retryButton = nullptr;
        for (QAbstractButton *button : retry) {
            if (button->accessibleName() == QStringLiteral("Retry"))
                retryButton = button;
        }
        QVERIFY(retryButton);
        retryButton->click();
        QVERIFY(pane.messageText().isEmpty());
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(pane.messageText(), permission);
    }

    void ledgerShowsSignedAmountsAndTheReversal()
    {
        auto backend = sysadmin();
        LedgerPane pane(backend.get());
        QCOMPARE(pane.paneId(), QStringLiteral("ledger"));
        QCOMPARE(pane.title(), QStringLiteral("Coin ledger"));
        open(pane);
        QVERIFY(waitSettled(pane));
        LedgerModel *model = pane.ledgerModel();
        QVERIFY(pane.statusText().contains(QStringLiteral(" entries · 200 shown")));
        QCOMPARE(model->index(0, 0).data(KeysetListModel::IdRole).toUuid(),
                 QUuid::fromString(QLatin1String(ListFixture::reversalEntry)));
        QCOMPARE(model->index(0, LedgerModel::AmountColumn).data().toString(),
                 QStringLiteral("-50"));

        pane.tableView()->setCurrentIndex(model->index(0, 0));
        QCOMPARE(pane.detailPanel()->title(), QStringLiteral("-50 coins"));
        QCOMPARE(pane.detailPanel()->fieldValue(QStringLiteral("Type")), QStringLiteral("Spent"));
        QVERIFY(pane.detailPanel()->linkText().contains(QLatin1String(ListFixture::reversedEntry)));
        // Following the link selects the entry it reverses.
        Q_EMIT pane.detailPanel()->linkActivated();
        QCOMPARE(pane.tableView()->currentIndex().row(), 1);
        QCOMPARE(pane.detailPanel()->title(), QStringLiteral("+50 coins"));
        QVERIFY(pane.detailPanel()->linkText().isEmpty());
    }

    void layoutIsRemembered()
    {
        auto backend = sysadmin();
        QList<int> sizes;
        {
            LedgerPane pane(backend.get());
            open(pane);
            auto *splitter = pane.findChild<QSplitter *>(QStringLiteral("listSplitter"));
            splitter->setSizes({600, 400});
            sizes = splitter->sizes();
        }
        QVERIFY(QSettings().contains(QStringLiteral("ledger/splitter")));
        QVERIFY(!QSettings().contains(QStringLiteral("events/splitter")));
        LedgerPane again(backend.get());
        open(again);
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("listSplitter"))->sizes(), sizes);
    }

    void everyControlHasAnAccessibleName()
    {
        auto backend = sysadmin();
        EventLogPane pane(backend.get());
        open(pane);
        QVERIFY(waitSettled(pane));
        const QList<QWidget *> widgets = pane.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&pane) ||
                widget->parent()->inherits("QAbstractSpinBox") ||
                widget->parent()->inherits("QComboBox") || widget->inherits("QScrollBar") ||
                widget->inherits("QHeaderView") ||
                widget->parentWidget()->inherits("QAbstractScrollArea"))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestListPanes)
#include "tst_list_panes.moc"
