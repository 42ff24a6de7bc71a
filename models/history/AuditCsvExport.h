#pragma once

#include "backend/BackendError.h"
#include "backend/CancelToken.h"
#include "backend/Result.h"
#include "domain/AuditEntry.h"
#include "domain/Paging.h"

#include <QObject>
#include <memory>

class QSaveFile;

namespace dicedesk {

class Backend;

/// Writes every audit entry matching a filter to a CSV file (see AuditCsv), page by page:
/// each page is asked for only when the previous one is written, so the GUI thread does a
/// page's worth of formatting at a time and never waits for the database.
///
/// The file is a QSaveFile: it appears, complete, only when the last page is written;
/// cancelling or a failure leaves whatever was there before untouched.
class AuditCsvExport : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 1000;

    enum class Status
    {
        Idle,
        Running,
        Finished,
        Cancelled,
        Failed,
    };
    Q_ENUM(Status)

    AuditCsvExport(Backend *backend, const AuditFilter &filter, const QString &path,
                   QObject *parent = nullptr);
    ~AuditCsvExport() override;

    /// Rows asked for per page (tests use small pages).
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    /// Opens the file, writes the header and starts paging. finished() follows, always.
    void start();
    /// Stops at once: the query in flight is cancelled and the file discarded.
    void cancel();

    Status status() const { return m_status; }
    QString path() const { return m_path; }
    int rowsWritten() const { return m_rows; }
    /// The planner's estimate of all rows, from the first page; -1 until then.
    qint64 estimatedTotal() const { return m_estimate; }
    /// Why the export failed: the backend's error, or a file error (kind Internal) whose
    /// userMessage() is replaced by fileError().
    const BackendError &error() const { return m_error; }
    /// A translated sentence when the file could not be written, else empty.
    QString fileError() const { return m_fileError; }

Q_SIGNALS:
    void progress(int rowsWritten, qint64 estimatedTotal);
    void finished(dicedesk::AuditCsvExport::Status status);

private:
    void fetchNext();
    void pageArrived(quint64 request, const Result<Page<AuditEntry>> &result);
    void fail(const BackendError &error, const QString &fileError = {});
    void finish(Status status);

    Backend *m_backend;
    AuditFilter m_filter;
    QString m_path;
    int m_pageSize = kDefaultPageSize;
    std::unique_ptr<QSaveFile> m_file;
    KeysetCursor m_next;
    CancelToken m_cancel;
    quint64 m_request = 0;
    Status m_status = Status::Idle;
    int m_rows = 0;
    qint64 m_estimate = -1;
    BackendError m_error;
    QString m_fileError;
};

} // namespace dicedesk
