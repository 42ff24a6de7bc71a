#include "PgBackend.h"

#include "PgQueries.h"
#include "PgWorker.h"
#include "backend/Logging.h"

#include <pqxx/connection>
#include <pqxx/transaction>

namespace dicedesk::pg {

namespace {

/// "key=value" from a libpq connection string, for the label; empty if absent.
QString dsnValue(const QString &dsn, const QString &key)
{
    const QStringList parts = dsn.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(key + QLatin1Char('=')))
            return part.mid(key.size() + 1);
    }
    return {};
}

} // namespace

PgBackend::PgBackend(QString dsn, QObject *parent)
    : Backend(parent)
    , m_dsn(std::move(dsn))
    , m_worker(new PgWorker(m_dsn.toStdString()))
{
    m_thread.setObjectName(QStringLiteral("dicedesk-pg"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

PgBackend::~PgBackend()
{
    // Close the connection on the thread that owns it, then stop the thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QString PgBackend::endpointLabel() const
{
    QString user = dsnValue(m_dsn, QStringLiteral("user"));
    QString host = dsnValue(m_dsn, QStringLiteral("host"));
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        host = tr("local socket");
    //: %1 is the database login, %2 the server (host name or "local socket")
    return tr("%1 @ %2").arg(user, host);
}

void PgBackend::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QFuture<Result<bool>> PgBackend::open()
{
    setState(State::Connecting);
    return m_worker
        ->submit<bool>(this,
                       [](pqxx::connection &connection) {
                           pqxx::read_transaction tx(connection);
                           tx.exec1("SELECT 1");
                           return true;
                       })
        .then(this, [this](const Result<bool> &result) {
            setState(result.ok() ? State::Connected : State::Failed);
            return result;
        });
}

QFuture<Result<Identity>> PgBackend::identify()
{
    return m_worker->submit<Identity>(this, &queryIdentity);
}

QFuture<Result<QList<Tenant>>> PgBackend::tenants()
{
    return m_worker->submit<QList<Tenant>>(this, &queryTenants);
}

QFuture<Result<OverviewFigures>> PgBackend::overview(const TenantScope &scope)
{
    const QList<QUuid> ids = scope.tenantIds;
    return m_worker->submit<OverviewFigures>(
        this, [ids](pqxx::connection &connection) { return queryOverview(connection, ids); });
}

} // namespace dicedesk::pg
