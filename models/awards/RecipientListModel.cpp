#include "RecipientListModel.h"

#include <QLocale>
#include <algorithm>

namespace dicedesk {

namespace {

/// Above this many separate ranges a removal resets the model instead.
constexpr int kMaxRemoveRanges = 64;

} // namespace

RecipientListModel::RecipientListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RecipientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecipientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recipient &recipient = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return recipient.displayName.isEmpty() ? recipient.email : recipient.displayName;
        case EmailColumn:
            return recipient.email;
        case BalanceColumn:
            return recipient.balanceKnown ? QLocale().toString(recipient.coinBalance) : QString();
        case AmountColumn:
            return recipient.amount > 0 ? QLocale().toString(recipient.amount) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == AmountColumn && recipient.amount == 0)
            return tr("The award's amount applies");
        if (index.column() == BalanceColumn && !recipient.balanceKnown)
            return tr("Balance not fetched for recipients from a list");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BalanceColumn || index.column() == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case UserIdRole:
        return recipient.userId;
    case OwnAmountRole:
        return recipient.amount;
    case BalanceRole:
        return recipient.balanceKnown ? QVariant(recipient.coinBalance) : QVariant();
    default:
        return {};
    }
}

QVariant RecipientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case BalanceColumn:
        //: Column: the recipient's current coin balance
        return tr("Balance");
    case AmountColumn:
        //: Column: the recipient's own amount (from a CSV file)
        return tr("Amount");
    default:
        return {};
    }
}

RecipientListModel::AddResult RecipientListModel::add(const QList<Recipient> &recipients)
{
    AddResult result;
    QList<Recipient> fresh;
    QSet<QUuid> seen;
    for (const Recipient &recipient : recipients) {
        if (recipient.userId.isNull())
            continue;
        if (m_rowOf.contains(recipient.userId) || seen.contains(recipient.userId)) {
            ++result.alreadyListed;
            continue;
        }
        seen.insert(recipient.userId);
        fresh.append(recipient);
    }
    const qsizetype wouldBe = m_rows.size() + fresh.size();
    if (wouldBe > kMaxRecipients) {
        result.refused = true;
        result.wouldBe = static_cast<int>(wouldBe);
        result.alreadyListed = 0;
        return result;
    }
    if (fresh.isEmpty())
        return result;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.reserve(wouldBe);
    for (Recipient &recipient : fresh) {
        m_rowOf.insert(recipient.userId, static_cast<int>(m_rows.size()));
        if (recipient.amount > 0)
            ++m_ownAmounts;
        m_rows.append(std::move(recipient));
    }
    endInsertRows();
    result.added = static_cast<int>(fresh.size());
    return result;
}

bool RecipientListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    reindex();
    return true;
}

void RecipientListModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [this](int row) { return row < 0 || row >= m_rows.size(); }),
               rows.end());
    if (rows.isEmpty())
        return;
    // Contiguous ranges, removed from the bottom so the rows above keep their numbers.
    QList<std::pair<int, int>> ranges; // first, last
    for (int row : std::as_const(rows)) {
        if (!ranges.isEmpty() && ranges.last().second + 1 == row)
            ranges.last().second = row;
        else
            ranges.append({row, row});
    }
    if (ranges.size() > kMaxRemoveRanges) {
        beginResetModel();
        QList<Recipient> kept;
        kept.reserve(m_rows.size() - rows.size());
        qsizetype next = 0;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (next < rows.size() && rows.at(next) == i) {
                ++next;
                continue;
            }
            kept.append(std::move(m_rows[i]));
        }
        m_rows = std::move(kept);
        reindex();
        endResetModel();
        return;
    }
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    reindex();
}

void RecipientListModel::removeUsers(const QSet<QUuid> &userIds)
{
    QList<int> rows;
    for (const QUuid &id : userIds) {
        const auto it = m_rowOf.constFind(id);
        if (it != m_rowOf.cend())
            rows.append(it.value());
    }
    removeRowsAt(rows);
}

void RecipientListModel::setRecipients(const QList<Recipient> &recipients)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    QSet<QUuid> seen;
    for (const Recipient &recipient : recipients) {
        if (recipient.userId.isNull() || seen.contains(recipient.userId) ||
            m_rows.size() >= kMaxRecipients)
            continue;
        seen.insert(recipient.userId);
        m_rows.append(recipient);
    }
    reindex();
    endResetModel();
}

void RecipientListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    reindex();
    endResetModel();
}

QSet<QUuid> RecipientListModel::userIds() const
{
    QSet<QUuid> ids;
    ids.reserve(m_rows.size());
    for (const Recipient &recipient : m_rows)
        ids.insert(recipient.userId);
    return ids;
}

void RecipientListModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    m_ownAmounts = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows.at(i).userId, i);
        if (m_rows.at(i).amount > 0)
            ++m_ownAmounts;
    }
}

} // namespace dicedesk
