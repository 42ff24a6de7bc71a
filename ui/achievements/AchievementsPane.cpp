#include "AchievementsPane.h"

#include "AchievementBadgeDelegate.h"
#include "AchievementDetailPanel.h"
#include "AchievementFilterBar.h"
#include "AchievementsLogging.h"
#include "achievements/AchievementListModel.h"
#include "backend/Backend.h"
#include "lists/LoadProgressStrip.h"
#include "panes/PaneHeading.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"
#include "widgets/ReasonDialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

const QString kSettingsGroup = QStringLiteral("achievements");
/// The database takes at most this many ids per status change.
constexpr int kMaxStatusIds = 1000;
/// The full record of the current row is asked for once the selection rests this long.
constexpr int kRecordDelayMs = 120;
/// Keys named in a message before "and N more".
constexpr int kNamedKeys = 5;

/// draft -> active -> archived -> active; staying is always allowed (as the database says).
bool transitionAllowed(const QString &from, const QString &to)
{
    return from == to || (from == QLatin1String("draft") && to == QLatin1String("active")) ||
           (from == QLatin1String("active") && to == QLatin1String("archived")) ||
           (from == QLatin1String("archived") && to == QLatin1String("active"));
}

QString keyList(const QList<AchievementSummary> &rows)
{
    QStringList keys;
    for (int i = 0; i < rows.size() && i < kNamedKeys; ++i)
        keys.append(rows.at(i).key);
    QString text = keys.join(QLatin1String(", "));
    if (rows.size() > kNamedKeys)
        //: Ends a list of achievement keys; %n is how many more there are
        text += AchievementsPane::tr(" and %n more", nullptr, int(rows.size() - kNamedKeys));
    return text;
}

} // namespace

AchievementsPane::AchievementsPane(Backend *backend, QWidget *parent)
    : Pane(parent)
    , m_backend(backend)
    , m_model(new AchievementListModel(backend, this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_refresh(new QToolButton(this))
    , m_messages(new MessageBar(this))
    , m_filters(new AchievementFilterBar(this))
    , m_selectionLabel(new QLabel(this))
    , m_activate(new QPushButton(this))
    , m_archive(new QPushButton(this))
    , m_exportSelected(new QPushButton(this))
    , m_progress(new LoadProgressStrip(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(m_splitter))
    , m_delegate(new AchievementBadgeDelegate(m_view))
    , m_detail(new AchievementDetailPanel(m_splitter))
    , m_refreshAction(new QAction(this))
    , m_findAction(new QAction(this))
    , m_newAction(new QAction(this))
    , m_cancelAction(new QAction(this))
    , m_recordDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("achievementsPane"));
    stylePaneHeading(m_heading, m_status);
    m_status->setObjectName(QStringLiteral("listStatus"));

    // Pane-wide actions and their keys.
    m_refreshAction->setIcon(themedIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &AchievementsPane::refresh);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, m_filters, &AchievementFilterBar::focusSearch);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (m_access.canCreate())
            Q_EMIT newAchievementRequested();
    });
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_model, &AchievementListModel::cancel);
    addActions({m_refreshAction, m_findAction, m_newAction, m_cancelAction});
    m_refresh->setDefaultAction(m_refreshAction);
    m_refresh->setAutoRaise(true);

    // Header: title and status on the left, what can be started on the right.
    m_new->setObjectName(QStringLiteral("newAchievement"));
    m_new->setDefault(false);
    m_new->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, m_newAction, &QAction::trigger);
    m_import->setObjectName(QStringLiteral("importAchievements"));
    connect(m_import, &QPushButton::clicked, this, &AchievementsPane::importRequested);
    m_export->setObjectName(QStringLiteral("exportAchievements"));
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested({}); });
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_heading);
    titles->addWidget(m_status);
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addLayout(titles);
    header->addStretch(1);
    header->addWidget(m_refresh);
    header->addWidget(m_import);
    header->addWidget(m_export);
    header->addWidget(m_new);

    connect(m_filters, &AchievementFilterBar::changed, this, &AchievementsPane::refresh);

    // The selection bar: bulk actions on the selected rows.
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_activate->setObjectName(QStringLiteral("activateAchievements"));
    m_archive->setObjectName(QStringLiteral("archiveAchievements"));
    m_exportSelected->setObjectName(QStringLiteral("exportSelected"));
    connect(m_activate, &QPushButton::clicked, this, &AchievementsPane::activateSelected);
    connect(m_archive, &QPushButton::clicked, this, &AchievementsPane::archiveSelected);
    connect(m_exportSelected, &QPushButton::clicked, this, [this] {
        const QList<QUuid> ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT exportRequested(ids);
    });
    auto *selectionBar = new QHBoxLayout;
    selectionBar->setSpacing(6);
    selectionBar->addWidget(m_selectionLabel);
    selectionBar->addStretch(1);
    selectionBar->addWidget(m_activate);
    selectionBar->addWidget(m_archive);
    selectionBar->addWidget(m_exportSelected);

    // The list: uniform rows tall enough for a badge, sorted by the server.
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("achievementList"));
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setIconSize(QSize(24, 24));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(
        std::max(30, m_view->fontMetrics().height() + 14));
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setMinimumSectionSize(28);
    const QList<std::pair<int, int>> widths{
        {AchievementListModel::BadgeColumn, 36},   {AchievementListModel::NameColumn, 180},
        {AchievementListModel::KeyColumn, 110},    {AchievementListModel::ScopeColumn, 96},
        {AchievementListModel::StatusColumn, 84},  {AchievementListModel::ConditionColumn, 140},
        {AchievementListModel::UnlockColumn, 84},  {AchievementListModel::TranslationsColumn, 92},
        {AchievementListModel::HoldersColumn, 64},
    };
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, width);
    // Enter (activated) and a double click (doubleClicked, then activated) edit the row once.
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->rowKind(index.row()) != KeysetListModel::RowKind::Data)
            return;
        m_doubleClicked = true;
        QTimer::singleShot(0, this, [this] { m_doubleClicked = false; });
        Q_EMIT editRequested(index.data(KeysetListModel::IdRole).toUuid());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_doubleClicked)
            return;
        switch (m_model->rowKind(index.row())) {
        case KeysetListModel::RowKind::Error:
            m_messages->clear();
            m_error.reset();
            m_model->fetchMore({});
            return;
        case KeysetListModel::RowKind::Data:
            Q_EMIT editRequested(index.data(KeysetListModel::IdRole).toUuid());
            return;
        default:
            return;
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                onCurrentRowChanged(current.isValid() ? current.row() : -1);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AchievementsPane::updateActions);

    connect(m_detail, &AchievementDetailPanel::editRequested, this,
            &AchievementsPane::editRequested);
    connect(m_detail, &AchievementDetailPanel::awardRequested, this,
            &AchievementsPane::awardRequested);
    m_recordDelay->setSingleShot(true);
    m_recordDelay->setInterval(kRecordDelayMs);
    connect(m_recordDelay, &QTimer::timeout, this, &AchievementsPane::loadRecord);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 300});
    m_splitter->setObjectName(QStringLiteral("achievementSplitter"));
    connect(m_splitter, &QSplitter::splitterMoved, this, &AchievementsPane::saveLayout);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addWidget(m_filters);
    layout->addLayout(selectionBar);
    layout->addWidget(m_progress);
    layout->addWidget(m_splitter, 1);

    // The model tells what happens; the pane shows it.
    connect(m_model, &KeysetListModel::loadingChanged, this, [this](bool loading) {
        m_progress->setBusy(loading);
        m_cancelAction->setEnabled(loading);
        updateStatus();
    });
    connect(m_model, &KeysetListModel::countsChanged, this, &AchievementsPane::onCountsChanged);
    connect(m_model, &KeysetListModel::fetchFailed, this, &AchievementsPane::onFetchFailed);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row() &&
                    current.row() <= bottomRight.row()) {
                    if (const auto summary = currentSummary())
                        m_detail->showSummary(*summary);
                }
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &AchievementsPane::updateExtraRowSpan);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AchievementsPane::updateExtraRowSpan);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateExtraRowSpan();
        onCurrentRowChanged(-1);
        updateActions();
    });
    connect(m_progress, &LoadProgressStrip::cancelRequested, m_model,
            &AchievementListModel::cancel);
    connect(m_messages, &MessageBar::retryRequested, this, [this] {
        m_messages->clear();
        m_error.reset();
        if (auto retry = std::exchange(m_retry, {}))
            retry();
        else
            m_model->fetchMore({});
    });

    // The saved layout and sort.
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    columns->restoreState(settings.value(QStringLiteral("columns")).toByteArray());
    m_filters->setSort(static_cast<AchievementFilter::Sort>(
        settings.value(QStringLiteral("sort"), int(AchievementFilter::Sort::Name)).toInt()));
    settings.endGroup();
    connect(columns, &QHeaderView::sectionResized, this, &AchievementsPane::saveLayout);

    retranslateUi();
    updateActions();
}

AchievementsPane::~AchievementsPane()
{
    saveLayout();
    m_recordCancel.cancel();
}

QString AchievementsPane::title() const
{
    return tr("Achievements");
}

QIcon AchievementsPane::icon() const
{
    return themedIcon(QStringLiteral(":/icons/achievement.svg"));
}

void AchievementsPane::retranslateUi()
{
    m_heading->setText(title());
    m_heading->setAccessibleName(title());
    setAccessibleName(title());
    m_status->setAccessibleName(tr("List status"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        //: %1 is the refresh key (F5)
        tr("Load the list again (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_refresh->setAccessibleName(tr("Refresh list"));
    m_findAction->setText(tr("Search achievements"));
    m_newAction->setText(tr("&New achievement…"));
    m_cancelAction->setText(tr("Cancel loading"));
    m_new->setText(tr("&New achievement…"));
    m_new->setToolTip(tr("Create an achievement (%1)")
                          .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import achievements from an Award Builder export file"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Export every achievement of the scope to an Award Builder file"));
    m_activate->setText(tr("&Activate…"));
    m_activate->setToolTip(tr("Make the selected drafts and archived achievements visible to "
                              "members again"));
    m_archive->setText(tr("Arc&hive…"));
    m_archive->setToolTip(
        tr("Hide the selected active achievements from new unlocks; holders keep them"));
    m_exportSelected->setText(tr("Export selected…"));
    m_view->setAccessibleName(tr("Achievements"));
    m_splitter->setAccessibleName(tr("List and details"));
    m_progress->retranslateUi();
    m_progress->setText(tr("Loading achievements…"));
    updateStatus();
    updateActions();
}

void AchievementsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        if (m_error)
            showError(*m_error, {});
        onCurrentRowChanged(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1);
    }
    Pane::changeEvent(event);
}

void AchievementsPane::setIdentity(const Identity &identity)
{
    m_access.identity = identity;
    updateActions();
    if (const auto summary = currentSummary())
        m_detail->setActions(true, canAward(*summary));
}

void AchievementsPane::setScope(const TenantScope &scope)
{
    m_scope = scope;
    if (!m_tenantsRequested) {
        m_tenantsRequested = true;
        m_backend->tenants().then(this, [this](const Result<QList<Tenant>> &result) {
            if (!result.ok()) {
                qCWarning(lcAchievementsPane) << "tenants:" << result.error().detail();
                m_tenantsRequested = false;
                return;
            }
            m_tenants = result.value();
            applyTenants();
        });
    }
    applyTenants();
    refresh();
}

void AchievementsPane::applyTenants()
{
    if (!m_tenants)
        return;
    QList<Tenant> inScope;
    for (const Tenant &tenant : std::as_const(*m_tenants)) {
        if (m_scope.tenantIds.isEmpty() || m_scope.tenantIds.contains(tenant.id))
            inScope.append(tenant);
    }
    std::sort(inScope.begin(), inScope.end(), [](const Tenant &a, const Tenant &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_filters->setTenants(inScope);
}

void AchievementsPane::refresh()
{
    m_settled = false;
    m_messages->clear();
    m_error.reset();
    m_retry = {};
    AchievementFilter filter;
    m_filters->applyTo(filter, m_scope);
    qCDebug(lcAchievementsPane) << "loading, search" << filter.search << "status" << filter.status
                                << "scope" << filter.scopeKind;
    QSettings().setValue(kSettingsGroup + QStringLiteral("/sort"), int(filter.sort));
    m_model->setFilter(filter);
    m_model->fetchMore({});
    updateStatus();
}

void AchievementsPane::reloadKeepingSelection()
{
    m_reselect = selectedIds();
    const QModelIndex current = m_view->currentIndex();
    m_reselectCurrent =
        current.isValid() ? current.data(KeysetListModel::IdRole).toUuid() : QUuid();
    refresh();
}

void AchievementsPane::showAchievement(const QUuid &id)
{
    if (id.isNull())
        return;
    const int row = m_model->cachedRowOf(id);
    if (row >= 0) {
        m_view->clearSelection();
        m_view->setCurrentIndex(m_model->index(row, AchievementListModel::NameColumn));
        m_view->scrollTo(m_model->index(row, 0));
        return;
    }
    // Not loaded: find its key, then show the list filtered to it.
    m_backend->achievement(id).then(this, [this, id](const Result<AchievementRecord> &result) {
        if (!result.ok()) {
            showError(result.error(), [this, id] { showAchievement(id); });
            return;
        }
        m_reselect = {id};
        m_reselectCurrent = id;
        m_filters->clearFilters();
        m_filters->setSearchText(result.value().definition.key); // refreshes
    });
}

QString AchievementsPane::messageText() const
{
    return m_messages->text();
}

QString AchievementsPane::statusText() const
{
    return m_status->text();
}

QList<AchievementSummary> AchievementsPane::selectedSummaries() const
{
    QList<AchievementSummary> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : selected)
        numbers.append(index.row());
    std::sort(numbers.begin(), numbers.end());
    for (int row : std::as_const(numbers)) {
        if (const auto summary = m_model->summary(row))
            rows.append(*summary);
    }
    return rows;
}

QList<QUuid> AchievementsPane::selectedIds() const
{
    QList<QUuid> ids;
    for (const AchievementSummary &row : selectedSummaries())
        ids.append(row.id);
    return ids;
}

std::optional<AchievementSummary> AchievementsPane::currentSummary() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->summary(current.row());
}

bool AchievementsPane::canAward(const AchievementSummary &summary) const
{
    if (summary.status != QLatin1String("active"))
        return false;
    const Identity &identity = m_access.identity;
    if (identity.systemAdmin)
        return true;
    return summary.tenantId.isNull() ? identity.isTenantAdmin()
                                     : identity.adminOf.contains(summary.tenantId);
}

void AchievementsPane::updateStatus()
{
    const qint64 total = m_model->estimatedTotal();
    const QLocale locale;
    if (total < 0) {
        m_status->setText(m_model->isLoading() ? tr("Loading…") : QString());
    } else if (m_model->isAtEnd() && total == 0) {
        m_status->setText(tr("No achievements match the filters"));
    } else if (m_model->isAtEnd()) {
        //: All matching achievements are in the list; %1 is how many (no plural forms needed)
        m_status->setText(tr("Achievements: %1 · all shown").arg(locale.toString(total)));
    } else {
        //: ≈ an estimate: %1 is about how many achievements match, %2 how many are loaded
        m_status->setText(
            tr("≈ %1 achievements · %2 shown")
                .arg(locale.toString(total), locale.toString(m_model->loadedCount())));
    }
}

void AchievementsPane::updateActions()
{
    const QList<AchievementSummary> rows = selectedSummaries();
    bool mayChangeAll = !rows.isEmpty();
    bool anyToActivate = false;
    bool anyToArchive = false;
    for (const AchievementSummary &row : rows) {
        mayChangeAll = mayChangeAll && m_access.canChange(row.tenantId);
        anyToActivate = anyToActivate || row.status != QLatin1String("active");
        anyToArchive = anyToArchive || row.status == QLatin1String("active");
    }
    const bool idle = !m_statusInFlight;
    m_activate->setEnabled(idle && mayChangeAll && anyToActivate);
    m_archive->setEnabled(idle && mayChangeAll && anyToArchive);
    m_exportSelected->setEnabled(!rows.isEmpty());
    const QString why = rows.isEmpty() || mayChangeAll
                            ? QString()
                            : tr("You may not change some of the selected achievements");
    m_activate->setStatusTip(why);
    m_archive->setStatusTip(why);
    if (rows.isEmpty()) {
        m_selectionLabel->setText(tr("Select achievements to activate, archive or export them"));
    } else if (!mayChangeAll) {
        //: %n selected rows; the user may not change all of them
        m_selectionLabel->setText(tr("%n selected · read only for you", nullptr, int(rows.size())));
    } else {
        m_selectionLabel->setText(tr("%n selected", nullptr, int(rows.size())));
    }
    const bool mayCreate = m_access.canCreate();
    m_new->setVisible(mayCreate);
    m_newAction->setEnabled(mayCreate);
    m_import->setVisible(mayCreate);
}

void AchievementsPane::updateExtraRowSpan()
{
    m_view->clearSpans();
    const int extraRow = m_model->loadedCount();
    if (m_model->rowCount() > extraRow)
        m_view->setSpan(extraRow, 0, 1, m_model->columnCount());
}

void AchievementsPane::onCountsChanged()
{
    updateStatus();
    updateExtraRowSpan();
    restoreSelection();
    // Like the approval queue: the list opens on its first row, so the detail is never empty
    // while there is something to show (Enter edits it at once).
    if (!m_view->currentIndex().isValid() && m_reselect.isEmpty() && m_reselectCurrent.isNull() &&
        m_model->loadedCount() > 0 && m_model->rowKind(0) == KeysetListModel::RowKind::Data)
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(0, AchievementListModel::NameColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (m_model->isAtEnd() && m_model->loadedCount() == 0)
        m_detail->showPlaceholder(tr("No achievements match the filters."));
    else if (!m_view->currentIndex().isValid())
        m_detail->showPlaceholder(tr("Select an achievement to see its details."));
    if (!m_settled && (m_model->loadedCount() > 0 || m_model->isAtEnd())) {
        m_settled = true;
        Q_EMIT settled();
    }
}

void AchievementsPane::restoreSelection()
{
    if (m_reselect.isEmpty() && m_reselectCurrent.isNull())
        return;
    QItemSelectionModel *selection = m_view->selectionModel();
    QList<QUuid> missing;
    for (const QUuid &id : std::as_const(m_reselect)) {
        const int row = m_model->cachedRowOf(id);
        if (row < 0) {
            missing.append(id);
            continue;
        }
        selection->select(m_model->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!m_reselectCurrent.isNull()) {
        const int row = m_model->cachedRowOf(m_reselectCurrent);
        if (row >= 0) {
            selection->setCurrentIndex(m_model->index(row, AchievementListModel::NameColumn),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
            m_view->scrollTo(m_model->index(row, 0));
            m_reselectCurrent = {};
        }
    }
    m_reselect = missing;
    // Rows further down are not looked for: the list is not loaded to its end for them.
    if (m_model->isAtEnd() || m_model->pageCount() > 0) {
        m_reselect.clear();
        m_reselectCurrent = {};
    }
    updateActions();
}

void AchievementsPane::onCurrentRowChanged(int row)
{
    m_recordDelay->stop();
    m_recordCancel.cancel();
    ++m_recordRequest;
    const std::optional<AchievementSummary> summary =
        row >= 0 ? m_model->summary(row) : std::nullopt;
    if (!summary) {
        if (m_model->isAtEnd() && m_model->loadedCount() == 0)
            m_detail->showPlaceholder(tr("No achievements match the filters."));
        else
            m_detail->showPlaceholder(tr("Select an achievement to see its details."));
        return;
    }
    m_detail->showSummary(*summary);
    m_detail->setActions(true, canAward(*summary));
    m_recordDelay->start();
}

void AchievementsPane::loadRecord()
{
    const QUuid id = m_detail->achievementId();
    if (id.isNull())
        return;
    const quint64 request = ++m_recordRequest;
    m_recordCancel = CancelToken();
    m_backend->achievement(id, m_recordCancel)
        .then(this, [this, request](const Result<AchievementRecord> &result) {
            if (request != m_recordRequest)
                return; // another row is shown by now
            if (!result.ok()) {
                // The row's own fields stay; the extra ones are a nicety.
                qCInfo(lcAchievementsPane) << "record:" << result.error().detail();
                return;
            }
            m_detail->showRecord(result.value());
        });
}

void AchievementsPane::onFetchFailed(const BackendError &error)
{
    m_error = error;
    if (error.kind() == BackendError::Kind::Cancelled) {
        //: %1 is the refresh key (F5)
        showInformation(
            tr("Loading was cancelled. Double-click the last row to go on, or press %1 to "
               "start again.")
                .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    } else {
        showError(error, {});
    }
    updateStatus();
    if (!m_settled) {
        m_settled = true;
        Q_EMIT settled();
    }
}

void AchievementsPane::showError(const BackendError &error, std::function<void()> retry)
{
    m_retry = std::move(retry);
    m_messages->showMessage(MessageBar::Tone::Error, error.userMessage(), error.detail());
}

void AchievementsPane::showInformation(const QString &text)
{
    m_retry = {};
    m_messages->showMessage(MessageBar::Tone::Information, text);
}

void AchievementsPane::showProblem(const QString &text)
{
    m_retry = {};
    m_messages->showMessage(MessageBar::Tone::Error, text);
}

void AchievementsPane::activateSelected()
{
    requestStatus(QStringLiteral("active"));
}

void AchievementsPane::archiveSelected()
{
    requestStatus(QStringLiteral("archived"));
}

void AchievementsPane::requestStatus(const QString &status)
{
    if (m_statusInFlight)
        return;
    const bool activate = status == QLatin1String("active");
    const QList<AchievementSummary> rows = selectedSummaries();
    if (rows.isEmpty())
        return;
    if (rows.size() > kMaxStatusIds) {
        //: %1 is the largest number of achievements one change may cover (1,000)
        m_messages->showMessage(
            MessageBar::Tone::Error,
            tr("Select at most %1 achievements at a time.").arg(QLocale().toString(kMaxStatusIds)));
        return;
    }
    QList<AchievementSummary> forbidden;
    QList<AchievementSummary> refused;
    int alreadyThere = 0;
    for (const AchievementSummary &row : rows) {
        if (!m_access.canChange(row.tenantId))
            forbidden.append(row);
        else if (!transitionAllowed(row.status, status))
            refused.append(row);
        else if (row.status == status)
            ++alreadyThere;
    }
    // All or nothing: explain what stands in the way and write nothing.
    if (!forbidden.isEmpty()) {
        //: %1 lists achievement keys
        m_messages->showMessage(
            MessageBar::Tone::Error,
            tr("You may not change %n of the selected achievements: %1. Nothing was changed.",
               nullptr, int(forbidden.size()))
                .arg(keyList(forbidden)));
        return;
    }
    if (!refused.isEmpty()) {
        //: %1 lists the keys of drafts; a draft can only be activated, never archived
        m_messages->showMessage(
            MessageBar::Tone::Error,
            tr("%n draft(s) cannot be archived: %1. A draft can only be activated; only active "
               "achievements can be archived. Nothing was changed.",
               nullptr, int(refused.size()))
                .arg(keyList(refused)));
        return;
    }
    if (alreadyThere == rows.size()) {
        showInformation(activate ? tr("The selected achievements are already active.")
                                 : tr("The selected achievements are already archived."));
        return;
    }

    const int toChange = int(rows.size()) - alreadyThere;
    QString summary =
        activate
            ? tr("Activate %n achievement(s)? Members can see and unlock them.", nullptr, toChange)
            : tr("Archive %n achievement(s)? Members who hold them keep them; nobody can unlock "
                 "them any more.",
                 nullptr, toChange);
    if (alreadyThere > 0)
        summary +=
            QLatin1Char('\n') +
            //: %n achievements of the selection need no change
            (activate ? tr("Already active, left as they are: %n.", nullptr, alreadyThere)
                      : tr("Already archived, left as they are: %n.", nullptr, alreadyThere));
    auto *dialog =
        new ReasonDialog(activate ? tr("Activate achievements") : tr("Archive achievements"),
                         summary, activate ? tr("Activate") : tr("Archive"), this);
    dialog->setObjectName(QStringLiteral("achievementStatusReason"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<QUuid> ids;
    for (const AchievementSummary &row : rows)
        ids.append(row.id);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, status, alreadyThere] {
        sendStatus(ids, status, dialog->reason(), alreadyThere);
    });
    dialog->open();
}

void AchievementsPane::sendStatus(const QList<QUuid> &ids, const QString &status,
                                  const QString &reason, int alreadyThere)
{
    m_statusInFlight = true;
    updateActions();
    m_messages->clear();
    qCInfo(lcAchievementsPane) << "setting" << ids.size() << "achievement(s) to" << status;
    m_backend->setAchievementStatus(ids, status, reason)
        .then(this, [this, ids, status, reason,
                     alreadyThere](const Result<AchievementStatusOutcome> &result) {
            m_statusInFlight = false;
            updateActions();
            if (!result.ok()) {
                // Nothing was written (all or nothing); Retry sends the same change again.
                showError(result.error(), [this, ids, status, reason, alreadyThere] {
                    sendStatus(ids, status, reason, alreadyThere);
                });
                return;
            }
            const AchievementStatusOutcome &outcome = result.value();
            const bool activate = status == QLatin1String("active");
            const int changed = int(outcome.changed.size());
            const int unchanged = int(outcome.unchanged.size());
            QString text = activate ? tr("%n activated", nullptr, changed)
                                    : tr("%n archived", nullptr, changed);
            if (unchanged > 0)
                //: Follows "3 activated"
                text += activate ? tr(", %n already active", nullptr, unchanged)
                                 : tr(", %n already archived", nullptr, unchanged);
            showInformation(text + QLatin1Char('.'));
            Q_EMIT achievementsChanged(outcome.changed);
            const QString message = m_messages->text();
            reloadKeepingSelection();
            // The reload clears the bar; the outcome stays readable.
            showInformation(message);
        });
}

void AchievementsPane::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("columns"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("sort"), int(m_filters->sort()));
    settings.endGroup();
}

} // namespace dicedesk
