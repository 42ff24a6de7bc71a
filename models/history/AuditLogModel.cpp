#include "AuditLogModel.h"

#include "backend/Backend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dicedesk {

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = static_cast<qint64>(number);
        return static_cast<double>(whole) == number ? QString::number(whole)
                                                    : QString::number(number);
    }
    case QJsonValue::String:
        return value.toString().simplified();
    case QJsonValue::Array:
        //: A list inside an audit payload; %n is how many items it holds
        return AuditLogModel::tr("[%n item(s)]", nullptr, static_cast<int>(value.toArray().size()));
    case QJsonValue::Object:
        //: An object inside an audit payload; %n is how many fields it holds
        return AuditLogModel::tr("{%n field(s)}", nullptr,
                                 static_cast<int>(value.toObject().size()));
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

} // namespace

AuditLogModel::AuditLogModel(Backend *backend, QObject *parent)
    : KeysetListModelOf<AuditEntry>(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("auditLogModel"));
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reset();
}

std::optional<AuditEntry> AuditLogModel::entry(int row) const
{
    const AuditEntry *found = rowAt(row);
    return found ? std::optional<AuditEntry>(*found) : std::nullopt;
}

QString AuditLogModel::eventLabel(const QString &eventType)
{
    static const QString prefix = QStringLiteral("gamification.");
    if (!eventType.startsWith(prefix))
        return eventType;
    const QString type = eventType.mid(prefix.size());
    if (type == QLatin1String("admin_award.coins"))
        return tr("Coins awarded");
    if (type == QLatin1String("admin_award.xp"))
        return tr("XP awarded");
    if (type == QLatin1String("admin_award.achievement"))
        return tr("Achievement awarded");
    if (type == QLatin1String("admin_award.reversed"))
        return tr("Award reversed");
    if (type == QLatin1String("coin_transaction.reversed"))
        return tr("Coin entry reversed");
    if (type.startsWith(QLatin1String("admin_award_request."))) {
        const QString what = type.mid(QStringLiteral("admin_award_request.").size());
        if (what == QLatin1String("approved"))
            return tr("Award request approved");
        if (what == QLatin1String("rejected"))
            return tr("Award request rejected");
        if (what == QLatin1String("expired"))
            return tr("Award request expired");
        if (what == QLatin1String("cancelled"))
            return tr("Award request cancelled");
        return tr("Award request filed");
    }
    if (type.startsWith(QLatin1String("settings.")))
        return tr("Settings changed");
    if (type == QLatin1String("achievement.created"))
        return tr("Achievement created");
    if (type == QLatin1String("achievement.updated"))
        return tr("Achievement changed");
    if (type == QLatin1String("achievement.status_changed"))
        return tr("Achievement status changed");
    if (type == QLatin1String("achievement.imported"))
        return tr("Achievements imported");
    if (type == QLatin1String("daily_summaries.refreshed"))
        return tr("Daily summaries refreshed");
    return eventType;
}

QString AuditLogModel::summarizePayload(const QString &payloadJson, int maxLength)
{
    const QJsonDocument document = QJsonDocument::fromJson(payloadJson.toUtf8());
    QString summary;
    if (document.isObject()) {
        const QJsonObject object = document.object();
        QStringList parts;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // Empty fields say nothing in one line; the detail shows them.
            if (it.value().isNull() || (it.value().isArray() && it.value().toArray().isEmpty()))
                continue;
            //: One field of an audit payload: %1 its name, %2 its value
            parts.append(tr("%1: %2").arg(it.key(), scalarText(it.value())));
        }
        summary = parts.join(QStringLiteral(", "));
    } else {
        summary = payloadJson.simplified();
    }
    if (maxLength > 1 && summary.size() > maxLength)
        summary = summary.left(maxLength - 1) + QChar(0x2026);
    return summary;
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetListModelOf<AuditEntry>::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TenantColumn:
        return tr("Tenant");
    case ActorColumn:
        //: Who did what the audit entry records
        return tr("Actor");
    case EventColumn:
        return tr("Event");
    case SummaryColumn:
        //: The audit entry's payload in one line
        return tr("Details");
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    QHash<int, QByteArray> names = KeysetListModelOf<AuditEntry>::roleNames();
    names.insert(EventTypeRole, "eventType");
    names.insert(PayloadRole, "payload");
    names.insert(SummaryRole, "summary");
    return names;
}

QFuture<Result<Page<AuditEntry>>> AuditLogModel::fetchRows(const KeysetCursor &after, int limit,
                                                           CancelToken cancel)
{
    return m_backend->auditPage(m_filter, after, limit, cancel);
}

QVariant AuditLogModel::rowData(const AuditEntry &entry, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return formatTime(entry.createdAt);
        case TenantColumn:
            return entry.tenantName;
        case ActorColumn:
            return entry.actorName;
        case EventColumn:
            return eventLabel(entry.eventType);
        case SummaryColumn:
            return summarizePayload(entry.payloadJson);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == EventColumn)
            return entry.eventType;
        if (column == SummaryColumn)
            return summarizePayload(entry.payloadJson, 1000);
        return {};
    case IdRole:
        return entry.id;
    case TenantIdRole:
        return entry.tenantId;
    case UserIdRole:
        return entry.actorUserId;
    case UserNameRole:
        return entry.actorName;
    case TenantNameRole:
        return entry.tenantName;
    case CreatedAtRole:
        return entry.createdAt;
    case EventTypeRole:
        return entry.eventType;
    case PayloadRole:
        return entry.payloadJson;
    case SummaryRole:
        return summarizePayload(entry.payloadJson);
    default:
        return {};
    }
}

} // namespace dicedesk
