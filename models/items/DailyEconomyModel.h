#pragma once

#include "domain/OverviewFigures.h"

#include <QAbstractTableModel>

namespace dicedesk {

/// Coins minted and spent per day, one row per day (oldest first). Charts read it through
/// the chart adapter in ui/, so the chart library stays replaceable.
class DailyEconomyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DayColumn,
        MintedColumn,
        SpentColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1
    };
    Q_ENUM(Role)

    using QAbstractTableModel::QAbstractTableModel;

    void setDays(const QList<EconomyDay> &days);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<EconomyDay> m_days;
};

} // namespace dicedesk
