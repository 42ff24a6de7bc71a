#pragma once

#include "backend/ConnectionOptions.h"
#include "domain/AwardRequest.h"

#include <QByteArray>
#include <QObject>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace dicedesk::pg {

/// Listens on the dicedesk_award_requests channel (PostgreSQL LISTEN/NOTIFY) over a
/// connection of its own, on a thread of its own, and reports each change on the thread that
/// owns this object.
///
/// - The connection is separate from the worker's, so a long query never delays a
///   notification, and a notification never interrupts a query. Operator mode needs nothing
///   extra: LISTEN takes no claims, so `actAsUser` is ignored here.
/// - The thread waits for notifications in short slices (250 ms), so stop() and the
///   destructor return promptly and always join the thread.
/// - A dropped connection is re-established with backoff (0.25 s doubling to 8 s, for as long
///   as it takes). Notifications sent meanwhile are lost, so after LISTEN succeeds again
///   resynced() asks consumers to reload.
/// - Malformed payloads are logged and ignored. Nothing throws; everything is logged under
///   `dicedesk.backend.notify`.
class PgNotificationListener : public QObject
{
    Q_OBJECT

public:
    /// The channel the database notifies on (db/migrations/0012, 0017).
    static constexpr const char *kChannel = "dicedesk_award_requests";
    /// application_name of the listener's session, to find it in pg_stat_activity.
    static constexpr const char *kApplicationName = "dicedesk-listener";

    explicit PgNotificationListener(ConnectionOptions options, QObject *parent = nullptr);
    /// Stops and joins the thread; never waits longer than one wait slice or a pending connect.
    ~PgNotificationListener() override;

    /// Starts the thread (connects and LISTENs there). Idempotent; call on the owner's thread.
    void start();
    /// Stops listening, closes the connection and joins the thread. Idempotent.
    void stop();

    /// True between a successful LISTEN and the loss of that connection (owner's thread).
    bool isListening() const { return m_listening; }
    /// The server process of the listening connection, 0 when there is none. Any thread.
    int serverProcessId() const { return m_serverPid.load(); }

    /// The fields of a notification payload, or nothing if it is not the JSON object the
    /// database sends: {"event": "...", "request_id": "<uuid>", "tenant_id": "<uuid>"}.
    static std::optional<RequestNotification> parsePayload(const QByteArray &payload);

Q_SIGNALS:
    /// A request changed; emitted on the owner's thread.
    void notified(const dicedesk::RequestNotification &notification);
    /// LISTEN succeeded again after the connection was lost (or after failed attempts):
    /// notifications in between are lost, so reload.
    void resynced();
    void listeningChanged(bool listening);

private:
    void run();
    /// One connection's life: connect, LISTEN, wait for notifications until stopped. Throws
    /// when the connection fails or drops. Once LISTEN succeeded it resets @p failures and,
    /// if @p resync is set, clears it and reports resynced().
    void listenOnce(bool &resync, int &failures);
    /// Ends the thread and joins it, emitting nothing (the destructor's half of stop()).
    void stopThread();
    /// Waits up to @p ms unless stop() is called meanwhile; false if stopping.
    bool sleepUnlessStopping(int ms);
    bool stopping() const { return m_stopping.load(); }
    void deliver(const std::string &payload);
    void reportListening(bool listening);

    class Receiver;

    ConnectionOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_serverPid{0};
    std::mutex m_stopMutex;
    std::condition_variable m_stopCondition;
    bool m_listening = false; // owner's thread
};

} // namespace dicedesk::pg
