#pragma once

#include "Recipient.h"
#include "domain/Member.h"

#include <QAbstractTableModel>
#include <QList>

namespace dicedesk {

/// The members a recipient search found: name, e-mail and current balance.
class MemberHitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        BalanceColumn,
        ColumnCount
    };

    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
    };

    explicit MemberHitModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setHits(const QList<MemberHit> &hits);
    void clear() { setHits({}); }
    const QList<MemberHit> &hits() const { return m_hits; }
    /// The hit in @p row as a recipient (with the award's amount).
    Recipient recipientAt(int row) const;

private:
    QList<MemberHit> m_hits;
};

} // namespace dicedesk
