// Light and dark appearance, and themed SVG icons: drawn at device resolution, inked in
// the palette's text colour, the app icon untouched, the system palette restored.
#include "charts/EconomyChart.h"
#include "theme/ThemeManager.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QChartView>
#include <QFrame>
#include <QLineSeries>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace dicedesk;

namespace {

const QString kOverviewIcon = QStringLiteral(":/icons/overview.svg");
const QString kAppIcon = QStringLiteral(":/icons/dicedesk.svg");

/// Average lightness (0..255) of the drawn pixels, weighted by their coverage.
double inkLightness(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    double weight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() == 0)
                continue;
            sum += colour.lightness() * colour.alphaF();
            weight += colour.alphaF();
        }
    }
    return weight > 0 ? sum / weight : -1;
}

struct Coverage
{
    int opaque = 0;  ///< alpha 255
    int partial = 0; ///< 0 < alpha < 255: the soft edge
};

Coverage coverage(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    Coverage result;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int alpha = qAlpha(image.pixel(x, y));
            if (alpha == 255)
                ++result.opaque;
            else if (alpha > 0)
                ++result.partial;
        }
    }
    return result;
}

bool near(const QColor &a, const QColor &b, int tolerance = 8)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance &&
           qAbs(a.blue() - b.blue()) <= tolerance;
}

QColor centreColour(QWidget &widget)
{
    const QImage image = widget.grab().toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

} // namespace

class TstThemeIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void darkAppearance();
    void lightAppearance();
    void iconIsDrawnAtDeviceResolution();
    void paintUsesThePaintersResolution();
    void iconModes();
    void appIconKeepsItsColours();
    void widgetsFollowTheTheme();
    void systemFollowsTheDesktop();
    void systemRestoresThePlatformLook();

private:
    QPalette m_original;
    QString m_originalStyle;
};

void TstThemeIcons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_theme_icons"));
    QSettings().clear();
    m_original = QApplication::palette();
    m_originalStyle = QApplication::style()->name();
    ThemeManager::instance(); // remembers the platform look as "System"
    QCOMPARE(ThemeManager::storedAppearance(), ThemeManager::Appearance::System);
}

void TstThemeIcons::cleanupTestCase()
{
    ThemeManager::instance()->setAppearance(ThemeManager::Appearance::System);
}

void TstThemeIcons::darkAppearance()
{
    ThemeManager *themes = ThemeManager::instance();
    QSignalSpy changed(themes, &ThemeManager::themeChanged);
    themes->setAppearance(ThemeManager::Appearance::Dark);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    QVERIFY(themes->isDark());
    QCOMPARE(themes->appearance(), ThemeManager::Appearance::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 64);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 192);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/appearance")).toString(), QStringLiteral("dark"));
    QCOMPARE(ThemeManager::storedAppearance(), ThemeManager::Appearance::Dark);

    const QPixmap pixmap = themedIcon(kOverviewIcon).pixmap(QSize(24, 24), 2.0);
    QCOMPARE(pixmap.size(), QSize(48, 48));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    const double ink = inkLightness(pixmap.toImage());
    QVERIFY2(ink > 180, qPrintable(QString::number(ink)));
}

void TstThemeIcons::lightAppearance()
{
    ThemeManager *themes = ThemeManager::instance();
    themes->setAppearance(ThemeManager::Appearance::Light);
    QVERIFY(!themes->isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    const QPixmap pixmap = themedIcon(kOverviewIcon).pixmap(QSize(24, 24), 2.0);
    QCOMPARE(pixmap.size(), QSize(48, 48));
    const double ink = inkLightness(pixmap.toImage());
    QVERIFY2(ink >= 0 && ink < 80, qPrintable(QString::number(ink)));
}

void TstThemeIcons::iconIsDrawnAtDeviceResolution()
{
    ThemeManager::instance()->setAppearance(ThemeManager::Appearance::Light);
    const QIcon icon = themedIcon(kOverviewIcon);
    const QImage large = icon.pixmap(QSize(96, 96), 1.0).toImage();
    QCOMPARE(large.size(), QSize(96, 96));
    const QImage upscaled = icon.pixmap(QSize(24, 24), 1.0)
                                .toImage()
                                .scaled(96, 96, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    int different = 0;
    const QImage a = large.convertToFormat(QImage::Format_ARGB32);
    const QImage b = upscaled.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < 96; ++y) {
        for (int x = 0; x < 96; ++x) {
            if (qAbs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y))) > 64)
                ++different;
        }
    }
    QVERIFY2(different > 96, qPrintable(QString::number(different)));

    // Crisp: a true 96 px drawing has a thin soft edge around solid strokes; an upscaled
    // 24 px one is mostly soft edge.
    const Coverage crisp = coverage(large);
    const Coverage blurred = coverage(upscaled);
    QVERIFY(crisp.opaque > 0);
    const double crispSoftness = double(crisp.partial) / (crisp.partial + crisp.opaque);
    const double blurredSoftness = double(blurred.partial) / (blurred.partial + blurred.opaque);
    QVERIFY2(crispSoftness < 0.5 * blurredSoftness,
             qPrintable(QStringLiteral("%1 vs %2").arg(crispSoftness).arg(blurredSoftness)));
}

void TstThemeIcons::paintUsesThePaintersResolution()
{
    // What QIcon::paint draws on a 2× surface is the 2× rendering, not a scaled 1× one.
    const QIcon icon = themedIcon(kOverviewIcon);
    QImage canvas(48, 48, QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(2.0);
    canvas.fill(Qt::transparent);
    {
        QPainter painter(&canvas);
        icon.paint(&painter, QRect(0, 0, 24, 24));
    }
    const QImage direct = icon.pixmap(QSize(24, 24), 2.0)
                              .toImage()
                              .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(1.0);
    QImage expected = direct;
    expected.setDevicePixelRatio(1.0);
    QCOMPARE(canvas, expected);
    QVERIFY(coverage(canvas).opaque > 0);
}

void TstThemeIcons::iconModes()
{
    ThemeManager::instance()->setAppearance(ThemeManager::Appearance::Light);
    const QPalette palette = QApplication::palette();
    const QIcon icon = themedIcon(kOverviewIcon);
    const double normal = inkLightness(icon.pixmap(QSize(48, 48), 1.0, QIcon::Normal).toImage());
    const double disabled =
        inkLightness(icon.pixmap(QSize(48, 48), 1.0, QIcon::Disabled).toImage());
    const double selected =
        inkLightness(icon.pixmap(QSize(48, 48), 1.0, QIcon::Selected).toImage());
    const int window = palette.color(QPalette::Window).lightness();
    // Disabled fades towards the window; selected takes the highlighted text colour.
    QVERIFY2(disabled > normal + 40 && disabled < window,
             qPrintable(QStringLiteral("%1 %2 %3").arg(normal).arg(disabled).arg(window)));
    QVERIFY2(qAbs(selected - palette.color(QPalette::HighlightedText).lightness()) < 16,
             qPrintable(QString::number(selected)));
    QCOMPARE(ThemedIcon::inkColour(QIcon::Normal), palette.color(QPalette::WindowText));
}

void TstThemeIcons::appIconKeepsItsColours()
{
    ThemeManager::instance()->setAppearance(ThemeManager::Appearance::Dark);
    const QIcon icon = themedIcon(kAppIcon);
    const QImage image = icon.pixmap(QSize(64, 64), 1.0).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // The tile's blue, the centre pip's yellow, a corner pip's white: as drawn in the SVG.
    QVERIFY2(near(image.pixelColor(10, 32), QColor(0x3b, 0x6f, 0xd8)),
             qPrintable(image.pixelColor(10, 32).name()));
    QVERIFY2(near(image.pixelColor(32, 32), QColor(0xff, 0xd5, 0x4a)),
             qPrintable(image.pixelColor(32, 32).name()));
    QVERIFY(near(image.pixelColor(20, 20), Qt::white));
    QCOMPARE(image.pixelColor(1, 1).alpha(), 0);
    // The same in light: nothing in it follows the palette.
    ThemeManager::instance()->setAppearance(ThemeManager::Appearance::Light);
    QCOMPARE(icon.pixmap(QSize(64, 64), 1.0).toImage(), image);
}

void TstThemeIcons::widgetsFollowTheTheme()
{
    ThemeManager *themes = ThemeManager::instance();
    themes->setAppearance(ThemeManager::Appearance::Light);
    QWidget window;
    window.resize(640, 480);
    auto *card = new QFrame(&window);
    card->setObjectName(QStringLiteral("card"));
    card->setStyleSheet(QStringLiteral("#card { background: palette(base); }"));
    card->setGeometry(10, 10, 100, 60);
    auto *bar = new MessageBar(&window);
    bar->setGeometry(10, 80, 400, 40);
    bar->showMessage(MessageBar::Tone::Error, QStringLiteral("Something failed"));
    auto *chart = new EconomyChart(&window);
    chart->setGeometry(10, 130, 600, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QChartView *view = chart->findChild<QChartView *>();
    QVERIFY(view);

    QVERIFY(near(centreColour(*card), ThemeManager::lightPalette().color(QPalette::Base), 2));
    QVERIFY(bar->styleSheet().contains(QStringLiteral("#fbe9e7")));
    QCOMPARE(view->chart()->theme(), QChart::ChartThemeLight);
    // A theme is chosen once per flip, and the series keep the list colours.
    const QColor minted = qobject_cast<QLineSeries *>(view->chart()->series().value(0))->color();

    themes->setAppearance(ThemeManager::Appearance::Dark);
    QVERIFY2(near(centreColour(*card), ThemeManager::darkPalette().color(QPalette::Base), 2),
             qPrintable(centreColour(*card).name()));
    QVERIFY2(bar->styleSheet().contains(QStringLiteral("#3b2421")), qPrintable(bar->styleSheet()));
    QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(qobject_cast<QLineSeries *>(view->chart()->series().value(0))->color(), minted);

    themes->setAppearance(ThemeManager::Appearance::Light);
    QVERIFY(near(centreColour(*card), ThemeManager::lightPalette().color(QPalette::Base), 2));
    QVERIFY(bar->styleSheet().contains(QStringLiteral("#fbe9e7")));
    QCOMPARE(view->chart()->theme(), QChart::ChartThemeLight);
}

void TstThemeIcons::systemFollowsTheDesktop()
{
    ThemeManager *themes = ThemeManager::instance();
    themes->setAppearance(ThemeManager::Appearance::System);
    QSignalSpy changed(themes, &ThemeManager::themeChanged);
    // What Qt sends when the desktop's palette changes (offscreen has no desktop to switch).
    QEvent paletteChange(QEvent::ApplicationPaletteChange);
    QCoreApplication::sendEvent(qApp, &paletteChange);
    QCOMPARE(changed.count(), 1);
    // With an explicit appearance the desktop's palette is not followed.
    themes->setAppearance(ThemeManager::Appearance::Dark);
    changed.clear();
    QCoreApplication::sendEvent(qApp, &paletteChange);
    QCOMPARE(changed.count(), 0);
}

void TstThemeIcons::systemRestoresThePlatformLook()
{
    ThemeManager *themes = ThemeManager::instance();
    themes->setAppearance(ThemeManager::Appearance::Dark);
    QVERIFY(QApplication::palette() != m_original);
    themes->setAppearance(ThemeManager::Appearance::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_original.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText),
             m_original.color(QPalette::WindowText));
    QVERIFY(QApplication::palette() == m_original);
    QCOMPARE(QApplication::style()->name(), m_originalStyle);
    QCOMPARE(themes->isDark(), ThemeManager::isDarkPalette(m_original));
    QCOMPARE(QSettings().value(QStringLiteral("ui/appearance")).toString(),
             QStringLiteral("system"));
    // Icons follow the restored palette again.
    const double ink = inkLightness(themedIcon(kOverviewIcon).pixmap(QSize(24, 24), 1.0).toImage());
    QVERIFY(qAbs(ink - m_original.color(QPalette::WindowText).lightness()) < 16);
}

QTEST_MAIN(TstThemeIcons)
#include "tst_theme_icons.moc"
