#pragma once

#include <QStyledItemDelegate>

namespace dicedesk {

/// Paints a navigation-rail item with a count badge on the right ("3" pending approvals)
/// when the item carries one in BadgeRole.
class RailDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        BadgeRole = Qt::UserRole + 1, ///< int; 0 hides the badge
        PaneIdRole,                   ///< QString, the pane's stable id
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace dicedesk
