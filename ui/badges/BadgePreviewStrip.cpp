#include "BadgePreviewStrip.h"

#include "BadgePreviewTile.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

constexpr BadgeState kStates[] = {BadgeState::Unlocked, BadgeState::Locked,
                                  BadgeState::LockedWithHint, BadgeState::EasterEgg};

QString stateKey(BadgeState state)
{
    switch (state) {
    case BadgeState::Unlocked:
        return QStringLiteral("unlocked");
    case BadgeState::Locked:
        return QStringLiteral("locked");
    case BadgeState::LockedWithHint:
        return QStringLiteral("lockedWithHint");
    case BadgeState::EasterEgg:
        return QStringLiteral("easterEgg");
    }
    return {};
}

/// A card like the members' achievements grid: the base colour, a hairline, round corners.
/// Painted directly (no style sheet), so a tile's repaint never repaints the card.
class PreviewCard : public QFrame
{
public:
    using QFrame::QFrame;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(palette().color(QPalette::Base));
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    }
};

} // namespace

BadgePreviewStrip::BadgePreviewStrip(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("badgePreview"));
    setAccessibleName(tr("Badge preview"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);

    int index = 0;
    for (BadgeState state : kStates) {
        auto *card = new PreviewCard(this);
        card->setObjectName(QStringLiteral("previewCard_") + stateKey(state));
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(10, 8, 10, 8);
        cardLayout->setSpacing(0);
        auto *title = new QLabel(stateName(state), card);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        cardLayout->addWidget(title);
        auto *note = new QLabel(card);
        note->setWordWrap(true);
        QFont small = note->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        note->setFont(small);
        note->setForegroundRole(QPalette::PlaceholderText);
        switch (state) {
        case BadgeState::Unlocked:
            note->setText(tr("Earned: full colour"));
            break;
        case BadgeState::Locked:
            note->setText(tr("Not yet earned: “?”, no hint"));
            break;
        case BadgeState::LockedWithHint:
            note->setText(tr("Not yet earned: “?”, the card shows the hint"));
            break;
        case BadgeState::EasterEgg:
            note->setText(tr("Hidden until earned: “?”, never a hint"));
            break;
        }
        cardLayout->addWidget(note);
        cardLayout->addSpacing(4);
        auto *row = new QHBoxLayout;
        row->setSpacing(4);
        for (int pixels : kSizes) {
            auto *tile = new BadgePreviewTile(pixels, state, card);
            tile->setObjectName(QStringLiteral("tile_%1_%2").arg(stateKey(state)).arg(pixels));
            //: accessible name of a preview tile: %1 the state, %2 the size in pixels
            tile->setAccessibleName(tr("%1, %2 px").arg(stateName(state)).arg(pixels));
            tile->setToolTip(tr("%1 px").arg(pixels));
            m_tiles.append(tile);
            row->addWidget(tile, 0, Qt::AlignBottom);
        }
        row->addStretch(1);
        cardLayout->addLayout(row);
        m_cards.append(card);
        grid->addWidget(card, index / 2, index % 2);
        ++index;
    }
    grid->setRowStretch(2, 1);
}

QString BadgePreviewStrip::stateName(BadgeState state)
{
    switch (state) {
    case BadgeState::Unlocked:
        return tr("Unlocked");
    case BadgeState::Locked:
        return tr("Locked");
    case BadgeState::LockedWithHint:
        //: a locked badge whose card shows the hint
        return tr("Locked + hint");
    case BadgeState::EasterEgg:
        return tr("Easter egg");
    }
    return {};
}

void BadgePreviewStrip::setConfig(const BadgeConfig &config)
{
    for (BadgePreviewTile *tile : std::as_const(m_tiles))
        tile->setConfig(config);
}

BadgePreviewTile *BadgePreviewStrip::tile(int pixels, BadgeState state) const
{
    for (BadgePreviewTile *tile : m_tiles) {
        if (tile->pixels() == pixels && tile->state() == state)
            return tile;
    }
    return nullptr;
}

int BadgePreviewStrip::renderCount() const
{
    int count = 0;
    for (const BadgePreviewTile *tile : m_tiles)
        count += tile->renderCount();
    return count;
}

int BadgePreviewStrip::paintCount() const
{
    int count = 0;
    for (const BadgePreviewTile *tile : m_tiles)
        count += tile->paintCount();
    return count;
}

} // namespace dicedesk
