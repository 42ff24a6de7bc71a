#include "PathField.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace dicedesk {

PathField::PathField(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
    , m_browse(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    //: Button that opens a file or folder chooser
    m_browse->setText(tr("Browse…"));
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &PathField::pathEdited);
    connect(m_browse, &QToolButton::clicked, this, &PathField::browse);
}

QString PathField::path() const
{
    return m_edit->text().trimmed();
}

void PathField::setPath(const QString &path)
{
    m_edit->setText(path);
}

void PathField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_browse->setEnabled(!readOnly);
}

void PathField::setDescription(const QString &what, const QString &dialogTitle)
{
    m_edit->setAccessibleName(what);
    //: %1 names the path, e.g. "CA certificate file"
    m_browse->setAccessibleName(tr("Browse for %1").arg(what));
    m_browse->setToolTip(dialogTitle);
    m_dialogTitle = dialogTitle;
}

void PathField::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen =
        m_kind == Kind::Folder
            ? QFileDialog::getExistingDirectory(this, m_dialogTitle, path())
            : QFileDialog::getOpenFileName(this, m_dialogTitle, start,
                                           //: File filter of the CA certificate chooser
                                           tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_edit->setText(chosen);
    Q_EMIT pathEdited();
}

} // namespace dicedesk
