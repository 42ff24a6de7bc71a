#pragma once

#include "backend/BackendError.h"
#include "domain/AwardRequest.h"
#include "domain/Tenant.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace dicedesk {

class Backend;
class MessageBar;

/// System admins: the approval threshold and the request expiry, globally or for one
/// organisation. Loads the settings that apply to the chosen scope and saves them through
/// Backend::setAwardSettings; an error is shown in the dialog and nothing typed is lost.
class AwardSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p tenant is the organisation the console shows (a null id: only the global settings).
    AwardSettingsDialog(Backend *backend, const Tenant &tenant, QWidget *parent = nullptr);

    /// The scope being edited: a null id for the global settings.
    QUuid tenantId() const;
    void setTenantScope(bool organisation);
    AwardSettings settings() const;
    void setSettings(const AwardSettings &settings);
    /// The settings of the chosen scope are loaded and the fields may be edited.
    bool isReady() const { return m_ready; }
    QString errorText() const;
    QComboBox *scopeBox() const { return m_scope; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QSpinBox *expiryBox() const { return m_expiry; }

    /// Saves; the dialog closes once the database has them.
    void save();

Q_SIGNALS:
    /// The settings of the chosen scope were loaded (or failed to load).
    void loaded();
    void saved(const QUuid &tenantId, const dicedesk::AwardSettings &settings);

private:
    void load();
    void setBusy(bool busy);
    void showError(const BackendError &error);

    Backend *m_backend;
    Tenant m_tenant;
    MessageBar *m_messages;
    QComboBox *m_scope;
    QSpinBox *m_threshold;
    QSpinBox *m_expiry;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    quint64 m_loadRequest = 0;
    bool m_ready = false;
    bool m_saving = false;
};

} // namespace dicedesk
