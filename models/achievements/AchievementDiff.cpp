#include "AchievementDiff.h"

#include "AchievementValidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dicedesk::AchievementDiff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AchievementDiff", text);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == static_cast<double>(static_cast<qint64>(number)))
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return status;
}

QString scopeText(const QString &scope)
{
    if (scope == QLatin1String("global"))
        return tr("Global");
    if (scope == QLatin1String("tenant"))
        return tr("Tenant");
    return scope;
}

QString badgeText(const QJsonObject &config)
{
    if (config.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented)).trimmed();
}

class Rows
{
public:
    void add(const QString &path, const QString &left, const QString &right)
    {
        m_rows.append(AchievementDiffRow{path, AchievementValidation::fieldLabel(path), left, right,
                                         left != right});
    }
    QList<AchievementDiffRow> take() { return std::move(m_rows); }

private:
    QList<AchievementDiffRow> m_rows;
};

/// The keys of both objects: @p first in its order, then the others sorted.
QStringList unionKeys(const QStringList &preferred, const QStringList &a, const QStringList &b)
{
    QStringList keys;
    for (const QString &key : preferred) {
        if (a.contains(key) || b.contains(key))
            keys.append(key);
    }
    QStringList rest;
    for (const QString &key : a + b) {
        if (!keys.contains(key) && !rest.contains(key))
            rest.append(key);
    }
    rest.sort();
    return keys + rest;
}

} // namespace

QList<AchievementDiffRow> compare(const AchievementDefinition &l, const AchievementDefinition &r)
{
    Rows rows;
    rows.add(QStringLiteral("achievement_key"), l.key, r.key);
    rows.add(QStringLiteral("status"), statusText(l.status), statusText(r.status));
    rows.add(QStringLiteral("scope"), scopeText(l.scope), scopeText(r.scope));
    rows.add(QStringLiteral("tenant_id"),
             l.tenantId.isNull() ? QString() : l.tenantId.toString(QUuid::WithoutBraces),
             r.tenantId.isNull() ? QString() : r.tenantId.toString(QUuid::WithoutBraces));
    rows.add(QStringLiteral("name"), l.name, r.name);
    rows.add(QStringLiteral("description"), l.description, r.description);
    rows.add(QStringLiteral("hint_text"), l.hintText, r.hintText);
    rows.add(QStringLiteral("condition_type"), l.conditionType, r.conditionType);
    rows.add(QStringLiteral("condition_value"),
             l.conditionValue < 0 ? QString() : QString::number(l.conditionValue),
             r.conditionValue < 0 ? QString() : QString::number(r.conditionValue));
    rows.add(QStringLiteral("unlock_criteria.type"), l.unlockCriteria.type, r.unlockCriteria.type);
    static const QStringList knownParams{QStringLiteral("event_type"), QStringLiteral("count"),
                                         QStringLiteral("metric"), QStringLiteral("threshold")};
    const QStringList params =
        unionKeys(knownParams, l.unlockCriteria.params.keys(), r.unlockCriteria.params.keys());
    for (const QString &param : params)
        rows.add(QStringLiteral("unlock_criteria.params.") + param,
                 jsonText(l.unlockCriteria.params.value(param)),
                 jsonText(r.unlockCriteria.params.value(param)));
    rows.add(QStringLiteral("is_easter_egg"), l.easterEgg ? tr("Yes") : tr("No"),
             r.easterEgg ? tr("Yes") : tr("No"));
    rows.add(QStringLiteral("badge_color"), l.badgeColor, r.badgeColor);
    rows.add(QStringLiteral("icon_config"), badgeText(l.iconConfig), badgeText(r.iconConfig));
    if (!l.iconUrl.isEmpty() || !r.iconUrl.isEmpty())
        rows.add(QStringLiteral("icon_url"), l.iconUrl, r.iconUrl);
    if (!l.iconMediaId.isNull() || !r.iconMediaId.isNull())
        rows.add(QStringLiteral("icon_media_id"),
                 l.iconMediaId.isNull() ? QString() : l.iconMediaId.toString(QUuid::WithoutBraces),
                 r.iconMediaId.isNull() ? QString() : r.iconMediaId.toString(QUuid::WithoutBraces));

    const QStringList locales = unionKeys(achievementLocales(), achievementLocales(),
                                          l.translations.keys() + r.translations.keys());
    for (const QString &locale : locales) {
        const AchievementTexts a = l.translations.value(locale);
        const AchievementTexts b = r.translations.value(locale);
        const QString base = QStringLiteral("translations.") + locale;
        rows.add(base + QStringLiteral(".name"), a.name, b.name);
        rows.add(base + QStringLiteral(".description"), a.description, b.description);
        rows.add(base + QStringLiteral(".hint_text"), a.hintText, b.hintText);
        rows.add(base + QStringLiteral(".criteria_text"), a.criteriaText, b.criteriaText);
    }
    return rows.take();
}

QList<AchievementDiffRow> changes(const AchievementDefinition &left,
                                  const AchievementDefinition &right)
{
    QList<AchievementDiffRow> rows = compare(left, right);
    rows.removeIf([](const AchievementDiffRow &row) { return !row.changed; });
    return rows;
}

QStringList changedPaths(const AchievementDefinition &left, const AchievementDefinition &right)
{
    QStringList paths;
    for (const AchievementDiffRow &row : changes(left, right))
        paths.append(row.path);
    return paths;
}

AchievementDefinition reapply(const AchievementDefinition &base, const AchievementDefinition &mine,
                              const AchievementDefinition &latest)
{
    AchievementDefinition out = latest;
    const auto take = [](auto &target, const auto &b, const auto &m) {
        if (!(b == m))
            target = m;
    };
    take(out.key, base.key, mine.key);
    take(out.name, base.name, mine.name);
    take(out.description, base.description, mine.description);
    take(out.hintText, base.hintText, mine.hintText);
    take(out.badgeColor, base.badgeColor, mine.badgeColor);
    take(out.iconUrl, base.iconUrl, mine.iconUrl);
    take(out.iconMediaId, base.iconMediaId, mine.iconMediaId);
    take(out.iconConfig, base.iconConfig, mine.iconConfig);
    take(out.conditionType, base.conditionType, mine.conditionType);
    take(out.conditionValue, base.conditionValue, mine.conditionValue);
    take(out.easterEgg, base.easterEgg, mine.easterEgg);
    take(out.scope, base.scope, mine.scope);
    take(out.tenantId, base.tenantId, mine.tenantId);
    take(out.status, base.status, mine.status);
    take(out.unlockCriteria.type, base.unlockCriteria.type, mine.unlockCriteria.type);
    QStringList params = base.unlockCriteria.params.keys() + mine.unlockCriteria.params.keys();
    params.removeDuplicates();
    for (const QString &param : params) {
        const QJsonValue b = base.unlockCriteria.params.value(param);
        const QJsonValue m = mine.unlockCriteria.params.value(param);
        if (b == m)
            continue;
        if (m.isUndefined())
            out.unlockCriteria.params.remove(param);
        else
            out.unlockCriteria.params.insert(param, m);
    }
    QStringList locales = base.translations.keys() + mine.translations.keys();
    locales.removeDuplicates();
    for (const QString &locale : locales) {
        const AchievementTexts b = base.translations.value(locale);
        const AchievementTexts m = mine.translations.value(locale);
        AchievementTexts t = out.translations.value(locale);
        take(t.name, b.name, m.name);
        take(t.description, b.description, m.description);
        take(t.hintText, b.hintText, m.hintText);
        take(t.criteriaText, b.criteriaText, m.criteriaText);
        if (t.isEmpty())
            out.translations.remove(locale);
        else
            out.translations.insert(locale, t);
    }
    // An easter egg has no hint, whoever turned it into one.
    if (out.easterEgg) {
        out.hintText.clear();
        for (AchievementTexts &t : out.translations)
            t.hintText.clear();
    }
    return out;
}

} // namespace dicedesk::AchievementDiff
