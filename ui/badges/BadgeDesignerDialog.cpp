#include "BadgeDesignerDialog.h"

#include "BadgeDesigner.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace dicedesk {

BadgeDesignerDialog::BadgeDesignerDialog(Backend *backend, const BadgeConfig &config,
                                         const QUuid &presetTenant, QWidget *parent)
    : QDialog(parent)
    , m_designer(new BadgeDesigner(backend, this))
{
    setObjectName(QStringLiteral("badgeDesignerDialog"));
    setWindowTitle(tr("Design badge"));
    m_designer->setConfig(config);
    m_designer->setPresetTenant(presetTenant);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use badge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 12, 12);
    layout->addWidget(m_designer, 1);
    layout->addWidget(buttons);
    resize(1000, 720);
}

void BadgeDesignerDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the designer (a hex field, the label) commits that field, not the dialog.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && m_designer->isAncestorOf(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

BadgeConfig BadgeDesignerDialog::config() const
{
    return m_designer->config();
}

} // namespace dicedesk
