#pragma once

#include "backend/Backend.h"

#include <QThread>
#include <memory>
#include <string>

namespace dicedesk::pg {

class PgWorker;

/// The Backend over a direct PostgreSQL connection (libpqxx). One worker thread owns the
/// connection; this object, living on the caller's thread, only queues work onto it.
class PgBackend : public Backend
{
    Q_OBJECT

public:
    /// @param dsn a libpq connection string ("host=... dbname=... user=...")
    explicit PgBackend(QString dsn, QObject *parent = nullptr);
    ~PgBackend() override;

    State state() const override { return m_state; }
    QString endpointLabel() const override;

    QFuture<Result<bool>> open() override;
    QFuture<Result<Identity>> identify() override;
    QFuture<Result<QList<Tenant>>> tenants() override;
    QFuture<Result<OverviewFigures>> overview(const TenantScope &scope) override;

private:
    void setState(State state);

    QString m_dsn;
    State m_state = State::Disconnected;
    QThread m_thread;
    PgWorker *m_worker = nullptr; // lives on m_thread; deleted after it stops
};

} // namespace dicedesk::pg
