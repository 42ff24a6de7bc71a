#include "AchievementDetailPanel.h"

#include "achievements/AchievementListModel.h"
#include "badges/BadgeConfig.h"
#include "badges/BadgeRenderer.h"
#include "items/KeysetListModel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace dicedesk {

AchievementDetailPanel::AchievementDetailPanel(QWidget *parent)
    : QFrame(parent)
    , m_placeholder(new QLabel(this))
    , m_body(new QWidget(this))
    , m_badge(new QLabel(m_body))
    , m_title(new QLabel(m_body))
    , m_key(new QLabel(m_body))
    , m_description(new QLabel(m_body))
    , m_fields(new QFormLayout)
    , m_edit(new QPushButton(m_body))
    , m_award(new QPushButton(m_body))
{
    setObjectName(QStringLiteral("achievementDetail"));
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(280);

    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_badge->setFixedSize(kBadgePixels, kBadgePixels);
    m_badge->setObjectName(QStringLiteral("badgePreview"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setForegroundRole(QPalette::PlaceholderText);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setObjectName(QStringLiteral("achievementDescription"));

    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addStretch(1);
    names->addWidget(m_title);
    names->addWidget(m_key);
    names->addStretch(1);
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    top->addLayout(names, 1);

    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setHorizontalSpacing(14);
    m_fields->setVerticalSpacing(6);
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setLabelAlignment(Qt::AlignLeft);

    m_edit->setObjectName(QStringLiteral("detailEdit"));
    m_award->setObjectName(QStringLiteral("detailAward"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!m_id.isNull())
            Q_EMIT editRequested(m_id);
    });
    connect(m_award, &QPushButton::clicked, this, [this] {
        if (!m_id.isNull())
            Q_EMIT awardRequested(m_id, m_name);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_award);
    buttons->addStretch(1);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(12);
    body->addLayout(top);
    body->addWidget(m_description);
    body->addLayout(m_fields);
    body->addLayout(buttons);
    body->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 8, 8);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    retranslateUi();
    showPlaceholder({});
}

void AchievementDetailPanel::retranslateUi()
{
    setAccessibleName(tr("Achievement details"));
    m_badge->setAccessibleName(tr("Badge preview"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Open the achievement in the editor (Enter)"));
    m_award->setText(tr("A&ward…"));
    m_award->setToolTip(tr("Award this achievement to members"));
}

void AchievementDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void AchievementDetailPanel::showPlaceholder(const QString &text)
{
    m_id = {};
    m_name.clear();
    m_badgeImage = {};
    m_body->hide();
    m_placeholder->setText(text);
    m_placeholder->setVisible(true);
}

void AchievementDetailPanel::setField(const QString &label, const QString &value)
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto *name =
            qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *field =
            qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && field && name->text() == label) {
            field->setText(value);
            return;
        }
    }
    auto *field = new QLabel(value, m_body);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setWordWrap(true);
    field->setAccessibleName(label);
    field->setObjectName(QStringLiteral("detailValue"));
    auto *name = new QLabel(label, m_body);
    name->setForegroundRole(QPalette::PlaceholderText);
    name->setBuddy(field);
    m_fields->addRow(name, field);
}

void AchievementDetailPanel::renderBadge(const QJsonObject &iconConfig, const QString &badgeColor,
                                         bool faded)
{
    BadgeConfig config;
    if (iconConfig.isEmpty())
        config.fill =
            QColor::isValidColorName(badgeColor) ? badgeColor.toUpper() : QStringLiteral("#9E9E9E");
    else
        config = BadgeConfig::fromJson(iconConfig);
    const qreal ratio = devicePixelRatioF();
    m_badgeImage = BadgeRenderer::render(config, kBadgePixels);
    QImage shown = BadgeRenderer::render(config, qRound(kBadgePixels * ratio));
    if (faded) {
        QImage dim(shown.size(), QImage::Format_ARGB32_Premultiplied);
        dim.fill(Qt::transparent);
        QPainter painter(&dim);
        painter.setOpacity(0.45);
        painter.drawImage(0, 0, shown);
        painter.end();
        shown = dim;
    }
    QPixmap pixmap = QPixmap::fromImage(shown);
    pixmap.setDevicePixelRatio(ratio);
    m_badge->setPixmap(pixmap);
}

void AchievementDetailPanel::showSummary(const AchievementSummary &summary)
{
    const bool same = summary.id == m_id;
    m_id = summary.id;
    m_name = summary.name;
    m_placeholder->hide();
    m_body->show();
    renderBadge(summary.iconConfig, summary.badgeColor,
                summary.status == QLatin1String("archived"));
    m_title->setText(summary.name);
    m_key->setText(summary.key);
    if (!same) {
        m_description->clear();
        m_description->hide();
        while (m_fields->rowCount() > 0)
            m_fields->removeRow(0);
    }
    const QLocale locale;
    setField(tr("Key"), summary.key);
    setField(tr("Scope"), AchievementListModel::scopeText(summary.scope, summary.tenantName));
    setField(tr("Status"), AchievementListModel::statusText(summary.status));
    setField(tr("Condition"),
             AchievementListModel::conditionText(summary.conditionType, summary.conditionValue));
    if (!same)
        setField(tr("Unlock"), AchievementListModel::unlockText(summary.unlockType) +
                                   (summary.easterEgg ? tr(" · easter egg") : QString()));
    QStringList missingNames;
    for (const QString &code : summary.missingLocales)
        missingNames.append(code);
    setField(tr("Missing translations"), missingNames.isEmpty()
                                             //: No locale of sv, en, no lacks a translation
                                             ? tr("None")
                                             : missingNames.join(QLatin1String(", ")));
    setField(tr("Holders"), locale.toString(summary.holderCount));
    setField(tr("Version"), locale.toString(summary.version));
    setField(tr("Updated"), KeysetListModel::formatTime(summary.updatedAt));
}

void AchievementDetailPanel::showRecord(const AchievementRecord &record)
{
    if (record.id != m_id)
        return;
    const AchievementDefinition &definition = record.definition;
    m_description->setText(definition.description);
    m_description->setVisible(!definition.description.isEmpty());
    setField(tr("Unlock"), unlockCriteriaText(definition.unlockCriteria) +
                               (definition.easterEgg ? tr(" · easter egg") : QString()));
    if (!definition.easterEgg && !definition.hintText.isEmpty())
        setField(tr("Hint"), definition.hintText);
    if (!record.updatedByName.isEmpty())
        setField(tr("Updated"),
                 //: %1 is a date and time, %2 a person's name
                 tr("%1 by %2")
                     .arg(KeysetListModel::formatTime(record.updatedAt), record.updatedByName));
}

void AchievementDetailPanel::setActions(bool canEdit, bool canAward)
{
    m_edit->setEnabled(canEdit);
    m_award->setEnabled(canAward);
}

QString AchievementDetailPanel::title() const
{
    return m_body->isHidden() ? QString() : m_title->text();
}

QString AchievementDetailPanel::fieldValue(const QString &label) const
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto *name =
            qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value =
            qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && value && name->text() == label)
            return value->text();
    }
    return {};
}

QString AchievementDetailPanel::descriptionText() const
{
    return m_description->isHidden() ? QString() : m_description->text();
}

QString AchievementDetailPanel::unlockCriteriaText(const UnlockCriteria &criteria)
{
    const QJsonObject &params = criteria.params;
    const QLocale locale;
    if (criteria.type == QLatin1String("event")) {
        const QString event = params.value(QLatin1String("event_type")).toString();
        const qint64 count = params.value(QLatin1String("count")).toInteger(1);
        //: %1 is an event type (session_completed), %2 how many times it must happen
        return tr("Event: %1 × %2").arg(event, locale.toString(count));
    }
    if (criteria.type == QLatin1String("milestone")) {
        const QString metric = params.value(QLatin1String("metric")).toString();
        const qint64 threshold = params.value(QLatin1String("threshold")).toInteger();
        //: %1 is a metric (session_count), %2 the threshold to reach
        return tr("Milestone: %1 ≥ %2").arg(metric, locale.toString(threshold));
    }
    if (criteria.type == QLatin1String("manual"))
        return tr("Awarded by hand");
    return criteria.type + QLatin1Char(' ') +
           QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
}

} // namespace dicedesk
