#include "AwardSettingsDialog.h"

#include "ApprovalLogging.h"
#include "backend/Backend.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace dicedesk {

namespace {

constexpr int kMaxThreshold = 1000000000;
constexpr int kMaxExpiryDays = 365;

} // namespace

AwardSettingsDialog::AwardSettingsDialog(Backend *backend, const Tenant &tenant, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_tenant(tenant)
    , m_messages(new MessageBar(this))
    , m_scope(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_expiry(new QSpinBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("awardSettingsDialog"));
    setWindowTitle(tr("Approval settings"));

    m_scope->setObjectName(QStringLiteral("settingsScope"));
    //: The global approval settings, used by every organisation without its own
    m_scope->addItem(tr("All organisations (default)"), QUuid());
    if (!tenant.id.isNull())
        //: %1 is an organisation's name: settings only for it
        m_scope->addItem(tr("%1 only").arg(tenant.name), tenant.id);
    m_scope->setEnabled(m_scope->count() > 1);

    m_threshold->setObjectName(QStringLiteral("thresholdBox"));
    m_threshold->setRange(1, kMaxThreshold);
    m_threshold->setGroupSeparatorShown(true);
    m_expiry->setObjectName(QStringLiteral("expiryBox"));
    m_expiry->setRange(1, kMaxExpiryDays);
    //: Suffix of the expiry field: "14 days"
    m_expiry->setSuffix(tr(" days"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Coin and XP awards by tenant admins whose total (amount × recipients) "
                       "reaches the threshold become requests for a system admin. Requests "
                       "not decided within the expiry expire."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Applies to:"), m_scope);
    form->addRow(tr("&Threshold (total):"), m_threshold);
    form->addRow(tr("&Requests expire after:"), m_expiry);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &AwardSettingsDialog::load);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AwardSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_messages, &MessageBar::retryRequested, this, &AwardSettingsDialog::load);
    // The organisation's own settings are what an admin usually means.
    m_scope->setCurrentIndex(m_scope->count() - 1);
    resize(460, 260);
    load();
}

QUuid AwardSettingsDialog::tenantId() const
{
    return m_scope->currentData().toUuid();
}

void AwardSettingsDialog::setTenantScope(bool organisation)
{
    m_scope->setCurrentIndex(organisation && m_scope->count() > 1 ? 1 : 0);
}

AwardSettings AwardSettingsDialog::settings() const
{
    AwardSettings settings;
    settings.threshold = m_threshold->value();
    settings.expiryDays = m_expiry->value();
    return settings;
}

void AwardSettingsDialog::setSettings(const AwardSettings &settings)
{
    m_threshold->setValue(static_cast<int>(std::min<qint64>(settings.threshold, kMaxThreshold)));
    m_expiry->setValue(settings.expiryDays);
}

QString AwardSettingsDialog::errorText() const
{
    return m_messages->text();
}

void AwardSettingsDialog::load()
{
    const quint64 request = ++m_loadRequest;
    m_ready = false;
    m_messages->clear();
    setBusy(true);
    const QUuid tenant = tenantId();
    m_backend->awardSettings(tenant).then(this,
                                          [this, request](const Result<AwardSettings> &result) {
                                              if (request != m_loadRequest)
                                                  return; // the scope changed meanwhile
                                              if (!result.ok()) {
                                                  showError(result.error());
                                              } else {
                                                  setSettings(result.value());
                                                  m_ready = true;
                                              }
                                              setBusy(false);
                                              Q_EMIT loaded();
                                          });
}

void AwardSettingsDialog::save()
{
    if (!m_ready || m_saving)
        return;
    m_saving = true;
    m_messages->clear();
    setBusy(true);
    const QUuid tenant = tenantId();
    const AwardSettings wanted = settings();
    qCInfo(lcApprovals) << "saving approval settings for"
                        << (tenant.isNull() ? QStringLiteral("all organisations")
                                            : tenant.toString(QUuid::WithoutBraces))
                        << wanted.threshold << wanted.expiryDays;
    m_backend->setAwardSettings(tenant, wanted)
        .then(this, [this, tenant, wanted](const Result<bool> &result) {
            m_saving = false;
            setBusy(false);
            if (!result.ok()) {
                showError(result.error());
                return;
            }
            Q_EMIT saved(tenant, wanted);
            accept();
        });
}

void AwardSettingsDialog::setBusy(bool busy)
{
    m_threshold->setEnabled(!busy);
    m_expiry->setEnabled(!busy);
    m_scope->setEnabled(!m_saving && m_scope->count() > 1);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy && m_ready);
}

void AwardSettingsDialog::showError(const BackendError &error)
{
    qCWarning(lcApprovals) << "approval settings:" << error.detail();
    m_messages->showMessage(MessageBar::Tone::Error, error.userMessage(), error.detail());
}

} // namespace dicedesk
