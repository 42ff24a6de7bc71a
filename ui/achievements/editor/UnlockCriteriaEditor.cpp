#include "UnlockCriteriaEditor.h"

#include "ProblemMarks.h"
#include "achievements/AchievementValidation.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

QComboBox *editableCombo(const QStringList &items, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    combo->setMinimumContentsLength(18);
    return combo;
}

QSpinBox *wholeSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 2147483647);
    spin->setSpecialValueText(QStringLiteral("—")); // 0: not set
    spin->setAccelerated(true);
    spin->setMinimumWidth(120);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return spin;
}

void setComboText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(text);
}

} // namespace

UnlockCriteriaEditor::UnlockCriteriaEditor(ProblemMarks &marks, QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_eventType(editableCombo({QStringLiteral("session_completed"),
                                 QStringLiteral("plan_created"), QStringLiteral("plan_published"),
                                 QStringLiteral("run_completed"), QStringLiteral("login")},
                                this))
    , m_count(wholeSpin(this))
    , m_metric(editableCombo({QStringLiteral("session_count"), QStringLiteral("plans_published"),
                              QStringLiteral("best_score"), QStringLiteral("login_streak"),
                              QStringLiteral("perfect_score")},
                             this))
    , m_threshold(wholeSpin(this))
    , m_manualNote(new QLabel(this))
    , m_kept(new QLabel(this))
{
    m_type->setObjectName(QStringLiteral("unlockType"));
    m_eventType->setObjectName(QStringLiteral("unlockEventType"));
    m_count->setObjectName(QStringLiteral("unlockCount"));
    m_metric->setObjectName(QStringLiteral("unlockMetric"));
    m_threshold->setObjectName(QStringLiteral("unlockThreshold"));
    m_kept->setObjectName(QStringLiteral("unlockKeptParams"));
    for (const QString &type : AchievementValidation::unlockTypes())
        m_type->addItem(QString(), type);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(marks.wrap(QStringLiteral("unlock_criteria.type"), m_type, this));
    marks.alias(QStringLiteral("unlock_criteria"), QStringLiteral("unlock_criteria.type"));
    marks.alias(QStringLiteral("unlock_criteria.params"), QStringLiteral("unlock_criteria.type"));

    auto *eventPage = new QWidget(m_pages);
    auto *eventForm = new QFormLayout(eventPage);
    eventForm->setContentsMargins(0, 0, 0, 0);
    m_eventTypeLabel = new QLabel(eventPage);
    m_countLabel = new QLabel(eventPage);
    eventForm->addRow(m_eventTypeLabel, m_eventType);
    eventForm->addRow(QString(), marks.add(QStringLiteral("unlock_criteria.params.event_type"),
                                           m_eventType, eventPage));
    eventForm->addRow(m_countLabel, m_count);
    eventForm->addRow(
        QString(), marks.add(QStringLiteral("unlock_criteria.params.count"), m_count, eventPage));
    m_pages->addWidget(eventPage);

    auto *milestonePage = new QWidget(m_pages);
    auto *milestoneForm = new QFormLayout(milestonePage);
    milestoneForm->setContentsMargins(0, 0, 0, 0);
    m_metricLabel = new QLabel(milestonePage);
    m_thresholdLabel = new QLabel(milestonePage);
    milestoneForm->addRow(m_metricLabel, marks.wrap(QStringLiteral("unlock_criteria.params.metric"),
                                                    m_metric, milestonePage));
    milestoneForm->addRow(
        m_thresholdLabel,
        marks.wrap(QStringLiteral("unlock_criteria.params.threshold"), m_threshold, milestonePage));
    m_pages->addWidget(milestonePage);

    m_manualNote->setWordWrap(true);
    m_manualNote->setEnabled(false);
    m_pages->addWidget(m_manualNote);
    layout->addWidget(m_pages);

    m_kept->setWordWrap(true);
    m_kept->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kept->setEnabled(false);
    layout->addWidget(m_kept);

    const auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        showPage();
        emitChanged();
    });
    connect(m_eventType, &QComboBox::editTextChanged, this, emitChanged);
    connect(m_metric, &QComboBox::editTextChanged, this, emitChanged);
    connect(m_count, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_threshold, &QSpinBox::valueChanged, this, emitChanged);

    retranslateUi();
    setCriteria(UnlockCriteria{});
}

void UnlockCriteriaEditor::retranslateUi()
{
    m_type->setItemText(0, tr("Event — unlocks when something happens a number of times"));
    m_type->setItemText(1, tr("Milestone — unlocks when a figure reaches a threshold"));
    m_type->setItemText(2, tr("Manual — awarded by hand"));
    m_eventTypeLabel->setText(tr("Event type"));
    m_countLabel->setText(tr("Times"));
    m_metricLabel->setText(tr("Metric"));
    m_thresholdLabel->setText(tr("Threshold"));
    m_manualNote->setText(
        tr("No parameters: staff award this achievement to members from the console."));
    m_eventType->lineEdit()->setPlaceholderText(tr("e.g. session_completed"));
    m_metric->lineEdit()->setPlaceholderText(tr("e.g. session_count"));
    updateKept();
}

void UnlockCriteriaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UnlockCriteriaEditor::showPage()
{
    const QString type = m_type->currentData().toString();
    if (type == QLatin1String("event"))
        m_pages->setCurrentIndex(0);
    else if (type == QLatin1String("milestone"))
        m_pages->setCurrentIndex(1);
    else
        m_pages->setCurrentIndex(2);
}

void UnlockCriteriaEditor::updateKept()
{
    if (m_extra.isEmpty()) {
        m_kept->hide();
        return;
    }
    QStringList parts;
    for (auto it = m_extra.constBegin(); it != m_extra.constEnd(); ++it) {
        QString value;
        if (it->isString())
            value = QLatin1Char('"') + it->toString() + QLatin1Char('"');
        else if (it->isDouble())
            value = QString::number(it->toDouble());
        else if (it->isBool())
            value = it->toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (it->isArray())
            value = QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact));
        else
            value = QString::fromUtf8(QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact));
        parts.append(it.key() + QStringLiteral(" = ") + value);
    }
    //: %1 a list of parameters the console does not edit, like: campaign = "summer"
    m_kept->setText(
        tr("Other parameters, kept as they are: %1").arg(parts.join(QStringLiteral(", "))));
    m_kept->show();
}

void UnlockCriteriaEditor::setCriteria(const UnlockCriteria &criteria)
{
    m_loading = true;
    int index = m_type->findData(criteria.type);
    if (index < 0) {
        // A type the console does not know: show it so validation can point at it.
        m_type->addItem(criteria.type, criteria.type);
        index = m_type->count() - 1;
    }
    m_type->setCurrentIndex(index);
    const QJsonObject &p = criteria.params;
    const bool event = criteria.type == QLatin1String("event");
    const bool milestone = criteria.type == QLatin1String("milestone");
    setComboText(m_eventType, event ? p.value(QLatin1String("event_type")).toString() : QString());
    m_count->setValue(event ? p.value(QLatin1String("count")).toInt(0) : 1);
    setComboText(m_metric, milestone ? p.value(QLatin1String("metric")).toString() : QString());
    m_threshold->setValue(milestone ? p.value(QLatin1String("threshold")).toInt(0) : 1);
    m_extra = p;
    const QStringList own =
        event       ? QStringList{QStringLiteral("event_type"), QStringLiteral("count")}
        : milestone ? QStringList{QStringLiteral("metric"), QStringLiteral("threshold")}
                    : QStringList{};
    for (const QString &key : own)
        m_extra.remove(key);
    // Parameters that do not belong to the type are kept too (they are not edited).
    showPage();
    updateKept();
    m_loading = false;
}

UnlockCriteria UnlockCriteriaEditor::criteria() const
{
    UnlockCriteria c;
    c.type = m_type->currentData().toString();
    c.params = m_extra;
    if (c.type == QLatin1String("event")) {
        const QString eventType = m_eventType->currentText().trimmed();
        if (!eventType.isEmpty())
            c.params.insert(QStringLiteral("event_type"), eventType);
        if (m_count->value() > 0)
            c.params.insert(QStringLiteral("count"), m_count->value());
    } else if (c.type == QLatin1String("milestone")) {
        const QString metric = m_metric->currentText().trimmed();
        if (!metric.isEmpty())
            c.params.insert(QStringLiteral("metric"), metric);
        if (m_threshold->value() > 0)
            c.params.insert(QStringLiteral("threshold"), m_threshold->value());
    }
    return c;
}

void UnlockCriteriaEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_eventType),
                       static_cast<QWidget *>(m_count), static_cast<QWidget *>(m_metric),
                       static_cast<QWidget *>(m_threshold)})
        w->setEnabled(!readOnly);
}

} // namespace dicedesk
