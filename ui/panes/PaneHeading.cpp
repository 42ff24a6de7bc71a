#include "PaneHeading.h"

#include <QFont>
#include <QLabel>

namespace dicedesk {

void stylePaneHeading(QLabel *heading, QLabel *status)
{
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    if (status)
        status->setForegroundRole(QPalette::PlaceholderText);
}

} // namespace dicedesk
