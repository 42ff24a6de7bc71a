#pragma once

#include "badges/BadgeConfig.h"

#include <QDialog>
#include <QUuid>

namespace dicedesk {

class Backend;
class BadgeDesigner;

/// The badge designer in a dialog with OK and Cancel, opened from the achievement editor's
/// "Design badge…": exec() or open(), then config() holds the badge when accepted.
class BadgeDesignerDialog : public QDialog
{
    Q_OBJECT

public:
    BadgeDesignerDialog(Backend *backend, const BadgeConfig &config, const QUuid &presetTenant,
                        QWidget *parent = nullptr);

    BadgeConfig config() const;
    BadgeDesigner *designer() const { return m_designer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    BadgeDesigner *m_designer;
};

} // namespace dicedesk
