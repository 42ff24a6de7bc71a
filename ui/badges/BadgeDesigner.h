#pragma once

#include "BadgeUndoCommands.h"
#include "badges/BadgeConfig.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSlider;
class QToolButton;
class QUndoStack;
class QWidget;

namespace dicedesk {

class Backend;
class BackendError;
class BadgeDesignerColorField;
class BadgeDesignerIconPicker;
class BadgeDesignerPresetBar;
class BadgeDesignerShapePicker;
class BadgePreviewStrip;
class MessageBar;

/// The award builder: composes a badge from layers (shape, fill and gradient, border, icon,
/// label) with a live preview at three sizes in the four states, undo and redo, presets in
/// the database and export to PNG and SVG.
///
/// Every edit is an undo step; a continuous gesture (a colour dragged in the colour dialog, a
/// slider held down, a label being typed) is one step. The preview renders lazily in the next
/// frame, so a colour drag costs one render per tile per frame at most.
class BadgeDesigner : public QWidget
{
    Q_OBJECT

public:
    explicit BadgeDesigner(Backend *backend, QWidget *parent = nullptr);
    ~BadgeDesigner() override;

    /// Starts from @p config: the controls show it, the undo history is cleared. Does not emit
    /// configChanged().
    void setConfig(const BadgeConfig &config);
    BadgeConfig config() const { return m_config; }
    /// Where "Save as preset" saves (null: shared by every tenant; system admins only) and
    /// whose presets the list shows besides the shared ones. Reloads the presets.
    void setPresetTenant(const QUuid &tenantId);

    // --- actions, also for tests ---------------------------------------------------------
    /// Writes the badge as a PNG of @p pixels²; errors show in the message bar.
    bool exportPng(const QString &path, int pixels);
    bool exportSvg(const QString &path);
    /// Saves the current badge as a preset (asynchronous: BadgeDesignerPresetBar::finished).
    void savePreset(const QString &name);

    // --- read access for tests and the dialog --------------------------------------------
    QUndoStack *undoStack() const { return m_undo; }
    BadgePreviewStrip *preview() const { return m_preview; }
    BadgeDesignerPresetBar *presetBar() const { return m_presets; }
    BadgeDesignerShapePicker *shapePicker() const { return m_shape; }
    BadgeDesignerIconPicker *iconPicker() const { return m_icon; }
    BadgeDesignerColorField *fillField() const { return m_fill; }
    BadgeDesignerColorField *gradientField() const { return m_gradientTo; }
    BadgeDesignerColorField *borderField() const { return m_borderColor; }
    BadgeDesignerColorField *iconColorField() const { return m_iconColor; }
    BadgeDesignerColorField *labelColorField() const { return m_labelColor; }
    QCheckBox *gradientCheck() const { return m_gradient; }
    QSlider *gradientAngleSlider() const { return m_angle; }
    QCheckBox *borderCheck() const { return m_border; }
    QSlider *borderWidthSlider() const { return m_borderWidth; }
    QLineEdit *labelEdit() const { return m_label; }
    QString messageText() const;

Q_SIGNALS:
    void configChanged(const dicedesk::BadgeConfig &config);

private:
    QWidget *buildControls();
    QWidget *buildToolbar();
    void wireColor(BadgeDesignerColorField *field, BadgeEditField which,
                   QString BadgeConfig::*member, const QString &undoText);
    void wireSlider(QSlider *slider, BadgeEditField which, int BadgeConfig::*member,
                    const QString &undoText);
    /// Pushes an undo step for @p mutate applied to the current badge; it merges with the
    /// previous step while a gesture on the same field is open.
    void change(BadgeEditField field, const QString &undoText,
                const std::function<void(BadgeConfig &)> &mutate);
    void beginGesture(BadgeEditField field);
    void endGesture(BadgeEditField field);
    /// Shows @p config everywhere (undo, redo, a new step).
    void apply(const BadgeConfig &config);
    void syncControls();
    void chooseExportPng(int pixels);
    void chooseExportSvg();
    QString suggestedFileName(const QString &suffix, int pixels) const;
    void showError(const QString &text, const BackendError &error);

    QPointer<Backend> m_backend;
    BadgeConfig m_config;
    QUndoStack *m_undo;
    quint64 m_gesture = 0; ///< the open gesture's serial, 0 when none
    quint64 m_lastGesture = 0;
    BadgeEditField m_gestureField = BadgeEditField::Shape;
    std::function<void()> m_retry; ///< what the message bar's Retry does for the shown error
    bool m_pushing = false;
    bool m_syncing = false;

    MessageBar *m_messages = nullptr;
    BadgeDesignerPresetBar *m_presets = nullptr;
    BadgePreviewStrip *m_preview = nullptr;
    BadgeDesignerShapePicker *m_shape = nullptr;
    BadgeDesignerColorField *m_fill = nullptr;
    QCheckBox *m_gradient = nullptr;
    BadgeDesignerColorField *m_gradientTo = nullptr;
    QSlider *m_angle = nullptr;
    QLabel *m_angleValue = nullptr;
    QCheckBox *m_border = nullptr;
    BadgeDesignerColorField *m_borderColor = nullptr;
    QSlider *m_borderWidth = nullptr;
    QLabel *m_borderWidthValue = nullptr;
    BadgeDesignerIconPicker *m_icon = nullptr;
    BadgeDesignerColorField *m_iconColor = nullptr;
    QLineEdit *m_label = nullptr;
    BadgeDesignerColorField *m_labelColor = nullptr;
    QWidget *m_gradientRow = nullptr;
    QWidget *m_borderRow = nullptr;
};

} // namespace dicedesk
