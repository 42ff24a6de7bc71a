#include "ConnectDialog.h"

#include "ConnectLogging.h"
#include "ProfileForm.h"
#include "backend/pg/PgBackend.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
/// How long a successful connect waits for the keychain to store the password before the
/// window opens anyway (a keychain that shows a prompt nobody answers must not hang it).
constexpr int kKeychainSaveWaitMs = 10000;

} // namespace

ConnectDialog::ConnectDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_factory(
          [](const ConnectionOptions &options) -> Backend * { return new pg::PgBackend(options); })
{
    setObjectName(QStringLiteral("connectDialog"));
    buildUi();
    if (!m_secrets)
        m_form->setRememberAvailable(false);
    retranslateUi();
    m_saveTimeout = new QTimer(this);
    m_saveTimeout->setSingleShot(true);
    m_saveTimeout->setInterval(kKeychainSaveWaitMs);
    connect(m_saveTimeout, &QTimer::timeout, this, [this] {
        qCWarning(lcConnect) << "the keychain did not answer; continuing without waiting";
        if (m_phase == Phase::SavingPassword)
            finishConnected();
    });
    loadProfiles(m_store.lastUsedOrDefault().id);
    resize(820, 520);
}

ConnectDialog::~ConnectDialog()
{
    // A backend still opening is deleted by its own continuation once the server answers
    // (deleting it now would block until libpq gives up).
    m_attempt = nullptr;
}

void ConnectDialog::buildUi()
{
    // Left: the profiles and what can be done with them.
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newProfile"));
    m_duplicateButton = new QPushButton(this);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateProfile"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteProfile"));
    for (QPushButton *button : {m_newButton, m_duplicateButton, m_deleteButton})
        button->setAutoDefault(false);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    // Right: the selected profile.
    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("connectMessages"));
    m_builtInNote = new QLabel(this);
    m_builtInNote->setWordWrap(true);
    m_builtInNote->setObjectName(QStringLiteral("builtInNote"));

    m_form = new ProfileForm(this);
    m_form->setObjectName(QStringLiteral("profileForm"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("connectProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectStatus"));

    m_buttons = new QDialogButtonBox(this);
    m_connectButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Accepting happens only after the server said yes.
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(m_messages);
    right->addWidget(m_builtInNote);
    right->addWidget(m_form);
    right->addStretch(1);
    right->addWidget(m_status);
    right->addWidget(m_progress);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(m_buttons);

    // The tab order is the creation order: list, its buttons, the form, Connect, Cancel.

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectDialog::onCurrentRowChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectDialog::connectToServer);
    connect(m_newButton, &QPushButton::clicked, this, &ConnectDialog::newProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectDialog::deleteProfile);
    connect(m_messages, &MessageBar::retryRequested, this, &ConnectDialog::onMessageRetry);

    connect(m_form, &ProfileForm::edited, this, &ConnectDialog::storeForm);
    connect(m_form, &ProfileForm::passwordEdited, this, [this](const QString &text) {
        if (Entry *entry = currentEntry())
            entry->password = text;
    });
    connect(m_form, &ProfileForm::rememberToggled, this, &ConnectDialog::onRememberToggled);
}

void ConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to a database"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_newButton->setText(tr("&New"));
    m_newButton->setAccessibleName(tr("New profile"));
    m_duplicateButton->setText(tr("D&uplicate"));
    m_duplicateButton->setAccessibleName(tr("Duplicate profile"));
    m_deleteButton->setText(tr("De&lete"));
    m_deleteButton->setAccessibleName(tr("Delete profile"));
    m_builtInNote->setText(tr("This profile is built in: it opens the private demo database on "
                              "this computer. Duplicate it to make a copy you can change."));
    m_builtInNote->setAccessibleName(tr("About this profile"));

    m_progress->setAccessibleName(tr("Connection progress"));
    m_status->setAccessibleName(tr("Connection status"));
    m_connectButton->setText(tr("&Connect"));
    m_connectButton->setAccessibleName(tr("Connect"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    if (m_keychainUnavailable)
        m_form->setRememberAvailable(false, m_keychainError.userMessage());
    updateEnabled();
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

// --- profiles --------------------------------------------------------------------------

void ConnectDialog::loadProfiles(const QUuid &select)
{
    m_entries.clear();
    for (const ConnectionProfile &profile : m_store.profiles()) {
        Entry entry;
        entry.profile = profile;
        entry.saved = !profile.builtIn;
        entry.actAsText = profile.actAsUser.isNull()
                              ? QString()
                              : profile.actAsUser.toString(QUuid::WithoutBraces);
        m_entries << entry;
    }
    rebuildList(select);
}

void ConnectDialog::rebuildList(const QUuid &select)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Entry &entry : std::as_const(m_entries)) {
            auto *item = new QListWidgetItem(m_list);
            item->setData(kIdRole, entry.profile.id);
            updateListItem(entry);
        }
    }
    int row = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.id == select)
            row = i;
    }
    m_currentId = {};
    m_list->setCurrentRow(row);
    if (m_currentId.isNull()) // setCurrentRow did not change the row
        onCurrentRowChanged(m_list->currentRow());
}

void ConnectDialog::updateListItem(const Entry &entry)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(kIdRole).toUuid() != entry.profile.id)
            continue;
        item->setText(entry.profile.name.isEmpty() ? tr("(unnamed)") : entry.profile.name);
        item->setToolTip(entry.profile.endpointText());
        QFont font = m_list->font();
        font.setItalic(!entry.saved && !entry.profile.builtIn);
        item->setFont(font);
        return;
    }
}

ConnectDialog::Entry *ConnectDialog::entryById(const QUuid &id)
{
    for (Entry &entry : m_entries) {
        if (entry.profile.id == id)
            return &entry;
    }
    return nullptr;
}

ConnectDialog::Entry *ConnectDialog::currentEntry()
{
    return entryById(m_currentId);
}

const ConnectDialog::Entry *ConnectDialog::currentEntry() const
{
    return const_cast<ConnectDialog *>(this)->entryById(m_currentId);
}

bool ConnectDialog::selectProfile(const QUuid &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toUuid() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QUuid ConnectDialog::currentProfileId() const
{
    return m_currentId;
}

ConnectionProfile ConnectDialog::currentProfile() const
{
    const Entry *entry = currentEntry();
    return entry ? entry->profile : ConnectionProfile();
}

void ConnectDialog::onCurrentRowChanged(int row)
{
    QListWidgetItem *item = row >= 0 ? m_list->item(row) : nullptr;
    m_currentId = item ? item->data(kIdRole).toUuid() : QUuid();
    if (m_messageKind == MessageKind::Problems || m_messageKind == MessageKind::ConnectFailed ||
        m_messageKind == MessageKind::Information)
        clearMessage();
    loadForm();
    if (const Entry *entry = currentEntry())
        readPasswordFor(entry->profile.id);
}

QString ConnectDialog::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        for (const Entry &entry : m_entries) {
            if (entry.profile.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        //: A profile name made unique: %1 the name, %2 a number
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

void ConnectDialog::newProfile()
{
    if (m_phase != Phase::Idle)
        return;
    Entry entry;
    //: Name given to a new connection profile
    entry.profile = ConnectionProfile::create(uniqueName(tr("New profile")));
    m_entries << entry;
    auto *item = new QListWidgetItem(m_list);
    item->setData(kIdRole, entry.profile.id);
    updateListItem(entry);
    m_list->setCurrentItem(item);
    m_form->focusName();
}

void ConnectDialog::duplicateProfile()
{
    const Entry *source = currentEntry();
    if (m_phase != Phase::Idle || !source)
        return;
    Entry copy = *source;
    copy.profile.id = QUuid::createUuid();
    copy.profile.builtIn = false;
    copy.profile.key.clear();
    //: Name of a duplicated profile; %1 is the original's name
    copy.profile.name = uniqueName(tr("Copy of %1").arg(source->profile.name));
    copy.saved = false;
    copy.keychainRead = false;
    m_entries << copy;
    auto *item = new QListWidgetItem(m_list);
    item->setData(kIdRole, copy.profile.id);
    updateListItem(copy);
    m_list->setCurrentItem(item);
    m_form->focusName();
}

void ConnectDialog::deleteProfile()
{
    const Entry *entry = currentEntry();
    if (m_phase != Phase::Idle || !entry || entry->profile.builtIn)
        return;
    const QUuid id = entry->profile.id;
    if (entry->saved) {
        const auto answer = QMessageBox::question(
            this, tr("Delete profile"),
            //: %1 is the profile's name
            tr("Delete the profile \"%1\" and its saved password? This cannot be undone.")
                .arg(entry->profile.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        m_store.remove(id);
        if (m_secrets && !m_keychainUnavailable)
            m_secrets->removePassword(id); // nothing to wait for: the profile is gone
    }
    const int row = m_list->currentRow();
    m_entries.removeIf([&](const Entry &e) { return e.profile.id == id; });
    const QUuid next =
        m_entries.isEmpty() ? QUuid() : m_entries.at(qMin(row, m_entries.size() - 1)).profile.id;
    rebuildList(next);
}

// --- form ----------------------------------------------------------------------------

void ConnectDialog::loadForm()
{
    const Entry *entry = currentEntry();
    if (entry)
        m_form->setProfile(entry->profile, entry->actAsText, entry->password);
    else
        m_form->setProfile(ConnectionProfile(), QString(), QString());
    updateEnabled();
}

void ConnectDialog::storeForm()
{
    Entry *entry = currentEntry();
    if (entry && !entry->profile.builtIn) {
        m_form->readInto(entry->profile, entry->actAsText);
        updateListItem(*entry);
    }
}

void ConnectDialog::onRememberToggled(bool remember)
{
    Entry *entry = currentEntry();
    if (!entry || entry->profile.builtIn)
        return;
    entry->profile.rememberPassword = remember;
    if (remember)
        readPasswordFor(entry->profile.id); // also tells early if there is no keychain
}

void ConnectDialog::updateEnabled()
{
    const Entry *entry = currentEntry();
    const bool idle = m_phase == Phase::Idle;
    const bool editable = idle && entry && !entry->profile.builtIn;
    m_list->setEnabled(idle);
    m_newButton->setEnabled(idle);
    m_duplicateButton->setEnabled(idle && entry);
    m_deleteButton->setEnabled(editable);
    m_builtInNote->setVisible(entry && entry->profile.builtIn);
    m_form->setEditable(editable, idle && entry);
    m_connectButton->setEnabled(idle && entry);
    m_cancelButton->setEnabled(m_phase != Phase::SavingPassword);
    m_progress->setVisible(!idle);
    m_status->setVisible(!idle);
}

QStringList ConnectDialog::problemsOf(const Entry &entry) const
{
    QStringList problems = entry.profile.problems(entry.password);
    if (entry.profile.operatorMode && !entry.actAsText.isEmpty() &&
        entry.profile.actAsUser.isNull()) {
        problems.removeAll(
            ConnectionProfile::tr("Operator mode needs the id of the admin user to act as."));
        //: %1 is what the user typed
        problems << tr("\"%1\" is not a user id. Enter the admin user's id, like "
                       "00000000-0000-4000-8000-000000000001.")
                        .arg(entry.actAsText);
    }
    for (const Entry &other : m_entries) {
        if (other.profile.id != entry.profile.id && !entry.profile.name.isEmpty() &&
            other.profile.name.compare(entry.profile.name, Qt::CaseInsensitive) == 0) {
            //: %1 is a profile name
            problems << tr("Another profile is already called \"%1\". Choose another name.")
                            .arg(entry.profile.name);
            break;
        }
    }
    return problems;
}

// --- keychain ------------------------------------------------------------------------

void ConnectDialog::readPasswordFor(const QUuid &id)
{
    Entry *entry = entryById(id);
    if (!m_secrets || !entry || entry->profile.builtIn || !entry->profile.rememberPassword ||
        m_keychainUnavailable || entry->keychainRead)
        return;
    entry->keychainRead = true;
    qCDebug(lcConnect) << "reading the saved password of" << id;
    m_secrets->readPassword(id).then(
        this, [this, id](const SecretResult &result) { onPasswordRead(id, result); });
}

void ConnectDialog::onPasswordRead(const QUuid &id, const SecretResult &result)
{
    if (result.ok()) {
        Entry *entry = entryById(id);
        if (entry && entry->password.isEmpty() && !result.password.isEmpty()) {
            entry->password = result.password;
            if (id == m_currentId && m_form->password().isEmpty())
                m_form->setPassword(result.password);
        }
    } else if (result.error.kind() != SecretError::Kind::NotFound && !m_keychainUnavailable) {
        m_keychainUnavailable = true;
        m_keychainError = result.error;
        qCWarning(lcConnect) << "keychain unavailable:" << result.error.detail();
        m_form->setRememberAvailable(false, result.error.userMessage());
        if (m_phase == Phase::Idle)
            showMessage(MessageKind::Keychain, result.error.userMessage(), result.error.detail());
        updateEnabled();
    }
    Q_EMIT keychainChecked(result.ok() ? SecretError::Kind::None : result.error.kind());
}

void ConnectDialog::savePassword(const Entry &entry)
{
    if (!m_secrets || entry.profile.builtIn || m_keychainUnavailable) {
        finishConnected();
        return;
    }
    QFuture<SecretResult> operation;
    if (entry.profile.rememberPassword && !entry.password.isEmpty())
        operation = m_secrets->writePassword(entry.profile.id, entry.password);
    else if (!entry.profile.rememberPassword)
        operation = m_secrets->removePassword(entry.profile.id);
    else {
        finishConnected();
        return;
    }
    setPhase(Phase::SavingPassword);
    const quint64 serial = ++m_saveSerial;
    m_saveTimeout->start();
    operation.then(this, [this, serial](const SecretResult &result) {
        if (serial != m_saveSerial || m_phase != Phase::SavingPassword)
            return;
        m_saveTimeout->stop();
        if (!result.ok()) {
            qCWarning(lcConnect) << "the keychain could not store the password:"
                                 << result.error.detail();
            m_keychainError = result.error;
        }
        finishConnected();
    });
}

// --- connecting ------------------------------------------------------------------------

bool ConnectDialog::isConnecting() const
{
    return m_phase != Phase::Idle;
}

void ConnectDialog::setBackendFactory(BackendFactory factory)
{
    m_factory = std::move(factory);
}

std::unique_ptr<Backend> ConnectDialog::takeBackend()
{
    return std::move(m_connected);
}

QString ConnectDialog::messageText() const
{
    return m_messages->text();
}

void ConnectDialog::showMessage(MessageKind kind, const QString &text, const QString &details)
{
    m_messageKind = kind;
    m_messages->showMessage(kind == MessageKind::Information ? MessageBar::Tone::Information
                                                             : MessageBar::Tone::Error,
                            text, details);
}

void ConnectDialog::clearMessage()
{
    m_messageKind = MessageKind::None;
    m_messages->clear();
}

void ConnectDialog::onMessageRetry()
{
    if (m_messageKind == MessageKind::Keychain) {
        m_keychainUnavailable = false;
        m_keychainError = {};
        m_form->setRememberAvailable(true);
        for (Entry &entry : m_entries)
            entry.keychainRead = false;
        clearMessage();
        loadForm();
        readPasswordFor(m_currentId);
        return;
    }
    connectToServer();
}

void ConnectDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const Entry *entry = currentEntry();
    if (phase == Phase::Connecting && entry)
        //: %1 is the profile's name
        m_status->setText(tr("Connecting to %1…").arg(entry->profile.name));
    else if (phase == Phase::SavingPassword)
        m_status->setText(tr("Saving the password in the system keychain…"));
    else
        m_status->clear();
    updateEnabled();
}

void ConnectDialog::connectToServer()
{
    if (m_phase != Phase::Idle)
        return;
    storeForm();
    Entry *entry = currentEntry();
    if (!entry)
        return;
    const QStringList problems = problemsOf(*entry);
    if (!problems.isEmpty()) {
        showMessage(MessageKind::Problems, problems.join(QLatin1Char('\n')));
        return;
    }
    ConnectionOptions options;
    try {
        options = entry->profile.toOptions(entry->password);
    } catch (const std::exception &error) {
        // problems() catches these first; this is the last line of defence.
        showMessage(MessageKind::Problems, tr("The profile cannot be used as it is."),
                    QString::fromUtf8(error.what()));
        return;
    }
    if (m_messageKind != MessageKind::Keychain)
        clearMessage();
    qCInfo(lcConnect) << "connecting with profile" << entry->profile.name << entry->profile.id;
    Backend *backend = m_factory(options);
    m_attempt = backend;
    const quint64 serial = ++m_attemptSerial;
    setPhase(Phase::Connecting);
    QPointer<ConnectDialog> self(this);
    backend->open().then(backend, [self, backend, serial](const Result<bool> &result) {
        if (!self || self->m_attempt != backend || self->m_attemptSerial != serial) {
            qCDebug(lcConnect) << "dropping an abandoned connection attempt";
            backend->deleteLater();
            return;
        }
        self->onOpened(backend, result);
    });
}

void ConnectDialog::onOpened(Backend *backend, const Result<bool> &result)
{
    m_attempt = nullptr;
    Entry *entry = currentEntry();
    if (!result.ok()) {
        backend->deleteLater();
        setPhase(Phase::Idle);
        const BackendError &error = result.error();
        qCWarning(lcConnect) << "connect failed: kind" << static_cast<int>(error.kind())
                             << error.detail();
        const QString text =
            error.detail().isEmpty()
                ? error.userMessage()
                //: %1 the reason in plain words, %2 the server's or libpq's own message
                : tr("%1\n%2").arg(error.userMessage(), error.detail());
        showMessage(MessageKind::ConnectFailed, text, error.detail());
        if (error.kind() == BackendError::Kind::Authentication) {
            m_form->focusPassword();
        }
        Q_EMIT connectFailed(text);
        return;
    }
    m_connected.reset(backend);
    if (!entry) { // cannot happen: the list is disabled while connecting
        finishConnected();
        return;
    }
    if (!entry->profile.builtIn) {
        entry->saved = m_store.save(entry->profile) || entry->saved;
        if (!entry->saved)
            qCWarning(lcConnect) << "could not save profile" << entry->profile.id;
        updateListItem(*entry);
    }
    m_store.setLastUsed(entry->profile.id);
    m_connectedProfile = entry->profile;
    qCInfo(lcConnect) << "connected with profile" << entry->profile.id;
    savePassword(*entry);
}

void ConnectDialog::finishConnected()
{
    m_saveTimeout->stop();
    setPhase(Phase::Idle);
    Q_EMIT connected(m_connected.get());
    accept();
}

void ConnectDialog::reject()
{
    if (m_phase == Phase::SavingPassword)
        return; // a moment; the connection is already made
    if (m_phase == Phase::Connecting) {
        // The backend finishes in the background and its continuation deletes it.
        m_attempt = nullptr;
        setPhase(Phase::Idle);
        qCInfo(lcConnect) << "connection attempt cancelled";
        showMessage(MessageKind::Information, tr("Connecting was cancelled."));
        return;
    }
    QDialog::reject();
}

} // namespace dicedesk
