#pragma once

#include "backend/BackendError.h"
#include "backend/CancelToken.h"
#include "domain/Member.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUuid>

namespace dicedesk {

class Backend;

/// Asks the backend about a list of e-mails or user ids in chunks of kChunkSize, one chunk
/// after the other, reporting progress; cancel() stops it (and the query on the server).
/// Answers are kept by RecipientCheck::inputKey(), so a later run only asks about new inputs.
class RecipientResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kChunkSize = 2000;

    explicit RecipientResolver(Backend *backend, QObject *parent = nullptr);
    ~RecipientResolver() override;

    /// Resolves those of @p inputs not answered yet for @p tenantId; finished() follows
    /// (at once when nothing is left to ask). A run still going is cancelled first.
    void start(const QUuid &tenantId, const QStringList &inputs);
    void cancel();
    bool isRunning() const { return m_running; }

    /// Everything answered so far for the current tenant, by RecipientCheck::inputKey().
    const QHash<QString, RecipientResolution> &answers() const { return m_answers; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();
    /// The run stopped: an error, or Kind::Cancelled after cancel().
    void failed(const dicedesk::BackendError &error);

private:
    void nextChunk();

    Backend *m_backend;
    QUuid m_tenantId;
    QStringList m_pending;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    CancelToken m_cancel;
    quint64 m_generation = 0;
    QHash<QString, RecipientResolution> m_answers;
};

} // namespace dicedesk
