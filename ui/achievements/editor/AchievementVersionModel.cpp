#include "AchievementVersionModel.h"

#include "items/KeysetListModel.h"

namespace dicedesk {

void AchievementVersionModel::setVersions(const QList<AchievementVersion> &versions)
{
    beginResetModel();
    m_versions = versions;
    std::sort(m_versions.begin(), m_versions.end(),
              [](const AchievementVersion &a, const AchievementVersion &b) {
                  return a.version > b.version;
              });
    endResetModel();
}

int AchievementVersionModel::rowOf(int version) const
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).version == version)
            return row;
    }
    return -1;
}

const AchievementVersion *AchievementVersionModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

int AchievementVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int AchievementVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AchievementVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AchievementVersion &v = m_versions.at(index.row());
    if (role == VersionRole)
        return v.version;
    if (role == Qt::TextAlignmentRole && index.column() == VersionColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return v.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return v.version;
    case AuthorColumn:
        return v.changedByName.isEmpty() ? tr("(unknown)") : v.changedByName;
    case TimeColumn:
        return KeysetListModel::formatTime(v.createdAt);
    case ReasonColumn:
        if (v.reason.isEmpty())
            return v.version == 1 ? tr("Created") : QString();
        return QString(v.reason).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return {};
}

QVariant AchievementVersionModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case AuthorColumn:
        return tr("Changed by");
    case TimeColumn:
        return tr("When");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace dicedesk
