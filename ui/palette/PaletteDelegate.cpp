#include "PaletteDelegate.h"

#include "items/PaletteModel.h"

#include <QApplication>
#include <QFile>
#include <QPainter>

namespace dicedesk {

namespace {

constexpr int kSideMargin = 6;   // between the list edge and the highlight
constexpr int kInnerMargin = 10; // inside the highlight
constexpr int kIconSize = 18;
constexpr int kGap = 10;

QFont smallerFont(const QFont &base, qreal factor)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(8, qRound(font.pixelSize() * factor)));
    return font;
}

PaletteModel::RowType rowType(const QModelIndex &index)
{
    return index.data(PaletteModel::RowTypeRole).value<PaletteModel::RowType>();
}

} // namespace

QSize PaletteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (rowType(index) == PaletteModel::RowType::Header) {
        const QFontMetrics small(smallerFont(option.font, 0.85));
        return {option.rect.width(), small.height() + (index.row() == 0 ? 8 : 14)};
    }
    return {option.rect.width(), qMax(kIconSize, metrics.height()) + 14};
}

void PaletteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (rowType(index) == PaletteModel::RowType::Header)
        paintHeader(painter, option, index);
    else
        paintEntry(painter, option, index);
    painter->restore();
}

void PaletteDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QFont font = smallerFont(option.font, 0.85);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    const QRect text =
        option.rect.adjusted(kSideMargin + kInnerMargin, 0, -kSideMargin - kInnerMargin, -3);
    painter->drawText(
        text, Qt::AlignLeft | Qt::AlignBottom,
        QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
}

void PaletteDelegate::paintEntry(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const bool isError = rowType(index) == PaletteModel::RowType::Error;
    const bool selected = !isError && option.state.testFlag(QStyle::State_Selected);
    const bool hovered = !isError && option.state.testFlag(QStyle::State_MouseOver);
    // The list never takes focus (typing stays in the search field), so draw the selection
    // in the active colours whenever the palette's window is active.
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QRect band = option.rect.adjusted(kSideMargin, 1, -kSideMargin, -1);
    if (selected || hovered) {
        QColor fill = option.palette.color(group, QPalette::Highlight);
        if (!selected)
            fill.setAlpha(45);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(band, 5, 5);
    }
    const QColor textColour =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColour = selected ? textColour : option.palette.color(QPalette::PlaceholderText);
    if (selected)
        quietColour.setAlphaF(0.75);

    QRect content = band.adjusted(kInnerMargin, 0, -kInnerMargin, 0);
    const QRect iconRect(content.left(), content.center().y() - kIconSize / 2 + 1, kIconSize,
                         kIconSize);
    const QIcon icon = iconFor(index);
    if (!icon.isNull()) {
        QPixmap pixmap = icon.pixmap(iconRect.size(), painter->device()->devicePixelRatioF());
        if (selected) {
            // One colour with the text on the highlight, crisp in light and dark themes.
            QPainter tint(&pixmap);
            tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
            tint.fillRect(pixmap.rect(), textColour);
        }
        painter->drawPixmap(iconRect, pixmap);
    } else if (!isError) {
        // No icon for this kind yet: a quiet initial of its section ("U" for Users).
        QColor badge = option.palette.color(QPalette::Mid);
        badge.setAlpha(selected ? 90 : 70);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge);
        painter->drawRoundedRect(iconRect, 4, 4);
        QFont initialFont = smallerFont(option.font, 0.8);
        initialFont.setBold(true);
        painter->setFont(initialFont);
        painter->setPen(textColour);
        painter->drawText(iconRect, Qt::AlignCenter,
                          index.data(PaletteModel::SectionRole).toString().left(1));
    }
    content.setLeft(iconRect.right() + 1 + kGap);

    // Shortcut as a key cap on the right.
    const QString shortcut = index.data(PaletteModel::ShortcutRole).toString();
    if (!shortcut.isEmpty()) {
        const QFont keyFont = smallerFont(option.font, 0.85);
        const QFontMetrics keyMetrics(keyFont);
        const int keyWidth = keyMetrics.horizontalAdvance(shortcut) + 10;
        const QRect keyRect(content.right() - keyWidth + 1,
                            content.center().y() - keyMetrics.height() / 2 - 1, keyWidth,
                            keyMetrics.height() + 3);
        QColor border = selected ? textColour : option.palette.color(QPalette::Mid);
        border.setAlpha(selected ? 140 : 255);
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(keyRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setFont(keyFont);
        painter->setPen(selected ? textColour : option.palette.color(QPalette::PlaceholderText));
        painter->drawText(keyRect, Qt::AlignCenter, shortcut);
        content.setRight(keyRect.left() - kGap);
    }

    const QFontMetrics metrics(option.font);
    const QString title = metrics.elidedText(index.data(PaletteModel::TitleRole).toString(),
                                             Qt::ElideRight, content.width());
    painter->setFont(option.font);
    painter->setPen(textColour);
    painter->drawText(content, Qt::AlignLeft | Qt::AlignVCenter, title);

    const QString subtitle = index.data(PaletteModel::SubtitleRole).toString();
    const int used = metrics.horizontalAdvance(title) + kGap;
    if (!isError && !subtitle.isEmpty() && content.width() - used > 40) {
        const QFont subFont = smallerFont(option.font, 0.9);
        const QFontMetrics subMetrics(subFont);
        QRect rest = content;
        rest.setLeft(content.left() + used);
        painter->setFont(subFont);
        painter->setPen(quietColour);
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                          subMetrics.elidedText(subtitle, Qt::ElideRight, rest.width()));
    }
}

QIcon PaletteDelegate::iconFor(const QModelIndex &index) const
{
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.canConvert<QIcon>()) {
        const QIcon icon = qvariant_cast<QIcon>(decoration);
        if (!icon.isNull())
            return icon;
    }
    const QString path = index.data(PaletteModel::IconPathRole).toString();
    if (path.isEmpty())
        return {};
    auto found = m_icons.constFind(path);
    if (found == m_icons.constEnd())
        found = m_icons.insert(path, QFile::exists(path) ? QIcon(path) : QIcon());
    return *found;
}

} // namespace dicedesk
