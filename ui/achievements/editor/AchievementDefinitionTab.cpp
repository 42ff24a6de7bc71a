#include "AchievementDefinitionTab.h"

#include "ProblemMarks.h"
#include "UnlockCriteriaEditor.h"
#include "achievements/AchievementValidation.h"
#include "badges/BadgeConfig.h"
#include "badges/BadgeRenderer.h"
#include "theme/ThemedIcon.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace dicedesk {

namespace {

constexpr int kBadgePixels = 112;

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("draft"))
        return AchievementDefinitionTab::tr("Draft — only staff see it");
    if (status == QLatin1String("active"))
        return AchievementDefinitionTab::tr("Active — members can unlock it");
    if (status == QLatin1String("archived"))
        return AchievementDefinitionTab::tr("Archived — kept by holders, no longer unlocked");
    return status;
}

} // namespace

AchievementDefinitionTab::AchievementDefinitionTab(const Identity &identity,
                                                   const QList<Tenant> &tenants,
                                                   ProblemMarks &marks, QWidget *parent)
    : QWidget(parent)
    , m_identity(identity)
    , m_tenants(tenants)
    , m_holderNote(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_scopeNote(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_statusNote(new QLabel(this))
    , m_conditionType(new QComboBox(this))
    , m_conditionValue(new QSpinBox(this))
    , m_unlock(new UnlockCriteriaEditor(marks, this))
    , m_easterEgg(new QCheckBox(this))
    , m_easterEggNote(new QLabel(this))
    , m_badgeColor(new QLineEdit(this))
    , m_pickColour(new QToolButton(this))
    , m_badgeView(new QLabel(this))
    , m_badgeNote(new QLabel(this))
    , m_designBadge(new QPushButton(this))
    , m_removeBadge(new QPushButton(this))
{
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_conditionType->setObjectName(QStringLiteral("conditionTypeCombo"));
    m_conditionValue->setObjectName(QStringLiteral("conditionValueSpin"));
    m_easterEgg->setObjectName(QStringLiteral("easterEggCheck"));
    m_badgeColor->setObjectName(QStringLiteral("badgeColorEdit"));
    m_badgeView->setObjectName(QStringLiteral("badgeView"));
    m_designBadge->setObjectName(QStringLiteral("designBadgeButton"));
    m_holderNote->setObjectName(QStringLiteral("holderNote"));

    m_holderNote->setWordWrap(true);
    m_holderNote->setFrameShape(QFrame::StyledPanel);
    m_holderNote->setMargin(8);
    m_holderNote->hide();

    m_key->setMaxLength(64);
    m_key->setClearButtonEnabled(true);
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setEnabled(false);
    m_statusNote->setWordWrap(true);
    m_statusNote->setEnabled(false);
    m_conditionType->setEditable(true);
    m_conditionType->setInsertPolicy(QComboBox::NoInsert);
    m_conditionType->addItems(AchievementValidation::knownConditionTypes());
    m_conditionValue->setRange(-1, 2147483647);
    m_conditionValue->setAccelerated(true);
    m_conditionValue->setMinimumWidth(110);
    m_easterEggNote->setWordWrap(true);
    m_easterEggNote->setEnabled(false);
    m_badgeColor->setMaxLength(7);
    m_badgeColor->setPlaceholderText(QStringLiteral("#RRGGBB"));
    m_badgeColor->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("#?[0-9a-fA-F]{0,6}")), m_badgeColor));
    m_badgeColor->setFixedWidth(
        m_badgeColor->fontMetrics().horizontalAdvance(QStringLiteral("#DDDDDD")) + 24);
    m_badgeView->setFixedSize(kBadgePixels + 16, kBadgePixels + 16);
    m_badgeView->setAlignment(Qt::AlignCenter);
    m_badgeNote->setWordWrap(true);
    m_badgeNote->setEnabled(false);
    m_badgeNote->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    // Left: what the achievement is and how it unlocks.
    auto *identityBox = new QGroupBox(this);
    identityBox->setObjectName(QStringLiteral("identityBox"));
    auto *identityForm = new QFormLayout(identityBox);
    identityForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](QFormLayout *form, QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_formLabels.append(label);
        form->addRow(label, field);
    };
    addRow(identityForm, marks.wrap(QStringLiteral("achievement_key"), m_key, this));
    addRow(identityForm, marks.wrap(QStringLiteral("scope"), m_scope, this, m_scopeNote));
    marks.alias(QStringLiteral("tenant_id"), QStringLiteral("scope"));
    addRow(identityForm, marks.wrap(QStringLiteral("status"), m_status, this, m_statusNote));

    auto *unlockBox = new QGroupBox(this);
    unlockBox->setObjectName(QStringLiteral("unlockBox"));
    auto *unlockForm = new QFormLayout(unlockBox);
    unlockForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(unlockForm, marks.wrap(QStringLiteral("condition_type"), m_conditionType, this));
    m_conditionValue->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(unlockForm, marks.wrap(QStringLiteral("condition_value"), m_conditionValue, this));
    addRow(unlockForm, m_unlock);

    auto *visibilityBox = new QGroupBox(this);
    visibilityBox->setObjectName(QStringLiteral("visibilityBox"));
    auto *visibility = new QVBoxLayout(visibilityBox);
    visibility->addWidget(
        marks.wrap(QStringLiteral("is_easter_egg"), m_easterEgg, this, m_easterEggNote));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(identityBox);
    leftLayout->addWidget(unlockBox);
    leftLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // Right: the badge.
    auto *badgeBox = new QGroupBox(this);
    badgeBox->setObjectName(QStringLiteral("badgeBox"));
    auto *badge = new QVBoxLayout(badgeBox);
    badge->addWidget(m_badgeView, 0, Qt::AlignHCenter);
    badge->addWidget(m_badgeNote);
    auto *colourRow = new QHBoxLayout;
    auto *colourLabel = new QLabel(this);
    colourLabel->setBuddy(m_badgeColor);
    m_formLabels.append(colourLabel);
    colourRow->addWidget(colourLabel);
    colourRow->addWidget(m_badgeColor);
    colourRow->addWidget(m_pickColour);
    colourRow->addStretch(1);
    badge->addLayout(colourRow);
    badge->addWidget(marks.add(QStringLiteral("badge_color"), m_badgeColor, this));
    badge->addWidget(marks.add(QStringLiteral("icon_config"), m_badgeView, this));
    badge->addWidget(m_designBadge);
    badge->addWidget(m_removeBadge);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(badgeBox);
    rightLayout->addWidget(visibilityBox);
    rightLayout->addStretch(1);
    right->setFixedWidth(270);

    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 1);
    columns->addWidget(right);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_holderNote);
    layout->addLayout(columns, 1);

    const auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_key, &QLineEdit::textEdited, this, emitChanged);
    connect(m_scope, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_conditionType, &QComboBox::editTextChanged, this, emitChanged);
    connect(m_conditionValue, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_unlock, &UnlockCriteriaEditor::changed, this, emitChanged);
    connect(m_easterEgg, &QCheckBox::toggled, this, [this, emitChanged](bool on) {
        if (m_loading)
            return;
        Q_EMIT easterEggToggled(on);
        emitChanged();
        updateBadge();
    });
    connect(m_badgeColor, &QLineEdit::textChanged, this, [this, emitChanged] {
        updateBadge();
        emitChanged();
    });
    connect(m_pickColour, &QToolButton::clicked, this, &AchievementDefinitionTab::pickColour);
    connect(m_designBadge, &QPushButton::clicked, this,
            [this] { Q_EMIT designBadgeRequested(effectiveBadge()); });
    connect(m_removeBadge, &QPushButton::clicked, this, [this] { setIconConfig({}); });

    retranslateUi();
    load(AchievementDefinition{}, {}, {});
}

void AchievementDefinitionTab::retranslateUi()
{
    static const char *const labels[] = {QT_TR_NOOP("&Key"),
                                         QT_TR_NOOP("&Scope"),
                                         QT_TR_NOOP("S&tatus"),
                                         QT_TR_NOOP("&Condition type"),
                                         QT_TR_NOOP("Condition &value"),
                                         QT_TR_NOOP("&Unlock criteria"),
                                         QT_TR_NOOP("Badge &colour")};
    for (int i = 0; i < m_formLabels.size() && i < int(std::size(labels)); ++i)
        m_formLabels.at(i)->setText(tr(labels[i]));
    findChild<QGroupBox *>(QStringLiteral("identityBox"))->setTitle(tr("Achievement"));
    findChild<QGroupBox *>(QStringLiteral("unlockBox"))->setTitle(tr("Unlocking"));
    findChild<QGroupBox *>(QStringLiteral("visibilityBox"))->setTitle(tr("Visibility"));
    findChild<QGroupBox *>(QStringLiteral("badgeBox"))->setTitle(tr("Badge"));
    m_key->setPlaceholderText(tr("e.g. session-10"));
    m_key->setToolTip(tr("2 to 64 characters: lower-case letters, digits and _ . - , starting "
                         "with a letter or digit. Unique among the achievements of the scope."));
    m_conditionType->setToolTip(tr("What the platform counts; pick a known type or type your "
                                   "own."));
    //: shown in the condition value box when there is no value
    m_conditionValue->setSpecialValueText(tr("None"));
    m_easterEgg->setText(tr("&Easter egg (a secret achievement)"));
    m_easterEggNote->setText(
        tr("Members see only \"?\" until they unlock it, and no hint at all: the hint fields "
           "are cleared and locked while this is on."));
    m_pickColour->setText(tr("Pick…"));
    m_designBadge->setText(tr("&Design badge…"));
    m_removeBadge->setText(tr("Use a plain badge"));
    m_removeBadge->setToolTip(tr("Remove the badge design; members see a plain badge in the "
                                 "badge colour."));
    if (m_scope->count() > 0 && m_scope->itemData(0).toString() == QLatin1String("global"))
        m_scope->setItemText(0, tr("Global — every tenant"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, statusLabel(m_status->itemData(i).toString()));
    updateBadge();
}

void AchievementDefinitionTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AchievementDefinitionTab::fillScopes(const QUuid &current, const QString &currentName,
                                          bool isNew)
{
    m_scope->clear();
    if (m_identity.systemAdmin || (!isNew && current.isNull()))
        m_scope->addItem(tr("Global — every tenant"), QStringLiteral("global"));
    for (const Tenant &tenant : m_tenants) {
        if (AchievementValidation::mayDesign(m_identity, tenant.id) || tenant.id == current)
            m_scope->addItem(themedIcon(QStringLiteral(":/icons/tenant.svg")), tenant.name,
                             tenant.id.toString(QUuid::WithoutBraces));
    }
    if (!current.isNull() && m_scope->findData(current.toString(QUuid::WithoutBraces)) < 0)
        m_scope->addItem(themedIcon(QStringLiteral(":/icons/tenant.svg")),
                         currentName.isEmpty() ? current.toString(QUuid::WithoutBraces)
                                               : currentName,
                         current.toString(QUuid::WithoutBraces));
    const int index = m_scope->findData(current.isNull() ? QStringLiteral("global")
                                                         : current.toString(QUuid::WithoutBraces));
    m_scope->setCurrentIndex(index);
    m_scope->setEnabled(isNew && m_scope->count() > 1);
    if (!isNew)
        m_scopeNote->setText(
            tr("The scope cannot change once the achievement exists; create a new one instead."));
    else if (m_identity.systemAdmin)
        m_scopeNote->setText(tr("Global achievements are shown in every tenant."));
    else
        m_scopeNote->setText(tr("You can create achievements in the tenants where you are an "
                                "admin or editor; global ones are for system admins."));
}

void AchievementDefinitionTab::fillStatuses(const QString &storedStatus, const QString &current)
{
    m_status->clear();
    for (const QString &status : AchievementValidation::allowedStatuses(storedStatus))
        m_status->addItem(statusLabel(status), status);
    if (m_status->findData(current) < 0) // shown so validation can point at it
        m_status->addItem(statusLabel(current), current);
    m_status->setCurrentIndex(m_status->findData(current));
    if (storedStatus.isEmpty())
        m_statusNote->setText(tr("A new achievement starts as a draft or active."));
    else if (storedStatus == QLatin1String("draft"))
        m_statusNote->setText(tr("A draft can be activated; it never returns to draft after."));
    else
        m_statusNote->setText(tr("Active and archived switch back and forth; nothing returns "
                                 "to draft."));
}

void AchievementDefinitionTab::load(const AchievementDefinition &d, const QString &storedStatus,
                                    const QString &tenantName)
{
    m_loading = true;
    m_isNew = storedStatus.isEmpty();
    m_key->setText(d.key);
    fillScopes(d.scope == QLatin1String("tenant") ? d.tenantId : QUuid(), tenantName, m_isNew);
    fillStatuses(storedStatus, d.status);
    const int typeIndex = m_conditionType->findText(d.conditionType);
    m_conditionType->setCurrentIndex(typeIndex);
    if (typeIndex < 0)
        m_conditionType->setEditText(d.conditionType);
    m_conditionValue->setValue(
        static_cast<int>(std::clamp<qint64>(d.conditionValue, -1, 2147483647)));
    m_unlock->setCriteria(d.unlockCriteria);
    m_easterEgg->setChecked(d.easterEgg);
    m_badgeColor->setText(d.badgeColor);
    m_iconConfig = d.iconConfig;
    m_loading = false;
    updateBadge();
}

void AchievementDefinitionTab::apply(AchievementDefinition &d) const
{
    d.key = m_key->text().trimmed();
    const QString scope = m_scope->currentData().toString();
    if (scope == QLatin1String("global") || scope.isEmpty()) {
        d.scope = QStringLiteral("global");
        d.tenantId = QUuid();
    } else {
        d.scope = QStringLiteral("tenant");
        d.tenantId = QUuid::fromString(scope);
    }
    if (m_scope->count() == 0) // may design nowhere: let validation say so
        d.scope = QStringLiteral("tenant");
    d.status = m_status->currentData().toString();
    d.conditionType = m_conditionType->currentText().trimmed();
    d.conditionValue = m_conditionValue->value();
    d.unlockCriteria = m_unlock->criteria();
    d.easterEgg = m_easterEgg->isChecked();
    QString colour = m_badgeColor->text().trimmed();
    if (!colour.isEmpty() && !colour.startsWith(QLatin1Char('#')))
        colour.prepend(QLatin1Char('#'));
    d.badgeColor = colour;
    d.iconConfig = m_iconConfig;
}

void AchievementDefinitionTab::setReadOnly(bool readOnly)
{
    m_key->setReadOnly(readOnly);
    m_status->setEnabled(!readOnly);
    m_conditionType->setEnabled(!readOnly);
    m_conditionValue->setReadOnly(readOnly);
    m_unlock->setReadOnly(readOnly);
    m_easterEgg->setEnabled(!readOnly);
    m_badgeColor->setReadOnly(readOnly);
    m_pickColour->setEnabled(!readOnly);
    m_designBadge->setEnabled(!readOnly);
    m_removeBadge->setEnabled(!readOnly && !m_iconConfig.isEmpty());
    if (readOnly)
        m_scope->setEnabled(false);
}

void AchievementDefinitionTab::setIconConfig(const QJsonObject &config)
{
    if (config == m_iconConfig)
        return;
    m_iconConfig = config;
    updateBadge();
    if (!m_loading)
        Q_EMIT changed();
}

void AchievementDefinitionTab::setHolderNote(const QString &text)
{
    m_holderNote->setText(text);
    m_holderNote->setVisible(!text.isEmpty());
}

QJsonObject AchievementDefinitionTab::effectiveBadge() const
{
    if (!m_iconConfig.isEmpty())
        return m_iconConfig;
    BadgeConfig plain;
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QString fill = m_badgeColor->text().trimmed();
    if (!fill.startsWith(QLatin1Char('#')))
        fill.prepend(QLatin1Char('#'));
    if (colour.match(fill).hasMatch())
        plain.fill = fill.toUpper();
    return plain.toJson();
}

void AchievementDefinitionTab::updateBadge()
{
    const qreal ratio = devicePixelRatioF();
    QImage image = BadgeRenderer::render(BadgeConfig::fromJson(effectiveBadge()),
                                         qRound(kBadgePixels * ratio));
    image.setDevicePixelRatio(ratio);
    m_badgeView->setPixmap(QPixmap::fromImage(image));
    m_badgeNote->setText(m_iconConfig.isEmpty()
                             ? tr("No badge design yet: members see a plain badge in the badge "
                                  "colour.")
                             : QString());
    m_badgeNote->setVisible(m_iconConfig.isEmpty());
    m_removeBadge->setEnabled(!m_iconConfig.isEmpty() && !m_badgeColor->isReadOnly());
    QPixmap swatch(16, 16);
    const QColor colour =
        QColor::fromString(effectiveBadge().value(QLatin1String("fill")).toString());
    swatch.fill(colour.isValid() ? colour : QColor(Qt::transparent));
    m_pickColour->setIcon(QIcon(swatch));
    m_pickColour->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void AchievementDefinitionTab::pickColour()
{
    QColor initial = QColor::fromString(m_badgeColor->text().trimmed());
    if (!initial.isValid())
        initial = QColor(0x21, 0x96, 0xF3);
    const QColor colour = QColorDialog::getColor(initial, this, tr("Badge colour"));
    if (colour.isValid())
        m_badgeColor->setText(colour.name(QColor::HexRgb).toUpper());
}

} // namespace dicedesk
