#include "BadgeConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

namespace dicedesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dicedesk::BadgeConfig", text);
}

const QLatin1String kFormat("format");
const QLatin1String kShape("shape");
const QLatin1String kFill("fill");
const QLatin1String kGradient("gradient");
const QLatin1String kTo("to");
const QLatin1String kAngle("angle");
const QLatin1String kBorder("border");
const QLatin1String kColor("color");
const QLatin1String kWidth("width");
const QLatin1String kIcon("icon");
const QLatin1String kIconColor("icon_color");
const QLatin1String kLabel("label");
const QLatin1String kLabelColor("label_color");

bool isKnownKey(const QString &key)
{
    static const QStringList keys{kFormat, kShape,     kFill,  kGradient,  kBorder,
                                  kIcon,   kIconColor, kLabel, kLabelColor};
    return keys.contains(key);
}

/// The integer in @p value if it is a whole JSON number.
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || std::abs(number) > 1e9)
        return std::nullopt;
    return static_cast<int>(number);
}

QString colourOr(const QJsonValue &value, const QString &fallback)
{
    const QString colour = BadgeConfig::normalisedColour(value.toString());
    return colour.isEmpty() ? fallback : colour;
}

bool isStrictColour(const QJsonValue &value)
{
    const QString text = value.toString();
    return value.isString() && text.size() == 7 && !BadgeConfig::normalisedColour(text).isEmpty();
}

int codePoints(const QString &text)
{
    return static_cast<int>(text.toUcs4().size());
}

QString firstCodePoints(const QString &text, int count)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (ucs4.size() <= count)
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), count);
}

class Problems
{
public:
    void add(const QString &path, const QString &message)
    {
        m_list.append(path + QStringLiteral(": ") + message);
    }
    void requireColour(const QJsonObject &json, QLatin1String key, const QString &path,
                       bool required)
    {
        if (!json.contains(key)) {
            if (required)
                add(path, tr("is required"));
            return;
        }
        if (!json.value(key).isString())
            add(path, tr("must be a string"));
        else if (!isStrictColour(json.value(key)))
            add(path, tr("must be a colour like #1E88E5"));
    }
    void unknownKeys(const QJsonObject &json, const QString &path,
                     std::initializer_list<QLatin1String> known)
    {
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                add(path + QLatin1Char('.') + it.key(), tr("is not a known field"));
        }
    }
    QStringList take() { return std::move(m_list); }

private:
    QStringList m_list;
};

} // namespace

const QStringList &BadgeConfig::shapes()
{
    static const QStringList list{QStringLiteral("circle"), QStringLiteral("shield"),
                                  QStringLiteral("hexagon"), QStringLiteral("star"),
                                  QStringLiteral("ribbon")};
    return list;
}

const QStringList &BadgeConfig::iconNames()
{
    // Must match resources/badges/icons/*.svg (tst_badge_config checks).
    static const QStringList list{
        QStringLiteral("bolt"),      QStringLiteral("book"),  QStringLiteral("check"),
        QStringLiteral("clipboard"), QStringLiteral("crown"), QStringLiteral("dice"),
        QStringLiteral("flag"),      QStringLiteral("flame"), QStringLiteral("flask"),
        QStringLiteral("gift"),      QStringLiteral("heart"), QStringLiteral("leaf"),
        QStringLiteral("medal"),     QStringLiteral("moon"),  QStringLiteral("play"),
        QStringLiteral("rocket"),    QStringLiteral("send"),  QStringLiteral("sparkles"),
        QStringLiteral("star"),      QStringLiteral("sun"),   QStringLiteral("target"),
        QStringLiteral("trophy"),    QStringLiteral("users"),
    };
    return list;
}

QString BadgeConfig::normalisedColour(const QString &text)
{
    if (!text.startsWith(QLatin1Char('#')) || (text.size() != 7 && text.size() != 4))
        return {};
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!isxdigit(text.at(i).unicode() < 128 ? text.at(i).toLatin1() : 'x'))
            return {};
    }
    if (text.size() == 4) {
        QString expanded(QLatin1Char('#'));
        for (qsizetype i = 1; i < 4; ++i)
            expanded += QString(2, text.at(i));
        return expanded.toUpper();
    }
    return text.toUpper();
}

QJsonObject BadgeConfig::toJson() const
{
    QJsonObject json = extras;
    json.insert(kFormat, format);
    json.insert(kShape, shape);
    json.insert(kFill, fill);
    if (gradient)
        json.insert(kGradient, QJsonObject{{kTo, gradientTo}, {kAngle, gradientAngle}});
    if (border)
        json.insert(kBorder, QJsonObject{{kColor, borderColor}, {kWidth, borderWidth}});
    if (!icon.isEmpty()) {
        json.insert(kIcon, icon);
        json.insert(kIconColor, iconColor);
    }
    if (!label.isEmpty()) {
        json.insert(kLabel, label);
        json.insert(kLabelColor, labelColor);
    }
    return json;
}

BadgeConfig BadgeConfig::fromJson(const QJsonObject &json)
{
    BadgeConfig config;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!isKnownKey(it.key()))
            config.extras.insert(it.key(), it.value());
    }
    const QString shape = json.value(kShape).toString().trimmed().toLower();
    if (shapes().contains(shape))
        config.shape = shape;
    config.fill = colourOr(json.value(kFill), config.fill);

    const QJsonValue gradient = json.value(kGradient);
    if (gradient.isObject()) {
        const QJsonObject object = gradient.toObject();
        config.gradient = true;
        config.gradientTo = colourOr(object.value(kTo), config.gradientTo);
        const QJsonValue angle = object.value(kAngle);
        if (angle.isDouble() && std::isfinite(angle.toDouble())) {
            const long rounded = std::lround(std::fmod(angle.toDouble(), 360.0));
            config.gradientAngle = static_cast<int>((rounded % 360 + 360) % 360);
        }
    }
    const QJsonValue border = json.value(kBorder);
    if (border.isObject()) {
        const QJsonObject object = border.toObject();
        config.border = true;
        config.borderColor = colourOr(object.value(kColor), config.borderColor);
        const QJsonValue width = object.value(kWidth);
        if (width.isDouble() && std::isfinite(width.toDouble())) {
            config.borderWidth = static_cast<int>(
                std::clamp<double>(std::round(width.toDouble()), minBorderWidth, maxBorderWidth));
        }
    }
    const QString icon = json.value(kIcon).toString().trimmed().toLower();
    if (iconNames().contains(icon))
        config.icon = icon;
    config.iconColor = colourOr(json.value(kIconColor), config.iconColor);
    const QJsonValue label = json.value(kLabel);
    if (label.isString())
        config.label = firstCodePoints(label.toString().simplified(), maxLabelLength);
    else if (label.isDouble() && wholeNumber(label))
        config.label = QString::number(*wholeNumber(label));
    config.labelColor = colourOr(json.value(kLabelColor), config.labelColor);
    return config;
}

QStringList BadgeConfig::problems(const QJsonObject &json)
{
    Problems problems;
    if (json.contains(kFormat)) {
        const auto value = wholeNumber(json.value(kFormat));
        if (!json.value(kFormat).isDouble())
            problems.add(kFormat, tr("must be a number"));
        else if (value != format)
            problems.add(kFormat, tr("must be 1 (this console reads badge format 1)"));
    }

    if (!json.contains(kShape))
        problems.add(kShape, tr("is required"));
    else if (!json.value(kShape).isString())
        problems.add(kShape, tr("must be a string"));
    else if (!shapes().contains(json.value(kShape).toString()))
        //: %1 is a list of shape names
        problems.add(kShape, tr("must be one of %1").arg(shapes().join(QStringLiteral(", "))));

    problems.requireColour(json, kFill, kFill, true);

    if (json.contains(kGradient)) {
        const QJsonValue value = json.value(kGradient);
        if (!value.isObject()) {
            problems.add(kGradient, tr("must be an object with \"to\" and \"angle\""));
        } else {
            const QJsonObject object = value.toObject();
            problems.requireColour(object, kTo, QStringLiteral("gradient.to"), true);
            if (object.contains(kAngle)) {
                const QJsonValue angle = object.value(kAngle);
                const auto whole = wholeNumber(angle);
                if (!angle.isDouble())
                    problems.add(QStringLiteral("gradient.angle"), tr("must be a number"));
                else if (!whole || *whole < 0 || *whole > 359)
                    problems.add(QStringLiteral("gradient.angle"),
                                 tr("must be a whole number from 0 to 359"));
            }
            problems.unknownKeys(object, kGradient, {kTo, kAngle});
        }
    }

    if (json.contains(kBorder)) {
        const QJsonValue value = json.value(kBorder);
        if (!value.isObject()) {
            problems.add(kBorder, tr("must be an object with \"color\" and \"width\""));
        } else {
            const QJsonObject object = value.toObject();
            problems.requireColour(object, kColor, QStringLiteral("border.color"), true);
            if (object.contains(kWidth)) {
                const QJsonValue width = object.value(kWidth);
                const auto whole = wholeNumber(width);
                if (!width.isDouble())
                    problems.add(QStringLiteral("border.width"), tr("must be a number"));
                else if (!whole || *whole < minBorderWidth || *whole > maxBorderWidth)
                    problems.add(QStringLiteral("border.width"),
                                 tr("must be a whole number from 1 to 16"));
            }
            problems.unknownKeys(object, kBorder, {kColor, kWidth});
        }
    }

    if (json.contains(kIcon)) {
        const QJsonValue value = json.value(kIcon);
        if (!value.isString())
            problems.add(kIcon, tr("must be a string"));
        else if (!value.toString().isEmpty() && !iconNames().contains(value.toString()))
            //: %1 is the icon name the file asked for
            problems.add(kIcon, tr("\"%1\" is not a bundled icon").arg(value.toString()));
    }
    problems.requireColour(json, kIconColor, kIconColor, false);

    if (json.contains(kLabel)) {
        const QJsonValue value = json.value(kLabel);
        if (!value.isString()) {
            problems.add(kLabel, tr("must be a string"));
        } else {
            const QString text = value.toString();
            if (codePoints(text) > maxLabelLength)
                problems.add(kLabel, tr("must be at most 12 characters"));
            else if (std::any_of(text.begin(), text.end(),
                                 [](QChar c) { return c.category() == QChar::Other_Control; }))
                problems.add(kLabel, tr("must be one line without control characters"));
        }
    }
    problems.requireColour(json, kLabelColor, kLabelColor, false);
    return problems.take();
}

} // namespace dicedesk
