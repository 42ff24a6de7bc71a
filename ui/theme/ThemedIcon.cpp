#include "ThemedIcon.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>
#include <atomic>

Q_LOGGING_CATEGORY(lcIcons, "dicedesk.ui.icons", QtInfoMsg)

namespace dicedesk {

namespace {
std::atomic<int> g_generation{0};
/// Sizes a single icon is drawn at in practice (rail, toolbar, menus, 1× and 2×) fit easily.
constexpr qsizetype kMaxCached = 24;
/// How strongly a disabled icon fades towards the window colour.
constexpr qreal kDisabledFade = 0.55;
} // namespace

ThemedIcon::ThemedIcon(const QString &resourcePath)
    : m_path(resourcePath)
    , m_generation(g_generation.load())
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcIcons) << "icon not found:" << resourcePath;
        return;
    }
    m_svg = file.readAll();
    const QSvgRenderer renderer(m_svg);
    m_valid = renderer.isValid();
    m_defaultSize = renderer.defaultSize();
    if (!m_valid)
        qCWarning(lcIcons) << "not a valid SVG:" << resourcePath;
    m_inked = m_svg.toLower().contains(kInk);
}

QColor ThemedIcon::inkColour(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Disabled: {
        // Faded towards the window, whatever the platform's disabled colours are.
        const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
        const QColor window = palette.color(QPalette::Active, QPalette::Window);
        return QColor::fromRgbF(
            static_cast<float>(text.redF() + (window.redF() - text.redF()) * kDisabledFade),
            static_cast<float>(text.greenF() + (window.greenF() - text.greenF()) * kDisabledFade),
            static_cast<float>(text.blueF() + (window.blueF() - text.blueF()) * kDisabledFade));
    }
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

void ThemedIcon::invalidateCaches()
{
    ++g_generation;
}

QPixmap ThemedIcon::render(const QSize &deviceSize, qreal ratio, QIcon::Mode mode)
{
    if (!m_valid || deviceSize.isEmpty())
        return {};
    const int generation = g_generation.load();
    if (generation != m_generation) {
        m_cache.clear();
        m_generation = generation;
    }
    const QColor ink = m_inked ? inkColour(mode) : QColor();
    const CacheKey key{deviceSize, qRound64(ratio * 1000.0), mode, ink.isValid() ? ink.rgba() : 0};
    if (const auto found = m_cache.constFind(key); found != m_cache.cend())
        return *found;

    QByteArray svg = m_svg;
    if (m_inked) {
        QString text = QString::fromUtf8(m_svg);
        text.replace(QLatin1String(kInk), ink.name(QColor::HexRgb), Qt::CaseInsensitive);
        svg = text.toUtf8();
    }
    QSvgRenderer renderer(svg);
    QImage image(deviceSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        if (m_inked)
            painter.setOpacity(ink.alphaF());
        else if (mode == QIcon::Disabled)
            painter.setOpacity(1.0 - kDisabledFade);
        const QSize target = m_defaultSize.isEmpty()
                                 ? deviceSize
                                 : m_defaultSize.scaled(deviceSize, Qt::KeepAspectRatio);
        const QRectF bounds((deviceSize.width() - target.width()) / 2.0,
                            (deviceSize.height() - target.height()) / 2.0, target.width(),
                            target.height());
        renderer.render(&painter, bounds);
    }
    QPixmap pixmap = QPixmap::fromImage(std::move(image));
    pixmap.setDevicePixelRatio(ratio);
    if (m_cache.size() >= kMaxCached)
        m_cache.clear();
    m_cache.insert(key, pixmap);
    return pixmap;
}

void ThemedIcon::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const QSize logical = actualSize(rect.size(), mode, state);
    const QPixmap pixmap = render(logical * ratio, ratio, mode);
    if (pixmap.isNull())
        return;
    const QPoint topLeft(rect.x() + (rect.width() - logical.width()) / 2,
                         rect.y() + (rect.height() - logical.height()) / 2);
    painter->drawPixmap(topLeft, pixmap);
}

QSize ThemedIcon::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    if (!m_valid)
        return {};
    return m_defaultSize.isEmpty() ? size : m_defaultSize.scaled(size, Qt::KeepAspectRatio);
}

QPixmap ThemedIcon::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    return render(size, 1.0, mode);
}

QPixmap ThemedIcon::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                 qreal scale)
{
    Q_UNUSED(state)
    // `size` is already in device pixels (the logical size × scale).
    return render(size, scale, mode);
}

QIconEngine *ThemedIcon::clone() const
{
    return new ThemedIcon(m_path);
}

QString ThemedIcon::key() const
{
    return QStringLiteral("dicedesk.ThemedIcon");
}

QString ThemedIcon::iconName()
{
    return m_path;
}

bool ThemedIcon::isNull()
{
    return !m_valid;
}

QList<QSize> ThemedIcon::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    // Scalable, like Qt's own SVG icons: no fixed sizes, every size is drawn on request.
    return {};
}

QIcon themedIcon(const QString &resourcePath)
{
    return QIcon(new ThemedIcon(resourcePath));
}

} // namespace dicedesk
