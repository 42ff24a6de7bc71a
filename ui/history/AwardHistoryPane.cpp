#include "AwardHistoryPane.h"

#include "AwardRecipientsView.h"
#include "HistoryPaneLogging.h"
#include "ListPaneParts.h"
#include "PeriodFilter.h"
#include "backend/Backend.h"
#include "history/AwardHistoryModel.h"
#include "history/AwardRecipientsModel.h"
#include "history/ReversalRunner.h"
#include "lists/DetailPanel.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"
#include "widgets/ReasonDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <algorithm>

namespace dicedesk {

namespace {

const QString kCoins = QStringLiteral("coins");

/// The number of recipients a DD402 message names ("2 recipient(s) have already spent…").
int spentCount(const BackendError &error)
{
    static const QRegularExpression count(QStringLiteral("(\\d+) recipient"));
    const QRegularExpressionMatch match = count.match(error.detail());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

} // namespace

AwardHistoryPane::AwardHistoryPane(Backend *backend, const Identity &identity, QWidget *parent)
    : KeysetListPane(backend, new AwardHistoryModel(backend), QStringLiteral("history"), parent)
    , m_identity(identity)
    , m_history(static_cast<AwardHistoryModel *>(listModel()))
    , m_recipients(new AwardRecipientsModel(this))
    , m_runner(new ReversalRunner(backend, this))
    , m_onlyMine(new QCheckBox(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_period(new PeriodFilter(this))
    , m_awardChip(new QToolButton(this))
    , m_reverseAwardAction(new QAction(this))
    , m_reverseEntryAction(new QAction(this))
    , m_recipientsView(nullptr)
{
    setObjectName(QStringLiteral("awardHistoryPane"));

    // Filters: only mine, type, period (the base's user filter is the admin).
    m_onlyMine->setObjectName(QStringLiteral("onlyMine"));
    m_onlyMine->setEnabled(!m_identity.userId.isNull());
    connect(m_onlyMine, &QCheckBox::toggled, this, &AwardHistoryPane::setOnlyMine);
    m_type->setObjectName(QStringLiteral("awardTypeFilter"));
    for (const QString &type :
         {QString(), kCoins, QStringLiteral("xp"), QStringLiteral("achievement")})
        m_type->addItem(QString(), type);
    m_typeLabel->setBuddy(m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AwardHistoryPane::filtersChanged);
    connect(m_period, &PeriodFilter::changed, this, &AwardHistoryPane::filtersChanged);
    m_awardChip->setObjectName(QStringLiteral("awardFilterChip"));
    m_awardChip->setAutoRaise(true);
    m_awardChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_awardChip->hide();
    connect(m_awardChip, &QToolButton::clicked, this, &AwardHistoryPane::clearAwardFilter);
    filterBar()->insertWidget(2, m_onlyMine);
    filterBar()->insertWidget(3, m_typeLabel);
    filterBar()->insertWidget(4, m_type);
    filterBar()->insertWidget(5, m_period);
    filterBar()->insertWidget(6, m_awardChip);
    hideJumpToDate(this, filterBar());

    // Reversal actions, for the whole pane.
    m_reverseAwardAction->setObjectName(QStringLiteral("reverseAward"));
    m_reverseAwardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reverseAwardAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reverseAwardAction, &QAction::triggered, this,
            &AwardHistoryPane::reverseSelectedAward);
    m_reverseEntryAction->setObjectName(QStringLiteral("reverseEntry"));
    m_reverseEntryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_reverseEntryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reverseEntryAction, &QAction::triggered, this,
            &AwardHistoryPane::reverseSelectedEntry);
    addActions({m_reverseAwardAction, m_reverseEntryAction});
    tableView()->addAction(m_reverseAwardAction);

    // The list on top; below it the award's fields and its recipients side by side.
    m_recipientsView =
        new AwardRecipientsView(m_recipients, m_reverseAwardAction, m_reverseEntryAction);
    if (auto *splitter = qobject_cast<QSplitter *>(detailPanel()->parentWidget())) {
        auto *lower = new QSplitter(Qt::Horizontal);
        lower->setObjectName(QStringLiteral("awardDetailSplitter"));
        lower->setChildrenCollapsible(false);
        splitter->replaceWidget(1, lower);
        // The award's fields can be longer than the lower half is high.
        auto *fields = new QScrollArea;
        fields->setObjectName(QStringLiteral("awardFields"));
        fields->setWidgetResizable(true);
        fields->setFrameShape(QFrame::NoFrame);
        fields->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        fields->setWidget(detailPanel());
        fields->setMinimumWidth(detailPanel()->minimumWidth() +
                                fields->verticalScrollBar()->sizeHint().width());
        lower->addWidget(fields);
        lower->addWidget(m_recipientsView);
        lower->setStretchFactor(0, 2);
        lower->setStretchFactor(1, 3);
        lower->setSizes({400, 800});
        splitter->setOrientation(Qt::Vertical);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
    }
    QTableView *recipients = m_recipientsView->table();
    connect(recipients->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AwardHistoryPane::recipientChanged);
    connect(recipients, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(AwardRecipientsModel::ReversedRole).toBool())
            showReversalEntry();
    });
    connect(m_recipientsView, &AwardRecipientsView::reversalLinkActivated, this,
            &AwardHistoryPane::showReversalEntry);
    connect(m_recipientsView->messageBar(), &MessageBar::retryRequested, this,
            &AwardHistoryPane::retryReversal);

    connect(m_runner, &ReversalRunner::runningChanged, this, [this](bool running) {
        m_recipientsView->setBusy(running, tr("Reversing…"));
        updateReverseActions();
    });
    connect(m_runner, &ReversalRunner::succeeded, this, &AwardHistoryPane::onReversalSucceeded);
    connect(m_runner, &ReversalRunner::failed, this, &AwardHistoryPane::onReversalFailed);
    connect(m_history, &KeysetListModel::countsChanged, this,
            &AwardHistoryPane::selectPendingAward);

    // Room for the time and the message before the saved layout (if any) is restored.
    QHeaderView *header = tableView()->horizontalHeader();
    const QFontMetrics metrics = tableView()->fontMetrics();
    header->resizeSection(
        AwardHistoryModel::TimeColumn,
        metrics.horizontalAdvance(KeysetListModel::formatTime(QDateTime::currentDateTimeUtc())) +
            24);
    header->resizeSection(AwardHistoryModel::MessageColumn, metrics.averageCharWidth() * 32);
    completeSetup();
    updateReverseActions();
}

AwardHistoryPane::~AwardHistoryPane()
{
    m_recipientsCancel.cancel();
}

QString AwardHistoryPane::title() const
{
    return tr("Award history");
}

QIcon AwardHistoryPane::icon() const
{
    return themedIcon(QStringLiteral(":/icons/history.svg"));
}

void AwardHistoryPane::retranslateUi()
{
    relabelUserFilter(
        this, tr("&Admin:"), tr("All admins — type a name"),
        tr("Show only awards sent by one admin (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    //: Check box: show only the awards the signed-in admin sent
    m_onlyMine->setText(tr("Only &mine"));
    m_onlyMine->setToolTip(tr("Show only the awards you sent"));
    //: Label of the award type filter (coins, XP, achievement)
    m_typeLabel->setText(tr("&Type:"));
    m_type->setItemText(0, tr("All types"));
    m_type->setItemText(1, AwardHistoryModel::typeLabel(kCoins));
    m_type->setItemText(2, AwardHistoryModel::typeLabel(QStringLiteral("xp")));
    m_type->setItemText(3, AwardHistoryModel::typeLabel(QStringLiteral("achievement")));
    m_type->setAccessibleName(tr("Award type filter"));
    //: The list shows one award only; clicking shows all again
    m_awardChip->setText(tr("One award only ✕"));
    m_awardChip->setToolTip(tr("Show all awards again"));
    m_awardChip->setAccessibleName(tr("Show all awards again"));
    m_reverseAwardAction->setText(tr("Re&verse award…"));
    m_reverseEntryAction->setText(tr("Reverse this &entry…"));
    m_recipients->retranslate();
    updateReverseActions();
    if (m_reversalError)
        m_recipientsView->messageBar()->showMessage(
            MessageBar::Tone::Error, failureText(*m_reversalError), m_reversalError->detail());
}

// --- filters ------------------------------------------------------------------------------

void AwardHistoryPane::showAward(const QUuid &id)
{
    if (id.isNull()) {
        clearAwardFilter();
        return;
    }
    m_awardId = id;
    m_selectAward = id;
    m_awardChip->show();
    refresh();
}

void AwardHistoryPane::clearAwardFilter()
{
    if (m_awardId.isNull())
        return;
    m_awardId = {};
    m_awardChip->hide();
    refresh();
}

void AwardHistoryPane::setTypeFilter(const QString &awardType)
{
    const int index = m_type->findData(awardType);
    m_type->setCurrentIndex(index < 0 ? 0 : index); // refreshes when it changes
}

QString AwardHistoryPane::typeFilter() const
{
    return m_type->currentData().toString();
}

void AwardHistoryPane::setOnlyMine(bool onlyMine)
{
    if (m_onlyMine->isChecked() != onlyMine) {
        m_onlyMine->setChecked(onlyMine); // comes back here through toggled()
        return;
    }
    m_awardId = {};
    m_awardChip->hide();
    if (onlyMine)
        showUser(m_identity.userId, m_identity.displayName);
    else if (userFilter() == m_identity.userId)
        showUser({}, {});
}

bool AwardHistoryPane::onlyMine() const
{
    return m_onlyMine->isChecked();
}

void AwardHistoryPane::filtersChanged()
{
    // A filter changed by hand widens the search again.
    m_awardId = {};
    m_awardChip->hide();
    refresh();
}

void AwardHistoryPane::applyFilter()
{
    AwardFilter filter;
    filter.scope = scope();
    filter.awardId = m_awardId;
    if (m_awardId.isNull()) {
        filter.from = m_period->from();
        filter.until = m_period->until();
        const QDateTime before = KeysetListPane::before();
        if (before.isValid() && (!filter.until.isValid() || before < filter.until))
            filter.until = before;
        filter.actorUserId = userFilter();
        filter.awardType = typeFilter();
    }
    {
        // The user filter may have been set elsewhere (Ctrl+U, the palette).
        const QSignalBlocker block(m_onlyMine);
        m_onlyMine->setChecked(!m_identity.userId.isNull() && userFilter() == m_identity.userId);
    }
    qCDebug(lcHistoryPane) << "awards of" << filter.scope.tenantIds.size() << "tenant(s), type"
                           << filter.awardType << "actor" << filter.actorUserId;
    m_recipientsCancel.cancel();
    ++m_recipientsRequest;
    m_shownAward.reset();
    m_recipientsAwardId = {};
    m_recipients->clear();
    m_recipientsView->setStatus({});
    m_history->setFilter(filter);
    updateReverseActions();
}

void AwardHistoryPane::selectPendingAward()
{
    if (m_selectAward.isNull())
        return;
    const int row = m_history->cachedRowOf(m_selectAward);
    if (row >= 0) {
        m_selectAward = {};
        selectRow(row);
        tableView()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_history->isAtEnd() && !m_history->isLoading()) {
        m_selectAward = {};
        showInformation(tr("That award is not in the list: it may belong to a tenant outside "
                           "the current scope, or you may not see its tenant."));
    }
}

// --- detail and recipients ----------------------------------------------------------------

void AwardHistoryPane::showDetail(int row)
{
    const std::optional<AwardSummary> award = row >= 0 ? m_history->award(row) : std::nullopt;
    if (!award) {
        detailPanel()->showPlaceholder(row >= 0 ? tr("Loading…")
                                                : tr("Select an award to see its recipients."));
        if (row < 0) {
            m_recipientsCancel.cancel();
            ++m_recipientsRequest;
            m_shownAward.reset();
            m_recipientsAwardId = {};
            m_recipients->clear();
            m_recipientsView->setStatus({});
            m_recipientsView->setReversalLink({});
        }
        updateReverseActions();
        return;
    }
    const QLocale locale;
    const bool achievement = award->awardType == QLatin1String("achievement");
    const QString reversed =
        AwardHistoryModel::reversalText(award->reversedCount, award->recipientCount);
    QList<DetailPanel::Field> fields{
        {tr("Time"), KeysetListModel::formatTime(award->createdAt)},
        //: The same moment in UTC, as stored
        {tr("UTC"), award->createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {tr("Tenant"), award->tenantName},
        //: The admin who sent the award
        {tr("Admin"), award->actorName},
        {tr("Type"), AwardHistoryModel::typeLabel(award->awardType)},
        {tr("Amount"), AwardHistoryModel::amountText(*award)},
        {tr("Recipients"), locale.toString(award->recipientCount)},
    };
    if (!achievement)
        fields.append({tr("Total"), locale.toString(award->total)});
    fields.append({tr("Message"), award->message});
    //: Whether the award's entries were taken back
    fields.append({tr("Reversed"), reversed.isEmpty() ? tr("no") : reversed});
    if (!award->requestId.isNull())
        //: The award was paid when a system admin approved this request
        fields.append({tr("Request"), award->requestId.toString(QUuid::WithoutBraces)});
    fields.append({tr("Key"), award->idempotencyKey});
    fields.append({tr("Id"), award->id.toString(QUuid::WithoutBraces)});
    //: Detail title of an award: %1 what each got, %n recipients
    detailPanel()->showFields(tr("%1 × %n recipient(s)", nullptr, award->recipientCount)
                                  .arg(AwardHistoryModel::amountText(*award)),
                              fields);
    const bool sameAward = m_shownAward && m_shownAward->id == award->id;
    m_shownAward = award;
    if (!sameAward)
        loadRecipients(*award);
    updateReverseActions();
}

void AwardHistoryPane::loadRecipients(const AwardSummary &award)
{
    m_recipientsCancel.cancel();
    m_recipientsCancel = CancelToken();
    const quint64 request = ++m_recipientsRequest;
    if (m_recipientsAwardId != award.id) {
        m_recipientsAwardId = {};
        m_recipients->clear();
        m_recipientsView->setReversalLink({});
    }
    m_recipientsView->setStatus(tr("Loading recipients…"));
    backend()
        ->awardRecipients(award.id, m_recipientsCancel)
        .then(this, [this, request, award](const Result<QList<AwardRecipient>> &result) {
            if (request != m_recipientsRequest)
                return; // another award was selected meanwhile
            if (!result.ok()) {
                if (result.error().kind() == BackendError::Kind::Cancelled)
                    return; // another award was selected; its answer counts
                m_recipientsView->setStatus(result.error().userMessage());
                qCWarning(lcHistoryPane)
                    << "recipients of" << award.id << "failed:" << result.error().detail();
                updateReverseActions();
                return;
            }
            const QUuid selectedUser = m_recipientsView->table()
                                           ->currentIndex()
                                           .data(AwardRecipientsModel::UserIdRole)
                                           .toUuid();
            AwardSummary shown =
                m_shownAward && m_shownAward->id == award.id ? *m_shownAward : award;
            m_recipients->setRecipients(shown, result.value());
            m_recipientsAwardId = award.id;
            m_recipientsView->setStatus(
                result.value().isEmpty() ? tr("This award has no recipients.") : QString());
            const int row = m_recipients->rowOf(selectedUser);
            if (row >= 0)
                m_recipientsView->table()->setCurrentIndex(m_recipients->index(row, 0));
            recipientChanged();
            // The list may have loaded before a reversal: the recipients know better.
            const int reversed = m_recipients->reversedCount();
            if (m_shownAward && m_shownAward->id == award.id &&
                reversed > m_shownAward->reversedCount) {
                m_shownAward->reversedCount = reversed;
                m_history->noteReversed(award.id, reversed);
            }
            updateReverseActions();
            Q_EMIT recipientsShown(award.id);
        });
}

std::optional<AwardRecipient> AwardHistoryPane::selectedRecipient() const
{
    if (m_recipientsAwardId.isNull())
        return std::nullopt;
    const QModelIndex current = m_recipientsView->table()->currentIndex();
    return current.isValid() ? m_recipients->recipient(current.row()) : std::nullopt;
}

void AwardHistoryPane::recipientChanged()
{
    const std::optional<AwardRecipient> recipient = selectedRecipient();
    if (recipient && !recipient->reversalTransactionId.isNull())
        //: %1 is the short id of the ledger entry that reversed the recipient's award
        m_recipientsView->setReversalLink(tr("Reversed by entry %1 — show it in the coin ledger")
                                              .arg(shortId(recipient->reversalTransactionId)));
    else
        m_recipientsView->setReversalLink({});
    updateReverseActions();
}

void AwardHistoryPane::showReversalEntry()
{
    const std::optional<AwardRecipient> recipient = selectedRecipient();
    if (!recipient || recipient->reversalTransactionId.isNull())
        return;
    if (isSignalConnected(QMetaMethod::fromSignal(&AwardHistoryPane::ledgerEntryRequested))) {
        Q_EMIT ledgerEntryRequested(recipient->reversalTransactionId, recipient->userId,
                                    recipient->displayName);
        return;
    }
    QGuiApplication::clipboard()->setText(
        recipient->reversalTransactionId.toString(QUuid::WithoutBraces));
    m_reversalError.reset();
    m_recipientsView->messageBar()->showMessage(
        MessageBar::Tone::Information,
        tr("The reversal entry's id was copied; find it in the coin ledger."));
}

// --- reversal -----------------------------------------------------------------------------

bool AwardHistoryPane::mayReverse(const QUuid &tenantId) const
{
    return m_identity.systemAdmin || m_identity.adminOf.contains(tenantId);
}

QString AwardHistoryPane::reversalBlocker() const
{
    if (!m_shownAward)
        return tr("Select an award first.");
    if (m_runner->isRunning())
        return tr("A reversal is in progress.");
    if (m_shownAward->awardType != kCoins)
        return tr("Only coin awards can be reversed: XP and achievements cannot be taken back "
                  "here.");
    if (!mayReverse(m_shownAward->tenantId))
        return tr("Only an admin of this award's tenant or a system admin can reverse it.");
    return {};
}

QString AwardHistoryPane::whyNotReverseAward() const
{
    if (const QString blocker = reversalBlocker(); !blocker.isEmpty())
        return blocker;
    const int reversed =
        std::max(m_shownAward->reversedCount,
                 m_recipientsAwardId == m_shownAward->id ? m_recipients->reversedCount() : 0);
    if (reversed >= m_shownAward->recipientCount)
        return tr("Every entry of this award has been reversed already.");
    return {};
}

QString AwardHistoryPane::whyNotReverseEntry() const
{
    if (const QString blocker = reversalBlocker(); !blocker.isEmpty())
        return blocker;
    const std::optional<AwardRecipient> recipient = selectedRecipient();
    if (!recipient)
        return tr("Select a recipient in the list first.");
    if (!recipient->reversalTransactionId.isNull())
        return tr("This entry has been reversed already.");
    if (recipient->coinTransactionId.isNull())
        return tr("This recipient has no coin entry to reverse.");
    return {};
}

void AwardHistoryPane::updateReverseActions()
{
    const QString notAward = whyNotReverseAward();
    const QString notEntry = whyNotReverseEntry();
    const QString awardKey = m_reverseAwardAction->shortcut().toString(QKeySequence::NativeText);
    const QString entryKey = m_reverseEntryAction->shortcut().toString(QKeySequence::NativeText);
    m_reverseAwardAction->setEnabled(notAward.isEmpty());
    m_reverseAwardAction->setToolTip(
        notAward.isEmpty()
            //: %1 is the key that does it
            ? tr("Take the coins back from every recipient of this award (%1)").arg(awardKey)
            : notAward);
    m_reverseEntryAction->setEnabled(notEntry.isEmpty());
    m_reverseEntryAction->setToolTip(
        notEntry.isEmpty()
            //: %1 is the key that does it
            ? tr("Take the coins back from the selected recipient only (%1)").arg(entryKey)
            : notEntry);
}

void AwardHistoryPane::reverseSelectedAward()
{
    if (!whyNotReverseAward().isEmpty())
        return;
    askReason(ReversalTarget{*m_shownAward, std::nullopt});
}

void AwardHistoryPane::reverseSelectedEntry()
{
    if (!whyNotReverseEntry().isEmpty())
        return;
    askReason(ReversalTarget{*m_shownAward, selectedRecipient()});
}

void AwardHistoryPane::askReason(const ReversalTarget &target)
{
    if (m_reasonDialog)
        return;
    const QLocale locale;
    const AwardSummary &award = target.award;
    QString summary;
    QString title;
    if (target.recipient) {
        //: Title of the dialog that reverses one recipient's entry of an award
        title = tr("Reverse this entry");
        //: %1 amount of coins, %2 the recipient's name, %3 e-mail, %4 the admin who sent
        //: the award, %5 when
        summary = tr("Take %1 coins back from %2 (%3), given by %4 on %5. The reversal is a new "
                     "entry in the coin ledger, linked to the award, and is written to the audit "
                     "log.")
                      .arg(locale.toString(award.amount), target.recipient->displayName,
                           target.recipient->email, award.actorName,
                           KeysetListModel::formatTime(award.createdAt));
    } else {
        const int reversed = std::max(award.reversedCount, m_recipients->reversedCount());
        const int remaining = award.recipientCount - reversed;
        title = tr("Reverse award");
        //: %n recipients whose entry is taken back, %1 coins each, %2 the admin who sent the
        //: award, %3 when, %4 the coins taken back in all
        summary = tr("Take %1 coins back from each of %n recipient(s) of the award %2 sent on "
                     "%3: %4 coins in all. Each reversal is a new entry in the coin ledger, "
                     "linked to the award; the reversal is written to the audit log.",
                     nullptr, remaining)
                      .arg(locale.toString(award.amount), award.actorName,
                           KeysetListModel::formatTime(award.createdAt),
                           locale.toString(award.amount * remaining));
        if (reversed > 0)
            summary += QLatin1Char(' ') +
                       tr("%n entry(ies) reversed before stay as they are.", nullptr, reversed);
    }
    auto *dialog = new ReasonDialog(title, summary, tr("Reverse"), this);
    dialog->setObjectName(QStringLiteral("reversalReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool sameTarget =
        m_lastTarget && m_lastTarget->award.id == award.id &&
        m_lastTarget->recipient.has_value() == target.recipient.has_value() &&
        (!target.recipient || m_lastTarget->recipient->userId == target.recipient->userId);
    if (sameTarget)
        dialog->setReason(m_lastReason); // nothing typed is lost after a failure
    m_reasonDialog = dialog;
    // Closed is gone, even before the deferred delete.
    connect(dialog, &QDialog::finished, this, [this] { m_reasonDialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] {
        m_lastTarget = target;
        m_lastReason = dialog->reason();
        m_reversalError.reset();
        m_recipientsView->messageBar()->clear();
        const QUuid entry = target.recipient ? target.recipient->coinTransactionId : QUuid();
        if (!m_runner->start(target.award.id, entry, dialog->reason()))
            qCWarning(lcHistoryPane) << "a reversal is already running";
    });
    dialog->open();
}

void AwardHistoryPane::retryReversal()
{
    m_recipientsView->messageBar()->clear();
    m_reversalError.reset();
    if (m_runner->retry())
        return;
    // A definite failure: nothing was done. Offer the dialog again with the reason kept.
    if (m_lastTarget && m_shownAward && m_shownAward->id == m_lastTarget->award.id)
        askReason(*m_lastTarget);
}

void AwardHistoryPane::onReversalSucceeded(const ReversalDraft &draft,
                                           const ReversalOutcome &outcome)
{
    // The list row follows at once, even when another award is selected by now.
    if (m_lastTarget && m_lastTarget->award.id == draft.awardId) {
        const AwardSummary &award = m_lastTarget->award;
        m_history->noteReversed(award.id, draft.coinTransactionId.isNull()
                                              ? award.recipientCount
                                              : award.reversedCount + outcome.reversedCount);
    }
    m_lastTarget.reset();
    m_lastReason.clear();
    m_reversalError.reset();
    QString text;
    if (outcome.reversedCount > 0)
        text = tr("Reversed %n entry(ies): the coins were taken back. The reversals are in the "
                  "coin ledger, linked to this award, and in the audit log.",
                  nullptr, outcome.reversedCount);
    else
        text = tr("Nothing was left to reverse.");
    if (outcome.alreadyReversedCount > 0)
        text += QLatin1Char(' ') + tr("%n entry(ies) had been reversed before and were left as "
                                      "they were.",
                                      nullptr, outcome.alreadyReversedCount);
    m_recipientsView->messageBar()->showMessage(MessageBar::Tone::Information, text);
    // Load the recipients again: each reversed one shows its reversal, and the list row
    // follows through noteReversed().
    if (m_shownAward && m_shownAward->id == draft.awardId)
        loadRecipients(*m_shownAward);
}

QString AwardHistoryPane::failureText(const BackendError &error) const
{
    if (error.sqlState() == QLatin1String("DD402")) {
        const bool whole = m_lastTarget && !m_lastTarget->recipient;
        if (whole) {
            const int spent = spentCount(error);
            if (spent > 0)
                return tr("%n recipient(s) have already spent some of these coins, so the award "
                          "cannot be taken back as a whole and nothing was changed. Reverse the "
                          "other recipients' entries one by one: select a recipient, then "
                          "“Reverse this entry…”.",
                          nullptr, spent);
            return tr("Some recipients have already spent these coins, so the award cannot be "
                      "taken back as a whole and nothing was changed. Reverse the other "
                      "recipients' entries one by one: select a recipient, then “Reverse this "
                      "entry…”.");
        }
        const QString name = m_lastTarget && m_lastTarget->recipient
                                 ? m_lastTarget->recipient->displayName
                                 : tr("The recipient");
        //: %1 is the recipient's name
        return tr("%1 has already spent some of these coins: taking them back would leave the "
                  "wallet below zero, so nothing was changed. The entry can be reversed once "
                  "the wallet holds enough coins again.")
            .arg(name);
    }
    if (error.sqlState() == QLatin1String("DD423"))
        return tr("This entry had already been reversed, perhaps by another admin. Nothing "
                  "was changed.");
    if (ReversalRunner::outcomeUnknown(error))
        //: %1 is why the call failed (e.g. the connection was lost)
        return tr("%1 It is not known whether the reversal went through. Press Retry: it is "
                  "sent again with the same key, so nothing is reversed twice.")
            .arg(error.userMessage());
    return error.userMessage();
}

void AwardHistoryPane::onReversalFailed(const ReversalDraft &draft, const BackendError &error)
{
    m_reversalError = error;
    m_recipientsView->messageBar()->showMessage(MessageBar::Tone::Error, failureText(error),
                                                error.detail());
    // Someone else may have reversed meanwhile: show the recipients as they are now.
    if (error.sqlState() == QLatin1String("DD423") && m_shownAward &&
        m_shownAward->id == draft.awardId)
        loadRecipients(*m_shownAward);
}

QString AwardHistoryPane::reversalMessage() const
{
    return m_recipientsView->messageBar()->text();
}

// --- status -------------------------------------------------------------------------------

QString AwardHistoryPane::statusFor(qint64 total, int shown, bool exact) const
{
    const QLocale locale;
    if (exact)
        //: All awards are in the list; %1 is how many (no plural forms needed)
        return tr("Awards: %1 · all shown").arg(locale.toString(shown));
    //: %1 is the estimated number of awards, %2 how many the list holds so far
    return tr("≈ %1 awards · %2 shown").arg(locale.toString(total), locale.toString(shown));
}

QString AwardHistoryPane::loadingText() const
{
    return tr("Loading awards…");
}

QString AwardHistoryPane::showUserText() const
{
    return tr("Show this admin's &awards");
}

} // namespace dicedesk
