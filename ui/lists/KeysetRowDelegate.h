#pragma once

#include "items/KeysetListModel.h"

#include <QStyledItemDelegate>
#include <functional>

namespace dicedesk {

/// The RowKind of a keyset list row (KeysetListModel::RowKindRole).
KeysetListModel::RowKind keysetRowKind(const QModelIndex &index);

/// Paints the rows a keyset list is still working on (loading, failed, fetched again) in the
/// palette's placeholder colour, in italics; data rows for which @p dimmed answers true (an
/// expired request) in the placeholder colour only.
class KeysetRowDelegate : public QStyledItemDelegate
{
public:
    explicit KeysetRowDelegate(QObject *parent,
                               std::function<bool(const QModelIndex &)> dimmed = {});

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::function<bool(const QModelIndex &)> m_dimmed;
};

} // namespace dicedesk
