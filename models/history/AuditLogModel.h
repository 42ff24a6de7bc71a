#pragma once

#include "domain/AuditEntry.h"
#include "items/KeysetListModel.h"

#include <optional>

namespace dicedesk {

class Backend;

/// The tenant audit log (tenant_audit_logs), newest first, page by page (see
/// KeysetListModel). The base roles hold the entry's id, tenant and actor (UserIdRole,
/// UserNameRole).
class AuditLogModel : public KeysetListModelOf<AuditEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        TenantColumn,
        ActorColumn,
        EventColumn,
        SummaryColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum AuditRole
    {
        EventTypeRole = FirstSubclassRole, ///< QString, e.g. gamification.admin_award.reversed
        PayloadRole,                       ///< QString, compact JSON
        SummaryRole,                       ///< QString, the payload in one line
    };
    Q_ENUM(AuditRole)

    explicit AuditLogModel(Backend *backend, QObject *parent = nullptr);

    const AuditFilter &filter() const { return m_filter; }
    /// Shows the entries matching @p filter, from the newest (resets the list).
    void setFilter(const AuditFilter &filter);
    /// The entry in @p row if its page is in memory.
    std::optional<AuditEntry> entry(int row) const;

    /// A readable name for the event types DiceDesk knows ("Award reversed"), else the type.
    static QString eventLabel(const QString &eventType);
    /// The payload's top-level fields in one line: "award_id: 6c1…, reason: Sent twice".
    /// Nested objects and lists are counted, not spelled out; nulls and empty lists are left
    /// out.
    static QString summarizePayload(const QString &payloadJson, int maxLength = 200);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QFuture<Result<Page<AuditEntry>>> fetchRows(const KeysetCursor &after, int limit,
                                                CancelToken cancel) override;
    QVariant rowData(const AuditEntry &entry, int column, int role) const override;

private:
    Backend *m_backend;
    AuditFilter m_filter;
};

} // namespace dicedesk
