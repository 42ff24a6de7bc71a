#include "BadgeDesignerColorField.h"

#include <QColorDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace dicedesk {

namespace {

/// A tool button showing a colour: painted directly, so a colour step costs one small repaint
/// (no icon pixmap, no size hint change).
class SwatchButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

    void setSwatch(const QColor &color)
    {
        if (color == m_color)
            return;
        m_color = color;
        update();
    }
    QSize sizeHint() const override { return QSize(30, 30); }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QToolButton::paintEvent(event);
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF swatch = QRectF(rect()).adjusted(5.5, 5.5, -5.5, -5.5);
        QPainterPath path;
        path.addRoundedRect(swatch, 3, 3);
        painter.fillPath(path, isEnabled() ? m_color : palette().color(QPalette::Button));
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawPath(path);
    }

private:
    QColor m_color;
};

} // namespace

BadgeDesignerColorField::BadgeDesignerColorField(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_name(accessibleName)
    , m_color(Qt::white)
    , m_swatch(new SwatchButton(this))
    , m_hex(new QLineEdit(this))
{
    m_swatch->setObjectName(QStringLiteral("swatch"));
    m_swatch->setFocusPolicy(Qt::StrongFocus);
    m_swatch->setAutoRaise(false);
    //: %1 names the colour, e.g. "Fill"
    m_swatch->setToolTip(tr("Choose the %1 colour…").arg(accessibleName.toLower()));
    m_swatch->setAccessibleName(tr("%1 colour").arg(accessibleName));

    m_hex->setObjectName(QStringLiteral("hex"));
    m_hex->setMaxLength(7);
    m_hex->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("#?[0-9A-Fa-f]{0,6}")), m_hex));
    //: the hex colour field's accessible name; %1 names the colour, e.g. "Fill"
    m_hex->setAccessibleName(tr("%1 colour as hex").arg(accessibleName));
    m_hex->setPlaceholderText(QStringLiteral("#RRGGBB"));
    const QFontMetrics metrics(m_hex->font());
    m_hex->setFixedWidth(metrics.horizontalAdvance(QStringLiteral("#WWWWWW")) + 18);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_swatch);
    layout->addWidget(m_hex);
    layout->addStretch(1);
    setFocusProxy(m_swatch);

    connect(m_swatch, &QToolButton::clicked, this, &BadgeDesignerColorField::openDialog);
    connect(m_hex, &QLineEdit::editingFinished, this, &BadgeDesignerColorField::commitHex);
    updateSwatch();
}

QString BadgeDesignerColorField::hexName(const QColor &color)
{
    return color.name(QColor::HexRgb).toUpper();
}

void BadgeDesignerColorField::setColor(const QColor &color)
{
    if (!color.isValid() || color == m_color)
        return;
    m_color = color;
    updateSwatch();
}

void BadgeDesignerColorField::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new QColorDialog(m_color, this);
    dialog->setObjectName(QStringLiteral("badgeColorDialog"));
    dialog->setOption(QColorDialog::DontUseNativeDialog); // native dialogs report no live colour
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    //: colour dialog title; %1 names the colour, e.g. "Fill"
    dialog->setWindowTitle(tr("%1 colour").arg(m_name));
    m_dialog = dialog;
    const QColor start = m_color;
    connect(dialog, &QColorDialog::currentColorChanged, this, [this](const QColor &color) {
        if (!color.isValid())
            return;
        m_color = color;
        updateSwatch();
        Q_EMIT dragMoved(color);
    });
    connect(dialog, &QDialog::finished, this, [this, dialog, start](int result) {
        const bool accepted = result == QDialog::Accepted;
        m_color = accepted ? dialog->selectedColor() : start;
        if (!m_color.isValid())
            m_color = start;
        updateSwatch();
        m_dialog = nullptr;
        Q_EMIT dragFinished(accepted, m_color);
        m_swatch->setFocus(Qt::OtherFocusReason);
    });
    Q_EMIT dragStarted();
    dialog->open();
}

void BadgeDesignerColorField::commitHex()
{
    QString text = m_hex->text().trimmed();
    if (!text.startsWith(QLatin1Char('#')))
        text.prepend(QLatin1Char('#'));
    const QColor color = QColor::fromString(text);
    if (text.size() != 7 || !color.isValid()) {
        m_hex->setText(hexName(m_color)); // not a colour: show the current one again
        return;
    }
    if (color == m_color) {
        m_hex->setText(hexName(m_color));
        return;
    }
    m_color = color;
    updateSwatch();
    m_hex->setText(hexName(m_color));
    Q_EMIT colorEdited(color);
}

void BadgeDesignerColorField::updateSwatch()
{
    static_cast<SwatchButton *>(m_swatch)->setSwatch(m_color);
    if (!m_hex->hasFocus())
        m_hex->setText(hexName(m_color));
}

void BadgeDesignerColorField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
}

} // namespace dicedesk
