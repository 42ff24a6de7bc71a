#pragma once

#include "AwardJournal.h"
#include "backend/BackendError.h"
#include "domain/Award.h"

#include <QList>
#include <QObject>

namespace dicedesk {

class Backend;

/// What became of one journalled award of a send.
struct SendResult
{
    enum class Kind
    {
        Paid,        ///< paid now (outcome.replayed: it had been paid before)
        Filed,       ///< filed as a request for a system admin
        Failed,      ///< refused (validation, permission…): nothing was paid; entry closed
        Interrupted, ///< unknown whether it arrived (connection, timeout): entry stays open
        NotSent,     ///< an earlier award of the send was refused, so this one was not tried
    };

    JournalEntry entry;
    Kind kind = Kind::Failed;
    AwardOutcome outcome;
    BackendError error;
};

/// Sends journalled awards one after the other and closes each journal entry with its
/// outcome. An error that proves nothing was paid (the server refused) closes the entry and
/// stops the send; one that leaves it open whether the server got the call (a lost
/// connection, a timeout) keeps the entry and the rest open, to be sent again with the same
/// keys.
class AwardSender : public QObject
{
    Q_OBJECT

public:
    AwardSender(Backend *backend, AwardJournal *journal, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    /// Sends entries that are already in the journal (open). Ignored while busy.
    bool send(const QList<JournalEntry> &entries);

    /// True for errors after which the call may have been carried out on the server.
    static bool mayHaveArrived(BackendError::Kind kind);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QList<dicedesk::SendResult> &results);

private:
    void sendNext();
    void finish();

    Backend *m_backend;
    AwardJournal *m_journal;
    QList<JournalEntry> m_queue;
    QList<SendResult> m_results;
    int m_total = 0;
    bool m_busy = false;
};

} // namespace dicedesk
