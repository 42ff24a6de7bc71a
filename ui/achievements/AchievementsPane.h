#pragma once

#include "AchievementAccess.h"
#include "backend/BackendError.h"
#include "backend/CancelToken.h"
#include "domain/Achievement.h"
#include "domain/Identity.h"
#include "panes/Pane.h"

#include <QList>
#include <QUuid>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace dicedesk {

class AchievementBadgeDelegate;
class AchievementDetailPanel;
class AchievementFilterBar;
class AchievementListModel;
class Backend;
class LoadProgressStrip;
class MessageBar;

/// The achievement definitions: a searchable, filterable list (scope, status, tenant,
/// condition type; sorted by name, key or last change, on the server) of every achievement
/// in the shell's scope, page by page, with badge thumbnails; the current one's detail on the
/// right; bulk Activate and Archive (a reason is asked; all or nothing) for the rows the user
/// may change; New, Edit, Import, Export and Award are handed to the shell through signals.
///
/// Keys: Ctrl+F search, F5 reload, Ctrl+N new, Enter (or a double click) edit, Esc cancels a
/// load. Column widths, the splitter and the sort are kept in QSettings group "achievements".
class AchievementsPane : public Pane
{
    Q_OBJECT

public:
    explicit AchievementsPane(Backend *backend, QWidget *parent = nullptr);
    ~AchievementsPane() override;

    QString paneId() const override { return QStringLiteral("achievements"); }
    QString title() const override;
    QIcon icon() const override;
    void setScope(const TenantScope &scope) override;
    bool isSettled() const override { return m_settled; }
    void refresh() override;

    /// Who is connected: decides which rows Activate/Archive/Award act on and whether New is
    /// offered. Without an identity nothing can be changed.
    void setIdentity(const Identity &identity);
    /// Selects the achievement if it is in the list, else shows the list filtered to its key.
    void showAchievement(const QUuid &id);
    /// Loads the list again from the top and selects the same rows again (after a save).
    void reloadKeepingSelection();

    /// A notice in the pane's message bar (the export's outcome, an import's result).
    void showInformation(const QString &text);
    void showProblem(const QString &text);

    /// Asks for a reason, then activates or archives the selected rows (the buttons do this).
    void activateSelected();
    void archiveSelected();

    AchievementListModel *listModel() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    AchievementFilterBar *filterBar() const { return m_filters; }
    AchievementDetailPanel *detailPanel() const { return m_detail; }
    AchievementBadgeDelegate *badgeDelegate() const { return m_delegate; }
    /// The message bar's text, empty when it is hidden.
    QString messageText() const;
    QString statusText() const;
    /// Ids of the selected achievements (rows in memory), in list order.
    QList<QUuid> selectedIds() const;
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *newButton() const { return m_new; }

Q_SIGNALS:
    void newAchievementRequested();
    void editRequested(const QUuid &id);
    void importRequested();
    /// The selected achievements, or none for the whole scope.
    void exportRequested(const QList<QUuid> &ids);
    void awardRequested(const QUuid &id, const QString &name);
    /// Activate or Archive changed achievements in the database.
    void achievementsChanged(const QList<QUuid> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyTenants();
    void updateStatus();
    void updateActions();
    void updateExtraRowSpan();
    void onCountsChanged();
    void onCurrentRowChanged(int row);
    void loadRecord();
    void onFetchFailed(const BackendError &error);
    void showError(const BackendError &error, std::function<void()> retry);
    void restoreSelection();
    void requestStatus(const QString &status);
    void sendStatus(const QList<QUuid> &ids, const QString &status, const QString &reason,
                    int alreadyThere);
    void saveLayout() const;
    QList<AchievementSummary> selectedSummaries() const;
    std::optional<AchievementSummary> currentSummary() const;
    bool canAward(const AchievementSummary &summary) const;

    Backend *m_backend;
    AchievementListModel *m_model;
    AchievementAccess m_access;
    TenantScope m_scope;
    std::optional<QList<Tenant>> m_tenants; ///< every tenant the user sees, once fetched
    bool m_tenantsRequested = false;

    QLabel *m_heading;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_import;
    QPushButton *m_export;
    QToolButton *m_refresh;
    MessageBar *m_messages;
    AchievementFilterBar *m_filters;
    QLabel *m_selectionLabel;
    QPushButton *m_activate;
    QPushButton *m_archive;
    QPushButton *m_exportSelected;
    LoadProgressStrip *m_progress;
    QSplitter *m_splitter;
    QTableView *m_view;
    AchievementBadgeDelegate *m_delegate;
    AchievementDetailPanel *m_detail;
    QAction *m_refreshAction;
    QAction *m_findAction;
    QAction *m_newAction;
    QAction *m_cancelAction;
    QTimer *m_recordDelay;

    std::function<void()> m_retry;       ///< what Retry in the message bar does
    std::optional<BackendError> m_error; ///< the list's error, re-worded on a new language
    QList<QUuid> m_reselect;             ///< rows to select again once they are loaded
    QUuid m_reselectCurrent;
    quint64 m_recordRequest = 0; ///< answers to older detail requests are dropped
    CancelToken m_recordCancel;
    bool m_statusInFlight = false;
    bool m_doubleClicked = false; ///< the activation after a double click is not another edit
    bool m_settled = false;
};

} // namespace dicedesk
