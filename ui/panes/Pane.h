#pragma once

#include "domain/Tenant.h"

#include <QIcon>
#include <QWidget>

namespace dicedesk {

/// One pane of the main window: a filter bar, content and actions for one kind of work.
/// The shell lists panes in the navigation rail and tells them the tenant scope.
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Stable identifier (settings, screenshot names, command palette): "overview".
    virtual QString paneId() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// The tenant scope changed; reload what the pane shows.
    virtual void setScope(const TenantScope &scope) = 0;
    /// True once the pane shows data (or an error) for the current scope.
    virtual bool isSettled() const = 0;
    /// Reload the pane's data (F5).
    virtual void refresh() = 0;

Q_SIGNALS:
    void settled();
};

} // namespace dicedesk
