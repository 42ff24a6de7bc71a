#include "ApprovalQueuePane.h"

#include "ApprovalLogging.h"
#include "AwardSettingsDialog.h"
#include "RequestDetailView.h"
#include "backend/Backend.h"
#include "lists/KeysetRowDelegate.h"
#include "lists/LoadProgressStrip.h"
#include "panes/PaneHeading.h"
#include "requests/RequestFormat.h"
#include "requests/RequestQueueModel.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"
#include "widgets/ReasonDialog.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

const QString kSettingsKey = QStringLiteral("approvals");

using Decision = RequestDetailView::Decision;

Decision decisionFor(const Identity &identity, const AwardRequestSummary &request)
{
    if (!identity.systemAdmin)
        return Decision::NotAllowed;
    if (request.status != QLatin1String("pending"))
        return Decision::Closed;
    if (request.expired)
        return Decision::Expired;
    if (!identity.userId.isNull() && request.requesterUserId == identity.userId)
        return Decision::OwnRequest;
    return Decision::Allowed;
}

QString reasonKey(const QUuid &requestId, bool approve)
{
    return requestId.toString(QUuid::WithoutBraces) +
           (approve ? QStringLiteral(":approve") : QStringLiteral(":reject"));
}

/// The queue's list. Letters are the queue's commands (J, K, A, R), so typing never jumps to
/// a row by its text: a disabled command (A on one's own request) then does nothing at all.
class QueueTableView : public QTableView
{
public:
    using QTableView::QTableView;

    void keyboardSearch(const QString &) override {}
};

} // namespace

ApprovalQueuePane::ApprovalQueuePane(Backend *backend, const Identity &identity, QWidget *parent)
    : Pane(parent)
    , m_backend(backend)
    , m_identity(identity)
    , m_model(new RequestQueueModel(backend, this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_settingsButton(new QToolButton(this))
    , m_refreshButton(new QToolButton(this))
    , m_messages(new MessageBar(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_progress(new LoadProgressStrip(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QueueTableView(m_splitter))
    , m_detail(new RequestDetailView(m_splitter))
    , m_refreshAction(new QAction(this))
    , m_cancelAction(new QAction(this))
    , m_nextAction(new QAction(this))
    , m_previousAction(new QAction(this))
    , m_approveAction(new QAction(this))
    , m_rejectAction(new QAction(this))
    , m_detailsAction(new QAction(this))
    , m_settingsAction(new QAction(this))
    , m_reloadTimer(new QTimer(this))
    , m_detailTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("approvalQueuePane"));
    stylePaneHeading(m_heading, m_status);
    m_status->setObjectName(QStringLiteral("listStatus"));

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &ApprovalQueuePane::onReloadTimer);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(kDetailDelayMs);
    connect(m_detailTimer, &QTimer::timeout, this, &ApprovalQueuePane::loadDetail);

    // Pane-wide keys: F5 and Esc.
    m_refreshAction->setIcon(themedIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &ApprovalQueuePane::refresh);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &ApprovalQueuePane::escape);
    m_settingsAction->setObjectName(QStringLiteral("approvalSettingsAction"));
    m_settingsAction->setVisible(m_identity.systemAdmin);
    m_settingsAction->setEnabled(m_identity.systemAdmin);
    connect(m_settingsAction, &QAction::triggered, this, &ApprovalQueuePane::openSettings);
    addActions({m_refreshAction, m_cancelAction});

    // The queue's keys work in the list and in the detail, never in the filter bar or a
    // dialog: single letters belong to text fields there.
    m_nextAction->setShortcut(QKeySequence(Qt::Key_J));
    m_previousAction->setShortcut(QKeySequence(Qt::Key_K));
    m_approveAction->setShortcut(QKeySequence(Qt::Key_A));
    m_rejectAction->setShortcut(QKeySequence(Qt::Key_R));
    for (QAction *action : {m_nextAction, m_previousAction, m_approveAction, m_rejectAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_approveAction->setObjectName(QStringLiteral("approveAction"));
    m_rejectAction->setObjectName(QStringLiteral("rejectAction"));
    connect(m_nextAction, &QAction::triggered, this, [this] { move(1); });
    connect(m_previousAction, &QAction::triggered, this, [this] { move(-1); });
    connect(m_approveAction, &QAction::triggered, this, &ApprovalQueuePane::approveShown);
    connect(m_rejectAction, &QAction::triggered, this, &ApprovalQueuePane::rejectShown);
    m_splitter->addActions({m_nextAction, m_previousAction, m_approveAction, m_rejectAction});
    m_detailsAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_detailsAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_detailsAction, &QAction::triggered, this,
            [this] { activateRow(m_view->currentIndex()); });

    m_refreshButton->setDefaultAction(m_refreshAction);
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_settingsButton->setDefaultAction(m_settingsAction);
    m_settingsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_settingsButton->setVisible(m_identity.systemAdmin);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_status);
    header->addWidget(m_settingsButton);
    header->addWidget(m_refreshButton);

    m_filter->setObjectName(QStringLiteral("statusFilter"));
    for (int i = 0; i < 3; ++i)
        m_filter->addItem(QString(), i);
    m_filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::activated, this,
            [this](int index) { setStatusFilter(static_cast<StatusFilter>(index)); });
    auto *filterBar = new QHBoxLayout;
    filterBar->setSpacing(8);
    filterBar->addWidget(m_filterLabel);
    filterBar->addWidget(m_filter);
    filterBar->addStretch(1);

    // The list: uniform rows, no client-side sorting (the queue's order is the server's).
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setItemDelegate(new KeysetRowDelegate(m_view, [](const QModelIndex &index) {
        // Requests that can no longer be decided read as dimmed.
        return index.data(RequestQueueModel::ExpiredRole).toBool();
    }));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(RequestQueueModel::MessageColumn,
                                                     QHeaderView::Stretch);
    // "500 coins × 12" and its header must read in full at the default width.
    m_view->horizontalHeader()->resizeSection(
        RequestQueueModel::AmountColumn,
        m_view->fontMetrics().horizontalAdvance(
            m_model->headerData(RequestQueueModel::AmountColumn, Qt::Horizontal).toString()) +
            32);
    m_view->addAction(m_detailsAction);
    // Double-click (and Enter): the error row tries again, a request goes into the detail.
    connect(m_view, &QTableView::activated, this, &ApprovalQueuePane::activateRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                onCurrentRowChanged(current.isValid() ? current.row() : -1);
            });

    connect(m_detail, &RequestDetailView::approveRequested, this, &ApprovalQueuePane::approveShown);
    connect(m_detail, &RequestDetailView::rejectRequested, this, &ApprovalQueuePane::rejectShown);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({600, 500});
    m_splitter->setObjectName(QStringLiteral("approvalSplitter"));
    connect(m_splitter, &QSplitter::splitterMoved, this, &ApprovalQueuePane::saveLayout);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addLayout(filterBar);
    layout->addWidget(m_progress);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &KeysetListModel::loadingChanged, this, [this](bool loading) {
        m_progress->setBusy(loading);
        updateStatus();
    });
    connect(m_model, &KeysetListModel::countsChanged, this, [this] {
        updateStatus();
        if (m_model->loadedCount() > 0 || m_model->isAtEnd()) {
            onFirstPage();
            if (!m_settled) {
                m_settled = true;
                Q_EMIT settled();
            }
        }
    });
    connect(m_model, &KeysetListModel::fetchFailed, this, [this](const BackendError &error) {
        m_restoring = false;
        m_error = error;
        showError(error);
        updateStatus();
        if (!m_settled) {
            m_settled = true;
            Q_EMIT settled();
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A page fetched again, or the minute's age update.
                const int row = currentRow();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    onCurrentRowChanged(row);
            });
    const auto spanExtraRow = [this] {
        m_view->clearSpans();
        const int extraRow = m_model->loadedCount();
        if (m_model->rowCount() > extraRow)
            m_view->setSpan(extraRow, 0, 1, m_model->columnCount());
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, spanExtraRow);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, spanExtraRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, spanExtraRow);
    connect(m_model, &KeysetListModel::countsChanged, this, spanExtraRow);
    connect(m_progress, &LoadProgressStrip::cancelRequested, m_model, &KeysetListModel::cancel);
    connect(m_messages, &MessageBar::retryRequested, this, [this] {
        m_messages->clear();
        m_error.reset();
        if (m_model->rowCount() == 0)
            reload(Reload::Fresh);
        else
            m_model->fetchMore({});
    });

    QSettings settings;
    m_splitter->restoreState(
        settings.value(kSettingsKey + QStringLiteral("/splitter")).toByteArray());
    // Columns fit the first page's contents unless the user has sized them before.
    m_columnsSized = m_view->horizontalHeader()->restoreState(
        settings.value(kSettingsKey + QStringLiteral("/columns")).toByteArray());
    retranslateUi();
    updateColumns();
    updateActions();
}

ApprovalQueuePane::~ApprovalQueuePane()
{
    saveLayout();
    m_detailCancel.cancel();
}

QString ApprovalQueuePane::title() const
{
    return tr("Approvals");
}

QIcon ApprovalQueuePane::icon() const
{
    return themedIcon(QStringLiteral(":/icons/approvals.svg"));
}

void ApprovalQueuePane::retranslateUi()
{
    setAccessibleName(title());
    m_heading->setText(title());
    m_heading->setAccessibleName(title());
    m_status->setAccessibleName(tr("Queue status"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        tr("Load the requests again (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_refreshButton->setAccessibleName(tr("Refresh requests"));
    m_cancelAction->setText(tr("Cancel loading"));
    m_nextAction->setText(tr("Next request"));
    m_previousAction->setText(tr("Previous request"));
    m_approveAction->setText(tr("Approve…"));
    m_rejectAction->setText(tr("Reject…"));
    m_detailsAction->setText(tr("Show details"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_settingsAction->setToolTip(tr("Approval threshold and request expiry"));
    //: Label of the status filter of the approval queue
    m_filterLabel->setText(tr("&Show:"));
    m_filter->setAccessibleName(tr("Status filter"));
    retranslateFilter();
    m_view->setAccessibleName(tr("Award requests"));
    m_splitter->setAccessibleName(tr("Requests and details"));
    m_progress->setText(tr("Loading requests…"));
    m_progress->retranslateUi();
}

void ApprovalQueuePane::retranslateFilter()
{
    //: Status filter: requests waiting for a decision
    m_filter->setItemText(static_cast<int>(StatusFilter::Pending), tr("Pending"));
    //: Status filter: approved, rejected, expired or cancelled requests
    m_filter->setItemText(static_cast<int>(StatusFilter::Decided), tr("Decided"));
    //: Status filter: every request
    m_filter->setItemText(static_cast<int>(StatusFilter::All), tr("All"));
    m_filter->setCurrentIndex(static_cast<int>(m_statusFilter));
}

void ApprovalQueuePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        updateStatus();
        if (m_error)
            showError(*m_error);
    }
    Pane::changeEvent(event);
}

void ApprovalQueuePane::setScope(const TenantScope &scope)
{
    m_scope = scope;
    if (!m_started) {
        m_started = true;
        startListening();
        // Stale requests show as expired from the start. The backend runs one call at a time,
        // so the first page, asked for next, already sees them.
        if (m_identity.systemAdmin) {
            m_backend->expireRequests().then(this, [this](const Result<int> &expired) {
                if (!expired.ok()) {
                    qCInfo(lcApprovals) << "expiring requests failed:" << expired.error().detail();
                    return;
                }
                qCInfo(lcApprovals) << expired.value() << "request(s) expired";
                if (expired.value() > 0)
                    Q_EMIT pendingCountChanged();
            });
        }
    }
    reload(Reload::Fresh);
}

void ApprovalQueuePane::startListening()
{
    connect(m_backend, &Backend::requestsChanged, this, &ApprovalQueuePane::onNotification);
    m_backend->listenForRequests();
}

void ApprovalQueuePane::refresh()
{
    m_detailDirty = true;
    reload(Reload::Fresh);
}

void ApprovalQueuePane::setStatusFilter(StatusFilter filter)
{
    m_filter->setCurrentIndex(static_cast<int>(filter));
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    updateColumns();
    if (m_started)
        reload(Reload::Fresh);
}

void ApprovalQueuePane::applyFilter()
{
    RequestFilter filter;
    filter.scope = m_scope;
    switch (m_statusFilter) {
    case StatusFilter::Pending:
        filter.statuses = {QStringLiteral("pending")};
        break;
    case StatusFilter::Decided:
        filter.statuses = {QStringLiteral("approved"), QStringLiteral("rejected"),
                           QStringLiteral("expired"), QStringLiteral("cancelled")};
        break;
    case StatusFilter::All:
        filter.statuses = {};
        break;
    }
    m_model->setFilter(filter);
}

void ApprovalQueuePane::updateColumns()
{
    // Pending requests all have the same status; the age column says which expired.
    m_view->setColumnHidden(RequestQueueModel::StatusColumn,
                            m_statusFilter == StatusFilter::Pending);
}

void ApprovalQueuePane::reload(Reload how)
{
    m_reloadTimer->stop();
    m_settled = false;
    if (how == Reload::Fresh) {
        m_messages->clear();
        m_error.reset();
    }
    // Remember what was selected; a reload that is already restoring keeps its own memory.
    if (!m_restoring) {
        m_restoreId = m_shownId;
        m_restoreRow = currentRow() >= 0 ? currentRow() : m_anchorRow;
    }
    m_restoring = true;
    m_reloadKind = how;
    qCDebug(lcApprovals) << "loading requests for" << m_scope.tenantIds.size() << "tenant(s)";
    applyFilter();
    m_model->fetchMore({});
    updateStatus();
}

void ApprovalQueuePane::onFirstPage()
{
    if (!m_columnsSized && m_model->loadedCount() > 0) {
        m_columnsSized = true;
        for (int column = 0; column < RequestQueueModel::ColumnCount; ++column) {
            if (column != RequestQueueModel::MessageColumn)
                m_view->resizeColumnToContents(column);
        }
    }
    if (!m_restoring)
        return;
    m_restoring = false;
    const bool advance = std::exchange(m_advanceOnMissing, false);
    const QUuid wanted = std::exchange(m_wantedId, QUuid());
    const QUuid keep = wanted.isNull() ? m_restoreId : wanted;
    const int row = keep.isNull() ? -1 : m_model->cachedRowOf(keep);
    if (row >= 0) {
        if (row == currentRow())
            onCurrentRowChanged(row);
        else
            selectRow(row);
        return;
    }
    if (!wanted.isNull() || (m_reloadKind == Reload::KeepSelection && !keep.isNull() && !advance)) {
        // Not listed (any more): the detail keeps showing it, brought up to date.
        m_anchorRow = m_restoreRow;
        if (m_shownId != keep) {
            m_shownId = keep;
            m_shown.reset();
            m_shownDetail.reset();
        }
        m_detailDirty = true;
        loadDetail();
        updateActions();
        return;
    }
    const int count = m_model->loadedCount();
    if (count == 0) {
        m_shownId = {};
        m_shown.reset();
        m_shownDetail.reset();
        m_anchorRow = -1;
        m_detail->showPlaceholder(m_statusFilter == StatusFilter::Pending
                                      ? tr("No requests are waiting for a decision.")
                                      : tr("No requests."));
        updateActions();
        return;
    }
    selectRow(advance ? qBound(0, m_restoreRow, count - 1) : 0);
}

int ApprovalQueuePane::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ApprovalQueuePane::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ApprovalQueuePane::onCurrentRowChanged(int row)
{
    if (row < 0) {
        updateActions(); // a reset: the detail keeps what it shows
        return;
    }
    m_anchorRow = row;
    const std::optional<AwardRequestSummary> request = m_model->request(row);
    if (request)
        showSummary(*request);
    updateActions();
}

void ApprovalQueuePane::showSummary(const AwardRequestSummary &request)
{
    const bool same = request.id == m_shownId;
    const bool changed = !same || !m_shown || m_shown->status != request.status ||
                         m_shown->expired != request.expired ||
                         m_shown->recipientCount != request.recipientCount;
    if (!same) {
        m_detailTimer->stop();
        m_detailCancel.cancel();
        m_detailLoadingId = {};
        m_shownDetail.reset();
    }
    if (changed)
        m_detailDirty = true;
    m_shownId = request.id;
    m_shown = request;
    m_detail->showSummary(request, decisionFor(m_identity, request));
    const bool loading = m_detailLoadingId == request.id || m_detailTimer->isActive();
    if (m_detailDirty || (!m_shownDetail && !loading))
        scheduleDetail();
}

void ApprovalQueuePane::scheduleDetail()
{
    m_detailTimer->start();
}

void ApprovalQueuePane::loadDetail()
{
    m_detailTimer->stop();
    if (m_shownId.isNull())
        return;
    m_detailCancel.cancel();
    m_detailCancel = CancelToken();
    const quint64 request = ++m_detailRequest;
    const QUuid id = m_shownId;
    m_detailLoadingId = id;
    m_detailDirty = false;
    m_backend->requestDetail(id, m_detailCancel)
        .then(this, [this, request, id](const Result<AwardRequestDetail> &result) {
            if (request != m_detailRequest)
                return; // another request was selected meanwhile
            m_detailLoadingId = {};
            if (!result.ok()) {
                if (result.error().kind() == BackendError::Kind::Cancelled)
                    return;
                qCWarning(lcApprovals)
                    << "request detail" << id << "failed:" << result.error().detail();
                if (m_shown)
                    m_detail->showDetailError(result.error().userMessage());
                else
                    m_detail->showPlaceholder(result.error().userMessage());
                return;
            }
            m_shownDetail = result.value();
            m_shown = result.value().request;
            m_detail->showDetail(*m_shownDetail, decisionFor(m_identity, *m_shown));
            updateActions();
            Q_EMIT detailLoaded(id);
        });
}

bool ApprovalQueuePane::isDetailLoaded() const
{
    return m_shownDetail && m_shownDetail->request.id == m_shownId && !m_detailDirty &&
           m_detailLoadingId.isNull() && !m_detailTimer->isActive();
}

void ApprovalQueuePane::showRequest(const QUuid &id)
{
    if (id.isNull())
        return;
    const int row = m_restoring ? -1 : m_model->cachedRowOf(id);
    if (row >= 0) {
        selectRow(row);
        m_view->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_restoring) {
        m_wantedId = id; // the page on its way may hold it
        return;
    }
    // Not among the loaded rows: show its detail alone.
    m_view->selectionModel()->clearCurrentIndex();
    m_view->clearSelection();
    if (m_shownId != id) {
        m_shownId = id;
        m_shown.reset();
        m_shownDetail.reset();
    }
    m_detail->showPlaceholder(tr("Loading the request…"));
    loadDetail();
    updateActions();
}

void ApprovalQueuePane::onNotification(const RequestNotification &notification)
{
    qCDebug(lcApprovals) << "request" << notification.event
                         << notification.requestId.toString(QUuid::WithoutBraces);
    if (notification.event == QLatin1String("resync") || notification.requestId == m_shownId)
        m_detailDirty = true;
    // Bursts (an expiry run, a reconnect) reload once, at most kReloadDelayMs late.
    if (!m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void ApprovalQueuePane::onReloadTimer()
{
    Q_EMIT pendingCountChanged();
    if (!m_started)
        return;
    reload(Reload::KeepSelection);
}

void ApprovalQueuePane::move(int delta)
{
    const int count = m_model->loadedCount();
    if (count == 0)
        return;
    const int row = currentRow();
    int target = 0;
    if (row >= 0 && row < count) {
        target = row + delta;
    } else if (m_anchorRow >= 0) {
        // The shown request left the list: the next one took its place.
        target = delta > 0 ? m_anchorRow : m_anchorRow - 1;
    }
    target = qBound(0, target, count - 1);
    if (target == count - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectRow(target);
}

void ApprovalQueuePane::activateRow(const QModelIndex &index)
{
    if (index.isValid() && keysetRowKind(index) == KeysetListModel::RowKind::Error) {
        m_messages->clear();
        m_error.reset();
        m_model->fetchMore({});
        return;
    }
    focusDetail();
}

void ApprovalQueuePane::focusDetail()
{
    if (m_shownId.isNull())
        return;
    m_detail->focusDetail();
}

void ApprovalQueuePane::escape()
{
    if (m_model->isLoading()) {
        m_model->cancel();
        return;
    }
    m_view->setFocus(Qt::ShortcutFocusReason);
}

bool ApprovalQueuePane::canDecideShown() const
{
    return m_shown && m_shown->id == m_shownId && !m_deciding && !m_reasonDialog &&
           decisionFor(m_identity, *m_shown) == Decision::Allowed;
}

void ApprovalQueuePane::approveShown()
{
    decide(true);
}

void ApprovalQueuePane::rejectShown()
{
    decide(false);
}

void ApprovalQueuePane::decide(bool approve)
{
    if (!canDecideShown())
        return;
    const AwardRequestSummary request = *m_shown;
    const QString what = RequestFormat::amountTimesRecipients(request);
    const QString total = RequestFormat::totalText(request);
    const QString summary =
        approve
            //: %1 amount × recipients, %2 total, %3 organisation, %4 requester
            ? tr("Approve %1 (%2 in total) for %3, requested by %4? It is paid at once.")
                  .arg(what, total, request.tenantName, request.requesterName)
            //: %1 amount × recipients, %2 total, %3 organisation, %4 requester
            : tr("Reject %1 (%2 in total) for %3, requested by %4? Nothing is paid.")
                  .arg(what, total, request.tenantName, request.requesterName);
    auto *dialog = new ReasonDialog(approve ? tr("Approve request") : tr("Reject request"), summary,
                                    approve ? tr("Approve") : tr("Reject"), this);
    dialog->setObjectName(QStringLiteral("decisionReasonDialog"));
    const QString key = reasonKey(request.id, approve);
    dialog->setReason(m_unsentReasons.value(key));
    connect(dialog, &QDialog::finished, this,
            [this, dialog, key, id = request.id, approve](int code) {
                const QString reason = dialog->reason();
                dialog->deleteLater();
                m_reasonDialog = nullptr;
                if (code != QDialog::Accepted) {
                    // Kept for the next attempt: a reason is work.
                    if (reason.isEmpty())
                        m_unsentReasons.remove(key);
                    else
                        m_unsentReasons.insert(key, reason);
                    updateActions();
                    return;
                }
                sendDecision(id, approve, reason);
            });
    m_reasonDialog = dialog;
    updateActions();
    dialog->open();
}

void ApprovalQueuePane::sendDecision(const QUuid &requestId, bool approve, const QString &reason)
{
    m_unsentReasons.insert(reasonKey(requestId, approve), reason);
    m_deciding = true;
    updateActions();
    DecisionDraft draft;
    draft.requestId = requestId;
    draft.approve = approve;
    draft.reason = reason;
    qCInfo(lcApprovals) << (approve ? "approving" : "rejecting")
                        << requestId.toString(QUuid::WithoutBraces);
    m_backend->decideRequest(draft).then(
        this, [this, requestId, approve](const Result<DecisionOutcome> &result) {
            onDecided(requestId, approve, result);
        });
}

void ApprovalQueuePane::onDecided(const QUuid &requestId, bool approve,
                                  const Result<DecisionOutcome> &result)
{
    m_deciding = false;
    if (!result.ok()) {
        // What was typed stays for the next attempt.
        qCWarning(lcApprovals) << "deciding" << requestId.toString(QUuid::WithoutBraces)
                               << "failed:" << result.error().detail();
        m_error = result.error();
        showError(result.error());
        updateActions();
        if (result.error().kind() == BackendError::Kind::Conflict) {
            // Decided meanwhile, without the backend saying by whom: show it as it is now.
            m_detailDirty = true;
            reload(Reload::KeepSelection);
            Q_EMIT pendingCountChanged();
        }
        Q_EMIT decisionFinished();
        return;
    }
    m_unsentReasons.remove(reasonKey(requestId, approve));
    const DecisionOutcome &outcome = result.value();
    const QString who =
        outcome.decidedByName.isEmpty() ? tr("another system admin") : outcome.decidedByName;
    const QString when = RequestFormat::shortTime(outcome.decidedAt);
    bool advance = false;
    if (outcome.alreadyDecided) {
        qCInfo(lcApprovals) << "request" << requestId.toString(QUuid::WithoutBraces)
                            << "was already" << outcome.status << "by" << outcome.decidedByName;
        if (outcome.status == QLatin1String("approved"))
            //: %1 is who approved the request first, %2 when ("14:02")
            showInformation(
                tr("Already approved by %1 at %2 — the list is refreshed.").arg(who, when));
        else if (outcome.status == QLatin1String("rejected"))
            //: %1 is who rejected the request first, %2 when ("14:02")
            showInformation(
                tr("Already rejected by %1 at %2 — the list is refreshed.").arg(who, when));
        else if (outcome.status == QLatin1String("cancelled"))
            showInformation(tr("The requester already cancelled this request — the list is "
                               "refreshed."));
        else if (outcome.status == QLatin1String("expired"))
            showInformation(tr("This request has already expired — the list is refreshed."));
        else
            //: %1 is who decided the request first, %2 when ("14:02")
            showInformation(
                tr("Already decided by %1 at %2 — the list is refreshed.").arg(who, when));
    } else if (outcome.status == QLatin1String("expired")) {
        showInformation(tr("This request had expired: nothing was paid. The list is refreshed."));
    } else if (outcome.status == QLatin1String("approved")) {
        advance = true;
        const std::optional<AwardRequestSummary> request =
            m_shown && m_shown->id == requestId ? m_shown : std::nullopt;
        if (request && outcome.awardedCount > 0 &&
            request->awardType != QLatin1String("achievement"))
            //: %1 is what was paid in all ("6,000 coins"); %n how many recipients got it
            showInformation(
                tr("Approved: %1 paid to %n recipient(s).", nullptr, outcome.awardedCount)
                    .arg(RequestFormat::amountText(request->awardType,
                                                   request->amount * outcome.awardedCount)));
        else
            showInformation(tr("Approved."));
    } else {
        advance = true;
        showInformation(tr("Rejected: nothing was paid."));
    }
    m_detailDirty = true;
    m_advanceOnMissing = advance;
    reload(Reload::KeepSelection);
    Q_EMIT pendingCountChanged();
    Q_EMIT decisionFinished();
}

void ApprovalQueuePane::updateActions()
{
    const bool canDecide = canDecideShown();
    m_approveAction->setEnabled(canDecide);
    m_rejectAction->setEnabled(canDecide);
    m_detail->setDeciding(m_deciding || m_reasonDialog);
}

void ApprovalQueuePane::updateStatus()
{
    const qint64 total = m_model->estimatedTotal();
    const QLocale locale;
    if (total < 0) {
        m_status->setText(m_model->isLoading() ? tr("Loading…") : QString());
        return;
    }
    const int shown = m_model->loadedCount();
    const bool pending = m_statusFilter == StatusFilter::Pending;
    if (m_model->isAtEnd()) {
        m_status->setText(pending
                              //: %n requests wait for a decision (all are listed)
                              ? tr("%n pending", nullptr, shown)
                              : tr("%n request(s)", nullptr, shown));
        return;
    }
    m_status->setText(
        pending
            //: %1 estimated pending requests, %2 how many the list holds
            ? tr("≈ %1 pending · %2 shown").arg(locale.toString(total), locale.toString(shown))
            //: %1 estimated requests, %2 how many the list holds
            : tr("≈ %1 requests · %2 shown").arg(locale.toString(total), locale.toString(shown)));
}

void ApprovalQueuePane::showError(const BackendError &error)
{
    if (error.kind() == BackendError::Kind::Cancelled) {
        //: %1 is the refresh key (F5)
        m_messages->showMessage(
            MessageBar::Tone::Information,
            tr("Loading was cancelled. Press %1 to load the requests again.")
                .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    m_messages->showMessage(MessageBar::Tone::Error, error.userMessage(), error.detail());
}

void ApprovalQueuePane::showInformation(const QString &text)
{
    m_error.reset();
    m_messages->showMessage(MessageBar::Tone::Information, text);
}

ReasonDialog *ApprovalQueuePane::reasonDialog() const
{
    return m_reasonDialog;
}

AwardSettingsDialog *ApprovalQueuePane::settingsDialog() const
{
    return m_settingsDialog;
}

QString ApprovalQueuePane::messageText() const
{
    return m_messages->text();
}

QString ApprovalQueuePane::statusText() const
{
    return m_status->text();
}

void ApprovalQueuePane::openSettings()
{
    if (!m_identity.systemAdmin)
        return;
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    const QUuid tenantId = !m_scope.allTenants && m_scope.tenantIds.size() == 1
                               ? m_scope.tenantIds.constFirst()
                               : QUuid();
    if (!tenantId.isNull() && !m_tenantNames.contains(tenantId)) {
        // The organisation's name, once: the dialog says whose settings it edits.
        m_backend->tenants().then(this, [this, tenantId](const Result<QList<Tenant>> &tenants) {
            if (tenants.ok()) {
                for (const Tenant &tenant : tenants.value())
                    m_tenantNames.insert(tenant.id, tenant.name);
            }
            if (!m_tenantNames.contains(tenantId))
                m_tenantNames.insert(tenantId, tenantId.toString(QUuid::WithoutBraces));
            openSettings();
        });
        return;
    }
    Tenant tenant;
    tenant.id = tenantId;
    tenant.name = m_tenantNames.value(tenantId);
    auto *dialog = new AwardSettingsDialog(m_backend, tenant, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &AwardSettingsDialog::saved, this,
            [this, name = tenant.name](const QUuid &savedFor, const AwardSettings &settings) {
                const QString scope = savedFor.isNull() ? tr("all organisations") : name;
                //: %1 whose settings ("Alpha Club", "all organisations"), %2 the threshold,
                //: %n the expiry in days
                showInformation(tr("Approval settings saved for %1: awards from a total of %2 "
                                   "need approval; requests expire after %n day(s).",
                                   nullptr, settings.expiryDays)
                                    .arg(scope, QLocale().toString(settings.threshold)));
            });
    m_settingsDialog = dialog;
    dialog->open();
}

void ApprovalQueuePane::saveLayout()
{
    QSettings settings;
    settings.setValue(kSettingsKey + QStringLiteral("/splitter"), m_splitter->saveState());
    settings.setValue(kSettingsKey + QStringLiteral("/columns"),
                      m_view->horizontalHeader()->saveState());
}

} // namespace dicedesk
