#pragma once

#include "domain/Achievement.h"
#include "domain/Identity.h"
#include "domain/Tenant.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace dicedesk {

class ProblemMarks;
class UnlockCriteriaEditor;

/// The editor's "Definition" tab: key, scope, status, condition, unlock criteria, easter egg,
/// badge colour and the badge design.
class AchievementDefinitionTab : public QWidget
{
    Q_OBJECT

public:
    AchievementDefinitionTab(const Identity &identity, const QList<Tenant> &tenants,
                             ProblemMarks &marks, QWidget *parent = nullptr);

    /// Shows @p definition. @p storedStatus is its status in the database (empty: new);
    /// @p tenantName names its tenant when the tenant list does not have it.
    void load(const AchievementDefinition &definition, const QString &storedStatus,
              const QString &tenantName);
    /// Writes the tab's fields into @p definition.
    void apply(AchievementDefinition &definition) const;
    void setReadOnly(bool readOnly);
    void setIconConfig(const QJsonObject &config);
    QJsonObject iconConfig() const { return m_iconConfig; }
    /// "Held by 3 members…" above the form; empty hides it.
    void setHolderNote(const QString &text);

    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *conditionTypeCombo() const { return m_conditionType; }
    QSpinBox *conditionValueSpin() const { return m_conditionValue; }
    UnlockCriteriaEditor *unlockEditor() const { return m_unlock; }
    QCheckBox *easterEggCheck() const { return m_easterEgg; }
    QLineEdit *badgeColorEdit() const { return m_badgeColor; }
    QLabel *badgeView() const { return m_badgeView; }
    QPushButton *designBadgeButton() const { return m_designBadge; }
    QLabel *holderNote() const { return m_holderNote; }

Q_SIGNALS:
    void changed();
    void easterEggToggled(bool on);
    void designBadgeRequested(const QJsonObject &iconConfig);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillScopes(const QUuid &current, const QString &currentName, bool isNew);
    void fillStatuses(const QString &storedStatus, const QString &current);
    void updateBadge();
    void pickColour();
    /// The badge as members see it: the design, or a plain one in the badge colour.
    QJsonObject effectiveBadge() const;

    Identity m_identity;
    QList<Tenant> m_tenants;
    QJsonObject m_iconConfig;
    bool m_loading = false;
    bool m_isNew = true;

    QLabel *m_holderNote;
    QLineEdit *m_key;
    QComboBox *m_scope;
    QLabel *m_scopeNote;
    QComboBox *m_status;
    QLabel *m_statusNote;
    QComboBox *m_conditionType;
    QSpinBox *m_conditionValue;
    UnlockCriteriaEditor *m_unlock;
    QCheckBox *m_easterEgg;
    QLabel *m_easterEggNote;
    QLineEdit *m_badgeColor;
    QToolButton *m_pickColour;
    QLabel *m_badgeView;
    QLabel *m_badgeNote;
    QPushButton *m_designBadge;
    QPushButton *m_removeBadge;
    QList<QLabel *> m_formLabels;
};

} // namespace dicedesk
