#pragma once

#include "badges/BadgeConfig.h"

#include <QImage>
#include <QWidget>

namespace dicedesk {

/// One preview of the badge at one size in one state. The image is rendered lazily, in the
/// next paint after the config changed: any number of changes between two frames cost one
/// render, and a tile whose config did not change is never rendered again.
class BadgePreviewTile : public QWidget
{
    Q_OBJECT

public:
    BadgePreviewTile(int pixels, BadgeState state, QWidget *parent = nullptr);

    int pixels() const { return m_pixels; }
    BadgeState state() const { return m_state; }
    /// Marks the tile stale (and schedules a repaint) only when @p config differs.
    void setConfig(const BadgeConfig &config);
    const BadgeConfig &config() const { return m_config; }
    /// The image last painted (for tests).
    const QImage &image() const { return m_image; }
    /// How many times the badge was rendered / the tile painted.
    int renderCount() const { return m_renders; }
    int paintCount() const { return m_paints; }
    bool isStale() const { return m_stale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    /// After each paint; the bench measures frames with it.
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_pixels;
    BadgeState m_state;
    BadgeConfig m_config;
    QImage m_image;
    bool m_stale = true;
    qreal m_renderedRatio = 0;
    int m_renders = 0;
    int m_paints = 0;
};

} // namespace dicedesk
