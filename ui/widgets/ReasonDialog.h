#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace dicedesk {

/// Asks for the reason of a decision that is written to the audit log (approve, reject,
/// reverse). The confirm button stays disabled until the reason holds text; at most
/// kMaxLength characters can be typed, and a counter shows how many are left.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxLength = 1000;

    /// @p summary says what is about to happen ("Approve 500 coins × 3 recipients…");
    /// @p confirmText labels the confirm button ("Approve").
    ReasonDialog(const QString &title, const QString &summary, const QString &confirmText,
                 QWidget *parent = nullptr);

    /// The reason as typed, trimmed.
    QString reason() const;
    void setReason(const QString &reason);
    QPlainTextEdit *reasonEdit() const { return m_edit; }
    /// The confirm button is enabled (the reason holds text).
    bool canConfirm() const;

private:
    void onTextChanged();

    QLabel *m_summary;
    QPlainTextEdit *m_edit;
    QLabel *m_counter;
    QDialogButtonBox *m_buttons;
};

} // namespace dicedesk
