#include "BadgeDesignerPresetBar.h"

#include "BadgeDesignerLogging.h"
#include "BadgeRenderer.h"
#include "backend/Backend.h"
#include "badges/BadgeConfig.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>

namespace dicedesk {

namespace {
constexpr int kMaxNameLength = 80;
}

BadgeDesignerPresetBar::BadgeDesignerPresetBar(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_combo(new QComboBox(this))
    , m_save(new QPushButton(tr("Save as preset…"), this))
    , m_delete(new QPushButton(tr("Delete preset"), this))
{
    m_combo->setObjectName(QStringLiteral("presetCombo"));
    m_combo->setPlaceholderText(tr("Start from a preset…"));
    m_combo->setMinimumContentsLength(18);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setIconSize(QSize(20, 20));
    m_combo->setAccessibleName(tr("Preset"));
    m_save->setObjectName(QStringLiteral("savePreset"));
    m_delete->setObjectName(QStringLiteral("deletePreset"));

    auto *label = new QLabel(tr("&Preset:"), this);
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_presets.size())
            Q_EMIT presetChosen(m_presets.at(index));
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, &BadgeDesignerPresetBar::askName);
    connect(m_delete, &QPushButton::clicked, this, &BadgeDesignerPresetBar::deleteCurrent);
    setEnabled(m_backend != nullptr);
    updateButtons();
}

void BadgeDesignerPresetBar::setTenant(const QUuid &tenantId)
{
    m_tenant = tenantId;
    reload();
}

void BadgeDesignerPresetBar::retryLast()
{
    if (m_last && m_busy == 0)
        m_last();
}

void BadgeDesignerPresetBar::reload()
{
    m_last = [this] {
        reload();
    };
    reloadThenSelect(currentPreset() ? currentPreset()->id : QUuid(), false, {});
}

void BadgeDesignerPresetBar::reloadThenSelect(const QUuid &id, bool finishedOk,
                                              const QString &message)
{
    if (!m_backend)
        return;
    const quint64 generation = ++m_generation;
    ++m_busy;
    updateButtons();
    m_backend->badgePresets(m_tenant).then(this, [this, generation, id, finishedOk, message](
                                                     const Result<QList<BadgePreset>> &result) {
        --m_busy;
        if (generation == m_generation) {
            if (result.ok()) {
                m_presets = result.value();
                fill(id);
                if (!message.isEmpty())
                    Q_EMIT succeeded(message);
            } else {
                qCWarning(lcBadgeDesigner) << "loading presets failed:" << result.error().detail();
                Q_EMIT failed(tr("The presets could not be loaded."), result.error());
            }
            Q_EMIT loaded();
        }
        updateButtons();
        if (finishedOk)
            Q_EMIT finished(true);
    });
}

void BadgeDesignerPresetBar::fill(const QUuid &select)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const qreal ratio = devicePixelRatioF();
    int selected = -1;
    for (int i = 0; i < m_presets.size(); ++i) {
        const BadgePreset &preset = m_presets.at(i);
        QImage image = BadgeRenderer::render(BadgeConfig::fromJson(preset.config),
                                             qRound(m_combo->iconSize().width() * ratio));
        image.setDevicePixelRatio(ratio);
        //: a preset shared by all tenants in the preset list; %1 is its name
        const QString text =
            preset.tenantId.isNull() ? tr("%1 (shared)").arg(preset.name) : preset.name;
        m_combo->addItem(QIcon(QPixmap::fromImage(image)), text, preset.id);
        if (!preset.createdByName.isEmpty())
            //: tooltip of a preset; %1 is who saved it
            m_combo->setItemData(i, tr("Saved by %1").arg(preset.createdByName), Qt::ToolTipRole);
        if (preset.id == select)
            selected = i;
    }
    m_combo->setCurrentIndex(selected);
    updateButtons();
}

void BadgeDesignerPresetBar::select(const QUuid &id)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(id));
    updateButtons();
}

std::optional<BadgePreset> BadgeDesignerPresetBar::currentPreset() const
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_presets.size())
        return std::nullopt;
    return m_presets.at(index);
}

void BadgeDesignerPresetBar::askName()
{
    if (m_nameDialog) {
        m_nameDialog->raise();
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("presetNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save as preset"));
    dialog->setLabelText(m_tenant.isNull() ? tr("Name of the preset (shared with every tenant):")
                                           : tr("Name of the preset (for this tenant):"));
    dialog->setOkButtonText(tr("Save"));
    if (const auto preset = currentPreset())
        dialog->setTextValue(preset->name);
    m_nameDialog = dialog;
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed().left(kMaxNameLength);
        if (!name.isEmpty())
            Q_EMIT saveRequested(name);
    });
    dialog->open();
}

void BadgeDesignerPresetBar::save(const QString &name, const BadgeConfig &config)
{
    if (!m_backend)
        return;
    m_last = [this, name, config] {
        save(name, config);
    };
    BadgePreset preset;
    preset.name = name.trimmed().left(kMaxNameLength);
    preset.tenantId = m_tenant;
    preset.config = config.toJson();
    ++m_busy;
    updateButtons();
    m_backend->saveBadgePreset(preset).then(this, [this](const Result<BadgePreset> &result) {
        --m_busy;
        if (!result.ok()) {
            updateButtons();
            Q_EMIT failed(tr("The preset was not saved."), result.error());
            Q_EMIT finished(false);
            return;
        }
        //: %1 is the preset's name
        reloadThenSelect(result.value().id, true,
                         tr("Preset “%1” saved.").arg(result.value().name));
    });
}

void BadgeDesignerPresetBar::deleteCurrent()
{
    const auto preset = currentPreset();
    if (!m_backend || !preset)
        return;
    const QUuid id = preset->id;
    m_last = [this, id] {
        select(id);
        deleteCurrent();
    };
    ++m_busy;
    updateButtons();
    const QString name = preset->name;
    m_backend->deleteBadgePreset(preset->id).then(this, [this, name](const Result<bool> &result) {
        --m_busy;
        if (!result.ok()) {
            updateButtons();
            Q_EMIT failed(tr("The preset was not deleted."), result.error());
            Q_EMIT finished(false);
            return;
        }
        {
            const QSignalBlocker blocker(m_combo);
            m_combo->setCurrentIndex(-1);
        }
        //: %1 is the preset's name
        reloadThenSelect({}, true, tr("Preset “%1” deleted.").arg(name));
    });
}

void BadgeDesignerPresetBar::updateButtons()
{
    const bool idle = m_busy == 0 && m_backend;
    m_save->setEnabled(idle);
    m_delete->setEnabled(idle && currentPreset().has_value());
}

} // namespace dicedesk
