// Data-layer tests: a real dicedesk::pg::PgBackend on its worker thread, against a real
// PostgreSQL started by `dicedesk-db sandbox --migrate`, with the known data of GuiFixture plus
// two recipients of its own. A separate superuser connection (ServerObserver) sets up, watches
// pg_stat_activity, holds row locks and terminates the console's server process.
//
// What is checked: cancelling a queued and a running call (the server's query stops), the
// per-connection statement timeout, a write whose server process is terminated while it waits
// on a lock (it lands exactly once, with its original key), replays and key conflicts, reads
// that resume after a dropped connection, the idle heartbeat, typed errors worded for people,
// and a server that is not there.
#include "GuiFixture.h"
#include "ServerObserver.h"
#include "backend/pg/PgBackend.h"
#include "backend/pg/PgErrorMapper.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <new>
#include <pqxx/except>
#include <stdexcept>

using namespace dicedesk;
using test::GuiFixture;
using test::ServerObserver;
using test::uuidText;
using Kind = BackendError::Kind;
using State = Backend::State;

namespace {

constexpr int kTimeoutMs = 20000;

const QUuid kTenantA = QUuid::fromString(QLatin1String(GuiFixture::tenantA));
/// Active members of Alpha Club that only this test pays, with wallets that start at 0.
const QUuid kDee = QUuid::fromString(QLatin1String("00000000-0000-4000-8000-0000000000d1"));
const QUuid kDan = QUuid::fromString(QLatin1String("00000000-0000-4000-8000-0000000000d2"));

const char *kOwnFixtureSql = R"sql(
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('00000000-0000-4000-8000-0000000000d1', 'dee.datalayer@example.test', 'Dee Datalayer', 'member'),
    ('00000000-0000-4000-8000-0000000000d2', 'dan.datalayer@example.test', 'Dan Datalayer', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('00000000-0000-4000-8000-0000000000d1', 'a0000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('00000000-0000-4000-8000-0000000000d2', 'a0000000-0000-4000-8000-00000000000a', 'member', 'active');
-- Empty wallets (balance 0 = the sum of no entries), so a test can lock them before paying.
INSERT INTO user_coins (user_id, tenant_id, balance, total_earned, total_spent) VALUES
    ('00000000-0000-4000-8000-0000000000d1', 'a0000000-0000-4000-8000-00000000000a', 0, 0, 0),
    ('00000000-0000-4000-8000-0000000000d2', 'a0000000-0000-4000-8000-00000000000a', 0, 0, 0);
)sql";

/// Locks Dee's wallet row: an award to Dee waits for it.
const char *kLockDeeWalletSql = "SELECT balance FROM public.user_coins "
                                "WHERE user_id = '00000000-0000-4000-8000-0000000000d1' "
                                "AND tenant_id = 'a0000000-0000-4000-8000-00000000000a' FOR UPDATE";

/// Waits (spinning the event loop) for a backend call; a call that never answers becomes an
/// Internal error the test then reports.
template<typename T> Result<T> await(const QFuture<Result<T>> &future, int timeoutMs = kTimeoutMs)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return BackendError(Kind::Internal, QStringLiteral("test: no answer in time"));
    return future.result();
}

QString describe(const BackendError &error)
{
    return QStringLiteral("kind %1, SQLSTATE '%2': %3")
        .arg(QVariant::fromValue(static_cast<int>(error.kind())).toString(), error.sqlState(),
             error.detail());
}

template<typename T> QString describe(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("ok") : describe(result.error());
}

/// Empty if the error is fit for the pane: translated, non-empty, free of library text.
QString presentationProblem(const BackendError &error)
{
    const QString shown = error.userMessage();
    if (shown.trimmed().isEmpty())
        return QStringLiteral("empty user message for ") + describe(error);
    for (const char *raw : {"ERROR:", "FATAL:", "pqxx", "libpq"}) {
        if (shown.contains(QLatin1String(raw), Qt::CaseInsensitive))
            return QStringLiteral("raw library text in the user message: ") + shown;
    }
    return {};
}

AwardDraft draft(const QString &key, QList<QUuid> recipients, int amount,
                 const QString &message = QStringLiteral("Data layer test"))
{
    AwardDraft d;
    d.tenantId = kTenantA;
    d.recipients = std::move(recipients);
    d.amount = amount;
    d.message = message;
    d.idempotencyKey = key;
    return d;
}

/// A backend for a personal login, opened; check state() before using it.
std::unique_ptr<pg::PgBackend> connectAs(const QString &login, ConnectionOptions options = {})
{
    options.conninfo = GuiFixture::dsnFor(login);
    auto backend = std::make_unique<pg::PgBackend>(options);
    const Result<bool> opened = await(backend->open());
    if (!opened.ok())
        qWarning() << "could not open" << login << describe(opened);
    return backend;
}

QList<State> states(const QSignalSpy &spy)
{
    QList<State> seen;
    for (const QList<QVariant> &arguments : spy)
        seen.append(arguments.first().value<State>());
    return seen;
}

/// True if @p seen holds Reconnecting and, later, Connected.
bool reconnectedAfterDrop(const QList<State> &seen)
{
    const qsizetype reconnecting = seen.indexOf(State::Reconnecting);
    return reconnecting >= 0 && seen.indexOf(State::Connected, reconnecting) > reconnecting;
}

} // namespace

class TestDataLayer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerObserver> m_server;

    ServerObserver &server() { return *m_server; }

    bool isRunning(int pid, const QString &what)
    {
        const test::ServerActivity activity = server().activity(pid);
        return activity.exists && activity.state == QLatin1String("active") &&
               activity.query.contains(what);
    }

    bool isWaitingOnLock(int pid)
    {
        const test::ServerActivity activity = server().activity(pid);
        return activity.exists && activity.waitEventType == QLatin1String("Lock");
    }

    /// Terminates the console's server process and waits until it is gone.
    bool terminateAndWait(int pid)
    {
        if (pid == 0 || !server().terminate(pid))
            return false;
        return QTest::qWaitFor([&] { return !server().activity(pid).exists; }, kTimeoutMs);
    }

    qint64 awardsWithKey(const QString &key)
    {
        return server().number("SELECT count(*) FROM public.gamification_admin_awards "
                               "WHERE tenant_id = $1 AND idempotency_key = $2",
                               uuidText(kTenantA), key.toStdString());
    }

    /// Ledger entries of one recipient that belong to the award.
    qint64 ledgerEntriesOfAward(const QUuid &user, const QUuid &award)
    {
        return server().number("SELECT count(*) FROM public.coin_transactions "
                               "WHERE tenant_id = $1 AND user_id = $2 "
                               "AND metadata->>'award_id' = $3",
                               uuidText(kTenantA), uuidText(user), uuidText(award));
    }

    qint64 ledgerEntriesWithKey(const QUuid &user, const QString &key)
    {
        return server().number("SELECT count(*) FROM public.coin_transactions "
                               "WHERE tenant_id = $1 AND user_id = $2 AND idempotency_key = $3",
                               uuidText(kTenantA), uuidText(user),
                               key.toStdString() + ':' + uuidText(user));
    }

    qint64 walletBalance(const QUuid &user)
    {
        return server().number(
            "SELECT balance FROM public.user_coins WHERE tenant_id = $1 AND user_id = $2",
            uuidText(kTenantA), uuidText(user));
    }

    qint64 ledgerSum(const QUuid &user)
    {
        return server().number("SELECT coalesce(sum(CASE type WHEN 'earn' THEN amount "
                               "ELSE -amount END), 0) FROM public.coin_transactions "
                               "WHERE tenant_id = $1 AND user_id = $2",
                               uuidText(kTenantA), uuidText(user));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            GuiFixture::install();
            m_server = std::make_unique<ServerObserver>();
            server().exec(kOwnFixtureSql);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void cleanup()
    {
        // A failed test must not leave a lock behind for the next one.
        if (m_server)
            server().releaseLocks();
    }

    // 1 -----------------------------------------------------------------------------------
    void cancelQueuedCall()
    {
        auto backend = connectAs(QStringLiteral("gui_tenant_admin"));
        QCOMPARE(backend->state(), State::Connected);
        const int pid = backend->serverProcessId();

        // A long call in front: an award that waits for Dee's wallet, which we hold.
        server().holdLocks(kLockDeeWalletSql);
        const QString key = QStringLiteral("dl-queued-0001");
        const QFuture<Result<AwardOutcome>> first = backend->sendAward(draft(key, {kDee}, 5));
        CancelToken token;
        const QFuture<Result<bool>> second = backend->sleep(0.01, token);
        QTRY_VERIFY_WITH_TIMEOUT(isWaitingOnLock(pid), kTimeoutMs);

        token.cancel();
        // Resolved by cancel() itself: the worker is still busy with the first call.
        QVERIFY(second.isFinished());
        QVERIFY(!first.isFinished());
        const Result<bool> cancelled = second.result();
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind(), Kind::Cancelled);
        QVERIFY2(presentationProblem(cancelled.error()).isEmpty(),
                 qPrintable(presentationProblem(cancelled.error())));

        server().releaseLocks();
        const Result<AwardOutcome> paid = await(first);
        QVERIFY2(paid.ok(), qPrintable(describe(paid)));
        QVERIFY(paid.value().paid);
        QCOMPARE(awardsWithKey(key), 1);
        QCOMPARE(backend->serverProcessId(), pid); // the connection was kept throughout
    }

    // 2 -----------------------------------------------------------------------------------
    void cancelRunningCallStopsTheServerQuery()
    {
        auto backend = connectAs(QStringLiteral("gui_sysadmin"));
        QCOMPARE(backend->state(), State::Connected);
        const int pid = backend->serverProcessId();
        QVERIFY(pid != 0);
        QCOMPARE(server().activity(pid).applicationName, QStringLiteral("DiceDesk"));

        CancelToken token;
        const QFuture<Result<bool>> sleeping = backend->sleep(30, token);
        QTRY_VERIFY_WITH_TIMEOUT(isRunning(pid, QStringLiteral("pg_sleep")), kTimeoutMs);
        token.cancel();

        // Well before the 30 s sleep would have ended.
        const Result<bool> result = await(sleeping, 10000);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().kind() == Kind::Cancelled, qPrintable(describe(result)));
        QCOMPARE(result.error().sqlState(), QStringLiteral("57014"));
        QVERIFY2(presentationProblem(result.error()).isEmpty(),
                 qPrintable(presentationProblem(result.error())));
        // The server stopped the query (it was not just ignored), and the connection stays.
        QTRY_COMPARE_WITH_TIMEOUT(server().activity(pid).state, QStringLiteral("idle"), kTimeoutMs);
        QCOMPARE(backend->serverProcessId(), pid);
        const Result<QList<Tenant>> tenants = await(backend->tenants());
        QVERIFY2(tenants.ok(), qPrintable(describe(tenants)));
        QCOMPARE(tenants.value().size(), 2);
        QCOMPARE(backend->serverProcessId(), pid);
    }

    // 3 -----------------------------------------------------------------------------------
    void statementTimeoutIsTimeoutNotCancel()
    {
        ConnectionOptions options;
        options.statementTimeoutMs = 300;
        auto backend = connectAs(QStringLiteral("gui_sysadmin"), options);
        QCOMPARE(backend->state(), State::Connected);
        const int pid = backend->serverProcessId();
        // The server itself does not limit statements; the console's connection does.
        QCOMPARE(server().text("SELECT setting FROM pg_settings WHERE name = 'statement_timeout'"),
                 QStringLiteral("0"));
        const Result<bool> result = await(backend->sleep(5));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().kind() == Kind::Timeout, qPrintable(describe(result)));
        QCOMPARE(result.error().sqlState(), QStringLiteral("57014"));
        QVERIFY2(presentationProblem(result.error()).isEmpty(),
                 qPrintable(presentationProblem(result.error())));
        // The connection survives the timeout.
        QCOMPARE(backend->serverProcessId(), pid);
        QVERIFY(await(backend->sleep(0.01)).ok());
    }

    // 4 -----------------------------------------------------------------------------------
    void terminatedWriteLandsExactlyOnce()
    {
        auto backend = connectAs(QStringLiteral("gui_tenant_admin"));
        QCOMPARE(backend->state(), State::Connected);
        const int pid = backend->serverProcessId();
        const qint64 deeBefore = walletBalance(kDee);
        const qint64 danBefore = walletBalance(kDan);
        QSignalSpy stateSpy(backend.get(), &Backend::stateChanged);

        server().holdLocks(kLockDeeWalletSql);
        const QString key = QStringLiteral("dl-terminate-0001");
        const QFuture<Result<AwardOutcome>> sending =
            backend->sendAward(draft(key, {kDee, kDan}, 10));
        QTRY_VERIFY_WITH_TIMEOUT(isWaitingOnLock(pid), kTimeoutMs);
        QVERIFY(server().activity(pid).query.contains(QLatin1String("dicedesk_award_v1")));

        QVERIFY(terminateAndWait(pid));
        server().releaseLocks();

        const Result<AwardOutcome> result = await(sending);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result.value().paid);
        QVERIFY(!result.value().replayed); // the terminated attempt had written nothing
        const QUuid award = result.value().awardId;
        QVERIFY(!award.isNull());

        // Shown and re-established: a new server process, set up as the first one was.
        QTRY_VERIFY_WITH_TIMEOUT(reconnectedAfterDrop(states(stateSpy)), kTimeoutMs);
        QCOMPARE(backend->state(), State::Connected);
        const int newPid = backend->serverProcessId();
        QVERIFY(newPid != 0 && newPid != pid);
        QCOMPARE(server().activity(newPid).applicationName, QStringLiteral("DiceDesk"));

        QCOMPARE(awardsWithKey(key), 1);
        for (const QUuid &user : {kDee, kDan}) {
            QCOMPARE(ledgerEntriesOfAward(user, award), 1);
            QCOMPARE(ledgerEntriesWithKey(user, key), 1);
            QCOMPARE(walletBalance(user), ledgerSum(user));
        }
        QCOMPARE(walletBalance(kDee), deeBefore + 10);
        QCOMPARE(walletBalance(kDan), danBefore + 10);
    }

    // 5 -----------------------------------------------------------------------------------
    void repeatsAreReplaysAndAChangedPayloadConflicts()
    {
        auto backend = connectAs(QStringLiteral("gui_tenant_admin"));
        QCOMPARE(backend->state(), State::Connected);
        const QString key = QStringLiteral("dl-double-0001");
        const AwardDraft once = draft(key, {kDan}, 7);
        const qint64 danBefore = walletBalance(kDan);

        // A double click: both sends are queued before either answers.
        const QFuture<Result<AwardOutcome>> firstClick = backend->sendAward(once);
        const QFuture<Result<AwardOutcome>> secondClick = backend->sendAward(once);
        const Result<AwardOutcome> first = await(firstClick);
        const Result<AwardOutcome> second = await(secondClick);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QVERIFY(first.value().paid && !first.value().replayed);
        QVERIFY(second.value().paid && second.value().replayed);
        QCOMPARE(second.value().awardId, first.value().awardId);

        // Again after the idle connection was terminated: reconnect, then a replay.
        const int pid = backend->serverProcessId();
        QVERIFY(terminateAndWait(pid));
        const Result<AwardOutcome> third = await(backend->sendAward(once));
        QVERIFY2(third.ok(), qPrintable(describe(third)));
        QVERIFY(third.value().replayed);
        QCOMPARE(third.value().awardId, first.value().awardId);
        QVERIFY(backend->serverProcessId() != pid);

        // The same key for another amount is a conflict, not a second payment.
        const Result<AwardOutcome> changed = await(backend->sendAward(draft(key, {kDan}, 8)));
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().kind() == Kind::Conflict, qPrintable(describe(changed)));
        QCOMPARE(changed.error().sqlState(), QStringLiteral("DD409"));
        QVERIFY2(presentationProblem(changed.error()).isEmpty(),
                 qPrintable(presentationProblem(changed.error())));

        QCOMPARE(awardsWithKey(key), 1);
        QCOMPARE(ledgerEntriesWithKey(kDan, key), 1);
        QCOMPARE(walletBalance(kDan), danBefore + 7);
        QCOMPARE(walletBalance(kDan), ledgerSum(kDan));
    }

    // 6 -----------------------------------------------------------------------------------
    void readsResumeAfterADroppedConnection()
    {
        auto backend = connectAs(QStringLiteral("gui_sysadmin"));
        QCOMPARE(backend->state(), State::Connected);
        const Result<QList<Tenant>> before = await(backend->tenants());
        QVERIFY2(before.ok(), qPrintable(describe(before)));
        QSignalSpy stateSpy(backend.get(), &Backend::stateChanged);

        const int pid = backend->serverProcessId();
        QVERIFY(terminateAndWait(pid));
        const Result<QList<Tenant>> after = await(backend->tenants());
        QVERIFY2(after.ok(), qPrintable(describe(after)));
        QCOMPARE(after.value().size(), before.value().size());
        QTRY_VERIFY_WITH_TIMEOUT(reconnectedAfterDrop(states(stateSpy)), kTimeoutMs);
        QVERIFY(backend->serverProcessId() != pid);

        // And once more with a read that has several statements in one snapshot.
        QVERIFY(terminateAndWait(backend->serverProcessId()));
        TenantScope scope;
        scope.tenantIds = {kTenantA};
        const Result<OverviewFigures> overview = await(backend->overview(scope));
        QVERIFY2(overview.ok(), qPrintable(describe(overview)));
        QVERIFY(overview.value().mintedLast30 >= 150);
        QCOMPARE(backend->state(), State::Connected);
    }

    void heartbeatNoticesAnIdleDrop()
    {
        // With a short heartbeat the worker notices the drop with no call at all.
        qputenv("DICEDESK_HEARTBEAT_MS", "200");
        auto backend = connectAs(QStringLiteral("gui_sysadmin"));
        qunsetenv("DICEDESK_HEARTBEAT_MS");
        QCOMPARE(backend->state(), State::Connected);
        QSignalSpy stateSpy(backend.get(), &Backend::stateChanged);
        const int pid = backend->serverProcessId();
        QVERIFY(terminateAndWait(pid));
        QTRY_VERIFY_WITH_TIMEOUT(reconnectedAfterDrop(states(stateSpy)), kTimeoutMs);
        const int newPid = backend->serverProcessId();
        QVERIFY(newPid != 0 && newPid != pid);
        QVERIFY(server().activity(newPid).exists);
    }

    // 7 -----------------------------------------------------------------------------------
    void memberMayNotAward()
    {
        auto backend = connectAs(QStringLiteral("gui_member"));
        QCOMPARE(backend->state(), State::Connected);
        const QString key = QStringLiteral("dl-member-0001");
        const Result<AwardOutcome> result = await(backend->sendAward(draft(key, {kDee}, 5)));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().kind() == Kind::Permission, qPrintable(describe(result)));
        QCOMPARE(result.error().sqlState(), QStringLiteral("42501"));
        QVERIFY2(presentationProblem(result.error()).isEmpty(),
                 qPrintable(presentationProblem(result.error())));
        QCOMPARE(awardsWithKey(key), 0);
    }

    void invalidAmountIsValidation_data()
    {
        QTest::addColumn<int>("amount");
        QTest::addColumn<QString>("sqlState");
        QTest::newRow("zero") << 0 << QStringLiteral("22023");
        QTest::newRow("negative") << -5 << QStringLiteral("22023");
        QTest::newRow("two million") << 2000000 << QStringLiteral("22003");
    }

    void invalidAmountIsValidation()
    {
        QFETCH(int, amount);
        QFETCH(QString, sqlState);
        auto backend = connectAs(QStringLiteral("gui_tenant_admin"));
        const QString key = QStringLiteral("dl-amount-%1")
                                .arg(QString::fromLatin1(QTest::currentDataTag()))
                                .replace(QLatin1Char(' '), QLatin1Char('-'));
        const Result<AwardOutcome> result = await(backend->sendAward(draft(key, {kDee}, amount)));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().kind() == Kind::Validation, qPrintable(describe(result)));
        QCOMPARE(result.error().sqlState(), sqlState);
        QVERIFY2(presentationProblem(result.error()).isEmpty(),
                 qPrintable(presentationProblem(result.error())));
        QCOMPARE(awardsWithKey(key), 0);
    }

    void nulCharacterIsRefusedWithoutAServerRoundTrip()
    {
        auto backend = connectAs(QStringLiteral("gui_tenant_admin"));
        QCOMPARE(backend->state(), State::Connected);
        const int pid = backend->serverProcessId();
        const test::ServerActivity before = server().activity(pid);
        QVERIFY(before.exists);

        QString message = QStringLiteral("before");
        message.append(QChar(0));
        message.append(QStringLiteral("after"));
        const Result<AwardOutcome> result =
            await(backend->sendAward(draft(QStringLiteral("dl-nul-0001"), {kDee}, 5, message)));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().kind() == Kind::Validation, qPrintable(describe(result)));
        QVERIFY(result.error().sqlState().isEmpty());
        QVERIFY2(presentationProblem(result.error()).isEmpty(),
                 qPrintable(presentationProblem(result.error())));
        // The server process saw nothing: same last statement, same state-change time.
        const test::ServerActivity after = server().activity(pid);
        QCOMPARE(after.query, before.query);
        QCOMPARE(after.stateChange, before.stateChange);
        QCOMPARE(backend->serverProcessId(), pid);
    }

    void unknownRecipientIsNotFound()
    {
        auto backend = connectAs(QStringLiteral("gui_tenant_admin"));
        const QUuid stranger =
            QUuid::fromString(QLatin1String("0badc0de-0000-4000-8000-000000000000"));
        const QString key = QStringLiteral("dl-unknown-0001");
        const Result<AwardOutcome> result = await(backend->sendAward(draft(key, {stranger}, 5)));
        QVERIFY(!result.ok());
        // docs/database.md: P0002 is "unknown user, request, award or transaction".
        QCOMPARE(result.error().sqlState(), QStringLiteral("P0002"));
        QVERIFY2(result.error().kind() == Kind::NotFound, qPrintable(describe(result)));
        QVERIFY2(presentationProblem(result.error()).isEmpty(),
                 qPrintable(presentationProblem(result.error())));
        QCOMPARE(awardsWithKey(key), 0);
    }

    void hugeMessageIsValidation()
    {
        auto backend = connectAs(QStringLiteral("gui_tenant_admin"));
        const QString key = QStringLiteral("dl-huge-0001");
        const QString message(10 * 1024 * 1024, QLatin1Char('x'));
        const Result<AwardOutcome> result =
            await(backend->sendAward(draft(key, {kDee}, 5, message)));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().kind() == Kind::Validation, qPrintable(describe(result)));
        QCOMPARE(result.error().sqlState(), QStringLiteral("22001"));
        QVERIFY2(presentationProblem(result.error()).isEmpty(),
                 qPrintable(presentationProblem(result.error())));
        QVERIFY(result.error().userMessage().size() < 1000); // the input is not echoed
        QCOMPARE(awardsWithKey(key), 0);
        // The connection is fine afterwards.
        QVERIFY(await(backend->tenants()).ok());
    }

    void sqlMetacharactersAreStoredLiterally()
    {
        auto backend = connectAs(QStringLiteral("gui_tenant_admin"));
        const QString key = QStringLiteral("dl-meta-0001");
        const QString message = QStringLiteral(
            "Robert'); DROP TABLE users; -- $1 \\ %s \"quoted\" E'\\x00' $$dollar$$ ; ::text");
        const Result<AwardOutcome> result =
            await(backend->sendAward(draft(key, {kDee}, 3, message)));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result.value().paid);
        QCOMPARE(server().text("SELECT message FROM public.gamification_admin_awards WHERE id = $1",
                               uuidText(result.value().awardId)),
                 message);
        QCOMPARE(server().text("SELECT description FROM public.coin_transactions "
                               "WHERE metadata->>'award_id' = $1",
                               uuidText(result.value().awardId)),
                 message);
        QVERIFY(server().number("SELECT count(*) FROM public.users") > 0);
    }

    void libpqxxExceptionsAreTypedEvenWithoutSqlState_data()
    {
        // libpqxx 6.4 throws some server errors without their SQLSTATE (and 40xxx outside
        // sql_error); the mapper must still type them, and never show library text.
        QTest::addColumn<std::function<void()>>("thrower");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sqlState");
        QTest::newRow("42501") << std::function<void()>([] {
            throw pqxx::insufficient_privilege("ERROR:  permission denied for table users\n",
                                               "SELECT 1");
        }) << int(Kind::Permission)
                               << QStringLiteral("42501");
        QTest::newRow("40001") << std::function<void()>([] {
            throw pqxx::serialization_failure("ERROR:  could not serialize access\n");
        }) << int(Kind::Conflict)
                               << QStringLiteral("40001");
        QTest::newRow("40P01") << std::function<void()>([] {
            throw pqxx::deadlock_detected("ERROR:  deadlock detected\n");
        }) << int(Kind::Conflict)
                               << QStringLiteral("40P01");
        QTest::newRow("libpqxx misuse") << std::function<void()>([] {
            throw pqxx::argument_error("Unknown column name: 'balance'");
        }) << int(Kind::Internal) << QString();
        QTest::newRow("refused locally") << std::function<void()>([] {
            throw std::invalid_argument("the message contains a NUL character");
        }) << int(Kind::Validation) << QString();
        QTest::newRow("broken") << std::function<void()>([] {
            throw pqxx::broken_connection("server closed the connection unexpectedly");
        }) << int(Kind::Connection)
                                << QString();
        QTest::newRow("in doubt") << std::function<void()>([] {
            throw pqxx::in_doubt_error("WARNING: Connection lost while committing");
        }) << int(Kind::Connection)
                                  << QString();
        QTest::newRow("out of memory") << std::function<void()>([] { throw std::bad_alloc(); })
                                       << int(Kind::Internal) << QString();
    }

    void libpqxxExceptionsAreTypedEvenWithoutSqlState()
    {
        QFETCH(std::function<void()>, thrower);
        QFETCH(int, kind);
        QFETCH(QString, sqlState);
        BackendError error;
        try {
            thrower();
        } catch (...) {
            error = pg::errorFromCurrentException();
        }
        QVERIFY2(error.kind() == Kind(kind), qPrintable(describe(error)));
        QCOMPARE(error.sqlState(), sqlState);
        QVERIFY2(presentationProblem(error).isEmpty(), qPrintable(presentationProblem(error)));
    }

    // 8 -----------------------------------------------------------------------------------
    void unreachableServerFailsFastAsConnection()
    {
        QTemporaryDir noServer; // a socket directory where nothing listens
        QVERIFY(noServer.isValid());
        ConnectionOptions options;
        options.conninfo =
            QStringLiteral("host=%1 port=5 dbname=dicedesk user=nobody connect_timeout=2")
                .arg(noServer.path());
        pg::PgBackend backend(options);
        QSignalSpy stateSpy(&backend, &Backend::stateChanged);
        const Result<bool> opened = await(backend.open(), 10000);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().kind() == Kind::Connection, qPrintable(describe(opened)));
        QVERIFY2(presentationProblem(opened.error()).isEmpty(),
                 qPrintable(presentationProblem(opened.error())));
        QCOMPARE(backend.state(), State::Failed);
        QCOMPARE(backend.serverProcessId(), 0);
        QVERIFY(!states(stateSpy).contains(State::Reconnecting)); // open is never retried
    }

    // Teardown ----------------------------------------------------------------------------
    void destroyingTheBackendCancelsItsRunningQuery()
    {
        auto backend = connectAs(QStringLiteral("gui_sysadmin"));
        QCOMPARE(backend->state(), State::Connected);
        const int pid = backend->serverProcessId();
        const QFuture<Result<bool>> sleeping = backend->sleep(20);
        QTRY_VERIFY_WITH_TIMEOUT(isRunning(pid, QStringLiteral("pg_sleep")), kTimeoutMs);
        backend.reset();
        // Closing did not wait for the sleep to end: the server cancelled it.
        QVERIFY(sleeping.isFinished());
        const Result<bool> result = sleeping.result();
        QVERIFY(!result.ok());
        QVERIFY2(result.error().kind() == Kind::Cancelled, qPrintable(describe(result)));
        QTRY_VERIFY_WITH_TIMEOUT(!server().activity(pid).exists, kTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestDataLayer)
#include "tst_data_layer.moc"
