#include "TenantListModel.h"

namespace dicedesk {

void TenantListModel::setTenants(const QList<Tenant> &tenants, bool offerAllTenants)
{
    beginResetModel();
    m_tenants = tenants;
    m_offerAllTenants = offerAllTenants && !tenants.isEmpty();
    endResetModel();
}

int TenantListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_tenants.size()) + (m_offerAllTenants ? 1 : 0);
}

TenantScope TenantListModel::scopeAt(int row) const
{
    TenantScope scope;
    if (row < 0 || row >= rowCount())
        return scope;
    if (m_offerAllTenants && row == 0) {
        scope.allTenants = true;
        for (const Tenant &tenant : m_tenants)
            scope.tenantIds.append(tenant.id);
        return scope;
    }
    scope.tenantIds.append(m_tenants.at(row - (m_offerAllTenants ? 1 : 0)).id);
    return scope;
}

int TenantListModel::rowOf(const QUuid &id) const
{
    if (id.isNull())
        return m_offerAllTenants ? 0 : -1;
    for (qsizetype i = 0; i < m_tenants.size(); ++i) {
        if (m_tenants.at(i).id == id)
            return static_cast<int>(i) + (m_offerAllTenants ? 1 : 0);
    }
    return -1;
}

QVariant TenantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isAll = m_offerAllTenants && index.row() == 0;
    if (isAll) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("All tenants");
        case Qt::ToolTipRole:
            return tr("Figures across every tenant you administer");
        case IsAllTenantsRole:
            return true;
        case IdRole:
            return QVariant::fromValue(QUuid());
        default:
            return {};
        }
    }
    const Tenant &tenant = m_tenants.at(index.row() - (m_offerAllTenants ? 1 : 0));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tenant.name;
    case Qt::ToolTipRole:
        return tenant.slug;
    case IdRole:
        return QVariant::fromValue(tenant.id);
    case SlugRole:
        return tenant.slug;
    case IsAllTenantsRole:
        return false;
    default:
        return {};
    }
}

QHash<int, QByteArray> TenantListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "tenantId");
    names.insert(SlugRole, "slug");
    names.insert(IsAllTenantsRole, "isAllTenants");
    return names;
}

} // namespace dicedesk
