#include "ReversalRunner.h"

#include "HistoryLogging.h"
#include "backend/Backend.h"

namespace dicedesk {

ReversalRunner::ReversalRunner(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{}

QString ReversalRunner::newKey()
{
    return QStringLiteral("dicedesk-reversal:") +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ReversalRunner::outcomeUnknown(const BackendError &error)
{
    switch (error.kind()) {
    case BackendError::Kind::Connection:
    case BackendError::Kind::Timeout:
    case BackendError::Kind::Cancelled:
    case BackendError::Kind::Internal:
        return true;
    default:
        return false;
    }
}

bool ReversalRunner::start(const QUuid &awardId, const QUuid &coinTransactionId,
                           const QString &reason)
{
    if (m_running)
        return false;
    ReversalDraft draft;
    draft.awardId = awardId;
    draft.coinTransactionId = coinTransactionId;
    draft.reason = reason;
    // The same award or entry again after an unknown outcome: the same key, so a reversal
    // that did go through is not made twice.
    const bool sameTarget = m_pending && m_pending->awardId == awardId &&
                            m_pending->coinTransactionId == coinTransactionId;
    draft.idempotencyKey = sameTarget ? m_pending->idempotencyKey : newKey();
    m_draft = draft;
    send();
    return true;
}

bool ReversalRunner::retry()
{
    if (m_running || !m_pending)
        return false;
    m_draft = *m_pending;
    send();
    return true;
}

void ReversalRunner::discardPending()
{
    m_pending.reset();
}

void ReversalRunner::send()
{
    m_running = true;
    m_pending = m_draft; // until a definite answer arrives
    Q_EMIT runningChanged(true);
    qCInfo(lcHistory) << "reversing award" << m_draft.awardId
                      << (m_draft.coinTransactionId.isNull() ? "as a whole" : "entry")
                      << m_draft.coinTransactionId << "key" << m_draft.idempotencyKey;
    const ReversalDraft draft = m_draft;
    m_backend->reverseAward(draft).then(this, [this, draft](const Result<ReversalOutcome> &result) {
        m_running = false;
        if (result.ok()) {
            m_pending.reset();
            qCInfo(lcHistory) << "reversed" << result.value().reversedCount << "entries,"
                              << result.value().alreadyReversedCount << "had been before";
            Q_EMIT runningChanged(false);
            Q_EMIT succeeded(draft, result.value());
            return;
        }
        if (!outcomeUnknown(result.error()))
            m_pending.reset();
        qCWarning(lcHistory) << "reversal failed:" << result.error().detail()
                             << result.error().sqlState();
        Q_EMIT runningChanged(false);
        Q_EMIT failed(draft, result.error());
    });
}

} // namespace dicedesk
