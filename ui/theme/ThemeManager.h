#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace dicedesk {

/// Light and dark. "System" keeps the platform's style and palette, so DiceDesk follows the
/// desktop (and re-emits themeChanged() when the desktop switches); "Light" and "Dark" use
/// the Fusion style with a calm palette of good contrast and an accessible highlight.
/// The choice is stored in QSettings under "ui/appearance" ("system", "light", "dark").
///
/// Qt 6.4 has no QStyleHints::colorScheme(), so darkness is read from the effective palette:
/// a window colour darker than its text means dark.
class ThemeManager : public QObject
{
    Q_OBJECT

public:
    enum class Appearance
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Appearance)

    /// The application's instance, created on first use and owned by the application. It
    /// remembers the platform style and palette of that moment as "System".
    static ThemeManager *instance();

    explicit ThemeManager(QObject *parent = nullptr);
    ~ThemeManager() override;

    Appearance appearance() const { return m_appearance; }
    /// Applies an appearance to the whole application at once and, when `persist`, stores it.
    void setAppearance(Appearance appearance, bool persist = true);
    /// Start-up: applies the stored appearance (System when none is stored).
    void applyStoredAppearance();
    static Appearance storedAppearance();

    /// True when the application's effective palette is dark.
    bool isDark() const;
    static bool isDarkPalette(const QPalette &palette);
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QString settingsValue(Appearance appearance);

Q_SIGNALS:
    /// The effective palette changed: a new appearance, or the desktop switched while on
    /// System. Things drawn with their own colours (icons, charts) redraw on this.
    void themeChanged(bool dark);
    void appearanceChanged(dicedesk::ThemeManager::Appearance appearance);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void announce();

    Appearance m_appearance = Appearance::System;
    QString m_systemStyle; ///< the style the platform chose, restored on System
    bool m_applying = false;
};

} // namespace dicedesk
