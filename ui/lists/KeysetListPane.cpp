#include "KeysetListPane.h"

#include "DetailPanel.h"
#include "KeysetRowDelegate.h"
#include "ListLogging.h"
#include "LoadProgressStrip.h"
#include "UserFilterEdit.h"
#include "items/KeysetListModel.h"
#include "panes/PaneHeading.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QCalendarWidget>
#include <QClipboard>
#include <QDateEdit>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

/// The earliest date the jump field accepts; it stands for "no date: the newest rows".
const QDate kNewest(2000, 1, 1);
constexpr int kDateDelayMs = 400;

/// Opens the jump field's calendar at today rather than at the "newest" sentinel date.
class CalendarOpener : public QObject
{
public:
    CalendarOpener(QDateEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == kNewest) {
            const QDate today = QDate::currentDate();
            m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
};

} // namespace

KeysetListPane::KeysetListPane(Backend *backend, KeysetListModel *model, const QString &settingsKey,
                               QWidget *parent)
    : Pane(parent)
    , m_backend(backend)
    , m_model(model)
    , m_settingsKey(settingsKey)
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_messages(new MessageBar(this))
    , m_filterBar(new QHBoxLayout)
    , m_userLabel(new QLabel(this))
    , m_userFilter(new UserFilterEdit(backend, this))
    , m_dateLabel(new QLabel(this))
    , m_jumpDate(new QDateEdit(this))
    , m_newest(new QToolButton(this))
    , m_progress(new LoadProgressStrip(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(m_splitter))
    , m_detail(new DetailPanel(m_splitter))
    , m_refreshAction(new QAction(this))
    , m_findAction(new QAction(this))
    , m_cancelAction(new QAction(this))
    , m_copyIdAction(new QAction(this))
    , m_showUserAction(new QAction(this))
{
    m_model->setParent(this);
    stylePaneHeading(m_heading, m_status);
    m_status->setObjectName(QStringLiteral("listStatus"));

    // Actions, with their keys, for the whole pane.
    m_refreshAction->setIcon(themedIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &KeysetListPane::refresh);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_userFilter->setFocus(Qt::ShortcutFocusReason);
        m_userFilter->selectAll();
    });
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_model, &KeysetListModel::cancel);
    addActions({m_refreshAction, m_findAction, m_cancelAction});
    m_refresh->setDefaultAction(m_refreshAction);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_status);
    header->addWidget(m_refresh);

    // The filter bar: user, the subclass's filters, jump to a date.
    m_userLabel->setBuddy(m_userFilter);
    m_userFilter->setMinimumWidth(220);
    connect(m_userFilter, &UserFilterEdit::userChanged, this, &KeysetListPane::refresh);
    m_jumpDate->setCalendarPopup(true);
    m_jumpDate->setMinimumDate(kNewest);
    m_jumpDate->setDate(kNewest);
    m_jumpDate->setObjectName(QStringLiteral("jumpToDate"));
    m_jumpDate->calendarWidget()->installEventFilter(new CalendarOpener(m_jumpDate));
    m_dateLabel->setBuddy(m_jumpDate);
    auto *dateDelay = new QTimer(this);
    dateDelay->setSingleShot(true);
    dateDelay->setInterval(kDateDelayMs);
    connect(m_jumpDate, &QDateEdit::dateChanged, dateDelay, qOverload<>(&QTimer::start));
    connect(dateDelay, &QTimer::timeout, this, &KeysetListPane::refresh);
    m_newest->setAutoRaise(true);
    connect(m_newest, &QToolButton::clicked, this, [this] { jumpToDate({}); });
    m_filterBar->setSpacing(8);
    m_filterBar->addWidget(m_userLabel);
    m_filterBar->addWidget(m_userFilter);
    // Subclasses insert their filters here, before the stretch.
    m_filterBar->addStretch(1);
    m_filterBar->addWidget(m_dateLabel);
    m_filterBar->addWidget(m_jumpDate);
    m_filterBar->addWidget(m_newest);

    // The list: uniform rows, no wrapping, no client-side sorting (it would need every row).
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setItemDelegate(new KeysetRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyIdAction, &QAction::triggered, this, &KeysetListPane::copyId);
    m_showUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_showUserAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_showUserAction, &QAction::triggered, this, &KeysetListPane::showUserOfCurrentRow);
    m_view->addActions({m_copyIdAction, m_showUserAction});
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        // The error row: try that page again.
        if (keysetRowKind(index) == KeysetListModel::RowKind::Error) {
            m_messages->clear();
            m_error.reset();
            m_model->fetchMore({});
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showDetail(current.isValid() ? current.row() : -1);
                updateActions();
            });

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setObjectName(QStringLiteral("listSplitter"));
    connect(m_splitter, &QSplitter::splitterMoved, this, &KeysetListPane::saveLayout);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addLayout(m_filterBar);
    layout->addWidget(m_progress);
    layout->addWidget(m_splitter, 1);

    // The model tells what happens; the pane shows it.
    connect(m_model, &KeysetListModel::loadingChanged, this, [this](bool loading) {
        m_progress->setBusy(loading);
        m_cancelAction->setEnabled(loading);
        updateStatus();
    });
    connect(m_model, &KeysetListModel::countsChanged, this, [this] {
        updateStatus();
        if (!m_settled && (m_model->loadedCount() > 0 || m_model->isAtEnd())) {
            m_settled = true;
            Q_EMIT settled();
        }
    });
    connect(m_model, &KeysetListModel::fetchFailed, this, &KeysetListPane::onFetchFailed);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = currentRow();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showDetail(row);
            });
    // The loading or error row spans the list, so its message can be read.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &KeysetListPane::updateExtraRowSpan);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KeysetListPane::updateExtraRowSpan);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysetListPane::updateExtraRowSpan);
    connect(m_model, &KeysetListModel::countsChanged, this, &KeysetListPane::updateExtraRowSpan);
    connect(m_progress, &LoadProgressStrip::cancelRequested, m_model, &KeysetListModel::cancel);
    connect(m_messages, &MessageBar::retryRequested, this, [this] {
        m_messages->clear();
        m_error.reset();
        m_model->fetchMore({});
    });

    retranslateBase();
    updateActions();
}

KeysetListPane::~KeysetListPane()
{
    saveLayout();
}

void KeysetListPane::completeSetup()
{
    setAccessibleName(title());
    QSettings settings;
    m_splitter->restoreState(
        settings.value(m_settingsKey + QStringLiteral("/splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(
        settings.value(m_settingsKey + QStringLiteral("/columns")).toByteArray());
    retranslateTitles();
    retranslateUi();
}

void KeysetListPane::saveLayout()
{
    QSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/splitter"), m_splitter->saveState());
    settings.setValue(m_settingsKey + QStringLiteral("/columns"),
                      m_view->horizontalHeader()->saveState());
}

void KeysetListPane::retranslateBase()
{
    m_status->setAccessibleName(tr("List status"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        tr("Load the list again from the newest row (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_refresh->setAccessibleName(tr("Refresh list"));
    m_findAction->setText(tr("Filter by user"));
    m_cancelAction->setText(tr("Cancel loading"));
    m_userLabel->setText(tr("&User:"));
    m_userFilter->setPlaceholderText(tr("All users — type a name"));
    m_userFilter->setAccessibleName(tr("User filter"));
    m_userFilter->setToolTip(tr("Show only rows about one user (%1)")
                                 .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    //: Label of a date field: the list shows rows from that day and older
    m_dateLabel->setText(tr("&Jump to:"));
    m_jumpDate->setAccessibleName(tr("Jump to date"));
    m_jumpDate->setToolTip(tr("Show rows from this day and older"));
    //: Shown in the jump-to-date field when no date is chosen
    m_jumpDate->setSpecialValueText(tr("Newest"));
    m_newest->setText(QStringLiteral("✕"));
    m_newest->setAccessibleName(tr("Back to the newest rows"));
    m_newest->setToolTip(tr("Back to the newest rows"));
    m_view->setAccessibleName(tr("List"));
    m_copyIdAction->setText(tr("Copy &id"));
    m_splitter->setAccessibleName(tr("List and details"));
    m_progress->retranslateUi();
}

void KeysetListPane::retranslateTitles()
{
    m_heading->setText(title());
    m_heading->setAccessibleName(title());
    m_showUserAction->setText(showUserText());
    m_progress->setText(loadingText());
}

void KeysetListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateBase();
        retranslateTitles();
        retranslateUi();
        m_model->retranslate();
        updateStatus();
        if (m_error)
            showError();
        showDetail(currentRow());
    }
    Pane::changeEvent(event);
}

void KeysetListPane::setScope(const TenantScope &scope)
{
    m_scope = scope;
    m_userFilter->setScope(scope);
    refresh();
}

void KeysetListPane::refresh()
{
    m_settled = false;
    m_messages->clear();
    m_error.reset();
    qCDebug(lcListPane) << paneId() << "loading from the top for" << m_scope.tenantIds.size()
                        << "tenant(s)";
    applyFilter();
    m_model->fetchMore({});
    updateStatus();
}

void KeysetListPane::showUser(const QUuid &id, const QString &name)
{
    if (id == m_userFilter->userId())
        return;
    m_userFilter->setUser(id, name); // refreshes through userChanged
}

QUuid KeysetListPane::userFilter() const
{
    return m_userFilter->userId();
}

void KeysetListPane::jumpToDate(const QDate &day)
{
    m_jumpDate->setDate(day.isValid() ? day : kNewest);
}

QDateTime KeysetListPane::before() const
{
    const QDate day = m_jumpDate->date();
    if (day <= kNewest)
        return {};
    return QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
}

QString KeysetListPane::messageText() const
{
    return m_messages->text();
}

QString KeysetListPane::statusText() const
{
    return m_status->text();
}

int KeysetListPane::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void KeysetListPane::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void KeysetListPane::showInformation(const QString &text)
{
    m_error.reset();
    m_messages->showMessage(MessageBar::Tone::Information, text);
}

void KeysetListPane::updateStatus()
{
    const qint64 total = m_model->estimatedTotal();
    if (total < 0)
        m_status->setText(m_model->isLoading() ? tr("Loading…") : QString());
    else
        m_status->setText(statusFor(total, m_model->loadedCount(), m_model->isAtEnd()));
}

void KeysetListPane::updateExtraRowSpan()
{
    m_view->clearSpans();
    const int extraRow = m_model->loadedCount();
    if (m_model->rowCount() > extraRow)
        m_view->setSpan(extraRow, 0, 1, m_model->columnCount());
}

void KeysetListPane::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool onData =
        current.isValid() && keysetRowKind(current) == KeysetListModel::RowKind::Data;
    m_copyIdAction->setEnabled(onData);
    m_showUserAction->setEnabled(onData &&
                                 !current.data(KeysetListModel::UserIdRole).toUuid().isNull());
}

void KeysetListPane::onFetchFailed(const BackendError &error)
{
    m_error = error;
    showError();
    updateStatus();
    if (!m_settled) {
        m_settled = true;
        Q_EMIT settled();
    }
}

void KeysetListPane::showError()
{
    if (!m_error)
        return;
    if (m_error->kind() == BackendError::Kind::Cancelled) {
        //: %1 is the refresh key (F5)
        m_messages->showMessage(
            MessageBar::Tone::Information,
            tr("Loading was cancelled. Double-click the last row to go on, or press %1 to "
               "start again.")
                .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    m_messages->showMessage(MessageBar::Tone::Error, m_error->userMessage(), m_error->detail());
}

void KeysetListPane::copyId()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || keysetRowKind(current) != KeysetListModel::RowKind::Data)
        return;
    QGuiApplication::clipboard()->setText(
        current.data(KeysetListModel::IdRole).toUuid().toString(QUuid::WithoutBraces));
}

void KeysetListPane::showUserOfCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || keysetRowKind(current) != KeysetListModel::RowKind::Data)
        return;
    showUser(current.data(KeysetListModel::UserIdRole).toUuid(),
             current.data(KeysetListModel::UserNameRole).toString());
}

} // namespace dicedesk
