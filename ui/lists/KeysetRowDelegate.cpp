#include "KeysetRowDelegate.h"

#include <QPalette>

namespace dicedesk {

KeysetListModel::RowKind keysetRowKind(const QModelIndex &index)
{
    return static_cast<KeysetListModel::RowKind>(index.data(KeysetListModel::RowKindRole).toInt());
}

KeysetRowDelegate::KeysetRowDelegate(QObject *parent,
                                     std::function<bool(const QModelIndex &)> dimmed)
    : QStyledItemDelegate(parent)
    , m_dimmed(std::move(dimmed))
{}

void KeysetRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool data = keysetRowKind(index) == KeysetListModel::RowKind::Data;
    if (data && !(m_dimmed && m_dimmed(index)))
        return;
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    option->font.setItalic(!data);
}

} // namespace dicedesk
