#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace dicedesk {

/// A thin strip under a pane's filter bar for work that takes a while: it appears only once
/// the work has run for half a second, with a busy bar, what is loading and a Cancel button.
class LoadProgressStrip : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 500;

    explicit LoadProgressStrip(QWidget *parent = nullptr);

    void setText(const QString &text);
    /// Work started (the strip shows after kDelayMs) or ended (it hides at once).
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /// Re-sets the strip's own texts (QEvent::LanguageChange).
    void retranslateUi();

Q_SIGNALS:
    void cancelRequested();

private:
    QTimer *m_delay;
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace dicedesk
