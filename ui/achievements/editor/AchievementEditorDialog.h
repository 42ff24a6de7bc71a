#pragma once

#include "ProblemMarks.h"
#include "domain/Achievement.h"
#include "domain/Identity.h"
#include "domain/Tenant.h"
#include "widgets/ReasonDialog.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace dicedesk {

class AchievementDefinitionTab;
class AchievementMemberPreview;
class AchievementTextsTab;
class AchievementVersionHistory;
class Backend;
class BackendError;
class MessageBar;

/// Creates and edits one achievement definition: tabs Definition, Texts (sv / en / no),
/// Preview (how members see it) and History (versions with a side-by-side diff).
///
/// Problems are checked as the user types and shown next to the fields (and summed up at the
/// top); Save stays disabled while there are any. Saving a change asks for a reason and, for
/// an active achievement, says how many members hold it. A stale version keeps the edits and
/// offers to re-apply them onto the latest version or to reload; the database's own problems
/// are placed on their fields. Nothing typed is lost on any error; closing with unsaved
/// changes asks first. Non-modal: open it with openNew() or openExisting().
///
/// Keys: Ctrl+S saves, Esc closes (asking about unsaved changes), Ctrl+Tab / Ctrl+Shift+Tab
/// move between the tabs.
class AchievementEditorDialog : public QDialog
{
    Q_OBJECT

public:
    AchievementEditorDialog(Backend *backend, const Identity &identity,
                            const QList<Tenant> &tenantsOfScope, QWidget *parent = nullptr);
    ~AchievementEditorDialog() override;

    /// A new achievement in @p tenantId (null: global for system admins, else the first tenant
    /// the user may design in). Shows the dialog.
    void openNew(const QUuid &tenantId);
    /// Loads and shows a stored achievement.
    void openExisting(const QUuid &id);
    /// The badge design (from the badge designer).
    void setIconConfig(const QJsonObject &iconConfig);

    QUuid achievementId() const;
    /// The version the edit is based on (0: new).
    int version() const;
    /// The definition as the form holds it now.
    AchievementDefinition currentDefinition() const;
    /// The form differs from what was loaded (or a new one has content).
    bool isDirty() const;
    bool isBusy() const { return m_busy; }
    bool isReadOnly() const { return m_readOnly; }
    /// The problems shown: the console's and the database's.
    QList<FieldProblem> problems() const;
    /// The problem text shown at a field path ("translations.en.name"), empty when none.
    QString problemAt(const QString &path) const { return m_marks.textAt(path); }

    QTabWidget *tabs() const { return m_tabs; }
    AchievementDefinitionTab *definitionTab() const { return m_definition; }
    AchievementTextsTab *textsTab() const { return m_texts; }
    AchievementMemberPreview *previewTab() const { return m_preview; }
    AchievementVersionHistory *historyTab() const { return m_history; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *awardButton() const { return m_award; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *problemSummary() const { return m_summary; }
    QWidget *conflictBar() const { return m_conflictBar; }
    QPushButton *reapplyButton() const { return m_reapply; }
    QPushButton *reloadButton() const { return m_reload; }
    /// The reason dialog while it is open.
    ReasonDialog *reasonDialog() const { return m_reasonDialog; }

public Q_SLOTS:
    /// Saves (asking for a reason when changing a stored achievement).
    void save();
    void reject() override;

Q_SIGNALS:
    void saved(const QUuid &id, int version);
    void awardRequested(const QUuid &id, const QString &name);
    void designBadgeRequested(const QJsonObject &iconConfig);
    /// An achievement was loaded (or a new one set up) and the form shows it.
    void loaded();
    /// A save ended: stored (and reloaded), or refused / failed (the edits are kept).
    void saveFinished(bool ok);
    void versionsLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void populate(const AchievementRecord &record);
    void populateNew(const AchievementDefinition &definition);
    /// Shows @p definition in the form on top of the loaded record (kept as the baseline).
    void showInForm(const AchievementDefinition &definition);
    void onEdited();
    void refresh();
    void setBusy(bool busy);
    void askReasonAndSubmit(qint64 holders);
    void submit(const QString &reason);
    void onSaveFailed(const BackendError &error);
    void reloadLatest(bool reapplyMine);
    void loadVersions();
    void loadHolders();
    void restoreVersion(const AchievementVersion &version);
    QString holderText(qint64 holders) const;
    QString storedStatus() const;

    Backend *m_backend;
    Identity m_identity;
    QList<Tenant> m_tenants;
    ProblemMarks m_marks;
    std::optional<AchievementRecord> m_record;
    AchievementDefinition m_baseline;
    QList<FieldProblem> m_serverProblems;
    qint64 m_holders = -1;
    QString m_lastReason;
    int m_generation = 0;
    bool m_busy = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_closeAfterSave = false;

    QLabel *m_header;
    MessageBar *m_messages;
    QWidget *m_conflictBar;
    QLabel *m_conflictText;
    QPushButton *m_reapply;
    QPushButton *m_reload;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    AchievementDefinitionTab *m_definition;
    AchievementTextsTab *m_texts;
    AchievementMemberPreview *m_preview;
    AchievementVersionHistory *m_history;
    QPushButton *m_award;
    QPushButton *m_close;
    QPushButton *m_save;
    QPointer<ReasonDialog> m_reasonDialog;
};

} // namespace dicedesk
