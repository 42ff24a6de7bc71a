#pragma once

#include "domain/Achievement.h"
#include "items/KeysetListModel.h"

#include <optional>

namespace dicedesk {

class Backend;

/// The achievement definitions list, page by page (see KeysetListModel), in the order of the
/// filter's sort; the server sorts, so a sort change is a new filter (and a reset).
///
/// The badge column has no text: its icon_config is exposed through IconConfigRole and the
/// view's delegate draws it.
class AchievementListModel : public KeysetListModelOf<AchievementSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        BadgeColumn,
        NameColumn,
        KeyColumn,
        ScopeColumn,
        StatusColumn,
        ConditionColumn,
        UnlockColumn,
        TranslationsColumn,
        HoldersColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum AchievementRole
    {
        KeyRole = FirstSubclassRole, ///< QString, achievement_key
        NameRole,                    ///< QString
        ScopeRole,                   ///< QString: global or tenant
        StatusRole,                  ///< QString: draft, active or archived
        ConditionTypeRole,           ///< QString
        ConditionValueRole,          ///< qint64; -1 when none
        UnlockTypeRole,              ///< QString: event, milestone or manual
        EasterEggRole,               ///< bool
        BadgeColorRole,              ///< QString "#RRGGBB" or empty
        IconConfigRole,              ///< QJsonObject, the badge (empty: none)
        MissingLocalesRole,          ///< QStringList of sv, en, no
        HolderCountRole,             ///< qint64
        VersionRole,                 ///< int
        UpdatedAtRole,               ///< QDateTime, UTC
    };
    Q_ENUM(AchievementRole)

    explicit AchievementListModel(Backend *backend, QObject *parent = nullptr);

    const AchievementFilter &filter() const { return m_filter; }
    /// Shows the achievements matching @p filter in its order (resets the list).
    void setFilter(const AchievementFilter &filter);
    /// The achievement in @p row if its page is in memory.
    std::optional<AchievementSummary> summary(int row) const;

    /// Translated names of the fixed values, shared with the pane.
    static QString statusText(const QString &status);
    static QString unlockText(const QString &unlockType);
    /// "sessions_completed · 10", or just the type when it has no value.
    static QString conditionText(const QString &type, qint64 value);
    /// "sv en —no": the locales in editor order, missing ones marked.
    static QString translationsText(const QStringList &missingLocales);
    /// "Global", or the tenant's name.
    static QString scopeText(const QString &scope, const QString &tenantName);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QFuture<Result<Page<AchievementSummary>>> fetchRows(const KeysetCursor &after, int limit,
                                                        CancelToken cancel) override;
    QVariant rowData(const AchievementSummary &row, int column, int role) const override;

private:
    Backend *m_backend;
    AchievementFilter m_filter;
};

} // namespace dicedesk
