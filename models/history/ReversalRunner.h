#pragma once

#include "backend/BackendError.h"
#include "domain/AwardHistory.h"

#include <QObject>
#include <optional>

namespace dicedesk {

class Backend;

/// Sends reversals, one at a time, each with its idempotency key made once per user action.
///
/// When a reversal fails in a way that leaves its outcome unknown (the connection dropped,
/// the server timed out), the draft stays pending: retry() sends it again with the same key,
/// and so does start() for the same award or entry, so the database reverses it at most
/// once. After a definite answer (done, or refused) the next action gets a new key.
class ReversalRunner : public QObject
{
    Q_OBJECT

public:
    explicit ReversalRunner(Backend *backend, QObject *parent = nullptr);

    /// Reverses @p awardId as a whole, or one entry when @p coinTransactionId is set.
    /// Returns false (and does nothing) while another reversal is running.
    bool start(const QUuid &awardId, const QUuid &coinTransactionId, const QString &reason);
    /// Sends the pending draft again with its key; false when there is none.
    bool retry();
    /// Forgets the pending draft (the user gave up).
    void discardPending();

    bool isRunning() const { return m_running; }
    /// The draft whose outcome is unknown, if any.
    std::optional<ReversalDraft> pending() const { return m_pending; }
    /// The draft sent last (running, or answered).
    const ReversalDraft &lastDraft() const { return m_draft; }

    /// A failure that may have happened after the database reversed the entries.
    static bool outcomeUnknown(const BackendError &error);
    /// A new key: "dicedesk-reversal:<uuid>".
    static QString newKey();

Q_SIGNALS:
    void runningChanged(bool running);
    void succeeded(const dicedesk::ReversalDraft &draft, const dicedesk::ReversalOutcome &outcome);
    void failed(const dicedesk::ReversalDraft &draft, const dicedesk::BackendError &error);

private:
    void send();

    Backend *m_backend;
    ReversalDraft m_draft;
    std::optional<ReversalDraft> m_pending;
    bool m_running = false;
};

} // namespace dicedesk
