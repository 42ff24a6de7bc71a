#include "MessageBar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace dicedesk {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);

    connect(m_retry, &QToolButton::clicked, this, &MessageBar::retryRequested);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    hide();
}

void MessageBar::showMessage(Tone tone, const QString &text, const QString &details)
{
    const bool error = tone == Tone::Error;
    setProperty("tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    setStyleSheet(
        error ? QStringLiteral("#messageBar { background: #fbe9e7; border: 1px solid #e0a89e; "
                               "border-radius: 6px; color: #5d1a10; }")
              : QStringLiteral("#messageBar { background: #e8f1fb; border: 1px solid #a9c5e8; "
                               "border-radius: 6px; color: #13335c; }"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(18, 18));
    m_icon->setVisible(error);
    m_text->setText(text);
    m_text->setToolTip(details);
    m_retry->setVisible(error);
    show();
}

void MessageBar::clear()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace dicedesk
