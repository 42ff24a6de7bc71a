#include "RequestRecipientsModel.h"

#include "RequestFormat.h"
#include "items/KeysetListModel.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace dicedesk {

RequestRecipientsModel::RequestRecipientsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("requestRecipientsModel"));
}

void RequestRecipientsModel::setRecipients(const QList<RequestRecipientContext> &recipients)
{
    beginResetModel();
    m_recipients = recipients;
    endResetModel();
}

void RequestRecipientsModel::clear()
{
    setRecipients({});
}

int RequestRecipientsModel::formerMemberCount() const
{
    return static_cast<int>(
        std::count_if(m_recipients.cbegin(), m_recipients.cend(),
                      [](const RequestRecipientContext &r) { return !r.stillMember; }));
}

QString RequestRecipientsModel::recentSummary(const QList<RecentAward> &awards)
{
    if (awards.isEmpty())
        //: A recipient received no awards recently
        return tr("none");
    QStringList parts;
    for (const RecentAward &award : awards) {
        //: One recent award: %1 what ("500 coins"), %2 how long ago ("3 d")
        parts.append(tr("%1 (%2)").arg(RequestFormat::amountText(award.awardType, award.amount),
                                       RequestFormat::ageText(award.createdAt, false)));
    }
    return parts.join(QStringLiteral(", "));
}

int RequestRecipientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_recipients.size());
}

int RequestRecipientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestRecipientsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRecipientContext &recipient = m_recipients.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return recipient.displayName;
        case EmailColumn:
            return recipient.email;
        case BalanceColumn:
            return locale.toString(recipient.coinBalance);
        case XpColumn:
            return locale.toString(recipient.xp);
        case RecentColumn:
            return recentSummary(recipient.recentAwards);
        case MembershipColumn:
            return recipient.stillMember ? QString() : tr("no longer a member");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == BalanceColumn || index.column() == XpColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RecentColumn && !recipient.recentAwards.isEmpty()) {
            QStringList lines;
            for (const RecentAward &award : recipient.recentAwards) {
                //: A recent award in a tooltip: %1 when, %2 what, %3 who gave it
                lines.append(tr("%1: %2 by %3")
                                 .arg(KeysetListModel::formatTime(award.createdAt),
                                      RequestFormat::amountText(award.awardType, award.amount),
                                      award.actorName));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == MembershipColumn && !recipient.stillMember)
            return tr("This user is no longer an active member of the organisation.");
        return {};
    case UserIdRole:
        return recipient.userId;
    case DisplayNameRole:
        return recipient.displayName;
    case EmailRole:
        return recipient.email;
    case CoinBalanceRole:
        return recipient.coinBalance;
    case XpRole:
        return recipient.xp;
    case StillMemberRole:
        return recipient.stillMember;
    case RecentAwardCountRole:
        return static_cast<int>(recipient.recentAwards.size());
    default:
        return {};
    }
}

QVariant RequestRecipientsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    const bool numeric = section == BalanceColumn || section == XpColumn;
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && numeric)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case BalanceColumn:
        //: The recipient's current coin balance
        return tr("Coins");
    case XpColumn:
        return tr("XP");
    case RecentColumn:
        return tr("Recent awards");
    case MembershipColumn:
        return tr("Membership");
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestRecipientsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UserIdRole, "userId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(EmailRole, "email");
    names.insert(CoinBalanceRole, "coinBalance");
    names.insert(XpRole, "xp");
    names.insert(StillMemberRole, "stillMember");
    names.insert(RecentAwardCountRole, "recentAwardCount");
    return names;
}

void RequestRecipientsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_recipients.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace dicedesk
