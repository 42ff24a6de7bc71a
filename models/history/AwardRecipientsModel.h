#pragma once

#include "domain/AwardHistory.h"

#include <QAbstractTableModel>
#include <optional>

namespace dicedesk {

/// The recipients of one award (as Backend::awardRecipients lists them): what each got,
/// their wallet (or XP) right after the award and now, and the reversal of their entry.
class AwardRecipientsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        AmountColumn,
        BalanceAfterColumn,
        CurrentBalanceColumn,
        ReversalColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum RecipientRole
    {
        UserIdRole = Qt::UserRole + 1, ///< QUuid
        NameRole,                      ///< QString
        EmailRole,                     ///< QString
        CoinTransactionIdRole,         ///< QUuid, coin awards
        BalanceAfterRole,              ///< qint64
        CurrentBalanceRole,            ///< qint64
        ReversedRole,                  ///< bool
        ReversalTransactionIdRole,     ///< QUuid, null unless reversed
        ReversedAtRole,                ///< QDateTime, UTC
        ReversalReasonRole,            ///< QString
    };
    Q_ENUM(RecipientRole)

    explicit AwardRecipientsModel(QObject *parent = nullptr);

    /// Shows @p recipients of @p award (its type and amount head the amount column).
    void setRecipients(const AwardSummary &award, const QList<AwardRecipient> &recipients);
    void clear();
    const AwardSummary &award() const { return m_award; }
    const QList<AwardRecipient> &recipients() const { return m_recipients; }
    std::optional<AwardRecipient> recipient(int row) const;
    /// The row of @p userId, or -1.
    int rowOf(const QUuid &userId) const;
    int reversedCount() const;

    /// "2026-05-01 14:03:22 — Sent twice by mistake"
    static QString reversalText(const AwardRecipient &recipient);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The language changed: views fetch the header and the rows again.
    void retranslate();

private:
    /// "+100 coins" for the amount column; a balance (coins, XP) for the others.
    QString balanceText(qint64 value) const;
    bool hasBalances() const;

    AwardSummary m_award;
    QList<AwardRecipient> m_recipients;
};

} // namespace dicedesk
