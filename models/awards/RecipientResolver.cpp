#include "RecipientResolver.h"

#include "AwardsLogging.h"
#include "RecipientCheck.h"
#include "backend/Backend.h"

namespace dicedesk {

RecipientResolver::RecipientResolver(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{}

RecipientResolver::~RecipientResolver()
{
    m_cancel.cancel();
}

void RecipientResolver::start(const QUuid &tenantId, const QStringList &inputs)
{
    if (m_running) {
        m_cancel.cancel();
        m_running = false;
    }
    ++m_generation;
    if (tenantId != m_tenantId) {
        m_answers.clear();
        m_tenantId = tenantId;
    }
    m_pending.clear();
    for (const QString &input : inputs) {
        const QString normalized = RecipientCheck::normalizedInput(input);
        if (!normalized.isEmpty() && !m_answers.contains(normalized.toCaseFolded()))
            m_pending.append(normalized);
    }
    m_pending.removeDuplicates();
    m_done = 0;
    m_total = static_cast<int>(m_pending.size());
    m_cancel = CancelToken();
    m_running = true;
    Q_EMIT progress(0, m_total);
    nextChunk();
}

void RecipientResolver::cancel()
{
    if (!m_running)
        return;
    m_cancel.cancel();
    m_running = false;
    ++m_generation;
    Q_EMIT failed(BackendError(BackendError::Kind::Cancelled, QStringLiteral("cancelled")));
}

void RecipientResolver::nextChunk()
{
    if (m_pending.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const QStringList chunk = m_pending.mid(0, kChunkSize);
    m_pending.remove(0, chunk.size());
    const quint64 generation = m_generation;
    qCDebug(lcAwards) << "resolving" << chunk.size() << "input(s)," << m_pending.size() << "left";
    m_backend->resolveRecipients(m_tenantId, chunk, m_cancel)
        .then(this, [this, generation, chunk](const Result<QList<RecipientResolution>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_running = false;
                qCWarning(lcAwards) << "resolving recipients failed:" << result.error().detail();
                Q_EMIT failed(result.error());
                return;
            }
            const QList<RecipientResolution> &answers = result.value();
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                RecipientResolution answer = answers.value(i);
                if (i >= answers.size())
                    answer.status = RecipientResolution::Status::Unknown;
                answer.input = chunk.at(i);
                m_answers.insert(chunk.at(i).toCaseFolded(), answer);
            }
            m_done += static_cast<int>(chunk.size());
            Q_EMIT progress(m_done, m_total);
            nextChunk();
        });
}

} // namespace dicedesk
