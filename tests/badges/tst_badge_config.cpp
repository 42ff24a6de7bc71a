// The badge format (models/badges/BadgeConfig): JSON round trip, the seed's shorthand, unknown
// keys kept, strict problems() with one message per field, and the icon list matching the
// bundled SVGs.

#include "badges/BadgeConfig.h"
#include "badges/BadgeIcons.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace dicedesk;

namespace {

/// JSON written with single quotes (easier to read in C++ strings).
QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(json).replace('\'', '"'), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

BadgeConfig fullConfig()
{
    BadgeConfig config;
    config.shape = QStringLiteral("shield");
    config.fill = QStringLiteral("#2E7D32");
    config.gradient = true;
    config.gradientTo = QStringLiteral("#A5D6A7");
    config.gradientAngle = 135;
    config.border = true;
    config.borderColor = QStringLiteral("#FFD54F");
    config.borderWidth = 9;
    config.icon = QStringLiteral("leaf");
    config.iconColor = QStringLiteral("#FFFDE7");
    config.label = QStringLiteral("Grön ✓");
    config.labelColor = QStringLiteral("#102030");
    return config;
}

} // namespace

class TestBadgeConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryLayer()
    {
        const QJsonObject json = fullConfig().toJson();
        QCOMPARE(json.value("format").toInt(), 1);
        QCOMPARE(json.value("shape").toString(), QStringLiteral("shield"));
        QCOMPARE(json.value("fill").toString(), QStringLiteral("#2E7D32"));
        QCOMPARE(json.value("gradient").toObject(), parse("{'to': '#A5D6A7', 'angle': 135}"));
        QCOMPARE(json.value("border").toObject(), parse("{'color': '#FFD54F', 'width': 9}"));
        QCOMPARE(json.value("icon").toString(), QStringLiteral("leaf"));
        QCOMPARE(json.value("icon_color").toString(), QStringLiteral("#FFFDE7"));
        QCOMPARE(json.value("label").toString(), QStringLiteral("Grön ✓"));
        QCOMPARE(json.value("label_color").toString(), QStringLiteral("#102030"));
        QVERIFY2(BadgeConfig::problems(json).isEmpty(),
                 qPrintable(BadgeConfig::problems(json).join('\n')));
    }

    void leavesOutAbsentLayers()
    {
        BadgeConfig config;
        config.fill = QStringLiteral("#123456");
        const QJsonObject json = config.toJson();
        QCOMPARE(json, parse("{'format': 1, 'shape': 'circle', 'fill': '#123456'}"));
        QVERIFY(BadgeConfig::problems(json).isEmpty());
    }

    void roundTrips()
    {
        const BadgeConfig config = fullConfig();
        QCOMPARE(BadgeConfig::fromJson(config.toJson()), config);
        // Through text too, as icon_config is stored.
        const QByteArray text = QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(BadgeConfig::fromJson(QJsonDocument::fromJson(text).object()), config);
        for (const QString &shape : BadgeConfig::shapes()) {
            BadgeConfig other;
            other.shape = shape;
            QCOMPARE(BadgeConfig::fromJson(other.toJson()), other);
        }
    }

    void loadsTheSeedShorthand()
    {
        const QJsonObject seed =
            parse("{'shape': 'shield', 'fill': '#3f51b5', 'icon': 'trophy', 'label': '50'}");
        QVERIFY2(BadgeConfig::problems(seed).isEmpty(),
                 qPrintable(BadgeConfig::problems(seed).join('\n')));
        const BadgeConfig config = BadgeConfig::fromJson(seed);
        QCOMPARE(config.shape, QStringLiteral("shield"));
        QCOMPARE(config.fill, QStringLiteral("#3F51B5")); // normalised to upper case
        QCOMPARE(config.icon, QStringLiteral("trophy"));
        QCOMPARE(config.label, QStringLiteral("50"));
        QVERIFY(!config.gradient);
        QVERIFY(!config.border);
        QCOMPARE(config.iconColor, BadgeConfig().iconColor);
        QVERIFY(config.extras.isEmpty());
        // Every icon the seed uses is bundled.
        for (const char *icon :
             {"clipboard", "dice", "flame", "play", "sun", "crown", "moon", "sparkles", "flag",
              "flask", "trophy", "users", "gift", "send", "target"})
            QVERIFY2(BadgeConfig::iconNames().contains(QLatin1String(icon)), icon);
    }

    void keepsUnknownKeys()
    {
        const QJsonObject json =
            parse("{'shape': 'star', 'fill': '#FF5722', 'sparkle': {'speed': 3}, 'note': 'x'}");
        const BadgeConfig config = BadgeConfig::fromJson(json);
        QCOMPARE(config.extras, parse("{'sparkle': {'speed': 3}, 'note': 'x'}"));
        const QJsonObject written = config.toJson();
        QCOMPARE(written.value("sparkle").toObject(), parse("{'speed': 3}"));
        QCOMPARE(written.value("note").toString(), QStringLiteral("x"));
        QCOMPARE(BadgeConfig::fromJson(written), config);
        QVERIFY(BadgeConfig::problems(json).isEmpty()); // extras are allowed at the top level
    }

    void forgivesBadValues()
    {
        const BadgeConfig defaults;
        const BadgeConfig config = BadgeConfig::fromJson(
            parse("{'shape': 'blob', 'fill': 'red', 'gradient': {'to': '#abc', 'angle': -90}, "
                  "'border': {'color': 7, 'width': 99}, 'icon': 'unicorn', "
                  "'label': 'A very long label indeed', 'label_color': '#zzzzzz'}"));
        QCOMPARE(config.shape, defaults.shape);
        QCOMPARE(config.fill, defaults.fill);
        QVERIFY(config.gradient);
        QCOMPARE(config.gradientTo, QStringLiteral("#AABBCC"));
        QCOMPARE(config.gradientAngle, 270);
        QVERIFY(config.border);
        QCOMPARE(config.borderColor, defaults.borderColor);
        QCOMPARE(config.borderWidth, 16);
        QVERIFY(config.icon.isEmpty());
        QCOMPARE(config.label, QStringLiteral("A very long "));
        QCOMPARE(config.labelColor, defaults.labelColor);
        QCOMPARE(BadgeConfig::fromJson(QJsonObject()), defaults);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("valid") << QByteArray("{'shape': 'ribbon', 'fill': '#000000'}")
                               << QStringList();
        QTest::newRow("empty") << QByteArray("{}") << QStringList{"shape", "fill"};
        QTest::newRow("format 2") << QByteArray("{'format': 2, 'shape': 'star', 'fill': '#FFFFFF'}")
                                  << QStringList{"format"};
        QTest::newRow("format text")
            << QByteArray("{'format': '1', 'shape': 'star', 'fill': '#FFFFFF'}")
            << QStringList{"format"};
        QTest::newRow("unknown shape")
            << QByteArray("{'shape': 'Circle', 'fill': '#FFFFFF'}") << QStringList{"shape"};
        QTest::newRow("shape type")
            << QByteArray("{'shape': 3, 'fill': '#FFFFFF'}") << QStringList{"shape"};
        QTest::newRow("bad colours")
            << QByteArray("{'shape': 'star', 'fill': '#FFF', 'icon': 'star', "
                          "'icon_color': 'white', 'label_color': 16777215}")
            << QStringList{"fill", "icon_color", "label_color"};
        QTest::newRow("gradient")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', "
                          "'gradient': {'to': '#12345G', 'angle': 360, 'spin': true}}")
            << QStringList{"gradient.to", "gradient.angle", "gradient.spin"};
        QTest::newRow("gradient angle fraction")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', "
                          "'gradient': {'to': '#123456', 'angle': 12.5}}")
            << QStringList{"gradient.angle"};
        QTest::newRow("gradient type")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', 'gradient': '#000000'}")
            << QStringList{"gradient"};
        QTest::newRow("border width 0") << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', "
                                                      "'border': {'color': '#000000', 'width': 0}}")
                                        << QStringList{"border.width"};
        QTest::newRow("border width 17, no colour")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', 'border': {'width': 17}}")
            << QStringList{"border.color", "border.width"};
        QTest::newRow("border width 16")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', "
                          "'border': {'color': '#000000', 'width': 16}}")
            << QStringList();
        QTest::newRow("unknown icon")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', 'icon': '../../etc/passwd'}")
            << QStringList{"icon"};
        QTest::newRow("label 13")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', 'label': '1234567890123'}")
            << QStringList{"label"};
        QTest::newRow("label 12 with umlauts")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', 'label': 'ÅÄÖåäöÆØæø12'}")
            << QStringList();
        QTest::newRow("label newline")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', 'label': 'a\\nb'}")
            << QStringList{"label"};
        QTest::newRow("label number")
            << QByteArray("{'shape': 'star', 'fill': '#FFFFFF', 'label': 10}")
            << QStringList{"label"};
    }

    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, paths);
        const QStringList problems = BadgeConfig::problems(parse(json.constData()));
        QStringList found;
        for (const QString &problem : problems) {
            const qsizetype colon = problem.indexOf(QStringLiteral(": "));
            QVERIFY2(colon > 0, qPrintable(problem));
            QVERIFY2(problem.size() > colon + 4, qPrintable(problem)); // a real message
            found.append(problem.left(colon));
        }
        QCOMPARE(found, paths);
    }

    void iconNamesMatchTheBundledFiles()
    {
        QStringList files;
        for (const QString &file :
             QDir(QStringLiteral(DICEDESK_BADGE_ICON_DIR)).entryList({"*.svg"}, QDir::Files))
            files.append(file.chopped(4));
        files.sort();
        QStringList sorted = BadgeConfig::iconNames();
        sorted.sort();
        QCOMPARE(BadgeConfig::iconNames(), sorted);
        QCOMPARE(BadgeConfig::iconNames(), files);
        QCOMPARE(BadgeIcons::bundledNames(), files); // and they are all compiled in
        QVERIFY(files.size() >= 22);
        for (const QString &name : files) {
            const QByteArray svg = BadgeIcons::source(name);
            QVERIFY2(svg.contains("viewBox=\"0 0 24 24\""), qPrintable(name));
            QVERIFY2(svg.contains("currentColor"), qPrintable(name));
        }
        QVERIFY(BadgeIcons::source(QStringLiteral("nope")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBadgeConfig)
#include "tst_badge_config.moc"
