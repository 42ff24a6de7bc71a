#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace dicedesk {

/// The five badge shapes as toggle buttons, each with a thumbnail drawn by BadgeRenderer.
/// Arrow keys move between them (one tab stop), Space picks.
class BadgeDesignerShapePicker : public QWidget
{
    Q_OBJECT

public:
    explicit BadgeDesignerShapePicker(QWidget *parent = nullptr);

    QString shape() const;
    /// Checks the shape's button without emitting shapeChosen().
    void setShape(const QString &shape);
    QToolButton *button(const QString &shape) const;
    /// The translated name of a shape ("Shield").
    static QString displayName(const QString &shape);

Q_SIGNALS:
    void shapeChosen(const QString &shape);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void renderThumbnails();

    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons;
};

} // namespace dicedesk
