#pragma once

#include "domain/AuditEntry.h"
#include "domain/Identity.h"
#include "history/AuditCsvExport.h"
#include "lists/KeysetListPane.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QToolButton;

namespace dicedesk {

class AuditLogModel;
class LoadProgressStrip;
class MessageBar;
class PeriodFilter;

/// The tenant audit log: who did what, newest first, filtered by period, actor and kind of
/// event, with the selected entry's payload pretty-printed in the detail.
///
/// "Export CSV…" (Ctrl+E) writes every entry matching the filter to a file, page by page
/// (see AuditCsvExport), with progress and Cancel; the file appears only when complete.
///
/// Keys (besides KeysetListPane's F5, Ctrl+F, Esc, Ctrl+C, Ctrl+U): Ctrl+E exports.
class AuditLogPane : public KeysetListPane
{
    Q_OBJECT

public:
    /// The kinds of event the filter offers.
    enum class EventKind
    {
        All,
        Awards,         ///< paid awards (and their reversals)
        Requests,       ///< award requests: filed, approved, rejected, expired, cancelled
        AwardReversals, ///< whole awards reversed
        EntryReversals, ///< single coin entries reversed
        Settings,
        Achievements,
    };
    Q_ENUM(EventKind)

    AuditLogPane(Backend *backend, const Identity &identity, QWidget *parent = nullptr);
    ~AuditLogPane() override;

    QString paneId() const override { return QStringLiteral("audit"); }
    QString title() const override;
    QIcon icon() const override;

    /// The event_type prefix a kind stands for ("gamification.admin_award_request.").
    static QString eventPrefix(EventKind kind);
    void setEventKind(EventKind kind);
    EventKind eventKind() const;

    /// Writes every entry matching the current filter to @p path (what "Export CSV…" does
    /// after asking for the file). False when an export is already running.
    bool exportCsvTo(const QString &path);
    /// Rows asked for per page by the next exports (tests use small pages).
    void setExportPageSize(int rows) { m_exportPageSize = rows; }
    /// Stops the running export; the file is left as it was.
    void cancelExport();
    /// The running (or last) export, null before the first.
    AuditCsvExport *currentExport() const { return m_export; }
    /// The export bar's text, empty when hidden.
    QString exportMessage() const;

    AuditLogModel *auditModel() const { return m_audit; }
    PeriodFilter *periodFilter() const { return m_period; }
    QAction *exportAction() const { return m_exportAction; }

public Q_SLOTS:
    /// Asks for a file name, then exports.
    void exportCsv();

Q_SIGNALS:
    /// An export ended (finished, cancelled or failed).
    void exportFinished();

protected:
    void applyFilter() override;
    void showDetail(int row) override;
    QString statusFor(qint64 total, int shown, bool exact) const override;
    QString loadingText() const override;
    QString showUserText() const override;
    void retranslateUi() override;

private:
    AuditFilter currentFilter() const;
    void exportProgress(int rows, qint64 total);
    void exportEnded();

    Identity m_identity;
    AuditLogModel *m_audit;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    PeriodFilter *m_period;
    QToolButton *m_exportButton;
    QAction *m_exportAction;
    LoadProgressStrip *m_exportProgress;
    MessageBar *m_exportMessages;
    QPointer<AuditCsvExport> m_export;
    int m_exportPageSize = AuditCsvExport::kDefaultPageSize;
};

} // namespace dicedesk
