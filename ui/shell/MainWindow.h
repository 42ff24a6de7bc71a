#pragma once

#include "domain/Identity.h"

#include <QList>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace dicedesk {

class Backend;
class MessageBar;
class Pane;
class TenantListModel;

/// One window: the navigation rail on the left, a header with the tenant switcher and who
/// you are, the current pane below. Shows only the panes the user's roles allow.
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
    void selectPane(int index);
    const Identity &identity() const { return m_identity; }
    TenantListModel *tenantModel() const { return m_tenants; }
    QComboBox *tenantSwitcher() const { return m_tenantSwitcher; }
    /// The error shown when the session could not start, empty otherwise.
    QString sessionError() const;

Q_SIGNALS:
    /// The user is known and the panes exist.
    void sessionReady();
    void sessionFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildChrome();
    void fail(const QString &message, const QString &details);
    void onIdentified(const Identity &identity);
    void onTenantsLoaded(const QList<struct Tenant> &tenants);
    void addPane(Pane *pane);
    void applyTenant(int row);
    void updateStatus();
    QString roleSummary() const;

    Backend *m_backend;
    Identity m_identity;
    TenantListModel *m_tenants;
    QListWidget *m_rail = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_tenantSwitcher = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_statusProfile = nullptr;
    QLabel *m_statusRole = nullptr;
    QLabel *m_statusTenant = nullptr;
    MessageBar *m_sessionMessages = nullptr;
    QList<Pane *> m_panes;
};

} // namespace dicedesk
