#pragma once

#include "domain/Achievement.h"

#include <QAbstractTableModel>
#include <QList>

namespace dicedesk {

/// The saved versions of one achievement, newest first: version, author, time, reason.
class AchievementVersionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VersionColumn,
        AuthorColumn,
        TimeColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        VersionRole = Qt::UserRole + 1, ///< int
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setVersions(const QList<AchievementVersion> &versions);
    const QList<AchievementVersion> &versions() const { return m_versions; }
    /// The row of @p version, -1 if it is not listed.
    int rowOf(int version) const;
    const AchievementVersion *versionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AchievementVersion> m_versions;
};

} // namespace dicedesk
