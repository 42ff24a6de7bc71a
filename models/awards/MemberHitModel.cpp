#include "MemberHitModel.h"

#include <QLocale>

namespace dicedesk {

MemberHitModel::MemberHitModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int MemberHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int MemberHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberHitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return hit.displayName.isEmpty() ? hit.email : hit.displayName;
        case EmailColumn:
            return hit.email;
        case BalanceColumn:
            return QLocale().toString(hit.coinBalance);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == BalanceColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case UserIdRole:
        return hit.userId;
    default:
        return {};
    }
}

QVariant MemberHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case BalanceColumn:
        //: Column: the member's current coin balance
        return tr("Balance");
    default:
        return {};
    }
}

void MemberHitModel::setHits(const QList<MemberHit> &hits)
{
    if (hits.isEmpty() && m_hits.isEmpty())
        return;
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

Recipient MemberHitModel::recipientAt(int row) const
{
    Recipient recipient;
    if (row < 0 || row >= m_hits.size())
        return recipient;
    const MemberHit &hit = m_hits.at(row);
    recipient.userId = hit.userId;
    recipient.displayName = hit.displayName;
    recipient.email = hit.email;
    recipient.coinBalance = hit.coinBalance;
    recipient.balanceKnown = true;
    return recipient;
}

} // namespace dicedesk
