#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace dicedesk {

class LanguageManager;
class ThemeManager;

/// Settings: interface language, appearance (system, light, dark) and the query time limit.
/// Every change applies at once (language and appearance live, without a restart) and is
/// stored; there is nothing to confirm, so the only button is Close (Esc closes too).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Uses the application's LanguageManager and ThemeManager unless others are given.
    explicit SettingsDialog(QWidget *parent = nullptr, LanguageManager *languages = nullptr,
                            ThemeManager *themes = nullptr);

    /// QSettings key and bounds of the query time limit (seconds).
    static QString statementTimeoutKey();
    static constexpr int kMinimumTimeoutSec = 5;
    static constexpr int kMaximumTimeoutSec = 600;
    static constexpr int kDefaultTimeoutSec = 30;
    /// The stored query time limit in seconds, within the bounds (30 when none is stored).
    static int statementTimeoutSeconds();

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *appearanceCombo() const { return m_appearance; }
    QSpinBox *timeoutSpin() const { return m_timeout; }

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncFromManagers();
    void storeTimeout(int seconds);

    LanguageManager *m_languages;
    ThemeManager *m_themes;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_appearanceLabel;
    QComboBox *m_appearance;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_timeoutNote;
    QDialogButtonBox *m_buttons;
    QPushButton *m_close;
};

} // namespace dicedesk
