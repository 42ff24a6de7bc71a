#include "AchievementListModel.h"

#include "backend/Backend.h"

#include <QLocale>

namespace dicedesk {

AchievementListModel::AchievementListModel(Backend *backend, QObject *parent)
    : KeysetListModelOf<AchievementSummary>(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("achievementListModel"));
}

void AchievementListModel::setFilter(const AchievementFilter &filter)
{
    m_filter = filter;
    reset();
}

std::optional<AchievementSummary> AchievementListModel::summary(int row) const
{
    const AchievementSummary *found = rowAt(row);
    return found ? std::optional<AchievementSummary>(*found) : std::nullopt;
}

QString AchievementListModel::statusText(const QString &status)
{
    if (status == QLatin1String("draft"))
        //: Status of an achievement that members do not see yet
        return tr("Draft");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return status;
}

QString AchievementListModel::unlockText(const QString &unlockType)
{
    if (unlockType == QLatin1String("event"))
        //: How an achievement is unlocked: by an event (e.g. a completed session)
        return tr("Event");
    if (unlockType == QLatin1String("milestone"))
        //: How an achievement is unlocked: by reaching a threshold of a metric
        return tr("Milestone");
    if (unlockType == QLatin1String("manual"))
        //: How an achievement is unlocked: awarded by hand
        return tr("Manual");
    return unlockType;
}

QString AchievementListModel::conditionText(const QString &type, qint64 value)
{
    if (value < 0)
        return type;
    //: %1 is a condition type (sessions_completed), %2 its value (10)
    return tr("%1 · %2").arg(type, QLocale().toString(value));
}

QString AchievementListModel::translationsText(const QStringList &missingLocales)
{
    QStringList parts;
    for (const QString &locale : achievementLocales())
        parts.append(missingLocales.contains(locale) ? QStringLiteral("—") + locale : locale);
    return parts.join(QLatin1Char(' '));
}

QString AchievementListModel::scopeText(const QString &scope, const QString &tenantName)
{
    if (scope == QLatin1String("global"))
        //: Scope of an achievement that every tenant sees
        return tr("Global");
    return tenantName.isEmpty() ? tr("Tenant") : tenantName;
}

int AchievementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AchievementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == HoldersColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == BadgeColumn)
        return tr("Badge");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetListModelOf<AchievementSummary>::headerData(section, orientation, role);
    switch (section) {
    case BadgeColumn:
        return QString();
    case NameColumn:
        return tr("Name");
    case KeyColumn:
        //: The achievement's key (achievement_key), unique per scope
        return tr("Key");
    case ScopeColumn:
        //: Global, or the tenant an achievement belongs to
        return tr("Scope");
    case StatusColumn:
        return tr("Status");
    case ConditionColumn:
        return tr("Condition");
    case UnlockColumn:
        //: How the achievement is unlocked: event, milestone or manual
        return tr("Unlock");
    case TranslationsColumn:
        return tr("Translations");
    case HoldersColumn:
        //: Members who hold the achievement
        return tr("Holders");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

QHash<int, QByteArray> AchievementListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeysetListModelOf<AchievementSummary>::roleNames();
    names.insert(KeyRole, "key");
    names.insert(NameRole, "name");
    names.insert(ScopeRole, "scope");
    names.insert(StatusRole, "status");
    names.insert(ConditionTypeRole, "conditionType");
    names.insert(ConditionValueRole, "conditionValue");
    names.insert(UnlockTypeRole, "unlockType");
    names.insert(EasterEggRole, "easterEgg");
    names.insert(BadgeColorRole, "badgeColor");
    names.insert(IconConfigRole, "iconConfig");
    names.insert(MissingLocalesRole, "missingLocales");
    names.insert(HolderCountRole, "holderCount");
    names.insert(VersionRole, "version");
    names.insert(UpdatedAtRole, "updatedAt");
    return names;
}

QFuture<Result<Page<AchievementSummary>>>
AchievementListModel::fetchRows(const KeysetCursor &after, int limit, CancelToken cancel)
{
    return m_backend->achievementPage(m_filter, after, limit, cancel);
}

QVariant AchievementListModel::rowData(const AchievementSummary &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case KeyColumn:
            return row.key;
        case ScopeColumn:
            return scopeText(row.scope, row.tenantName);
        case StatusColumn:
            return statusText(row.status);
        case ConditionColumn:
            return conditionText(row.conditionType, row.conditionValue);
        case UnlockColumn:
            return row.easterEgg
                       //: %1 is how it unlocks (Event); the achievement is a hidden easter egg
                       ? tr("%1 · easter egg").arg(unlockText(row.unlockType))
                       : unlockText(row.unlockType);
        case TranslationsColumn:
            return translationsText(row.missingLocales);
        case HoldersColumn:
            return QLocale().toString(row.holderCount);
        case UpdatedColumn:
            return formatTime(row.updatedAt);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == HoldersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == TranslationsColumn && !row.missingLocales.isEmpty())
            //: %1 lists locale codes (no, en)
            return tr("Missing translations: %1").arg(row.missingLocales.join(QLatin1String(", ")));
        if (column == NameColumn || column == BadgeColumn)
            return row.name;
        return {};
    case Qt::AccessibleTextRole:
        if (column == BadgeColumn)
            //: Accessible text of the badge thumbnail; %1 is the achievement's name
            return tr("Badge of %1").arg(row.name);
        return {};
    case IdRole:
        return row.id;
    case TenantIdRole:
        return row.tenantId;
    case TenantNameRole:
        return row.tenantName;
    case KeyRole:
        return row.key;
    case NameRole:
        return row.name;
    case ScopeRole:
        return row.scope;
    case StatusRole:
        return row.status;
    case ConditionTypeRole:
        return row.conditionType;
    case ConditionValueRole:
        return row.conditionValue;
    case UnlockTypeRole:
        return row.unlockType;
    case EasterEggRole:
        return row.easterEgg;
    case BadgeColorRole:
        return row.badgeColor;
    case IconConfigRole:
        return row.iconConfig;
    case MissingLocalesRole:
        return row.missingLocales;
    case HolderCountRole:
        return row.holderCount;
    case VersionRole:
        return row.version;
    case UpdatedAtRole:
        return row.updatedAt;
    default:
        return {};
    }
}

} // namespace dicedesk
