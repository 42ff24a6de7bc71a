#pragma once

#include "domain/AwardRequest.h"
#include "items/KeysetListModel.h"

#include <optional>

class QTimer;

namespace dicedesk {

class Backend;

/// Award requests for the approval queue, page by page (see KeysetListModel): pending ones
/// oldest first, decided ones newest first. Columns: requester, organisation, amount ×
/// recipients, total, message (one line), age ("3 h", "expired") and status. The age column
/// is brought up to date every minute.
class RequestQueueModel : public KeysetListModelOf<AwardRequestSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        RequesterColumn,
        TenantColumn,
        AmountColumn,
        TotalColumn,
        MessageColumn,
        AgeColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// UserIdRole and UserNameRole of the base are the requester's.
    enum RequestRole
    {
        StatusRole = FirstSubclassRole, ///< QString as stored: pending, approved, ...
        ExpiredRole,                    ///< bool: pending but past its expiry, or expired
        DecidableRole,                  ///< bool: pending and not expired
        RequesterIdRole,                ///< QUuid
        AwardTypeRole,                  ///< QString: coins, xp, achievement
        AmountRole,                     ///< qint64, per recipient
        RecipientCountRole,             ///< int
        TotalRole,                      ///< qint64
        MessageRole,                    ///< QString, as written (all lines)
        ExpiresAtRole,                  ///< QDateTime, UTC
        DecidedByNameRole,              ///< QString
        DecidedAtRole,                  ///< QDateTime, UTC
    };
    Q_ENUM(RequestRole)

    explicit RequestQueueModel(Backend *backend, QObject *parent = nullptr);

    const RequestFilter &filter() const { return m_filter; }
    /// Shows the requests matching @p filter from the top (resets the list).
    void setFilter(const RequestFilter &filter);
    /// The request in @p row if its page is in memory.
    std::optional<AwardRequestSummary> request(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QFuture<Result<Page<AwardRequestSummary>>> fetchRows(const KeysetCursor &after, int limit,
                                                         CancelToken cancel) override;
    QVariant rowData(const AwardRequestSummary &request, int column, int role) const override;

private:
    void refreshAges();

    Backend *m_backend;
    RequestFilter m_filter;
    QTimer *m_ageTimer;
};

} // namespace dicedesk
