#pragma once

#include <QListWidget>

namespace dicedesk {

/// The bundled badge icons (BadgeConfig::iconNames()) as a grid of rendered thumbnails, with
/// "None" first. Arrow keys move, the selection is the choice.
class BadgeDesignerIconPicker : public QListWidget
{
    Q_OBJECT

public:
    enum Role
    {
        IconNameRole = Qt::UserRole + 1, ///< QString: the icon's name, empty for "None"
    };

    explicit BadgeDesignerIconPicker(QWidget *parent = nullptr);

    /// The chosen icon; empty for none.
    QString icon() const;
    /// Selects the icon's cell without emitting iconChosen().
    void setIcon(const QString &icon);
    QSize sizeHint() const override;

Q_SIGNALS:
    void iconChosen(const QString &icon);

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderThumbnails();

    bool m_setting = false;
};

} // namespace dicedesk
