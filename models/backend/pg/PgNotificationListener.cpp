#include "PgNotificationListener.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/notification>

namespace dicedesk::pg {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "dicedesk.backend.notify", QtInfoMsg)

/// How long one wait for a notification lasts: the most stop() ever waits for the thread
/// (besides a connect in progress, bounded by connect_timeout).
constexpr long kWaitSliceUs = 250000;

/// Milliseconds to wait before reconnect attempt @p attempt (0-based): 0.25 s doubling to 8 s,
/// as PgWorker does.
int backoffMs(int attempt)
{
    return std::min(250 << std::min(attempt, 5), 8000);
}

/// The caller's conninfo with defaults the listener needs: a bounded connect (so stop() never
/// waits long for one) and TCP keepalives (so a silently dead network breaks the socket and
/// the wait notices). Values in the caller's string come later and win. URIs stay as they are.
std::string listenerConninfo(const QString &conninfo)
{
    const QString trimmed = conninfo.trimmed();
    if (trimmed.startsWith(QLatin1String("postgres://")) ||
        trimmed.startsWith(QLatin1String("postgresql://")))
        return trimmed.toStdString();
    return ("connect_timeout=5 keepalives=1 keepalives_idle=30 keepalives_interval=10 "
            "keepalives_count=3 " +
            trimmed)
        .toStdString();
}

/// A notification payload for the log: at most 200 characters.
QByteArray shortened(const QByteArray &payload)
{
    return payload.size() <= 200 ? payload : payload.left(200) + "...";
}

} // namespace

/// Hands every notification on the channel to the listener; never throws.
class PgNotificationListener::Receiver final : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base &connection, PgNotificationListener &listener)
        : pqxx::notification_receiver(connection, kChannel)
        , m_listener(listener)
    {}

    void operator()(const std::string &payload, int /*backendPid*/) override
    {
        m_listener.deliver(payload);
    }

private:
    PgNotificationListener &m_listener;
};

PgNotificationListener::PgNotificationListener(ConnectionOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

PgNotificationListener::~PgNotificationListener()
{
    stopThread();
}

void PgNotificationListener::start()
{
    if (m_thread && m_thread->isRunning() && !stopping())
        return;
    stopThread(); // a thread that ended, or one still ending after stop()
    {
        std::lock_guard lock(m_stopMutex);
        m_stopping = false;
    }
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("dicedesk-notify"));
    m_thread->start();
}

void PgNotificationListener::stop()
{
    stopThread();
    if (m_listening) {
        m_listening = false;
        Q_EMIT listeningChanged(false);
    }
}

void PgNotificationListener::stopThread()
{
    {
        std::lock_guard lock(m_stopMutex);
        m_stopping = true;
    }
    m_stopCondition.notify_all();
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread.reset();
}

bool PgNotificationListener::sleepUnlessStopping(int ms)
{
    std::unique_lock lock(m_stopMutex);
    return !m_stopCondition.wait_for(lock, std::chrono::milliseconds(ms),
                                     [this] { return m_stopping.load(); });
}

void PgNotificationListener::run()
{
    int failures = 0;
    bool resync = false;
    while (!stopping()) {
        try {
            listenOnce(resync, failures);
            break; // returns only when stopping
        } catch (const std::exception &e) {
            if (stopping())
                break;
            if (failures == 0)
                qCWarning(lcNotify) << "listening failed:" << e.what();
            else
                qCInfo(lcNotify) << "reconnect attempt" << failures << "failed:" << e.what();
        } catch (...) {
            if (stopping())
                break;
            qCWarning(lcNotify) << "listening failed with an unknown exception";
        }
        reportListening(false);
        // Whatever was notified until LISTEN works again is lost: consumers reload then.
        resync = true;
        const int delay = backoffMs(failures++);
        qCInfo(lcNotify) << "reconnecting in" << delay << "ms";
        if (!sleepUnlessStopping(delay))
            break;
    }
    reportListening(false);
    qCDebug(lcNotify) << "listener thread ends";
}

void PgNotificationListener::listenOnce(bool &resync, int &failures)
{
    std::unique_ptr<pqxx::connection> connection;
    std::unique_ptr<Receiver> receiver;
    // Disconnect before the receiver goes: its destructor would otherwise send UNLISTEN, and on a
    // broken connection libpqxx would first try to reconnect, blocking. Closing the session
    // ends the LISTEN anyway.
    const auto cleanup = qScopeGuard([&] {
        m_serverPid = 0;
        if (connection)
            connection->disconnect();
        receiver.reset();
        connection.reset();
    });

    qCDebug(lcNotify) << "connecting";
    connection = std::make_unique<pqxx::connection>(listenerConninfo(m_options.conninfo));
    {
        pqxx::nontransaction tx(*connection);
        tx.exec(std::string("SET application_name = ") + tx.quote(std::string(kApplicationName)));
        tx.exec("SET statement_timeout = '10s'");
    }
    receiver = std::make_unique<Receiver>(*connection, *this);
    // libpqxx swallows a connection that breaks during LISTEN; it then is no longer open.
    if (!connection->is_open())
        throw pqxx::broken_connection("the connection broke while starting to LISTEN");
    m_serverPid = connection->backendpid();
    if (failures > 0)
        qCInfo(lcNotify) << "listening again after" << failures << "failed attempt(s); pid"
                         << connection->backendpid();
    else
        qCInfo(lcNotify) << "listening on" << kChannel << "as" << connection->username() << "pid"
                         << connection->backendpid();
    failures = 0;
    reportListening(true);
    if (resync) {
        resync = false;
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!stopping())
                    Q_EMIT resynced();
            },
            Qt::QueuedConnection);
    }

    while (!stopping()) {
        // Delivers what has arrived to the receiver, or waits one slice for it. A dropped
        // connection throws broken_connection here, or leaves the connection closed.
        connection->await_notification(0, kWaitSliceUs);
        if (!connection->is_open())
            throw pqxx::broken_connection("the listening connection was closed");
    }
}

void PgNotificationListener::deliver(const std::string &payload)
{
    try {
        const QByteArray bytes = QByteArray::fromStdString(payload);
        const std::optional<RequestNotification> parsed = parsePayload(bytes);
        if (!parsed) {
            qCWarning(lcNotify) << "ignoring a malformed notification:" << shortened(bytes);
            return;
        }
        qCDebug(lcNotify) << "notified:" << parsed->event << parsed->requestId;
        QMetaObject::invokeMethod(
            this,
            [this, notification = *parsed] {
                if (!stopping())
                    Q_EMIT notified(notification);
            },
            Qt::QueuedConnection);
    } catch (const std::exception &e) {
        qCWarning(lcNotify) << "could not deliver a notification:" << e.what();
    } catch (...) {
        qCWarning(lcNotify) << "could not deliver a notification";
    }
}

void PgNotificationListener::reportListening(bool listening)
{
    QMetaObject::invokeMethod(
        this,
        [this, listening] {
            if (m_listening == listening || (listening && stopping()))
                return;
            m_listening = listening;
            Q_EMIT listeningChanged(listening);
        },
        Qt::QueuedConnection);
}

std::optional<RequestNotification> PgNotificationListener::parsePayload(const QByteArray &payload)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue event = object.value(QLatin1String("event"));
    const QJsonValue requestId = object.value(QLatin1String("request_id"));
    const QJsonValue tenantId = object.value(QLatin1String("tenant_id"));
    if (!event.isString() || !requestId.isString() || !tenantId.isString())
        return std::nullopt;
    // Events the database may add later pass through (consumers reload on any); "resync" is
    // the backend's own word for "the listener reconnected", never a database event.
    static const QRegularExpression eventPattern(QStringLiteral("^[a-z_]{1,40}$"));
    RequestNotification notification;
    notification.event = event.toString();
    if (!eventPattern.match(notification.event).hasMatch() ||
        notification.event == QLatin1String("resync"))
        return std::nullopt;
    notification.requestId = QUuid::fromString(requestId.toString());
    notification.tenantId = QUuid::fromString(tenantId.toString());
    if (notification.requestId.isNull() || notification.tenantId.isNull())
        return std::nullopt;
    return notification;
}

} // namespace dicedesk::pg
