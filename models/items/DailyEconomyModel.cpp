#include "DailyEconomyModel.h"

#include <QLocale>

namespace dicedesk {

void DailyEconomyModel::setDays(const QList<EconomyDay> &days)
{
    beginResetModel();
    m_days = days;
    endResetModel();
}

int DailyEconomyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_days.size());
}

int DailyEconomyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DailyEconomyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EconomyDay &day = m_days.at(index.row());
    const QLocale locale;
    if (role == RawValueRole) {
        switch (index.column()) {
        case DayColumn:
            return day.day;
        case MintedColumn:
            return day.minted;
        case SpentColumn:
            return day.spent;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DayColumn:
            return locale.toString(day.day, QLocale::ShortFormat);
        case MintedColumn:
            return locale.toString(day.minted);
        case SpentColumn:
            return locale.toString(day.spent);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != DayColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DailyEconomyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case MintedColumn:
        return tr("Minted");
    case SpentColumn:
        return tr("Spent");
    default:
        return {};
    }
}

} // namespace dicedesk
