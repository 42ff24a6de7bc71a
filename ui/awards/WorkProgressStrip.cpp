#include "WorkProgressStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace dicedesk {

WorkProgressStrip::WorkProgressStrip(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("workProgress"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setMinimumWidth(120);
    m_cancel->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &WorkProgressStrip::cancelRequested);
    retranslateUi();
    hide();
}

void WorkProgressStrip::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop preparing; nothing is sent"));
    m_bar->setAccessibleName(tr("Progress"));
}

void WorkProgressStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void WorkProgressStrip::start(const QString &text, int total)
{
    m_busy = true;
    m_label->setText(text);
    setProgress(0, total);
    m_cancel->setEnabled(true);
    show();
}

void WorkProgressStrip::setProgress(int done, int total)
{
    m_bar->setRange(0, total);
    m_bar->setValue(total > 0 ? done : 0);
}

void WorkProgressStrip::stop()
{
    m_busy = false;
    hide();
}

QString WorkProgressStrip::text() const
{
    return m_label->text();
}

} // namespace dicedesk
