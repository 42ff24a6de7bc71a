#pragma once

#include "KeysetListModel.h"
#include "domain/LedgerEntry.h"

#include <optional>

namespace dicedesk {

class Backend;

/// The coin ledger (coin_transactions), newest first, page by page (see KeysetListModel).
/// Amounts are signed: earnings positive, spends negative.
class LedgerModel : public KeysetListModelOf<LedgerEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        TenantColumn,
        UserColumn,
        ReasonColumn,
        AmountColumn,
        SourceColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum LedgerRole
    {
        AmountRole = FirstSubclassRole, ///< qint64, signed (spends negative)
        ReasonRole,                     ///< QString, reason code
        SourceRole,                     ///< QString
        DescriptionRole,                ///< QString
        ReversalOfRole,                 ///< QUuid, null unless the entry reverses another
    };
    Q_ENUM(LedgerRole)

    explicit LedgerModel(Backend *backend, QObject *parent = nullptr);

    const LedgerFilter &filter() const { return m_filter; }
    /// Shows the entries matching @p filter, from the newest (resets the list).
    void setFilter(const LedgerFilter &filter);
    /// The entry in @p row if its page is in memory.
    std::optional<LedgerEntry> entry(int row) const;

    /// "+1,234" / "−30" in the user's locale.
    static QString formatAmount(qint64 signedAmount);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QFuture<Result<Page<LedgerEntry>>> fetchRows(const KeysetCursor &after, int limit,
                                                 CancelToken cancel) override;
    QVariant rowData(const LedgerEntry &entry, int column, int role) const override;

private:
    Backend *m_backend;
    LedgerFilter m_filter;
};

} // namespace dicedesk
