#include "RequestQueueModel.h"

#include "RequestFormat.h"
#include "backend/Backend.h"

#include <QTimer>

namespace dicedesk {

namespace {

constexpr int kAgeRefreshMs = 60 * 1000;

} // namespace

RequestQueueModel::RequestQueueModel(Backend *backend, QObject *parent)
    : KeysetListModelOf<AwardRequestSummary>(parent)
    , m_backend(backend)
    , m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("requestQueueModel"));
    m_ageTimer->setInterval(kAgeRefreshMs);
    connect(m_ageTimer, &QTimer::timeout, this, &RequestQueueModel::refreshAges);
    m_ageTimer->start();
}

void RequestQueueModel::setFilter(const RequestFilter &filter)
{
    m_filter = filter;
    reset();
}

std::optional<AwardRequestSummary> RequestQueueModel::request(int row) const
{
    const AwardRequestSummary *found = rowAt(row);
    return found ? std::optional<AwardRequestSummary>(*found) : std::nullopt;
}

int RequestQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool numeric = section == AmountColumn || section == TotalColumn;
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && numeric)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetListModelOf<AwardRequestSummary>::headerData(section, orientation, role);
    switch (section) {
    case RequesterColumn:
        //: The tenant admin who asked for the award
        return tr("Requester");
    case TenantColumn:
        return tr("Organisation");
    case AmountColumn:
        //: Column header: what each recipient gets × how many recipients
        return tr("Amount × recipients");
    case TotalColumn:
        return tr("Total");
    case MessageColumn:
        return tr("Message");
    case AgeColumn:
        //: How long ago the request was filed
        return tr("Age");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = KeysetListModelOf<AwardRequestSummary>::roleNames();
    names.insert(StatusRole, "status");
    names.insert(ExpiredRole, "expired");
    names.insert(DecidableRole, "decidable");
    names.insert(RequesterIdRole, "requesterId");
    names.insert(AwardTypeRole, "awardType");
    names.insert(AmountRole, "amount");
    names.insert(RecipientCountRole, "recipientCount");
    names.insert(TotalRole, "total");
    names.insert(MessageRole, "message");
    names.insert(ExpiresAtRole, "expiresAt");
    names.insert(DecidedByNameRole, "decidedByName");
    names.insert(DecidedAtRole, "decidedAt");
    return names;
}

QFuture<Result<Page<AwardRequestSummary>>>
RequestQueueModel::fetchRows(const KeysetCursor &after, int limit, CancelToken cancel)
{
    return m_backend->requestPage(m_filter, after, limit, cancel);
}

QVariant RequestQueueModel::rowData(const AwardRequestSummary &request, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RequesterColumn:
            return request.requesterName;
        case TenantColumn:
            return request.tenantName;
        case AmountColumn:
            return RequestFormat::amountTimesRecipients(request);
        case TotalColumn:
            return RequestFormat::totalText(request);
        case MessageColumn:
            return RequestFormat::oneLine(request.message);
        case AgeColumn:
            return RequestFormat::ageText(request.createdAt, request.expired);
        case StatusColumn:
            return RequestFormat::statusText(request.status, request.expired);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == TotalColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == MessageColumn)
            return request.message;
        if (column == AgeColumn)
            return formatTime(request.createdAt);
        return {};
    case IdRole:
        return request.id;
    case TenantIdRole:
        return request.tenantId;
    case UserIdRole:
    case RequesterIdRole:
        return request.requesterUserId;
    case UserNameRole:
        return request.requesterName;
    case TenantNameRole:
        return request.tenantName;
    case CreatedAtRole:
        return request.createdAt;
    case StatusRole:
        return request.status;
    case ExpiredRole:
        return request.expired;
    case DecidableRole:
        return RequestFormat::isDecidable(request);
    case AwardTypeRole:
        return request.awardType;
    case AmountRole:
        return request.amount;
    case RecipientCountRole:
        return request.recipientCount;
    case TotalRole:
        return request.total;
    case MessageRole:
        return request.message;
    case ExpiresAtRole:
        return request.expiresAt;
    case DecidedByNameRole:
        return request.decidedByName;
    case DecidedAtRole:
        return request.decidedAt;
    default:
        return {};
    }
}

void RequestQueueModel::refreshAges()
{
    if (loadedCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, AgeColumn), index(loadedCount() - 1, AgeColumn), {Qt::DisplayRole});
}

} // namespace dicedesk
