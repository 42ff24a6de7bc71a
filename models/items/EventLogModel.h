#pragma once

#include "KeysetListModel.h"
#include "domain/EventRecord.h"

#include <optional>

namespace dicedesk {

class Backend;

/// The gamification event log, newest first, page by page (see KeysetListModel).
class EventLogModel : public KeysetListModelOf<EventRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        TenantColumn,
        UserColumn,
        EventColumn,
        SourceColumn,
        KeyColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum EventRole
    {
        EventTypeRole = FirstSubclassRole, ///< QString
        SourceRole,                        ///< QString
        IdempotencyKeyRole,                ///< QString
        MetadataRole,                      ///< QString, compact JSON
    };
    Q_ENUM(EventRole)

    explicit EventLogModel(Backend *backend, QObject *parent = nullptr);

    const EventFilter &filter() const { return m_filter; }
    /// Shows the events matching @p filter, from the newest (resets the list).
    void setFilter(const EventFilter &filter);
    /// The event in @p row if its page is in memory.
    std::optional<EventRecord> record(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QFuture<Result<Page<EventRecord>>> fetchRows(const KeysetCursor &after, int limit,
                                                 CancelToken cancel) override;
    QVariant rowData(const EventRecord &event, int column, int role) const override;

private:
    Backend *m_backend;
    EventFilter m_filter;
};

} // namespace dicedesk
