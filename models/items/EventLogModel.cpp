#include "EventLogModel.h"

#include "backend/Backend.h"

namespace dicedesk {

EventLogModel::EventLogModel(Backend *backend, QObject *parent)
    : KeysetListModelOf<EventRecord>(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("eventLogModel"));
}

void EventLogModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    reset();
}

std::optional<EventRecord> EventLogModel::record(int row) const
{
    const EventRecord *event = rowAt(row);
    return event ? std::optional<EventRecord>(*event) : std::nullopt;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetListModelOf<EventRecord>::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TenantColumn:
        return tr("Tenant");
    case UserColumn:
        return tr("User");
    case EventColumn:
        return tr("Event");
    case SourceColumn:
        //: Which part of the platform sent the event (planner, play, admin, ...)
        return tr("Source");
    case KeyColumn:
        //: The event's idempotency key
        return tr("Key");
    default:
        return {};
    }
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    QHash<int, QByteArray> names = KeysetListModelOf<EventRecord>::roleNames();
    names.insert(EventTypeRole, "eventType");
    names.insert(SourceRole, "source");
    names.insert(IdempotencyKeyRole, "idempotencyKey");
    names.insert(MetadataRole, "metadata");
    return names;
}

QFuture<Result<Page<EventRecord>>> EventLogModel::fetchRows(const KeysetCursor &after, int limit,
                                                            CancelToken cancel)
{
    return m_backend->eventPage(m_filter, after, limit, cancel);
}

QVariant EventLogModel::rowData(const EventRecord &event, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return formatTime(event.createdAt);
        case TenantColumn:
            return event.tenantName;
        case UserColumn:
            return event.actorName;
        case EventColumn:
            return event.eventType;
        case SourceColumn:
            return event.source;
        case KeyColumn:
            return event.idempotencyKey;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == KeyColumn ? event.idempotencyKey : QVariant();
    case IdRole:
        return event.id;
    case TenantIdRole:
        return event.tenantId;
    case UserIdRole:
        return event.actorId;
    case CreatedAtRole:
        return event.createdAt;
    case EventTypeRole:
        return event.eventType;
    case SourceRole:
        return event.source;
    case UserNameRole:
        return event.actorName;
    case TenantNameRole:
        return event.tenantName;
    case IdempotencyKeyRole:
        return event.idempotencyKey;
    case MetadataRole:
        return event.metadataJson;
    default:
        return {};
    }
}

} // namespace dicedesk
