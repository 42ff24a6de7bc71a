// Unit tests of the Widgets-free models: item-model contracts (QAbstractItemModelTester),
// tenant scopes, figure formatting and the SQLSTATE → error-kind mapping.
#include "backend/Result.h"
#include "backend/pg/PgErrorMapper.h"
#include "backend/pg/PgQueries.h"
#include "items/DailyEconomyModel.h"
#include "items/OverviewFiguresModel.h"
#include "items/TenantListModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace dicedesk;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void tenantListOffersAllTenantsToSystemAdmins()
    {
        TenantListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Tenant a{QUuid::createUuid(), QStringLiteral("Alpha"), QStringLiteral("alpha")};
        const Tenant b{QUuid::createUuid(), QStringLiteral("Beta"), QStringLiteral("beta")};
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setTenants({a, b}, true);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(TenantListModel::IsAllTenantsRole).toBool(), true);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(2).data(TenantListModel::IdRole).value<QUuid>(), b.id);

        const TenantScope all = model.scopeAt(0);
        QVERIFY(all.allTenants);
        QCOMPARE(all.tenantIds, (QList<QUuid>{a.id, b.id}));
        const TenantScope one = model.scopeAt(2);
        QVERIFY(!one.allTenants);
        QCOMPARE(one.tenantIds, QList<QUuid>{b.id});
        QVERIFY(model.scopeAt(7).tenantIds.isEmpty());
        QCOMPARE(model.rowOf(a.id), 1);
        QCOMPARE(model.rowOf(QUuid()), 0);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
    }

    void tenantListWithoutAllTenantsRowForTenantAdmins()
    {
        TenantListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Tenant a{QUuid::createUuid(), QStringLiteral("Alpha"), QStringLiteral("alpha")};
        model.setTenants({a}, false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QUuid()), -1);
        QCOMPARE(model.scopeAt(0).tenantIds, QList<QUuid>{a.id});
        model.setTenants({}, true); // no tenants: no "All tenants" row either
        QCOMPARE(model.rowCount(), 0);
    }

    void overviewFiguresFormatAndExposeRawValues()
    {
        OverviewFiguresModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(OverviewFiguresModel::FigureCount));
        QVERIFY(!model.hasFigures());
        const QModelIndex minted =
            model.index(OverviewFiguresModel::CoinsMinted, OverviewFiguresModel::ValueColumn);
        QCOMPARE(minted.data().toString(), QStringLiteral("–"));
        QVERIFY(!minted.data(OverviewFiguresModel::RawValueRole).isValid());

        OverviewFigures figures;
        figures.mintedLast30 = 1234567;
        figures.mintedLast7 = 4200;
        figures.pendingApprovals = 3;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFigures(figures);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(minted.data().toString(), QStringLiteral("1,234,567"));
        QCOMPARE(minted.data(OverviewFiguresModel::RawValueRole).toLongLong(), 1234567);
        QCOMPARE(model.index(OverviewFiguresModel::CoinsMinted, OverviewFiguresModel::Last7Column)
                     .data()
                     .toString(),
                 QStringLiteral("4,200"));
        // Figures without a 7-day value leave that column empty rather than showing 0.
        const QModelIndex pending7 =
            model.index(OverviewFiguresModel::PendingApprovals, OverviewFiguresModel::Last7Column);
        QVERIFY(pending7.data().toString().isEmpty());
        QVERIFY(!pending7.data(OverviewFiguresModel::RawValueRole).isValid());
        QCOMPARE(
            model.index(OverviewFiguresModel::PendingApprovals, OverviewFiguresModel::ValueColumn)
                .data(OverviewFiguresModel::RawValueRole)
                .toLongLong(),
            3);
        QCOMPARE(minted.data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void dailyEconomyRowsPerDay()
    {
        DailyEconomyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today(2026, 6, 30);
        model.setDays({EconomyDay{today.addDays(-1), 10, 2}, EconomyDay{today, 1500, 0}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, DailyEconomyModel::MintedColumn).data().toString(),
                 QStringLiteral("1,500"));
        QCOMPARE(model.index(0, DailyEconomyModel::DayColumn)
                     .data(DailyEconomyModel::RawValueRole)
                     .toDate(),
                 today.addDays(-1));
        model.setDays({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sqlStatesMapToErrorKinds_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        using K = BackendError::Kind;
        QTest::newRow("insufficient privilege") << "42501"
                                                << "permission denied" << int(K::Permission);
        QTest::newRow("bad password") << "28P01"
                                      << "password authentication failed" << int(K::Permission);
        QTest::newRow("unique") << "23505"
                                << "duplicate key" << int(K::Conflict);
        QTest::newRow("serialization") << "40001"
                                       << "could not serialize" << int(K::Conflict);
        QTest::newRow("check") << "23514"
                               << "violates check constraint" << int(K::Validation);
        QTest::newRow("raise") << "P0001"
                               << "p_amount must be > 0" << int(K::Validation);
        QTest::newRow("timeout") << "57014"
                                 << "canceling statement due to statement timeout"
                                 << int(K::Timeout);
        QTest::newRow("cancel") << "57014"
                                << "canceling statement due to user request" << int(K::Cancelled);
        QTest::newRow("admin shutdown") << "57P01"
                                        << "terminating connection" << int(K::Connection);
        QTest::newRow("no data") << "P0002"
                                 << "request not found" << int(K::NotFound);
        QTest::newRow("syntax") << "42601"
                                << "syntax error" << int(K::Internal);
    }

    void sqlStatesMapToErrorKinds()
    {
        QFETCH(QString, state);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QCOMPARE(int(pg::kindForSqlState(state, message)), kind);
    }

    void errorsHaveUserMessagesAndKeepDetail()
    {
        const BackendError error(BackendError::Kind::Validation, QStringLiteral("amount too large"),
                                 QStringLiteral("22003"));
        QVERIFY(error.isError());
        QVERIFY(error.userMessage().contains(QStringLiteral("amount too large")));
        QCOMPARE(error.sqlState(), QStringLiteral("22003"));
        QVERIFY(!BackendError().isError());
        QCOMPARE(pg::firstLine("ERROR:  boom\nDETAIL: more"), QStringLiteral("boom"));
        const Result<int> failed(error);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind(), BackendError::Kind::Validation);
        QVERIFY(Result<int>(5).ok());
    }

    void uuidArraysRoundTrip()
    {
        const QList<QUuid> ids{QUuid::createUuid(), QUuid::createUuid()};
        const std::string literal = pg::uuidArrayLiteral(ids);
        QCOMPARE(literal.front(), '{');
        QCOMPARE(pg::parseUuidArray(literal), ids);
        QCOMPARE(pg::uuidArrayLiteral({}), std::string("{}"));
        QVERIFY(pg::parseUuidArray("{}").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
