#include "OverviewFiguresModel.h"

#include <QLocale>

namespace dicedesk {

OverviewFiguresModel::OverviewFiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OverviewFiguresModel::setFigures(const OverviewFigures &figures)
{
    m_figures = figures;
    m_loaded = true;
    Q_EMIT dataChanged(index(0, 0), index(FigureCount - 1, ColumnCount - 1));
}

void OverviewFiguresModel::clear()
{
    m_figures = {};
    m_loaded = false;
    Q_EMIT dataChanged(index(0, 0), index(FigureCount - 1, ColumnCount - 1));
}

int OverviewFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FigureCount;
}

int OverviewFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 OverviewFiguresModel::headline(Figure figure) const
{
    switch (figure) {
    case CoinsMinted:
        return m_figures.mintedLast30;
    case CoinsSpent:
        return m_figures.spentLast30;
    case Events:
        return m_figures.eventsLast30;
    case PendingApprovals:
        return m_figures.pendingApprovals;
    case ActiveMembers:
        return m_figures.activeMembers;
    case MembersActiveLast30:
        return m_figures.membersActiveLast30;
    case FigureCount:
        break;
    }
    return 0;
}

std::optional<qint64> OverviewFiguresModel::last7(Figure figure) const
{
    switch (figure) {
    case CoinsMinted:
        return m_figures.mintedLast7;
    case CoinsSpent:
        return m_figures.spentLast7;
    case Events:
        return m_figures.eventsLast7;
    default:
        return std::nullopt;
    }
}

QString OverviewFiguresModel::name(Figure figure) const
{
    switch (figure) {
    case CoinsMinted:
        return tr("Coins minted");
    case CoinsSpent:
        return tr("Coins spent");
    case Events:
        return tr("Events");
    case PendingApprovals:
        return tr("Pending approvals");
    case ActiveMembers:
        return tr("Members");
    case MembersActiveLast30:
        return tr("Active members");
    case FigureCount:
        break;
    }
    return {};
}

QString OverviewFiguresModel::caption(Figure figure) const
{
    switch (figure) {
    case CoinsMinted:
    case CoinsSpent:
    case Events:
        return tr("last 30 days");
    case PendingApprovals:
        return tr("awaiting a system admin");
    case ActiveMembers:
        return tr("with an active membership");
    case MembersActiveLast30:
        //: members who produced at least one event in the period
        return tr("with activity in the last 30 days");
    case FigureCount:
        break;
    }
    return {};
}

QVariant OverviewFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto figure = static_cast<Figure>(index.row());
    const QLocale locale;
    switch (role) {
    case FigureRole:
        return figure;
    case CaptionRole:
        return caption(figure);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        if (!m_loaded)
            return {};
        if (index.column() == ValueColumn)
            return headline(figure);
        if (index.column() == Last7Column) {
            const auto value = last7(figure);
            return value ? QVariant(*value) : QVariant();
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return name(figure);
        if (!m_loaded)
            return QStringLiteral("–");
        if (index.column() == ValueColumn)
            return locale.toString(headline(figure));
        if (index.column() == Last7Column) {
            const auto value = last7(figure);
            return value ? locale.toString(*value) : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant OverviewFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Figure");
    case ValueColumn:
        return tr("Value");
    case Last7Column:
        return tr("Last 7 days");
    default:
        return {};
    }
}

} // namespace dicedesk
