#include "PgValues.h"

namespace dicedesk::pg {

QString textValue(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QUuid uuidValue(const pqxx::field &field)
{
    return field.is_null() ? QUuid() : QUuid::fromString(QLatin1String(field.c_str()));
}

QDateTime timestampValue(const pqxx::field &field)
{
    if (field.is_null())
        return {};
    // "2026-11-22 04:14:00.123456+00" (or +01:30): make it ISO 8601 for Qt.
    QString text = QString::fromLatin1(field.c_str());
    text.replace(10, 1, QLatin1Char('T'));
    const qsizetype sign =
        std::max(text.lastIndexOf(QLatin1Char('+')), text.lastIndexOf(QLatin1Char('-')));
    if (sign > 10 && text.size() - sign == 3)
        text += QStringLiteral(":00");
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.toUTC();
}

} // namespace dicedesk::pg
