#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <optional>

class QTranslator;

namespace dicedesk {

/// The user-interface language. Owns the installed translators (DiceDesk's own from
/// ":/i18n/dicedesk_<lang>.qm" and Qt's "qtbase" from the Qt translations folder) and swaps
/// them at runtime: Qt then sends QEvent::LanguageChange to every widget, which retranslates
/// itself in changeEvent(). Also sets QLocale::setDefault() so numbers and dates follow.
///
/// A choice is a code: "" (follow the system), "en", "sv" or "nb". It is stored in QSettings
/// under "ui/language"; a --language value on the command line overrides it for one run.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    /// One language the user can pick: its code and its name in that language.
    struct Language
    {
        QString code;       ///< "en", "sv", "nb"
        QString nativeName; ///< "English", "Svenska", "Norsk bokmål"
    };

    /// The application's instance, created on first use and owned by the application.
    static LanguageManager *instance();

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Every language DiceDesk ships, English (the source) first.
    static QList<Language> available();
    /// The native name of a shipped language code; empty for an unknown code.
    static QString nativeName(const QString &code);
    /// Maps what a user may type ("sv_SE", "no", "nb-NO", "EN") to a shipped code, "" for
    /// "system" or nothing, and std::nullopt for a language DiceDesk does not ship.
    static std::optional<QString> normalize(const QString &code);
    /// The shipped language the system locale asks for ("en" when it asks for none of them).
    static QString systemLanguage();
    /// The choice stored in QSettings ("" when none is stored).
    static QString storedChoice();

    /// The current choice: "" (system) or a code.
    QString current() const { return m_choice; }
    /// The language actually shown: the choice, or the system's when the choice is "".
    QString effectiveLanguage() const { return m_effective; }

    /// Switches the interface to `code` ("" = system, "en", "sv", "nb") at once: every widget
    /// has received QEvent::LanguageChange when this returns. Stores the choice when `persist`.
    /// False (and nothing changes) for a language DiceDesk does not ship.
    bool apply(const QString &code, bool persist = true);
    /// Start-up: the --language value when given (not stored; it overrides for this run),
    /// else the stored choice, else the system's language.
    void applyStartupLanguage(const QString &commandLine);

Q_SIGNALS:
    /// The interface language changed; `code` is the new choice ("" = system).
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QString m_choice;
    QString m_effective;
    bool m_applied = false;
};

} // namespace dicedesk
