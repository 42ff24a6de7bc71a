#include "RailDelegate.h"

#include <QLocale>
#include <QPainter>

namespace dicedesk {

void RailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int count = index.data(BadgeRole).toInt();
    if (count <= 0)
        return;
    const QString text = count > 999 ? QStringLiteral("999+") : QLocale().toString(count);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
    const QRect pill(option.rect.right() - width - 8, option.rect.center().y() - height / 2, width,
                     height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? palette.color(QPalette::HighlightedText)
                               : palette.color(QPalette::Highlight));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(selected ? palette.color(QPalette::Highlight)
                             : palette.color(QPalette::HighlightedText));
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace dicedesk
