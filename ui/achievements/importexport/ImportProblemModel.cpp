#include "ImportProblemModel.h"

namespace dicedesk {

ImportProblemModel::ImportProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportProblemModel::setProblems(const QList<FieldProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldProblem &problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PathColumn)
            //: the whole file, when a problem has no field path
            return problem.path.isEmpty() || problem.path == QLatin1String("$") ? tr("(file)")
                                                                                : problem.path;
        return problem.message;
    case Qt::ToolTipRole:
        return problem.code.isEmpty() ? problem.message
                                      //: tooltip of an import problem: %1 message, %2 code
                                      : tr("%1 (code %2)").arg(problem.message, problem.code);
    case PathRole:
        return problem.path;
    case CodeRole:
        return problem.code;
    }
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == PathColumn ? tr("Field") : tr("Problem");
}

} // namespace dicedesk
