#pragma once

#include "Tenant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace dicedesk {

/// The locales an achievement's texts come in, in the order the editor shows them.
inline const QStringList &achievementLocales()
{
    static const QStringList locales{QStringLiteral("sv"), QStringLiteral("en"),
                                     QStringLiteral("no")};
    return locales;
}

/// One locale's texts of an achievement (achievement_translations).
struct AchievementTexts
{
    QString name; ///< required, 1–200 characters
    QString description;
    QString hintText; ///< none for an easter egg
    QString criteriaText;

    bool isEmpty() const
    {
        return name.isEmpty() && description.isEmpty() && hintText.isEmpty() &&
               criteriaText.isEmpty();
    }
    friend bool operator==(const AchievementTexts &, const AchievementTexts &) = default;
};

/// How an achievement is unlocked: {type: event|milestone|manual, params: {...}}. Known
/// params: event {event_type, count}; milestone {metric, threshold}; manual {}. Params the
/// console does not know are kept as they are.
struct UnlockCriteria
{
    QString type = QStringLiteral("manual");
    QJsonObject params;

    friend bool operator==(const UnlockCriteria &, const UnlockCriteria &) = default;
};

/// A whole achievement definition, the canonical jsonb of dicedesk_achievement_definition()
/// (every column that describes it plus its translations; no id, no timestamps). The version
/// history stores exactly this, so two versions compare field by field.
struct AchievementDefinition
{
    QString key; ///< achievement_key: 2–64 of a-z 0-9 _ . - ; unique per scope
    QString name;
    QString description;
    QString hintText;
    QString badgeColor;     ///< #RRGGBB or empty
    QString iconUrl;        ///< legacy icon URL, kept for round trips
    QUuid iconMediaId;      ///< Lekbanken's media reference, kept for round trips
    QJsonObject iconConfig; ///< the badge (BadgeConfig's JSON); empty: none
    QString conditionType = QStringLiteral("manual");
    qint64 conditionValue = -1; ///< -1: null
    UnlockCriteria unlockCriteria;
    bool easterEgg = false;
    QString scope = QStringLiteral("global");     ///< global or tenant
    QUuid tenantId;                               ///< set exactly when scope is tenant
    QString status = QStringLiteral("draft");     ///< draft, active or archived
    QMap<QString, AchievementTexts> translations; ///< by locale (sv, en, no)

    /// The canonical JSON (snake_case keys, nulls for empty optional values).
    QJsonObject toJson() const;
    static AchievementDefinition fromJson(const QJsonObject &json);

    friend bool operator==(const AchievementDefinition &, const AchievementDefinition &) = default;
};

/// A stored achievement: its definition and where it stands.
struct AchievementRecord
{
    QUuid id;
    int version = 0; ///< the latest achievement_versions row; send it back to save
    AchievementDefinition definition;
    QString tenantName;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QString updatedByName;
};

/// Which achievements the definitions list shows.
struct AchievementFilter
{
    TenantScope scope; ///< tenants whose own achievements are listed
    bool includeGlobal = true;
    QString scopeKind;     ///< global, tenant or empty for both
    QString status;        ///< draft, active, archived or empty for any
    QString conditionType; ///< exact; empty for any
    QString search;        ///< key or name (any locale) containing the text; case-insensitive
    enum class Sort
    {
        Name,    ///< by name, A–Z
        Key,     ///< by key, A–Z
        Updated, ///< most recently changed first
    } sort = Sort::Name;
};

/// One row of the definitions list.
struct AchievementSummary
{
    QUuid id;
    QString key;
    QString name;
    QString scope; ///< global or tenant
    QUuid tenantId;
    QString tenantName;
    QString status;
    QString conditionType;
    qint64 conditionValue = -1;
    QString unlockType;
    bool easterEgg = false;
    QString badgeColor;
    QJsonObject iconConfig;
    QStringList missingLocales; ///< of sv, en, no: those without a translation
    qint64 holderCount = 0;
    int version = 0;
    QDateTime updatedAt; ///< UTC
};

/// One saved version of an achievement (achievement_versions), newest first in lists.
struct AchievementVersion
{
    int version = 0;
    AchievementDefinition definition;
    QUuid changedBy;
    QString changedByName;
    QString reason;
    QDateTime createdAt; ///< UTC
};

/// A save: the definition, the version it was based on (conflict check) and why.
struct AchievementSaveDraft
{
    QUuid id; ///< null creates
    AchievementDefinition definition;
    int expectedVersion = 0; ///< updates: the version the edit started from
    QString reason;          ///< required for updates, up to 1,000 characters
};

struct AchievementSaveOutcome
{
    QUuid id;
    int version = 0;
    bool created = false;
    bool changed = false; ///< false: the save matched the stored definition; nothing written
};

/// Bulk activate / archive: all or nothing.
struct AchievementStatusOutcome
{
    QList<QUuid> changed;
    QList<QUuid> unchanged; ///< already in that status
};

/// One problem the database found in a definition or an import, by field path
/// ("achievements[2].unlock.condition_type", "translations.en.name").
struct FieldProblem
{
    QString path;
    QString code; ///< SQLSTATE-like: 22023 invalid, P0002 unknown, 54000 too large
    QString message;

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

/// What an AWARD_BUILDER_EXPORT_SCHEMA_V1 import would do (dry run) or did.
struct AchievementImportReport
{
    bool valid = false;
    bool dryRun = true;
    QList<FieldProblem> errors;
    QStringList created;   ///< keys
    QStringList updated;   ///< keys
    QStringList unchanged; ///< keys
    QUuid exportId;        ///< the award_builder_exports row, when applied
};

/// A saved badge design (badge_presets) to start new badges from.
struct BadgePreset
{
    QUuid id;
    QString name;
    QUuid tenantId; ///< null: shared by everyone (system admins save those)
    QJsonObject config;
    QString createdByName;
    QDateTime createdAt; ///< UTC
};

} // namespace dicedesk
