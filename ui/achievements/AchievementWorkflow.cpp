#include "AchievementWorkflow.h"

#include "AchievementsPane.h"
#include "achievements/AchievementListModel.h"
#include "achievements/AchievementValidation.h"
#include "badges/BadgeDesignerDialog.h"
#include "editor/AchievementEditorDialog.h"
#include "importexport/AchievementExport.h"
#include "importexport/AchievementImportDialog.h"

#include <QInputDialog>
#include <QJsonObject>
#include <QWidget>

namespace dicedesk {

AchievementWorkflow::AchievementWorkflow(Backend *backend, const Identity &identity,
                                         AchievementsPane *pane, QWidget *window)
    : QObject(pane)
    , m_backend(backend)
    , m_identity(identity)
    , m_pane(pane)
    , m_window(window)
{
    connect(pane, &AchievementsPane::newAchievementRequested, this, &AchievementWorkflow::openNew);
    connect(pane, &AchievementsPane::editRequested, this, &AchievementWorkflow::openExisting);
    connect(pane, &AchievementsPane::importRequested, this, &AchievementWorkflow::importFile);
    connect(pane, &AchievementsPane::exportRequested, this,
            &AchievementWorkflow::exportAchievements);
    connect(pane, &AchievementsPane::awardRequested, this, &AchievementWorkflow::awardRequested);
}

void AchievementWorkflow::setScope(const TenantScope &scope, const QList<Tenant> &tenants)
{
    m_scope = scope;
    m_tenants = tenants;
}

QList<Tenant> AchievementWorkflow::designableTenants() const
{
    QList<Tenant> result;
    for (const Tenant &tenant : m_tenants) {
        if (AchievementValidation::mayDesign(m_identity, tenant.id))
            result.append(tenant);
    }
    return result;
}

QString AchievementWorkflow::tenantName(const QUuid &id) const
{
    for (const Tenant &tenant : m_tenants) {
        if (tenant.id == id)
            return tenant.name;
    }
    return {};
}

AchievementEditorDialog *AchievementWorkflow::editorFor(const QUuid &id) const
{
    for (const auto &editor : m_editors) {
        if (editor && editor->achievementId() == id)
            return editor;
    }
    return nullptr;
}

AchievementEditorDialog *AchievementWorkflow::makeEditor()
{
    auto *editor =
        new AchievementEditorDialog(m_backend, m_identity, designableTenants(), m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editors.removeAll(nullptr);
    m_editors.append(editor);
    connect(editor, &AchievementEditorDialog::saved, m_pane,
            [this](const QUuid &, int) { m_pane->reloadKeepingSelection(); });
    connect(editor, &AchievementEditorDialog::awardRequested, this,
            &AchievementWorkflow::awardRequested);
    connect(editor, &AchievementEditorDialog::designBadgeRequested, this,
            [this, editor](const QJsonObject &iconConfig) { designBadge(editor, iconConfig); });
    return editor;
}

void AchievementWorkflow::openNew()
{
    if (AchievementEditorDialog *open = editorFor(QUuid())) {
        open->raise();
        open->activateWindow();
        return;
    }
    // A new achievement belongs to the tenant in view; a system admin looking at all tenants
    // starts a global one (the editor lets them pick another scope).
    QUuid tenant;
    if (m_scope.tenantIds.size() == 1 && !m_scope.allTenants)
        tenant = m_scope.tenantIds.first();
    makeEditor()->openNew(tenant);
}

void AchievementWorkflow::openExisting(const QUuid &id)
{
    if (AchievementEditorDialog *open = editorFor(id)) {
        open->raise();
        open->activateWindow();
        return;
    }
    makeEditor()->openExisting(id);
}

void AchievementWorkflow::designBadge(AchievementEditorDialog *editor,
                                      const QJsonObject &iconConfig)
{
    // Presets are saved where the achievement lives: shared ones for a global achievement
    // (system admins), the organisation's own otherwise.
    const QUuid presetTenant = editor->currentDefinition().tenantId;
    auto *dialog =
        new BadgeDesignerDialog(m_backend, BadgeConfig::fromJson(iconConfig), presetTenant, editor);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<AchievementEditorDialog> target(editor);
    connect(dialog, &QDialog::accepted, this, [dialog, target] {
        if (target)
            target->setIconConfig(dialog->config().toJson());
    });
    dialog->open();
}

void AchievementWorkflow::importFile()
{
    auto *dialog = new AchievementImportDialog(m_backend, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AchievementImportDialog::imported, m_pane,
            &AchievementsPane::reloadKeepingSelection);
    dialog->show();
    dialog->chooseFile();
}

void AchievementWorkflow::exportAchievements(const QList<QUuid> &ids)
{
    if (!ids.isEmpty()) {
        // A file holds one scope (publish_scope): the selection must not mix them.
        QList<QUuid> scopes;
        for (const QUuid &id : ids) {
            const int row = m_pane->listModel()->cachedRowOf(id);
            const AchievementSummary *summary =
                row >= 0 ? m_pane->listModel()->rowAt(row) : nullptr;
            if (!summary)
                continue;
            if (!scopes.contains(summary->tenantId))
                scopes.append(summary->tenantId);
        }
        if (scopes.size() > 1) {
            m_pane->showProblem(
                tr("An export file holds one scope. Select only global achievements, or only "
                   "those of one organisation."));
            return;
        }
        const QUuid scope = scopes.value(0);
        runExport(scope, ids, scope.isNull() ? tr("global") : tenantName(scope));
        return;
    }

    // The whole list: which scope? Only ask when there is a choice.
    QList<QPair<QUuid, QString>> choices;
    if (m_identity.systemAdmin)
        choices.append({QUuid(), tr("Global achievements")});
    for (const Tenant &tenant : designableTenants()) {
        if (m_scope.allTenants || m_scope.tenantIds.contains(tenant.id))
            choices.append({tenant.id, tenant.name});
    }
    if (choices.isEmpty()) {
        m_pane->showProblem(tr("You may not export achievements of this organisation."));
        return;
    }
    if (choices.size() == 1) {
        runExport(choices.first().first, {}, choices.first().second);
        return;
    }
    QStringList names;
    for (const auto &choice : std::as_const(choices))
        names.append(choice.second);
    bool ok = false;
    //: Title and label of the question which achievements an export file should hold
    const QString picked =
        QInputDialog::getItem(m_window, tr("Export achievements"),
                              tr("Export the achievements of:"), names, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype index = names.indexOf(picked);
    if (index < 0)
        return;
    runExport(choices.at(index).first, {}, choices.at(index).second);
}

void AchievementWorkflow::runExport(const QUuid &scopeTenant, const QList<QUuid> &ids,
                                    const QString &scopeName)
{
    const QPointer<AchievementsPane> pane(m_pane);
    exportAchievementsToFile(m_backend, scopeTenant, ids, m_window, scopeName)
        .then(this, [pane](const AchievementExportOutcome &outcome) {
            if (!pane || outcome.cancelled)
                return;
            if (outcome.ok)
                pane->showInformation(outcome.message);
            else
                pane->showProblem(outcome.message);
        });
}

} // namespace dicedesk
