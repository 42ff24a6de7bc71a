// dicedesk: start-up only. Arguments, translations, the backend, the window.
#include "backend/pg/PgBackend.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTranslator>
#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "dicedesk.app", QtInfoMsg)

namespace {

/// The embedded default: the private cluster `dicedesk-db local start` runs, as the demo
/// system admin.
QString defaultDsn()
{
    QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (dataHome.isEmpty())
        dataHome = QDir::homePath() + QStringLiteral("/.local/share");
    return QStringLiteral(
               "host=%1/dicedesk/local/socket port=5432 dbname=dicedesk user=demo_sysadmin")
        .arg(dataHome);
}

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("dicedesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
    else
        qCDebug(lcApp) << "no translation for" << locale.name();
}

} // namespace

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
        QStringLiteral("libpq connection string of the database (default: the local demo cluster "
                       "as demo_sysadmin, or $DICEDESK_DSN)."),
        QStringLiteral("DSN"));
    const QCommandLineOption tourOption(
        QStringLiteral("screenshot-tour"),
        QStringLiteral("Render every available pane to a PNG in DIR, then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("User interface language: en, sv or nb."),
        QStringLiteral("LANG"));
    parser.addOptions({dsnOption, tourOption, languageOption});
    parser.process(app);

    installTranslations(app, parser.value(languageOption));

    QString dsn = parser.value(dsnOption);
    if (dsn.isEmpty())
        dsn = qEnvironmentVariable("DICEDESK_DSN");
    if (dsn.isEmpty())
        dsn = defaultDsn();

    dicedesk::pg::PgBackend backend(dsn);
    dicedesk::MainWindow window(&backend);

    int tourExit = -1;
    std::unique_ptr<dicedesk::ScreenshotTour> tour;
    if (parser.isSet(tourOption)) {
        tour = std::make_unique<dicedesk::ScreenshotTour>(&window, parser.value(tourOption));
        // Queued: the tour may finish (say, on a refused login) before exec() has started.
        QObject::connect(
            tour.get(), &dicedesk::ScreenshotTour::finished, &app,
            [&](int code) {
                tourExit = code;
                QApplication::exit(code);
            },
            Qt::QueuedConnection);
        window.resize(1280, 800);
        tour->start();
    }
    window.show();
    window.start();
    const int code = QApplication::exec();
    qCInfo(lcApp) << "exiting with" << code;
    return tourExit >= 0 ? tourExit : code;
}
