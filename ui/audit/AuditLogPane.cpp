#include "AuditLogPane.h"

#include "history/AuditCsvExport.h"
#include "history/AuditLogModel.h"
#include "history/ListPaneParts.h"
#include "history/PeriodFilter.h"
#include "lists/DetailPanel.h"
#include "lists/LoadProgressStrip.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dicedesk {

AuditLogPane::AuditLogPane(Backend *backend, const Identity &identity, QWidget *parent)
    : KeysetListPane(backend, new AuditLogModel(backend), QStringLiteral("audit"), parent)
    , m_identity(identity)
    , m_audit(static_cast<AuditLogModel *>(listModel()))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_period(new PeriodFilter(this))
    , m_exportButton(new QToolButton(this))
    , m_exportAction(new QAction(this))
    , m_exportProgress(new LoadProgressStrip(this))
    , m_exportMessages(new MessageBar(this))
{
    setObjectName(QStringLiteral("auditLogPane"));
    m_kind->setObjectName(QStringLiteral("eventKindFilter"));
    for (int kind = 0; kind <= static_cast<int>(EventKind::Achievements); ++kind)
        m_kind->addItem(QString(), kind);
    m_kindLabel->setBuddy(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditLogPane::refresh);
    connect(m_period, &PeriodFilter::changed, this, &AuditLogPane::refresh);
    filterBar()->insertWidget(2, m_kindLabel);
    filterBar()->insertWidget(3, m_kind);
    filterBar()->insertWidget(4, m_period);
    hideJumpToDate(this, filterBar());

    m_exportAction->setObjectName(QStringLiteral("exportCsv"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_exportAction, &QAction::triggered, this, &AuditLogPane::exportCsv);
    addAction(m_exportAction);
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    filterBar()->addWidget(m_exportButton);

    // The export's progress and outcome, under the base's own strip.
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    connect(m_exportProgress, &LoadProgressStrip::cancelRequested, this,
            &AuditLogPane::cancelExport);
    m_exportMessages->setObjectName(QStringLiteral("exportMessages"));
    m_exportMessages->clear();
    connect(m_exportMessages, &MessageBar::retryRequested, this, [this] {
        if (m_export)
            exportCsvTo(m_export->path());
    });
    if (auto *column = qobject_cast<QVBoxLayout *>(layout())) {
        const int splitterAt = column->count() - 1;
        column->insertWidget(splitterAt, m_exportMessages);
        column->insertWidget(splitterAt, m_exportProgress);
    }
    QHeaderView *header = tableView()->horizontalHeader();
    const QFontMetrics metrics = tableView()->fontMetrics();
    header->resizeSection(
        AuditLogModel::TimeColumn,
        metrics.horizontalAdvance(KeysetListModel::formatTime(QDateTime::currentDateTimeUtc())) +
            24);
    header->resizeSection(AuditLogModel::EventColumn, metrics.averageCharWidth() * 26);
    completeSetup();
}

AuditLogPane::~AuditLogPane()
{
    if (m_export)
        m_export->cancel();
}

QString AuditLogPane::title() const
{
    return tr("Audit log");
}

QIcon AuditLogPane::icon() const
{
    return themedIcon(QStringLiteral(":/icons/audit.svg"));
}

void AuditLogPane::retranslateUi()
{
    relabelUserFilter(
        this, tr("&Actor:"), tr("Anyone — type a name"),
        tr("Show only what one person did (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_kindLabel->setText(tr("&Event:"));
    m_kind->setItemText(static_cast<int>(EventKind::All), tr("All events"));
    m_kind->setItemText(static_cast<int>(EventKind::Awards), tr("Awards"));
    m_kind->setItemText(static_cast<int>(EventKind::Requests), tr("Award requests"));
    m_kind->setItemText(static_cast<int>(EventKind::AwardReversals), tr("Award reversals"));
    m_kind->setItemText(static_cast<int>(EventKind::EntryReversals), tr("Coin entry reversals"));
    m_kind->setItemText(static_cast<int>(EventKind::Settings), tr("Settings"));
    m_kind->setItemText(static_cast<int>(EventKind::Achievements), tr("Achievements"));
    m_kind->setAccessibleName(tr("Event kind filter"));
    m_kind->setToolTip(tr("Show only one kind of event. “Awards” includes award reversals."));
    m_exportAction->setText(tr("E&xport CSV…"));
    //: %1 is the key that does it
    m_exportAction->setToolTip(
        tr("Write every entry that matches the filters to a CSV file (%1)")
            .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportProgress->retranslateUi();
    if (m_export && m_export->status() == AuditCsvExport::Status::Running)
        exportProgress(m_export->rowsWritten(), m_export->estimatedTotal());
}

QString AuditLogPane::eventPrefix(EventKind kind)
{
    switch (kind) {
    case EventKind::All:
        return {};
    case EventKind::Awards:
        return QStringLiteral("gamification.admin_award.");
    case EventKind::Requests:
        return QStringLiteral("gamification.admin_award_request.");
    case EventKind::AwardReversals:
        return QStringLiteral("gamification.admin_award.reversed");
    case EventKind::EntryReversals:
        return QStringLiteral("gamification.coin_transaction.reversed");
    case EventKind::Settings:
        return QStringLiteral("gamification.settings.");
    case EventKind::Achievements:
        return QStringLiteral("gamification.achievement.");
    }
    return {};
}

void AuditLogPane::setEventKind(EventKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind))); // refreshes on a change
}

AuditLogPane::EventKind AuditLogPane::eventKind() const
{
    return static_cast<EventKind>(m_kind->currentData().toInt());
}

AuditFilter AuditLogPane::currentFilter() const
{
    AuditFilter filter;
    filter.scope = scope();
    filter.from = m_period->from();
    filter.until = m_period->until();
    const QDateTime before = KeysetListPane::before();
    if (before.isValid() && (!filter.until.isValid() || before < filter.until))
        filter.until = before;
    filter.actorUserId = userFilter();
    filter.eventPrefix = eventPrefix(eventKind());
    return filter;
}

void AuditLogPane::applyFilter()
{
    m_audit->setFilter(currentFilter());
}

void AuditLogPane::showDetail(int row)
{
    const std::optional<AuditEntry> entry = row >= 0 ? m_audit->entry(row) : std::nullopt;
    if (!entry) {
        detailPanel()->showPlaceholder(row >= 0 ? tr("Loading…")
                                                : tr("Select an entry to see its details."));
        return;
    }
    detailPanel()->showFields(AuditLogModel::eventLabel(entry->eventType),
                              {
                                  {tr("Time"), KeysetListModel::formatTime(entry->createdAt)},
                                  //: The same moment in UTC, as stored
                                  {tr("UTC"), entry->createdAt.toUTC().toString(Qt::ISODateWithMs)},
                                  {tr("Tenant"), entry->tenantName},
                                  //: Who did what the audit entry records
                                  {tr("Actor"), entry->actorName},
                                  {tr("Event"), entry->eventType},
                                  {tr("Id"), entry->id.toString(QUuid::WithoutBraces)},
                              });
    detailPanel()->setJson(tr("Payload"), entry->payloadJson);
}

void AuditLogPane::exportCsv()
{
    if (m_export && m_export->status() == AuditCsvExport::Status::Running)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Suggested file name of the audit export; keep it short, no slashes
    const QString suggested = QDir(folder).filePath(
        tr("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    exportCsvTo(path);
}

bool AuditLogPane::exportCsvTo(const QString &path)
{
    if (m_export && m_export->status() == AuditCsvExport::Status::Running)
        return false;
    if (m_export)
        m_export->deleteLater();
    m_exportMessages->clear();
    m_export = new AuditCsvExport(backend(), currentFilter(), path, this);
    m_export->setPageSize(m_exportPageSize);
    connect(m_export, &AuditCsvExport::progress, this, &AuditLogPane::exportProgress);
    connect(m_export, &AuditCsvExport::finished, this, &AuditLogPane::exportEnded);
    m_exportAction->setEnabled(false);
    exportProgress(0, -1);
    m_exportProgress->setBusy(true);
    m_export->start();
    return true;
}

void AuditLogPane::cancelExport()
{
    if (m_export)
        m_export->cancel();
}

void AuditLogPane::exportProgress(int rows, qint64 total)
{
    const QLocale locale;
    if (total < 0)
        m_exportProgress->setText(tr("Exporting the audit log…"));
    else
        //: %1 rows written so far, %2 the estimated number of all rows
        m_exportProgress->setText(tr("Exporting the audit log… %1 of ≈ %2 rows")
                                      .arg(locale.toString(rows), locale.toString(total)));
}

void AuditLogPane::exportEnded()
{
    m_exportProgress->setBusy(false);
    m_exportAction->setEnabled(true);
    if (!m_export)
        return;
    const QString file = QDir::toNativeSeparators(m_export->path());
    switch (m_export->status()) {
    case AuditCsvExport::Status::Finished:
        //: %n rows were written to the file %1
        m_exportMessages->showMessage(
            MessageBar::Tone::Information,
            tr("Exported %n row(s) to %1.", nullptr, m_export->rowsWritten()).arg(file));
        break;
    case AuditCsvExport::Status::Cancelled:
        m_exportMessages->showMessage(
            MessageBar::Tone::Information,
            tr("The export was cancelled; %1 was not written.").arg(file));
        break;
    case AuditCsvExport::Status::Failed: {
        const QString reason = m_export->fileError().isEmpty() ? m_export->error().userMessage()
                                                               : m_export->fileError();
        //: %1 is the file, %2 why it failed
        m_exportMessages->showMessage(MessageBar::Tone::Error,
                                      tr("The export to %1 failed, and the file was not "
                                         "written. %2")
                                          .arg(file, reason),
                                      m_export->error().detail());
        break;
    }
    case AuditCsvExport::Status::Idle:
    case AuditCsvExport::Status::Running:
        break;
    }
    Q_EMIT exportFinished();
}

QString AuditLogPane::exportMessage() const
{
    return m_exportMessages->text();
}

QString AuditLogPane::statusFor(qint64 total, int shown, bool exact) const
{
    const QLocale locale;
    if (exact)
        //: All audit entries are in the list; %1 is how many (no plural forms needed)
        return tr("Entries: %1 · all shown").arg(locale.toString(shown));
    //: %1 is the estimated number of audit entries, %2 how many the list holds so far
    return tr("≈ %1 entries · %2 shown").arg(locale.toString(total), locale.toString(shown));
}

QString AuditLogPane::loadingText() const
{
    return tr("Loading audit entries…");
}

QString AuditLogPane::showUserText() const
{
    return tr("Show what this &person did");
}

} // namespace dicedesk
