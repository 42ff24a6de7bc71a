#pragma once

#include "PgErrorMapper.h"
#include "PgSession.h"
#include "backend/Backend.h"
#include "backend/CancelToken.h"
#include "backend/ConnectionOptions.h"
#include "backend/Result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <pqxx/connection>

namespace dicedesk::pg {

/// Lives on its own thread and owns one connection; every database call runs here, one at a
/// time, in the order submitted.
///
/// - A dropped connection is noticed (by a failing call or the idle heartbeat) and
///   re-established with backoff. Calls marked Retry::AfterReconnect wait and run again:
///   reads, and writes that carry an idempotency key (the same key, so nothing lands twice).
///   Others fail with a Connection error.
/// - A CancelToken drops a queued call, or asks the server to cancel a running one.
class PgWorker : public QObject
{
    Q_OBJECT

public:
    enum class Retry
    {
        Never,
        AfterReconnect,
    };

    explicit PgWorker(ConnectionOptions options);
    ~PgWorker() override;

    /// Queues a job; the future resolves on this worker's thread. The job is handed to the
    /// worker from the caller's event loop (through @p caller), so a continuation the caller
    /// attaches right after submit() is always attached before the job can finish: Qt 6.4 can
    /// lose a continuation attached while another thread finishes the future.
    template<typename T>
    QFuture<Result<T>> submit(QObject *caller, std::function<T(PgSession &)> job,
                              Retry retry = Retry::AfterReconnect, CancelToken cancel = {})
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        auto control = std::make_shared<JobControl>();
        control->settle = [promise](const BackendError *error, const void *value) {
            if (error)
                promise->addResult(Result<T>(*error));
            else
                promise->addResult(Result<T>(*static_cast<const T *>(value)));
            promise->finish();
        };
        Job queued;
        queued.control = control;
        queued.retry = retry;
        queued.cancel = cancel;
        queued.attempt = [job = std::move(job), control](PgSession &session) {
            T value = job(session);
            control->settleOnce(nullptr, &value);
        };
        // Armed here, not when the worker takes the job: a call queued behind a long one is
        // cancelled at once, even while the worker's thread is busy in the server.
        armCancel(queued);
        QTimer::singleShot(0, caller, [this, queued = std::move(queued)]() mutable {
            QMetaObject::invokeMethod(
                this, [this, queued = std::move(queued)]() mutable { enqueue(std::move(queued)); },
                Qt::QueuedConnection);
        });
        return future;
    }

    /// Closes the connection and fails what is still queued; call on the worker's thread.
    void close();
    /// Any thread: start no further job and ask the server to cancel the running one, so a
    /// close() that follows need not wait for a long query to end.
    void abandon();
    /// The server process of the current connection, 0 when not connected. Any thread.
    int serverProcessId() const { return m_serverPid.load(); }

    /// Backoff between reconnect attempts, and how many before queued work fails.
    static constexpr int kReconnectAttempts = 8;

Q_SIGNALS:
    /// Emitted on the worker thread.
    void stateChanged(dicedesk::Backend::State state);

private:
    struct JobControl
    {
        std::mutex mutex;
        bool settled = false;
        bool running = false;
        bool cancelRequested = false;
        std::function<void(const BackendError *, const void *)> settle;

        /// Resolves the future unless it already was; true if this call did.
        bool settleOnce(const BackendError *error, const void *value)
        {
            {
                std::lock_guard lock(mutex);
                if (settled)
                    return false;
                settled = true;
            }
            settle(error, value);
            return true;
        }
    };

    struct Job
    {
        std::shared_ptr<JobControl> control;
        std::function<void(PgSession &)> attempt;
        Retry retry = Retry::AfterReconnect;
        CancelToken cancel;
        int attempts = 0;
        quint64 id = 0;
    };

    /// What a cancel request from another thread needs to reach the running query.
    struct CancelTarget
    {
        std::mutex mutex;
        pqxx::connection *connection = nullptr;
        quint64 runningJob = 0;
    };

    /// Gives the job its id and hooks its CancelToken up; on the submitting thread.
    void armCancel(Job &job);
    /// Asks the server, from a pool thread, to cancel job @p id if it still runs (0: whatever
    /// runs). PQcancel opens a socket, so never on the caller's (GUI) thread.
    static void requestServerCancel(const std::weak_ptr<CancelTarget> &target, quint64 id);
    void enqueue(Job job);
    void pump();
    void runJob(Job &job);
    void fail(Job &job, const BackendError &error);
    void failQueued(const BackendError &error);
    void startReconnect();
    void tryReconnect();
    void heartbeat();
    void setState(Backend::State state);

    pqxx::connection &connection();
    void dropConnection();

    ConnectionOptions m_options;
    std::unique_ptr<pqxx::connection> m_connection;
    std::deque<Job> m_queue;
    bool m_busy = false;
    bool m_reconnecting = false;
    bool m_pumpScheduled = false;
    int m_reconnectAttempt = 0;
    std::atomic<quint64> m_nextJobId{1};
    std::atomic<bool> m_closing{false};
    int m_heartbeatMs = 0; // set in the constructor (DICEDESK_HEARTBEAT_MS or 15 s)
    Backend::State m_state = Backend::State::Disconnected;
    std::atomic<int> m_serverPid{0};
    std::shared_ptr<CancelTarget> m_cancelTarget = std::make_shared<CancelTarget>();
    QTimer *m_heartbeat = nullptr; // created on the worker thread
};

} // namespace dicedesk::pg
