#pragma once

#include "achievements/AchievementDiff.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace dicedesk {

/// A side-by-side comparison of two definitions: field, left value, right value; changed rows
/// are highlighted and, with onlyChanges, the only ones listed.
class AchievementDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        LeftColumn,
        RightColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, ///< QString, "translations.en.name"
        ChangedRole,                 ///< bool
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDefinitions(const AchievementDefinition &left, const QString &leftTitle,
                        const AchievementDefinition &right, const QString &rightTitle);
    void clear();
    void setOnlyChanges(bool only);
    bool onlyChanges() const { return m_onlyChanges; }
    /// How many fields differ (whatever is listed).
    int changedCount() const { return m_changedCount; }
    /// The row of @p path, -1 if it is not listed.
    int rowOf(const QString &path) const;
    /// The highlight of changed rows, chosen to suit the palette.
    void setHighlight(const QColor &colour);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<AchievementDiffRow> m_all;
    QList<AchievementDiffRow> m_rows;
    QString m_leftTitle;
    QString m_rightTitle;
    QColor m_highlight{255, 236, 179};
    bool m_onlyChanges = true;
    int m_changedCount = 0;
};

} // namespace dicedesk
