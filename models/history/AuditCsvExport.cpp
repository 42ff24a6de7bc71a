#include "AuditCsvExport.h"

#include "AuditCsv.h"
#include "HistoryLogging.h"
#include "backend/Backend.h"

#include <QSaveFile>
#include <algorithm>

namespace dicedesk {

AuditCsvExport::AuditCsvExport(Backend *backend, const AuditFilter &filter, const QString &path,
                               QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_filter(filter)
    , m_path(path)
{}

AuditCsvExport::~AuditCsvExport()
{
    if (m_status == Status::Running) {
        ++m_request; // an answer arriving later finds nothing to do
        m_cancel.cancel();
    }
    if (m_file)
        m_file->cancelWriting();
}

void AuditCsvExport::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void AuditCsvExport::start()
{
    if (m_status == Status::Running)
        return;
    m_status = Status::Running;
    m_rows = 0;
    m_estimate = -1;
    m_next = {};
    m_error = {};
    m_fileError.clear();
    m_cancel = CancelToken();
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        //: %1 is the operating system's reason
        fail(BackendError(BackendError::Kind::Internal, m_file->errorString()),
             tr("The file could not be created: %1").arg(m_file->errorString()));
        return;
    }
    const QByteArray header = AuditCsv::line(AuditCsv::columns());
    if (m_file->write(header) != header.size()) {
        fail(BackendError(BackendError::Kind::Internal, m_file->errorString()),
             tr("The file could not be written: %1").arg(m_file->errorString()));
        return;
    }
    qCInfo(lcHistory) << "exporting the audit log to" << m_path;
    fetchNext();
}

void AuditCsvExport::cancel()
{
    if (m_status != Status::Running)
        return;
    ++m_request;
    m_cancel.cancel();
    qCInfo(lcHistory) << "audit export cancelled after" << m_rows << "rows";
    finish(Status::Cancelled);
}

void AuditCsvExport::fetchNext()
{
    const quint64 request = ++m_request;
    m_backend->auditPage(m_filter, m_next, m_pageSize, m_cancel)
        .then(this, [this, request](const Result<Page<AuditEntry>> &result) {
            pageArrived(request, result);
        });
}

void AuditCsvExport::pageArrived(quint64 request, const Result<Page<AuditEntry>> &result)
{
    if (request != m_request || m_status != Status::Running)
        return; // cancelled meanwhile
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    const Page<AuditEntry> &page = result.value();
    if (m_rows == 0 && m_estimate < 0)
        m_estimate = page.estimatedTotal;
    QByteArray chunk;
    for (const AuditEntry &entry : page.rows)
        chunk += AuditCsv::line(AuditCsv::values(entry));
    if (m_file->write(chunk) != chunk.size()) {
        fail(BackendError(BackendError::Kind::Internal, m_file->errorString()),
             tr("The file could not be written: %1").arg(m_file->errorString()));
        return;
    }
    m_rows += static_cast<int>(page.rows.size());
    const bool atEnd = page.atEnd || page.next.isNull() || page.rows.isEmpty();
    if (atEnd)
        m_estimate = m_rows;
    Q_EMIT progress(m_rows, std::max<qint64>(m_estimate, m_rows));
    if (m_status != Status::Running)
        return; // a listener cancelled
    if (!atEnd) {
        m_next = page.next;
        fetchNext();
        return;
    }
    if (!m_file->commit()) {
        fail(BackendError(BackendError::Kind::Internal, m_file->errorString()),
             tr("The file could not be saved: %1").arg(m_file->errorString()));
        return;
    }
    m_file.reset();
    qCInfo(lcHistory) << "exported" << m_rows << "audit rows to" << m_path;
    finish(Status::Finished);
}

void AuditCsvExport::fail(const BackendError &error, const QString &fileError)
{
    m_error = error;
    m_fileError = fileError;
    qCWarning(lcHistory) << "audit export failed after" << m_rows << "rows:" << error.detail();
    finish(Status::Failed);
}

void AuditCsvExport::finish(Status status)
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // discards the temporary file; the target stays as it was
    }
    m_status = status;
    Q_EMIT finished(status);
}

} // namespace dicedesk
