#pragma once

#include "domain/OverviewFigures.h"

#include <QAbstractTableModel>
#include <optional>

namespace dicedesk {

/// The Overview's figures as rows (one per figure) so cards, tables and tests read the
/// same source. Column 0 is the figure's name, 1 its headline value, 2 the 7-day value.
class OverviewFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Figure
    {
        CoinsMinted,
        CoinsSpent,
        Events,
        PendingApprovals,
        ActiveMembers,
        MembersActiveLast30,
        FigureCount
    };
    Q_ENUM(Figure)

    enum Column
    {
        NameColumn,
        ValueColumn,
        Last7Column,
        ColumnCount
    };

    enum Role
    {
        FigureRole = Qt::UserRole + 1, ///< the Figure enum of the row
        RawValueRole,                  ///< qint64 value, unformatted
        CaptionRole,                   ///< what the headline value covers ("last 30 days")
    };
    Q_ENUM(Role)

    explicit OverviewFiguresModel(QObject *parent = nullptr);

    void setFigures(const OverviewFigures &figures);
    void clear();
    bool hasFigures() const { return m_loaded; }
    const OverviewFigures &figures() const { return m_figures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    qint64 headline(Figure figure) const;
    std::optional<qint64> last7(Figure figure) const;
    QString name(Figure figure) const;
    QString caption(Figure figure) const;

    OverviewFigures m_figures;
    bool m_loaded = false;
};

} // namespace dicedesk
