#pragma once

#include "domain/Identity.h"
#include "domain/Tenant.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

class QWidget;

namespace dicedesk {

class AchievementEditorDialog;
class AchievementsPane;
class Backend;

/// What happens around the achievement definitions list: New / Edit open the editor (one
/// window per achievement; asking again raises it), the editor's "Design badge…" opens the
/// badge designer, Import / Export run the award-builder file dialogs, and a save or an
/// import reloads the list keeping the selection. "Award to members…" is handed to the shell
/// (awardRequested), which opens the awards pane with the achievement chosen.
class AchievementWorkflow : public QObject
{
    Q_OBJECT

public:
    AchievementWorkflow(Backend *backend, const Identity &identity, AchievementsPane *pane,
                        QWidget *window);

    /// The shell's tenant scope and the tenants the user may switch to (the editor offers those
    /// the user may design in; an export of the whole list asks which scope).
    void setScope(const TenantScope &scope, const QList<Tenant> &tenants);

    void openNew();
    void openExisting(const QUuid &id);
    void importFile();
    void exportAchievements(const QList<QUuid> &ids);
    /// The editor open on @p id (or the new one for a null id), else null.
    AchievementEditorDialog *editorFor(const QUuid &id) const;

Q_SIGNALS:
    void awardRequested(const QUuid &id, const QString &name);

private:
    AchievementEditorDialog *makeEditor();
    void designBadge(AchievementEditorDialog *editor, const QJsonObject &iconConfig);
    void runExport(const QUuid &scopeTenant, const QList<QUuid> &ids, const QString &scopeName);
    QList<Tenant> designableTenants() const;
    QString tenantName(const QUuid &id) const;

    Backend *m_backend;
    Identity m_identity;
    AchievementsPane *m_pane;
    QWidget *m_window;
    TenantScope m_scope;
    QList<Tenant> m_tenants;
    QList<QPointer<AchievementEditorDialog>> m_editors;
};

} // namespace dicedesk
