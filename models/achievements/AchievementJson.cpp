// The canonical JSON of an achievement definition, as dicedesk_achievement_definition() and
// the version history hold it.
#include "domain/Achievement.h"

#include <QJsonValue>

namespace dicedesk {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null)
                       : QJsonValue(id.toString(QUuid::WithoutBraces));
}

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject AchievementDefinition::toJson() const
{
    QJsonObject texts;
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        texts.insert(it.key(),
                     QJsonObject{{QStringLiteral("name"), textOrNull(it->name)},
                                 {QStringLiteral("description"), textOrNull(it->description)},
                                 {QStringLiteral("hint_text"), textOrNull(it->hintText)},
                                 {QStringLiteral("criteria_text"), textOrNull(it->criteriaText)}});
    }
    return QJsonObject{
        {QStringLiteral("achievement_key"), textOrNull(key)},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), textOrNull(description)},
        {QStringLiteral("hint_text"), textOrNull(hintText)},
        {QStringLiteral("badge_color"), textOrNull(badgeColor)},
        {QStringLiteral("icon_url"), textOrNull(iconUrl)},
        {QStringLiteral("icon_media_id"), uuidOrNull(iconMediaId)},
        {QStringLiteral("icon_config"),
         iconConfig.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(iconConfig)},
        {QStringLiteral("condition_type"), conditionType},
        {QStringLiteral("condition_value"),
         conditionValue < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(conditionValue)},
        {QStringLiteral("unlock_criteria"),
         QJsonObject{{QStringLiteral("type"), unlockCriteria.type},
                     {QStringLiteral("params"), unlockCriteria.params}}},
        {QStringLiteral("is_easter_egg"), easterEgg},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("tenant_id"), uuidOrNull(tenantId)},
        {QStringLiteral("status"), status},
        {QStringLiteral("translations"), texts},
    };
}

AchievementDefinition AchievementDefinition::fromJson(const QJsonObject &json)
{
    AchievementDefinition d;
    d.key = text(json, "achievement_key");
    d.name = text(json, "name");
    d.description = text(json, "description");
    d.hintText = text(json, "hint_text");
    d.badgeColor = text(json, "badge_color");
    d.iconUrl = text(json, "icon_url");
    d.iconMediaId = QUuid::fromString(text(json, "icon_media_id"));
    d.iconConfig = json.value(QLatin1String("icon_config")).toObject();
    d.conditionType = text(json, "condition_type");
    const QJsonValue value = json.value(QLatin1String("condition_value"));
    d.conditionValue = value.isDouble() ? static_cast<qint64>(value.toDouble()) : -1;
    const QJsonObject criteria = json.value(QLatin1String("unlock_criteria")).toObject();
    d.unlockCriteria.type =
        criteria.value(QLatin1String("type")).toString(QStringLiteral("manual"));
    d.unlockCriteria.params = criteria.value(QLatin1String("params")).toObject();
    d.easterEgg = json.value(QLatin1String("is_easter_egg")).toBool();
    d.scope = json.value(QLatin1String("scope")).toString(QStringLiteral("global"));
    d.tenantId = QUuid::fromString(text(json, "tenant_id"));
    d.status = json.value(QLatin1String("status")).toString(QStringLiteral("draft"));
    const QJsonObject texts = json.value(QLatin1String("translations")).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        d.translations.insert(it.key(),
                              AchievementTexts{text(t, "name"), text(t, "description"),
                                               text(t, "hint_text"), text(t, "criteria_text")});
    }
    return d;
}

} // namespace dicedesk
