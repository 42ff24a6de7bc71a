#include "BadgePreviewTile.h"

#include "BadgeRenderer.h"

#include <QPaintEvent>
#include <QPainter>

namespace dicedesk {

namespace {
constexpr int kPadding = 6;
}

BadgePreviewTile::BadgePreviewTile(int pixels, BadgeState state, QWidget *parent)
    : QWidget(parent)
    , m_pixels(pixels)
    , m_state(state)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // The tile fills itself with the card's colour: a repaint never reaches the card below.
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize BadgePreviewTile::sizeHint() const
{
    return QSize(m_pixels + 2 * kPadding, m_pixels + 2 * kPadding);
}

void BadgePreviewTile::setConfig(const BadgeConfig &config)
{
    if (config == m_config && !m_stale)
        return;
    m_config = config;
    m_stale = true;
    update();
}

void BadgePreviewTile::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    if (m_stale || ratio != m_renderedRatio) {
        m_image = BadgeRenderer::render(m_config, qRound(m_pixels * ratio), m_state);
        m_image.setDevicePixelRatio(ratio);
        m_renderedRatio = ratio;
        m_stale = false;
        ++m_renders;
    }
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRect target((width() - m_pixels) / 2, (height() - m_pixels) / 2, m_pixels, m_pixels);
    painter.drawImage(target, m_image);
    ++m_paints;
    Q_EMIT painted();
}

} // namespace dicedesk
