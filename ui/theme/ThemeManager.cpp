#include "ThemeManager.h"

#include "ThemedIcon.h"

#include <QApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QWidget>

Q_LOGGING_CATEGORY(lcTheme, "dicedesk.ui.theme", QtInfoMsg)

namespace dicedesk {

namespace {

const QString kAppearanceKey = QStringLiteral("ui/appearance");
const QString kFusion = QStringLiteral("Fusion");

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, light, midlight, mid,
        dark, shadow, highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText,
        placeholder, disabledText, disabledButton, disabledHighlight;
};

QPalette paletteFrom(const Colours &c)
{
    QPalette p;
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
    }
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Button, c.disabledButton);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    return p;
}

/// Every palette(...) in a style sheet is resolved when the sheet is applied, so widgets
/// with one are polished again to pick up the new colours.
void repolishStyleSheets()
{
    for (QWidget *widget : QApplication::allWidgets()) {
        if (widget->styleSheet().isEmpty())
            continue;
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        widget->update();
    }
}

} // namespace

ThemeManager *ThemeManager::instance()
{
    static QPointer<ThemeManager> manager;
    if (!manager)
        manager = new ThemeManager(QCoreApplication::instance());
    return manager;
}

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : kFusion)
{
    qApp->installEventFilter(this);
}

ThemeManager::~ThemeManager() = default;

QPalette ThemeManager::lightPalette()
{
    // Ink on paper: text #1d2330 on #f4f5f7 is 14:1; white on the highlight is 5.6:1;
    // placeholder text still reaches 4.5:1 on the window.
    return paletteFrom({
        .window = QColor(0xf4, 0xf5, 0xf7),
        .windowText = QColor(0x1d, 0x23, 0x30),
        .base = QColor(0xff, 0xff, 0xff),
        .alternateBase = QColor(0xee, 0xf0, 0xf3),
        .text = QColor(0x1d, 0x23, 0x30),
        .button = QColor(0xf7, 0xf8, 0xfa),
        .buttonText = QColor(0x1d, 0x23, 0x30),
        .light = QColor(0xff, 0xff, 0xff),
        .midlight = QColor(0xdf, 0xe3, 0xe8),
        .mid = QColor(0xc3, 0xc9, 0xd2),
        .dark = QColor(0x8a, 0x94, 0xa3),
        .shadow = QColor(0x5b, 0x64, 0x72),
        .highlight = QColor(0x2c, 0x64, 0xc6),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x1f, 0x5b, 0xbf),
        .linkVisited = QColor(0x6a, 0x3f, 0xb5),
        .toolTipBase = QColor(0x1d, 0x23, 0x30),
        .toolTipText = QColor(0xf4, 0xf5, 0xf7),
        .placeholder = QColor(0x63, 0x6c, 0x7c),
        .disabledText = QColor(0x9a, 0xa1, 0xac),
        .disabledButton = QColor(0xf0, 0xf1, 0xf3),
        .disabledHighlight = QColor(0xb9, 0xc2, 0xd0),
    });
}

QPalette ThemeManager::darkPalette()
{
    // A soft charcoal rather than black: text #e3e6ea on #1f2329 is 13:1; white on the
    // highlight is 5.4:1; placeholder text 6:1 on the base.
    return paletteFrom({
        .window = QColor(0x1f, 0x23, 0x29),
        .windowText = QColor(0xe3, 0xe6, 0xea),
        .base = QColor(0x17, 0x1a, 0x1f),
        .alternateBase = QColor(0x25, 0x2a, 0x31),
        .text = QColor(0xe3, 0xe6, 0xea),
        .button = QColor(0x2a, 0x2f, 0x37),
        .buttonText = QColor(0xe3, 0xe6, 0xea),
        .light = QColor(0x3a, 0x41, 0x4b),
        .midlight = QColor(0x33, 0x39, 0x42),
        .mid = QColor(0x26, 0x2b, 0x32),
        .dark = QColor(0x12, 0x14, 0x18),
        .shadow = QColor(0x00, 0x00, 0x00),
        .highlight = QColor(0x33, 0x68, 0xc4),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x8a, 0xb4, 0xff),
        .linkVisited = QColor(0xc5, 0xa3, 0xff),
        .toolTipBase = QColor(0xe3, 0xe6, 0xea),
        .toolTipText = QColor(0x1f, 0x23, 0x29),
        .placeholder = QColor(0x98, 0xa1, 0xae),
        .disabledText = QColor(0x6c, 0x74, 0x80),
        .disabledButton = QColor(0x24, 0x28, 0x2f),
        .disabledHighlight = QColor(0x3a, 0x41, 0x50),
    });
}

bool ThemeManager::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

bool ThemeManager::isDark() const
{
    return isDarkPalette(QGuiApplication::palette());
}

QString ThemeManager::settingsValue(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeManager::Appearance ThemeManager::storedAppearance()
{
    const QString value = QSettings().value(kAppearanceKey).toString();
    if (value == settingsValue(Appearance::Light))
        return Appearance::Light;
    if (value == settingsValue(Appearance::Dark))
        return Appearance::Dark;
    return Appearance::System;
}

void ThemeManager::applyStoredAppearance()
{
    setAppearance(storedAppearance(), /*persist=*/false);
}

void ThemeManager::setAppearance(Appearance appearance, bool persist)
{
    if (persist)
        QSettings().setValue(kAppearanceKey, settingsValue(appearance));
    const bool changed = appearance != m_appearance;
    m_appearance = appearance;
    m_applying = true;
    const QString wantedStyle = appearance == Appearance::System ? m_systemStyle : kFusion;
    if (QApplication::style()->name().compare(wantedStyle, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(wantedStyle);
    switch (appearance) {
    case Appearance::System:
        // An empty palette resolves against the platform's: the application follows the
        // desktop again, including later switches between light and dark.
        QApplication::setPalette(QPalette());
        break;
    case Appearance::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Appearance::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    // Qt posts the change to the windows; deliver it now, so every widget has its new
    // palette when this returns and when themeChanged() is emitted.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
    m_applying = false;
    qCInfo(lcTheme) << "appearance" << settingsValue(appearance)
                    << (isDark() ? "(dark)" : "(light)");
    if (changed)
        Q_EMIT appearanceChanged(appearance);
    announce();
}

void ThemeManager::announce()
{
    ThemedIcon::invalidateCaches();
    repolishStyleSheets();
    Q_EMIT themeChanged(isDark());
}

bool ThemeManager::eventFilter(QObject *watched, QEvent *event)
{
    // Installed on the application object, this sees every event: test the type first.
    if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp && !m_applying &&
        m_appearance == Appearance::System) {
        qCInfo(lcTheme) << "the system palette changed" << (isDark() ? "(dark)" : "(light)");
        announce();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dicedesk
