#pragma once

#include "backend/Backend.h"
#include "domain/Identity.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace dicedesk {

class AchievementWorkflow;
class AchievementsPane;
class CommandPalette;
class MessageBar;
struct PaletteTarget;
class Pane;
class TenantListModel;

/// One window: the navigation rail on the left, a header with the tenant switcher, the
/// command palette and who you are, the current pane below, a status line at the bottom.
/// Shows only the panes the user's roles allow, and keeps the connection's state in view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Backend *backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects, asks the database who the user is, then builds the panes.
    void start();

    const QList<Pane *> &panes() const { return m_panes; }
    Pane *currentPane() const;
    Pane *paneById(const QString &id) const;
    void selectPane(int index);
    /// Shows the pane with this id; false if the user's roles do not include it.
    bool showPane(const QString &id);
    const Identity &identity() const { return m_identity; }
    TenantListModel *tenantModel() const { return m_tenants; }
    QComboBox *tenantSwitcher() const { return m_tenantSwitcher; }
    QListWidget *navigationRail() const { return m_rail; }
    /// The error shown when the session could not start, empty otherwise.
    QString sessionError() const;
    /// The pending-approvals count on the rail badge (system admins), -1 before it is known.
    int pendingApprovals() const { return m_pendingApprovals; }
    /// Asks the database for the pending-approvals count now (also done every 30 s).
    void refreshPendingApprovals();
    CommandPalette *commandPalette() const { return m_palette; }
    QString connectionStatusText() const;

Q_SIGNALS:
    /// The user is known and the panes exist.
    void sessionReady();
    void sessionFailed(const QString &message);
    /// File > Switch connection: the application shows the connect dialog.
    void switchConnectionRequested();
    void pendingApprovalsChanged(int count);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildChrome();
    void buildMenus();
    void retranslateUi();
    void updateHeaderIcons();
    void updatePaletteEntries();
    void onPaletteActivated(const PaletteTarget &target);
    void fail(const QString &message, const QString &details);
    void onIdentified(const Identity &identity);
    void onTenantsLoaded(const QList<struct Tenant> &tenants);
    void onBackendState(Backend::State state);
    void addAdminPanes();
    void addPane(Pane *pane);
    /// The achievement definitions pane (admins and designers) and what opens from it.
    void addAchievementsPane();
    void applyTenant(int row);
    void updateStatus();
    void updateBadge();
    QString roleSummary() const;

    Backend *m_backend;
    Identity m_identity;
    TenantListModel *m_tenants;
    QListWidget *m_rail = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_tenantSwitcher = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_brand = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_tenantIcon = nullptr;
    QLabel *m_whoIcon = nullptr;
    QToolButton *m_paletteButton = nullptr;
    QLabel *m_statusProfile = nullptr;
    QLabel *m_statusRole = nullptr;
    QLabel *m_statusTenant = nullptr;
    QLabel *m_statusConnection = nullptr;
    MessageBar *m_sessionMessages = nullptr;
    QTimer *m_badgeTimer = nullptr;
    QTimer *m_badgeNotifyTimer = nullptr; ///< coalesces bursts of request notifications
    QTimer *m_noticeTimer = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QAction *m_switchConnectionAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_tenantAction = nullptr;
    QList<QAction *> m_paneActions;
    QList<Pane *> m_panes;
    AchievementWorkflow *m_achievementWorkflow = nullptr;
    CommandPalette *m_palette = nullptr;
    QHash<QString, QAction *> m_paletteActions;
    int m_pendingApprovals = -1;
    bool m_sessionStarted = false;
    bool m_connectionLost = false;
};

} // namespace dicedesk
