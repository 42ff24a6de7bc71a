#pragma once

#include <QColor>
#include <QColorDialog>
#include <QPointer>
#include <QWidget>
class QLineEdit;
class QToolButton;

namespace dicedesk {

/// A colour of the badge: a swatch button that opens a colour dialog and a hex field.
///
/// While the dialog is open every colour the user passes over (dragging in the colour plane,
/// typing in the dialog's fields) arrives as dragMoved(), so the badge follows live; the
/// gesture starts with dragStarted() and ends with dragFinished() (accepted or cancelled).
/// The hex field commits on Enter or when it loses focus (colorEdited()).
class BadgeDesignerColorField : public QWidget
{
    Q_OBJECT

public:
    /// @p accessibleName names the colour for screen readers and the dialog title ("Fill").
    explicit BadgeDesignerColorField(const QString &accessibleName, QWidget *parent = nullptr);

    QColor color() const { return m_color; }
    /// Shows a colour without emitting anything (undo, a loaded badge).
    void setColor(const QColor &color);
    /// The colour dialog while it is open, else null.
    QColorDialog *colorDialog() const { return m_dialog; }
    QToolButton *swatchButton() const { return m_swatch; }
    QLineEdit *hexEdit() const { return m_hex; }
    /// Opens the colour dialog (window-modal, does not block).
    void openDialog();

    /// "#RRGGBB", upper case (how badges store colours).
    static QString hexName(const QColor &color);

Q_SIGNALS:
    void colorEdited(const QColor &color);
    void dragStarted();
    void dragMoved(const QColor &color);
    void dragFinished(bool accepted, const QColor &color);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSwatch();
    void commitHex();

    QString m_name;
    QColor m_color;
    QToolButton *m_swatch;
    QLineEdit *m_hex;
    QPointer<QColorDialog> m_dialog;
};

} // namespace dicedesk
