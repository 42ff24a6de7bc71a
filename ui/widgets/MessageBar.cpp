#include "MessageBar.h"

#include "theme/ThemeManager.h"
#include "theme/ThemedIcon.h"

#include <QEvent>
#include <QGuiApplication>
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
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    retranslateUi();

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

void MessageBar::retranslateUi()
{
    setAccessibleName(tr("Message"));
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_close->setAccessibleName(tr("Dismiss message"));
}

void MessageBar::applyTone()
{
    const bool dark = ThemeManager::isDarkPalette(QGuiApplication::palette());
    m_styledDark = dark ? 1 : 0;
    const bool error = m_tone == Tone::Error;
    // Soft tints with text of at least 7:1 on them, in either theme.
    if (error)
        setStyleSheet(dark ? QStringLiteral("#messageBar { background: #3b2421; border: 1px solid "
                                            "#7a3e34; border-radius: 6px; color: #f6d3cc; }")
                           : QStringLiteral("#messageBar { background: #fbe9e7; border: 1px solid "
                                            "#e0a89e; border-radius: 6px; color: #5d1a10; }"));
    else
        setStyleSheet(dark ? QStringLiteral("#messageBar { background: #1e2c3e; border: 1px solid "
                                            "#3a5a85; border-radius: 6px; color: #d3e3f7; }")
                           : QStringLiteral("#messageBar { background: #e8f1fb; border: 1px solid "
                                            "#a9c5e8; border-radius: 6px; color: #13335c; }"));
    m_icon->setPixmap(themedIcon(QStringLiteral(":/icons/warning.svg"))
                          .pixmap(QSize(18, 18), devicePixelRatio()));
}

void MessageBar::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::PaletteChange:
        // Only when the theme really flipped: the style sheet itself changes the palette.
        if (m_styledDark >= 0 &&
            m_styledDark != (ThemeManager::isDarkPalette(QGuiApplication::palette()) ? 1 : 0))
            applyTone();
        break;
    default:
        break;
    }
    QFrame::changeEvent(event);
}

void MessageBar::showMessage(Tone tone, const QString &text, const QString &details)
{
    const bool error = tone == Tone::Error;
    m_tone = tone;
    setProperty("tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    applyTone();
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
