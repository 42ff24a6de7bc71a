#include "AchievementDiffModel.h"

#include <QBrush>
#include <QFont>

namespace dicedesk {

void AchievementDiffModel::setDefinitions(const AchievementDefinition &left,
                                          const QString &leftTitle,
                                          const AchievementDefinition &right,
                                          const QString &rightTitle)
{
    beginResetModel();
    m_all = AchievementDiff::compare(left, right);
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    m_changedCount = int(std::count_if(m_all.cbegin(), m_all.cend(),
                                       [](const AchievementDiffRow &r) { return r.changed; }));
    rebuild();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, LeftColumn, RightColumn);
}

void AchievementDiffModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_rows.clear();
    m_changedCount = 0;
    endResetModel();
}

void AchievementDiffModel::setOnlyChanges(bool only)
{
    if (only == m_onlyChanges)
        return;
    beginResetModel();
    m_onlyChanges = only;
    rebuild();
    endResetModel();
}

void AchievementDiffModel::rebuild()
{
    m_rows.clear();
    for (const AchievementDiffRow &row : std::as_const(m_all)) {
        if (row.changed || !m_onlyChanges)
            m_rows.append(row);
    }
}

int AchievementDiffModel::rowOf(const QString &path) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).path == path)
            return row;
    }
    return -1;
}

void AchievementDiffModel::setHighlight(const QColor &colour)
{
    m_highlight = colour;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole});
}

int AchievementDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AchievementDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AchievementDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AchievementDiffRow &row = m_rows.at(index.row());
    switch (role) {
    case PathRole:
        return row.path;
    case ChangedRole:
        return row.changed;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn)
            return role == Qt::ToolTipRole ? row.path : row.label;
        {
            const QString &text = index.column() == LeftColumn ? row.left : row.right;
            if (text.isEmpty() && role == Qt::DisplayRole)
                return tr("—");
            return text;
        }
    case Qt::BackgroundRole:
        return row.changed ? QVariant(QBrush(m_highlight)) : QVariant();
    case Qt::FontRole:
        if (row.changed && index.column() == FieldColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    }
    return {};
}

QVariant AchievementDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case LeftColumn:
        return m_leftTitle.isEmpty() ? tr("Before") : m_leftTitle;
    case RightColumn:
        return m_rightTitle.isEmpty() ? tr("After") : m_rightTitle;
    }
    return {};
}

} // namespace dicedesk
