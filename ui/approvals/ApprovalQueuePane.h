#pragma once

#include "backend/BackendError.h"
#include "backend/CancelToken.h"
#include "backend/Result.h"
#include "domain/AwardRequest.h"
#include "domain/Identity.h"
#include "domain/Tenant.h"
#include "panes/Pane.h"

#include <QHash>
#include <QPointer>
#include <QUuid>
#include <optional>

class QAction;
class QComboBox;
class QModelIndex;
class QLabel;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace dicedesk {

class AwardSettingsDialog;
class Backend;
class LoadProgressStrip;
class MessageBar;
class ReasonDialog;
class RequestDetailView;
class RequestQueueModel;

/// The approval queue (system admins): award requests that reach the threshold, oldest
/// first, with a detail that gives the decision its context (recipients with balances and
/// recent awards, the requester's recent requests). Approve and reject with a required
/// reason; never one's own request (hidden here, refused by the database); when another
/// admin decided first, the pane says who and when and reloads.
///
/// New requests and decisions from any console arrive through LISTEN/NOTIFY and reload the
/// list (debounced), keeping the selected request selected.
///
/// Keys (in the list and the detail): J / K next / previous request, A approve, R reject,
/// Enter (in the list) moves into the detail, Esc cancels loading or goes back to the list,
/// F5 reloads.
class ApprovalQueuePane : public Pane
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        Pending, ///< waiting for a decision (incl. those past their expiry, shown expired)
        Decided, ///< approved, rejected, expired or cancelled
        All,
    };
    Q_ENUM(StatusFilter)

    /// Notifications arriving within this many milliseconds reload the list once.
    static constexpr int kReloadDelayMs = 250;
    /// A moved selection loads the request's detail after this pause (J held down).
    static constexpr int kDetailDelayMs = 80;

    ApprovalQueuePane(Backend *backend, const Identity &identity, QWidget *parent = nullptr);
    ~ApprovalQueuePane() override;

    QString paneId() const override { return QStringLiteral("approvals"); }
    QString title() const override;
    QIcon icon() const override;
    void setScope(const TenantScope &scope) override;
    bool isSettled() const override { return m_settled; }
    void refresh() override;

    /// Selects and shows a request (the command palette, the awards pane's "view request").
    /// If it is not among the loaded rows, its detail is loaded directly.
    void showRequest(const QUuid &id);
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_statusFilter; }

    /// The request the detail shows (null when none).
    QUuid shownRequestId() const { return m_shownId; }
    /// The detail of the shown request has arrived and is current.
    bool isDetailLoaded() const;
    /// A decision is on its way to the database.
    bool isDeciding() const { return m_deciding; }

    RequestQueueModel *queueModel() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    RequestDetailView *detailView() const { return m_detail; }
    /// The open reason dialog of a decision, null when none is open.
    ReasonDialog *reasonDialog() const;
    /// The open settings dialog, null when none is open.
    AwardSettingsDialog *settingsDialog() const;
    QAction *approveAction() const { return m_approveAction; }
    QAction *rejectAction() const { return m_rejectAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    /// The message bar's text, empty when it is hidden.
    QString messageText() const;
    QString statusText() const;

public Q_SLOTS:
    /// Opens the reason dialog to approve / reject the shown request (A / R); does nothing
    /// when it cannot be decided here (own request, expired, decided, a decision running).
    void approveShown();
    void rejectShown();
    /// Opens the approval settings (system admins).
    void openSettings();

Q_SIGNALS:
    /// The number of pending requests may have changed (a notification, a decision, expiry):
    /// the shell refreshes its badge.
    void pendingCountChanged();
    /// The detail of @p id arrived (tests, accessibility).
    void detailLoaded(const QUuid &id);
    /// A decision came back from the database, whatever the outcome.
    void decisionFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Reload
    {
        Fresh,        ///< F5, scope or filter: from the top
        KeepSelection ///< a notification or a decision: the selected request stays selected
    };

    void retranslateUi();
    void retranslateFilter();
    void applyFilter();
    void reload(Reload how);
    void onFirstPage();
    void onCurrentRowChanged(int row);
    void showSummary(const AwardRequestSummary &request);
    void scheduleDetail();
    void loadDetail();
    void onNotification(const RequestNotification &notification);
    void onReloadTimer();
    void move(int delta);
    void activateRow(const QModelIndex &index);
    void focusDetail();
    void escape();
    void decide(bool approve);
    void sendDecision(const QUuid &requestId, bool approve, const QString &reason);
    void onDecided(const QUuid &requestId, bool approve, const Result<DecisionOutcome> &result);
    void updateActions();
    void updateStatus();
    void updateColumns();
    void showError(const BackendError &error);
    void showInformation(const QString &text);
    void saveLayout();
    void startListening();
    int currentRow() const;
    void selectRow(int row);
    bool canDecideShown() const;

    Backend *m_backend;
    Identity m_identity;
    TenantScope m_scope;
    StatusFilter m_statusFilter = StatusFilter::Pending;
    RequestQueueModel *m_model;

    QLabel *m_heading;
    QLabel *m_status;
    QToolButton *m_settingsButton;
    QToolButton *m_refreshButton;
    MessageBar *m_messages;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    LoadProgressStrip *m_progress;
    QSplitter *m_splitter;
    QTableView *m_view;
    RequestDetailView *m_detail;

    QAction *m_refreshAction;
    QAction *m_cancelAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QAction *m_approveAction;
    QAction *m_rejectAction;
    QAction *m_detailsAction;
    QAction *m_settingsAction;

    QTimer *m_reloadTimer;
    QTimer *m_detailTimer;
    QPointer<ReasonDialog> m_reasonDialog;
    QPointer<AwardSettingsDialog> m_settingsDialog;

    /// The request in the detail: its summary as last known, and its full detail once loaded.
    QUuid m_shownId;
    std::optional<AwardRequestSummary> m_shown;
    std::optional<AwardRequestDetail> m_shownDetail;
    bool m_detailDirty = false; ///< the shown request changed on the server: load it again
    CancelToken m_detailCancel;
    QUuid m_detailLoadingId; ///< the request whose detail is on its way
    quint64 m_detailRequest = 0;

    /// A reload that keeps the selection: which request was selected and where.
    bool m_restoring = false;
    Reload m_reloadKind = Reload::Fresh;
    QUuid m_restoreId;
    int m_restoreRow = -1;
    bool m_advanceOnMissing = false; ///< after our own decision: select the next request
    int m_anchorRow = -1;            ///< where J / K go on when no row is selected
    QUuid m_wantedId;                ///< showRequest() before the list had loaded

    bool m_deciding = false;
    /// What was typed into a reason dialog whose decision failed, per request and action,
    /// so asking again does not lose it.
    QHash<QString, QString> m_unsentReasons;

    std::optional<BackendError> m_error;
    bool m_settled = false;
    bool m_started = false;
    bool m_columnsSized = false; ///< the list's columns were sized (restored or fitted)
    QHash<QUuid, QString> m_tenantNames;
};

} // namespace dicedesk
