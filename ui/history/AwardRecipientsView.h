#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace dicedesk {

class AwardRecipientsModel;
class MessageBar;

/// The lower right of the award history: the selected award's recipients with their
/// balances and reversals, the two reversal buttons, a busy line while a reversal runs,
/// the link to the selected recipient's reversal entry and a message bar for the outcome.
/// Only widgets: AwardHistoryPane does the work.
class AwardRecipientsView : public QWidget
{
    Q_OBJECT

public:
    AwardRecipientsView(AwardRecipientsModel *model, QAction *reverseAward, QAction *reverseEntry,
                        QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messages; }
    /// Loading, an error or "no award selected" above the table; empty hides it.
    void setStatus(const QString &text);
    QString statusText() const;
    /// A reversal is running: shows a busy line with @p text.
    void setBusy(bool busy, const QString &text = {});
    bool isBusy() const;
    /// The link under the table ("Reversal entry 1a2b… in the coin ledger"); empty hides it.
    void setReversalLink(const QString &text);
    QString reversalLinkText() const;

Q_SIGNALS:
    void reversalLinkActivated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_link;
    QWidget *m_busyBox;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QToolButton *m_reverseAward;
    QToolButton *m_reverseEntry;
    MessageBar *m_messages;
};

} // namespace dicedesk
