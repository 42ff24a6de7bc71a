#pragma once

#include "backend/CancelToken.h"
#include "domain/AwardHistory.h"
#include "domain/Identity.h"
#include "lists/KeysetListPane.h"
#include "widgets/ReasonDialog.h"

#include <QPointer>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace dicedesk {

class AwardHistoryModel;
class AwardRecipientsModel;
class AwardRecipientsView;
class PeriodFilter;
class ReversalRunner;

/// Manual awards, newest first, filtered by period, admin ("only mine"), type and the tenant
/// scope. The selected award's fields show on the lower left and its recipients, with their
/// balance after the award, now, and any reversal, on the lower right.
///
/// Undo by reversal: "Reverse award…" (Ctrl+Shift+R) takes a coin award back from every
/// recipient, "Reverse this entry…" (Ctrl+Shift+E) from the selected one; both ask for a
/// reason. Each action gets its idempotency key once; after a dropped connection Retry
/// sends it again with the same key, so nothing is reversed twice.
///
/// Keys (besides KeysetListPane's F5, Ctrl+F, Esc, Ctrl+C, Ctrl+U): Ctrl+Shift+R, Ctrl+Shift+E;
/// Enter on a reversed recipient shows its reversal entry.
class AwardHistoryPane : public KeysetListPane
{
    Q_OBJECT

public:
    AwardHistoryPane(Backend *backend, const Identity &identity, QWidget *parent = nullptr);
    ~AwardHistoryPane() override;

    QString paneId() const override { return QStringLiteral("history"); }
    QString title() const override;
    QIcon icon() const override;

    /// Shows only this award and selects it (the awards pane's "already applied" link, the
    /// command palette). Other filters are set aside until the award filter is cleared.
    void showAward(const QUuid &id);
    /// The award the list is narrowed to, or null.
    QUuid awardFilter() const { return m_awardId; }
    /// Shows every award again (clears showAward()).
    void clearAwardFilter();

    /// Filters by type: "coins", "xp", "achievement"; empty: all.
    void setTypeFilter(const QString &awardType);
    QString typeFilter() const;
    /// Shows only awards sent by the signed-in admin.
    void setOnlyMine(bool onlyMine);
    bool onlyMine() const;

    AwardHistoryModel *historyModel() const { return m_history; }
    AwardRecipientsModel *recipientsModel() const { return m_recipients; }
    AwardRecipientsView *recipientsView() const { return m_recipientsView; }
    PeriodFilter *periodFilter() const { return m_period; }
    QAction *reverseAwardAction() const { return m_reverseAwardAction; }
    QAction *reverseEntryAction() const { return m_reverseEntryAction; }
    ReversalRunner *reversalRunner() const { return m_runner; }
    /// The reason dialog while it is open.
    ReasonDialog *reasonDialog() const { return m_reasonDialog; }
    /// The recipients shown are those of this award (null while none or loading).
    QUuid recipientsAwardId() const { return m_recipientsAwardId; }
    /// The reversal bar's text, empty when hidden.
    QString reversalMessage() const;

public Q_SLOTS:
    /// Asks for a reason, then reverses the selected award as a whole.
    void reverseSelectedAward();
    /// Asks for a reason, then reverses the selected recipient's entry.
    void reverseSelectedEntry();

Q_SIGNALS:
    /// The user asked to see a reversal entry (a reversed recipient's link): the shell shows
    /// it in the coin ledger (LedgerPane, where it carries reversal_of).
    void ledgerEntryRequested(const QUuid &transactionId, const QUuid &userId,
                              const QString &userName);
    /// The recipients of @p awardId are shown (loaded, or loaded again after a reversal).
    void recipientsShown(const QUuid &awardId);

protected:
    void applyFilter() override;
    void showDetail(int row) override;
    QString statusFor(qint64 total, int shown, bool exact) const override;
    QString loadingText() const override;
    QString showUserText() const override;
    void retranslateUi() override;

private:
    /// Who is reversing what, kept from the moment the dialog opens.
    struct ReversalTarget
    {
        AwardSummary award;
        std::optional<AwardRecipient> recipient; ///< one entry; none: the whole award
    };

    void filtersChanged();
    void selectPendingAward();
    void loadRecipients(const AwardSummary &award);
    void recipientChanged();
    void updateReverseActions();
    bool mayReverse(const QUuid &tenantId) const;
    /// Why neither reversal can be done now (no award, busy, not coins, no right), or empty.
    QString reversalBlocker() const;
    /// Why the award cannot be reversed as a whole, empty when it can.
    QString whyNotReverseAward() const;
    /// Why the selected entry cannot be reversed, empty when it can.
    QString whyNotReverseEntry() const;
    std::optional<AwardRecipient> selectedRecipient() const;
    void askReason(const ReversalTarget &target);
    void onReversalSucceeded(const ReversalDraft &draft, const ReversalOutcome &outcome);
    void onReversalFailed(const ReversalDraft &draft, const BackendError &error);
    QString failureText(const BackendError &error) const;
    void retryReversal();
    void showReversalEntry();

    Identity m_identity;
    AwardHistoryModel *m_history;
    AwardRecipientsModel *m_recipients;
    ReversalRunner *m_runner;
    QCheckBox *m_onlyMine;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    PeriodFilter *m_period;
    QToolButton *m_awardChip;
    QAction *m_reverseAwardAction;
    QAction *m_reverseEntryAction;
    AwardRecipientsView *m_recipientsView;
    QPointer<ReasonDialog> m_reasonDialog;

    QUuid m_awardId;                          ///< showAward(): only this award
    QUuid m_selectAward;                      ///< to select once its page is in
    std::optional<AwardSummary> m_shownAward; ///< the award in the detail
    QUuid m_recipientsAwardId;
    CancelToken m_recipientsCancel;
    quint64 m_recipientsRequest = 0;
    /// The last target and reason: the dialog offers them again after a failure.
    std::optional<ReversalTarget> m_lastTarget;
    QString m_lastReason;
    /// The failure shown in the reversal bar, re-worded on a new language.
    std::optional<BackendError> m_reversalError;
};

} // namespace dicedesk
