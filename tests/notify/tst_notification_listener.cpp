// Live updates of award requests: dicedesk::pg::PgNotificationListener and
// PgBackend::listenForRequests() against a real PostgreSQL started by
// `dicedesk-db sandbox --migrate`, with the data of GuiFixture. A superuser connection of the
// test's own sends NOTIFYs, watches pg_stat_activity and terminates the listener's session.
//
// What is checked: a NOTIFY from another session arrives with its fields (also in operator
// mode); malformed payloads and other channels are ignored and the listener keeps going; a
// terminated listener session reconnects, reports resynced() and receives again; destroying a
// listener while it waits for notifications, or while it waits to reconnect, returns at once;
// and through PgBackend a request filed by dicedesk_award_v1 arrives as requestsChanged
// ("created", its id and tenant), a terminated listener as "resync".
#include "GuiFixture.h"
#include "backend/pg/PgBackend.h"
#include "backend/pg/PgNotificationListener.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <pqxx/pqxx>

using namespace dicedesk;
using pg::PgNotificationListener;
using test::GuiFixture;

namespace {

constexpr int kTimeoutMs = 20000;
const char *kChannel = "dicedesk_award_requests";

const QUuid kTenantA = QUuid::fromString(QLatin1String(GuiFixture::tenantA));
/// Max Member, an active member of Alpha Club.
const QUuid kMax = QUuid::fromString(QLatin1String("00000000-0000-4000-8000-000000000003"));
/// Sam Sysadmin, the user operator mode acts as.
const QUuid kSam = QUuid::fromString(QLatin1String("00000000-0000-4000-8000-000000000001"));

std::string text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

/// A payload as the database builds it (json_build_object(...)::text).
std::string payload(const char *event, const QUuid &requestId, const QUuid &tenantId)
{
    return std::string("{\"event\" : \"") + event + "\", \"request_id\" : \"" + text(requestId) +
           "\", \"tenant_id\" : \"" + text(tenantId) + "\"}";
}

ConnectionOptions superuserOptions()
{
    ConnectionOptions options;
    options.conninfo = qEnvironmentVariable("DICEDESK_TEST_DSN");
    return options;
}

RequestNotification notificationAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<RequestNotification>();
}

template<typename T> Result<T> await(const QFuture<Result<T>> &future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs))
        return BackendError(BackendError::Kind::Internal, QStringLiteral("test: no answer"));
    return future.result();
}

} // namespace

class NotificationListenerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pqxx::connection> m_superuser;

    /// Sends a NOTIFY from the test's own session (autocommit: delivered at once).
    void notify(const std::string &body, const char *channel = kChannel)
    {
        pqxx::nontransaction tx(*m_superuser);
        tx.exec_params("SELECT pg_notify($1, $2)", std::string(channel), body);
    }

    qint64 number(const std::string &sql, const std::string &parameter)
    {
        pqxx::nontransaction tx(*m_superuser);
        return tx.exec_params1(sql, parameter)[0].as<qint64>();
    }

    /// Sessions of @p pid that pg_stat_activity shows as the listener, having run LISTEN.
    qint64 listeningSessions(int pid)
    {
        return number("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int "
                      "AND application_name = 'dicedesk-listener' AND query LIKE 'LISTEN%'",
                      std::to_string(pid));
    }

    bool processExists(int pid)
    {
        return number("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int",
                      std::to_string(pid)) > 0;
    }

    /// The listener session of a login, 0 if none (-1 if several).
    int listenerPidOf(const QString &login)
    {
        pqxx::nontransaction tx(*m_superuser);
        const pqxx::result rows =
            tx.exec_params("SELECT pid FROM pg_stat_activity WHERE usename = $1 "
                           "AND application_name = 'dicedesk-listener'",
                           login.toStdString());
        if (rows.empty())
            return 0;
        return rows.size() == 1 ? rows[0][0].as<int>() : -1;
    }

    bool terminate(int pid)
    {
        pqxx::nontransaction tx(*m_superuser);
        return tx.exec_params1("SELECT pg_terminate_backend($1::int)", pid)[0].as<bool>();
    }

    /// Starts @p listener and waits until the server shows its LISTEN.
    void startAndAwaitListening(PgNotificationListener &listener)
    {
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(listener.isListening(), kTimeoutMs);
        QVERIFY(listener.serverProcessId() != 0);
        QCOMPARE(listeningSessions(listener.serverProcessId()), 1);
    }

    /// Destroys @p listener on its own (owner) thread @p host and checks that this returns
    /// promptly; the host thread is released only if it did.
    void destroyOnHostPromptly(PgNotificationListener *listener, QThread *host)
    {
        auto destroyed = std::make_shared<std::atomic<bool>>(false);
        QMetaObject::invokeMethod(listener, [listener, destroyed] {
            delete listener;
            *destroyed = true;
        });
        // Slices are 250 ms and the backoff sleep wakes on stop: 2 s is ample, while a sleep
        // that ignored stop() would still have more than 3 s to run.
        QTRY_VERIFY_WITH_TIMEOUT(destroyed->load(), 2000);
        host->quit();
        QVERIFY(host->wait(kTimeoutMs));
        delete host;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DICEDESK_TEST_DSN"),
                 "run under `dicedesk-db sandbox --migrate`");
        GuiFixture::install();
        m_superuser = std::make_unique<pqxx::connection>(
            qEnvironmentVariable("DICEDESK_TEST_DSN").toStdString());
    }

    void parsesPayloads_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("valid");
        const QByteArray ids =
            R"("request_id":"d0000000-0000-4000-8000-000000000001","tenant_id":"a0000000-0000-4000-8000-00000000000a")";
        QTest::newRow("created") << QByteArray(R"({"event":"created",)" + ids + "}") << true;
        QTest::newRow("future event") << QByteArray(R"({"event":"reopened",)" + ids + "}") << true;
        QTest::newRow("braced ids")
            << QByteArray(
                   R"({"event":"approved","request_id":"{d0000000-0000-4000-8000-000000000001}","tenant_id":"{a0000000-0000-4000-8000-00000000000a}"})")
            << true;
        QTest::newRow("not json") << QByteArray("created d0000000") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("array") << QByteArray(R"(["created"])") << false;
        QTest::newRow("no event") << QByteArray("{" + ids + "}") << false;
        QTest::newRow("event not text") << QByteArray(R"({"event":7,)" + ids + "}") << false;
        QTest::newRow("event with spaces")
            << QByteArray(R"({"event":"created now",)" + ids + "}") << false;
        QTest::newRow("reserved resync")
            << QByteArray(R"({"event":"resync",)" + ids + "}") << false;
        QTest::newRow("bad request id")
            << QByteArray(
                   R"({"event":"created","request_id":"nope","tenant_id":"a0000000-0000-4000-8000-00000000000a"})")
            << false;
        QTest::newRow("no tenant")
            << QByteArray(
                   R"({"event":"created","request_id":"d0000000-0000-4000-8000-000000000001"})")
            << false;
        QTest::newRow("null tenant")
            << QByteArray(
                   R"({"event":"created","request_id":"d0000000-0000-4000-8000-000000000001","tenant_id":null})")
            << false;
    }

    void parsesPayloads()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, valid);
        const std::optional<RequestNotification> parsed =
            PgNotificationListener::parsePayload(payload);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->requestId,
                     QUuid::fromString(QLatin1String("d0000000-0000-4000-8000-000000000001")));
            QCOMPARE(parsed->tenantId, kTenantA);
            QVERIFY(!parsed->event.isEmpty());
        }
    }

    void receivesNotifyFromAnotherSession_data()
    {
        QTest::addColumn<bool>("operatorMode");
        QTest::newRow("personal login") << false;
        // LISTEN takes no claims: acting as a user changes nothing for the listener.
        QTest::newRow("operator mode") << true;
    }

    void receivesNotifyFromAnotherSession()
    {
        QFETCH(bool, operatorMode);
        ConnectionOptions options = superuserOptions();
        if (operatorMode)
            options.actAsUser = kSam;
        PgNotificationListener listener(options);
        QSignalSpy listening(&listener, &PgNotificationListener::listeningChanged);
        QSignalSpy notified(&listener, &PgNotificationListener::notified);
        QSignalSpy resynced(&listener, &PgNotificationListener::resynced);
        startAndAwaitListening(listener);
        QCOMPARE(listening.size(), 1);
        QCOMPARE(listening.at(0).at(0).toBool(), true);

        const QUuid requestId = QUuid::createUuid();
        notify(payload("approved", requestId, kTenantA));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, kTimeoutMs);
        const RequestNotification received = notificationAt(notified, 0);
        QCOMPARE(received.event, QStringLiteral("approved"));
        QCOMPARE(received.requestId, requestId);
        QCOMPARE(received.tenantId, kTenantA);
        QCOMPARE(resynced.size(), 0); // nothing was lost

        listener.stop();
        QVERIFY(!listener.isListening());
        QCOMPARE(listening.size(), 2);
        QCOMPARE(listening.at(1).at(0).toBool(), false);
    }

    void ignoresMalformedPayloads()
    {
        PgNotificationListener listener(superuserOptions());
        QSignalSpy notified(&listener, &PgNotificationListener::notified);
        QSignalSpy listening(&listener, &PgNotificationListener::listeningChanged);
        startAndAwaitListening(listener);

        const QUuid ignoredId = QUuid::createUuid();
        notify("");
        notify("not json at all");
        notify("{\"event\": \"created\"");
        notify("[1, 2, 3]");
        notify("{\"event\": \"created\", \"request_id\": \"nope\", \"tenant_id\": \"" +
               text(kTenantA) + "\"}");
        notify("{\"event\": \"created\", \"request_id\": \"" + text(ignoredId) + "\"}");
        notify(payload("created", ignoredId, kTenantA), "some_other_channel");
        // Notifications of one session arrive in order: once this one is here, every malformed
        // one before it has been seen and dropped.
        const QUuid goodId = QUuid::createUuid();
        notify(payload("rejected", goodId, kTenantA));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, kTimeoutMs);
        QCOMPARE(notificationAt(notified, 0).requestId, goodId);
        QCOMPARE(notificationAt(notified, 0).event, QStringLiteral("rejected"));

        // Still listening on the same session, and still delivering.
        QVERIFY(listener.isListening());
        QCOMPARE(listening.size(), 1);
        const QUuid nextId = QUuid::createUuid();
        notify(payload("cancelled", nextId, kTenantA));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, kTimeoutMs);
        QCOMPARE(notificationAt(notified, 1).requestId, nextId);
        QCOMPARE(notificationAt(notified, 1).event, QStringLiteral("cancelled"));
    }

    void reconnectsAndResyncsAfterTermination()
    {
        PgNotificationListener listener(superuserOptions());
        QSignalSpy notified(&listener, &PgNotificationListener::notified);
        QSignalSpy resynced(&listener, &PgNotificationListener::resynced);
        QSignalSpy listening(&listener, &PgNotificationListener::listeningChanged);
        startAndAwaitListening(listener);
        const int firstPid = listener.serverProcessId();

        QVERIFY(terminate(firstPid));
        QTRY_COMPARE_WITH_TIMEOUT(resynced.size(), 1, kTimeoutMs);
        // Listening was lost and regained, on a new session that has run LISTEN again.
        QCOMPARE(listening.size(), 3);
        QCOMPARE(listening.at(1).at(0).toBool(), false);
        QCOMPARE(listening.at(2).at(0).toBool(), true);
        QVERIFY(listener.isListening());
        const int secondPid = listener.serverProcessId();
        QVERIFY(secondPid != 0);
        QVERIFY(secondPid != firstPid);
        QVERIFY(!processExists(firstPid));
        QCOMPARE(listeningSessions(secondPid), 1);

        const QUuid requestId = QUuid::createUuid();
        notify(payload("expired", requestId, kTenantA));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, kTimeoutMs);
        QCOMPARE(notificationAt(notified, 0).event, QStringLiteral("expired"));
        QCOMPARE(notificationAt(notified, 0).requestId, requestId);
        QCOMPARE(resynced.size(), 1);
    }

    void destroyingWhileWaitingReturnsPromptly()
    {
        // The listener lives on a host thread of its own, so the test thread can watch its
        // destruction without being the one blocked by it.
        auto *host = new QThread;
        host->start();
        auto *listener = new PgNotificationListener(superuserOptions());
        listener->moveToThread(host);
        QMetaObject::invokeMethod(listener, [listener] { listener->start(); });
        QTRY_VERIFY_WITH_TIMEOUT(listener->serverProcessId() != 0, kTimeoutMs);
        const int pid = listener->serverProcessId();
        QTRY_COMPARE_WITH_TIMEOUT(listeningSessions(pid), 1, kTimeoutMs);

        destroyOnHostPromptly(listener, host);
        // The session went with it: no thread or connection is left behind.
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), kTimeoutMs);
    }

    void destroyingWhileReconnectingReturnsPromptly()
    {
        // Nothing listens on port 1 in the sandbox's socket directory: every attempt fails at
        // once and the listener backs off (0.25, 0.5, 1, 2, 4 s ...).
        ConnectionOptions options;
        options.conninfo = QStringLiteral("host=%1 port=1 dbname=dicedesk user=nobody")
                               .arg(qEnvironmentVariable("DICEDESK_TEST_SOCKET_DIR"));
        auto *host = new QThread;
        host->start();
        auto *listener = new PgNotificationListener(options);
        QSignalSpy listening(listener, &PgNotificationListener::listeningChanged);
        listener->moveToThread(host);
        QMetaObject::invokeMethod(listener, [listener] { listener->start(); });
        // By now the listener sleeps 4 s before its next attempt.
        QTest::qWait(4200);
        QCOMPARE(listener->serverProcessId(), 0);
        destroyOnHostPromptly(listener, host);
        QCOMPARE(listening.size(), 0);
    }

    void backendForwardsRequestsAndResync()
    {
        const QString login = QStringLiteral("gui_tenant_admin");
        auto backend = std::make_unique<pg::PgBackend>(GuiFixture::dsnFor(login));
        const Result<bool> opened = await(backend->open());
        QVERIFY(opened.ok());
        QSignalSpy changed(backend.get(), &Backend::requestsChanged);

        backend->listenForRequests();
        backend->listenForRequests(); // idempotent: still one listener
        QTRY_VERIFY_WITH_TIMEOUT(listenerPidOf(login) > 0, kTimeoutMs);
        const int pid = listenerPidOf(login);
        QTRY_COMPARE_WITH_TIMEOUT(listeningSessions(pid), 1, kTimeoutMs);
        QCOMPARE(listenerPidOf(login), pid);
        QVERIFY(pid != backend->serverProcessId()); // a connection of its own

        // 600 coins reach the threshold (500): the database files a request and notifies.
        AwardDraft draft;
        draft.tenantId = kTenantA;
        draft.recipients = {kMax};
        draft.amount = 600;
        draft.message = QStringLiteral("Notify test");
        draft.idempotencyKey = QStringLiteral("notify-test-0001");
        const Result<AwardOutcome> outcome = await(backend->sendAward(draft));
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.value().paid);
        QVERIFY(!outcome.value().requestId.isNull());

        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kTimeoutMs);
        const RequestNotification created = notificationAt(changed, 0);
        QCOMPARE(created.event, QStringLiteral("created"));
        QCOMPARE(created.requestId, outcome.value().requestId);
        QCOMPARE(created.tenantId, kTenantA);

        // The listener's session dies: once it listens again, consumers are told to reload.
        QVERIFY(terminate(pid));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, kTimeoutMs);
        const RequestNotification resync = notificationAt(changed, 1);
        QCOMPARE(resync.event, QStringLiteral("resync"));
        QVERIFY(resync.requestId.isNull());
        const int newPid = listenerPidOf(login);
        QVERIFY(newPid > 0);
        QVERIFY(newPid != pid);

        const QUuid requestId = QUuid::createUuid();
        notify(payload("approved", requestId, kTenantA));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, kTimeoutMs);
        QCOMPARE(notificationAt(changed, 2).requestId, requestId);

        // Destroying the backend ends the listener's session too.
        backend.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(newPid), kTimeoutMs);
    }

    void cleanupTestCase() { m_superuser.reset(); }
};

QTEST_GUILESS_MAIN(NotificationListenerTest)
#include "tst_notification_listener.moc"
