#include "AwardSender.h"

#include "AwardsLogging.h"
#include "backend/Backend.h"

namespace dicedesk {

AwardSender::AwardSender(Backend *backend, AwardJournal *journal, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_journal(journal)
{}

bool AwardSender::mayHaveArrived(BackendError::Kind kind)
{
    switch (kind) {
    case BackendError::Kind::Validation:
    case BackendError::Kind::Permission:
    case BackendError::Kind::Conflict:
    case BackendError::Kind::NotFound:
    case BackendError::Kind::Authentication:
        return false;
    case BackendError::Kind::None:
    case BackendError::Kind::Connection:
    case BackendError::Kind::Timeout:
    case BackendError::Kind::Cancelled:
    case BackendError::Kind::Internal:
        return true;
    }
    return true;
}

bool AwardSender::send(const QList<JournalEntry> &entries)
{
    if (m_busy || entries.isEmpty())
        return false;
    m_busy = true;
    m_queue = entries;
    m_results.clear();
    m_total = static_cast<int>(entries.size());
    Q_EMIT progress(0, m_total);
    sendNext();
    return true;
}

void AwardSender::sendNext()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const JournalEntry entry = m_queue.takeFirst();
    qCInfo(lcAwards) << "sending award" << entry.key << entry.awardType << entry.amount << "to"
                     << entry.recipients.size() << "recipient(s)";
    m_backend->sendAward(entry.draft())
        .then(this, [this, entry](const Result<AwardOutcome> &result) {
            SendResult sent;
            sent.entry = entry;
            if (result.ok()) {
                sent.outcome = result.value();
                sent.kind = sent.outcome.paid ? SendResult::Kind::Paid : SendResult::Kind::Filed;
                const QString outcome = sent.outcome.replayed ? QStringLiteral("replayed")
                                        : sent.outcome.paid   ? QStringLiteral("paid")
                                                              : QStringLiteral("filed");
                if (!m_journal->close(entry.key, outcome, sent.outcome.awardId,
                                      sent.outcome.requestId))
                    qCWarning(lcAwards) << "could not close journal entry" << entry.key << ":"
                                        << m_journal->errorString();
                qCInfo(lcAwards) << "award" << entry.key << outcome;
                m_results.append(sent);
                Q_EMIT progress(static_cast<int>(m_results.size()), m_total);
                sendNext();
                return;
            }
            sent.error = result.error();
            qCWarning(lcAwards) << "award" << entry.key << "failed:" << sent.error.detail();
            if (mayHaveArrived(sent.error.kind())) {
                // Keep this one and the rest open: sent again, the same keys pay at most once.
                sent.kind = SendResult::Kind::Interrupted;
                m_results.append(sent);
                for (const JournalEntry &rest : std::as_const(m_queue)) {
                    SendResult later;
                    later.entry = rest;
                    later.kind = SendResult::Kind::Interrupted;
                    later.error = sent.error;
                    m_results.append(later);
                }
            } else {
                sent.kind = SendResult::Kind::Failed;
                m_journal->close(entry.key, QStringLiteral("failed"));
                m_results.append(sent);
                for (const JournalEntry &rest : std::as_const(m_queue)) {
                    m_journal->close(rest.key, QStringLiteral("not_sent"));
                    SendResult later;
                    later.entry = rest;
                    later.kind = SendResult::Kind::NotSent;
                    m_results.append(later);
                }
            }
            m_queue.clear();
            finish();
        });
}

void AwardSender::finish()
{
    m_busy = false;
    const QList<SendResult> results = m_results;
    m_results.clear();
    Q_EMIT finished(results);
}

} // namespace dicedesk
