#include "PeriodFilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <algorithm>

namespace dicedesk {

namespace {

constexpr int kDateDelayMs = 400;

QDateTime startOfLocalDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC();
}

} // namespace

PeriodFilter::PeriodFilter(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_toEdit(new QDateEdit(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("periodFilter"));
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (int preset = 0; preset <= static_cast<int>(Preset::Custom); ++preset)
        m_preset->addItem(QString(), preset);
    m_label->setBuddy(m_preset);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
    }
    m_fromEdit->setObjectName(QStringLiteral("periodFrom"));
    m_toEdit->setObjectName(QStringLiteral("periodTo"));
    m_fromEdit->setDate(today.addDays(-6));
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel->setBuddy(m_toEdit);

    m_delay->setSingleShot(true);
    m_delay->setInterval(kDateDelayMs);
    connect(m_delay, &QTimer::timeout, this, &PeriodFilter::changed);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeVisibility();
        m_delay->stop();
        Q_EMIT changed();
    });
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateEdit::dateChanged, m_delay, qOverload<>(&QTimer::start));
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_preset);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_toEdit);
    retranslateUi();
    updateRangeVisibility();
}

PeriodFilter::Preset PeriodFilter::preset() const
{
    return static_cast<Preset>(m_preset->currentData().toInt());
}

void PeriodFilter::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(preset)));
}

void PeriodFilter::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        const QSignalBlocker blockPreset(m_preset);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(Preset::Custom)));
    }
    updateRangeVisibility();
    m_delay->stop();
    Q_EMIT changed();
}

QDateTime PeriodFilter::from() const
{
    const QDate today = QDate::currentDate();
    switch (preset()) {
    case Preset::All:
        return {};
    case Preset::Today:
        return startOfLocalDay(today);
    case Preset::Last7Days:
        return startOfLocalDay(today.addDays(-6));
    case Preset::Last30Days:
        return startOfLocalDay(today.addDays(-29));
    case Preset::Custom:
        return startOfLocalDay(std::min(m_fromEdit->date(), m_toEdit->date()));
    }
    return {};
}

QDateTime PeriodFilter::until() const
{
    if (preset() != Preset::Custom)
        return {};
    return startOfLocalDay(std::max(m_fromEdit->date(), m_toEdit->date()).addDays(1));
}

void PeriodFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PeriodFilter::retranslateUi()
{
    m_label->setText(tr("&Period:"));
    m_preset->setItemText(static_cast<int>(Preset::All), tr("All time"));
    m_preset->setItemText(static_cast<int>(Preset::Today), tr("Today"));
    m_preset->setItemText(static_cast<int>(Preset::Last7Days), tr("Last 7 days"));
    m_preset->setItemText(static_cast<int>(Preset::Last30Days), tr("Last 30 days"));
    m_preset->setItemText(static_cast<int>(Preset::Custom), tr("Custom range"));
    m_preset->setAccessibleName(tr("Period"));
    m_preset->setToolTip(tr("Show only rows from this period"));
    //: Start of a custom date range (a day)
    m_fromLabel->setText(tr("&From:"));
    //: End of a custom date range (a day, included)
    m_toLabel->setText(tr("T&o:"));
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
}

void PeriodFilter::updateRangeVisibility()
{
    const bool custom = preset() == Preset::Custom;
    m_fromLabel->setVisible(custom);
    m_fromEdit->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_toEdit->setVisible(custom);
}

} // namespace dicedesk
