#include "BadgeDesignerIconPicker.h"

#include "BadgeRenderer.h"

#include <QEvent>
#include <QPainter>

namespace dicedesk {

namespace {
constexpr int kThumbnail = 30;
constexpr int kCell = 42;
constexpr int kColumns = 8;
} // namespace

BadgeDesignerIconPicker::BadgeDesignerIconPicker(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("iconPicker"));
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setWrapping(true);
    setUniformItemSizes(true);
    setGridSize(QSize(kCell, kCell));
    setIconSize(QSize(kThumbnail, kThumbnail));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(0);
    setAccessibleName(tr("Icon"));

    auto *none = new QListWidgetItem(this);
    none->setData(IconNameRole, QString());
    //: the icon picker's first cell: a badge without an icon
    none->setToolTip(tr("No icon"));
    none->setData(Qt::AccessibleTextRole, tr("No icon"));
    for (const QString &name : BadgeConfig::iconNames()) {
        auto *item = new QListWidgetItem(this);
        item->setData(IconNameRole, name);
        item->setToolTip(name);
        item->setData(Qt::AccessibleTextRole, name);
    }
    renderThumbnails();
    setCurrentRow(0);
    // Every icon in view at once: no scrolling, the grid is as large as it needs to be.
    setFixedSize(sizeHint());

    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_setting)
            Q_EMIT iconChosen(item->data(IconNameRole).toString());
    });
}

QString BadgeDesignerIconPicker::icon() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(IconNameRole).toString() : QString();
}

void BadgeDesignerIconPicker::setIcon(const QString &icon)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(IconNameRole).toString() == icon) {
            m_setting = true;
            setCurrentRow(row);
            m_setting = false;
            return;
        }
    }
}

QSize BadgeDesignerIconPicker::sizeHint() const
{
    const int rows = (count() + kColumns - 1) / kColumns;
    const int frame = 2 * frameWidth();
    return QSize(kColumns * kCell + frame + 4, rows * kCell + frame + 4);
}

void BadgeDesignerIconPicker::renderThumbnails()
{
    // Each icon on a neutral disc, drawn by the badge renderer itself (what the badge shows).
    const qreal ratio = devicePixelRatioF();
    const QColor ink = palette().color(QPalette::WindowText);
    BadgeConfig config;
    config.fill = palette().color(QPalette::Mid).name().toUpper();
    config.iconColor = palette().color(QPalette::Base).name().toUpper();
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *cell = item(row);
        config.icon = cell->data(IconNameRole).toString();
        QImage image = BadgeRenderer::render(config, qRound(kThumbnail * ratio));
        image.setDevicePixelRatio(ratio);
        if (config.icon.isEmpty()) {
            // "None": the disc crossed out.
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(7, 7), QPointF(kThumbnail - 7, kThumbnail - 7));
        }
        cell->setIcon(QIcon(QPixmap::fromImage(image)));
    }
}

void BadgeDesignerIconPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        renderThumbnails();
    QListWidget::changeEvent(event);
}

} // namespace dicedesk
