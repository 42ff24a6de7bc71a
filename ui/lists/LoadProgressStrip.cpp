#include "LoadProgressStrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace dicedesk {

LoadProgressStrip::LoadProgressStrip(QWidget *parent)
    : QFrame(parent)
    , m_delay(new QTimer(this))
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("loadProgressStrip"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (m_busy)
            show();
    });

    m_bar->setRange(0, 0); // busy: a keyset list cannot say how far it is
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(8);
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    connect(m_cancel, &QPushButton::clicked, this, &LoadProgressStrip::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    retranslateUi();
    hide();
}

void LoadProgressStrip::setText(const QString &text)
{
    m_label->setText(text);
}

void LoadProgressStrip::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        if (isHidden() && !m_delay->isActive())
            m_delay->start();
    } else {
        m_delay->stop();
        hide();
    }
}

void LoadProgressStrip::retranslateUi()
{
    setAccessibleName(tr("Loading progress"));
    m_bar->setAccessibleName(tr("Loading"));
    m_label->setAccessibleName(tr("What is loading"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    //: Esc is the key on the keyboard
    m_cancel->setToolTip(tr("Stop the query on the server (Esc)"));
}

} // namespace dicedesk
