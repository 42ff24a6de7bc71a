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

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Re-sets the bar's own texts (the message itself belongs to whoever showed it).
    void retranslateUi();
    /// Colours for the tone that suit the application palette (light or dark).
    void applyTone();

    Tone m_tone = Tone::Information;
    int m_styledDark = -1; ///< darkness the style sheet was made for; -1 none yet

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_retry;
    QToolButton *m_close;
};

} // namespace dicedesk
