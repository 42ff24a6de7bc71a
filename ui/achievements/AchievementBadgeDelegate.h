#pragma once

#include "lists/KeysetRowDelegate.h"

#include <QCache>
#include <QImage>
#include <QJsonObject>

namespace dicedesk {

/// Draws the definitions list: the badge column as a thumbnail of the row's badge
/// (BadgeRenderer at the row's height, cached per config and size), drafts and archived
/// badges faded, the status as a small coloured pill and missing translations marked; the
/// other cells as KeysetRowDelegate does.
class AchievementBadgeDelegate : public KeysetRowDelegate
{
public:
    explicit AchievementBadgeDelegate(QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// The badge of a row at @p pixels device pixels (cached). An empty config draws a plain
    /// circle in @p badgeColor (or grey).
    QImage badgeImage(const QJsonObject &iconConfig, const QString &badgeColor, int pixels) const;
    int cachedImageCount() const { return m_images.count(); }

private:
    void paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index) const;
    void paintTranslations(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const;

    mutable QCache<QByteArray, QImage> m_images;
};

} // namespace dicedesk
