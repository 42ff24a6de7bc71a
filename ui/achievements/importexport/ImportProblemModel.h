#pragma once

#include "domain/Achievement.h"

#include <QAbstractTableModel>

namespace dicedesk {

/// What is wrong with an import file: one row per field path with its message, from reading
/// the file (the client) or from the server's strict validation.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PathColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, ///< QString field path ("achievements[2].name")
        CodeRole,                    ///< QString SQLSTATE-like code
    };

    explicit ImportProblemModel(QObject *parent = nullptr);

    void setProblems(const QList<FieldProblem> &problems);
    const QList<FieldProblem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FieldProblem> m_problems;
};

} // namespace dicedesk
