#pragma once

#include "backend/BackendError.h"
#include "domain/Achievement.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>
#include <functional>

class QComboBox;
#include <QInputDialog>
class QPushButton;

namespace dicedesk {

class Backend;
struct BadgeConfig;

/// Badge presets from the database: a combo to load one, "Save as preset…" and "Delete
/// preset". Talks to the Backend asynchronously; outcomes arrive as signals for the designer's
/// message bar. Without a backend the bar is disabled.
class BadgeDesignerPresetBar : public QWidget
{
    Q_OBJECT

public:
    BadgeDesignerPresetBar(Backend *backend, QWidget *parent = nullptr);

    /// Where new presets go (null: shared by everyone, system admins only); reloads the list.
    void setTenant(const QUuid &tenantId);
    QUuid tenant() const { return m_tenant; }
    void reload();
    /// Saves the config under the name (replacing a preset of that name in the same scope).
    void save(const QString &name, const BadgeConfig &config);
    /// Deletes the preset chosen in the combo.
    void deleteCurrent();
    /// Repeats the last load, save or delete (after it failed).
    void retryLast();
    /// Selects a preset by id (as if chosen, without emitting presetChosen()).
    void select(const QUuid &id);

    const QList<BadgePreset> &presets() const { return m_presets; }
    /// The preset shown in the combo, if any.
    std::optional<BadgePreset> currentPreset() const;
    bool isBusy() const { return m_busy > 0; }
    QComboBox *combo() const { return m_combo; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    /// The name dialog while it is open.
    QInputDialog *nameDialog() const { return m_nameDialog; }

Q_SIGNALS:
    void presetChosen(const dicedesk::BadgePreset &preset);
    /// The user named a new preset in the dialog; the designer saves its current config.
    void saveRequested(const QString &name);
    void loaded();
    /// A save or delete ended (after the list was reloaded when it succeeded).
    void finished(bool ok);
    void failed(const QString &text, const dicedesk::BackendError &error);
    void succeeded(const QString &text);

private:
    void askName();
    void fill(const QUuid &select);
    void updateButtons();
    void reloadThenSelect(const QUuid &id, bool finishedOk, const QString &message);

    std::function<void()> m_last; ///< the last operation, for retryLast()
    QPointer<Backend> m_backend;
    QUuid m_tenant;
    QList<BadgePreset> m_presets;
    quint64 m_generation = 0;
    int m_busy = 0;
    QComboBox *m_combo;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPointer<QInputDialog> m_nameDialog;
};

} // namespace dicedesk
