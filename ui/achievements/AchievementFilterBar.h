#pragma once

#include "domain/Achievement.h"
#include "domain/Tenant.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace dicedesk {

/// The definitions list's filters: a search field (debounced), scope, status, tenant,
/// condition type (known types, or any typed) and the sort order. Emits changed() once per
/// change the list should follow.
class AchievementFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 300;

    explicit AchievementFilterBar(QWidget *parent = nullptr);

    /// Offers these tenants (those of the scope, by name); keeps the chosen one if it is still
    /// offered, else goes back to all.
    void setTenants(const QList<Tenant> &tenants);
    /// Writes the chosen filters into @p filter, whose scope is the shell's @p scope narrowed
    /// to the chosen tenant.
    void applyTo(AchievementFilter &filter, const TenantScope &scope) const;

    QString searchText() const;
    /// Sets the search text and follows it at once (no delay).
    void setSearchText(const QString &text);
    /// Clears every filter (sort stays) without emitting changed().
    void clearFilters();
    AchievementFilter::Sort sort() const;
    void setSort(AchievementFilter::Sort sort);
    /// Puts the focus in the search field with its text selected (Ctrl+F).
    void focusSearch();

    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();

    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_tenantLabel;
    QComboBox *m_tenant;
    QLabel *m_conditionLabel;
    QComboBox *m_condition;
    QTimer *m_conditionDelay;
    QLabel *m_sortLabel;
    QComboBox *m_sort;
    QList<Tenant> m_tenants;
    bool m_quiet = false; ///< filling combos: no changed()
};

} // namespace dicedesk
