#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace dicedesk {

/// Paints the command palette's rows (a PaletteModel): small section headers, entries with
/// icon, title, a quieter subtitle and the shortcut as a key cap on the right, and the
/// error row with a warning sign. Colours come from the system palette (light and dark).
class PaletteDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index) const;
    void paintEntry(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    /// The entry's icon: its own decoration, else its resource path; null if neither exists.
    QIcon iconFor(const QModelIndex &index) const;

    mutable QHash<QString, QIcon> m_icons; ///< by resource path; null for missing files
};

} // namespace dicedesk
