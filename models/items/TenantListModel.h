#pragma once

#include "domain/Tenant.h"

#include <QAbstractListModel>

namespace dicedesk {

/// The tenants the signed-in user may switch between; a system admin also gets an
/// "All tenants" row first.
class TenantListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SlugRole,
        IsAllTenantsRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setTenants(const QList<Tenant> &tenants, bool offerAllTenants);
    /// The scope a row stands for; "All tenants" covers every listed tenant.
    TenantScope scopeAt(int row) const;
    /// The row of a tenant id, or -1; a null id finds the "All tenants" row.
    int rowOf(const QUuid &id) const;
    const QList<Tenant> &tenants() const { return m_tenants; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Tenant> m_tenants;
    bool m_offerAllTenants = false;
};

} // namespace dicedesk
