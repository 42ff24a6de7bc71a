// dicedesk: start-up only. Arguments, translations, then a connection: --dsn, --profile, or
// the connect dialog. SessionHost owns the backend and the window from there on.
#include "backend/pg/PgBackend.h"
#include "connect/SessionHost.h"
#include "connection/KeychainSecretStore.h"
#include "connection/ProfileStore.h"
#include "i18n/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotTour.h"
#include "theme/ThemeManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <cstdio>
#include <optional>

Q_LOGGING_CATEGORY(lcApp, "dicedesk.app", QtInfoMsg)

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DiceDesk"));
    QApplication::setApplicationName(QStringLiteral("DiceDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DICEDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dicedesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("DiceDesk, the admin console for a multi-tenant gamification platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dsnOption(
        QStringLiteral("dsn"),
        QStringLiteral("libpq connection string of the database (or $DICEDESK_DSN); skips the "
                       "connection profiles."),
        QStringLiteral("DSN"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Connect with this saved profile (its name, or \"local-demo\" for the "
                       "local demo cluster); the password comes from the system keychain when "
                       "the profile remembers it."),
        QStringLiteral("NAME"));
    const QCommandLineOption tourOption(
        QStringLiteral("screenshot-tour"),
        QStringLiteral("Render every available pane to a PNG in DIR, then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("User interface language for this run: en, sv or nb (default: the "
                       "Settings choice, else the system's)."),
        QStringLiteral("LANG"));
    parser.addOptions({dsnOption, profileOption, tourOption, languageOption});
    parser.process(app);

    // Appearance before any window exists; --language wins for this run, else Settings' choice.
    dicedesk::ThemeManager::instance()->applyStoredAppearance();
    dicedesk::LanguageManager::instance()->applyStartupLanguage(parser.value(languageOption));

    QString dsn = parser.value(dsnOption);
    if (dsn.isEmpty() && !parser.isSet(profileOption))
        dsn = qEnvironmentVariable("DICEDESK_DSN");
    const bool touring = parser.isSet(tourOption);

    dicedesk::ProfileStore profiles;
    std::optional<dicedesk::ConnectionProfile> profile;
    if (parser.isSet(profileOption)) {
        profile = profiles.findByNameOrKey(parser.value(profileOption));
        if (!profile) {
            std::fprintf(stderr, "dicedesk: no connection profile \"%s\". Known profiles:\n",
                         qPrintable(parser.value(profileOption)));
            for (const dicedesk::ConnectionProfile &known : profiles.profiles())
                std::fprintf(stderr, "  %s\n",
                             qPrintable(known.key.isEmpty() ? known.name : known.key));
            return 2;
        }
    } else if (dsn.isEmpty() && touring) {
        profile = dicedesk::ProfileStore::localDemo(); // a tour has nobody to pick a profile
    }

    dicedesk::KeychainSecretStore secrets;
    dicedesk::SessionHost host(&secrets);

    int tourExit = -1;
    std::unique_ptr<dicedesk::ScreenshotTour> tour;
    if (touring) {
        QObject::connect(
            &host, &dicedesk::SessionHost::windowCreated, &app, [&](dicedesk::MainWindow *window) {
                if (tour)
                    return; // one tour, of the first window
                tour = std::make_unique<dicedesk::ScreenshotTour>(window, parser.value(tourOption));
                // Queued: the tour may finish (say, on a refused login) before
                // exec() has started.
                QObject::connect(
                    tour.get(), &dicedesk::ScreenshotTour::finished, &app,
                    [&](int code) {
                        tourExit = code;
                        QApplication::exit(code);
                    },
                    Qt::QueuedConnection);
                window->resize(1280, 800);
                tour->start();
            });
    }

    if (!dsn.isEmpty())
        host.open(std::make_unique<dicedesk::pg::PgBackend>(dsn));
    else if (profile)
        host.openProfile(*profile, touring);
    else
        host.connectInteractively(profiles.lastUsedOrDefault().id);

    const int code = QApplication::exec();
    qCInfo(lcApp) << "exiting with" << code;
    tour.reset();
    return tourExit >= 0 ? tourExit : code;
}
