#include "RecipientCheckModel.h"

#include <QLocale>

namespace dicedesk {

RecipientCheckModel::RecipientCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RecipientCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecipientCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckedRecipient &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return QLocale().toString(row.line);
        case InputColumn:
            return row.input;
        case NameColumn:
            return row.displayName;
        case AmountColumn:
            return m_withAmounts ? row.amountText : QString();
        case CheckColumn:
            return RecipientCheck::checkText(row.check);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CheckColumn && row.check == CheckedRecipient::Check::BadAmount)
            return tr("The amount must be a whole number from 1 to 1,000,000.");
        if (index.column() == CheckColumn && row.check == CheckedRecipient::Check::Unknown)
            return tr("No user with this e-mail or id that you can see: users of organisations "
                      "you do not administer are not shown.");
        if (index.column() == NameColumn)
            return row.email;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn || index.column() == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case CheckRole:
        return static_cast<int>(row.check);
    case UserIdRole:
        return row.userId;
    case OkRole:
        return row.check == CheckedRecipient::Check::Ok;
    default:
        return {};
    }
}

QVariant RecipientCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        //: Column: the line of the file or list
        return tr("Line");
    case InputColumn:
        //: Column: the e-mail or user id as given
        return tr("Recipient");
    case NameColumn:
        return tr("Name");
    case AmountColumn:
        return tr("Amount");
    case CheckColumn:
        //: Column: whether the line is added, or why not
        return tr("Check");
    default:
        return {};
    }
}

void RecipientCheckModel::setRows(const QList<CheckedRecipient> &rows, bool withAmounts)
{
    beginResetModel();
    m_rows = rows;
    m_withAmounts = withAmounts;
    m_counts = RecipientCheck::count(m_rows);
    endResetModel();
}

QList<Recipient> RecipientCheckModel::acceptedRecipients() const
{
    QList<Recipient> recipients;
    recipients.reserve(m_counts.ok);
    for (const CheckedRecipient &row : m_rows) {
        if (row.check != CheckedRecipient::Check::Ok)
            continue;
        Recipient recipient;
        recipient.userId = row.userId;
        recipient.displayName = row.displayName;
        recipient.email = row.email;
        recipient.amount = m_withAmounts ? row.amount : 0;
        recipients.append(recipient);
    }
    return recipients;
}

} // namespace dicedesk
