#pragma once

#include "Recipient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace dicedesk {

/// The recipients of the award being composed: up to kMaxRecipients users, each once.
/// Adding and removing thousands of rows is one model change, so a 10,000-row list is instant.
class RecipientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kMaxRecipients = 10'000;

    enum Column
    {
        NameColumn,
        EmailColumn,
        BalanceColumn,
        AmountColumn,
        ColumnCount
    };

    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
        OwnAmountRole, ///< int: the recipient's own amount, 0 when the award's applies
        BalanceRole,   ///< qint64, invalid when unknown
    };

    /// What add() did: how many were new, how many were on the list already, or that the
    /// batch was refused whole because the list would grow beyond kMaxRecipients.
    struct AddResult
    {
        int added = 0;
        int alreadyListed = 0;
        bool refused = false;
        int wouldBe = 0; ///< the size the list would have had (when refused)
    };

    explicit RecipientListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /// Appends the users not on the list yet, all or none.
    AddResult add(const QList<Recipient> &recipients);
    /// Removes the given rows (any order, duplicates allowed).
    void removeRowsAt(QList<int> rows);
    /// Removes these users (those that were paid).
    void removeUsers(const QSet<QUuid> &userIds);
    void setRecipients(const QList<Recipient> &recipients);
    void clear();

    bool contains(const QUuid &userId) const { return m_rowOf.contains(userId); }
    const QList<Recipient> &recipients() const { return m_rows; }
    QSet<QUuid> userIds() const;
    /// Some recipient carries their own amount (a CSV amount column).
    bool hasOwnAmounts() const { return m_ownAmounts > 0; }

private:
    void reindex();

    QList<Recipient> m_rows;
    QHash<QUuid, int> m_rowOf;
    int m_ownAmounts = 0;
};

} // namespace dicedesk
