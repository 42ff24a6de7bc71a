#include "AwardRecipientsModel.h"

#include "AwardHistoryModel.h"
#include "items/KeysetListModel.h"

#include <QLocale>

namespace dicedesk {

AwardRecipientsModel::AwardRecipientsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("awardRecipientsModel"));
}

void AwardRecipientsModel::setRecipients(const AwardSummary &award,
                                         const QList<AwardRecipient> &recipients)
{
    beginResetModel();
    m_award = award;
    m_recipients = recipients;
    endResetModel();
}

void AwardRecipientsModel::clear()
{
    if (m_recipients.isEmpty() && m_award.id.isNull())
        return;
    beginResetModel();
    m_award = {};
    m_recipients.clear();
    endResetModel();
}

std::optional<AwardRecipient> AwardRecipientsModel::recipient(int row) const
{
    if (row < 0 || row >= m_recipients.size())
        return std::nullopt;
    return m_recipients.at(row);
}

int AwardRecipientsModel::rowOf(const QUuid &userId) const
{
    for (int row = 0; row < m_recipients.size(); ++row) {
        if (m_recipients.at(row).userId == userId)
            return row;
    }
    return -1;
}

int AwardRecipientsModel::reversedCount() const
{
    int count = 0;
    for (const AwardRecipient &recipient : m_recipients) {
        if (!recipient.reversalTransactionId.isNull())
            ++count;
    }
    return count;
}

QString AwardRecipientsModel::reversalText(const AwardRecipient &recipient)
{
    if (recipient.reversalTransactionId.isNull())
        return {};
    //: %1 is when an award entry was reversed, %2 the reason given
    return tr("%1 — %2").arg(KeysetListModel::formatTime(recipient.reversedAt),
                             recipient.reversalReason.simplified());
}

bool AwardRecipientsModel::hasBalances() const
{
    return m_award.awardType != QLatin1String("achievement");
}

QString AwardRecipientsModel::balanceText(qint64 value) const
{
    if (!hasBalances())
        //: Shown instead of a balance for achievement awards
        return tr("—");
    const QString number = QLocale().toString(value);
    //: %1 is an amount of experience points
    return m_award.awardType == QLatin1String("xp") ? tr("%1 XP").arg(number) : number;
}

int AwardRecipientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_recipients.size());
}

int AwardRecipientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AwardRecipientsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AwardRecipient &recipient = m_recipients.at(index.row());
    const int column = index.column();
    const bool numeric =
        column == AmountColumn || column == BalanceAfterColumn || column == CurrentBalanceColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return recipient.displayName;
        case EmailColumn:
            return recipient.email;
        case AmountColumn:
            return AwardHistoryModel::amountText(m_award);
        case BalanceAfterColumn:
            return balanceText(recipient.balanceAfter);
        case CurrentBalanceColumn:
            return balanceText(recipient.currentBalance);
        case ReversalColumn:
            return reversalText(recipient);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == ReversalColumn && !recipient.reversalTransactionId.isNull())
            //: %1 is the reason of a reversal, %2 the id of the ledger entry that reverses
            return tr("%1\nReversal entry %2 (press Enter to show it in the coin ledger)")
                .arg(recipient.reversalReason,
                     recipient.reversalTransactionId.toString(QUuid::WithoutBraces));
        return {};
    case UserIdRole:
        return recipient.userId;
    case NameRole:
        return recipient.displayName;
    case EmailRole:
        return recipient.email;
    case CoinTransactionIdRole:
        return recipient.coinTransactionId;
    case BalanceAfterRole:
        return recipient.balanceAfter;
    case CurrentBalanceRole:
        return recipient.currentBalance;
    case ReversedRole:
        return !recipient.reversalTransactionId.isNull();
    case ReversalTransactionIdRole:
        return recipient.reversalTransactionId;
    case ReversedAtRole:
        return recipient.reversedAt;
    case ReversalReasonRole:
        return recipient.reversalReason;
    default:
        return {};
    }
}

QVariant AwardRecipientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool numeric =
        section == AmountColumn || section == BalanceAfterColumn || section == CurrentBalanceColumn;
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && numeric)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case AmountColumn:
        return tr("Amount");
    case BalanceAfterColumn:
        //: The recipient's wallet (or XP) right after the award
        return tr("Balance after");
    case CurrentBalanceColumn:
        //: The recipient's wallet (or XP) now
        return tr("Balance now");
    case ReversalColumn:
        //: When and why the recipient's entry was taken back
        return tr("Reversal");
    default:
        return {};
    }
}

QHash<int, QByteArray> AwardRecipientsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UserIdRole, "userId");
    names.insert(NameRole, "name");
    names.insert(EmailRole, "email");
    names.insert(CoinTransactionIdRole, "coinTransactionId");
    names.insert(BalanceAfterRole, "balanceAfter");
    names.insert(CurrentBalanceRole, "currentBalance");
    names.insert(ReversedRole, "reversed");
    names.insert(ReversalTransactionIdRole, "reversalTransactionId");
    names.insert(ReversedAtRole, "reversedAt");
    names.insert(ReversalReasonRole, "reversalReason");
    return names;
}

void AwardRecipientsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_recipients.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace dicedesk
