#include "PgBackend.h"

#include "PgAchievementQueries.h"
#include "PgAuditQueries.h"
#include "PgAwardCalls.h"
#include "PgAwardHistoryQueries.h"
#include "PgListQueries.h"
#include "PgMemberQueries.h"
#include "PgNotificationListener.h"
#include "PgQueries.h"
#include "PgRequestQueries.h"
#include "PgSearchQueries.h"
#include "PgWorker.h"
#include "backend/Logging.h"

#include <QRegularExpression>
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
    // The listener first: it owns a connection and a thread of its own and stops at once.
    m_listener.reset();
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

QString PgBackend::endpointKey() const
{
    const QString &conninfo = m_options.conninfo;
    QString key;
    if (conninfo.contains(QLatin1String("://"))) {
        // A URI: itself, without a password.
        key = conninfo;
        key.replace(QRegularExpression(QStringLiteral(":[^:@/]*@")), QStringLiteral("@"));
        key.remove(QRegularExpression(QStringLiteral("[?&]password=[^&]*")));
        key = QStringLiteral("pg:") + key;
    } else {
        const auto value = [&conninfo](const char *name, const char *env, const char *fallback) {
            QString found = dsnValue(conninfo, QLatin1String(name));
            if (found.isEmpty())
                found = qEnvironmentVariable(env, QLatin1String(fallback));
            return found;
        };
        const QString user = value("user", "PGUSER", qgetenv("USER").constData());
        key = QStringLiteral("pg:%1@%2:%3/%4")
                  .arg(user, value("host", "PGHOST", "/run/postgresql"),
                       value("port", "PGPORT", "5432"), value("dbname", "PGDATABASE", ""));
        if (key.endsWith(QLatin1Char('/')))
            key += user;
    }
    if (!m_options.actAsUser.isNull())
        key += QStringLiteral(" as ") + m_options.actAsUser.toString(QUuid::WithoutBraces);
    return key;
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

// --- award work: reads retry after a reconnect; writes only where a key or the database's
// replay rule makes a repeat harmless.

QFuture<Result<AwardSettings>> PgBackend::awardSettings(const QUuid &tenantId)
{
    return m_worker->submit<AwardSettings>(
        this, [tenantId](PgSession &session) { return queryAwardSettings(session, tenantId); });
}

QFuture<Result<bool>> PgBackend::setAwardSettings(const QUuid &tenantId,
                                                  const AwardSettings &settings)
{
    return m_worker->submit<bool>(
        this,
        [tenantId, settings](PgSession &session) {
            return callSetAwardSettings(session, tenantId, settings);
        },
        PgWorker::Retry::Never);
}

QFuture<Result<QList<MemberHit>>> PgBackend::searchMembers(const MemberQuery &query,
                                                           CancelToken cancel)
{
    return m_worker->submit<QList<MemberHit>>(
        this, [query](PgSession &session) { return querySearchMembers(session, query); },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<QList<MemberHit>>> PgBackend::activeMembers(const QUuid &tenantId,
                                                           CancelToken cancel)
{
    return m_worker->submit<QList<MemberHit>>(
        this, [tenantId](PgSession &session) { return queryActiveMembers(session, tenantId); },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<QList<RecipientResolution>>>
PgBackend::resolveRecipients(const QUuid &tenantId, const QStringList &inputs, CancelToken cancel)
{
    return m_worker->submit<QList<RecipientResolution>>(
        this,
        [tenantId, inputs](PgSession &session) {
            return queryResolveRecipients(session, tenantId, inputs);
        },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<QList<AchievementChoice>>> PgBackend::awardableAchievements(const QUuid &tenantId)
{
    return m_worker->submit<QList<AchievementChoice>>(this, [tenantId](PgSession &session) {
        return queryAwardableAchievements(session, tenantId);
    });
}

QFuture<Result<Page<AwardSummary>>> PgBackend::awardPage(const AwardFilter &filter,
                                                         const KeysetCursor &after, int limit,
                                                         CancelToken cancel)
{
    return m_worker->submit<Page<AwardSummary>>(
        this,
        [filter, after, limit](PgSession &session) {
            return queryAwardPage(session, filter, after, limit);
        },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<QList<AwardRecipient>>> PgBackend::awardRecipients(const QUuid &awardId,
                                                                  CancelToken cancel)
{
    return m_worker->submit<QList<AwardRecipient>>(
        this, [awardId](PgSession &session) { return queryAwardRecipients(session, awardId); },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<ReversalOutcome>> PgBackend::reverseAward(const ReversalDraft &draft)
{
    // The same key on a retry: a reversal that committed before the drop is replayed.
    return m_worker->submit<ReversalOutcome>(
        this, [draft](PgSession &session) { return callReverseAward(session, draft); },
        draft.idempotencyKey.isEmpty() ? PgWorker::Retry::Never : PgWorker::Retry::AfterReconnect);
}

QFuture<Result<Page<AuditEntry>>> PgBackend::auditPage(const AuditFilter &filter,
                                                       const KeysetCursor &after, int limit,
                                                       CancelToken cancel)
{
    return m_worker->submit<Page<AuditEntry>>(
        this,
        [filter, after, limit](PgSession &session) {
            return queryAuditPage(session, filter, after, limit);
        },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<Page<AwardRequestSummary>>> PgBackend::requestPage(const RequestFilter &filter,
                                                                  const KeysetCursor &after,
                                                                  int limit, CancelToken cancel)
{
    return m_worker->submit<Page<AwardRequestSummary>>(
        this,
        [filter, after, limit](PgSession &session) {
            return queryRequestPage(session, filter, after, limit);
        },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<AwardRequestDetail>> PgBackend::requestDetail(const QUuid &requestId,
                                                             CancelToken cancel)
{
    return m_worker->submit<AwardRequestDetail>(
        this, [requestId](PgSession &session) { return queryRequestDetail(session, requestId); },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<DecisionOutcome>> PgBackend::decideRequest(const DecisionDraft &draft)
{
    // Safe to repeat: the database answers the same admin's same decision as a replay, and
    // anyone else's earlier decision as "already decided" (no second payment either way).
    return m_worker->submit<DecisionOutcome>(
        this, [draft](PgSession &session) { return callDecideRequest(session, draft); },
        PgWorker::Retry::AfterReconnect);
}

QFuture<Result<int>> PgBackend::expireRequests()
{
    return m_worker->submit<int>(
        this, [](PgSession &session) { return callExpireRequests(session); },
        PgWorker::Retry::Never);
}

void PgBackend::listenForRequests()
{
    if (m_listener)
        return;
    m_listener = std::make_unique<PgNotificationListener>(m_options);
    connect(
        m_listener.get(), &PgNotificationListener::notified, this,
        [this](const RequestNotification &notification) { Q_EMIT requestsChanged(notification); });
    // Notifications sent while the listener was reconnecting are lost: consumers reload.
    connect(m_listener.get(), &PgNotificationListener::resynced, this, [this] {
        RequestNotification resync;
        resync.event = QStringLiteral("resync");
        Q_EMIT requestsChanged(resync);
    });
    m_listener->start();
}

// --- achievement definitions and badges: reads retry after a reconnect; writes never (a save
// or an import that committed before the drop must not run twice).

QFuture<Result<Page<AchievementSummary>>>
PgBackend::achievementPage(const AchievementFilter &filter, const KeysetCursor &after, int limit,
                           CancelToken cancel)
{
    return m_worker->submit<Page<AchievementSummary>>(
        this,
        [filter, after, limit](PgSession &session) {
            return queryAchievementPage(session, filter, after, limit);
        },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<AchievementRecord>> PgBackend::achievement(const QUuid &id, CancelToken cancel)
{
    return m_worker->submit<AchievementRecord>(
        this, [id](PgSession &session) { return queryAchievement(session, id); },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<AchievementSaveOutcome>>
PgBackend::saveAchievement(const AchievementSaveDraft &draft)
{
    return m_worker->submit<AchievementSaveOutcome>(
        this, [draft](PgSession &session) { return callSaveAchievement(session, draft); },
        PgWorker::Retry::Never);
}

QFuture<Result<AchievementStatusOutcome>> PgBackend::setAchievementStatus(const QList<QUuid> &ids,
                                                                          const QString &status,
                                                                          const QString &reason)
{
    // Safe to repeat (those already in the status are reported unchanged), but a repeat would
    // misreport what this call changed: never retried.
    return m_worker->submit<AchievementStatusOutcome>(
        this,
        [ids, status, reason](PgSession &session) {
            return callSetAchievementStatus(session, ids, status, reason);
        },
        PgWorker::Retry::Never);
}

QFuture<Result<QList<AchievementVersion>>> PgBackend::achievementVersions(const QUuid &id,
                                                                          CancelToken cancel)
{
    return m_worker->submit<QList<AchievementVersion>>(
        this, [id](PgSession &session) { return queryAchievementVersions(session, id); },
        PgWorker::Retry::AfterReconnect, cancel);
}

QFuture<Result<qint64>> PgBackend::achievementHolderCount(const QUuid &id)
{
    return m_worker->submit<qint64>(
        this, [id](PgSession &session) { return queryAchievementHolderCount(session, id); });
}

QFuture<Result<QJsonObject>> PgBackend::exportAchievements(const QUuid &scopeTenantId,
                                                           const QList<QUuid> &ids)
{
    return m_worker->submit<QJsonObject>(this, [scopeTenantId, ids](PgSession &session) {
        return callExportAchievements(session, scopeTenantId, ids);
    });
}

QFuture<Result<AchievementImportReport>>
PgBackend::importAchievements(const QJsonObject &document, const QString &reason, bool dryRun)
{
    // A dry run writes nothing and may run again; an apply may not.
    return m_worker->submit<AchievementImportReport>(
        this,
        [document, reason, dryRun](PgSession &session) {
            return callImportAchievements(session, document, reason, dryRun);
        },
        dryRun ? PgWorker::Retry::AfterReconnect : PgWorker::Retry::Never);
}

QFuture<Result<QList<BadgePreset>>> PgBackend::badgePresets(const QUuid &tenantId)
{
    return m_worker->submit<QList<BadgePreset>>(
        this, [tenantId](PgSession &session) { return queryBadgePresets(session, tenantId); });
}

QFuture<Result<BadgePreset>> PgBackend::saveBadgePreset(const BadgePreset &preset)
{
    // Saving the same preset again changes nothing more: the name replaces.
    return m_worker->submit<BadgePreset>(
        this, [preset](PgSession &session) { return callSaveBadgePreset(session, preset); },
        PgWorker::Retry::AfterReconnect);
}

QFuture<Result<bool>> PgBackend::deleteBadgePreset(const QUuid &id)
{
    return m_worker->submit<bool>(
        this, [id](PgSession &session) { return callDeleteBadgePreset(session, id); },
        PgWorker::Retry::Never);
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
