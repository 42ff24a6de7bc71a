#pragma once

#include "domain/AwardHistory.h"
#include "items/KeysetListModel.h"

#include <QHash>
#include <optional>

namespace dicedesk {

class Backend;

/// Manual awards (gamification_admin_awards), newest first, page by page (see
/// KeysetListModel), with how many of each award's entries have been reversed.
///
/// The base roles hold the award's id, tenant and the admin who sent it (UserIdRole,
/// UserNameRole). A reversal made in this console shows at once through noteReversed(),
/// without loading the list again.
class AwardHistoryModel : public KeysetListModelOf<AwardSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        TenantColumn,
        AdminColumn,
        TypeColumn,
        AmountColumn,
        RecipientsColumn,
        TotalColumn,
        MessageColumn,
        ReversedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// What became of an award's entries.
    enum class ReversalState
    {
        None,
        Partly, ///< some entries reversed
        Fully,  ///< every entry reversed
    };
    Q_ENUM(ReversalState)

    enum HistoryRole
    {
        AwardTypeRole = FirstSubclassRole, ///< QString: coins, xp or achievement
        AmountRole,                        ///< qint64, per recipient
        RecipientCountRole,                ///< int
        TotalRole,                         ///< qint64
        MessageRole,                       ///< QString
        ReversedCountRole,                 ///< int, entries reversed so far
        ReversalStateRole,                 ///< ReversalState, as int
        AchievementNameRole,               ///< QString, achievements only
        RequestIdRole,                     ///< QUuid of the approved request, null if paid at once
        IdempotencyKeyRole,                ///< QString
    };
    Q_ENUM(HistoryRole)

    explicit AwardHistoryModel(Backend *backend, QObject *parent = nullptr);

    const AwardFilter &filter() const { return m_filter; }
    /// Shows the awards matching @p filter, from the newest (resets the list).
    void setFilter(const AwardFilter &filter);
    /// The award in @p row if its page is in memory, with reversals noted since it loaded.
    std::optional<AwardSummary> award(int row) const;

    /// @p reversedCount entries of award @p awardId are reversed now (a reversal made here).
    void noteReversed(const QUuid &awardId, int reversedCount);

    /// "Coins", "XP", "Achievement".
    static QString typeLabel(const QString &awardType);
    /// "", "2 of 10 reversed", "reversed".
    static QString reversalText(int reversedCount, int recipientCount);
    static ReversalState reversalState(int reversedCount, int recipientCount);
    /// The amount per recipient as shown: "100", "250 XP", or the achievement's name.
    static QString amountText(const AwardSummary &award);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QFuture<Result<Page<AwardSummary>>> fetchRows(const KeysetCursor &after, int limit,
                                                  CancelToken cancel) override;
    QVariant rowData(const AwardSummary &award, int column, int role) const override;

private:
    int reversedCountOf(const AwardSummary &award) const;

    Backend *m_backend;
    AwardFilter m_filter;
    QHash<QUuid, int> m_reversed; ///< reversals made since the list loaded, per award
};

} // namespace dicedesk
