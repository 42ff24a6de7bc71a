#include "AchievementBadgeDelegate.h"

#include "achievements/AchievementListModel.h"
#include "badges/BadgeConfig.h"
#include "badges/BadgeRenderer.h"

#include <QApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>

namespace dicedesk {

namespace {

/// Thumbnails kept (a screenful many times over; each is a few KB).
constexpr int kImageCacheSize = 512;

bool isDataRow(const QModelIndex &index)
{
    return keysetRowKind(index) == KeysetListModel::RowKind::Data;
}

QColor statusColour(const QString &status, bool dark)
{
    if (status == QLatin1String("active"))
        return dark ? QColor(0x66, 0xBB, 0x6A) : QColor(0x2E, 0x7D, 0x32);
    if (status == QLatin1String("draft"))
        return dark ? QColor(0xFF, 0xB7, 0x4D) : QColor(0xB2, 0x6A, 0x00);
    return dark ? QColor(0x9E, 0x9E, 0x9E) : QColor(0x75, 0x75, 0x75);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// The cell's background (selection, alternating colour, focus) without any text.
void paintBackground(QPainter *painter, const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = {};
    background.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
}

} // namespace

AchievementBadgeDelegate::AchievementBadgeDelegate(QObject *parent)
    : KeysetRowDelegate(parent)
    , m_images(kImageCacheSize)
{}

void AchievementBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (!isDataRow(index)) {
        KeysetRowDelegate::paint(painter, option, index);
        return;
    }
    switch (index.column()) {
    case AchievementListModel::BadgeColumn:
        paintBadge(painter, option, index);
        return;
    case AchievementListModel::StatusColumn:
        paintStatus(painter, option, index);
        return;
    case AchievementListModel::TranslationsColumn:
        paintTranslations(painter, option, index);
        return;
    default:
        KeysetRowDelegate::paint(painter, option, index);
    }
}

QImage AchievementBadgeDelegate::badgeImage(const QJsonObject &iconConfig,
                                            const QString &badgeColor, int pixels) const
{
    const QByteArray key = QJsonDocument(iconConfig).toJson(QJsonDocument::Compact) + '|' +
                           badgeColor.toLatin1() + '|' + QByteArray::number(pixels);
    if (const QImage *cached = m_images.object(key))
        return *cached;
    BadgeConfig config;
    if (iconConfig.isEmpty()) {
        config.fill =
            QColor::isValidColorName(badgeColor) ? badgeColor.toUpper() : QStringLiteral("#9E9E9E");
    } else {
        config = BadgeConfig::fromJson(iconConfig);
    }
    auto *image = new QImage(BadgeRenderer::render(config, pixels));
    const QImage result = *image;
    m_images.insert(key, image, 1);
    return result;
}

void AchievementBadgeDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintBackground(painter, opt);
    const int side = std::max(8, std::min(option.rect.width(), option.rect.height()) - 4);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QImage image = badgeImage(index.data(AchievementListModel::IconConfigRole).toJsonObject(),
                              index.data(AchievementListModel::BadgeColorRole).toString(),
                              qRound(side * ratio));
    image.setDevicePixelRatio(ratio);
    const QRect target(option.rect.center().x() - side / 2 + 1,
                       option.rect.center().y() - side / 2 + 1, side, side);
    painter->save();
    const QString status = index.data(AchievementListModel::StatusRole).toString();
    if (status == QLatin1String("archived"))
        painter->setOpacity(0.4);
    else if (status == QLatin1String("draft"))
        painter->setOpacity(0.7);
    painter->drawImage(target, image);
    painter->restore();
}

void AchievementBadgeDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintBackground(painter, opt);
    const QString status = index.data(AchievementListModel::StatusRole).toString();
    const QString text = opt.text;
    const QFontMetrics metrics(opt.font);
    const int height = std::min(option.rect.height() - 4, metrics.height() + 4);
    const int width = metrics.horizontalAdvance(text) + 16;
    const QRectF pill(option.rect.left() + 4, option.rect.center().y() - height / 2.0 + 0.5,
                      std::min(width, option.rect.width() - 8), height);
    const QColor colour = statusColour(status, isDark(opt.palette));
    QColor fill = colour;
    fill.setAlphaF(0.16);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(
        opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText) : colour);
    painter->setFont(opt.font);
    painter->drawText(pill, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, int(pill.width()) - 8));
    painter->restore();
}

void AchievementBadgeDelegate::paintTranslations(QPainter *painter,
                                                 const QStyleOptionViewItem &option,
                                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintBackground(painter, opt);
    const QStringList missing = index.data(AchievementListModel::MissingLocalesRole).toStringList();
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor normal = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor warning =
        selected ? normal
                 : (isDark(opt.palette) ? QColor(0xFF, 0x8A, 0x65) : QColor(0xC6, 0x28, 0x28));
    painter->save();
    QFont font = opt.font;
    int x = option.rect.left() + 6;
    for (const QString &locale : achievementLocales()) {
        const bool absent = missing.contains(locale);
        const QString text = absent ? QStringLiteral("—") + locale : locale;
        font.setStrikeOut(false);
        font.setBold(false);
        painter->setFont(font);
        painter->setPen(absent ? warning : normal);
        const int advance = QFontMetrics(font).horizontalAdvance(text);
        if (x + advance > option.rect.right())
            break;
        painter->drawText(QRect(x, option.rect.top(), advance, option.rect.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, text);
        x += advance + QFontMetrics(font).horizontalAdvance(QLatin1Char(' ')) + 2;
    }
    painter->restore();
}

} // namespace dicedesk
