#include "BadgeDesignerShapePicker.h"

#include "BadgeRenderer.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace dicedesk {

namespace {
constexpr int kThumbnail = 36;
}

BadgeDesignerShapePicker::BadgeDesignerShapePicker(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    m_group->setExclusive(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QStringList &shapes = BadgeConfig::shapes();
    for (int i = 0; i < shapes.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("shape_") + shapes.at(i));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIconSize(QSize(kThumbnail, kThumbnail));
        button->setText(displayName(shapes.at(i)));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setMinimumWidth(58);
        button->installEventFilter(this);
        m_group->addButton(button, i);
        m_buttons.append(button);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT shapeChosen(BadgeConfig::shapes().value(id)); });
    renderThumbnails();
}

QString BadgeDesignerShapePicker::displayName(const QString &shape)
{
    if (shape == QLatin1String("circle"))
        return tr("Circle");
    if (shape == QLatin1String("shield"))
        return tr("Shield");
    if (shape == QLatin1String("hexagon"))
        return tr("Hexagon");
    if (shape == QLatin1String("star"))
        return tr("Star");
    if (shape == QLatin1String("ribbon"))
        return tr("Ribbon");
    return shape;
}

QString BadgeDesignerShapePicker::shape() const
{
    return BadgeConfig::shapes().value(m_group->checkedId());
}

void BadgeDesignerShapePicker::setShape(const QString &shape)
{
    const int index = static_cast<int>(BadgeConfig::shapes().indexOf(shape));
    if (QAbstractButton *button = m_group->button(index))
        button->setChecked(true);
}

QToolButton *BadgeDesignerShapePicker::button(const QString &shape) const
{
    return m_buttons.value(static_cast<int>(BadgeConfig::shapes().indexOf(shape)));
}

void BadgeDesignerShapePicker::renderThumbnails()
{
    // A neutral badge in the palette's own colours: the shape is what differs.
    BadgeConfig config;
    config.fill = palette().color(QPalette::Mid).name().toUpper();
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < m_buttons.size(); ++i) {
        config.shape = BadgeConfig::shapes().at(i);
        QImage image = BadgeRenderer::render(config, qRound(kThumbnail * ratio));
        image.setDevicePixelRatio(ratio);
        m_buttons.at(i)->setIcon(QIcon(QPixmap::fromImage(image)));
    }
}

bool BadgeDesignerShapePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Left/Right move the focus along the row and pick, like a radio group.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int index = static_cast<int>(m_buttons.indexOf(qobject_cast<QToolButton *>(watched)));
        int next = -1;
        if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Up)
            next = index - 1;
        else if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Down)
            next = index + 1;
        if (index >= 0 && next >= 0 && next < m_buttons.size()) {
            m_buttons.at(next)->setFocus(Qt::TabFocusReason);
            m_buttons.at(next)->click();
            return true;
        }
        if (next != -1)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void BadgeDesignerShapePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        renderThumbnails();
    QWidget::changeEvent(event);
}

} // namespace dicedesk
