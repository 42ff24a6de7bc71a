#include "ProfileForm.h"

#include "PathField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace dicedesk {

namespace {

const ConnectionProfile::SslMode kSslModes[] = {
    ConnectionProfile::SslMode::Disable,  ConnectionProfile::SslMode::Allow,
    ConnectionProfile::SslMode::Prefer,   ConnectionProfile::SslMode::Require,
    ConnectionProfile::SslMode::VerifyCa, ConnectionProfile::SslMode::VerifyFull,
};

constexpr int kTcpRow = 0;
constexpr int kSocketRow = 1;

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_socketLabel(new QLabel(this))
    , m_socketDir(new PathField(PathField::Kind::Folder, this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLineEdit(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_sslLabel(new QLabel(this))
    , m_sslMode(new QComboBox(this))
    , m_caLabel(new QLabel(this))
    , m_caFile(new PathField(PathField::Kind::File, this))
    , m_operatorMode(new QCheckBox(this))
    , m_actAsLabel(new QLabel(this))
    , m_actAs(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
{
    // Object names are what the GUI tests find the fields by.
    m_name->setObjectName(QStringLiteral("profileName"));
    m_mode->setObjectName(QStringLiteral("connectionType"));
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_socketDir->setObjectName(QStringLiteral("socketDir"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    for (const ConnectionProfile::SslMode mode : kSslModes)
        m_sslMode->addItem(QString(), ConnectionProfile::sslModeKeyword(mode));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_operatorMode->setObjectName(QStringLiteral("operatorMode"));
    m_actAs->setObjectName(QStringLiteral("actAsUser"));
    m_actAs->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));

    m_nameLabel->setBuddy(m_name);
    m_modeLabel->setBuddy(m_mode);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_socketLabel->setBuddy(m_socketDir->lineEdit());
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_sslLabel->setBuddy(m_sslMode);
    m_caLabel->setBuddy(m_caFile->lineEdit());
    m_actAsLabel->setBuddy(m_actAs);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_modeLabel, m_mode);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_socketLabel, m_socketDir);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_sslLabel, m_sslMode);
    form->addRow(m_caLabel, m_caFile);
    form->addRow(QString(), m_operatorMode);
    form->addRow(m_actAsLabel, m_actAs);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);

    const auto changed = [this] {
        updateEnabled();
        if (!m_loading)
            Q_EMIT edited();
    };
    for (QLineEdit *edit : {m_name, m_host, m_database, m_user, m_actAs})
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_socketDir, &PathField::pathEdited, this, changed);
    connect(m_caFile, &PathField::pathEdited, this, changed);
    connect(m_port, &QSpinBox::valueChanged, this, changed);
    connect(m_mode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_operatorMode, &QCheckBox::toggled, this, changed);
    connect(m_password, &QLineEdit::textEdited, this, &ProfileForm::passwordEdited);
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading && m_rememberAvailable)
            Q_EMIT rememberToggled(on);
    });

    retranslateUi();
    updateEnabled();
}

void ProfileForm::retranslateUi()
{
    // Alt-mnemonics are unique across the connect dialog (its list buttons use N, U, L and C,
    // its message bar R); tst_connect_gui checks it.
    m_nameLabel->setText(tr("Na&me:"));
    m_name->setAccessibleName(tr("Profile name"));
    m_modeLabel->setText(tr("Connection &type:"));
    m_mode->setAccessibleName(tr("Connection type"));
    m_mode->setItemText(kTcpRow, tr("Server (TCP/IP)"));
    //: Connection type: the server's Unix socket on this computer
    m_mode->setItemText(kSocketRow, tr("Local socket"));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setAccessibleName(tr("Host"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setAccessibleName(tr("Port"));
    m_socketLabel->setText(tr("Socket &folder:"));
    m_socketDir->setDescription(tr("Socket folder"), tr("Choose the server's socket folder"));
    m_databaseLabel->setText(tr("&Database:"));
    m_database->setAccessibleName(tr("Database"));
    m_userLabel->setText(tr("Us&er:"));
    m_user->setAccessibleName(tr("User"));
    m_sslLabel->setText(tr("&SSL mode:"));
    m_sslMode->setAccessibleName(tr("SSL mode"));
    //: SSL mode choice; the keyword before the dash is libpq's and stays untranslated
    m_sslMode->setItemText(0, tr("disable — never encrypt"));
    m_sslMode->setItemText(1, tr("allow — encrypt only if the server insists"));
    m_sslMode->setItemText(2, tr("prefer — encrypt when the server offers it"));
    m_sslMode->setItemText(3, tr("require — always encrypt, do not check the server"));
    m_sslMode->setItemText(4, tr("verify-ca — encrypt and check the certificate's issuer"));
    m_sslMode->setItemText(5, tr("verify-full — encrypt, check the issuer and the host name"));
    m_caLabel->setText(tr("C&A file:"));
    m_caFile->setDescription(tr("CA certificate file"), tr("Choose the CA certificate file"));
    //: Lekbanken/Supabase databases: a privileged login acts as a chosen admin user
    m_operatorMode->setText(tr("&Operator mode: a privileged login acts as an admin user"));
    m_operatorMode->setAccessibleName(tr("Operator mode"));
    m_actAsLabel->setText(tr("Act as user &id:"));
    m_actAs->setAccessibleName(tr("Act as user id"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setText(tr("Remem&ber password in the system keychain"));
    m_remember->setAccessibleName(tr("Remember password in the system keychain"));
}

void ProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileForm::setProfile(const ConnectionProfile &profile, const QString &actAsText,
                             const QString &password)
{
    m_loading = true;
    m_name->setText(profile.name);
    m_mode->setCurrentIndex(profile.mode == ConnectionProfile::Mode::LocalSocket ? kSocketRow
                                                                                 : kTcpRow);
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_socketDir->setPath(profile.socketDir);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_sslMode->setCurrentIndex(
        qMax(0, m_sslMode->findData(ConnectionProfile::sslModeKeyword(profile.sslMode))));
    m_caFile->setPath(profile.caFile);
    m_operatorMode->setChecked(profile.operatorMode);
    m_actAs->setText(actAsText);
    m_password->setText(password);
    m_remember->setChecked(profile.rememberPassword && !profile.builtIn && m_rememberAvailable);
    m_loading = false;
    updateEnabled();
}

void ProfileForm::readInto(ConnectionProfile &profile, QString &actAsText) const
{
    profile.name = m_name->text().trimmed();
    profile.mode = m_mode->currentIndex() == kSocketRow ? ConnectionProfile::Mode::LocalSocket
                                                        : ConnectionProfile::Mode::Tcp;
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.socketDir = m_socketDir->path();
    profile.database = m_database->text().trimmed();
    profile.user = m_user->text().trimmed();
    profile.sslMode = ConnectionProfile::sslModeFromKeyword(m_sslMode->currentData().toString())
                          .value_or(ConnectionProfile::SslMode::Prefer);
    profile.caFile = m_caFile->path();
    profile.operatorMode = m_operatorMode->isChecked();
    actAsText = m_actAs->text().trimmed();
    profile.actAsUser = QUuid::fromString(actAsText);
}

QString ProfileForm::password() const
{
    return m_password->text();
}

void ProfileForm::setPassword(const QString &password)
{
    m_password->setText(password);
}

void ProfileForm::focusPassword()
{
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

void ProfileForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ProfileForm::setEditable(bool editable, bool passwordEnabled)
{
    m_editable = editable;
    m_password->setEnabled(passwordEnabled);
    updateEnabled();
}

void ProfileForm::setRememberAvailable(bool available, const QString &why)
{
    m_rememberAvailable = available;
    m_remember->setToolTip(available ? QString() : why);
    if (!available) {
        const QSignalBlocker blocker(m_remember);
        m_remember->setChecked(false);
    }
    updateEnabled();
}

void ProfileForm::setRemember(bool remember)
{
    const QSignalBlocker blocker(m_remember);
    m_remember->setChecked(remember && m_rememberAvailable);
}

void ProfileForm::updateEnabled()
{
    const bool tcp = m_mode->currentIndex() == kTcpRow;
    const auto ssl = ConnectionProfile::sslModeFromKeyword(m_sslMode->currentData().toString());
    const bool verify = ssl == ConnectionProfile::SslMode::VerifyCa ||
                        ssl == ConnectionProfile::SslMode::VerifyFull;
    m_name->setEnabled(m_editable);
    m_mode->setEnabled(m_editable);
    m_host->setEnabled(m_editable && tcp);
    m_port->setEnabled(m_editable);
    m_socketDir->setEnabled(m_editable && !tcp);
    m_database->setEnabled(m_editable);
    m_user->setEnabled(m_editable);
    m_sslMode->setEnabled(m_editable && tcp);
    m_caFile->setEnabled(m_editable && tcp && verify);
    m_operatorMode->setEnabled(m_editable);
    m_actAs->setEnabled(m_editable && m_operatorMode->isChecked());
    m_remember->setEnabled(m_editable && m_rememberAvailable);
}

} // namespace dicedesk
