#include "LanguageManager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "dicedesk.ui.language", QtInfoMsg)

namespace dicedesk {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

QLocale::Language qLocaleLanguage(const QString &code)
{
    if (code == QLatin1String("sv"))
        return QLocale::Swedish;
    if (code == QLatin1String("nb"))
        return QLocale::NorwegianBokmal;
    return QLocale::English;
}

/// The code of a shipped language for a QLocale language, null when none is shipped.
QString codeFor(QLocale::Language language)
{
    switch (language) {
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::Swedish:
        return QStringLiteral("sv");
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk: // Nynorsk readers read bokmål; better than English
        return QStringLiteral("nb");
    default:
        return {};
    }
}

/// The locale for numbers and dates: the system's when it speaks the chosen language,
/// else the chosen language with the system's territory where that pair exists (English in
/// Sweden formats numbers the Swedish way), else the language's own default territory.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale::Language language = qLocaleLanguage(code);
    if (codeFor(system.language()) == code)
        return system;
    const QLocale withTerritory(language, system.territory());
    if (withTerritory.language() == language && withTerritory.territory() == system.territory())
        return withTerritory;
    return QLocale(language);
}

} // namespace

LanguageManager *LanguageManager::instance()
{
    static QPointer<LanguageManager> manager;
    if (!manager)
        manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::available()
{
    // Native names are never translated: a user who cannot read the current language must
    // still find their own.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("sv"), QStringLiteral("Svenska")},
        {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
    };
}

QString LanguageManager::nativeName(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return language.nativeName;
    }
    return {};
}

std::optional<QString> LanguageManager::normalize(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return QString();
    // QLocale maps what it does not know to "C", which has no code here either.
    const QString shipped = codeFor(QLocale(trimmed).language());
    if (shipped.isEmpty())
        return std::nullopt;
    return shipped;
}

QString LanguageManager::systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = codeFor(QLocale(name).language());
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString LanguageManager::storedChoice()
{
    return normalize(QSettings().value(kLanguageKey).toString()).value_or(QString());
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

bool LanguageManager::apply(const QString &code, bool persist)
{
    const std::optional<QString> normalized = normalize(code);
    if (!normalized) {
        qCWarning(lcLanguage) << "not a language DiceDesk ships:" << code;
        return false;
    }
    const QString choice = *normalized;
    if (persist)
        QSettings().setValue(kLanguageKey, choice);
    const QString effective = choice.isEmpty() ? systemLanguage() : choice;
    if (m_applied && choice == m_choice && effective == m_effective)
        return true;
    m_choice = choice;
    m_effective = effective;
    m_applied = true;

    // The locale first, so texts rebuilt on LanguageChange format numbers the new way.
    QLocale::setDefault(localeFor(choice));
    removeTranslators();
    if (effective != QLatin1String("en")) {
        auto *qtTranslator = new QTranslator(this);
        if (qtTranslator->load(QLocale(qLocaleLanguage(effective)), QStringLiteral("qtbase"),
                               QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qtTranslator = qtTranslator;
            QCoreApplication::installTranslator(m_qtTranslator);
        } else {
            qCDebug(lcLanguage) << "no Qt translation for" << effective;
            delete qtTranslator;
        }
    }
    // English has a file too: only the plural forms of the texts with a count.
    auto *appTranslator = new QTranslator(this);
    const QString file = QStringLiteral(":/i18n/dicedesk_%1.qm").arg(effective);
    if (appTranslator->load(file)) {
        m_appTranslator = appTranslator;
        QCoreApplication::installTranslator(m_appTranslator);
    } else {
        if (effective == QLatin1String("en"))
            qCDebug(lcLanguage) << "no English plural forms:" << file;
        else
            qCWarning(lcLanguage) << "translation missing:" << file;
        delete appTranslator;
    }
    // Removing the last translator or switching to the source language installs nothing, so
    // say it explicitly; then deliver the (posted) events now, so the change is visible at
    // once and callers can rely on it when apply() returns.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    qCInfo(lcLanguage) << "interface language" << effective << "locale" << QLocale().name()
                       << (choice.isEmpty() ? "(system)" : "");
    Q_EMIT languageChanged(choice);
    return true;
}

void LanguageManager::applyStartupLanguage(const QString &commandLine)
{
    if (!commandLine.isEmpty()) {
        if (apply(commandLine, /*persist=*/false))
            return;
        qCWarning(lcLanguage) << "ignoring --language" << commandLine
                              << "- using the stored choice";
    }
    apply(storedChoice(), /*persist=*/false);
}

} // namespace dicedesk
