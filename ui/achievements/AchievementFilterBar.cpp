#include "AchievementFilterBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

/// Condition types the seed and Lekbanken use; any other can be typed.
const QStringList &knownConditionTypes()
{
    static const QStringList types{
        QStringLiteral("first_game"),      QStringLiteral("games_played"),
        QStringLiteral("login_streak"),    QStringLiteral("manual"),
        QStringLiteral("perfect_score"),   QStringLiteral("plan_created"),
        QStringLiteral("plan_published"),  QStringLiteral("run_completed"),
        QStringLiteral("score_milestone"), QStringLiteral("session_count"),
    };
    return types;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

AchievementFilterBar::AchievementFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_scopeLabel(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_tenantLabel(new QLabel(this))
    , m_tenant(new QComboBox(this))
    , m_conditionLabel(new QLabel(this))
    , m_condition(new QComboBox(this))
    , m_conditionDelay(new QTimer(this))
    , m_sortLabel(new QLabel(this))
    , m_sort(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("achievementSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaxLength(200);
    m_scope->setObjectName(QStringLiteral("achievementScope"));
    m_status->setObjectName(QStringLiteral("achievementStatus"));
    m_tenant->setObjectName(QStringLiteral("achievementTenant"));
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tenant->setMinimumContentsLength(12);
    m_condition->setObjectName(QStringLiteral("achievementCondition"));
    m_condition->setEditable(true);
    m_condition->setInsertPolicy(QComboBox::NoInsert);
    m_condition->setMinimumContentsLength(14);
    m_sort->setObjectName(QStringLiteral("achievementSort"));
    m_scopeLabel->setBuddy(m_scope);
    m_statusLabel->setBuddy(m_status);
    m_tenantLabel->setBuddy(m_tenant);
    m_conditionLabel->setBuddy(m_condition);
    m_sortLabel->setBuddy(m_sort);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AchievementFilterBar::changed);
    m_conditionDelay->setSingleShot(true);
    m_conditionDelay->setInterval(kSearchDelayMs);
    connect(m_condition, &QComboBox::currentTextChanged, this, [this] {
        if (!m_quiet)
            m_conditionDelay->start();
    });
    connect(m_conditionDelay, &QTimer::timeout, this, &AchievementFilterBar::changed);
    for (QComboBox *combo : {m_scope, m_status, m_tenant, m_sort}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_quiet)
                Q_EMIT changed();
        });
    }

    // Two rows keep the pane usable in a 1280-pixel window: the search and the order on top,
    // the filters below.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    top->addWidget(m_sortLabel);
    top->addWidget(m_sort);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    for (auto [label, combo] :
         {std::pair{m_scopeLabel, m_scope}, std::pair{m_statusLabel, m_status},
          std::pair{m_tenantLabel, m_tenant}, std::pair{m_conditionLabel, m_condition}}) {
        filters->addWidget(label);
        filters->addWidget(combo);
        filters->addSpacing(6);
    }
    filters->addStretch(1);
    layout->addLayout(top);
    layout->addLayout(filters);

    fillCombos();
    retranslateUi();
}

void AchievementFilterBar::fillCombos()
{
    m_quiet = true;
    const QVariant scope = m_scope->currentData();
    const QVariant status = m_status->currentData();
    const int sort = m_sort->currentIndex();
    const QString condition = m_condition->currentText();

    m_scope->clear();
    //: Scope filter: global and tenant achievements
    m_scope->addItem(tr("All"), QString());
    m_scope->addItem(tr("Global"), QStringLiteral("global"));
    m_scope->addItem(tr("Tenant"), QStringLiteral("tenant"));
    selectData(m_scope, scope);

    m_status->clear();
    //: Status filter: every status
    m_status->addItem(tr("Any"), QString());
    m_status->addItem(tr("Draft"), QStringLiteral("draft"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Archived"), QStringLiteral("archived"));
    selectData(m_status, status);

    m_condition->clear();
    m_condition->addItem(QString());
    m_condition->addItems(knownConditionTypes());
    m_condition->setCurrentText(condition);

    m_sort->clear();
    //: Sort order of the achievements list
    m_sort->addItem(tr("Name"), int(AchievementFilter::Sort::Name));
    m_sort->addItem(tr("Key"), int(AchievementFilter::Sort::Key));
    m_sort->addItem(tr("Recently changed"), int(AchievementFilter::Sort::Updated));
    m_sort->setCurrentIndex(sort < 0 ? 0 : sort);

    setTenants(m_tenants);
    m_quiet = false;
}

void AchievementFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search key or name…"));
    m_search->setAccessibleName(tr("Search achievements"));
    m_search->setToolTip(tr("Achievements whose key or name (in any language) contains the text "
                            "(Ctrl+F)"));
    m_scopeLabel->setText(tr("S&cope:"));
    m_statusLabel->setText(tr("Stat&us:"));
    m_tenantLabel->setText(tr("&Tenant:"));
    m_conditionLabel->setText(tr("C&ondition:"));
    m_condition->lineEdit()->setPlaceholderText(tr("Any"));
    m_condition->setAccessibleName(tr("Condition type"));
    m_condition->setToolTip(tr("Only achievements with this condition type"));
    m_sortLabel->setText(tr("S&ort by:"));
}

void AchievementFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillCombos();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AchievementFilterBar::setTenants(const QList<Tenant> &tenants)
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    const QVariant chosen = m_tenant->currentData();
    m_tenants = tenants;
    m_tenant->clear();
    //: Tenant filter: every tenant in the console's scope
    m_tenant->addItem(tr("All in scope"), QUuid());
    for (const Tenant &tenant : tenants)
        m_tenant->addItem(tenant.name, tenant.id);
    selectData(m_tenant, chosen);
    m_tenant->setEnabled(tenants.size() > 1);
    m_quiet = wasQuiet;
}

void AchievementFilterBar::applyTo(AchievementFilter &filter, const TenantScope &scope) const
{
    filter.scope = scope;
    const QUuid tenant = m_tenant->currentData().toUuid();
    if (!tenant.isNull()) {
        filter.scope.tenantIds = {tenant};
        filter.scope.allTenants = false;
    }
    filter.scopeKind = m_scope->currentData().toString();
    filter.includeGlobal = filter.scopeKind != QLatin1String("tenant");
    filter.status = m_status->currentData().toString();
    filter.conditionType = m_condition->currentText().trimmed();
    filter.search = m_search->text().trimmed();
    filter.sort = sort();
}

QString AchievementFilterBar::searchText() const
{
    return m_search->text();
}

void AchievementFilterBar::setSearchText(const QString &text)
{
    m_quiet = true;
    m_search->setText(text);
    m_quiet = false;
    m_searchDelay->stop();
    Q_EMIT changed();
}

void AchievementFilterBar::clearFilters()
{
    m_quiet = true;
    m_search->clear();
    m_searchDelay->stop();
    m_scope->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_tenant->setCurrentIndex(0);
    m_condition->setCurrentText(QString());
    m_conditionDelay->stop();
    m_quiet = false;
}

AchievementFilter::Sort AchievementFilterBar::sort() const
{
    return static_cast<AchievementFilter::Sort>(m_sort->currentData().toInt());
}

void AchievementFilterBar::setSort(AchievementFilter::Sort sort)
{
    selectData(m_sort, int(sort));
}

void AchievementFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace dicedesk
