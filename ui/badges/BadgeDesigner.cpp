#include "BadgeDesigner.h"

#include "BadgeDesignerColorField.h"
#include "BadgeDesignerExport.h"
#include "BadgeDesignerIconPicker.h"
#include "BadgeDesignerLogging.h"
#include "BadgeDesignerPresetBar.h"
#include "BadgeDesignerShapePicker.h"
#include "BadgePreviewStrip.h"
#include "backend/Backend.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSlider>
#include <QStandardPaths>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

constexpr int kMaxLabelLength = 12;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    label->setFont(font);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("360°")) + 4);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

BadgeDesigner::BadgeDesigner(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("badgeDesigner"));
    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("designerMessages"));
    m_preview = new BadgePreviewStrip(this);
    m_presets = new BadgeDesignerPresetBar(backend, this);

    QWidget *toolbar = buildToolbar();
    QWidget *controls = buildControls();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("layersPanel"));
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(controls->sizeHint().width() + 16);
    scroll->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    auto *previewTitle = sectionTitle(tr("Preview"), this);
    previewTitle->setContentsMargins(0, 0, 0, 2);
    auto *right = new QVBoxLayout;
    right->setSpacing(6);
    right->addWidget(previewTitle);
    right->addWidget(m_preview);
    right->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(scroll);
    auto *divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    body->addWidget(divider);
    body->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_messages);
    layout->addWidget(toolbar);
    layout->addLayout(body, 1);

    connect(m_presets, &BadgeDesignerPresetBar::presetChosen, this, [this](const BadgePreset &p) {
        const BadgeConfig preset = BadgeConfig::fromJson(p.config);
        //: undo step: %1 is the preset's name
        change(BadgeEditField::Preset, tr("Load preset “%1”").arg(p.name),
               [&preset](BadgeConfig &config) { config = preset; });
    });
    connect(m_presets, &BadgeDesignerPresetBar::saveRequested, this, &BadgeDesigner::savePreset);
    connect(m_presets, &BadgeDesignerPresetBar::failed, this,
            [this](const QString &text, const BackendError &error) {
                showError(text, error);
                m_retry = [this] {
                    m_presets->retryLast();
                };
            });
    connect(m_messages, &MessageBar::retryRequested, this, [this] {
        if (const auto retry = std::exchange(m_retry, nullptr)) {
            m_messages->clear();
            retry();
        }
    });
    connect(m_presets, &BadgeDesignerPresetBar::succeeded, this, [this](const QString &text) {
        m_messages->showMessage(MessageBar::Tone::Information, text);
    });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            m_gesture = 0; // undo/redo ends any gesture: the next edit is a step of its own
    });

    setFocusPolicy(Qt::NoFocus);
    apply(m_config);
    if (m_backend)
        m_presets->reload();
}

BadgeDesigner::~BadgeDesigner()
{
    // The commands call back into this widget; drop them before the controls go.
    m_undo->clear();
}

QWidget *BadgeDesigner::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Own actions rather than createUndoAction(): the buttons stay "Undo"/"Redo", the step
    // they act on goes into the tooltip.
    auto *undo = new QAction(themedIcon(QStringLiteral(":/icons/undo.svg")), tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *redo = new QAction(themedIcon(QStringLiteral(":/icons/redo.svg")), tr("Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    redo->setShortcuts(redoKeys);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    const auto updateActions = [this, undo, redo] {
        undo->setEnabled(m_undo->canUndo());
        redo->setEnabled(m_undo->canRedo());
        //: tooltip of the undo button: %1 names the step ("Change fill colour"), %2 the keys
        undo->setToolTip(m_undo->canUndo()
                             ? tr("Undo %1 (%2)")
                                   .arg(m_undo->undoText().toLower(),
                                        undo->shortcut().toString(QKeySequence::NativeText))
                             : tr("Nothing to undo"));
        redo->setToolTip(m_undo->canRedo()
                             ? tr("Redo %1 (%2)")
                                   .arg(m_undo->redoText().toLower(),
                                        redo->shortcut().toString(QKeySequence::NativeText))
                             : tr("Nothing to redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, updateActions);
    connect(m_undo, &QUndoStack::cleanChanged, this, updateActions);
    updateActions();
    addAction(undo);
    addAction(redo);

    for (QAction *action : {undo, redo}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() == QLatin1String("undoAction")
                                  ? QStringLiteral("undoButton")
                                  : QStringLiteral("redoButton"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(button);
    }
    layout->addSpacing(12);
    layout->addWidget(m_presets, 1);
    layout->addSpacing(12);

    auto *png = new QToolButton(bar);
    png->setObjectName(QStringLiteral("exportPngButton"));
    png->setText(tr("Export PNG…"));
    png->setIcon(themedIcon(QStringLiteral(":/icons/export.svg")));
    png->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    png->setPopupMode(QToolButton::InstantPopup);
    png->setFocusPolicy(Qt::StrongFocus);
    auto *sizes = new QMenu(png);
    for (int pixels : BadgeDesignerExport::kPngSizes) {
        //: export menu entry: %1 is the size in pixels
        QAction *action = sizes->addAction(tr("%1 × %1 px…").arg(pixels));
        connect(action, &QAction::triggered, this, [this, pixels] { chooseExportPng(pixels); });
    }
    png->setMenu(sizes);
    auto *svg = new QToolButton(bar);
    svg->setObjectName(QStringLiteral("exportSvgButton"));
    svg->setText(tr("Export SVG…"));
    svg->setIcon(themedIcon(QStringLiteral(":/icons/export.svg")));
    svg->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    svg->setFocusPolicy(Qt::StrongFocus);
    connect(svg, &QToolButton::clicked, this, &BadgeDesigner::chooseExportSvg);
    layout->addWidget(png);
    layout->addWidget(svg);
    return bar;
}

QWidget *BadgeDesigner::buildControls()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(4);

    // Shape ---------------------------------------------------------------------------------
    m_shape = new BadgeDesignerShapePicker(panel);
    layout->addWidget(sectionTitle(tr("Shape"), panel));
    layout->addWidget(m_shape);
    connect(m_shape, &BadgeDesignerShapePicker::shapeChosen, this, [this](const QString &shape) {
        change(BadgeEditField::Shape, tr("Change shape"),
               [&shape](BadgeConfig &config) { config.shape = shape; });
    });

    // Fill and gradient ---------------------------------------------------------------------
    layout->addWidget(sectionTitle(tr("Fill"), panel));
    auto *fillForm = new QFormLayout;
    fillForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fill = new BadgeDesignerColorField(tr("Fill"), panel);
    m_fill->setObjectName(QStringLiteral("fillColor"));
    auto *fillLabel = new QLabel(tr("&Colour:"), panel);
    fillLabel->setBuddy(m_fill->swatchButton());
    fillForm->addRow(fillLabel, m_fill);
    m_gradient = new QCheckBox(tr("&Gradient"), panel);
    m_gradient->setObjectName(QStringLiteral("gradientCheck"));
    fillForm->addRow(QString(), m_gradient);
    layout->addLayout(fillForm);

    m_gradientRow = new QWidget(panel);
    auto *gradientForm = new QFormLayout(m_gradientRow);
    gradientForm->setContentsMargins(0, 0, 0, 0);
    m_gradientTo = new BadgeDesignerColorField(tr("Gradient"), m_gradientRow);
    m_gradientTo->setObjectName(QStringLiteral("gradientColor"));
    auto *toLabel = new QLabel(tr("&To colour:"), m_gradientRow);
    toLabel->setBuddy(m_gradientTo->swatchButton());
    gradientForm->addRow(toLabel, m_gradientTo);
    m_angle = new QSlider(Qt::Horizontal, m_gradientRow);
    m_angle->setObjectName(QStringLiteral("gradientAngle"));
    m_angle->setRange(0, 359);
    m_angle->setSingleStep(5);
    m_angle->setPageStep(45);
    m_angle->setAccessibleName(tr("Gradient angle"));
    m_angleValue = valueLabel(m_gradientRow);
    auto *angleRow = new QHBoxLayout;
    angleRow->addWidget(m_angle, 1);
    angleRow->addWidget(m_angleValue);
    auto *angleLabel = new QLabel(tr("&Angle:"), m_gradientRow);
    angleLabel->setBuddy(m_angle);
    gradientForm->addRow(angleLabel, angleRow);
    layout->addWidget(m_gradientRow);
    connect(m_gradient, &QCheckBox::toggled, this, [this](bool on) {
        change(BadgeEditField::Gradient, on ? tr("Add gradient") : tr("Remove gradient"),
               [on](BadgeConfig &config) { config.gradient = on; });
    });

    // Border --------------------------------------------------------------------------------
    layout->addWidget(separator(panel));
    layout->addWidget(sectionTitle(tr("Border"), panel));
    m_border = new QCheckBox(tr("Draw a &border"), panel);
    m_border->setObjectName(QStringLiteral("borderCheck"));
    layout->addWidget(m_border);
    m_borderRow = new QWidget(panel);
    auto *borderForm = new QFormLayout(m_borderRow);
    borderForm->setContentsMargins(0, 0, 0, 0);
    m_borderColor = new BadgeDesignerColorField(tr("Border"), m_borderRow);
    m_borderColor->setObjectName(QStringLiteral("borderColor"));
    auto *borderColorLabel = new QLabel(tr("Colo&ur:"), m_borderRow);
    borderColorLabel->setBuddy(m_borderColor->swatchButton());
    borderForm->addRow(borderColorLabel, m_borderColor);
    m_borderWidth = new QSlider(Qt::Horizontal, m_borderRow);
    m_borderWidth->setObjectName(QStringLiteral("borderWidth"));
    m_borderWidth->setRange(1, 16);
    m_borderWidth->setPageStep(4);
    m_borderWidth->setAccessibleName(tr("Border width"));
    m_borderWidthValue = valueLabel(m_borderRow);
    auto *widthRow = new QHBoxLayout;
    widthRow->addWidget(m_borderWidth, 1);
    widthRow->addWidget(m_borderWidthValue);
    auto *widthLabel = new QLabel(tr("&Width:"), m_borderRow);
    widthLabel->setBuddy(m_borderWidth);
    borderForm->addRow(widthLabel, widthRow);
    layout->addWidget(m_borderRow);
    connect(m_border, &QCheckBox::toggled, this, [this](bool on) {
        change(BadgeEditField::Border, on ? tr("Add border") : tr("Remove border"),
               [on](BadgeConfig &config) { config.border = on; });
    });

    // Icon ----------------------------------------------------------------------------------
    layout->addWidget(separator(panel));
    auto *iconTitle = sectionTitle(tr("&Icon"), panel);
    layout->addWidget(iconTitle);
    m_icon = new BadgeDesignerIconPicker(panel);
    iconTitle->setBuddy(m_icon);
    m_icon->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_icon);
    auto *iconForm = new QFormLayout;
    m_iconColor = new BadgeDesignerColorField(tr("Icon"), panel);
    m_iconColor->setObjectName(QStringLiteral("iconColor"));
    auto *iconColorLabel = new QLabel(tr("Icon c&olour:"), panel);
    iconColorLabel->setBuddy(m_iconColor->swatchButton());
    iconForm->addRow(iconColorLabel, m_iconColor);
    layout->addLayout(iconForm);
    connect(m_icon, &BadgeDesignerIconPicker::iconChosen, this, [this](const QString &icon) {
        change(BadgeEditField::Icon, tr("Change icon"),
               [&icon](BadgeConfig &config) { config.icon = icon; });
    });

    // Label ---------------------------------------------------------------------------------
    layout->addWidget(separator(panel));
    layout->addWidget(sectionTitle(tr("Label"), panel));
    auto *labelForm = new QFormLayout;
    m_label = new QLineEdit(panel);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setMaxLength(kMaxLabelLength);
    m_label->setClearButtonEnabled(true);
    //: placeholder of the badge label; %1 is the maximum length
    m_label->setPlaceholderText(tr("Optional, up to %1 characters").arg(kMaxLabelLength));
    auto *textLabel = new QLabel(tr("T&ext:"), panel);
    textLabel->setBuddy(m_label);
    labelForm->addRow(textLabel, m_label);
    m_labelColor = new BadgeDesignerColorField(tr("Label"), panel);
    m_labelColor->setObjectName(QStringLiteral("labelColor"));
    auto *labelColorLabel = new QLabel(tr("Text colou&r:"), panel);
    labelColorLabel->setBuddy(m_labelColor->swatchButton());
    labelForm->addRow(labelColorLabel, m_labelColor);
    layout->addLayout(labelForm);
    layout->addStretch(1);
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_gesture == 0 || m_gestureField != BadgeEditField::Label)
            beginGesture(BadgeEditField::Label);
        change(BadgeEditField::Label, tr("Change label"),
               [&text](BadgeConfig &config) { config.label = text; });
    });
    connect(m_label, &QLineEdit::editingFinished, this,
            [this] { endGesture(BadgeEditField::Label); });

    wireColor(m_fill, BadgeEditField::Fill, &BadgeConfig::fill, tr("Change fill colour"));
    wireColor(m_gradientTo, BadgeEditField::GradientTo, &BadgeConfig::gradientTo,
              tr("Change gradient colour"));
    wireColor(m_borderColor, BadgeEditField::BorderColor, &BadgeConfig::borderColor,
              tr("Change border colour"));
    wireColor(m_iconColor, BadgeEditField::IconColor, &BadgeConfig::iconColor,
              tr("Change icon colour"));
    wireColor(m_labelColor, BadgeEditField::LabelColor, &BadgeConfig::labelColor,
              tr("Change label colour"));
    wireSlider(m_angle, BadgeEditField::GradientAngle, &BadgeConfig::gradientAngle,
               tr("Change gradient angle"));
    wireSlider(m_borderWidth, BadgeEditField::BorderWidth, &BadgeConfig::borderWidth,
               tr("Change border width"));

    // Tab order follows the panel from top to bottom.
    QWidget *previous = m_shape->button(BadgeConfig::shapes().constLast());
    for (QWidget *next : std::initializer_list<QWidget *>{
             m_fill->swatchButton(), m_fill->hexEdit(), m_gradient, m_gradientTo->swatchButton(),
             m_gradientTo->hexEdit(), m_angle, m_border, m_borderColor->swatchButton(),
             m_borderColor->hexEdit(), m_borderWidth, m_icon, m_iconColor->swatchButton(),
             m_iconColor->hexEdit(), m_label, m_labelColor->swatchButton(),
             m_labelColor->hexEdit()}) {
        setTabOrder(previous, next);
        previous = next;
    }
    return panel;
}

void BadgeDesigner::wireColor(BadgeDesignerColorField *field, BadgeEditField which,
                              QString BadgeConfig::*member, const QString &undoText)
{
    const auto set = [this, which, member, undoText](const QColor &color) {
        const QString hex = BadgeDesignerColorField::hexName(color);
        change(which, undoText, [member, &hex](BadgeConfig &config) { config.*member = hex; });
    };
    connect(field, &BadgeDesignerColorField::dragStarted, this,
            [this, which] { beginGesture(which); });
    connect(field, &BadgeDesignerColorField::dragMoved, this, set);
    connect(field, &BadgeDesignerColorField::dragFinished, this,
            [this, which, set](bool, const QColor &color) {
                // Accepted: the chosen colour; cancelled: the colour before the dialog, which
                // folds the whole drag away.
                set(color);
                endGesture(which);
            });
    connect(field, &BadgeDesignerColorField::colorEdited, this, set);
}

void BadgeDesigner::wireSlider(QSlider *slider, BadgeEditField which, int BadgeConfig::*member,
                               const QString &undoText)
{
    connect(slider, &QSlider::sliderPressed, this, [this, which] { beginGesture(which); });
    connect(slider, &QSlider::sliderReleased, this, [this, which] { endGesture(which); });
    connect(slider, &QSlider::valueChanged, this, [this, which, member, undoText](int value) {
        change(which, undoText, [member, value](BadgeConfig &config) { config.*member = value; });
    });
}

void BadgeDesigner::beginGesture(BadgeEditField field)
{
    m_gesture = ++m_lastGesture;
    m_gestureField = field;
}

void BadgeDesigner::endGesture(BadgeEditField field)
{
    if (m_gestureField == field)
        m_gesture = 0;
}

void BadgeDesigner::change(BadgeEditField field, const QString &undoText,
                           const std::function<void(BadgeConfig &)> &mutate)
{
    if (m_syncing)
        return;
    BadgeConfig next = m_config;
    mutate(next);
    const quint64 gesture = (m_gesture != 0 && m_gestureField == field) ? m_gesture : 0;
    if (next == m_config) {
        // Nothing changes: only a step of the open gesture may take it (and fold away when the
        // gesture ended where it began); never push an empty step.
        const auto *top =
            dynamic_cast<const BadgeEditCommand *>(m_undo->command(m_undo->index() - 1));
        if (gesture == 0 || !top || top->gesture() != gesture)
            return;
    }
    if (gesture == 0)
        m_gesture = 0; // an edit of another part ends the open gesture
    m_messages->clear();
    m_pushing = true;
    m_undo->push(new BadgeEditCommand([this](const BadgeConfig &config) { apply(config); },
                                      m_config, next, field, gesture, undoText));
    m_pushing = false;
}

void BadgeDesigner::setConfig(const BadgeConfig &config)
{
    m_gesture = 0;
    m_undo->clear();
    m_config = config;
    syncControls();
    m_preview->setConfig(m_config);
}

void BadgeDesigner::apply(const BadgeConfig &config)
{
    const bool changed = !(config == m_config);
    m_config = config;
    syncControls();
    m_preview->setConfig(m_config);
    if (changed)
        Q_EMIT configChanged(m_config);
}

void BadgeDesigner::syncControls()
{
    m_syncing = true;
    const QSignalBlocker blockGradient(m_gradient);
    const QSignalBlocker blockAngle(m_angle);
    const QSignalBlocker blockBorder(m_border);
    const QSignalBlocker blockWidth(m_borderWidth);
    m_shape->setShape(m_config.shape);
    m_fill->setColor(QColor::fromString(m_config.fill));
    m_gradient->setChecked(m_config.gradient);
    m_gradientTo->setColor(QColor::fromString(m_config.gradientTo));
    m_angle->setValue(m_config.gradientAngle);
    //: an angle in degrees
    m_angleValue->setText(tr("%1°").arg(m_config.gradientAngle));
    m_gradientRow->setEnabled(m_config.gradient);
    m_border->setChecked(m_config.border);
    m_borderColor->setColor(QColor::fromString(m_config.borderColor));
    m_borderWidth->setValue(m_config.borderWidth);
    m_borderWidthValue->setText(QString::number(m_config.borderWidth));
    m_borderRow->setEnabled(m_config.border);
    m_icon->setIcon(m_config.icon);
    m_iconColor->setColor(QColor::fromString(m_config.iconColor));
    m_iconColor->setEnabled(!m_config.icon.isEmpty());
    if (m_label->text() != m_config.label)
        m_label->setText(m_config.label);
    m_labelColor->setColor(QColor::fromString(m_config.labelColor));
    m_syncing = false;
}

void BadgeDesigner::setPresetTenant(const QUuid &tenantId)
{
    m_presets->setTenant(tenantId);
}

void BadgeDesigner::savePreset(const QString &name)
{
    m_messages->clear();
    m_presets->save(name, m_config);
}

QString BadgeDesigner::suggestedFileName(const QString &suffix, int pixels) const
{
    QString base = m_config.label.isEmpty() ? m_config.shape : m_config.label;
    base = base.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("badge");
    const QString name = pixels > 0
                             ? QStringLiteral("badge-%1-%2.%3").arg(base).arg(pixels).arg(suffix)
                             : QStringLiteral("badge-%1.%2").arg(base, suffix);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return dir.isEmpty() ? name : QDir(dir).filePath(name);
}

void BadgeDesigner::chooseExportPng(int pixels)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export badge as PNG"), suggestedFileName(QStringLiteral("png"), pixels),
        tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path, pixels);
}

void BadgeDesigner::chooseExportSvg()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export badge as SVG"),
                                                      suggestedFileName(QStringLiteral("svg"), 0),
                                                      tr("SVG images (*.svg)"));
    if (!path.isEmpty())
        exportSvg(path);
}

bool BadgeDesigner::exportPng(const QString &path, int pixels)
{

    const QString error = BadgeDesignerExport::writePng(path, m_config, pixels);
    if (!error.isEmpty()) {
        m_retry = [this, path, pixels] {
            exportPng(path, pixels);
        };
        m_messages->showMessage(MessageBar::Tone::Error, error);
        return false;
    }
    //: %1 is a file name
    m_messages->showMessage(MessageBar::Tone::Information,
                            tr("Saved %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool BadgeDesigner::exportSvg(const QString &path)
{

    const QString error = BadgeDesignerExport::writeSvg(path, m_config);
    if (!error.isEmpty()) {
        m_retry = [this, path] {
            exportSvg(path);
        };
        m_messages->showMessage(MessageBar::Tone::Error, error);
        return false;
    }
    m_messages->showMessage(MessageBar::Tone::Information,
                            tr("Saved %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void BadgeDesigner::showError(const QString &text, const BackendError &error)
{
    const QString full = error.isError() ? text + QLatin1Char(' ') + error.userMessage() : text;
    m_messages->showMessage(MessageBar::Tone::Error, full, error.detail());
}

QString BadgeDesigner::messageText() const
{
    return m_messages->text();
}

} // namespace dicedesk
