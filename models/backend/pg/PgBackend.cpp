#include "PgBackend.h"

#include "PgAwardCalls.h"
#include "PgListQueries.h"
#include "PgQueries.h"
#include "PgSearchQueries.h"
#include "PgWorker.h"
#include "backend/Logging.h"

#include <pqxx/pqxx>

namespace dicedesk::pg {

namespace {

/// "key=value" from a libpq connection string, for the label; empty if absent.
QString dsnValue(const QString &dsn, const QString &key)
{
    const QStringList parts = dsn.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(key + QLatin1Char('='))) {
            QString value = part.mid(key.size() + 1);
            if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) &&
                value.endsWith(QLatin1Char('\'')))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

ConnectionOptions optionsFromDsn(const QString &dsn)
{
    ConnectionOptions options;
    options.conninfo = dsn;
    return options;
}

} // namespace

PgBackend::PgBackend(ConnectionOptions options, QObject *parent)
    : Backend(parent)
    , m_options(std::move(options))
    , m_worker(new PgWorker(m_options))
{
    m_thread.setObjectName(QStringLiteral("dicedesk-pg"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &PgWorker::stateChanged, this, &PgBackend::setState, Qt::QueuedConnection);
    m_thread.start();
}

PgBackend::PgBackend(const QString &dsn, QObject *parent)
    : PgBackend(optionsFromDsn(dsn), parent)
{}

PgBackend::~PgBackend()
{
    // Close the connection on the thread that owns it, then stop the thread. A query still
    // running is cancelled on the server first, so closing never waits for it.
    const int pid = m_worker->serverProcessId();
    if (pid != 0)
        qCDebug(lcBackend) << "closing connection of server process" << pid;
    m_worker->abandon();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QString PgBackend::endpointLabel() const
{
    if (!m_options.label.isEmpty())
        return m_options.label;
    QString user = dsnValue(m_options.conninfo, QStringLiteral("user"));
    QString host = dsnValue(m_options.conninfo, QStringLiteral("host"));
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        host = tr("local socket");
    //: %1 is the database login, %2 the server (host name or "local socket")
    return tr("%1 @ %2").arg(user, host);
}

int PgBackend::serverProcessId() const
{
    return m_worker->serverProcessId();
}

void PgBackend::setState(State state)
{
    if (m_state == state)
        return;
    qCInfo(lcBackend) << "state" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QFuture<Result<bool>> PgBackend::open()
{
    setState(State::Connecting);
    return m_worker
        ->submit<bool>(
            this,
            [](PgSession &session) {
                pqxx::read_transaction tx(session.connection());
                session.prepare(tx);
                tx.exec1("SELECT 1");
                return true;
            },
            PgWorker::Retry::Never)
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

QFuture<Result<OverviewFigures>> PgBackend::overview(const TenantScope &scope, CancelToken cancel)
{
    const QList<QUuid> ids = scope.tenantIds;
    return m_worker->submit<OverviewFigures>(
        this, [ids](PgSession &session) { return queryOverview(session, ids); },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<int>> PgBackend::pendingApprovalCount(const TenantScope &scope)
{
    const QList<QUuid> ids = scope.tenantIds;
    return m_worker->submit<int>(
        this, [ids](PgSession &session) { return queryPendingApprovalCount(session, ids); });
}

QFuture<Result<QList<SearchHit>>> PgBackend::search(const SearchQuery &query, CancelToken cancel)
{
    return m_worker->submit<QList<SearchHit>>(
        this, [query](PgSession &session) { return querySearch(session, query); },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<Page<EventRecord>>> PgBackend::eventPage(const EventFilter &filter,
                                                        const KeysetCursor &after, int limit,
                                                        CancelToken cancel)
{
    return m_worker->submit<Page<EventRecord>>(
        this,
        [filter, after, limit](PgSession &session) {
            return queryEventPage(session, filter, after, limit);
        },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<Page<LedgerEntry>>> PgBackend::ledgerPage(const LedgerFilter &filter,
                                                         const KeysetCursor &after, int limit,
                                                         CancelToken cancel)
{
    return m_worker->submit<Page<LedgerEntry>>(
        this,
        [filter, after, limit](PgSession &session) {
            return queryLedgerPage(session, filter, after, limit);
        },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<AwardOutcome>> PgBackend::sendAward(const AwardDraft &draft)
{
    // Retried after a reconnect with the same draft, so with the same idempotency key: if
    // the first attempt committed before the connection dropped, the retry is a replay.
    return m_worker->submit<AwardOutcome>(
        this, [draft](PgSession &session) { return callSendAward(session, draft); },
        draft.idempotencyKey.isEmpty() ? PgWorker::Retry::Never : PgWorker::Retry::AfterReconnect);
}

QFuture<Result<bool>> PgBackend::sleep(double seconds, CancelToken cancel)
{
    return m_worker->submit<bool>(
        this,
        [seconds](PgSession &session) {
            pqxx::read_transaction tx(session.connection());
            session.prepare(tx);
            tx.exec_params("SELECT pg_sleep($1::float8)", seconds);
            return true;
        },
        PgWorker::Retry::Never, cancel);
}

} // namespace dicedesk::pg
