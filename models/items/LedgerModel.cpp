#include "LedgerModel.h"

#include "backend/Backend.h"

#include <QLocale>

namespace dicedesk {

LedgerModel::LedgerModel(Backend *backend, QObject *parent)
    : KeysetListModelOf<LedgerEntry>(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("ledgerModel"));
}

void LedgerModel::setFilter(const LedgerFilter &filter)
{
    m_filter = filter;
    reset();
}

std::optional<LedgerEntry> LedgerModel::entry(int row) const
{
    const LedgerEntry *found = rowAt(row);
    return found ? std::optional<LedgerEntry>(*found) : std::nullopt;
}

QString LedgerModel::formatAmount(qint64 signedAmount)
{
    const QLocale locale;
    if (signedAmount < 0)
        return locale.negativeSign() + locale.toString(-signedAmount);
    return locale.positiveSign() + locale.toString(signedAmount);
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetListModelOf<LedgerEntry>::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TenantColumn:
        return tr("Tenant");
    case UserColumn:
        return tr("User");
    case ReasonColumn:
        //: The reason code of a ledger entry (event_reward, shop_purchase, ...)
        return tr("Reason");
    case AmountColumn:
        //: Coins: positive when earned, negative when spent
        return tr("Amount");
    case SourceColumn:
        return tr("Source");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

QHash<int, QByteArray> LedgerModel::roleNames() const
{
    QHash<int, QByteArray> names = KeysetListModelOf<LedgerEntry>::roleNames();
    names.insert(AmountRole, "amount");
    names.insert(ReasonRole, "reason");
    names.insert(SourceRole, "source");
    names.insert(DescriptionRole, "description");
    names.insert(ReversalOfRole, "reversalOf");
    return names;
}

QFuture<Result<Page<LedgerEntry>>> LedgerModel::fetchRows(const KeysetCursor &after, int limit,
                                                          CancelToken cancel)
{
    return m_backend->ledgerPage(m_filter, after, limit, cancel);
}

QVariant LedgerModel::rowData(const LedgerEntry &entry, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return formatTime(entry.createdAt);
        case TenantColumn:
            return entry.tenantName;
        case UserColumn:
            return entry.userName;
        case ReasonColumn:
            return entry.reversalOf.isNull()
                       ? entry.reasonCode
                       //: %1 is the reason code of an entry that reverses an earlier one
                       : tr("%1 (reversal)").arg(entry.reasonCode);
        case AmountColumn:
            return formatAmount(entry.signedAmount());
        case SourceColumn:
            return entry.source;
        case DescriptionColumn:
            return entry.description;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return column == DescriptionColumn ? entry.description : QVariant();
    case IdRole:
        return entry.id;
    case TenantIdRole:
        return entry.tenantId;
    case UserIdRole:
        return entry.userId;
    case CreatedAtRole:
        return entry.createdAt;
    case AmountRole:
        return entry.signedAmount();
    case ReasonRole:
        return entry.reasonCode;
    case SourceRole:
        return entry.source;
    case DescriptionRole:
        return entry.description;
    case ReversalOfRole:
        return entry.reversalOf;
    case UserNameRole:
        return entry.userName;
    case TenantNameRole:
        return entry.tenantName;
    default:
        return {};
    }
}

} // namespace dicedesk
