// The command palette's database search: PaletteModel over a PgBackend signed in with a
// personal login, against a throwaway PostgreSQL (`dicedesk-db sandbox --migrate`) holding
// PaletteFixture. Users by name and e-mail, achievements, requests, tenant isolation, and
// text that would be dangerous if it reached SQL or LIKE unescaped.
#include "PaletteFixture.h"
#include "backend/pg/PgBackend.h"
#include "items/PaletteModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace dicedesk;
using test::PaletteFixture;
using Kind = PaletteTarget::Kind;

namespace {

constexpr int kTimeoutMs = 20000;

QString uuid(const char *text)
{
    return QUuid::fromString(QLatin1String(text)).toString(QUuid::WithoutBraces);
}

QStringList ids(const QList<PaletteTarget> &targets)
{
    QStringList out;
    for (const PaletteTarget &target : targets)
        out.append(target.id);
    return out;
}

TenantScope scopeOf(std::initializer_list<const char *> tenants, bool all = false)
{
    TenantScope scope;
    for (const char *tenant : tenants)
        scope.tenantIds.append(QUuid::fromString(QLatin1String(tenant)));
    scope.allTenants = all;
    return scope;
}

/// The title of the section header above @p row.
QString sectionAbove(const PaletteModel &model, int row)
{
    for (int r = row - 1; r >= 0; --r) {
        if (model.index(r).data(PaletteModel::IsHeaderRole).toBool())
            return model.index(r).data().toString();
    }
    return {};
}

int databaseHits(const PaletteModel &model)
{
    return static_cast<int>(model.targets(Kind::User).size() +
                            model.targets(Kind::Achievement).size() +
                            model.targets(Kind::Request).size());
}

} // namespace

class TestPaletteSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pg::PgBackend> m_sysadmin;
    std::unique_ptr<pg::PgBackend> m_tenantAdmin;

    static std::unique_ptr<pg::PgBackend> connect(const QString &login)
    {
        auto backend = std::make_unique<pg::PgBackend>(PaletteFixture::dsnFor(login));
        QFuture<Result<bool>> opened = backend->open();
        if (!QTest::qWaitFor([&] { return opened.isFinished(); }, kTimeoutMs))
            return nullptr;
        if (!opened.result().ok()) {
            qWarning() << "open failed:" << opened.result().error().detail();
            return nullptr;
        }
        return backend;
    }

    /// Types @p text into a fresh query and waits for the database's answer (if asked).
    static bool search(PaletteModel &model, const QString &text)
    {
        model.setQuery({});
        model.setQuery(text);
        return QTest::qWaitFor([&] { return !model.isSearching(); }, kTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            PaletteFixture::install();
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        m_sysadmin = connect(QStringLiteral("pal_sysadmin"));
        m_tenantAdmin = connect(QStringLiteral("pal_tenant_admin"));
        QVERIFY(m_sysadmin);
        QVERIFY(m_tenantAdmin);
    }

    void cleanupTestCase()
    {
        m_sysadmin.reset();
        m_tenantAdmin.reset();
    }

    void findsUsersByNameAndEmailUnderUsers()
    {
        PaletteModel model(m_sysadmin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(scopeOf({PaletteFixture::tenantA, PaletteFixture::tenantB}, true));

        QVERIFY(search(model, QStringLiteral("Max")));
        QVERIFY(!model.hasError());
        QCOMPARE(ids(model.targets(Kind::User)), QStringList{uuid(PaletteFixture::max)});
        PaletteTarget max;
        max.kind = Kind::User;
        max.id = uuid(PaletteFixture::max);
        const int row = model.rowOf(max);
        QVERIFY(row > 0);
        QCOMPARE(sectionAbove(model, row), QStringLiteral("Users"));
        QCOMPARE(model.targetAt(row).tenantId,
                 QUuid::fromString(QLatin1String(PaletteFixture::tenantA)));
        QCOMPARE(model.targetAt(row).title, QStringLiteral("Max Member"));
        QCOMPARE(model.index(row).data(PaletteModel::SubtitleRole).toString(),
                 QStringLiteral("member.a@example.test"));

        // By e-mail, in any case, and with the "@" users-only prefix.
        for (const QString &text : {QStringLiteral("member.b@"), QStringLiteral("MEMBER.B@EXAMPLE"),
                                    QStringLiteral("@member.b")}) {
            QVERIFY(search(model, text));
            QVERIFY2(!model.hasError(), qPrintable(text));
            QCOMPARE(ids(model.targets(Kind::User)), QStringList{uuid(PaletteFixture::bea)});
            const int bea = model.rowOf(model.targets(Kind::User).at(0));
            QCOMPARE(sectionAbove(model, bea), QStringLiteral("Users"));
        }

        // Names with Nordic letters, typed in either case.
        for (const QString &text : {QStringLiteral("Åsa"), QStringLiteral("åsa ö")}) {
            QVERIFY(search(model, text));
            QVERIFY2(!model.hasError(), qPrintable(text));
            QCOMPARE(ids(model.targets(Kind::User)), QStringList{uuid(PaletteFixture::asa)});
        }
    }

    void findsAchievementsAndRequests()
    {
        PaletteModel model(m_sysadmin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(scopeOf({PaletteFixture::tenantA, PaletteFixture::tenantB}, true));

        QVERIFY(search(model, QStringLiteral("first")));
        QCOMPARE(ids(model.targets(Kind::Achievement)),
                 QStringList{uuid(PaletteFixture::firstGame)});
        const int achievement = model.rowOf(model.targets(Kind::Achievement).at(0));
        QCOMPARE(sectionAbove(model, achievement), QStringLiteral("Achievements"));

        QVERIFY(search(model, QStringLiteral("summer camp")));
        QCOMPARE(ids(model.targets(Kind::Request)),
                 QStringList{uuid(PaletteFixture::summerRequest)});
        const int request = model.rowOf(model.targets(Kind::Request).at(0));
        QCOMPARE(sectionAbove(model, request), QStringLiteral("Requests"));
        QVERIFY(model.targets(Kind::Request).at(0).title.startsWith(QStringLiteral("600 coins")));

        // "#" and the start of a request's id.
        QVERIFY(search(model, QStringLiteral("#30000000-0000-4000-8000-00000000000")));
        QCOMPARE(model.targets(Kind::Request).size(), 2);
        QVERIFY(model.targets(Kind::User).isEmpty());
    }

    void tenantAdminFindsNoOneOfAnotherTenant()
    {
        PaletteModel model(m_tenantAdmin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(scopeOf({PaletteFixture::tenantA}));
        QVERIFY(search(model, QStringLiteral("Max")));
        QCOMPARE(ids(model.targets(Kind::User)), QStringList{uuid(PaletteFixture::max)});
        QVERIFY(search(model, QStringLiteral("Bea")));
        QVERIFY(!model.hasError());
        QVERIFY(model.targets(Kind::User).isEmpty());

        // Even asking for tenant B by id: row security hides B's people, achievements and
        // requests from an admin of A.
        model.setScope(scopeOf({PaletteFixture::tenantA, PaletteFixture::tenantB}));
        for (const QString &text : {QStringLiteral("Bea"), QStringLiteral("member.b"),
                                    QStringLiteral("Beta"), QStringLiteral("league")}) {
            QVERIFY(search(model, text));
            QVERIFY2(!model.hasError(), qPrintable(text));
            QVERIFY2(databaseHits(model) == 0, qPrintable(text));
        }
        QVERIFY(search(model, QStringLiteral("summer")));
        QCOMPARE(ids(model.targets(Kind::Request)),
                 QStringList{uuid(PaletteFixture::summerRequest)});
    }

    void hostileTextFindsNothingAndBreaksNothing()
    {
        PaletteModel model(m_sysadmin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(scopeOf({PaletteFixture::tenantA, PaletteFixture::tenantB}, true));

        const QStringList hostile = {
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("\\"),
            QStringLiteral("%%"),
            QStringLiteral("_%"),
            QStringLiteral("\\%"),
            QStringLiteral("'; DROP TABLE users; --"),
            QStringLiteral("' OR '1'='1"),
            QString(QChar(0)),
            QStringLiteral("%") + QChar(0) + QStringLiteral("_"),
            // Would match "Pat 100% Sure" if _ or \ were wildcards or escapes.
            QStringLiteral("Pat 100_"),
            QStringLiteral("Pat 100\\"),
            QString(10000, QLatin1Char('%')),
            QString(10000, QLatin1Char('a')),
        };
        for (const QString &text : hostile) {
            const QString label = text.left(30).toHtmlEscaped();
            QVERIFY2(search(model, text), qPrintable(label));
            QVERIFY2(!model.hasError(), qPrintable(label));
            QVERIFY2(databaseHits(model) == 0, qPrintable(label));
        }

        // A literal % is matched as itself.
        QVERIFY(search(model, QStringLiteral("Pat 100%")));
        QCOMPARE(ids(model.targets(Kind::User)), QStringList{uuid(PaletteFixture::pat)});

        // Straight to the backend, past the palette's length check: an answer, not a crash.
        SearchQuery longQuery;
        longQuery.text = QString(10000, QLatin1Char('x'));
        longQuery.scope = model.scope();
        QFuture<Result<QList<SearchHit>>> answer = m_sysadmin->search(longQuery);
        QVERIFY(QTest::qWaitFor([&] { return answer.isFinished(); }, kTimeoutMs));
        const Result<QList<SearchHit>> result = answer.result();
        QVERIFY(result.ok() || result.error().kind() == BackendError::Kind::Validation);
        if (result.ok())
            QVERIFY(result.value().isEmpty());

        // And the users table is still there.
        QVERIFY(search(model, QStringLiteral("Max")));
        QVERIFY(!model.hasError());
        QCOMPARE(ids(model.targets(Kind::User)), QStringList{uuid(PaletteFixture::max)});
    }

    void lastTextWins()
    {
        PaletteModel model(m_sysadmin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(scopeOf({PaletteFixture::tenantA, PaletteFixture::tenantB}, true));
        QSignalSpy started(&model, &PaletteModel::searchStarted);
        QSignalSpy finished(&model, &PaletteModel::searchFinished);

        // Keystrokes faster than the pause: one search, for the whole text.
        for (const QString &text :
             {QStringLiteral("B"), QStringLiteral("Be"), QStringLiteral("Bea")})
            model.setQuery(text);
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(started.count(), 1);
        QCOMPARE(ids(model.targets(Kind::User)), QStringList{uuid(PaletteFixture::bea)});

        // A search asked is overtaken by the next text: its answer (here its cancellation,
        // as it waits behind a slow query on the connection) is dropped.
        QFuture<Result<bool>> busy = m_sysadmin->sleep(1.0);
        model.setDebounceInterval(0);
        model.setQuery(QStringLiteral("Ada"));
        QVERIFY(started.wait(kTimeoutMs));
        const int overtaken = started.last().at(0).toInt();
        model.setQuery(QStringLiteral("Max"));
        QVERIFY(QTest::qWaitFor([&] { return !model.isSearching(); }, kTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(model.staleAnswers(), 1, kTimeoutMs);
        QCOMPARE(ids(model.targets(Kind::User)), QStringList{uuid(PaletteFixture::max)});
        for (const QList<QVariant> &signal : std::as_const(finished))
            QVERIFY(signal.at(0).toInt() != overtaken);
        QVERIFY(QTest::qWaitFor([&] { return busy.isFinished(); }, kTimeoutMs));
    }
};

QTEST_GUILESS_MAIN(TestPaletteSearch)
#include "tst_palette_search.moc"
