#include "PgWorker.h"

#include "backend/Logging.h"

#include <QThreadPool>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/transaction>
#include <stdexcept>

namespace dicedesk::pg {

namespace {

/// Milliseconds to wait before reconnect attempt @p attempt (0-based): 0.25 s doubling to 8 s.
int backoffMs(int attempt)
{
    return std::min(250 << std::min(attempt, 5), 8000);
}

constexpr int kHeartbeatMs = 15000;

/// The idle heartbeat's interval: 15 s, or DICEDESK_HEARTBEAT_MS (tests, diagnostics).
int heartbeatIntervalMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("DICEDESK_HEARTBEAT_MS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : kHeartbeatMs;
}

} // namespace

PgWorker::PgWorker(ConnectionOptions options)
    : m_options(std::move(options))
    , m_heartbeatMs(heartbeatIntervalMs())
{}

PgWorker::~PgWorker() = default;

void PgWorker::setState(Backend::State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

pqxx::connection &PgWorker::connection()
{
    if (m_connection && m_connection->is_open())
        return *m_connection;
    m_connection.reset();
    qCInfo(lcPgWorker) << "connecting";
    auto connection = std::make_unique<pqxx::connection>(m_options.conninfo.toStdString());
    {
        pqxx::nontransaction tx(*connection);
        tx.exec("SET application_name = 'DiceDesk'");
        // A runaway read never holds the console hostage; panes can also cancel sooner.
        tx.exec("SET statement_timeout = " +
                tx.quote(std::to_string(m_options.statementTimeoutMs)));
        tx.exec("SET idle_in_transaction_session_timeout = '60s'");
    }
    qCInfo(lcPgWorker) << "connected to" << connection->dbname() << "as" << connection->username()
                       << "server" << connection->server_version() << "pid"
                       << connection->backendpid();
    m_serverPid = connection->backendpid();
    m_connection = std::move(connection);
    {
        std::lock_guard lock(m_cancelTarget->mutex);
        m_cancelTarget->connection = m_connection.get();
    }
    if (!m_heartbeat) {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(m_heartbeatMs);
        connect(m_heartbeat, &QTimer::timeout, this, &PgWorker::heartbeat);
    }
    m_heartbeat->start();
    return *m_connection;
}

void PgWorker::dropConnection()
{
    {
        std::lock_guard lock(m_cancelTarget->mutex);
        m_cancelTarget->connection = nullptr;
    }
    m_serverPid = 0;
    if (m_heartbeat)
        m_heartbeat->stop();
    if (!m_connection)
        return;
    try {
        m_connection->disconnect();
    } catch (...) {
        // Already broken; nothing to release.
    }
    m_connection.reset();
}

void PgWorker::close()
{
    failQueued(BackendError(BackendError::Kind::Cancelled, QStringLiteral("closing")));
    dropConnection();
    setState(Backend::State::Disconnected);
}

void PgWorker::abandon()
{
    m_closing = true;
    requestServerCancel(m_cancelTarget, 0);
}

void PgWorker::requestServerCancel(const std::weak_ptr<CancelTarget> &weakTarget, quint64 id)
{
    QThreadPool::globalInstance()->start([weakTarget, id] {
        const auto target = weakTarget.lock();
        if (!target)
            return;
        std::lock_guard lock(target->mutex);
        if (target->connection && target->runningJob != 0 &&
            (id == 0 || target->runningJob == id)) {
            try {
                target->connection->cancel_query();
                qCInfo(lcPgWorker) << "asked the server to cancel job" << target->runningJob;
            } catch (const std::exception &e) {
                qCWarning(lcPgWorker) << "cancel request failed:" << e.what();
            }
        }
    });
}

void PgWorker::armCancel(Job &job)
{
    job.id = m_nextJobId++;
    // A cancel before the job runs resolves it at once, from whichever thread cancels; once
    // it runs, the cancel goes to the server.
    std::weak_ptr<JobControl> weakControl = job.control;
    std::weak_ptr<CancelTarget> weakTarget = m_cancelTarget;
    const quint64 id = job.id;
    job.cancel.setHook([weakControl, weakTarget, id] {
        const auto control = weakControl.lock();
        if (!control)
            return;
        bool running = false;
        {
            std::lock_guard lock(control->mutex);
            control->cancelRequested = true;
            running = control->running && !control->settled;
        }
        if (!running) {
            const BackendError cancelled(BackendError::Kind::Cancelled,
                                         QStringLiteral("cancelled before it ran"));
            control->settleOnce(&cancelled, nullptr);
            return;
        }
        requestServerCancel(weakTarget, id);
    });
}

void PgWorker::enqueue(Job job)
{
    m_queue.push_back(std::move(job));
    pump();
}

void PgWorker::pump()
{
    if (m_busy || m_reconnecting || m_closing)
        return;
    if (m_queue.empty())
        return;
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    m_busy = true;
    runJob(job);
    m_busy = false;
    // One job per event-loop turn: cancels and new work are seen between jobs.
    if (!m_queue.empty() && !m_reconnecting && !m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpScheduled = false;
                pump();
            },
            Qt::QueuedConnection);
    }
}

void PgWorker::runJob(Job &job)
{
    {
        std::lock_guard lock(job.control->mutex);
        if (job.control->settled) {
            job.cancel.clearHook();
            return; // cancelled while queued
        }
        job.control->running = true;
    }
    ++job.attempts;
    try {
        pqxx::connection &conn = connection();
        setState(Backend::State::Connected);
        {
            std::lock_guard lock(m_cancelTarget->mutex);
            m_cancelTarget->runningJob = job.id;
        }
        {
            // A cancel that came while connecting found no running query to cancel.
            std::lock_guard lock(job.control->mutex);
            if (job.control->cancelRequested)
                throw std::runtime_error("cancelled while connecting");
        }
        PgSession session(conn, m_options);
        job.attempt(session);
        {
            std::lock_guard lock(m_cancelTarget->mutex);
            m_cancelTarget->runningJob = 0;
        }
        job.cancel.clearHook();
        return;
    } catch (...) {
        {
            std::lock_guard lock(m_cancelTarget->mutex);
            m_cancelTarget->runningJob = 0;
        }
        BackendError error = errorFromCurrentException();
        bool cancelRequested = false;
        {
            std::lock_guard lock(job.control->mutex);
            cancelRequested = job.control->cancelRequested;
            job.control->running = false;
        }
        if (cancelRequested && error.kind() != BackendError::Kind::Connection) {
            error = BackendError(BackendError::Kind::Cancelled, error.detail(), error.sqlState());
        } else if (error.kind() == BackendError::Kind::Connection) {
            dropConnection();
            if (job.retry == Retry::AfterReconnect && !cancelRequested &&
                job.attempts <= kReconnectAttempts) {
                qCWarning(lcPgWorker) << "connection lost during job" << job.id
                                      << "; it runs again after the reconnect";
                m_queue.push_front(std::move(job));
                startReconnect();
                return;
            }
        }
        fail(job, error);
    }
}

void PgWorker::fail(Job &job, const BackendError &error)
{
    job.cancel.clearHook();
    job.control->settleOnce(&error, nullptr);
}

void PgWorker::failQueued(const BackendError &error)
{
    while (!m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        fail(job, error);
    }
}

void PgWorker::startReconnect()
{
    if (m_reconnecting)
        return;
    m_reconnecting = true;
    m_reconnectAttempt = 0;
    setState(Backend::State::Reconnecting);
    QTimer::singleShot(backoffMs(0), this, &PgWorker::tryReconnect);
}

void PgWorker::tryReconnect()
{
    try {
        connection();
        qCInfo(lcPgWorker) << "reconnected after" << (m_reconnectAttempt + 1) << "attempt(s)";
        m_reconnecting = false;
        setState(Backend::State::Connected);
        pump();
        return;
    } catch (...) {
        const BackendError error = errorFromCurrentException();
        dropConnection();
        ++m_reconnectAttempt;
        if (error.kind() == BackendError::Kind::Connection &&
            m_reconnectAttempt < kReconnectAttempts) {
            const int delay = backoffMs(m_reconnectAttempt);
            qCInfo(lcPgWorker) << "reconnect attempt" << m_reconnectAttempt << "failed; next in"
                               << delay << "ms";
            QTimer::singleShot(delay, this, &PgWorker::tryReconnect);
            return;
        }
        qCWarning(lcPgWorker) << "giving up reconnecting:" << error.detail();
        m_reconnecting = false;
        setState(Backend::State::Failed);
        failQueued(error);
    }
}

void PgWorker::heartbeat()
{
    if (m_busy || m_reconnecting || !m_queue.empty() || !m_connection)
        return;
    try {
        pqxx::nontransaction tx(*m_connection);
        tx.exec("SELECT 1");
    } catch (...) {
        const BackendError error = errorFromCurrentException();
        if (error.kind() == BackendError::Kind::Connection) {
            qCWarning(lcPgWorker) << "idle connection lost; reconnecting";
            dropConnection();
            startReconnect();
        }
    }
}

} // namespace dicedesk::pg
