// The badge renderer (ui/badges/BadgeRenderer) against committed reference PNGs in
// tests/badges/reference/, compared with a small tolerance: every channel within 8 on at least
// 99.5 % of the pixels. On a mismatch the actual image and a diff image are written to a
// temporary folder whose path the failure prints.
//
// After an intended change of the look, regenerate the references and look at them:
//   DICEDESK_UPDATE_BADGE_REFERENCES=1 ctest --test-dir <build> -R tst_badge_render
// (see docs/badges.md) and commit the PNGs with the change.

#include "badges/BadgeConfig.h"
#include "badges/BadgeRenderer.h"

#include <QDir>
#include <QJsonDocument>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace dicedesk;

namespace {

constexpr int kChannelTolerance = 8;
constexpr double kRequiredShare = 0.995;

struct Case
{
    const char *name;
    const char *json;
    int pixels;
    BadgeState state;
};

// Every shape, gradient, border, icon, label and the four states.
const Case kCases[] = {
    {"circle_seed_play", "{'shape': 'circle', 'fill': '#4caf50', 'icon': 'play', 'label': '1'}", 64,
     BadgeState::Unlocked},
    {"shield_gradient_border_trophy",
     "{'format': 1, 'shape': 'shield', 'fill': '#3F51B5', 'gradient': {'to': '#1A237E', "
     "'angle': 90}, 'border': {'color': '#FFD54F', 'width': 6}, 'icon': 'trophy', "
     "'icon_color': '#FFFFFF', 'label': '50', 'label_color': '#FFFFFF'}",
     64, BadgeState::Unlocked},
    {"hexagon_gradient_flask",
     "{'shape': 'hexagon', 'fill': '#00BCD4', 'gradient': {'to': '#6A1B9A', 'angle': 45}, "
     "'icon': 'flask'}",
     64, BadgeState::Unlocked},
    {"star_send", "{'shape': 'star', 'fill': '#FF5722', 'icon': 'send'}", 64, BadgeState::Unlocked},
    {"ribbon_border_medal",
     "{'shape': 'ribbon', 'fill': '#F9A825', 'gradient': {'to': '#E65100', 'angle': 120}, "
     "'border': {'color': '#FFF8E1', 'width': 4}, 'icon': 'crown', 'label': '2024'}",
     64, BadgeState::Unlocked},
    {"hexagon_dark_label",
     "{'shape': 'hexagon', 'fill': '#FFEB3B', 'border': {'color': '#3E2723', 'width': 3}, "
     "'icon': 'sun', 'icon_color': '#3E2723', 'label': 'Sommar', 'label_color': '#3E2723'}",
     64, BadgeState::Unlocked},
    {"circle_locked", "{'shape': 'circle', 'fill': '#E91E63', 'icon': 'heart', 'label': '7'}", 64,
     BadgeState::Locked},
    {"shield_locked_hint",
     "{'shape': 'shield', 'fill': '#2196F3', 'gradient': {'to': '#0D47A1', 'angle': 90}, "
     "'border': {'color': '#FFFFFF', 'width': 5}, 'icon': 'users', 'label': '10'}",
     64, BadgeState::LockedWithHint},
    {"star_easter_egg", "{'shape': 'star', 'fill': '#9C27B0', 'icon': 'sparkles'}", 64,
     BadgeState::EasterEgg},
    {"ribbon_easter_egg", "{'shape': 'ribbon', 'fill': '#009688', 'icon': 'moon'}", 64,
     BadgeState::EasterEgg},
    {"star_border_long_label_128",
     "{'shape': 'star', 'fill': '#FFC107', 'gradient': {'to': '#FF6F00', 'angle': 60}, "
     "'border': {'color': '#FFFFFF', 'width': 5}, 'icon': 'rocket', 'label': 'CHAMPION'}",
     128, BadgeState::Unlocked},
};

/// JSON written with single quotes (easier to read in C++ strings).
BadgeConfig configOf(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json).replace('\'', '"'));
    if (!document.isObject())
        qFatal("bad test JSON: %s", json);
    return BadgeConfig::fromJson(document.object());
}

struct Difference
{
    double share = 1;  ///< of pixels within the tolerance
    int worstRest = 0; ///< largest channel difference among the others
    QImage visual;     ///< red where beyond the tolerance, grey scale of the difference elsewhere
};

Difference compare(const QImage &actualIn, const QImage &expectedIn)
{
    const QImage actual = actualIn.convertToFormat(QImage::Format_ARGB32);
    const QImage expected = expectedIn.convertToFormat(QImage::Format_ARGB32);
    Difference result;
    if (actual.size() != expected.size()) {
        result.share = 0;
        result.worstRest = 255;
        return result;
    }
    result.visual = QImage(actual.size(), QImage::Format_ARGB32);
    qint64 within = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        auto *v = reinterpret_cast<QRgb *>(result.visual.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int d = std::max(
                {std::abs(qRed(a[x]) - qRed(e[x])), std::abs(qGreen(a[x]) - qGreen(e[x])),
                 std::abs(qBlue(a[x]) - qBlue(e[x])), std::abs(qAlpha(a[x]) - qAlpha(e[x]))});
            if (d <= kChannelTolerance) {
                ++within;
                v[x] = qRgb(255 - d * 8, 255 - d * 8, 255 - d * 8);
            } else {
                result.worstRest = std::max(result.worstRest, d);
                v[x] = qRgb(255, 0, 0);
            }
        }
    }
    result.share = double(within) / (double(actual.width()) * actual.height());
    return result;
}

QString outputDir()
{
    static const QString dir = [] {
        const QString path = QDir(QDir::tempPath())
                                 .filePath(QStringLiteral("dicedesk-badge-render-%1")
                                               .arg(QCoreApplication::applicationPid()));
        QDir().mkpath(path);
        return path;
    }();
    return dir;
}

bool updating()
{
    return qEnvironmentVariableIntValue("DICEDESK_UPDATE_BADGE_REFERENCES") == 1;
}

} // namespace

class TestBadgeRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReference_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kCases)); ++i)
            QTest::newRow(kCases[i].name) << i;
    }

    void matchesReference()
    {
        QFETCH(int, index);
        const Case &c = kCases[index];
        const BadgeConfig config = configOf(c.json);
        QVERIFY(BadgeConfig::problems(config.toJson()).isEmpty());
        const QImage actual = BadgeRenderer::render(config, c.pixels, c.state);
        QCOMPARE(actual.size(), QSize(c.pixels, c.pixels));
        const QString reference =
            QStringLiteral(DICEDESK_BADGE_REFERENCE_DIR "/%1.png").arg(QLatin1String(c.name));
        if (updating()) {
            QVERIFY(actual.convertToFormat(QImage::Format_ARGB32).save(reference, "PNG"));
            qInfo("updated %s", qPrintable(reference));
            return;
        }
        const QImage expected(reference);
        QVERIFY2(!expected.isNull(),
                 qPrintable(QStringLiteral("missing reference %1 (DICEDESK_UPDATE_BADGE_"
                                           "REFERENCES=1 writes it)")
                                .arg(reference)));
        const Difference difference = compare(actual, expected);
        if (difference.share < kRequiredShare) {
            const QString base = QDir(outputDir()).filePath(QLatin1String(c.name));
            actual.save(base + QStringLiteral("-actual.png"));
            if (!difference.visual.isNull())
                difference.visual.save(base + QStringLiteral("-diff.png"));
            QFAIL(qPrintable(QStringLiteral("%1: %2 % of pixels within %3 (need %4 %), the rest "
                                            "differ by up to %5; actual and diff written to %6")
                                 .arg(QLatin1String(c.name))
                                 .arg(difference.share * 100, 0, 'f', 2)
                                 .arg(kChannelTolerance)
                                 .arg(kRequiredShare * 100, 0, 'f', 1)
                                 .arg(difference.worstRest)
                                 .arg(base)));
        }
        if (difference.worstRest > 0)
            qInfo("%s: %.2f %% within tolerance, the rest differ by up to %d", c.name,
                  difference.share * 100, difference.worstRest);
    }

    void isDeterministic()
    {
        for (const Case &c : kCases) {
            const BadgeConfig config = configOf(c.json);
            const QImage first = BadgeRenderer::render(config, c.pixels, c.state);
            const QImage second = BadgeRenderer::render(config, c.pixels, c.state);
            QVERIFY2(first == second, c.name);
        }
    }

    void rendersTheSameOnOtherThreads()
    {
        const Case &c = kCases[1];
        const BadgeConfig config = configOf(c.json);
        const QImage expected = BadgeRenderer::render(config, 96, BadgeState::Unlocked);
        QList<int> runs(16);
        const QList<QImage> images = QtConcurrent::blockingMapped(
            runs, [&](int) { return BadgeRenderer::render(config, 96, BadgeState::Unlocked); });
        for (const QImage &image : images)
            QVERIFY(image == expected);
    }

    void statesDiffer()
    {
        for (const char *json : {kCases[0].json, kCases[1].json, kCases[4].json}) {
            const BadgeConfig config = configOf(json);
            const QImage unlocked = BadgeRenderer::render(config, 64, BadgeState::Unlocked);
            const QImage locked = BadgeRenderer::render(config, 64, BadgeState::Locked);
            const QImage hinted = BadgeRenderer::render(config, 64, BadgeState::LockedWithHint);
            const QImage egg = BadgeRenderer::render(config, 64, BadgeState::EasterEgg);
            QVERIFY(compare(unlocked, locked).share < 0.9);
            QVERIFY(compare(unlocked, egg).share < 0.9);
            QVERIFY(compare(locked, egg).share < 0.9);
            // The hint is shown by the card, not the badge: same pixels are fine.
            QVERIFY(compare(locked, hinted).share >= kRequiredShare);
        }
    }

    void changesFollowTheConfig()
    {
        const BadgeConfig base = configOf(kCases[1].json);
        const QImage image = BadgeRenderer::render(base, 64);
        auto differs = [&](auto change) {
            BadgeConfig other = base;
            change(other);
            return BadgeRenderer::render(other, 64) != image;
        };
        QVERIFY(differs([](BadgeConfig &c) { c.fill = QStringLiteral("#FF0000"); }));
        QVERIFY(differs([](BadgeConfig &c) { c.gradient = false; }));
        QVERIFY(differs([](BadgeConfig &c) { c.gradientAngle = 0; }));
        QVERIFY(differs([](BadgeConfig &c) { c.borderWidth = 12; }));
        QVERIFY(differs([](BadgeConfig &c) { c.icon = QStringLiteral("star"); }));
        QVERIFY(differs([](BadgeConfig &c) { c.iconColor = QStringLiteral("#000000"); }));
        QVERIFY(differs([](BadgeConfig &c) { c.label = QStringLiteral("51"); }));
        QVERIFY(differs([](BadgeConfig &c) { c.labelColor = QStringLiteral("#000000"); }));
        for (const QString &shape : BadgeConfig::shapes())
            QVERIFY(shape == base.shape || differs([&](BadgeConfig &c) { c.shape = shape; }));
        // Every bundled icon draws something.
        BadgeConfig plain;
        const QImage empty = BadgeRenderer::render(plain, 64);
        for (const QString &icon : BadgeConfig::iconNames()) {
            plain.icon = icon;
            QVERIFY2(BadgeRenderer::render(plain, 64) != empty, qPrintable(icon));
        }
    }

    void keepsTheTransparentCorners()
    {
        const QImage image = BadgeRenderer::render(configOf(kCases[0].json), 64);
        QCOMPARE(image.format(), QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(63, 63)), 0);
        QCOMPARE(qAlpha(image.pixel(32, 32)), 255);
    }

    void svgLoadsBackAndLooksTheSame_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kCases)); ++i)
            QTest::newRow(kCases[i].name) << i;
    }

    void svgLoadsBackAndLooksTheSame()
    {
        QFETCH(int, index);
        const Case &c = kCases[index];
        const BadgeConfig config = configOf(c.json);
        const QByteArray svg = BadgeRenderer::renderSvg(config, c.pixels, c.state);
        QVERIFY(svg.startsWith("<?xml"));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(!svg.contains("<image")); // vectors, not an embedded raster
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(c.pixels, c.pixels));
        QImage raster(c.pixels, c.pixels, QImage::Format_ARGB32_Premultiplied);
        raster.fill(Qt::transparent);
        QPainter painter(&raster);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const Difference difference =
            compare(raster, BadgeRenderer::render(config, c.pixels, c.state));
        if (difference.share < 0.97) {
            const QString base = QDir(outputDir()).filePath(QLatin1String(c.name));
            raster.save(base + QStringLiteral("-svg.png"));
            QFile file(base + QStringLiteral(".svg"));
            if (file.open(QIODevice::WriteOnly))
                file.write(svg);
            QFAIL(qPrintable(QStringLiteral("SVG raster of %1: only %2 % of pixels close to "
                                            "render(); written to %3")
                                 .arg(QLatin1String(c.name))
                                 .arg(difference.share * 100, 0, 'f', 2)
                                 .arg(base)));
        }
    }
};

QTEST_MAIN(TestBadgeRender)
#include "tst_badge_render.moc"
