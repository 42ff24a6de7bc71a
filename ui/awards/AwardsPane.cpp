#include "AwardsPane.h"

#include "AwardOutcomeText.h"
#include "AwardsUiLogging.h"
#include "RecipientImportDialog.h"
#include "WorkProgressStrip.h"
#include "awards/MemberHitModel.h"
#include "awards/RecipientListModel.h"
#include "backend/Backend.h"
#include "panes/PaneHeading.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace dicedesk {

namespace {

constexpr int kDefaultAmount = 10;

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setSortingEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
}

bool isImportableFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return false;
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile();
}

} // namespace

AwardsPane::AwardsPane(Backend *backend, const Identity &identity, QWidget *parent)
    : Pane(parent)
    , m_backend(backend)
    , m_identity(identity)
    , m_journal(AwardJournal::defaultPath())
    , m_sender(new AwardSender(backend, &m_journal, this))
    , m_recipients(new RecipientListModel(this))
    , m_hits(new MemberHitModel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("awardsPane"));
    setAcceptDrops(true);
    buildUi();
    retranslateUi();

    connect(m_sender, &AwardSender::finished, this, &AwardsPane::onSendFinished);

    // Awards that were being sent when DiceDesk stopped (this endpoint only).
    if (!m_journal.load())
        showError(m_journal.errorString());
    m_unfinished = m_journal.openEntries(m_backend->endpointKey());
    m_unfinishedFromForm = false;
    if (!m_unfinished.isEmpty())
        qCInfo(lcAwardsPane) << m_unfinished.size() << "unfinished award(s) in the journal";
    showUnfinished();
    applyScope();
}

AwardsPane::~AwardsPane()
{
    m_searchCancel.cancel();
    m_membersCancel.cancel();
}

void AwardsPane::buildUi()
{
    m_heading = new QLabel(this);
    stylePaneHeading(m_heading);

    m_messages = new MessageBar(this);
    connect(m_messages, &MessageBar::retryRequested, this, [this] {
        m_messages->clear();
        refresh();
    });

    // Unfinished awards: finish (same keys) or discard.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("unfinishedBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_finish = new QPushButton(m_banner);
    m_finish->setObjectName(QStringLiteral("finishUnfinished"));
    m_discard = new QPushButton(m_banner);
    m_discard->setObjectName(QStringLiteral("discardUnfinished"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_finish);
    bannerLayout->addWidget(m_discard);
    connect(m_finish, &QPushButton::clicked, this, &AwardsPane::finishUnfinished);
    connect(m_discard, &QPushButton::clicked, this, &AwardsPane::discardUnfinished);
    m_banner->hide();

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("awardResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(false);
    connect(m_result, &QLabel::linkActivated, this, &AwardsPane::onLink);
    m_result->hide();

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("scopeNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->hide();

    // --- recipients ---------------------------------------------------------------------
    m_composer = new QWidget(this);
    m_searchLabel = new QLabel(m_composer);
    m_search = new QLineEdit(m_composer);
    m_search->setObjectName(QStringLiteral("recipientSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);
    m_addSelected = new QPushButton(m_composer);
    m_addSelected->setAutoDefault(false);
    m_searchView = new QTableView(m_composer);
    m_searchView->setObjectName(QStringLiteral("searchResults"));
    setUpTable(m_searchView);
    m_searchView->setModel(m_hits);
    m_searchView->setColumnWidth(MemberHitModel::NameColumn, 160);
    m_searchView->setColumnWidth(MemberHitModel::EmailColumn, 200);
    m_searchStatus = new QLabel(m_composer);
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);
    m_searchStatus->setWordWrap(true);
    m_addAll = new QPushButton(m_composer);
    m_addAll->setObjectName(QStringLiteral("addAllMembers"));
    m_paste = new QPushButton(m_composer);
    m_paste->setObjectName(QStringLiteral("pasteList"));
    m_import = new QPushButton(m_composer);
    m_import->setObjectName(QStringLiteral("importCsv"));
    for (QPushButton *button : {m_addAll, m_paste, m_import})
        button->setAutoDefault(false);
    m_progress = new WorkProgressStrip(m_composer);

    auto *findBox = new QWidget(m_composer);
    auto *findLayout = new QVBoxLayout(findBox);
    findLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_addSelected);
    findLayout->addLayout(searchRow);
    findLayout->addWidget(m_searchView, 1);
    findLayout->addWidget(m_searchStatus);
    auto *moreRow = new QHBoxLayout;
    moreRow->addWidget(m_addAll);
    moreRow->addWidget(m_paste);
    moreRow->addWidget(m_import);
    moreRow->addStretch(1);
    findLayout->addLayout(moreRow);
    findLayout->addWidget(m_progress);

    m_recipientsLabel = new QLabel(m_composer);
    m_recipientsLabel->setObjectName(QStringLiteral("recipientCount"));
    m_recipientView = new QTableView(m_composer);
    m_recipientView->setObjectName(QStringLiteral("recipients"));
    setUpTable(m_recipientView);
    m_recipientView->setModel(m_recipients);
    m_recipientView->setColumnWidth(RecipientListModel::NameColumn, 160);
    m_recipientView->setColumnWidth(RecipientListModel::EmailColumn, 200);
    m_recipientView->setColumnWidth(RecipientListModel::BalanceColumn, 80);
    m_recipientsLabel->setBuddy(m_recipientView);
    m_remove = new QPushButton(m_composer);
    m_clear = new QPushButton(m_composer);
    m_remove->setAutoDefault(false);
    m_clear->setAutoDefault(false);
    auto *listBox = new QWidget(m_composer);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_recipientsLabel);
    listLayout->addWidget(m_recipientView, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);
    listButtons->addWidget(m_clear);
    listLayout->addLayout(listButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, m_composer);
    splitter->addWidget(findBox);
    splitter->addWidget(listBox);
    splitter->setChildrenCollapsible(false);

    // --- the award ----------------------------------------------------------------------
    m_typeLabel = new QLabel(m_composer);
    m_type = new QComboBox(m_composer);
    m_type->setObjectName(QStringLiteral("awardType"));
    m_type->addItem(QString(), QStringLiteral("coins"));
    m_type->addItem(QString(), QStringLiteral("xp"));
    m_type->addItem(QString(), QStringLiteral("achievement"));
    m_typeLabel->setBuddy(m_type);
    m_achievementLabel = new QLabel(m_composer);
    m_achievement = new QComboBox(m_composer);
    m_achievement->setObjectName(QStringLiteral("achievement"));
    m_achievement->setMinimumContentsLength(24);
    m_achievementLabel->setBuddy(m_achievement);
    m_amountLabel = new QLabel(m_composer);
    m_amount = new QSpinBox(m_composer);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setRange(RecipientCheck::kMinAmount, RecipientCheck::kMaxAmount);
    m_amount->setValue(kDefaultAmount);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setAccelerated(true);
    m_amountLabel->setBuddy(m_amount);
    m_messageLabel = new QLabel(m_composer);
    m_message = new QPlainTextEdit(m_composer);
    m_message->setObjectName(QStringLiteral("awardMessage"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(m_message->fontMetrics().lineSpacing() * 5 + 12);
    m_messageLabel->setBuddy(m_message);
    m_counter = new QLabel(m_composer);
    m_counter->setObjectName(QStringLiteral("messageCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_counter->setMinimumWidth(
        m_counter->fontMetrics().horizontalAdvance(QStringLiteral("99,999 / 99,999")) + 4);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_typeLabel);
    typeRow->addWidget(m_type);
    typeRow->addSpacing(12);
    typeRow->addWidget(m_achievementLabel);
    typeRow->addWidget(m_achievement);
    typeRow->addWidget(m_amountLabel);
    typeRow->addWidget(m_amount);
    typeRow->addStretch(1);
    auto *messageRow = new QGridLayout;
    messageRow->addWidget(m_messageLabel, 0, 0, Qt::AlignTop);
    messageRow->addWidget(m_message, 0, 1);
    messageRow->addWidget(m_counter, 1, 1, Qt::AlignRight);

    m_summary = new QLabel(m_composer);
    m_summary->setObjectName(QStringLiteral("awardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setWeight(QFont::DemiBold);
    m_summary->setFont(summaryFont);
    m_hint = new QLabel(m_composer);
    m_hint->setObjectName(QStringLiteral("sendHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_send = new QPushButton(m_composer);
    m_send->setObjectName(QStringLiteral("sendAward"));
    m_send->setIcon(themedIcon(QStringLiteral(":/icons/award.svg")));
    m_send->setAutoDefault(false);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_hint, 1);
    sendRow->addWidget(m_send);

    auto *composerLayout = new QVBoxLayout(m_composer);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    composerLayout->addWidget(splitter, 1);
    composerLayout->addLayout(typeRow);
    composerLayout->addLayout(messageRow);
    composerLayout->addWidget(m_summary);
    composerLayout->addLayout(sendRow);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addWidget(m_banner);
    layout->addWidget(m_result);
    // The notice (no organisation chosen) takes the composer's room; the header stays on top.
    layout->addWidget(m_notice, 1);
    layout->addWidget(m_composer, 1);

    // --- actions and keys ---------------------------------------------------------------
    m_sendAction = new QAction(this);
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_sendAction, &QAction::triggered, this, &AwardsPane::send);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_composer->isVisible()) {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        }
    });
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &AwardsPane::refresh);
    m_cancelAction = new QAction(this);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (m_progress->isBusy())
            m_progress->cancelButton()->click();
    });
    addActions({m_sendAction, m_findAction, m_refreshAction, m_cancelAction});
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &AwardsPane::removeSelectedRecipients);
    m_recipientView->addAction(m_removeAction);
    m_recipientView->setContextMenuPolicy(Qt::ActionsContextMenu);

    // --- behaviour ----------------------------------------------------------------------
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &AwardsPane::search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_searchDelay->stop();
            ++m_searchGeneration;
            m_searchCancel.cancel();
            m_hits->clear();
            m_searchStatus->setText(searchHelp());
            return;
        }
        m_searchDelay->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive() || m_hits->rowCount() == 0) {
            // The answer for what was typed is not here yet: add its first hit when it is.
            m_addFirstHit = true;
            m_searchDelay->stop();
            search();
            return;
        }
        addSelectedHits();
    });
    connect(m_searchView, &QTableView::activated, this, &AwardsPane::addSelectedHits);
    connect(m_addSelected, &QPushButton::clicked, this, &AwardsPane::addSelectedHits);
    connect(m_addAll, &QPushButton::clicked, this, &AwardsPane::addAllActiveMembers);
    connect(m_paste, &QPushButton::clicked, this, &AwardsPane::openPasteDialog);
    connect(m_import, &QPushButton::clicked, this, &AwardsPane::chooseCsvFile);
    connect(m_progress, &WorkProgressStrip::cancelRequested, this, [this] {
        ++m_membersGeneration;
        m_membersCancel.cancel();
        m_progress->stop();
        updateForm();
    });
    connect(m_remove, &QPushButton::clicked, this, &AwardsPane::removeSelectedRecipients);
    connect(m_clear, &QPushButton::clicked, this, [this] { m_recipients->clear(); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_recipients, signal, this, &AwardsPane::updateForm);
    connect(m_recipients, &QAbstractItemModel::modelReset, this, &AwardsPane::updateForm);
    connect(m_recipientView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AwardsPane::updateForm);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AwardsPane::updateForm);
    connect(m_achievement, &QComboBox::currentIndexChanged, this, &AwardsPane::updateForm);
    connect(m_amount, &QSpinBox::valueChanged, this, &AwardsPane::updateForm);
    connect(m_message, &QPlainTextEdit::textChanged, this, &AwardsPane::onMessageChanged);
    connect(m_send, &QPushButton::clicked, this, &AwardsPane::send);
}

void AwardsPane::retranslateUi()
{
    setAccessibleName(title());
    m_heading->setText(title());
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Name or e-mail of a member"));
    m_search->setToolTip(tr("Type a name or e-mail; Enter adds the first match (%1)")
                             .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_addSelected->setText(tr("A&dd"));
    m_addSelected->setToolTip(tr("Add the selected members"));
    m_searchView->setAccessibleName(tr("Matching members"));
    if (m_search->text().trimmed().isEmpty())
        m_searchStatus->setText(searchHelp());
    m_addAll->setText(tr("Add all &active members"));
    m_paste->setText(tr("&Paste list…"));
    m_paste->setToolTip(tr("Add e-mails or user ids separated by line breaks, commas or "
                           "semicolons"));
    m_import->setText(tr("&Import CSV…"));
    m_import->setToolTip(tr("Add recipients (and their own amounts) from a CSV file"));
    m_recipientView->setAccessibleName(tr("Recipients"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected recipients (Del)"));
    m_removeAction->setText(tr("Remove from the award"));
    m_clear->setText(tr("C&lear"));
    m_clear->setToolTip(tr("Remove every recipient"));
    m_typeLabel->setText(tr("&Type:"));
    m_type->setItemText(0, tr("Coins"));
    m_type->setItemText(1, tr("XP"));
    m_type->setItemText(2, tr("Achievement"));
    m_achievementLabel->setText(tr("A&chievement:"));
    m_amountLabel->setText(tr("A&mount:"));
    m_amount->setToolTip(tr("What each recipient gets, 1 to 1,000,000"));
    m_messageLabel->setText(tr("&Message:"));
    m_message->setPlaceholderText(tr("Why they get it (required; recipients see it)"));
    m_sendAction->setText(tr("Send award"));
    m_findAction->setText(tr("Find recipients"));
    m_refreshAction->setText(tr("Refresh"));
    m_cancelAction->setText(tr("Cancel preparing"));
    m_finish->setText(m_unfinishedFromForm ? tr("&Send again") : tr("&Check and finish"));
    m_discard->setText(tr("Discard"));
    m_discard->setToolTip(tr("Forget it here; if it had arrived, it stays paid (see the award "
                             "history)"));
    m_send->setToolTip(
        tr("Send (%1)").arg(m_sendAction->shortcut().toString(QKeySequence::NativeText)));
    // The column titles come from the models, in the language of the moment.
    Q_EMIT m_recipients->headerDataChanged(Qt::Horizontal, 0, RecipientListModel::ColumnCount - 1);
    Q_EMIT m_hits->headerDataChanged(Qt::Horizontal, 0, MemberHitModel::ColumnCount - 1);
    onMessageChanged();
    applyScope();
    showUnfinished();
    showResults();
}

void AwardsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Pane::changeEvent(event);
}

QString AwardsPane::title() const
{
    return tr("Awards");
}

QIcon AwardsPane::icon() const
{
    return themedIcon(QStringLiteral(":/icons/award.svg"));
}

bool AwardsPane::mayAward() const
{
    return !m_tenantId.isNull() &&
           (m_identity.systemAdmin || m_identity.adminOf.contains(m_tenantId));
}

void AwardsPane::setScope(const TenantScope &scope)
{
    m_scope = scope;
    const QUuid tenant = scope.tenantIds.size() == 1 ? scope.tenantIds.constFirst() : QUuid();
    if (tenant != m_tenantId) {
        // Recipients belong to a tenant: keep this tenant's list for when it comes back.
        if (!m_tenantId.isNull())
            m_savedRecipients.insert(m_tenantId, m_recipients->recipients());
        m_tenantId = tenant;
        m_recipients->setRecipients(m_savedRecipients.take(tenant));
        ++m_searchGeneration;
        m_searchCancel.cancel();
        m_searchDelay->stop();
        m_search->clear();
        m_hits->clear();
        ++m_membersGeneration;
        m_membersCancel.cancel();
        m_progress->stop();
        m_settings.reset();
        m_achievements.clear();
        m_achievement->clear();
    }
    applyScope();
    refresh();
}

void AwardsPane::applyScope()
{
    QString notice;
    if (m_tenantId.isNull())
        notice = tr("Choose an organisation in the toolbar (Ctrl+T) to send an award.");
    else if (!mayAward())
        notice = tr("Only admins of this organisation can send awards in it.");
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_composer->setVisible(notice.isEmpty());
    updateForm();
}

void AwardsPane::refresh()
{
    const quint64 generation = ++m_tenantGeneration;
    m_settled = false;
    if (!mayAward()) {
        markSettled();
        return;
    }
    m_tenantLoads = 2;
    const QUuid tenant = m_tenantId;
    m_backend->awardSettings(tenant).then(
        this, [this, generation](const Result<AwardSettings> &result) {
            if (generation != m_tenantGeneration)
                return;
            if (result.ok()) {
                m_settings = result.value();
            } else {
                m_settings.reset();
                qCWarning(lcAwardsPane) << "award settings failed:" << result.error().detail();
                showError(tr("The approval threshold could not be read."), result.error());
            }
            updateForm();
            if (--m_tenantLoads == 0)
                markSettled();
        });
    m_backend->awardableAchievements(tenant).then(
        this, [this, generation](const Result<QList<AchievementChoice>> &result) {
            if (generation != m_tenantGeneration)
                return;
            const QUuid chosen = m_achievement->currentData().toUuid();
            {
                const QSignalBlocker blocker(m_achievement);
                m_achievement->clear();
                if (result.ok()) {
                    m_achievements = result.value();
                    for (const AchievementChoice &choice : std::as_const(m_achievements))
                        m_achievement->addItem(choice.name, choice.id);
                    m_achievement->setCurrentIndex(std::max(0, m_achievement->findData(chosen)));
                    selectWantedAchievement();
                } else {
                    m_achievements.clear();
                    qCWarning(lcAwardsPane)
                        << "awardable achievements failed:" << result.error().detail();
                }
            }
            updateForm();
            if (--m_tenantLoads == 0)
                markSettled();
        });
}

void AwardsPane::markSettled()
{
    m_settled = true;
    Q_EMIT settled();
}

// --- recipients -------------------------------------------------------------------------

void AwardsPane::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || m_tenantId.isNull())
        return;
    m_searchCancel.cancel();
    m_searchCancel = CancelToken();
    const quint64 generation = ++m_searchGeneration;
    MemberQuery query;
    query.tenantId = m_tenantId;
    query.text = text;
    query.limit = kSearchLimit;
    m_backend->searchMembers(query, m_searchCancel)
        .then(this, [this, generation](const Result<QList<MemberHit>> &result) {
            if (generation != m_searchGeneration)
                return; // a newer query is on its way
            if (!result.ok()) {
                m_addFirstHit = false;
                if (result.error().kind() != BackendError::Kind::Cancelled)
                    showError(tr("Searching members failed."), result.error());
                return;
            }
            m_hits->setHits(result.value());
            m_searchStatus->setText(
                result.value().isEmpty()
                    ? tr("No active member matches.")
                    : tr("%Ln match(es)", nullptr, static_cast<int>(result.value().size())));
            if (m_hits->rowCount() > 0)
                m_searchView->selectRow(0);
            if (m_addFirstHit) {
                m_addFirstHit = false;
                if (m_hits->rowCount() > 0)
                    addSelectedHits();
            }
        });
}

void AwardsPane::addSelectedHits()
{
    QList<int> rows;
    const QModelIndexList selected = m_searchView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_hits->rowCount() > 0)
        rows.append(0);
    std::sort(rows.begin(), rows.end());
    QList<Recipient> recipients;
    for (int row : std::as_const(rows))
        recipients.append(m_hits->recipientAt(row));
    if (recipients.isEmpty())
        return;
    if (addRecipients(recipients)) {
        // Ready for the next name.
        const bool fromSearch = m_search->hasFocus();
        m_search->clear();
        if (fromSearch)
            m_search->setFocus(Qt::OtherFocusReason);
    }
}

bool AwardsPane::addRecipients(const QList<Recipient> &recipients)
{
    const RecipientListModel::AddResult result = m_recipients->add(recipients);
    if (result.refused) {
        //: %1 is the most recipients an award may have, %2 how many the list would hold
        showError(tr("An award can have at most %1 recipients; adding these would make %2. "
                     "Nothing was added.")
                      .arg(QLocale().toString(RecipientListModel::kMaxRecipients),
                           QLocale().toString(result.wouldBe)));
        return false;
    }
    if (recipients.size() > 1 || result.alreadyListed > 0) {
        QString text = tr("Added %Ln recipient(s).", nullptr, result.added);
        if (result.alreadyListed > 0)
            text += QLatin1Char(' ') +
                    tr("%Ln were on the list already.", nullptr, result.alreadyListed);
        showInfo(text);
    }
    if (m_recipients->hasOwnAmounts())
        m_recipientView->setColumnHidden(RecipientListModel::AmountColumn, false);
    return true;
}

void AwardsPane::removeSelectedRecipients()
{
    QList<int> rows;
    const QModelIndexList selected = m_recipientView->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    const int next = *std::min_element(rows.cbegin(), rows.cend());
    m_recipients->removeRowsAt(rows);
    if (m_recipients->rowCount() > 0)
        m_recipientView->selectRow(std::min(next, m_recipients->rowCount() - 1));
}

void AwardsPane::addAllActiveMembers()
{
    if (!mayAward())
        return;
    m_membersCancel.cancel();
    m_membersCancel = CancelToken();
    const quint64 generation = ++m_membersGeneration;
    m_progress->start(tr("Fetching every active member…"));
    updateForm();
    m_backend->activeMembers(m_tenantId, m_membersCancel)
        .then(this, [this, generation](const Result<QList<MemberHit>> &result) {
            if (generation != m_membersGeneration)
                return;
            m_progress->stop();
            if (!result.ok()) {
                if (result.error().kind() != BackendError::Kind::Cancelled)
                    showError(tr("The active members could not be fetched."), result.error());
                updateForm();
                return;
            }
            QList<Recipient> recipients;
            recipients.reserve(result.value().size());
            for (const MemberHit &hit : result.value()) {
                Recipient recipient;
                recipient.userId = hit.userId;
                recipient.displayName = hit.displayName;
                recipient.email = hit.email;
                recipient.coinBalance = hit.coinBalance;
                recipient.balanceKnown = true;
                recipients.append(recipient);
            }
            addRecipients(recipients);
            updateForm();
        });
}

void AwardsPane::chooseCsvFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import recipients"), QString(),
                                     tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

void AwardsPane::importCsvFile(const QString &path)
{
    openImportDialog(static_cast<int>(RecipientImportDialog::Source::Csv), path);
}

void AwardsPane::openPasteDialog()
{
    openImportDialog(static_cast<int>(RecipientImportDialog::Source::Paste), {});
}

void AwardsPane::openImportDialog(int source, const QString &path)
{
    if (!mayAward())
        return;
    if (m_importDialog)
        m_importDialog->close();
    auto *dialog = new RecipientImportDialog(static_cast<RecipientImportDialog::Source>(source),
                                             m_backend, m_tenantId, m_recipients->userIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid tenant = m_tenantId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, tenant] {
        if (tenant == m_tenantId)
            addRecipients(dialog->acceptedRecipients());
    });
    m_importDialog = dialog;
    dialog->open();
    if (!path.isEmpty())
        dialog->loadFile(path);
}

void AwardsPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (mayAward() && isImportableFile(event->mimeData()))
        event->acceptProposedAction();
}

void AwardsPane::dropEvent(QDropEvent *event)
{
    if (!mayAward() || !isImportableFile(event->mimeData()))
        return;
    event->acceptProposedAction();
    importCsvFile(event->mimeData()->urls().constFirst().toLocalFile());
}

bool AwardsPane::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search field moves into the matches.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_hits->rowCount() > 0) {
            m_searchView->setFocus(Qt::OtherFocusReason);
            if (!m_searchView->currentIndex().isValid())
                m_searchView->selectRow(0);
            return true;
        }
    }
    return Pane::eventFilter(watched, event);
}

// --- the award --------------------------------------------------------------------------

QString AwardsPane::searchHelp() const
{
    return tr("Type the start of a name or e-mail. Enter adds the first match; ↓ goes to the "
              "matches, where Enter adds the selected ones.");
}

QString AwardsPane::awardType() const
{
    return m_type->currentData().toString();
}

void AwardsPane::setAwardType(const QString &type)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
}

void AwardsPane::prepareAchievementAward(const QUuid &id, const QString &name)
{
    setAwardType(QStringLiteral("achievement"));
    m_wantedAchievement = id;
    m_wantedAchievementName = name;
    if (m_settled)
        selectWantedAchievement();
    m_search->setFocus();
}

void AwardsPane::selectWantedAchievement()
{
    if (m_wantedAchievement.isNull())
        return;
    const int index = m_achievement->findData(m_wantedAchievement);
    if (index >= 0) {
        m_achievement->setCurrentIndex(index);
    } else {
        //: %1 is an achievement's name
        showInfo(tr("“%1” cannot be awarded in this organisation: only active achievements of "
                    "the organisation and active global ones can. Activate it first, or pick "
                    "its organisation.")
                     .arg(m_wantedAchievementName));
    }
    m_wantedAchievement = QUuid();
    updateForm();
}

void AwardsPane::onMessageChanged()
{
    const QString text = m_message->toPlainText();
    if (text.contains(QChar(0))) {
        // NUL cannot be stored; drop it where it was pasted, keep the cursor.
        const int position = m_message->textCursor().position();
        const int before = static_cast<int>(text.left(position).count(QChar(0)));
        QString clean = text;
        clean.remove(QChar(0));
        const QSignalBlocker blocker(m_message);
        m_message->setPlainText(clean);
        QTextCursor cursor = m_message->textCursor();
        cursor.setPosition(std::min(position - before, static_cast<int>(clean.size())));
        m_message->setTextCursor(cursor);
    }
    const int length = messageLength();
    //: Message length counter: %1 characters typed, %2 the most allowed
    m_counter->setText(
        tr("%1 / %2").arg(QLocale().toString(length), QLocale().toString(kMaxMessageLength)));
    m_counter->setForegroundRole(length > kMaxMessageLength ? QPalette::Text
                                                            : QPalette::PlaceholderText);
    QFont font = m_counter->font();
    font.setBold(length > kMaxMessageLength);
    m_counter->setFont(font);
    updateForm();
}

QString AwardsPane::messageToSend() const
{
    QString text = m_message->toPlainText();
    text.remove(QChar(0));
    return text.trimmed();
}

int AwardsPane::messageLength() const
{
    // The database counts characters (code points), not UTF-16 units.
    return static_cast<int>(messageToSend().toUcs4().size());
}

QString AwardsPane::blockReason() const
{
    if (!mayAward())
        return m_notice->text();
    if (m_sender->isBusy())
        return tr("Sending…");
    if (!m_unfinished.isEmpty())
        return tr("Finish or discard the unfinished award above first.");
    if (m_recipients->rowCount() == 0)
        return tr("Add recipients to send an award.");
    if (awardType() == QLatin1String("achievement") && m_achievement->currentData().isNull())
        return m_achievements.isEmpty() ? tr("This organisation has no achievement to award.")
                                        : tr("Choose an achievement.");
    if (messageToSend().isEmpty())
        return tr("Write a message: it is required.");
    if (messageLength() > kMaxMessageLength)
        //: %1 is the message's length, %2 the most allowed
        return tr("The message is %1 characters long; at most %2 are allowed.")
            .arg(QLocale().toString(messageLength()), QLocale().toString(kMaxMessageLength));
    return {};
}

AwardPlan AwardsPane::currentPlan() const
{
    std::optional<qint64> threshold;
    if (m_settings)
        threshold = m_settings->threshold;
    return AwardPlan::make(m_recipients->recipients(), awardType(), m_amount->value(), threshold,
                           m_identity.systemAdmin, m_achievement->currentText());
}

void AwardsPane::updateForm()
{
    const bool achievement = awardType() == QLatin1String("achievement");
    m_achievementLabel->setVisible(achievement);
    m_achievement->setVisible(achievement);
    m_amountLabel->setVisible(!achievement);
    m_amount->setVisible(!achievement);
    m_recipientView->setColumnHidden(RecipientListModel::AmountColumn,
                                     achievement || !m_recipients->hasOwnAmounts());
    const int count = m_recipients->rowCount();
    //: %Ln is how many recipients are on the list; %1 the most allowed
    m_recipientsLabel->setText(tr("&Recipients: %Ln (at most %1)", nullptr, count)
                                   .arg(QLocale().toString(RecipientListModel::kMaxRecipients)));
    m_remove->setEnabled(m_recipientView->selectionModel()->hasSelection());
    m_clear->setEnabled(count > 0);
    const bool preparing = m_progress->isBusy();
    m_addAll->setEnabled(!preparing);
    m_cancelAction->setEnabled(preparing);
    updateSummary();
    const QString reason = blockReason();
    m_hint->setText(reason);
    m_send->setEnabled(reason.isEmpty());
    m_sendAction->setEnabled(reason.isEmpty());
    m_send->setText(m_sender->isBusy() ? tr("Sending…") : tr("&Send"));
}

void AwardsPane::updateSummary()
{
    if (!mayAward()) {
        m_summary->clear();
        return;
    }
    const AwardPlan plan = currentPlan();
    if (plan.isEmpty()) {
        m_summary->clear(); // the hint under it says what to do
        return;
    }
    QString text = plan.summaryText();
    if (plan.isAchievement() && m_recipients->hasOwnAmounts())
        text += QLatin1Char(' ') + tr("The amounts from the file do not apply to achievements.");
    m_summary->setText(text);
}

// --- sending ----------------------------------------------------------------------------

void AwardsPane::send()
{
    if (!canSend())
        return;
    const AwardPlan plan = currentPlan();
    const QString message = messageToSend();
    const QString endpoint = m_backend->endpointKey();
    const QUuid achievementId =
        plan.isAchievement() ? m_achievement->currentData().toUuid() : QUuid();
    QList<JournalEntry> entries;
    for (const AwardGroup &group : plan.groups) {
        JournalEntry entry;
        entry.key = AwardJournal::newKey();
        entry.endpoint = endpoint;
        entry.tenantId = m_tenantId;
        entry.awardType = plan.awardType;
        entry.amount = group.amount;
        entry.achievementId = achievementId;
        entry.achievementName = plan.isAchievement() ? m_achievement->currentText() : QString();
        entry.message = message;
        entry.recipients = group.recipients;
        entries.append(entry);
    }
    // Durably on disk before anything is sent: a crash from here on leaves an open entry.
    if (!m_journal.add(entries)) {
        showError(tr("Nothing was sent: %1").arg(m_journal.errorString()));
        return;
    }
    m_messages->clear();
    m_lastResults.clear();
    showResults();
    m_sendingFromForm = true;
    m_sendTenant = m_tenantId;
    m_sentMessage = m_message->toPlainText();
    qCInfo(lcAwardsPane) << "sending" << entries.size() << "award(s) to" << plan.recipientCount
                         << "recipient(s)";
    m_sender->send(entries);
    updateForm();
}

void AwardsPane::finishUnfinished()
{
    if (m_unfinished.isEmpty() || m_sender->isBusy())
        return;
    const QList<JournalEntry> entries = m_unfinished;
    m_sendingFromForm = m_unfinishedFromForm;
    m_unfinished.clear();
    m_messages->clear();
    m_lastResults.clear();
    showResults();
    showUnfinished();
    qCInfo(lcAwardsPane) << "finishing" << entries.size() << "unfinished award(s)";
    m_sender->send(entries);
    updateForm();
}

void AwardsPane::discardUnfinished()
{
    if (m_unfinished.isEmpty() || m_sender->isBusy())
        return;
    for (const JournalEntry &entry : std::as_const(m_unfinished)) {
        if (!m_journal.close(entry.key, QStringLiteral("discarded")))
            qCWarning(lcAwardsPane) << "could not close" << entry.key << m_journal.errorString();
    }
    qCInfo(lcAwardsPane) << "discarded" << m_unfinished.size() << "unfinished award(s)";
    m_unfinished.clear();
    m_unfinishedFromForm = false;
    showUnfinished();
    showInfo(tr("Discarded. If it had reached the server it was paid: the award history shows "
                "it."));
    updateForm();
}

void AwardsPane::onSendFinished(const QList<SendResult> &results)
{
    QSet<QUuid> done;
    QList<JournalEntry> interrupted;
    std::optional<SendResult> failure;
    int notSent = 0;
    m_lastResults.clear();
    for (const SendResult &result : results) {
        switch (result.kind) {
        case SendResult::Kind::Paid:
        case SendResult::Kind::Filed:
            m_lastResults.append(result);
            for (const QUuid &id : result.entry.recipients)
                done.insert(id);
            break;
        case SendResult::Kind::Failed:
            failure = result;
            break;
        case SendResult::Kind::Interrupted:
            interrupted.append(result.entry);
            break;
        case SendResult::Kind::NotSent:
            ++notSent;
            break;
        }
    }

    // Recipients who got their award leave the form, so it cannot be sent to them again.
    if (m_sendingFromForm && !done.isEmpty()) {
        if (m_sendTenant == m_tenantId) {
            m_recipients->removeUsers(done);
        } else if (m_savedRecipients.contains(m_sendTenant)) {
            QList<Recipient> &saved = m_savedRecipients[m_sendTenant];
            saved.removeIf([&](const Recipient &r) { return done.contains(r.userId); });
        }
        const bool allDone = !failure && interrupted.isEmpty() && notSent == 0;
        if (allDone && m_message->toPlainText() == m_sentMessage)
            m_message->clear();
    }
    showResults();

    if (failure) {
        QString text = tr("The award was not sent: %1").arg(failure->error.userMessage());
        if (notSent > 0)
            text += QLatin1Char(' ') +
                    tr("%Ln further award(s) of this send were not sent either.", nullptr, notSent);
        if (!done.isEmpty())
            text += QLatin1Char(' ') + tr("The recipients of the awards that went through were "
                                          "removed from the list.");
        m_messages->showMessage(MessageBar::Tone::Error, text, failure->error.detail());
    }
    if (!interrupted.isEmpty()) {
        m_unfinished = interrupted;
        m_unfinishedFromForm = m_sendingFromForm;
        showUnfinished();
    }
    m_sendingFromForm = false;
    updateForm();
    Q_EMIT sendFinished();
}

void AwardsPane::showResults()
{
    QStringList lines;
    for (const SendResult &result : std::as_const(m_lastResults))
        lines.append(AwardOutcomeText::resultLine(result));
    lines.removeAll(QString());
    m_result->setText(lines.join(QStringLiteral("<br>")));
    m_result->setVisible(!lines.isEmpty());
}

void AwardsPane::showUnfinished()
{
    m_banner->setVisible(!m_unfinished.isEmpty());
    if (m_unfinished.isEmpty()) {
        m_bannerText->clear();
        return;
    }
    m_bannerText->setText(AwardOutcomeText::unfinishedText(m_unfinished, m_unfinishedFromForm));
    m_finish->setText(m_unfinishedFromForm ? tr("&Send again") : tr("&Check and finish"));
}

void AwardsPane::onLink(const QString &href)
{
    const QLatin1String award(AwardOutcomeText::kAwardScheme);
    const QLatin1String request(AwardOutcomeText::kRequestScheme);
    if (href.startsWith(award))
        Q_EMIT showAwardRequested(QUuid::fromString(href.mid(award.size())));
    else if (href.startsWith(request))
        Q_EMIT showRequestRequested(QUuid::fromString(href.mid(request.size())));
}

void AwardsPane::showError(const QString &text, const BackendError &error)
{
    const QString full = error.isError() ? text + QLatin1Char(' ') + error.userMessage() : text;
    m_messages->showMessage(MessageBar::Tone::Error, full, error.detail());
}

void AwardsPane::showInfo(const QString &text)
{
    m_messages->showMessage(MessageBar::Tone::Information, text);
}

// --- read access ------------------------------------------------------------------------

RecipientImportDialog *AwardsPane::importDialog() const
{
    return m_importDialog.data();
}

QString AwardsPane::summaryText() const
{
    return m_summary->text();
}

QString AwardsPane::hintText() const
{
    return m_hint->text();
}

QString AwardsPane::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

QString AwardsPane::errorText() const
{
    return m_messages->text();
}

QString AwardsPane::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

QString AwardsPane::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString AwardsPane::counterText() const
{
    return m_counter->text();
}

QString AwardsPane::searchStatusText() const
{
    return m_searchStatus->text();
}

} // namespace dicedesk
