#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dicedesk {

ReasonDialog::ReasonDialog(const QString &title, const QString &summary, const QString &confirmText,
                           QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(summary, this))
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *label = new QLabel(tr("&Reason (required, written to the audit log):"), this);
    label->setBuddy(m_edit);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("Why? The requester and auditors will read this."));
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    m_counter->setObjectName(QStringLiteral("reasonCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_buttons->button(QDialogButtonBox::Ok)->setText(confirmText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_counter);
    layout->addWidget(m_buttons);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &ReasonDialog::onTextChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 280);
    onTextChanged();
}

QString ReasonDialog::reason() const
{
    return m_edit->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_edit->setPlainText(reason);
}

bool ReasonDialog::canConfirm() const
{
    const QString text = reason();
    return !text.isEmpty() && text.size() <= kMaxLength;
}

void ReasonDialog::onTextChanged()
{
    QString text = m_edit->toPlainText();
    // NUL cannot be stored; a paste over the limit is cut rather than refused.
    if (text.contains(QChar(0)) || text.size() > kMaxLength) {
        text.remove(QChar(0));
        text.truncate(kMaxLength);
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(text);
        m_edit->moveCursor(QTextCursor::End);
    }
    const int left = kMaxLength - static_cast<int>(text.size());
    //: %n is how many more characters may be typed
    m_counter->setText(tr("%n character(s) left", nullptr, left));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canConfirm());
}

} // namespace dicedesk
