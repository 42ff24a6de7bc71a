// Language switching at runtime: live widgets retranslate at once, numbers follow the
// locale, the choice persists, and a --language value overrides it for one run.
#include "backend/pg/PgBackend.h"
#include "i18n/LanguageManager.h"
#include "items/OverviewFiguresModel.h"
#include "overview/FigureCard.h"
#include "overview/OverviewPane.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QChartView>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace dicedesk;

namespace {

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

QLabel *labelWithText(const QWidget &parent, const QString &text)
{
    for (QLabel *label : parent.findChildren<QLabel *>()) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

QToolButton *refreshButton(const OverviewPane &pane)
{
    for (QToolButton *button : pane.findChildren<QToolButton *>()) {
        if (button->defaultAction() && button->defaultAction()->shortcut() == QKeySequence::Refresh)
            return button;
    }
    return nullptr;
}

QString chartTitle(const QWidget &parent)
{
    const QList<QChartView *> views = parent.findChildren<QChartView *>();
    return views.isEmpty() ? QString() : views.first()->chart()->title();
}

} // namespace

class TstLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void englishHasItsPluralForms();
    void shipsThreeLanguages();
    void normalize_data();
    void normalize();
    void liveWidgetsRetranslate();
    void hiddenWidgetsRetranslate();
    void choicePersistsAndCommandLineOverrides();
    void unknownLanguageIsRefused();
};

void TstLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QSettings().clear();
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/dicedesk_sv.qm")), "test translations missing");
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dicedesk_nb.qm")));
    // CTest runs this with LC_ALL=en_GB.UTF-8: the system asks for English, British formats.
    QCOMPARE(LanguageManager::systemLanguage(), QStringLiteral("en"));
    QVERIFY(LanguageManager::instance()->apply(QStringLiteral("en")));
}

void TstLanguage::cleanupTestCase()
{
    LanguageManager::instance()->apply(QString());
}

void TstLanguage::englishHasItsPluralForms()
{
    // English is the source, but a text with a count comes from dicedesk_en.qm in both forms.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dicedesk_en.qm")));
    QVERIFY(LanguageManager::instance()->apply(QStringLiteral("en"), false));
    const char *context = "dicedesk::AchievementEditorDialog";
    const char *source = "Held by %n member(s) — they keep it; the change applies to how it shows.";
    QCOMPARE(
        QCoreApplication::translate(context, source, nullptr, 1),
        QStringLiteral("Held by 1 member — they keep it; the change applies to how it shows."));
    QCOMPARE(
        QCoreApplication::translate(context, source, nullptr, 3),
        QStringLiteral("Held by 3 members — they keep it; the change applies to how it shows."));
    // Texts without a count stay the source.
    QCOMPARE(QCoreApplication::translate("dicedesk::AchievementsPane", "Achievements"),
             QStringLiteral("Achievements"));
}

void TstLanguage::shipsThreeLanguages()
{
    const QList<LanguageManager::Language> languages = LanguageManager::available();
    QCOMPARE(languages.size(), 3);
    QCOMPARE(languages.at(0).code, QStringLiteral("en"));
    QCOMPARE(languages.at(0).nativeName, QStringLiteral("English"));
    QCOMPARE(languages.at(1).code, QStringLiteral("sv"));
    QCOMPARE(languages.at(1).nativeName, QStringLiteral("Svenska"));
    QCOMPARE(languages.at(2).code, QStringLiteral("nb"));
    QCOMPARE(languages.at(2).nativeName, QStringLiteral("Norsk bokmål"));
}

void TstLanguage::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("system") << QStringLiteral("System") << true << QString();
    QTest::newRow("en") << QStringLiteral("EN") << true << QStringLiteral("en");
    QTest::newRow("sv_SE") << QStringLiteral("sv_SE") << true << QStringLiteral("sv");
    QTest::newRow("nb-NO") << QStringLiteral("nb-NO") << true << QStringLiteral("nb");
    QTest::newRow("no") << QStringLiteral("no") << true << QStringLiteral("nb");
    QTest::newRow("de") << QStringLiteral("de") << false << QString();
    QTest::newRow("nonsense") << QStringLiteral("klingon!") << false << QString();
}

void TstLanguage::normalize()
{
    QFETCH(QString, input);
    QFETCH(bool, known);
    QFETCH(QString, code);
    const std::optional<QString> result = LanguageManager::normalize(input);
    QCOMPARE(result.has_value(), known);
    if (known)
        QCOMPARE(*result, code);
}

void TstLanguage::liveWidgetsRetranslate()
{
    LanguageManager *languages = LanguageManager::instance();
    QVERIFY(languages->apply(QStringLiteral("en")));
    // Nothing listens on this socket: the pane's request waits for a reconnect that does not
    // come while the test runs, so the pane stays in its "Loading…" state.
    pg::PgBackend backend(QStringLiteral("host=/nonexistent/dicedesk-test port=1 dbname=none "
                                         "user=none connect_timeout=1"));
    OverviewPane pane(&backend);
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setScope(TenantScope{{QUuid::createUuid()}, false});

    OverviewFigures figures;
    figures.mintedLast30 = 1234567;
    figures.mintedLast7 = 4321;
    pane.figuresModel()->setFigures(figures);
    const QPointer<FigureCard> card = pane.findChildren<FigureCard *>().value(0);
    QVERIFY(card);
    QToolButton *refresh = refreshButton(pane);
    QVERIFY(refresh);

    // English, with British number formatting from the system locale.
    QCOMPARE(pane.title(), QStringLiteral("Overview"));
    QVERIFY(labelWithText(pane, QStringLiteral("Overview")));
    QVERIFY(labelWithText(pane, QStringLiteral("Loading…")));
    QCOMPARE(refresh->defaultAction()->text(), QStringLiteral("&Refresh"));
    QCOMPARE(refresh->text(), QStringLiteral("Refresh")); // a tool button shows no mnemonic
    QCOMPARE(chartTitle(pane), QStringLiteral("Coins per day, last 30 full days"));
    QVERIFY2(card->accessibleName().startsWith(QStringLiteral("Coins minted: 1,234,567")),
             qPrintable(card->accessibleName()));

    // Swedish: the same widgets, retranslated before apply() returns.
    QSignalSpy changed(languages, &LanguageManager::languageChanged);
    QVERIFY(languages->apply(QStringLiteral("sv")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("sv"));
    QCOMPARE(languages->current(), QStringLiteral("sv"));
    QCOMPARE(pane.title(), QStringLiteral("Översikt"));
    QCOMPARE(pane.accessibleName(), QStringLiteral("Översikt"));
    QVERIFY2(labelWithText(pane, QStringLiteral("Översikt")), "the heading was not retranslated");
    const QString loading = translated("dicedesk::OverviewPane", "Loading…");
    QVERIFY(loading != QStringLiteral("Loading…"));
    QVERIFY2(labelWithText(pane, loading), "the status was not retranslated");
    const QString swedishRefresh = translated("dicedesk::OverviewPane", "&Refresh");
    QVERIFY(swedishRefresh != QStringLiteral("&Refresh"));
    QCOMPARE(refresh->defaultAction()->text(), swedishRefresh);
    QCOMPARE(refresh->text(), QString(swedishRefresh).remove(QLatin1Char('&')));
    QCOMPARE(refresh->accessibleName(), translated("dicedesk::OverviewPane", "Refresh overview"));
    const QString swedishTitle =
        translated("dicedesk::EconomyChart", "Coins per day, last 30 full days");
    QVERIFY(swedishTitle != QStringLiteral("Coins per day, last 30 full days"));
    QCOMPARE(chartTitle(pane), swedishTitle);
    QCOMPARE(card, pane.findChildren<FigureCard *>().value(0)); // not recreated

    // Numbers follow: Swedish groups thousands with a (no-break) space.
    const QLocale swedish(QLocale::Swedish);
    QCOMPARE(QLocale().language(), QLocale::Swedish);
    QCOMPARE(QLocale().groupSeparator(), swedish.groupSeparator());
    QVERIFY(QLocale().groupSeparator() != QStringLiteral(","));
    QCOMPARE(QLocale().toString(1234567),
             QStringList({QStringLiteral("1"), QStringLiteral("234"), QStringLiteral("567")})
                 .join(swedish.groupSeparator()));
    const QString swedishName = translated("dicedesk::OverviewFiguresModel", "Coins minted");
    QVERIFY(swedishName != QStringLiteral("Coins minted"));
    QVERIFY2(card->accessibleName().startsWith(
                 QStringLiteral("%1: %2").arg(swedishName, swedish.toString(1234567))),
             qPrintable(card->accessibleName()));

    // Norwegian (bokmål).
    QVERIFY(languages->apply(QStringLiteral("nb")));
    QCOMPARE(pane.title(), QStringLiteral("Oversikt"));
    QVERIFY(labelWithText(pane, QStringLiteral("Oversikt")));
    const QString norwegianLoading = translated("dicedesk::OverviewPane", "Loading…");
    QVERIFY(norwegianLoading != loading);
    QVERIFY(labelWithText(pane, norwegianLoading));
    QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);
    const QString norwegianName = translated("dicedesk::OverviewFiguresModel", "Coins minted");
    QVERIFY(norwegianName != swedishName);
    QVERIFY(card->accessibleName().startsWith(norwegianName));

    // And back to English, the system's own formats again.
    QVERIFY(languages->apply(QStringLiteral("en")));
    QCOMPARE(pane.title(), QStringLiteral("Overview"));
    QVERIFY(labelWithText(pane, QStringLiteral("Overview")));
    QVERIFY(labelWithText(pane, QStringLiteral("Loading…")));
    QCOMPARE(refresh->text(), QStringLiteral("Refresh"));
    QCOMPARE(chartTitle(pane), QStringLiteral("Coins per day, last 30 full days"));
    QCOMPARE(QLocale(), QLocale::system());
    QVERIFY(card->accessibleName().startsWith(QStringLiteral("Coins minted: 1,234,567")));
}

void TstLanguage::hiddenWidgetsRetranslate()
{
    // A top-level widget that was never shown has no window; it is reached another way.
    LanguageManager *languages = LanguageManager::instance();
    QVERIFY(languages->apply(QStringLiteral("en")));
    MessageBar bar;
    QCOMPARE(bar.accessibleName(), QStringLiteral("Message"));
    QToolButton *retry = nullptr;
    for (QToolButton *button : bar.findChildren<QToolButton *>()) {
        if (button->text() == QStringLiteral("&Retry"))
            retry = button;
    }
    QVERIFY(retry);
    QVERIFY(languages->apply(QStringLiteral("sv")));
    QCOMPARE(bar.accessibleName(), translated("dicedesk::MessageBar", "Message"));
    QVERIFY(bar.accessibleName() != QStringLiteral("Message"));
    QCOMPARE(retry->text(), translated("dicedesk::MessageBar", "&Retry"));
    QVERIFY(retry->text() != QStringLiteral("&Retry"));
    QCOMPARE(retry->accessibleName(), translated("dicedesk::MessageBar", "Retry"));
    QVERIFY(languages->apply(QStringLiteral("en")));
    QCOMPARE(retry->text(), QStringLiteral("&Retry"));
}

void TstLanguage::choicePersistsAndCommandLineOverrides()
{
    LanguageManager *languages = LanguageManager::instance();
    QVERIFY(languages->apply(QStringLiteral("nb")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("nb"));
    QCOMPARE(LanguageManager::storedChoice(), QStringLiteral("nb"));

    // A second start: the stored choice wins when the command line says nothing...
    QVERIFY(languages->apply(QStringLiteral("en"), /*persist=*/false));
    languages->applyStartupLanguage(QString());
    QCOMPARE(languages->current(), QStringLiteral("nb"));
    QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);

    // ...and --language overrides it for this run without replacing it.
    languages->applyStartupLanguage(QStringLiteral("sv_SE"));
    QCOMPARE(languages->current(), QStringLiteral("sv"));
    QCOMPARE(languages->effectiveLanguage(), QStringLiteral("sv"));
    QCOMPARE(QLocale().language(), QLocale::Swedish);
    QCOMPARE(LanguageManager::storedChoice(), QStringLiteral("nb"));

    // An unknown --language falls back to the stored choice.
    languages->applyStartupLanguage(QStringLiteral("xx"));
    QCOMPARE(languages->current(), QStringLiteral("nb"));

    // "System" is a choice too: it is stored as such and follows the system (English here).
    QVERIFY(languages->apply(QString()));
    QCOMPARE(languages->current(), QString());
    QCOMPARE(languages->effectiveLanguage(), QStringLiteral("en"));
    QVERIFY(QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    QCOMPARE(QLocale(), QLocale::system());
    QCOMPARE(translated("dicedesk::OverviewPane", "Overview"), QStringLiteral("Overview"));
}

void TstLanguage::unknownLanguageIsRefused()
{
    LanguageManager *languages = LanguageManager::instance();
    QVERIFY(languages->apply(QStringLiteral("sv")));
    QSignalSpy changed(languages, &LanguageManager::languageChanged);
    QVERIFY(!languages->apply(QStringLiteral("de")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(languages->current(), QStringLiteral("sv"));
    QCOMPARE(LanguageManager::storedChoice(), QStringLiteral("sv"));
}

QTEST_MAIN(TstLanguage)
#include "tst_language.moc"
