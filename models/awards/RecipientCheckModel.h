#pragma once

#include "Recipient.h"
#include "RecipientCheck.h"

#include <QAbstractTableModel>
#include <QList>

namespace dicedesk {

/// The preview of a pasted list or CSV import: each line, whom it names and its check.
class RecipientCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        InputColumn,
        NameColumn,
        AmountColumn,
        CheckColumn,
        ColumnCount
    };

    enum Role
    {
        CheckRole = Qt::UserRole + 1, ///< int: CheckedRecipient::Check
        UserIdRole,
        OkRole, ///< bool: the line is added
    };

    explicit RecipientCheckModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(const QList<CheckedRecipient> &rows, bool withAmounts);
    void clear() { setRows({}, m_withAmounts); }
    const QList<CheckedRecipient> &rows() const { return m_rows; }
    bool withAmounts() const { return m_withAmounts; }
    const CheckCounts &counts() const { return m_counts; }
    /// The lines that pass, as recipients (with their own amount when the check had one).
    QList<Recipient> acceptedRecipients() const;

private:
    QList<CheckedRecipient> m_rows;
    CheckCounts m_counts;
    bool m_withAmounts = false;
};

} // namespace dicedesk
