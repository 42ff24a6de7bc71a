#include "RequesterHistoryModel.h"

#include "RequestFormat.h"
#include "items/KeysetListModel.h"

namespace dicedesk {

RequesterHistoryModel::RequesterHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("requesterHistoryModel"));
}

void RequesterHistoryModel::setRequests(const QList<AwardRequestSummary> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

void RequesterHistoryModel::clear()
{
    setRequests({});
}

QString RequesterHistoryModel::decisionText(const AwardRequestSummary &request)
{
    if (request.decidedByName.isEmpty()) {
        // Expired and cancelled requests may carry a reason without a decider.
        return request.decisionReason;
    }
    const QString when = RequestFormat::shortTime(request.decidedAt);
    if (request.decisionReason.isEmpty())
        //: Who decided a request and when: "by Sam Sysadmin at 14:02"
        return tr("by %1 at %2").arg(request.decidedByName, when);
    //: Who decided a request, when and why: "by Sam Sysadmin at 14:02: Over budget"
    return tr("by %1 at %2: %3")
        .arg(request.decidedByName, when, RequestFormat::oneLine(request.decisionReason));
}

int RequesterHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

int RequesterHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequesterHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AwardRequestSummary &request = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return KeysetListModel::formatTime(request.createdAt);
        case AmountColumn:
            return RequestFormat::amountTimesRecipients(request);
        case StatusColumn:
            return RequestFormat::statusText(request.status, request.expired);
        case DecisionColumn:
            return decisionText(request);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DecisionColumn && !request.decisionReason.isEmpty())
            return request.decisionReason;
        if (index.column() == AmountColumn)
            return RequestFormat::oneLine(request.message);
        return {};
    case IdRole:
        return request.id;
    case StatusRole:
        return request.status;
    case ExpiredRole:
        return request.expired;
    case CreatedAtRole:
        return request.createdAt;
    default:
        return {};
    }
}

QVariant RequesterHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        //: When a request was filed
        return tr("Filed");
    case AmountColumn:
        return tr("Amount × recipients");
    case StatusColumn:
        return tr("Status");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

QHash<int, QByteArray> RequesterHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "requestId");
    names.insert(StatusRole, "status");
    names.insert(ExpiredRole, "expired");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

void RequesterHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_requests.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace dicedesk
