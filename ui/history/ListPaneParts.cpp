#include "ListPaneParts.h"

#include "lists/UserFilterEdit.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace dicedesk {

void hideJumpToDate(QWidget *pane, QHBoxLayout *filterBar)
{
    auto *jump = pane->findChild<QDateEdit *>(QStringLiteral("jumpToDate"));
    if (!jump)
        return;
    jump->hide();
    const QList<QLabel *> labels = pane->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == jump)
            label->hide();
    }
    // The "back to the newest" button follows the date field in the bar.
    const int at = filterBar->indexOf(jump);
    if (at >= 0 && at + 1 < filterBar->count()) {
        if (QWidget *next = filterBar->itemAt(at + 1)->widget())
            next->hide();
    }
}

void relabelUserFilter(QWidget *pane, const QString &label, const QString &placeholder,
                       const QString &toolTip)
{
    auto *edit = pane->findChild<UserFilterEdit *>();
    if (!edit)
        return;
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    const QList<QLabel *> labels = pane->findChildren<QLabel *>();
    for (QLabel *buddy : labels) {
        if (buddy->buddy() == edit)
            buddy->setText(label);
    }
}

} // namespace dicedesk
