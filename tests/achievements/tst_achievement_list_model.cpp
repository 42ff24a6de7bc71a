// AchievementListModel against a real PostgreSQL (dicedesk-db sandbox --migrate) with the rows
// of AchievementFixture: every row paged through in each sort order with small pages (ties on
// names and times across page and scope boundaries), the columns and typed roles of known rows,
// and the filters (scope, status, tenant, condition type, search with Swedish letters and SQL
// metacharacters), each compared with what the database holds. QAbstractItemModelTester
// watches the model throughout.
#include "AchievementFixture.h"
#include "achievements/AchievementListModel.h"
#include "backend/pg/PgBackend.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace dicedesk;
using test::AchievementFixture;

namespace {

constexpr int kTimeoutMs = 30000;
using Sort = AchievementFilter::Sort;

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

bool loadAll(KeysetListModel &model)
{
    return QTest::qWaitFor(
        [&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.isAtEnd() && !model.isLoading();
        },
        kTimeoutMs);
}

QList<QUuid> loadedIds(const AchievementListModel &model)
{
    QList<QUuid> ids;
    for (int row = 0; row < model.loadedCount(); ++row)
        ids.append(model.index(row, 0).data(KeysetListModel::IdRole).toUuid());
    return ids;
}

/// The fixture's achievements in the order a sort shows them (what a system admin sees).
std::string orderBy(Sort sort)
{
    switch (sort) {
    case Sort::Name:
        return " ORDER BY lower(a.name), a.id";
    case Sort::Key:
        return " ORDER BY coalesce(a.achievement_key, ''), a.id";
    case Sort::Updated:
        return " ORDER BY a.updated_at DESC, a.id DESC";
    }
    return {};
}

const std::string kInFixture =
    " a.scope_tenant_id IN ('00000000-0000-0000-0000-000000000000', "
    "'ac100000-0000-4000-8000-00000000000a', 'ac200000-0000-4000-8000-00000000000b')";

int rowOf(const AchievementListModel &model, const QUuid &id)
{
    for (int row = 0; row < model.loadedCount(); ++row) {
        if (model.index(row, 0).data(KeysetListModel::IdRole).toUuid() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestAchievementListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pg::PgBackend> m_sysadmin;

    /// Loads every row of @p filter and returns the ids in list order.
    QList<QUuid> listed(Backend *backend, const AchievementFilter &filter, int first = 50,
                        int later = 70)
    {
        AchievementListModel model(backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSizes(first, later);
        model.setCachedPageLimit(1000);
        model.setFilter(filter);
        model.fetchMore({});
        if (!loadAll(model))
            return {QUuid()}; // never equal to a real list
        if (model.tailError().isError())
            qWarning() << model.tailError().detail();
        return loadedIds(model);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            AchievementFixture::install();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        m_sysadmin = std::make_unique<pg::PgBackend>(
            AchievementFixture::dsnFor(QStringLiteral("ach_sysadmin")));
    }

    void cleanupTestCase() { m_sysadmin.reset(); }

    void pagesThroughEverySort_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("firstPage");
        QTest::addColumn<int>("laterPages");
        QTest::newRow("name 50/70") << int(Sort::Name) << 50 << 70;
        QTest::newRow("name 7/11") << int(Sort::Name) << 7 << 11;
        QTest::newRow("key 50/70") << int(Sort::Key) << 50 << 70;
        QTest::newRow("key 13/3") << int(Sort::Key) << 13 << 3;
        QTest::newRow("updated 50/70") << int(Sort::Updated) << 50 << 70;
        QTest::newRow("updated 2/5") << int(Sort::Updated) << 2 << 5; // inside runs of ties
    }

    void pagesThroughEverySort()
    {
        QFETCH(int, sort);
        QFETCH(int, firstPage);
        QFETCH(int, laterPages);
        const QList<QUuid> expected = AchievementFixture::ids(
            "SELECT a.id FROM achievements a WHERE" + kInFixture + orderBy(Sort(sort)));
        QVERIFY(expected.size() > 300);

        AchievementListModel model(m_sysadmin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSizes(firstPage, laterPages);
        model.setCachedPageLimit(1000); // every row stays readable for the comparison
        AchievementFilter filter;
        filter.scope = bothTenants();
        filter.sort = Sort(sort);
        model.setFilter(filter);
        QCOMPARE(model.filter().sort, Sort(sort));
        QCOMPARE(model.estimatedTotal(), -1);
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.loadedCount() > 0 || model.tailError().isError(),
                                 kTimeoutMs);
        QVERIFY2(!model.tailError().isError(), qPrintable(model.tailError().detail()));
        // The tester asks for more as it goes, so only the size of the first page is known.
        QVERIFY(model.loadedCount() >= firstPage);
        QVERIFY(model.estimatedTotal() >= firstPage);
        QVERIFY(loadAll(model));
        QVERIFY2(!model.tailError().isError(), qPrintable(model.tailError().detail()));
        const QList<QUuid> ids = loadedIds(model);
        QCOMPARE(ids.size(), expected.size());
        QCOMPARE(ids, expected);
        QCOMPARE(model.estimatedTotal(), qint64(expected.size()));
        // Small pages were asked for: many boundaries, inside runs of equal sort values.
        QVERIFY(model.pageCount() >= 1 + (expected.size() - firstPage) / laterPages);
    }

    void columnsAndRolesOfKnownRows()
    {
        AchievementListModel model(m_sysadmin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(AchievementListModel::ColumnCount));
        QCOMPARE(model.headerData(AchievementListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(model.headerData(AchievementListModel::BadgeColumn, Qt::Horizontal).toString(),
                 QString());
        QCOMPARE(
            model.headerData(AchievementListModel::TranslationsColumn, Qt::Horizontal).toString(),
            QStringLiteral("Translations"));
        QVERIFY(model.roleNames().value(AchievementListModel::IconConfigRole) == "iconConfig");
        QVERIFY(int(AchievementListModel::KeyRole) >= int(KeysetListModel::FirstSubclassRole));

        AchievementFilter filter;
        filter.scope = bothTenants();
        model.setPageSizes(1000, 1000);
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(loadAll(model));

        // Årets lekledare: global, active, manual, three holders, every translation.
        const int arets = rowOf(model, uuid(AchievementFixture::aretsId));
        QVERIFY(arets >= 0);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(arets, AchievementListModel::NameColumn).toString(),
                 QStringLiteral("Årets lekledare"));
        QCOMPARE(cell(arets, AchievementListModel::KeyColumn).toString(),
                 QStringLiteral("arets-lekledare"));
        QCOMPARE(cell(arets, AchievementListModel::ScopeColumn).toString(),
                 QStringLiteral("Global"));
        QCOMPARE(cell(arets, AchievementListModel::StatusColumn).toString(),
                 QStringLiteral("Active"));
        QCOMPARE(cell(arets, AchievementListModel::ConditionColumn).toString(),
                 QStringLiteral("manual"));
        QCOMPARE(cell(arets, AchievementListModel::UnlockColumn).toString(),
                 QStringLiteral("Manual"));
        QCOMPARE(cell(arets, AchievementListModel::TranslationsColumn).toString(),
                 QStringLiteral("sv en no"));
        QCOMPARE(cell(arets, AchievementListModel::HoldersColumn).toString(), QStringLiteral("3"));
        QCOMPARE(cell(arets, 0, AchievementListModel::HolderCountRole).toLongLong(), 3);
        QCOMPARE(cell(arets, 0, AchievementListModel::StatusRole).toString(),
                 QStringLiteral("active"));
        QCOMPARE(cell(arets, 0, AchievementListModel::ScopeRole).toString(),
                 QStringLiteral("global"));
        QVERIFY(cell(arets, 0, KeysetListModel::TenantIdRole).toUuid().isNull());
        QCOMPARE(cell(arets, 0, AchievementListModel::ConditionValueRole).toLongLong(), -1);
        const QJsonObject badge =
            cell(arets, 0, AchievementListModel::IconConfigRole).toJsonObject();
        QCOMPARE(badge.value(QLatin1String("shape")).toString(), QStringLiteral("star"));
        QCOMPARE(badge.value(QLatin1String("icon")).toString(), QStringLiteral("crown"));
        QCOMPARE(cell(arets, AchievementListModel::BadgeColumn).toString(), QString());
        QVERIFY(cell(arets, 0, AchievementListModel::MissingLocalesRole).toStringList().isEmpty());
        QCOMPARE(cell(arets, 0, AchievementListModel::BadgeColorRole).toString(),
                 QStringLiteral("#FFC107"));
        QVERIFY(cell(arets, 0, AchievementListModel::VersionRole).toInt() >= 0);
        QCOMPARE(cell(arets, 0, AchievementListModel::UpdatedAtRole).toDateTime(),
                 QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(cell(arets, AchievementListModel::UpdatedColumn).toString(),
                 KeysetListModel::formatTime(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC)));

        // The tenant row with metacharacters: tenant name as its scope, condition with value.
        const int meta = rowOf(model, uuid(AchievementFixture::metaId));
        QVERIFY(meta >= 0);
        QCOMPARE(cell(meta, AchievementListModel::ScopeColumn).toString(),
                 QLatin1String(AchievementFixture::tenantAName));
        QCOMPARE(cell(meta, 0, KeysetListModel::TenantIdRole).toUuid(),
                 uuid(AchievementFixture::tenantA));
        QCOMPARE(cell(meta, AchievementListModel::ConditionColumn).toString(),
                 QStringLiteral("score_milestone · 100"));
        QCOMPARE(cell(meta, AchievementListModel::UnlockColumn).toString(),
                 QStringLiteral("Milestone"));
        // No translation at all: every locale is flagged.
        QCOMPARE(cell(meta, AchievementListModel::TranslationsColumn).toString(),
                 QStringLiteral("—sv —en —no"));
        QVERIFY(cell(meta, AchievementListModel::TranslationsColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("sv, en, no")));

        // g-077: no Norwegian (7 × 11) nor English translation; g-014 lacks only no.
        const QUuid g077 =
            AchievementFixture::ids("SELECT id FROM achievements WHERE achievement_key = 'g-077'")
                .value(0);
        const int row77 = rowOf(model, g077);
        QVERIFY(row77 >= 0);
        QCOMPARE(cell(row77, AchievementListModel::TranslationsColumn).toString(),
                 QStringLiteral("sv —en —no"));
        QCOMPARE(cell(row77, 0, AchievementListModel::MissingLocalesRole).toStringList(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("no")}));
        const QUuid g014 =
            AchievementFixture::ids("SELECT id FROM achievements WHERE achievement_key = 'g-014'")
                .value(0);
        const int row14 = rowOf(model, g014);
        QCOMPARE(cell(row14, AchievementListModel::TranslationsColumn).toString(),
                 QStringLiteral("sv en —no"));
        // g-014: 14 % 10 = 4 active, 14 % 4 = 2 plan_created, value 14, milestone (14 % 3 = 2
        // is manual: 1 + 14 % 3 = 3).
        QCOMPARE(cell(row14, AchievementListModel::ConditionColumn).toString(),
                 QStringLiteral("plan_created · 14"));
        QCOMPARE(cell(row14, 0, AchievementListModel::UnlockTypeRole).toString(),
                 QStringLiteral("manual"));
        // g-005 is an easter egg (5 % 17 = 5).
        const QUuid g005 =
            AchievementFixture::ids("SELECT id FROM achievements WHERE achievement_key = 'g-005'")
                .value(0);
        const int row5 = rowOf(model, g005);
        QVERIFY(cell(row5, 0, AchievementListModel::EasterEggRole).toBool());
        QVERIFY(cell(row5, AchievementListModel::UnlockColumn)
                    .toString()
                    .contains(QLatin1String("easter egg")));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("scopeKind");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("conditionType");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("where"); ///< the same filter in SQL over achievements a
        QTest::addColumn<int>("atLeast");

        const QString tr = QStringLiteral(
            "(strpos(lower(a.name), lower(%1)) > 0 OR strpos(lower(coalesce(a.achievement_key, "
            "'')), lower(%1)) > 0 OR EXISTS (SELECT 1 FROM achievement_translations t WHERE "
            "t.achievement_id = a.id AND strpos(lower(t.name), lower(%1)) > 0))");
        QTest::newRow("global") << "global"
                                << ""
                                << ""
                                << ""
                                << "a.scope = 'global'" << 100;
        QTest::newRow("tenant") << "tenant"
                                << ""
                                << ""
                                << ""
                                << "a.scope = 'tenant'" << 200;
        QTest::newRow("drafts") << ""
                                << "draft"
                                << ""
                                << ""
                                << "a.status = 'draft'" << 50;
        QTest::newRow("archived tenant") << "tenant"
                                         << "archived"
                                         << ""
                                         << ""
                                         << "a.status = 'archived' AND a.scope = 'tenant'" << 30;
        QTest::newRow("condition") << ""
                                   << ""
                                   << "login_streak"
                                   << ""
                                   << "a.condition_type = 'login_streak'" << 70;
        QTest::newRow("condition active global")
            << "global"
            << "active"
            << "run_completed"
            << ""
            << "a.condition_type = 'run_completed' AND a.status = 'active' AND a.scope = 'global'"
            << 10;
        QTest::newRow("unknown condition") << ""
                                           << ""
                                           << "no_such_type"
                                           << ""
                                           << "false" << 0;
        QTest::newRow("swedish lower") << ""
                                       << ""
                                       << ""
                                       << "årets" << tr.arg("'årets'") << 1;
        QTest::newRow("swedish upper") << ""
                                       << ""
                                       << ""
                                       << "ÅRETS" << tr.arg("'årets'") << 1;
        QTest::newRow("translation only") << ""
                                          << ""
                                          << ""
                                          << "smörgås" << tr.arg("'smörgås'") << 1;
        QTest::newRow("swedish common") << ""
                                        << ""
                                        << ""
                                        << "Öppen" << tr.arg("'öppen'") << 30;
        QTest::newRow("percent") << ""
                                 << ""
                                 << ""
                                 << "%" << tr.arg("'%'") << 1;
        QTest::newRow("underscore") << ""
                                    << ""
                                    << ""
                                    << "_" << tr.arg("'_'") << 1;
        QTest::newRow("quote") << ""
                               << ""
                               << ""
                               << "'quoted'" << tr.arg("'''quoted'''") << 1;
        QTest::newRow("backslash") << ""
                                   << ""
                                   << ""
                                   << "\\" << tr.arg("'\\'") << 1;
        QTest::newRow("injection") << ""
                                   << ""
                                   << ""
                                   << "x' OR 1=1 --"
                                   << "false" << 0;
        QTest::newRow("key part") << ""
                                  << ""
                                  << ""
                                  << "a-01" << tr.arg("'a-01'") << 10;
        QTest::newRow("search and filters")
            << "tenant"
            << "active"
            << ""
            << "zebra" << (tr.arg("'zebra'") + " AND a.status = 'active' AND a.scope = 'tenant'")
            << 5;
    }

    void filters()
    {
        QFETCH(QString, scopeKind);
        QFETCH(QString, status);
        QFETCH(QString, conditionType);
        QFETCH(QString, search);
        QFETCH(QString, where);
        QFETCH(int, atLeast);
        const QList<QUuid> expected =
            AchievementFixture::ids("SELECT a.id FROM achievements a WHERE" + kInFixture +
                                    " AND (" + where.toStdString() + ")" + orderBy(Sort::Name));
        QVERIFY2(expected.size() >= atLeast, qPrintable(QString::number(expected.size())));

        AchievementFilter filter;
        filter.scope = bothTenants();
        filter.scopeKind = scopeKind;
        filter.includeGlobal = scopeKind != QLatin1String("tenant");
        filter.status = status;
        filter.conditionType = conditionType;
        filter.search = search;
        const QList<QUuid> ids = listed(m_sysadmin.get(), filter, 20, 30);
        QCOMPARE(ids.size(), expected.size());
        QCOMPARE(ids, expected);
    }

    void tenantNarrowsTheList()
    {
        AchievementFilter filter;
        filter.scope.tenantIds = {uuid(AchievementFixture::tenantB)};
        filter.includeGlobal = false;
        filter.sort = Sort::Key;
        const QList<QUuid> expected = AchievementFixture::ids(
            "SELECT a.id FROM achievements a WHERE a.tenant_id = '" +
            std::string(AchievementFixture::tenantB) + "'" + orderBy(Sort::Key));
        QCOMPARE(expected.size(), AchievementFixture::tenantBCount + 2);
        QCOMPARE(listed(m_sysadmin.get(), filter), expected);

        // With the global ones.
        filter.includeGlobal = true;
        const QList<QUuid> withGlobal =
            AchievementFixture::ids("SELECT a.id FROM achievements a WHERE a.tenant_id = '" +
                                    std::string(AchievementFixture::tenantB) +
                                    "' OR a.tenant_id IS NULL" + orderBy(Sort::Key));
        QCOMPARE(listed(m_sysadmin.get(), filter), withGlobal);
    }

    void personalLoginsSeeWhatTheyMay()
    {
        // A plain member of A: no drafts, nothing of B.
        auto member = std::make_unique<pg::PgBackend>(
            AchievementFixture::dsnFor(QStringLiteral("ach_member")));
        AchievementFilter filter;
        filter.scope = bothTenants();
        const QList<QUuid> memberSees = AchievementFixture::ids(
            "SELECT a.id FROM achievements a WHERE (a.tenant_id IS NULL OR a.tenant_id = '" +
            std::string(AchievementFixture::tenantA) + "') AND a.status <> 'draft'" +
            orderBy(Sort::Name));
        QCOMPARE(listed(member.get(), filter), memberSees);

        // The designer (editor of A) also sees A's drafts, not global drafts.
        auto designer = std::make_unique<pg::PgBackend>(
            AchievementFixture::dsnFor(QStringLiteral("ach_designer")));
        const QList<QUuid> designerSees = AchievementFixture::ids(
            "SELECT a.id FROM achievements a WHERE (a.tenant_id IS NULL AND a.status <> 'draft') "
            "OR a.tenant_id = '" +
            std::string(AchievementFixture::tenantA) + "'" + orderBy(Sort::Name));
        QCOMPARE(listed(designer.get(), filter), designerSees);
        QVERIFY(designerSees.size() > memberSees.size());
    }

    void setFilterResetsTheList()
    {
        AchievementListModel model(m_sysadmin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSizes(30, 30);
        AchievementFilter filter;
        filter.scope = bothTenants();
        model.setFilter(filter);
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.loadedCount() >= 30, kTimeoutMs);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        filter.search = QStringLiteral("årets");
        model.setFilter(filter);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.estimatedTotal(), -1);
        QCOMPARE(model.filter().search, QStringLiteral("årets"));
        model.fetchMore({});
        QVERIFY(loadAll(model));
        QCOMPARE(model.loadedCount(), 1);
        QCOMPARE(model.summary(0)->id, uuid(AchievementFixture::aretsId));
        QCOMPARE(model.summary(0)->holderCount, 3);
    }
};

QTEST_GUILESS_MAIN(TestAchievementListModel)
#include "tst_achievement_list_model.moc"
