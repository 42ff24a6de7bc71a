#pragma once

#include "backend/Backend.h"
#include "backend/ConnectionOptions.h"
#include "connection/ConnectionProfile.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"

#include <QDialog>
#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace dicedesk {

class MessageBar;
class ProfileForm;

/// Choose, edit and open a connection profile. The profiles are listed on the left (the
/// built-in local demo first), the selected one's settings on the right, with the password
/// and whether the system keychain remembers it.
///
/// Connect checks the profile, opens a backend and waits for the server without blocking
/// (Cancel stops waiting). On failure the reason stays in the dialog; a refused login puts
/// the cursor back in the password field. On success the profile is saved, the keychain
/// entry is written (or removed, when "remember" is off), connected() is emitted and the
/// dialog is accepted; takeBackend() then hands over the open backend.
///
/// A keychain that is missing or locked is reported inline once; the password typed is then
/// used for this session only.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    using BackendFactory = std::function<Backend *(const ConnectionOptions &options)>;

    /// @param secrets where passwords are read and written; must outlive the dialog.
    explicit ConnectDialog(SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// Selects a listed profile; false if there is none with this id.
    bool selectProfile(const QUuid &id);
    QUuid currentProfileId() const;
    /// The selected profile as the form shows it now (edits included).
    ConnectionProfile currentProfile() const;

    /// Replaces how backends are made (default: a PostgreSQL backend over libpq).
    void setBackendFactory(BackendFactory factory);

    bool isConnecting() const;
    /// The open backend after a successful connect; the caller owns it. Null before, or once
    /// taken.
    std::unique_ptr<Backend> takeBackend();
    /// The profile that connected (as saved).
    const ConnectionProfile &connectedProfile() const { return m_connectedProfile; }
    /// The message shown in the dialog, empty if none.
    QString messageText() const;
    /// Whether the keychain was found missing or locked while this dialog was open.
    bool keychainUnavailable() const { return m_keychainUnavailable; }

public Q_SLOTS:
    void connectToServer();
    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    /// Cancels a connection attempt in progress, else closes the dialog.
    void reject() override;

Q_SIGNALS:
    /// The server accepted the login. The dialog still owns @p backend: take it with
    /// takeBackend() (the dialog deletes it otherwise).
    void connected(dicedesk::Backend *backend);
    /// A keychain read for a profile finished (tests wait for it): found, not found, or why
    /// the keychain could not be used.
    void keychainChecked(dicedesk::SecretError::Kind result);
    /// A connection attempt failed; @p message is what the dialog shows.
    void connectFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        ConnectionProfile profile;
        bool saved = false;
        QString password;          ///< typed or read from the keychain; memory only
        QString actAsText;         ///< the act-as field as typed (may not be a valid id yet)
        bool keychainRead = false; ///< a read was started for this entry
    };

    enum class Phase
    {
        Idle,
        Connecting,
        SavingPassword,
    };

    enum class MessageKind
    {
        None,
        Problems,
        Keychain,
        ConnectFailed,
        Information,
    };

    void buildUi();
    void retranslateUi();
    void loadProfiles(const QUuid &select);
    void rebuildList(const QUuid &select);
    Entry *currentEntry();
    const Entry *currentEntry() const;
    Entry *entryById(const QUuid &id);
    void onCurrentRowChanged(int row);
    void loadForm();
    void storeForm();
    void onRememberToggled(bool remember);
    void updateEnabled();
    void updateListItem(const Entry &entry);
    QStringList problemsOf(const Entry &entry) const;
    void readPasswordFor(const QUuid &id);
    void onPasswordRead(const QUuid &id, const SecretResult &result);
    void showMessage(MessageKind kind, const QString &text, const QString &details = {});
    void clearMessage();
    void setPhase(Phase phase);
    void onOpened(Backend *backend, const Result<bool> &result);
    void savePassword(const Entry &entry);
    void finishConnected();
    void onMessageRetry();
    QString uniqueName(const QString &base) const;

    SecretStore *m_secrets;
    ProfileStore m_store;
    BackendFactory m_factory;
    QList<Entry> m_entries;
    QUuid m_currentId;
    bool m_keychainUnavailable = false;
    SecretError m_keychainError;
    Phase m_phase = Phase::Idle;
    MessageKind m_messageKind = MessageKind::None;
    Backend *m_attempt = nullptr; ///< backend being opened; parentless until it succeeds
    quint64 m_attemptSerial = 0;
    quint64 m_saveSerial = 0;
    std::unique_ptr<Backend> m_connected;
    ConnectionProfile m_connectedProfile;
    QTimer *m_saveTimeout = nullptr;

    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    MessageBar *m_messages = nullptr;
    QLabel *m_builtInNote = nullptr;
    ProfileForm *m_form = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace dicedesk
