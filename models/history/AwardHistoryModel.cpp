#include "AwardHistoryModel.h"

#include "backend/Backend.h"

#include <QLocale>
#include <algorithm>

namespace dicedesk {

AwardHistoryModel::AwardHistoryModel(Backend *backend, QObject *parent)
    : KeysetListModelOf<AwardSummary>(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("awardHistoryModel"));
}

void AwardHistoryModel::setFilter(const AwardFilter &filter)
{
    m_filter = filter;
    m_reversed.clear();
    reset();
}

std::optional<AwardSummary> AwardHistoryModel::award(int row) const
{
    const AwardSummary *found = rowAt(row);
    if (!found)
        return std::nullopt;
    AwardSummary award = *found;
    award.reversedCount = reversedCountOf(award);
    return award;
}

void AwardHistoryModel::noteReversed(const QUuid &awardId, int reversedCount)
{
    m_reversed.insert(awardId, reversedCount);
    const int row = cachedRowOf(awardId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AwardHistoryModel::reversedCountOf(const AwardSummary &award) const
{
    return std::max(award.reversedCount, m_reversed.value(award.id, 0));
}

QString AwardHistoryModel::typeLabel(const QString &awardType)
{
    if (awardType == QLatin1String("coins"))
        return tr("Coins");
    if (awardType == QLatin1String("xp"))
        //: Experience points
        return tr("XP");
    if (awardType == QLatin1String("achievement"))
        return tr("Achievement");
    return awardType;
}

AwardHistoryModel::ReversalState AwardHistoryModel::reversalState(int reversedCount,
                                                                  int recipientCount)
{
    if (reversedCount <= 0)
        return ReversalState::None;
    return reversedCount >= recipientCount ? ReversalState::Fully : ReversalState::Partly;
}

QString AwardHistoryModel::reversalText(int reversedCount, int recipientCount)
{
    switch (reversalState(reversedCount, recipientCount)) {
    case ReversalState::None:
        return {};
    case ReversalState::Fully:
        //: Every entry of the award has been taken back
        return tr("reversed");
    case ReversalState::Partly:
        //: %1 entries of an award with %n recipients have been taken back
        return tr("%1 of %n reversed", nullptr, recipientCount)
            .arg(QLocale().toString(reversedCount));
    }
    return {};
}

QString AwardHistoryModel::amountText(const AwardSummary &award)
{
    if (award.awardType == QLatin1String("achievement"))
        return award.achievementName;
    const QString number = QLocale().toString(award.amount);
    if (award.awardType == QLatin1String("xp"))
        //: %1 is an amount of experience points
        return tr("%1 XP").arg(number);
    return number;
}

int AwardHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AwardHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool numeric = section == RecipientsColumn || section == TotalColumn;
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && numeric)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetListModelOf<AwardSummary>::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TenantColumn:
        return tr("Tenant");
    case AdminColumn:
        //: The admin who sent the award
        return tr("Admin");
    case TypeColumn:
        //: Coins, XP or achievement
        return tr("Type");
    case AmountColumn:
        //: What each recipient got
        return tr("Amount");
    case RecipientsColumn:
        return tr("Recipients");
    case TotalColumn:
        //: Amount × recipients
        return tr("Total");
    case MessageColumn:
        return tr("Message");
    case ReversedColumn:
        //: Header of the column saying whether an award was taken back
        return tr("Reversed");
    default:
        return {};
    }
}

QHash<int, QByteArray> AwardHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = KeysetListModelOf<AwardSummary>::roleNames();
    names.insert(AwardTypeRole, "awardType");
    names.insert(AmountRole, "amount");
    names.insert(RecipientCountRole, "recipientCount");
    names.insert(TotalRole, "total");
    names.insert(MessageRole, "message");
    names.insert(ReversedCountRole, "reversedCount");
    names.insert(ReversalStateRole, "reversalState");
    names.insert(AchievementNameRole, "achievementName");
    names.insert(RequestIdRole, "requestId");
    names.insert(IdempotencyKeyRole, "idempotencyKey");
    return names;
}

QFuture<Result<Page<AwardSummary>>> AwardHistoryModel::fetchRows(const KeysetCursor &after,
                                                                 int limit, CancelToken cancel)
{
    return m_backend->awardPage(m_filter, after, limit, cancel);
}

QVariant AwardHistoryModel::rowData(const AwardSummary &award, int column, int role) const
{
    const int reversed = reversedCountOf(award);
    const bool achievement = award.awardType == QLatin1String("achievement");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return formatTime(award.createdAt);
        case TenantColumn:
            return award.tenantName;
        case AdminColumn:
            return award.actorName;
        case TypeColumn:
            return typeLabel(award.awardType);
        case AmountColumn:
            return amountText(award);
        case RecipientsColumn:
            return QLocale().toString(award.recipientCount);
        case TotalColumn:
            //: Shown as the total of an achievement award, which has none
            return achievement ? tr("—") : QLocale().toString(award.total);
        case MessageColumn:
            // One line in the table; the detail shows it whole.
            return award.message.simplified();
        case ReversedColumn:
            return reversalText(reversed, award.recipientCount);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == RecipientsColumn || column == TotalColumn ||
            (column == AmountColumn && !achievement))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return column == MessageColumn ? award.message : QVariant();
    case IdRole:
        return award.id;
    case TenantIdRole:
        return award.tenantId;
    case UserIdRole:
        return award.actorUserId;
    case UserNameRole:
        return award.actorName;
    case TenantNameRole:
        return award.tenantName;
    case CreatedAtRole:
        return award.createdAt;
    case AwardTypeRole:
        return award.awardType;
    case AmountRole:
        return award.amount;
    case RecipientCountRole:
        return award.recipientCount;
    case TotalRole:
        return award.total;
    case MessageRole:
        return award.message;
    case ReversedCountRole:
        return reversed;
    case ReversalStateRole:
        return static_cast<int>(reversalState(reversed, award.recipientCount));
    case AchievementNameRole:
        return award.achievementName;
    case RequestIdRole:
        return award.requestId;
    case IdempotencyKeyRole:
        return award.idempotencyKey;
    default:
        return {};
    }
}

} // namespace dicedesk
