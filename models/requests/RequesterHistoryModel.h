#pragma once

#include "domain/AwardRequest.h"

#include <QAbstractTableModel>
#include <QList>

namespace dicedesk {

/// The requester's other recent requests, newest first, with their status and decision:
/// context for deciding the one at hand.
class RequesterHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        AmountColumn,
        StatusColumn,
        DecisionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum HistoryRole
    {
        IdRole = Qt::UserRole + 1, ///< QUuid of the request
        StatusRole,                ///< QString as stored
        ExpiredRole,               ///< bool
        CreatedAtRole,             ///< QDateTime, UTC
    };
    Q_ENUM(HistoryRole)

    explicit RequesterHistoryModel(QObject *parent = nullptr);

    void setRequests(const QList<AwardRequestSummary> &requests);
    void clear();
    const QList<AwardRequestSummary> &requests() const { return m_requests; }

    /// "by Sam Sysadmin at 14:02: Over budget"; empty while undecided.
    static QString decisionText(const AwardRequestSummary &request);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void retranslate();

private:
    QList<AwardRequestSummary> m_requests;
};

} // namespace dicedesk
