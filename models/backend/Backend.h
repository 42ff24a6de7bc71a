#pragma once

#include "Result.h"
#include "domain/Identity.h"
#include "domain/OverviewFigures.h"
#include "domain/Tenant.h"

#include <QFuture>
#include <QObject>

namespace dicedesk {

/// What the panes may ask of the gamification platform. The PostgreSQL implementation is
/// the first; an HTTP one follows. Nothing in ui/ knows SQL or HTTP.
///
/// Every call returns at once; the future resolves on the backend's own thread and never
/// throws: failures arrive as a Result holding a BackendError.
class Backend : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        Failed
    };
    Q_ENUM(State)

    using QObject::QObject;
    ~Backend() override;

    virtual State state() const = 0;
    /// A short human description of the endpoint, e.g. "demo_sysadmin @ local".
    virtual QString endpointLabel() const = 0;

    virtual QFuture<Result<bool>> open() = 0;
    virtual QFuture<Result<Identity>> identify() = 0;
    virtual QFuture<Result<QList<Tenant>>> tenants() = 0;
    virtual QFuture<Result<OverviewFigures>> overview(const TenantScope &scope) = 0;

Q_SIGNALS:
    void stateChanged(dicedesk::Backend::State state);
};

} // namespace dicedesk
