#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dicedesk {

/// A strip for preparing work (checking a list, fetching every member): what is going on,
/// how far it is (or a busy bar when that is not known) and a Cancel button (Esc).
class WorkProgressStrip : public QFrame
{
    Q_OBJECT

public:
    explicit WorkProgressStrip(QWidget *parent = nullptr);

    /// Shows the strip; @p total 0 makes the bar a busy bar.
    void start(const QString &text, int total = 0);
    void setProgress(int done, int total);
    void stop();
    bool isBusy() const { return m_busy; }
    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace dicedesk
