// The keyset list models: the base driven step by step (ScriptedListModel), and the event log
// and ledger models against a real PostgreSQL (`dicedesk-db sandbox --migrate`) holding the
// rows of ListFixture: every row exactly once and in order across page boundaries that fall
// inside runs of equal timestamps, tenant scopes and filters, bounded memory with pages
// fetched again, the loading and error rows, and stale pages after a reset.
#include "ListFixture.h"
#include "ScriptedListModel.h"
#include "backend/pg/PgBackend.h"
#include "items/EventLogModel.h"
#include "items/LedgerModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <pqxx/pqxx>

using namespace dicedesk;
using test::ListFixture;
using test::ScriptedListModel;

namespace {

constexpr int kTimeoutMs = 20000;
using Tester = QAbstractItemModelTester;

TenantScope scopeOf(std::initializer_list<const char *> tenants)
{
    TenantScope scope;
    for (const char *tenant : tenants)
        scope.tenantIds.append(QUuid::fromString(QLatin1String(tenant)));
    return scope;
}

std::string sqlIn(std::initializer_list<const char *> tenants)
{
    std::string list;
    for (const char *tenant : tenants)
        list += (list.empty() ? "'" : ", '") + std::string(tenant) + "'";
    return "tenant_id IN (" + list + ")";
}

/// Fetches pages as a view scrolled to the end would, until the list is complete.
bool fetchAll(KeysetListModel &model)
{
    return QTest::qWaitFor(
        [&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.isAtEnd() && !model.isLoading();
        },
        kTimeoutMs * 3);
}

/// Waits for the page in flight (or its failure).
bool waitIdle(KeysetListModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, kTimeoutMs);
}

QList<QUuid> modelIds(const KeysetListModel &model)
{
    QList<QUuid> ids;
    for (int row = 0; row < model.loadedCount(); ++row)
        ids.append(model.index(row, 0).data(KeysetListModel::IdRole).toUuid());
    return ids;
}

bool unique(const QList<QUuid> &ids)
{
    return QSet<QUuid>(ids.cbegin(), ids.cend()).size() == ids.size();
}

} // namespace

class TestListModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pg::PgBackend> m_superuser;

    std::unique_ptr<pg::PgBackend> connect(const QString &dsn)
    {
        auto backend = std::make_unique<pg::PgBackend>(dsn);
        return backend;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            ListFixture::install();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        m_superuser = connect(QString::fromStdString(ListFixture::superuserDsn()));
    }

    void cleanupTestCase() { m_superuser.reset(); }

    // --- the base, step by step -------------------------------------------------------------

    void baseLoadsPageByPageWithLoadingRow()
    {
        ScriptedListModel model;
        model.total = 23;
        model.setPageSizes(10, 7);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        // The tester asked for the first page already; a second call changes nothing.
        model.fetchMore({});
        QCOMPARE(model.requests.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowKind(0), KeysetListModel::RowKind::Loading);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Loading…"));
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.requests.at(0).after.isNull());
        QCOMPARE(model.requests.at(0).limit, 10);
        QCOMPARE(model.estimatedTotal(), -1);

        QSignalSpy counts(&model, &KeysetListModel::countsChanged);
        model.answer(0);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.loadedCount(), 10);
        QCOMPARE(model.estimatedTotal(), 23);
        // The tester calls fetchMore() on every change, as an eager view; asked from inside
        // the model's own notification, the next page starts on the next event-loop turn,
        // shown by the loading row after the ten rows.
        QCOMPARE(model.requests.size(), 1);
        QTRY_COMPARE(model.requests.size(), 2);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.rowKind(10), KeysetListModel::RowKind::Loading);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("22"));
        QCOMPARE(model.index(9, 1).data().toString(), QStringLiteral("row 13"));
        QCOMPARE(model.requests.at(1).after.at, QStringLiteral("13"));
        QCOMPARE(model.requests.at(1).limit, 7);

        model.answer(1);
        QTRY_COMPARE(model.requests.size(), 3);
        model.answer(2);
        QTest::qWait(10);
        QCOMPARE(model.requests.size(), 3);
        QVERIFY(model.isAtEnd());
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 23);
        QCOMPARE(model.estimatedTotal(), 23);
        QCOMPARE(model.index(22, 0).data().toString(), QStringLiteral("0"));
    }

    void baseErrorRowAndRetry()
    {
        ScriptedListModel model;
        model.setPageSizes(10, 10);
        QSignalSpy failed(&model, &KeysetListModel::fetchFailed);
        model.fetchMore({});
        model.answer(0);
        model.fetchMore({});
        model.fail(1, BackendError(BackendError::Kind::Connection, QStringLiteral("gone")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<BackendError>().kind(), BackendError::Kind::Connection);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.rowKind(10), KeysetListModel::RowKind::Error);
        QCOMPARE(model.index(10, 0).data().toString(),
                 BackendError(BackendError::Kind::Connection, {}).userMessage());
        QVERIFY(!model.isLoading());
        // A view must not retry on its own ...
        QVERIFY(!model.canFetchMore({}));
        // ... fetchMore() does, from the same place.
        model.fetchMore({});
        QCOMPARE(model.requests.size(), 3);
        QCOMPARE(model.requests.at(2).after, model.requests.at(1).after);
        QCOMPARE(model.rowKind(10), KeysetListModel::RowKind::Loading);
        model.answer(2);
        QCOMPARE(model.loadedCount(), 20);
        QCOMPARE(model.index(10, 0).data().toString(), QStringLiteral("89"));
    }

    void baseResetDropsTheStalePage()
    {
        ScriptedListModel model;
        model.setPageSizes(10, 10);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.requests.size(), 1);
        model.reset(); // the filter changed while the first page was on its way
        QVERIFY(model.requests.at(0).cancel.isCancelled());
        // The tester fetches the new first page right after the reset.
        QTRY_COMPARE(model.requests.size(), 2);
        model.answer(0); // the old answer arrives late: it must not show
        QCOMPARE(model.loadedCount(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowKind(0), KeysetListModel::RowKind::Loading);
        QCOMPARE(model.estimatedTotal(), -1);
        model.answer(1);
        QCOMPARE(model.loadedCount(), 10);
        QCOMPARE(modelIds(model).first(), ScriptedListModel::idOf(99));
    }

    void baseCancelShowsCancelledAndContinues()
    {
        ScriptedListModel model;
        model.setPageSizes(10, 10);
        QSignalSpy failed(&model, &KeysetListModel::fetchFailed);
        QSignalSpy loading(&model, &KeysetListModel::loadingChanged);
        model.fetchMore({});
        model.answer(0);
        model.fetchMore({});
        QVERIFY(model.isLoading());
        model.cancel();
        QVERIFY(model.requests.at(1).cancel.isCancelled());
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.last().at(0).toBool(), false);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.tailError().kind(), BackendError::Kind::Cancelled);
        QCOMPARE(model.rowKind(10), KeysetListModel::RowKind::Error);
        model.answer(1); // whatever the cancelled call still brings is ignored
        QCOMPARE(model.loadedCount(), 10);
        model.fetchMore({});
        model.answer(2);
        QCOMPARE(model.loadedCount(), 20);
        QCOMPARE(model.index(19, 0).data().toString(), QStringLiteral("80"));
    }

    void baseDropsPagesAndFetchesThemAgain()
    {
        ScriptedListModel model;
        model.setPageSizes(10, 10);
        model.setCachedPageLimit(3);
        for (int page = 0; page < 6; ++page) {
            model.fetchMore({});
            model.answer(page);
            QVERIFY(model.cachedPageCount() <= 3);
        }
        QCOMPARE(model.loadedCount(), 60);
        QCOMPARE(model.pageCount(), 6);
        QCOMPARE(model.cachedPageCount(), 3);
        // The first page stays; page 2 (rows 20-29) was dropped.
        QCOMPARE(model.rowKind(0), KeysetListModel::RowKind::Data);
        QCOMPARE(model.rowKind(25), KeysetListModel::RowKind::Pending);
        QCOMPARE(model.index(25, 0).data().toString(), QStringLiteral("Loading…"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_COMPARE(model.requests.size(), 7); // asked for on the next event-loop turn
        // Fetched again from where it started, as many rows as it had.
        QCOMPARE(model.requests.at(6).after, model.requests.at(2).after);
        QCOMPARE(model.requests.at(6).limit, 10);
        QVERIFY(model.isLoading());
        model.answer(6);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 20);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 29);
        QCOMPARE(model.index(25, 0).data().toString(), QStringLiteral("74"));
        QVERIFY(model.cachedPageCount() <= 3);
        QVERIFY(!model.isLoading());
    }

    // --- against the database -------------------------------------------------------------

    void eventsAllPagesExactlyOnceInOrder()
    {
        EventLogModel model(m_superuser.get());
        model.setPageSizes(40, 60); // boundaries inside runs of equal timestamps
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        EventFilter filter;
        filter.scope = scopeOf({ListFixture::tenantA, ListFixture::tenantB});
        model.setFilter(filter);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.tailError().kind(), BackendError::Kind::None);
        const QList<QUuid> expected = ListFixture::ids(
            "gamification_events WHERE " + sqlIn({ListFixture::tenantA, ListFixture::tenantB}));
        QCOMPARE(expected.size(), 1450);
        const QList<QUuid> ids = modelIds(model);
        QVERIFY(unique(ids));
        QCOMPARE(ids, expected);
        QCOMPARE(model.estimatedTotal(), 1450);
        QCOMPARE(model.rowCount(), 1450);

        // What a row shows.
        const std::optional<EventRecord> first = model.record(0);
        QVERIFY(first);
        QCOMPARE(model.index(0, EventLogModel::EventColumn).data().toString(), first->eventType);
        QCOMPARE(model.index(0, EventLogModel::KeyColumn).data().toString(), first->idempotencyKey);
        QCOMPARE(model.index(0, EventLogModel::TimeColumn).data().toString(),
                 KeysetListModel::formatTime(first->createdAt));
        QCOMPARE(model.index(0, 0).data(EventLogModel::CreatedAtRole).toDateTime(),
                 QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(model.index(0, 0)
                    .data(EventLogModel::MetadataRole)
                    .toString()
                    .contains(QLatin1String("\"n\"")));
    }

    void ledgerAllPagesExactlyOnceInOrder()
    {
        LedgerModel model(m_superuser.get());
        model.setPageSizes(40, 60);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        LedgerFilter filter;
        filter.scope = scopeOf({ListFixture::tenantA, ListFixture::tenantB});
        model.setFilter(filter);
        QVERIFY(fetchAll(model));
        const QList<QUuid> expected = ListFixture::ids(
            "coin_transactions WHERE " + sqlIn({ListFixture::tenantA, ListFixture::tenantB}));
        QCOMPARE(expected.size(), 822);
        const QList<QUuid> ids = modelIds(model);
        QVERIFY(unique(ids));
        QCOMPARE(ids, expected);

        // The two newest: a reversal (a spend) and the earning it undoes.
        QCOMPARE(ids.at(0), QUuid::fromString(QLatin1String(ListFixture::reversalEntry)));
        QCOMPARE(model.index(0, 0).data(LedgerModel::AmountRole).toLongLong(), -50);
        QCOMPARE(model.index(0, LedgerModel::AmountColumn).data().toString(),
                 QStringLiteral("-50"));
        QCOMPARE(model.index(1, LedgerModel::AmountColumn).data().toString(),
                 QStringLiteral("+50"));
        QCOMPARE(model.index(0, LedgerModel::AmountColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, 0).data(LedgerModel::ReversalOfRole).toUuid(),
                 QUuid::fromString(QLatin1String(ListFixture::reversedEntry)));
        QCOMPARE(model.cachedRowOf(QUuid::fromString(QLatin1String(ListFixture::reversedEntry))),
                 1);
        // Thousands separators in the user's locale (B's amounts are 1000 and up).
        const QUuid tenantB = QUuid::fromString(QLatin1String(ListFixture::tenantB));
        int rowB = 0;
        while (model.index(rowB, 0).data(LedgerModel::TenantIdRole).toUuid() != tenantB)
            ++rowB;
        QCOMPARE(model.index(rowB, LedgerModel::AmountColumn).data().toString().size(), 6);
        QVERIFY(model.index(rowB, LedgerModel::AmountColumn).data().toString().contains(','));
        // Every signed amount as the database has it.
        long long sum = 0;
        for (int row = 0; row < model.loadedCount(); ++row)
            sum += model.index(row, 0).data(LedgerModel::AmountRole).toLongLong();
        QCOMPARE(sum, ListFixture::count("SELECT sum(CASE type WHEN 'earn' THEN amount ELSE "
                                         "-amount END) FROM coin_transactions WHERE " +
                                         sqlIn({ListFixture::tenantA, ListFixture::tenantB})));
    }

    void runOfEqualTimestampsAcrossManyPages()
    {
        // Jump to the burst: 150 events of one instant (microseconds), read 7 and 11 at a time.
        EventLogModel model(m_superuser.get());
        model.setPageSizes(7, 11);
        EventFilter filter;
        filter.scope = scopeOf({ListFixture::tenantA});
        filter.before = QDateTime(QDate(2026, 4, 30), QTime(0, 0, 1), Qt::UTC);
        model.setFilter(filter);
        QVERIFY(fetchAll(model));
        const QList<QUuid> expected =
            ListFixture::ids("gamification_events WHERE " + sqlIn({ListFixture::tenantA}) +
                             " AND created_at < '2026-04-30 00:00:01+00'");
        QCOMPARE(expected.size(), 150);
        QVERIFY(model.pageCount() > 10);
        QCOMPARE(modelIds(model), expected);
    }

    void tenantScopeAndFilters()
    {
        // One tenant.
        EventLogModel events(m_superuser.get());
        EventFilter filter;
        filter.scope = scopeOf({ListFixture::tenantB});
        events.setFilter(filter);
        QVERIFY(fetchAll(events));
        QCOMPARE(modelIds(events),
                 ListFixture::ids("gamification_events WHERE " + sqlIn({ListFixture::tenantB})));

        // One user, one event type.
        filter.scope = scopeOf({ListFixture::tenantA, ListFixture::tenantB});
        filter.userId = QUuid::fromString(QLatin1String(ListFixture::memberA1));
        filter.eventType = QStringLiteral("plan_created");
        events.setFilter(filter);
        QVERIFY(fetchAll(events));
        const QList<QUuid> expected =
            ListFixture::ids(std::string("gamification_events WHERE actor_user_id = '") +
                             ListFixture::memberA1 + "' AND event_type = 'plan_created'");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(modelIds(events), expected);
        QCOMPARE(events.index(0, EventLogModel::UserColumn).data().toString(),
                 QLatin1String(ListFixture::memberA1Name));

        // The ledger of one user.
        LedgerModel ledger(m_superuser.get());
        LedgerFilter ledgerFilter;
        ledgerFilter.scope = filter.scope;
        ledgerFilter.userId = filter.userId;
        ledger.setFilter(ledgerFilter);
        QVERIFY(fetchAll(ledger));
        QCOMPARE(modelIds(ledger),
                 ListFixture::ids(std::string("coin_transactions WHERE user_id = '") +
                                  ListFixture::memberA1 + "'"));
    }

    void tenantAdminSeesOnlyTheirTenant()
    {
        // Asked for both tenants, a tenant admin of A gets A's rows only (row-level security).
        auto backend = connect(ListFixture::dsnFor(QStringLiteral("list_tenant_admin")));
        EventLogModel model(backend.get());
        model.setPageSizes(100, 300);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        EventFilter filter;
        filter.scope = scopeOf({ListFixture::tenantA, ListFixture::tenantB});
        model.setFilter(filter);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.tailError().kind(), BackendError::Kind::None);
        QCOMPARE(modelIds(model),
                 ListFixture::ids("gamification_events WHERE " + sqlIn({ListFixture::tenantA})));
    }

    void droppedPagesComeBackWithTheirRows()
    {
        const QList<QUuid> expected = ListFixture::ids(
            "gamification_events WHERE " + sqlIn({ListFixture::tenantA, ListFixture::tenantB}));
        EventLogModel model(m_superuser.get());
        model.setPageSizes(40, 60);
        model.setCachedPageLimit(3);
        int mostCached = 0;
        QObject::connect(&model, &KeysetListModel::countsChanged, &model,
                         [&] { mostCached = std::max(mostCached, model.cachedPageCount()); });
        EventFilter filter;
        filter.scope = scopeOf({ListFixture::tenantA, ListFixture::tenantB});
        model.setFilter(filter);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.loadedCount(), expected.size());
        QCOMPARE(model.pageCount(), 1 + (1450 - 40 + 59) / 60);
        QCOMPARE(mostCached, 3);
        QCOMPARE(model.cachedPageCount(), 3);

        // Row 130 is in page 2 (rows 100-159), long dropped.
        const int row = 130;
        QCOMPARE(model.rowKind(row), KeysetListModel::RowKind::Pending);
        QVERIFY(!model.record(row));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(kTimeoutMs));
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 100);
        QCOMPARE(model.rowKind(row), KeysetListModel::RowKind::Data);
        QCOMPARE(model.index(row, 0).data(KeysetListModel::IdRole).toUuid(), expected.at(row));
        QVERIFY(model.cachedPageCount() <= 3);
        // Rows of the pinned first page never left.
        QCOMPARE(model.index(5, 0).data(KeysetListModel::IdRole).toUuid(), expected.at(5));
        // Read the whole list again, page by page, within the bound.
        for (int r = 0; r < model.loadedCount(); ++r) {
            if (model.rowKind(r) == KeysetListModel::RowKind::Pending)
                QVERIFY(QTest::qWaitFor(
                    [&] { return model.rowKind(r) == KeysetListModel::RowKind::Data; },
                    kTimeoutMs));
            QCOMPARE(model.index(r, 0).data(KeysetListModel::IdRole).toUuid(), expected.at(r));
            QVERIFY(model.cachedPageCount() <= 3);
        }
    }

    void loadingRowWhileFetching()
    {
        EventLogModel model(m_superuser.get());
        EventFilter filter;
        filter.scope = scopeOf({ListFixture::tenantA});
        model.setFilter(filter);
        QSignalSpy loading(&model, &KeysetListModel::loadingChanged);
        model.fetchMore({});
        // The query runs on the backend's thread; until it answers the list shows one row.
        QCOMPARE(loading.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowKind(0), KeysetListModel::RowKind::Loading);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.loadedCount(), KeysetListModel::kDefaultFirstPageSize);
        QCOMPARE(model.rowCount(), KeysetListModel::kDefaultFirstPageSize);
        QCOMPARE(model.rowKind(0), KeysetListModel::RowKind::Data);
        QVERIFY(model.estimatedTotal() >= model.loadedCount());
        QVERIFY(model.canFetchMore({}));
    }

    void errorRowWhenTheLoginMayNotRead()
    {
        auto backend = connect(ListFixture::dsnFor(QStringLiteral("list_outsider")));
        LedgerModel model(backend.get());
        LedgerFilter filter;
        filter.scope = scopeOf({ListFixture::tenantA});
        model.setFilter(filter);
        QSignalSpy failed(&model, &KeysetListModel::fetchFailed);
        model.fetchMore({});
        QVERIFY(failed.wait(kTimeoutMs));
        const auto error = failed.at(0).at(0).value<BackendError>();
        QCOMPARE(error.kind(), BackendError::Kind::Permission);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowKind(0), KeysetListModel::RowKind::Error);
        QCOMPARE(model.index(0, 0).data().toString(), error.userMessage());
        QVERIFY(!model.canFetchMore({}));
        // fetchMore() tries again (and fails again the same way).
        model.fetchMore({});
        QCOMPARE(model.rowKind(0), KeysetListModel::RowKind::Loading);
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(model.rowKind(0), KeysetListModel::RowKind::Error);
    }

    void allTenantsIncludesRowsWithoutTenant()
    {
        // Platform events that belong to no tenant show under "All tenants" only. Written
        // last: the earlier tests compare tenant scopes with SQL that leaves them out anyway.
        {
            pqxx::connection admin(ListFixture::superuserDsn());
            pqxx::work tx(admin);
            tx.exec(std::string("INSERT INTO gamification_events (tenant_id, actor_user_id, "
                                "event_type, source, idempotency_key, created_at) SELECT NULL, '") +
                    ListFixture::memberA1 +
                    "', 'platform_notice', 'system', format('list-evt-none-%s', i), "
                    "timestamptz '2026-04-30 00:00:00.123456+00' + i * interval '1 microsecond' "
                    "FROM generate_series(1, 3) i");
            tx.commit();
        }
        const QList<QUuid> withoutTenant =
            ListFixture::ids("gamification_events WHERE tenant_id IS NULL");
        QCOMPARE(withoutTenant.size(), 3);

        EventLogModel events(m_superuser.get());
        Tester tester(&events, Tester::FailureReportingMode::QtTest);
        events.setPageSizes(40, 70);
        EventFilter filter;
        filter.scope = scopeOf({ListFixture::tenantA, ListFixture::tenantB});
        filter.scope.allTenants = true;
        events.setFilter(filter);
        QVERIFY(fetchAll(events));
        QCOMPARE(modelIds(events),
                 ListFixture::ids("gamification_events WHERE tenant_id IS NULL OR " +
                                  sqlIn({ListFixture::tenantA, ListFixture::tenantB})));

        filter.scope.allTenants = false;
        events.setFilter(filter);
        QVERIFY(fetchAll(events));
        for (const QUuid &id : withoutTenant)
            QVERIFY(!modelIds(events).contains(id));
    }

    void resetDuringAFetchShowsOnlyTheNewFilter()
    {
        EventLogModel model(m_superuser.get());
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        EventFilter filter;
        filter.scope = scopeOf({ListFixture::tenantA});
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(model.isLoading());
        // Before A's page can arrive, switch to B.
        filter.scope = scopeOf({ListFixture::tenantB});
        model.setFilter(filter);
        QVERIFY(fetchAll(model));
        QCOMPARE(modelIds(model),
                 ListFixture::ids("gamification_events WHERE " + sqlIn({ListFixture::tenantB})));
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_list_models.moc"
