#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace dicedesk {

/// An inline message at the top of a pane: errors and confirmations, never a modal box.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Tone
    {
        Information,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Tone tone, const QString &text, const QString &details = {});
    void clear();
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_retry;
    QToolButton *m_close;
};

} // namespace dicedesk
