#pragma once

#include "badges/BadgeConfig.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace dicedesk {

class BadgePreviewTile;

/// The live preview: one card per state a member can see (2 × 2), each with the badge at the
/// three sizes, like the members' achievements grid. setConfig() only marks tiles
/// stale; they render in their next paint, so a burst of changes (a colour drag) costs one
/// render per tile per frame at most.
class BadgePreviewStrip : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kSizes[] = {128, 64, 32};

    explicit BadgePreviewStrip(QWidget *parent = nullptr);

    void setConfig(const BadgeConfig &config);
    const QList<BadgePreviewTile *> &tiles() const { return m_tiles; }
    BadgePreviewTile *tile(int pixels, BadgeState state) const;
    /// Renders and paints across all tiles so far.
    int renderCount() const;
    int paintCount() const;
    /// The translated name of a state ("Locked, hint shown").
    static QString stateName(BadgeState state);

private:
    QList<BadgePreviewTile *> m_tiles;
    QList<QFrame *> m_cards;
};

} // namespace dicedesk
