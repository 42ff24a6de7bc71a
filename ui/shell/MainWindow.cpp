#include "MainWindow.h"

#include "Logging.h"
#include "RailDelegate.h"
#include "achievements/AchievementWorkflow.h"
#include "achievements/AchievementsPane.h"
#include "approvals/ApprovalQueuePane.h"
#include "audit/AuditLogPane.h"
#include "awards/AwardsPane.h"
#include "backend/Backend.h"
#include "events/EventLogPane.h"
#include "history/AwardHistoryPane.h"
#include "items/PaletteEntry.h"
#include "items/TenantListModel.h"
#include "ledger/LedgerPane.h"
#include "overview/OverviewPane.h"
#include "palette/CommandPalette.h"
#include "settings/SettingsDialog.h"
#include "theme/ThemeManager.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dicedesk {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLastPaneKey = QStringLiteral("window/lastPane");
const QString kLastTenantKey = QStringLiteral("window/lastTenant");
} // namespace

MainWindow::MainWindow(Backend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_tenants(new TenantListModel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/dicedesk.svg")));
    buildChrome();
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildChrome()
{
    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_rail = new QListWidget(central);
    m_rail->setObjectName(QStringLiteral("navigationRail"));
    m_rail->setItemDelegate(new RailDelegate(m_rail));
    m_rail->setIconSize(QSize(22, 22));
    m_rail->setFixedWidth(190);
    m_rail->setFrameShape(QFrame::NoFrame);
    m_rail->setSpacing(2);
    m_rail->setStyleSheet(
        QStringLiteral("#navigationRail { background: transparent; padding: 4px 6px; }"
                       "#navigationRail::item { padding: 8px 6px; border-radius: 6px; }"
                       "#navigationRail::item:selected { background: palette(highlight); color: "
                       "palette(highlighted-text); }"));
    auto *railColumn = new QWidget(central);
    railColumn->setObjectName(QStringLiteral("railColumn"));
    railColumn->setStyleSheet(QStringLiteral("#railColumn { background: palette(alternate-base); "
                                             "border-right: 1px solid palette(midlight); }"));
    auto *railLayout = new QVBoxLayout(railColumn);
    railLayout->setContentsMargins(0, 0, 0, 0);
    railLayout->setSpacing(0);
    m_brand = new QLabel(railColumn);
    m_brand->setText(QStringLiteral("<img src=':/icons/dicedesk.svg' width='22' height='22' "
                                    "style='vertical-align: middle'>&nbsp;&nbsp;<b>DiceDesk</b>"));
    m_brand->setContentsMargins(16, 12, 8, 8);
    railLayout->addWidget(m_brand);
    railLayout->addWidget(m_rail, 1);
    outer->addWidget(railColumn);

    auto *right = new QWidget(central);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    auto *header = new QFrame(right);
    header->setObjectName(QStringLiteral("headerBar"));
    header->setStyleSheet(
        QStringLiteral("#headerBar { border-bottom: 1px solid palette(midlight); }"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 8, 16, 8);
    m_tenantIcon = new QLabel(header);
    m_tenantLabel = new QLabel(header);
    m_tenantSwitcher = new QComboBox(header);
    m_tenantSwitcher->setObjectName(QStringLiteral("tenantSwitcher"));
    m_tenantSwitcher->setModel(m_tenants);
    m_tenantSwitcher->setMinimumContentsLength(22);
    m_tenantSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tenantSwitcher->setEnabled(false);
    m_tenantLabel->setBuddy(m_tenantSwitcher);
    m_whoIcon = new QLabel(header);
    m_who = new QLabel(header);
    m_who->setObjectName(QStringLiteral("whoAmI"));
    m_paletteButton = new QToolButton(header);
    m_paletteButton->setObjectName(QStringLiteral("paletteButton"));
    m_paletteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_paletteButton->setAutoRaise(true);
    headerLayout->addWidget(m_tenantIcon);
    headerLayout->addWidget(m_tenantLabel);
    headerLayout->addWidget(m_tenantSwitcher);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_paletteButton);
    headerLayout->addSpacing(12);
    headerLayout->addWidget(m_whoIcon);
    headerLayout->addWidget(m_who);
    column->addWidget(header);

    m_sessionMessages = new MessageBar(right);
    auto *messageHolder = new QWidget(right);
    auto *messageLayout = new QVBoxLayout(messageHolder);
    messageLayout->setContentsMargins(16, 8, 16, 0);
    messageLayout->addWidget(m_sessionMessages);
    column->addWidget(messageHolder);

    m_stack = new QStackedWidget(right);
    column->addWidget(m_stack, 1);
    outer->addWidget(right, 1);
    setCentralWidget(central);

    m_statusProfile = new QLabel(this);
    m_statusRole = new QLabel(this);
    m_statusTenant = new QLabel(this);
    m_statusConnection = new QLabel(this);
    m_statusConnection->setObjectName(QStringLiteral("connectionState"));
    for (QLabel *label : {m_statusConnection, m_statusProfile, m_statusRole, m_statusTenant})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(m_statusConnection);
    statusBar()->addWidget(m_statusProfile);
    statusBar()->addWidget(m_statusRole);
    statusBar()->addPermanentWidget(m_statusTenant);

    connect(m_rail, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_tenantSwitcher, &QComboBox::currentIndexChanged, this, &MainWindow::applyTenant);
    connect(m_sessionMessages, &MessageBar::retryRequested, this, &MainWindow::start);

    m_badgeTimer = new QTimer(this);
    m_badgeTimer->setInterval(120000);
    connect(m_badgeTimer, &QTimer::timeout, this, &MainWindow::refreshPendingApprovals);
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(4000);
    connect(m_noticeTimer, &QTimer::timeout, this, [this] {
        if (!m_connectionLost)
            m_sessionMessages->clear();
    });
    connect(m_backend, &Backend::stateChanged, this, &MainWindow::onBackendState);
    m_badgeNotifyTimer = new QTimer(this);
    m_badgeNotifyTimer->setSingleShot(true);
    m_badgeNotifyTimer->setInterval(150);
    connect(m_badgeNotifyTimer, &QTimer::timeout, this, &MainWindow::refreshPendingApprovals);
    connect(m_backend, &Backend::requestsChanged, m_badgeNotifyTimer, qOverload<>(&QTimer::start));
    buildMenus();
    retranslateUi();
    updateHeaderIcons();
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this,
            &MainWindow::updateHeaderIcons);
    updateStatus();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_switchConnectionAction = m_fileMenu->addAction(QString());
    m_switchConnectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_switchConnectionAction, &QAction::triggered, this,
            &MainWindow::switchConnectionRequested);
    m_settingsAction = m_fileMenu->addAction(QString());
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_goMenu = menuBar()->addMenu(QString());
    m_paletteAction = m_goMenu->addAction(QString());
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_tenantAction = m_goMenu->addAction(QString());
    m_tenantAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tenantAction, &QAction::triggered, this, [this] {
        m_tenantSwitcher->setFocus(Qt::ShortcutFocusReason);
        m_tenantSwitcher->showPopup();
    });
    m_goMenu->addSeparator();
    connect(m_paletteButton, &QToolButton::clicked, m_paletteAction, &QAction::trigger);

    m_palette = new CommandPalette(m_backend, this);
    connect(m_paletteAction, &QAction::triggered, m_palette, &CommandPalette::toggle);
    connect(m_palette, &CommandPalette::activated, this, &MainWindow::onPaletteActivated);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("DiceDesk"));
    m_brand->setAccessibleName(tr("DiceDesk"));
    m_rail->setAccessibleName(tr("Panes"));
    m_tenantLabel->setText(tr("&Tenant:"));
    m_tenantSwitcher->setAccessibleName(tr("Tenant"));
    m_who->setAccessibleName(tr("Signed in as"));
    if (m_identity.userId.isNull() && !m_sessionStarted)
        m_who->setText(tr("Connecting…"));
    else if (!m_identity.userId.isNull())
        m_who->setText(tr("%1 · %2").arg(m_identity.displayName.isEmpty() ? m_identity.email
                                                                          : m_identity.displayName,
                                         roleSummary()));
    m_statusConnection->setAccessibleName(tr("Connection state"));
    m_statusProfile->setAccessibleName(tr("Connection"));
    m_statusRole->setAccessibleName(tr("Role"));
    m_statusTenant->setAccessibleName(tr("Current tenant"));

    m_fileMenu->setTitle(tr("&File"));
    m_switchConnectionAction->setText(tr("Switch &connection…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_paletteAction->setText(tr("&Command palette…"));
    m_tenantAction->setText(tr("Switch &tenant"));
    //: Header button that opens the command palette; %1 is its shortcut (Ctrl+K)
    m_paletteButton->setText(
        tr("Search…  %1").arg(m_paletteAction->shortcut().toString(QKeySequence::NativeText)));
    m_paletteButton->setAccessibleName(tr("Command palette"));
    m_paletteButton->setToolTip(tr("Jump to a pane, user, achievement or request"));

    for (int i = 0; i < m_panes.size(); ++i) {
        Pane *pane = m_panes.at(i);
        if (QListWidgetItem *item = m_rail->item(i))
            item->setText(pane->title());
        if (i < m_paneActions.size()) {
            QAction *jump = m_paneActions.at(i);
            jump->setText(pane->title());
            if (QListWidgetItem *item = m_rail->item(i))
                item->setToolTip(tr("%1 (%2)").arg(
                    pane->title(), jump->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    updateBadge();
    updateStatus();
    updatePaletteEntries();
}

void MainWindow::updatePaletteEntries()
{
    if (!m_palette)
        return;
    QList<PaletteEntry> entries;
    for (int i = 0; i < m_panes.size(); ++i)
        entries.append(CommandPalette::paneEntry(
            m_panes.at(i),
            i < m_paneActions.size() ? m_paneActions.at(i)->shortcut() : QKeySequence()));
    m_paletteActions = {{QStringLiteral("switch-tenant"), m_tenantAction},
                        {QStringLiteral("switch-connection"), m_switchConnectionAction},
                        {QStringLiteral("settings"), m_settingsAction},
                        {QStringLiteral("quit"), m_quitAction}};
    for (auto it = m_paletteActions.cbegin(); it != m_paletteActions.cend(); ++it)
        entries.append(CommandPalette::actionEntry(it.value(), it.key()));
    m_palette->setLocalEntries(entries);
}

void MainWindow::onPaletteActivated(const PaletteTarget &target)
{
    switch (target.kind) {
    case PaletteTarget::Kind::Pane:
        if (showPane(target.id) && currentPane())
            currentPane()->setFocus(Qt::ShortcutFocusReason);
        return;
    case PaletteTarget::Kind::Action:
        if (QAction *action = m_paletteActions.value(target.id))
            action->trigger();
        return;
    case PaletteTarget::Kind::User: {
        // A user opens in the coin ledger, filtered to them, in a tenant that covers them.
        auto *ledger = qobject_cast<LedgerPane *>(paneById(QStringLiteral("ledger")));
        if (!ledger)
            break;
        const TenantScope scope = m_tenants->scopeAt(m_tenantSwitcher->currentIndex());
        if (!target.tenantId.isNull() && !scope.tenantIds.contains(target.tenantId)) {
            const int row = m_tenants->rowOf(target.tenantId);
            if (row >= 0)
                m_tenantSwitcher->setCurrentIndex(row);
        }
        showPane(QStringLiteral("ledger"));
        ledger->showUser(QUuid::fromString(target.id), target.title);
        return;
    }
    case PaletteTarget::Kind::Request:
        if (auto *approvals =
                qobject_cast<ApprovalQueuePane *>(paneById(QStringLiteral("approvals")))) {
            showPane(approvals->paneId());
            approvals->showRequest(QUuid::fromString(target.id));
            return;
        }
        break;
    case PaletteTarget::Kind::Achievement:
        if (auto *achievements =
                qobject_cast<AchievementsPane *>(paneById(QStringLiteral("achievements")))) {
            showPane(achievements->paneId());
            achievements->showAchievement(QUuid::fromString(target.id));
            return;
        }
        break;
    }
    //: Shown when the palette found something no pane of this version can open yet
    m_sessionMessages->showMessage(
        MessageBar::Tone::Information,
        tr("%1 — its pane comes with a later version of DiceDesk.").arg(target.title));
    m_noticeTimer->start();
}

void MainWindow::updateHeaderIcons()
{
    const qreal ratio = devicePixelRatioF();
    m_tenantIcon->setPixmap(
        themedIcon(QStringLiteral(":/icons/tenant.svg")).pixmap(QSize(18, 18), ratio));
    m_whoIcon->setPixmap(
        themedIcon(QStringLiteral(":/icons/user.svg")).pixmap(QSize(18, 18), ratio));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::start()
{
    m_sessionStarted = true;
    m_sessionMessages->clear();
    m_who->setText(tr("Connecting…"));
    m_statusProfile->setText(m_backend->endpointLabel());
    qCInfo(lcShell) << "connecting to" << m_backend->endpointLabel();
    m_backend->open().then(this, [this](const Result<bool> &opened) {
        if (!opened.ok()) {
            fail(opened.error().userMessage(), opened.error().detail());
            return;
        }
        m_backend->identify().then(this, [this](const Result<Identity> &who) {
            if (!who.ok()) {
                fail(who.error().kind() == BackendError::Kind::Internal
                         ? tr("This login is not linked to a DiceDesk user.")
                         : who.error().userMessage(),
                     who.error().detail());
                return;
            }
            onIdentified(who.value());
        });
    });
}

void MainWindow::fail(const QString &message, const QString &details)
{
    qCWarning(lcShell) << "session failed:" << message << details;
    m_who->setText(tr("Not connected"));
    //: %1 is the reason, %2 the technical detail from the server
    m_sessionMessages->showMessage(
        MessageBar::Tone::Error, details.isEmpty() ? message : tr("%1 (%2)").arg(message, details),
        details);
    updateStatus();
    Q_EMIT sessionFailed(message);
}

void MainWindow::onIdentified(const Identity &identity)
{
    m_identity = identity;
    const QString name = identity.displayName.isEmpty() ? identity.email : identity.displayName;
    //: Header text: %1 user's name, %2 their role summary
    m_who->setText(tr("%1 · %2").arg(name, roleSummary()));
    m_who->setToolTip(identity.email);
    if (identity.systemAdmin) {
        // The badge follows LISTEN/NOTIFY at once; the slow poll covers a silent listener.
        m_backend->listenForRequests();
        m_badgeTimer->start();
    }
    m_backend->tenants().then(this, [this](const Result<QList<Tenant>> &tenants) {
        if (!tenants.ok()) {
            fail(tenants.error().userMessage(), tenants.error().detail());
            return;
        }
        onTenantsLoaded(tenants.value());
    });
}

void MainWindow::onTenantsLoaded(const QList<Tenant> &all)
{
    // A tenant admin switches between the tenants they administer; a system admin sees
    // every tenant and an "All tenants" view.
    QList<Tenant> switchable;
    for (const Tenant &tenant : all) {
        if (m_identity.systemAdmin || m_identity.adminOf.contains(tenant.id) ||
            m_identity.editorOf.contains(tenant.id))
            switchable.append(tenant);
    }
    const QSignalBlocker blocker(m_tenantSwitcher);
    m_tenants->setTenants(switchable, m_identity.systemAdmin);

    // The event log and the ledger are admin reads (row-level security agrees).
    if (m_panes.isEmpty() && m_identity.canSeeOverview())
        addAdminPanes();
    else if (m_panes.isEmpty() && !m_identity.editorOf.isEmpty())
        addAchievementsPane(); // a designer: achievements and badges only

    if (m_panes.isEmpty()) {
        m_sessionMessages->showMessage(
            MessageBar::Tone::Information,
            tr("Your roles do not include any of DiceDesk's panes yet. Ask a system admin for "
               "tenant admin or designer rights."));
    }

    QSettings settings;
    int row = m_tenants->rowOf(QUuid::fromString(settings.value(kLastTenantKey).toString()));
    if (row < 0)
        row = m_tenants->rowCount() > 0 ? 0 : -1;
    m_tenantSwitcher->setEnabled(m_tenants->rowCount() > 1);
    m_tenantSwitcher->setCurrentIndex(row);
    const int lastPane = settings.value(kLastPaneKey, 0).toInt();
    m_rail->setCurrentRow(qBound(0, lastPane, static_cast<int>(m_panes.size()) - 1));
    applyTenant(row);
    refreshPendingApprovals();
    Q_EMIT sessionReady();
}

void MainWindow::addAdminPanes()
{
    addPane(new OverviewPane(m_backend, this));
    auto *awards = new AwardsPane(m_backend, m_identity, this);
    addPane(awards);
    ApprovalQueuePane *approvals = nullptr;
    if (m_identity.systemAdmin) {
        approvals = new ApprovalQueuePane(m_backend, m_identity, this);
        addPane(approvals);
    }
    addAchievementsPane();
    auto *history = new AwardHistoryPane(m_backend, m_identity, this);
    addPane(history);
    addPane(new EventLogPane(m_backend, this));
    auto *ledger = new LedgerPane(m_backend, this);
    addPane(ledger);
    addPane(new AuditLogPane(m_backend, m_identity, this));

    // A reversed recipient opens the coin ledger on that person, where the reversal entry
    // (reversal_of the award's entry) is the newest of theirs.
    connect(history, &AwardHistoryPane::ledgerEntryRequested, this,
            [this, ledger](const QUuid &, const QUuid &userId, const QString &userName) {
                showPane(ledger->paneId());
                ledger->showUser(userId, userName);
            });

    // "Already applied: show award" and "view request" links lead to the pane that holds it.
    connect(awards, &AwardsPane::showAwardRequested, this, [this, history](const QUuid &id) {
        showPane(history->paneId());
        history->showAward(id);
    });
    connect(awards, &AwardsPane::showRequestRequested, this, [this, approvals](const QUuid &id) {
        if (!approvals) {
            //: A tenant admin's request link: they cannot open the approval queue
            m_sessionMessages->showMessage(
                MessageBar::Tone::Information,
                tr("The request waits for a system admin. You will see the award in the history "
                   "once it is approved."));
            m_noticeTimer->start();
            return;
        }
        showPane(approvals->paneId());
        approvals->showRequest(id);
    });
}

void MainWindow::addAchievementsPane()
{
    auto *pane = new AchievementsPane(m_backend, this);
    pane->setIdentity(m_identity);
    addPane(pane);
    m_achievementWorkflow = new AchievementWorkflow(m_backend, m_identity, pane, this);
    // "Award to members…" opens the awards pane's recipient picker with the achievement chosen.
    connect(m_achievementWorkflow, &AchievementWorkflow::awardRequested, this,
            [this](const QUuid &id, const QString &name) {
                auto *awards = qobject_cast<AwardsPane *>(paneById(QStringLiteral("awards")));
                if (!awards) {
                    //: A designer asked to award an achievement; they have no awards pane
                    m_sessionMessages->showMessage(
                        MessageBar::Tone::Information,
                        tr("Awarding achievements is for tenant admins and system admins. Ask "
                           "one of them to award “%1”.")
                            .arg(name));
                    m_noticeTimer->start();
                    return;
                }
                showPane(awards->paneId());
                awards->prepareAchievementAward(id, name);
            });
}

void MainWindow::addPane(Pane *pane)
{
    m_panes.append(pane);
    m_stack->addWidget(pane);
    auto *item = new QListWidgetItem(pane->icon(), pane->title(), m_rail);
    item->setData(RailDelegate::PaneIdRole, pane->paneId());
    const int number = static_cast<int>(m_panes.size());
    if (number <= 9) {
        auto *jump = new QAction(pane->icon(), pane->title(), this);
        jump->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
        connect(jump, &QAction::triggered, this, [this, number] { selectPane(number - 1); });
        m_goMenu->addAction(jump);
        m_paneActions.append(jump);
    }
    retranslateUi();
}

Pane *MainWindow::paneById(const QString &id) const
{
    for (Pane *pane : m_panes) {
        if (pane->paneId() == id)
            return pane;
    }
    return nullptr;
}

bool MainWindow::showPane(const QString &id)
{
    const qsizetype index = m_panes.indexOf(paneById(id));
    if (index < 0)
        return false;
    selectPane(static_cast<int>(index));
    return true;
}

Pane *MainWindow::currentPane() const
{
    return qobject_cast<Pane *>(m_stack->currentWidget());
}

void MainWindow::selectPane(int index)
{
    if (index >= 0 && index < m_panes.size())
        m_rail->setCurrentRow(index);
}

QString MainWindow::sessionError() const
{
    return m_sessionMessages->text();
}

void MainWindow::applyTenant(int row)
{
    const TenantScope scope = m_tenants->scopeAt(row);
    for (Pane *pane : std::as_const(m_panes))
        pane->setScope(scope);
    if (m_achievementWorkflow)
        m_achievementWorkflow->setScope(scope, m_tenants->tenants());
    m_palette->setScope(scope);
    updateStatus();
}

QString MainWindow::roleSummary() const
{
    if (m_identity.systemAdmin)
        return tr("system admin");
    if (m_identity.isTenantAdmin())
        return tr("tenant admin");
    if (!m_identity.editorOf.isEmpty())
        return tr("designer");
    return tr("member");
}

void MainWindow::updateStatus()
{
    m_statusConnection->setText(connectionStatusText());
    m_statusProfile->setText(m_backend->endpointLabel());
    m_statusRole->setText(m_identity.userId.isNull() ? QString() : roleSummary());
    m_statusTenant->setText(m_tenantSwitcher->currentText());
}

void MainWindow::refreshPendingApprovals()
{
    if (!m_identity.systemAdmin || m_tenants->rowCount() == 0)
        return;
    // The badge counts every tenant's pending requests, whichever tenant is shown.
    const TenantScope everything = m_tenants->scopeAt(0);
    m_backend->pendingApprovalCount(everything).then(this, [this](const Result<int> &count) {
        if (!count.ok()) {
            qCInfo(lcShell) << "pending approvals unavailable:" << count.error().detail();
            return;
        }
        if (count.value() == m_pendingApprovals)
            return;
        m_pendingApprovals = count.value();
        updateBadge();
        Q_EMIT pendingApprovalsChanged(m_pendingApprovals);
    });
}

void MainWindow::updateBadge()
{
    // The approval queue carries the badge once it exists; until then the Overview does.
    Pane *target = paneById(QStringLiteral("approvals"));
    if (!target)
        target = paneById(QStringLiteral("overview"));
    for (int i = 0; i < m_rail->count(); ++i) {
        QListWidgetItem *item = m_rail->item(i);
        const bool carries = target && m_panes.value(i) == target && m_pendingApprovals > 0;
        item->setData(RailDelegate::BadgeRole, carries ? m_pendingApprovals : 0);
        const QString title = m_panes.value(i) ? m_panes.value(i)->title() : item->text();
        //: Screen-reader name of a rail item with a badge; %1 pane, %n pending requests
        item->setData(Qt::AccessibleTextRole,
                      carries
                          ? tr("%1, %n pending approval(s)", nullptr, m_pendingApprovals).arg(title)
                          : title);
    }
}

void MainWindow::onBackendState(Backend::State state)
{
    switch (state) {
    case Backend::State::Reconnecting:
        m_connectionLost = true;
        m_noticeTimer->stop();
        m_sessionMessages->showMessage(
            MessageBar::Tone::Error,
            tr("The connection to the database was lost. Reconnecting… Work in progress will "
               "continue once it is back."));
        break;
    case Backend::State::Connected:
        if (m_connectionLost) {
            m_connectionLost = false;
            m_sessionMessages->showMessage(MessageBar::Tone::Information,
                                           tr("Reconnected to the database."));
            m_noticeTimer->start();
            refreshPendingApprovals();
        }
        break;
    case Backend::State::Failed:
        if (m_connectionLost) {
            m_connectionLost = false;
            m_sessionMessages->showMessage(
                MessageBar::Tone::Error,
                tr("The database could not be reached again. Check the network and retry."));
        }
        break;
    case Backend::State::Disconnected:
    case Backend::State::Connecting:
        break;
    }
    updateStatus();
}

QString MainWindow::connectionStatusText() const
{
    switch (m_backend->state()) {
    case Backend::State::Disconnected:
        return tr("Disconnected");
    case Backend::State::Connecting:
        return tr("Connecting…");
    case Backend::State::Connected:
        return tr("Connected");
    case Backend::State::Reconnecting:
        return tr("Reconnecting…");
    case Backend::State::Failed:
        return tr("Not connected");
    }
    return {};
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kLastPaneKey, m_rail->currentRow());
    const QVariant tenant = m_tenantSwitcher->currentData(TenantListModel::IdRole);
    settings.setValue(kLastTenantKey, tenant.value<QUuid>().toString());
    QMainWindow::closeEvent(event);
}

} // namespace dicedesk
