#include "AuditCsv.h"

namespace dicedesk {

QString AuditCsv::field(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            text.prepend(u'\'');
    }
    const bool quote =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QStringList AuditCsv::columns()
{
    return {QStringLiteral("time_utc"), QStringLiteral("tenant_id"),
            QStringLiteral("tenant"),   QStringLiteral("actor_user_id"),
            QStringLiteral("actor"),    QStringLiteral("event_type"),
            QStringLiteral("payload"),  QStringLiteral("id")};
}

QStringList AuditCsv::values(const AuditEntry &entry)
{
    const auto id = [](const QUuid &uuid) {
        return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
    };
    return {entry.createdAt.toUTC().toString(Qt::ISODateWithMs),
            id(entry.tenantId),
            entry.tenantName,
            id(entry.actorUserId),
            entry.actorName,
            entry.eventType,
            entry.payloadJson,
            id(entry.id)};
}

QByteArray AuditCsv::line(const QStringList &rawValues)
{
    QStringList fields;
    fields.reserve(rawValues.size());
    for (const QString &value : rawValues)
        fields.append(field(value));
    return (fields.join(u',') + QStringLiteral("\r\n")).toUtf8();
}

} // namespace dicedesk
