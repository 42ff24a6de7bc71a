#pragma once

#include "PgErrorMapper.h"
#include "backend/Result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>
#include <functional>
#include <memory>
#include <pqxx/connection>
#include <string>

namespace dicedesk::pg {

/// Lives on its own thread and owns the connection; every database call runs here.
/// Calls are queued in order; each returns a future resolved on this thread.
class PgWorker : public QObject
{
    Q_OBJECT

public:
    explicit PgWorker(std::string dsn);
    ~PgWorker() override;

    /// Queues a job; the future resolves on this worker's thread. The job is handed to the
    /// worker from the caller's event loop (through @p caller), so a continuation the caller
    /// attaches right after submit() is always attached before the job can finish: Qt 6.4 can
    /// lose a continuation attached while another thread finishes the future.
    template<typename T>
    QFuture<Result<T>> submit(QObject *caller, std::function<T(pqxx::connection &)> job)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        QTimer::singleShot(0, caller, [this, promise, job = std::move(job)]() mutable {
            QMetaObject::invokeMethod(
                this,
                [this, promise, job = std::move(job)]() {
                    promise->addResult(run<T>(job));
                    promise->finish();
                },
                Qt::QueuedConnection);
        });
        return future;
    }

    /// Closes the connection; call on the worker's thread before it stops.
    void close();

private:
    template<typename T> Result<T> run(const std::function<T(pqxx::connection &)> &job)
    {
        try {
            return Result<T>(job(connection()));
        } catch (...) {
            BackendError error = errorFromCurrentException();
            if (error.kind() == BackendError::Kind::Connection)
                dropConnection();
            return Result<T>(std::move(error));
        }
    }

    pqxx::connection &connection();
    void dropConnection();

    std::string m_dsn;
    std::unique_ptr<pqxx::connection> m_connection;
};

} // namespace dicedesk::pg
